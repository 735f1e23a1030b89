"""Fuzz: Open311 GeoReport v2 bodies and headers (``offline_queue.connectors.open311``).

Real citysim bodies seed the mutations; client and connector are driven over a loopback server
that sends the exact bytes. Declared: ``Open311Error`` subclasses from the read client, a
``SendResult`` (storable as JSON) from the connector; the entry parsers return None, never
raise."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citysim import CitySim
from offline_queue.connectors.base import Delivery, SendResult
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.open311 import (
    Open311Client,
    Open311Connector,
    Open311Error,
    georeport_errors,
    parse_attribute,
    parse_service,
    says_invalid,
)
from tests.fuzz.hostile_json import HEADER_VALUES, JSON_VALUES, bodies
from tests.fuzz.profiles import fuzz_settings
from tests.helpers.raw_http import RawHttpServer

Call = Callable[[Open311Client], object]
CALLS: dict[str, tuple[str, Call]] = {
    "services": ("/services.json", lambda c: c.services()),
    "definition": ("/services/POTHOLE.json", lambda c: c.definition("POTHOLE")),
    "requests": ("/requests.json", lambda c: c.request_status("1")),
    "token": ("/tokens/x.json", lambda c: c.token_to_id("x")),
}


def _seeds() -> dict[str, Any]:
    city = CitySim()
    city.start()
    try:
        seeds: dict[str, Any] = {}
        with httpx.Client(base_url=city.open311_url) as http:
            for name, (path, _call) in CALLS.items():
                response = http.get(path)
                seeds[name] = response.json() if response.content else []
        return seeds
    finally:
        city.stop()


SEEDS = _seeds()
ERROR_BODIES = [[{"code": 400, "description": "service_code is invalid"}], {"errors": []}]


@pytest.fixture(scope="module")
def server() -> Iterator[RawHttpServer]:
    with RawHttpServer() as raw:
        yield raw


@pytest.fixture(scope="module")
def client(server: RawHttpServer) -> Iterator[Open311Client]:
    c = Open311Client(server.url, timeout=default_timeout(connect=1.0, read=1.0))
    yield c
    c.close()


@pytest.fixture(scope="module")
def connector(
    server: RawHttpServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Open311Connector]:
    state = tmp_path_factory.mktemp("open311") / "open311-state.json"
    c = Open311Connector(
        server.url, "fuzz-key", timeout=default_timeout(connect=1.0, read=1.0), state_path=state
    )
    yield c
    c.close()


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, int, bytes, dict[str, str]]:
    name = draw(st.sampled_from(sorted(CALLS)))
    body = draw(bodies([SEEDS[name], *ERROR_BODIES]))
    status = draw(st.sampled_from([200, 200, 200, 201, 400, 403, 404, 429, 500, 503]))
    headers = {"Content-Type": "application/json"}
    for header in ("Retry-After", "Date", "X-Result-Count", "X-Next-Page-URL", "Link"):
        if draw(st.integers(0, 3)) == 0:
            headers[header] = draw(HEADER_VALUES)
    return name, status, body, headers


@fuzz_settings(scale=0.7)
@given(answer=answers())
def test_read_client(
    server: RawHttpServer, client: Open311Client, answer: tuple[str, int, bytes, dict[str, str]]
) -> None:
    name, status, body, headers = answer
    server.reply(status, body, headers)
    try:
        CALLS[name][1](client)
    except Open311Error as exc:
        assert str(exc).startswith("open311.") or exc.args


def report() -> Delivery:
    payload = {
        "service_code": "POTHOLE",
        "lat": 41.3871,
        "long": 2.1702,
        "description": "Deep hole by the bus stop",
        "attributes": {"SIZE": "large"},
        "reported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    return Delivery(uuid.uuid4(), "open311.request", "open311", payload, 1)


@fuzz_settings(scale=0.4)
@given(answer=answers())
def test_connector_send_and_reconcile(
    server: RawHttpServer,
    connector: Open311Connector,
    answer: tuple[str, int, bytes, dict[str, str]],
) -> None:
    _name, status, body, headers = answer
    server.reply(status, body, headers)
    delivery = report()
    for result in (connector.send(delivery), connector.reconcile(delivery)):
        assert isinstance(result, SendResult)
        json.dumps(result.detail)


@fuzz_settings()
@given(value=JSON_VALUES)
def test_entry_parsers(value: Any) -> None:
    parse_service(value)
    parse_attribute(value)
    errors = georeport_errors(value)
    assert all(isinstance(c, str) and isinstance(d, str) for c, d in errors)
    says_invalid(errors, by_code=True)
    says_invalid(errors, by_code=False)
    for entry in value if isinstance(value, list) else [value]:
        parse_service(entry)
        parse_attribute(entry)


def test_result_count_in_superscript_digits(
    server: RawHttpServer, connector: Open311Connector
) -> None:
    """Found by this suite: ``X-Result-Count: ²`` passed ``str.isdigit`` and ``int()`` raised
    ValueError out of reconcile (fixed in open311_listing._result_count)."""
    server.reply(200, b"[]", {"Content-Type": "application/json", "X-Result-Count": "²"})
    assert isinstance(connector.reconcile(report()), SendResult)


def test_error_code_in_superscript_digits() -> None:
    # found by the fuzz suite: str.isdigit() is true for '²', and int('²') raised out of send
    assert says_invalid([("²", "")], by_code=True) is False
