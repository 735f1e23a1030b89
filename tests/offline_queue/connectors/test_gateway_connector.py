"""Gateway connector and GatewayClient against the demo gateway, including its fault modes."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from citysim import CitySim, Fault, FaultMode
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.gateway import (
    GatewayAuthError,
    GatewayBadResponse,
    GatewayClient,
    GatewayConnector,
    GatewayNotFound,
    GatewayRejected,
    GatewayUnavailable,
    canonical_body,
    parse_catalog,
)
from offline_queue.connectors.httpfaults import default_timeout, parse_retry_after

SIG = {
    "document_sha256": "cd" * 32,
    "algorithm": "ECDSA-SHA256",
    "signature_base64": "MEUCIQDexample==",
    "certificate_base64": "MIIBexamplecert==",
}


@pytest.fixture
def conn(city: CitySim) -> Iterator[GatewayConnector]:
    c = GatewayConnector(city.gateway_url, timeout=default_timeout(connect=1.0, read=0.5))
    yield c
    c.close()


@pytest.fixture
def client(city: CitySim) -> Iterator[GatewayClient]:
    c = GatewayClient(city.gateway_url)
    yield c
    c.close()


def pay(bill: str = "BILL-1001", amount: int = 4520, tx: uuid.UUID | None = None) -> Delivery:
    return Delivery(
        tx or uuid.uuid4(),
        "bill.payment",
        f"bill:{bill}",
        {
            "resident_id": "RES-0001",
            "params": {"bill_id": bill},
            "body": {"amount_minor": amount, "currency": "EUR", "method": "account"},
        },
    )


def sign(petition: str = "PET-001", resident: str = "RES-0002") -> Delivery:
    return Delivery(
        uuid.uuid4(),
        "petition.sign",
        f"petition:{petition}",
        {"resident_id": resident, "params": {"petition_id": petition}, "body": {"signature": SIG}},
    )


def test_send_acks_with_the_remote_reference(city: CitySim, conn: GatewayConnector) -> None:
    d = pay()
    result = conn.send(d)
    assert (
        result.outcome is Outcome.ACKED
        and result.remote_ref
        and result.remote_ref.startswith("PAY-")
    )
    assert result.detail["response"]["receipt_number"]
    assert city.ledger.counts("gateway") == {str(d.tx_id): 1}


@pytest.mark.parametrize(
    "mode",
    [FaultMode.DROP_AFTER_COMMIT, FaultMode.GARBAGE_AFTER_COMMIT, FaultMode.SLOW_AFTER_COMMIT],
)
def test_ambiguous_after_commit_then_reconcile_replays(
    city: CitySim, conn: GatewayConnector, mode: FaultMode
) -> None:
    d = pay()
    city.arm_fault("gateway", "payBill", Fault(mode, delay=1.5))
    first = conn.send(d)
    assert first.outcome is Outcome.UNKNOWN, first
    assert first.reached
    second = conn.reconcile(d)
    assert second.outcome is Outcome.ACKED and second.detail.get("replayed") is True
    assert city.ledger.counts("gateway") == {str(d.tx_id): 1}  # applied once


def test_drop_before_is_unknown_then_applied_once(city: CitySim, conn: GatewayConnector) -> None:
    d = pay()
    city.arm_fault("gateway", "payBill", Fault(FaultMode.DROP_BEFORE))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    result = conn.reconcile(d)
    assert result.outcome is Outcome.ACKED and "replayed" not in result.detail
    assert city.ledger.counts("gateway") == {str(d.tx_id): 1}


def test_unavailable_is_retry_with_retry_after(city: CitySim, conn: GatewayConnector) -> None:
    city.arm_fault("gateway", "payBill", Fault(FaultMode.UNAVAILABLE, retry_after="7"))
    result = conn.send(pay())
    assert result.outcome is Outcome.RETRY and result.retry_after == 7.0
    assert result.error_key == "gateway.unavailable"
    assert city.ledger.counts("gateway") == {}


def test_http_date_retry_after() -> None:
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("Thu, 26 Nov 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("999999") == 3600.0
    assert parse_retry_after("soon") is None


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (500, Outcome.UNKNOWN),
        (502, Outcome.UNKNOWN),
        (504, Outcome.UNKNOWN),
        (429, Outcome.RETRY),
        (408, Outcome.RETRY),
        (400, Outcome.REJECTED),
        (403, Outcome.REJECTED),
        (404, Outcome.REJECTED),
        (422, Outcome.REJECTED),
    ],
)
def test_injected_status_classes(
    city: CitySim, conn: GatewayConnector, status: int, outcome: Outcome
) -> None:
    city.arm_fault("gateway", "*", Fault(FaultMode.ERROR, status=status))
    assert conn.send(pay()).outcome is outcome


def test_network_down_is_retry_not_reached(city: CitySim, conn: GatewayConnector) -> None:
    assert conn.probe()
    city.set_network("gateway", up=False)
    result = conn.send(pay())
    assert result.outcome is Outcome.RETRY and result.reached is False
    assert not conn.probe()
    city.set_network("gateway", up=True)
    assert conn.send(pay()).outcome is Outcome.ACKED


def test_business_outcomes(city: CitySim, conn: GatewayConnector) -> None:
    assert conn.send(sign()).outcome is Outcome.ACKED
    again = conn.send(sign())  # another transaction, same resident: already signed = done
    assert again.outcome is Outcome.ACKED and again.detail == {"conflict": "already_signed"}
    assert conn.send(pay(amount=1)).outcome is Outcome.REJECTED
    d = pay()
    assert conn.send(d).outcome is Outcome.ACKED
    paid = conn.send(pay())
    assert paid.outcome is Outcome.REJECTED and paid.error_key == "gateway.bill_already_paid"
    unknown = Delivery(uuid.uuid4(), "bill.teleport", "x", {})
    assert conn.send(unknown).error_key == "gateway.unknown_kind"
    no_param = Delivery(uuid.uuid4(), "bill.payment", "x", {"resident_id": "RES-0001", "body": {}})
    assert conn.send(no_param).error_key == "gateway.bad_payload"


def test_same_key_different_body_is_rejected_as_our_bug(conn: GatewayConnector) -> None:
    tx = uuid.uuid4()
    assert conn.send(pay("BILL-1002", 8900, tx)).outcome is Outcome.ACKED
    result = conn.send(pay("BILL-1002", 8901, tx))
    assert (
        result.outcome is Outcome.REJECTED
        and result.error_key == "gateway.idempotency_key_mismatch"
    )


@pytest.mark.parametrize(
    ("code", "outcome"),
    [
        ("idempotency_in_progress", Outcome.RETRY),
        ("already_submitted", Outcome.ACKED),
        ("slot_taken", Outcome.REJECTED),
        ("something_new", Outcome.RETRY),
    ],
)
def test_409_by_problem_code(
    city: CitySim, conn: GatewayConnector, code: str, outcome: Outcome
) -> None:
    problem = json.dumps({"type": "x", "title": "t", "status": 409, "code": code})
    city.arm_fault("gateway", "payBill", Fault(FaultMode.ERROR, status=409, body=problem))
    result = conn.send(pay())
    assert result.outcome is outcome and result.error_key == f"gateway.{code}"


def test_canonical_body_is_stable() -> None:
    assert (
        canonical_body({"b": 1, "a": "é"})
        == canonical_body({"a": "é", "b": 1})
        == '{"a":"é","b":1}'.encode()
    )


@pytest.fixture
def checked_conn(city: CitySim) -> Iterator[GatewayConnector]:
    """A connector whose every exchange is validated against the OpenAPI contract."""
    from tests.citysim.openapi import validate_request_body, validate_response

    def check(response: httpx.Response) -> None:
        response.read()
        validate_response(response)
        validate_request_body(response.request)

    http = httpx.Client(base_url=city.gateway_url, event_hooks={"response": [check]})
    c = GatewayConnector(city.gateway_url, client=http)
    yield c
    c.close()


def test_every_kind_lands(city: CitySim, checked_conn: GatewayConnector) -> None:
    conn = checked_conn
    slot = next(iter(city.gateway_state.slots))
    cases: list[tuple[str, dict[str, Any]]] = [
        ("bill.slip", {"params": {"bill_id": "BILL-3001"}, "body": {"language": "ar"}}),
        ("appointment.book", {"resident_id": "RES-0003", "body": {"slot_id": slot}}),
        (
            "permit.apply",
            {
                "resident_id": "RES-0001",
                "body": {
                    "service_id": "parking-permit",
                    "form": {"plate": "1234ABC", "zone": "A", "start_date": "2026-12-01"},
                    "signature": SIG,
                    "fee_acknowledged": True,
                },
            },
        ),
        (
            "consultation.submit",
            {
                "resident_id": "RES-0003",
                "params": {"consultation_id": "CON-002"},
                "body": {"answers": [{"question_id": "q1", "choice_ids": ["late"]}]},
            },
        ),
        ("profile.update", {"resident_id": "RES-0003", "body": {"phone": "+34 600 999 999"}}),
        ("consents.update", {"resident_id": "RES-0003", "body": {"notices_sms": True}}),
        ("data_copy.request", {"resident_id": "RES-0003", "body": {"delivery": "pickup"}}),
        ("notice.read", {"resident_id": "RES-0003", "params": {"notice_id": "NOT-0201"}}),
        (
            "statistics.upload",
            {
                "body": {
                    "kiosk_id": "K",
                    "period_start": "2026-11-26T00:00:00Z",
                    "period_end": "2026-11-27T00:00:00Z",
                    "suppression_threshold": 5,
                    "counters": {"x": 5},
                }
            },
        ),
    ]
    for kind, payload in cases:
        result = conn.send(Delivery(uuid.uuid4(), kind, "lane", payload))
        assert result.outcome is Outcome.ACKED, (kind, result)
        if kind in ("profile.update", "consents.update", "notice.read"):
            assert "response" not in result.detail  # personal data stays out of the queue
    appt = next(
        a for a in city.gateway_state.appointments.values() if a["resident_id"] == "RES-0003"
    )
    cancel = Delivery(
        uuid.uuid4(),
        "appointment.cancel",
        "lane",
        {"resident_id": "RES-0003", "params": {"appointment_id": appt["appointment_id"]}},
    )
    assert conn.send(cancel).outcome is Outcome.ACKED
    lic = Delivery(
        uuid.uuid4(),
        "licence.renew",
        "lane",
        {
            "resident_id": "RES-0002",
            "params": {"licence_id": "LIC-0002"},
            "body": {
                "form": {"goods": "crafts"},
                "signature": SIG,
                "fee_acknowledged": True,
                "photo": {"content_type": "image/png", "data_base64": "iVBORw0KGgo="},
            },
        },
    )
    assert conn.send(lic).outcome is Outcome.ACKED


# --- GatewayClient -------------------------------------------------------------------------------


def test_client_reads(client: GatewayClient) -> None:
    assert client.health()
    catalog = client.catalog()
    assert catalog is not None and catalog.version and not catalog.skipped
    permit = next(s for s in catalog.services if s.service_id == "parking-permit")
    assert permit.requires_signature and permit.fee is not None and permit.fee.amount_minor == 3500
    assert permit.title.get("ar") and permit.title.get("xx") == permit.title.get("en")
    assert {f.type for f in permit.fields} == {"text", "choice", "date", "yes_no"}
    assert client.catalog(catalog.etag) is None  # 304: cached copy still good
    assert client.profile("RES-0003").display_name == "Carmen Díaz"
    assert client.consents("RES-0003").statistics is True
    assert client.data_summary("RES-0001")[0].category == "identity"
    bills = client.find_bills(account_number="ACC-2001")
    assert {b.status for b in bills} == {"overdue", "paid"}
    assert client.find_bills(bill_code="RVB2026000101")[0].amount.amount_minor == 4520
    assert client.bill("BILL-1001").due_date > dt.date(2000, 1, 1)
    slots = client.slots("room-booking", date_from=dt.date.today())
    assert slots and all(s.service == "room-booking" for s in slots)
    assert client.appointments("RES-0001") == ()
    assert client.applications("RES-0001") == ()
    assert client.licences("RES-0002")[0].licence_id == "LIC-0002"
    petitions = client.petitions("RES-0001")
    assert petitions[0].signed_by_me is False and petitions[0].text is None
    full = client.petition("PET-001", "RES-0001")
    assert full.text is not None and full.author
    assert client.consultation("CON-001").questions[0].choices
    assert len(client.consultations()) == 2
    near = client.projects(41.387, 2.17, 2000)
    assert near[0].distance_m is not None and near[0].milestones
    assert client.project("PRJ-003").budget_spent.amount_minor > 0
    notices = client.notices("RES-0002")
    assert notices[0].urgency == "high"


def test_client_server_time_skew(city: CitySim, client: GatewayClient) -> None:
    city.gateway_state.clock_offset_s = 120.0
    t = client.server_time()
    assert 110 < t.skew_s < 130 and t.round_trip_s >= 0


def test_client_typed_errors(city: CitySim, client: GatewayClient) -> None:
    with pytest.raises(GatewayNotFound):
        client.bill("NOPE")
    with pytest.raises(GatewayAuthError):
        client.profile("RES-9999")
    with pytest.raises(GatewayRejected) as rejected:
        client.projects(lat=100.0, lon=0.0)
    assert rejected.value.key == "gateway.validation_failed"
    city.arm_fault("gateway", "getBill", Fault(FaultMode.GARBAGE_AFTER_COMMIT))
    with pytest.raises(GatewayBadResponse):
        client.bill("BILL-1001")
    city.arm_fault("gateway", "getBill", Fault(FaultMode.UNAVAILABLE))
    with pytest.raises(GatewayUnavailable) as unavailable:
        client.bill("BILL-1001")
    assert unavailable.value.status == 503 and unavailable.value.key == "gateway.unavailable"
    city.set_network("gateway", up=False)
    with pytest.raises(GatewayUnavailable):
        client.health()


def test_malformed_catalog_entries_are_skipped(city: CitySim, client: GatewayClient) -> None:
    services = city.gateway_state.catalog["services"]
    services.append({"service_id": "broken", "kind": "permit"})  # missing everything else
    services.append(
        {
            **services[3],
            "service_id": "bad-field",
            "fields": [{"name": "x", "type": "hologram", "label": {"en": "X"}, "required": True}],
        }
    )
    services.append("not even an object")
    catalog = client.catalog()
    assert catalog is not None
    assert catalog.skipped == ("broken", "bad-field", f"#{len(services) - 1}")
    assert "parking-permit" in {s.service_id for s in catalog.services}
    with pytest.raises(ValueError):
        parse_catalog({"services": []})  # no version: the whole catalog is unusable


def test_a_city_adds_a_permit_type_without_a_release(
    city: CitySim, client: GatewayClient, conn: GatewayConnector
) -> None:
    first = client.catalog()
    assert first is not None
    new = json.loads(json.dumps(city.gateway_state.catalog["services"][3]))
    new.update(service_id="terrace-permit", title={"en": "Café terrace", "es": "Terraza"})
    city.gateway_state.catalog["services"].append(new)
    city.gateway_state.catalog["version"] = "2026.11.2"
    second = client.catalog(first.etag)
    assert second is not None and "terrace-permit" in {s.service_id for s in second.services}
    result = conn.send(
        Delivery(
            uuid.uuid4(),
            "permit.apply",
            "lane",
            {
                "resident_id": "RES-0001",
                "body": {
                    "service_id": "terrace-permit",
                    "form": {"plate": "1234ABC", "zone": "C", "start_date": "2027-01-01"},
                    "signature": SIG,
                    "fee_acknowledged": True,
                },
            },
        )
    )
    assert result.outcome is Outcome.ACKED


@pytest.mark.parametrize(
    ("exc", "outcome", "reached"),
    [
        (httpx.ConnectTimeout("connect timed out"), Outcome.RETRY, False),
        (httpx.ConnectError("name or service not known"), Outcome.RETRY, False),
        (httpx.PoolTimeout("pool"), Outcome.RETRY, False),
        (httpx.ReadTimeout("read"), Outcome.UNKNOWN, True),
        (httpx.WriteError("reset"), Outcome.UNKNOWN, True),
        (httpx.RemoteProtocolError("disconnected"), Outcome.UNKNOWN, True),
    ],
)
def test_transport_errors_are_classified(
    exc: httpx.HTTPError, outcome: Outcome, reached: bool
) -> None:
    """DNS failures and TLS/connect errors cannot be provoked on loopback; a transport that
    raises them checks the classification (design notes §4.3)."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    http = httpx.Client(base_url="http://gateway.invalid", transport=httpx.MockTransport(handler))
    c = GatewayConnector("http://gateway.invalid", client=http)
    try:
        result = c.send(pay())
        assert result.outcome is outcome and result.reached is reached
    finally:
        c.close()


def test_ids_are_path_segments(client: GatewayClient, conn: GatewayConnector) -> None:
    with pytest.raises(GatewayNotFound):
        client.bill("../residents/me")  # stays one segment: /bills/..%2Fresidents%2Fme
    d = pay(bill="BILL-1001/../BILL-1002")
    assert conn.send(d).error_key == "gateway.not_found"
