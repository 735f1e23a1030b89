"""The demo kiosk stands where the demo city's data is: "near this kiosk" shows nearby points."""

from __future__ import annotations

import math
from pathlib import Path

from citysim import CitySim
from citysim.data import CENTRE, POLLING_STATIONS
from kiosk.config import load_config, load_demo_config
from kiosk.services.projects import RADIUS_M
from kiosk.services.street_report import nearby_places
from offline_queue.connectors.gateway import GatewayClient
from tests.helpers.city import city  # noqa: F401  (fixture)

REPO = Path(__file__).resolve().parents[3]


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[0] + b[0]) / 2)
    dy = (a[0] - b[0]) * 111_320.0
    dx = (a[1] - b[1]) * 111_320.0 * math.cos(lat)
    return math.hypot(dx, dy)


def test_demo_configs_are_at_the_demo_city_centre(tmp_path: Path) -> None:
    for config in (load_demo_config(tmp_path), load_config(REPO / "config" / "demo.toml")):
        site = (config.kiosk.latitude, config.kiosk.longitude)
        assert metres(site, CENTRE) < 200, site
        # the nearby-points picker offers points around the same place
        for place in nearby_places(config):
            assert place.lat is not None and place.lon is not None
            assert 50 < metres((place.lat, place.lon), site) < 150
        # a polling station within walking distance
        assert min(metres((s["lat"], s["lon"]), site) for s in POLLING_STATIONS.values()) < 500


def test_projects_near_the_demo_kiosk(city: CitySim, tmp_path: Path) -> None:  # noqa: F811
    config = load_demo_config(tmp_path)
    with GatewayClient(city.gateway_url) as client:
        near = client.projects(config.kiosk.latitude, config.kiosk.longitude, RADIUS_M)
    assert near and near[0].distance_m is not None and near[0].distance_m < 500
