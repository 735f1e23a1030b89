"""Hostile Open311 bodies (issue #14): huge numbers, wrong shapes, deep nesting. A bad entry
is skipped and logged; never a crash, never the whole list lost."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.open311 import (
    Open311BadResponse,
    Open311Client,
    Open311Connector,
    parse_attribute,
    parse_service,
)
from offline_queue.connectors.open311_listing import (
    Presence,
    entries_of,
    find_marker,
    lenient_json,
)

DEEP = b"[" * 100_000 + b"]" * 100_000
Serve = Callable[[dict[str, bytes]], Open311Client]


def server(routes: dict[str, bytes]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        body = routes.get(request.url.path)
        if body is None:
            return httpx.Response(404, json=[{"code": 404, "description": "not found"}])
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))


@pytest.fixture
def client() -> Iterator[Serve]:
    made: list[Open311Client] = []

    def make(routes: dict[str, bytes]) -> Open311Client:
        made.append(Open311Client("http://311.test", client=server(routes)))
        return made[-1]

    yield make
    for c in made:
        c.close()


def test_services_keep_the_good_entries(
    caplog: pytest.LogCaptureFixture, client: Callable[[dict[str, bytes]], Open311Client]
) -> None:
    body = (
        b'[{"service_code":"A","service_name":"Pothole","metadata":true,"type":"realtime"},'
        b'5, null, "x", {"service_code":{"nested":1}}, {"service_name":"no code"},'
        b'{"service_code":"B","keywords":["a","b"],"type":"weird","group":{"x":1},'
        b'"service_name":1e999}]'
    )
    services = client({"/services.json": body}).services()
    assert [s.service_code for s in services] == ["A", "B"]
    b = services[1]
    assert b.type == "realtime" and b.keywords == () and b.group == "" and b.service_name == ""
    assert "malformed service entries skipped" in caplog.text


def test_definition_with_hostile_attributes(
    client: Callable[[dict[str, bytes]], Open311Client],
) -> None:
    body = (
        b'{"service_code":"A","attributes":['
        b'{"code":"SIZE","order":1e999,"values":5,"datatype":"singlevaluelist","required":true},'
        b'{"code":"DEPTH","order":"2","values":[{"key":"a","name":"A"},7,{"name":"no key"}]},'
        b'{"code":"X","order":-1e400},{"order":1},[1,2],'
        b'{"code":"Y","order":[1],"description":{"a":[]},"variable":"false"}]}'
    )
    attrs = client({"/services/A.json": body}).definition("A")
    by_code = {a.code: a for a in attrs}
    assert set(by_code) == {"SIZE", "DEPTH", "X", "Y"}
    assert by_code["SIZE"].order == 0 and by_code["SIZE"].values == ()
    assert by_code["DEPTH"].order == 2 and [v.key for v in by_code["DEPTH"].values] == ["a"]
    assert by_code["X"].order == 0 and by_code["Y"].description == ""
    assert by_code["Y"].variable is False


def test_deep_nesting_is_a_bad_response_not_a_crash(
    client: Callable[[dict[str, bytes]], Open311Client],
) -> None:
    assert lenient_json(DEEP) is None
    c = client({"/services.json": DEEP, "/services/A.json": DEEP, "/requests/1.json": DEEP})
    for call in (c.services, lambda: c.definition("A"), lambda: c.request_status("1")):
        with pytest.raises(Open311BadResponse):
            call()


def test_listing_with_hostile_entries_still_finds_the_marker() -> None:
    needle = "[txn:abc]"
    page = json.dumps(
        [
            {"service_request_id": "1", "lat": 1e400, "description": {"d": 1}},
            7,
            {"service_request_id": ["x"], "description": None},
            {"service_request_id": 3, "description": f"hole {needle}", "long": "1e400"},
        ]
    ).replace("Infinity", "1e400")
    with server({"/requests.json": page.encode()}) as http:
        found = find_marker(http, {}, needle)
    assert found.presence is Presence.PRESENT and found.request_id == "3"
    with server({"/requests.json": DEEP}) as http:
        deep = find_marker(http, {}, needle)
    assert deep.presence is Presence.CANNOT_TELL and deep.reason == "open311.reconcile_bad_response"


def test_status_with_wrong_shapes(client: Serve) -> None:
    body = (
        b'[{"service_request_id":7,"status":"open","status_notes":{"a":1},'
        b'"updated_datetime":["x"],"expected_datetime":1e999}]'
    )
    status = client({"/requests/7.json": body}).request_status("7")
    assert status.service_request_id == "7" and status.status == "open"
    assert status.status_notes is None and status.updated_datetime is None
    assert status.expected_datetime is None


def test_post_answers_with_hostile_bodies_are_ambiguous_not_crashes() -> None:
    d = Delivery(
        uuid.uuid4(),
        "open311.request",
        "open311",
        {"service_code": "A", "address_string": "Plaça Nova", "description": "x"},
    )
    for body in (DEEP, b'[{"service_request_id":{"a":1}}]', b"[5]", b"{}x"):
        conn = Open311Connector(
            "http://311.test", "k", client=server({"/requests.json": body}), media_mode="auto"
        )
        try:
            result = conn.send(d)
        finally:
            conn.close()
        assert result.outcome is Outcome.UNKNOWN and result.error_key == "open311.garbage_2xx"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
shaped = st.fixed_dictionaries(
    {},
    optional={
        "code": json_values,
        "service_code": json_values,
        "order": json_values,
        "values": json_values,
        "description": json_values,
        "type": json_values,
        "keywords": json_values,
    },
)


@settings(max_examples=50, deadline=None)
@given(st.one_of(json_values, shaped))
def test_parsers_never_raise(raw: Any) -> None:
    parsers: list[Callable[[Any], object]] = [parse_attribute, parse_service, entries_of]
    for parse in parsers:
        parse(raw)
