"""Election information against the demo city: live with the resident's polling station, the
saved public part offline (never the resident's registration)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citysim import CitySim
from kiosk.services import elections
from kiosk.services.public_cache import PublicCache
from offline_queue.connectors.gateway import GatewayClient
from tests.helpers.city import city  # noqa: F401  (fixture)


def test_live_then_offline_from_the_saved_public_part(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
) -> None:
    cache = PublicCache(tmp_path)
    with GatewayClient(city.gateway_url) as client:
        live = elections.load(client, "RES-0002", cache)
    assert not live.from_cache
    registration = live.info.registration
    assert registration is not None and registration.registered
    assert registration.polling_station.station_id == "PS-02"
    upcoming = elections.upcoming(live.info)
    assert upcoming[0].election_id == "EL-2027-MUN"
    assert upcoming[0].registration_deadline < upcoming[0].date
    saved = (tmp_path / "public-cache" / "elections.json").read_text(encoding="utf-8")
    assert "my_registration" not in saved and "registered" not in json.loads(saved)["data"]
    with GatewayClient("http://127.0.0.1:9") as down:
        offline = elections.load(down, "RES-0002", cache)
    assert offline.from_cache and offline.info.registration is None
    assert offline.info.as_of == live.info.as_of
    assert [e.election_id for e in offline.info.elections] == [
        e.election_id for e in live.info.elections
    ]
    with GatewayClient("http://127.0.0.1:9") as down, pytest.raises(elections.ElectionsError):
        elections.load(down, "", PublicCache(tmp_path / "empty"))


def test_guest_gets_the_public_part_only(city: CitySim) -> None:  # noqa: F811
    with GatewayClient(city.gateway_url) as client:
        view = elections.load(client, "", None)
    assert not view.info.asked_for_resident and view.info.registration is None
    assert len(view.info.polling_stations) == 3
