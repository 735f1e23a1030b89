"""The bundled vector plan of the demo site and the projection the review step's map uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.config import load_demo_config
from kiosk.services.site_plan import PlanError, Projection, load_plan, parse_plan
from kiosk.services.street_report import nearby_places, site_place


def test_the_bundled_plan_covers_the_demo_kiosk_and_its_nearby_points(tmp_path: Path) -> None:
    plan = load_plan()
    config = load_demo_config(tmp_path)
    names = {way.name for way in plan.ways}
    assert {"High Street", "Mill Road", "Library Square"} <= names
    for place in (site_place(config), *nearby_places(config)):
        assert place.lat is not None and place.lon is not None
        assert plan.covers(place.lat, place.lon)
    assert not plan.covers(config.kiosk.latitude + 0.01, config.kiosk.longitude)


def test_projection_puts_the_centre_in_the_middle_north_up_in_metres() -> None:
    lat, lon = 41.3870, 2.1700
    projection = Projection.fit(lat, lon, radius_m=200, width=800, height=400)
    assert projection.metres_per_px == pytest.approx(1.0)
    assert projection.to_px(lat, lon) == pytest.approx((400, 200))
    north = projection.to_px(lat + 100 / 111_320, lon)
    assert north == pytest.approx((400, 100))
    east = projection.to_px(lat, lon + 100 / (111_320 * 0.75036))  # cos(41.387°)
    assert east[0] == pytest.approx(500, abs=0.1) and east[1] == pytest.approx(200)
    assert projection.px_for_metres(100) == pytest.approx(100)


@pytest.mark.parametrize(
    "document",
    [
        [],
        {"type": "Feature"},
        {"type": "FeatureCollection", "features": []},
        {"type": "FeatureCollection", "features": [{"geometry": {"type": "Point"}}]},
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "properties": {"name": "A", "kind": "motorway"},
                    "geometry": {"type": "LineString", "coordinates": [[2, 41], [2.1, 41]]},
                }
            ],
        },
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "properties": {"name": "A"},
                    "geometry": {"type": "LineString", "coordinates": [[2, 41], [2, "x"]]},
                }
            ],
        },
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "properties": {"name": "A"},
                    "geometry": {"type": "LineString", "coordinates": [[200, 41], [2, 41]]},
                }
            ],
        },
    ],
)
def test_a_broken_plan_is_refused_clearly(document: object) -> None:
    with pytest.raises(PlanError):
        parse_plan(document)


def test_an_unreadable_plan_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(b"\xff{")
    with pytest.raises(PlanError) as info:
        load_plan(path)
    assert info.value.key == "plan.unreadable"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [1]}))
    with pytest.raises(PlanError):
        load_plan(path)
