"""The catalog store: fetch with ETag, cache for offline, skip malformed, keep the last good."""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from citysim import CitySim
from kiosk.services.catalog import SKIPPED_PROBLEM, CatalogStore
from offline_queue.connectors.gateway import GatewayClient
from tests.helpers.city import city  # noqa: F401


def test_fetch_cache_and_offline(city: CitySim, tmp_path: Path) -> None:  # noqa: F811
    with GatewayClient(city.gateway_url) as client:
        store = CatalogStore(tmp_path, client.catalog, refresh_after_s=0)
        state = store.refresh()
        assert state.fresh and state.catalog is not None
        assert store.service("parking-permit") is not None
        assert json.loads(store.path.read_text())["etag"] == state.catalog.etag
        again = store.refresh()  # 304: same catalog object
        assert again.catalog is state.catalog
        city.set_network("gateway", False)
        offline = store.refresh()
        assert not offline.fresh and offline.catalog is state.catalog
    # a new process, gateway still down: the cached catalog is used
    with GatewayClient(city.gateway_url) as client:
        restarted = CatalogStore(tmp_path, client.catalog)
        assert restarted.refresh().catalog is not None
        assert restarted.service("parking-permit") is not None


def test_malformed_entry_is_skipped_and_the_last_good_one_kept(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    problems: dict[str, str] = {}
    with GatewayClient(city.gateway_url) as client:
        store = CatalogStore(tmp_path, client.catalog, problems=problems, refresh_after_s=0)
        assert store.refresh().catalog is not None
        catalog: dict[str, Any] = city.gateway_state.catalog
        bad = copy.deepcopy(catalog)
        bad["version"] = "2026.11.2"
        for entry in bad["services"]:
            if entry["service_id"] == "parking-permit":
                entry["fields"][0]["type"] = "hologram"
        bad["services"].append({"service_id": "broken"})
        city.gateway_state.catalog = bad
        with caplog.at_level(logging.WARNING):
            state = store.refresh()
        assert state.catalog is not None and state.catalog.version == "2026.11.2"
        assert set(state.skipped) == {"parking-permit", "broken"}
        assert problems["catalog"] == SKIPPED_PROBLEM
        kept = store.service("parking-permit")
        assert kept is not None and kept.fields[0].type == "text"  # the last good entry
        assert "broken" in caplog.text
        city.gateway_state.catalog = catalog | {"version": "2026.11.3"}
        assert not store.refresh().skipped
        assert "catalog" not in problems


def test_unparseable_catalog_keeps_the_last_good(city: CitySim, tmp_path: Path) -> None:  # noqa: F811
    with GatewayClient(city.gateway_url) as client:
        store = CatalogStore(tmp_path, client.catalog, refresh_after_s=0)
        good = store.refresh().catalog
        city.gateway_state.catalog = {"version": "x", "services": "nope", "languages": []}
        state = store.refresh()
        assert state.catalog is good and not state.fresh


def test_hostile_entry_values_keep_the_last_good_entry(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Issue #14: ``eligibility: [{}]`` used to raise TypeError and lose the whole catalog."""
    with GatewayClient(city.gateway_url) as client:
        store = CatalogStore(tmp_path, client.catalog, refresh_after_s=0)
        assert store.refresh().catalog is not None
        bad = copy.deepcopy(city.gateway_state.catalog)
        bad["version"] = "2026.11.9"
        for entry in bad["services"]:
            if entry["service_id"] == "parking-permit":
                entry["eligibility"] = [{}]
        city.gateway_state.catalog = bad
        with caplog.at_level(logging.WARNING):
            state = store.refresh()
        assert state.catalog is not None and state.catalog.version == "2026.11.9"
        assert state.skipped == ("parking-permit",)
        kept = store.service("parking-permit")
        assert kept is not None and "resident" in kept.eligibility
        assert "catalog entry parking-permit skipped: malformed eligibility" in caplog.messages


@pytest.mark.parametrize(
    "cache",
    [b"[" * 100_000, b'{"catalog": ' * 5000, b"\xff\xfe", b'{"catalog": {}, "skipped": 5}', b"NaN"],
)
def test_hostile_cache_file_is_ignored(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
    cache: bytes,
) -> None:
    (tmp_path / "catalog.json").write_bytes(cache)
    with GatewayClient(city.gateway_url) as client:
        store = CatalogStore(tmp_path, client.catalog, refresh_after_s=0)
        assert store.current() is None
        assert store.refresh().catalog is not None  # and a good one replaces it
