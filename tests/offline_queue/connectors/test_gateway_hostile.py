"""Hostile gateway bodies and headers (issue #14): each ends in a declared outcome or error, a
bad list entry is skipped and logged, the good ones are kept.

Bodies come from citysim (real contract shapes) and are served with one hostile change by a
loopback server that sends the exact bytes (citysim's JSON encoder cannot write ``1e400``).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import closing

import httpx
import pytest

from citysim import CitySim
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.gateway import GatewayBadResponse, GatewayClient, GatewayConnector
from offline_queue.connectors.httpfaults import parse_json, parse_retry_after
from tests.helpers.city import city
from tests.helpers.raw_http import RawHttpServer

__all__ = ["city"]

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def raw() -> Iterator[RawHttpServer]:
    with RawHttpServer() as server:
        yield server


def pay() -> Delivery:
    return Delivery(
        uuid.uuid4(),
        "bill.payment",
        "bill:BILL-1001",
        {
            "resident_id": "RES-0001",
            "params": {"bill_id": "BILL-1001"},
            "body": {"amount_minor": 4520, "currency": "EUR", "method": "account"},
        },
    )


@pytest.mark.parametrize("value", ["²", "٣", "1²", "99999999999999999999999999999999", "-1"])
def test_retry_after_non_ascii_or_odd_digits(value: str) -> None:
    result = parse_retry_after(value)
    assert result is None or 0.0 <= result <= 3600.0


def test_retry_after_superscript_over_the_wire(raw: RawHttpServer) -> None:
    raw.reply(503, b'{"code": "busy"}', {**JSON, "Retry-After": "²"})
    with closing(GatewayConnector(raw.url)) as conn:
        result = conn.send(pay())
    assert result.outcome is Outcome.RETRY and result.retry_after is None


def test_deeply_nested_bodies_are_garbage(raw: RawHttpServer) -> None:
    raw.reply(200, b"[" * 100_000, JSON)
    with GatewayClient(raw.url) as client, pytest.raises(GatewayBadResponse):
        client.health()
    with closing(GatewayConnector(raw.url)) as conn:
        assert conn.send(pay()).error_key == "gateway.garbage_2xx"
    raw.reply(409, b'{"code":' * 50_000, JSON)
    with closing(GatewayConnector(raw.url)) as conn:
        assert conn.send(pay()).error_key == "gateway.http_409"
    nested = b'{"bill_id": ' + b"[" * 500 + b"]" * 500 + b"}"  # parses, too deep to keep
    raw.reply(200, nested, JSON)
    with closing(GatewayConnector(raw.url)) as conn:
        assert conn.send(pay()).error_key == "gateway.garbage_2xx"


def test_json_constants_and_depth() -> None:
    for text in ("NaN", "[Infinity]", "[-Infinity]", "[" * 65 + "]" * 65, b"\xff"):
        with pytest.raises(ValueError):
            parse_json(text)
    assert parse_json("[" * 64 + "]" * 64) is not None
    assert parse_json("[1e400]") == [float("inf")]  # numbers are range-checked by each field


def test_problem_code_is_never_arbitrary_text(raw: RawHttpServer) -> None:
    raw.reply(400, json.dumps({"code": "x\n" * 1000}).encode(), JSON)
    with closing(GatewayConnector(raw.url)) as conn:
        assert conn.send(pay()).error_key == "gateway.http_400"


def test_project_with_infinite_latitude_is_skipped(
    city: CitySim, raw: RawHttpServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = httpx.get(f"{city.gateway_url}/projects").json()
    assert len(body["projects"]) >= 2
    bad_id = body["projects"][0]["project_id"]
    body["projects"][0]["location"]["lat"] = 12345.0
    text = json.dumps(body).replace("12345.0", "1e400").encode()
    raw.reply(200, text, JSON)
    with GatewayClient(raw.url) as client, caplog.at_level(logging.WARNING):
        projects = client.projects()
        with pytest.raises(GatewayBadResponse):
            client.project(bad_id)
    assert bad_id not in {p.project_id for p in projects}
    assert len(projects) == len(body["projects"]) - 1
    assert "gateway projects entry #0 skipped: malformed lat" in caplog.messages


@pytest.mark.parametrize(
    "hostile",
    [
        {"eligibility": [{}]},
        {"eligibility": [["resident"]]},
        {"fields": [{"name": "n", "type": "number", "label": {"en": "N"}, "required": True,
                     "validation": {"max": "INF"}}]},
        {"fields": [{"name": "n", "type": "text", "label": {"en": "N"}, "required": True,
                     "validation": {"pattern": "(("}}]},
    ],
)  # fmt: skip
def test_catalog_entry_with_hostile_values_is_skipped(
    city: CitySim, raw: RawHttpServer, hostile: dict[str, object]
) -> None:
    body = httpx.get(f"{city.gateway_url}/catalog").json()
    entry = body["services"][0]
    entry.update(hostile)
    text = json.dumps(body).replace('"INF"', "1e400").encode()
    raw.reply(200, text, {**JSON, "ETag": '"v2"'})
    with GatewayClient(raw.url) as client:
        catalog = client.catalog()
    assert catalog is not None
    assert catalog.skipped == (entry["service_id"],)
    assert len(catalog.services) == len(body["services"]) - 1
