"""Fuzz: the city gateway's JSON bodies and headers (``offline_queue.connectors.gateway``).

Real bodies from citysim seed the mutations; the read client is driven over a loopback server
that sends the exact bytes. Declared errors: ``GatewayError`` subclasses from the client,
``ValueError`` from ``parse_catalog``; a mutating call's answer is always a ``SendResult`` whose
detail the queue can store as JSON.
"""

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
from offline_queue.connectors.gateway import (
    RESIDENT_HEADER,
    ROUTES,
    GatewayClient,
    GatewayConnector,
    GatewayError,
    classify_response,
    parse_catalog,
)
from offline_queue.connectors.httpfaults import RETRY_AFTER_CAP_S, parse_json, parse_retry_after
from tests.fuzz.hostile_json import HEADER_VALUES, bodies
from tests.fuzz.profiles import fuzz_settings
from tests.helpers.raw_http import RawHttpServer

RESIDENT = "RES-0001"
Call = Callable[[GatewayClient], object]
CALLS: dict[str, tuple[str, Call]] = {
    "catalog": ("/catalog", lambda c: c.catalog()),
    "profile": ("/residents/me", lambda c: c.profile(RESIDENT)),
    "consents": ("/residents/me/consents", lambda c: c.consents(RESIDENT)),
    "data": ("/residents/me/data", lambda c: c.data_summary(RESIDENT)),
    "bills": ("/bills?account_number=10001234", lambda c: c.find_bills(account_number="1")),
    "bill": ("/bills/BILL-1001", lambda c: c.bill("BILL-1001")),
    "slots": ("/appointments/slots", lambda c: c.slots()),
    "appointments": ("/appointments", lambda c: c.appointments(RESIDENT)),
    "applications": ("/permits/applications", lambda c: c.applications(RESIDENT)),
    "licences": ("/licences", lambda c: c.licences(RESIDENT)),
    "petitions": ("/petitions", lambda c: c.petitions(RESIDENT)),
    "consultations": ("/consultations", lambda c: c.consultations(RESIDENT)),
    "projects": ("/projects", lambda c: c.projects()),
    "project": ("/projects/PRJ-003", lambda c: c.project("PRJ-003")),
    "elections": ("/elections", lambda c: c.elections(RESIDENT)),
    "notices": ("/notices", lambda c: c.notices("RES-0002")),
    "time": ("/time", lambda c: c.server_time()),
    "health": ("/health", lambda c: c.health()),
}


def _seeds() -> dict[str, Any]:
    city = CitySim()
    city.start()
    try:
        seeds = {}
        with httpx.Client(base_url=city.gateway_url) as http:
            for name, (path, _call) in CALLS.items():
                response = http.get(path, headers={RESIDENT_HEADER: RESIDENT})
                seeds[name] = response.json() if response.content else {}
        return seeds
    finally:
        city.stop()


SEEDS = _seeds()
CALL_NAMES = sorted(CALLS)


@pytest.fixture(scope="module")
def server() -> Iterator[RawHttpServer]:
    with RawHttpServer() as raw:
        yield raw


@pytest.fixture(scope="module")
def client(server: RawHttpServer) -> Iterator[GatewayClient]:
    with GatewayClient(server.url) as c:
        yield c


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, int, bytes, dict[str, str]]:
    name = draw(st.sampled_from(CALL_NAMES))
    body = draw(bodies([SEEDS[name]]))
    status = draw(st.sampled_from([200, 200, 200, 304, 400, 404, 409, 429, 500, 503]))
    headers = {"Content-Type": "application/json"}
    if draw(st.booleans()):
        headers["Retry-After"] = draw(HEADER_VALUES)
    if draw(st.booleans()):
        headers["ETag"] = draw(HEADER_VALUES)
    return name, status, body, headers


@fuzz_settings(scale=0.7)
@given(answer=answers())
def test_read_client(
    server: RawHttpServer, client: GatewayClient, answer: tuple[str, int, bytes, dict[str, str]]
) -> None:
    name, status, body, headers = answer
    server.reply(status, body, headers)
    try:
        CALLS[name][1](client)
    except GatewayError as exc:
        assert exc.key.startswith("gateway.")


@fuzz_settings(scale=0.5)
@given(body=bodies([SEEDS["catalog"]]), etag=st.none() | st.text(max_size=20))
def test_parse_catalog(body: bytes, etag: str | None) -> None:
    try:
        document = parse_json(body)
    except ValueError:
        return
    try:
        catalog = parse_catalog(document, etag)
    except ValueError:
        return
    assert len(catalog.services) + len(catalog.skipped) == len(document["services"])


ROUTE_NAMES = sorted(ROUTES)


@fuzz_settings(scale=0.5)
@given(
    route=st.sampled_from(ROUTE_NAMES),
    status=st.integers(100, 599),
    body=bodies([{"payment_id": "PAY-1", "code": "bill_already_paid"}, {"code": "closed"}]),
    retry_after=st.none() | HEADER_VALUES,
)
def test_classify_mutating_answers(
    route: str, status: int, body: bytes, retry_after: str | None
) -> None:
    # as on the wire: header bytes (latin-1), whatever the server put there
    headers = [(b"Retry-After", retry_after.encode("latin-1"))] if retry_after is not None else []
    request = httpx.Request("POST", "http://gateway.invalid/x")
    response = httpx.Response(status, headers=headers, content=body, request=request)
    result = classify_response(response, ROUTES[route])
    assert isinstance(result, SendResult)
    json.dumps(result.detail)  # the queue stores it
    key = result.error_key
    assert key is None or (key.isprintable() and len(key) < 100)
    assert result.retry_after is None or 0 <= result.retry_after <= RETRY_AFTER_CAP_S


@pytest.fixture(scope="module")
def connector(server: RawHttpServer) -> Iterator[GatewayConnector]:
    c = GatewayConnector(server.url)
    yield c
    c.close()


@fuzz_settings(scale=0.5)
@given(answer=answers())
def test_connector_send_over_the_wire(
    server: RawHttpServer,
    connector: GatewayConnector,
    answer: tuple[str, int, bytes, dict[str, str]],
) -> None:
    _name, status, body, headers = answer
    server.reply(status, body, headers)
    delivery = Delivery(
        uuid.uuid4(),
        "bill.payment",
        "bill:BILL-1001",
        {"resident_id": RESIDENT, "params": {"bill_id": "BILL-1001"},
         "body": {"amount_minor": 4520, "currency": "EUR", "method": "account"}},
    )  # fmt: skip
    for result in (connector.send(delivery), connector.reconcile(delivery)):
        assert isinstance(result, SendResult)
        json.dumps(result.detail)


@fuzz_settings()
@given(value=st.none() | HEADER_VALUES | st.text(max_size=40))
def test_retry_after(value: str | None) -> None:
    now = dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
    seconds = parse_retry_after(value, now)
    assert seconds is None or 0.0 <= seconds <= RETRY_AFTER_CAP_S
