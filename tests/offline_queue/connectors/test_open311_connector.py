"""Open311 connector: marker, reconciliation before resend, real servers' deviations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from urllib.parse import parse_qsl

import httpx
import pytest

from citysim import DEFAULT_API_KEY, CitySim, Fault, FaultMode
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.open311 import (
    Open311Client,
    Open311Connector,
    Open311NotFound,
    Open311Unavailable,
    build_form,
    compose_description,
    lenient_json,
)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def report(code: str = "POTHOLE", attempt: int = 1, **extra: object) -> Delivery:
    payload: dict[str, object] = {
        "service_code": code,
        "lat": 41.3871,
        "long": 2.1702,
        "description": "Deep hole by the bus stop",
        "attributes": {"SIZE": "large", "HAZARDS": ["water", "bikelane"]}
        if code == "POTHOLE"
        else {},
        "reported_at": now_iso(),
        **extra,
    }
    return Delivery(uuid.uuid4(), "open311.request", "open311", payload, attempt)


def make(city: CitySim, **kw: object) -> Open311Connector:
    return Open311Connector(
        city.open311_url,
        DEFAULT_API_KEY,
        timeout=default_timeout(connect=1.0, read=0.5),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def conn(city: CitySim) -> Iterator[Open311Connector]:
    c = make(city)
    yield c
    c.close()


def created(city: CitySim) -> list[dict[str, object]]:
    return list(city.open311_state.requests.values())


def test_form_encoding_and_marker() -> None:
    d = report()
    form = build_form(d, "k")
    assert isinstance(form, list)
    assert ("attribute[SIZE]", "large") in form
    assert [v for k, v in form if k == "attribute[HAZARDS][]"] == ["water", "bikelane"]
    description = dict(form)["description"]
    assert description.endswith(f"[txn:{d.tx_id}]") and "Reported at kiosk" in description
    long_text = compose_description("x" * 5000, d.tx_id, "2026-11-26T10:00:00Z")
    assert len(long_text) == 4000 and long_text.endswith(f"[txn:{d.tx_id}]")
    assert build_form(report(lat=None, long=None), "k") == "open311.no_location"
    assert isinstance(
        build_form(report(lat=None, long=None, address_string="Plaça Nova"), "k"), list
    )


def test_realtime_send_is_acked_with_its_id(city: CitySim, conn: Open311Connector) -> None:
    d = report()
    result = conn.send(d)
    assert result.outcome is Outcome.ACKED and result.remote_ref
    [req] = created(city)
    assert req["service_request_id"] == result.remote_ref
    assert f"[txn:{d.tx_id}]" in str(req["description"])
    assert req["_attributes"] == {"SIZE": ["large"], "HAZARDS": ["water", "bikelane"]}


def test_batch_token_is_resolved_to_an_id(conn: Open311Connector) -> None:
    result = conn.send(report("GRAFFITI", address_string="Port wall"))
    assert (
        result.outcome is Outcome.ACKED
        and result.remote_ref
        and result.remote_ref.startswith("RVT-")
    )
    assert result.detail["token"]


def test_blackbox_is_acked_untracked(conn: Open311Connector) -> None:
    result = conn.send(report("NOISE"))
    assert (
        result.outcome is Outcome.ACKED
        and result.remote_ref is None
        and result.detail == {"untracked": True}
    )


@pytest.mark.parametrize(
    "fault",
    [
        Fault(FaultMode.DROP_AFTER_COMMIT),
        Fault(FaultMode.GARBAGE_AFTER_COMMIT),
        Fault(FaultMode.SLOW_AFTER_COMMIT, delay=1.5),
    ],
)
def test_ambiguous_send_is_unknown_and_reconciled_without_resend(
    city: CitySim, conn: Open311Connector, fault: Fault
) -> None:
    d = report()
    city.arm_fault("open311", "requests.post", fault)
    first = conn.send(d)
    assert first.outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    assert rec.outcome is Outcome.ACKED and rec.detail == {"reconciled": True}
    assert rec.remote_ref == created(city)[0]["service_request_id"]
    assert len(created(city)) == 1 and not city.ledger.duplicates("open311")["open311"]


def test_500_is_unknown_and_absent_means_safe_to_resend(
    city: CitySim, conn: Open311Connector
) -> None:
    assert conn.send(report()).outcome is Outcome.ACKED  # teaches: fresh requests are listed
    d = report()
    city.arm_fault("open311", "requests.post", Fault(FaultMode.ERROR, status=500))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    assert rec.outcome is Outcome.RETRY and rec.error_key == "open311.reconciled_absent"
    assert conn.send(d).outcome is Outcome.ACKED
    assert len(created(city)) == 2 and not city.ledger.duplicates("open311")["open311"]


def test_absent_before_the_listing_is_known(city: CitySim, conn: Open311Connector) -> None:
    """A fresh kiosk has not yet seen this server list a request it acknowledged. By default
    (``unverified_listing="wait"``) "absent" stays unknown and after the bound a person decides:
    never resent. ``"trust"`` resends at once, with a distinct key."""
    d = report()
    city.arm_fault("open311", "requests.post", Fault(FaultMode.ERROR, status=500, times=2))
    assert conn.unverified_listing == "wait"
    _strict_reconcile(conn, city, d)
    assert not created(city)
    trusting = make(city, unverified_listing="trust")
    try:
        trusted = trusting.reconcile(d)
    finally:
        trusting.close()
    assert trusted.outcome is Outcome.RETRY
    assert trusted.error_key == "open311.reconciled_absent_unverified"
    assert not created(city)


def _strict_reconcile(conn: Open311Connector, city: CitySim, d: Delivery) -> None:
    assert conn.send(d).outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    assert rec.outcome is Outcome.UNKNOWN
    assert rec.error_key == "open311.reconcile_listing_unverified"
    late = conn.reconcile(dataclasses.replace(d, attempt=conn.reconcile_limit))
    assert late.outcome is Outcome.REVIEW and late.error_key == "open311.review_listing_unverified"


def test_reset_before_processing_is_unknown_then_reconciled_absent(
    city: CitySim, conn: Open311Connector
) -> None:
    assert conn.send(report()).outcome is Outcome.ACKED
    d = report()
    city.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_BEFORE))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    assert conn.reconcile(d).outcome is Outcome.RETRY


def test_reconcile_needs_the_server(city: CitySim, conn: Open311Connector) -> None:
    d = report()
    city.set_network("open311", up=False)
    rec = conn.reconcile(d)
    assert rec.outcome is Outcome.UNKNOWN and rec.reached is False
    city.set_network("open311", up=True)
    city.arm_fault("open311", "requests.get", Fault(FaultMode.ERROR, status=502, times=None))
    assert conn.reconcile(d).outcome is Outcome.UNKNOWN


def test_crm_down_400_is_retried_a_few_times_then_dead(
    city: CitySim, conn: Open311Connector
) -> None:
    city.arm_fault("open311", "requests.post", Fault(FaultMode.ERROR, status=400, times=None))
    assert conn.send(report(attempt=1)).outcome is Outcome.RETRY
    assert conn.send(report(attempt=2)).outcome is Outcome.RETRY
    final = conn.send(report(attempt=3))
    assert final.outcome is Outcome.REJECTED and final.error_key == "open311.http_400"


def test_unavailable_and_network_down_are_retry(city: CitySim, conn: Open311Connector) -> None:
    city.arm_fault("open311", "requests.post", Fault(FaultMode.UNAVAILABLE, retry_after="12"))
    result = conn.send(report())
    assert result.outcome is Outcome.RETRY and result.retry_after == 12.0
    city.set_network("open311", up=False)
    down = conn.send(report())
    assert down.outcome is Outcome.RETRY and down.reached is False
    assert not conn.probe()
    city.set_network("open311", up=True)
    assert conn.probe()


def test_bad_key_and_unknown_service_are_dead(city: CitySim) -> None:
    c = Open311Connector(city.open311_url, "wrong-key")
    try:
        assert c.send(report()).error_key == "open311.bad_api_key"  # spec: 403
    finally:
        c.close()
    good = make(city)
    try:
        assert good.send(report("DRAGON", address_string="x")).error_key == "open311.not_found"
        assert good.send(report(lat=None, long=None)).error_key == "open311.no_location"
        bad_attr = good.send(report(attributes={"SIZE": "gigantic"}, attempt=3))
        assert bad_attr.outcome is Outcome.REJECTED
    finally:
        good.close()


def test_quirky_server_deviations(quirky_city: CitySim) -> None:
    wrong = Open311Connector(quirky_city.open311_url, "wrong-key")
    try:
        result = wrong.send(report())  # 400 {"code":400,"detail":["Invalid API key"]}
        assert result.outcome is Outcome.REJECTED and result.error_key == "open311.bad_api_key"
    finally:
        wrong.close()
    c = make(quirky_city)
    try:
        # a missing location would be a 500 there: never sent, rejected locally
        assert c.send(report(lat=None, long=None)).error_key == "open311.no_location"
        assert quirky_city.open311_state.requests == {}
        assert c.send(report()).outcome is Outcome.ACKED
    finally:
        c.close()


def test_blackbox_unknown_follows_the_policy(city: CitySim) -> None:
    for policy, outcome in (
        ("dead", Outcome.REJECTED),
        ("accept", Outcome.ACKED),
        ("resend", Outcome.RETRY),
    ):
        c = make(city, blackbox_policy=policy)
        try:
            rec = c.reconcile(report("NOISE"))
            assert rec.outcome is outcome and rec.error_key == "open311.blackbox_unconfirmed"
        finally:
            c.close()
    with pytest.raises(ValueError):
        make(city, blackbox_policy="hope")


def test_client_reads(city: CitySim) -> None:
    client = Open311Client(city.open311_url)
    try:
        services = client.services()
        assert [s.service_code for s in services][:2] == ["POTHOLE", "STREETLIGHT"]
        assert services[0].keywords == ("road", "pothole", "street") and services[2].type == "batch"
        attrs = client.definition("POTHOLE")
        assert [a.code for a in attrs] == ["SIZE", "HAZARDS", "DEPTH_CM"] and attrs[0].required
        assert attrs[1].datatype == "multivaluelist" and attrs[0].values[0].key == "small"
        with pytest.raises(Open311NotFound):
            client.definition("NOPE")
        sender = make(city)
        try:
            ref = sender.send(report()).remote_ref
        finally:
            sender.close()
        assert ref is not None and client.request_status(ref).status == "open"
        city.set_network("open311", up=False)
        with pytest.raises(Open311Unavailable):
            client.services()
    finally:
        client.close()


def test_lenient_json_for_the_spec_wart() -> None:
    assert lenient_json(b'[{"service_code":001,"metadata":true}]') == [
        {"service_code": "001", "metadata": True}
    ]
    assert lenient_json(b"\xff\xfe") is None and lenient_json(b"<html>") is None


def test_post_body_is_form_encoded(city: CitySim) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"service_request_id": "1"}])

    http = httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))
    c = Open311Connector("http://311.test", "key-1", client=http)
    try:
        assert c.send(report()).outcome is Outcome.ACKED
    finally:
        c.close()
    req = seen[0]
    assert req.headers["content-type"].startswith("application/x-www-form-urlencoded")
    fields = parse_qsl(req.content.decode())
    assert ("api_key", "key-1") in fields and ("attribute[HAZARDS][]", "bikelane") in fields


@pytest.mark.parametrize(
    ("status", "body", "outcome", "key"),
    [
        (
            400,
            [{"code": 400, "description": "attribute[SIZE] is required"}],
            "rejected",
            "open311.invalid_request",
        ),
        (
            400,
            [{"code": 400, "description": "General Service Error: CRM is down"}],
            "retry",
            "open311.http_400",
        ),
        (
            400,
            [{"code": 400, "description": "Service temporarily unavailable"}],
            "retry",
            "open311.http_400",
        ),
        (
            500,
            [{"code": 400, "description": "bad request"}],
            "rejected",
            "open311.invalid_request_server_error",
        ),
        (
            500,
            {"errors": [{"code": "422", "description": "x"}]},
            "rejected",
            "open311.invalid_request_server_error",
        ),
        (500, [{"code": 429, "description": "slow down"}], "unknown", "open311.http_500"),
        (
            500,
            [{"code": 500, "description": "NullPointerException"}],
            "unknown",
            "open311.http_500",
        ),
        (502, "<html>Bad gateway</html>", "unknown", "open311.http_502"),
    ],
)
def test_error_bodies_tell_invalid_from_transient(
    status: int, body: object, outcome: str, key: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)

    http = httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))
    c = Open311Connector("http://311.test", "k", client=http)
    try:
        result = c.send(report())
    finally:
        c.close()
    assert (result.outcome.value, result.error_key) == (outcome, key)
