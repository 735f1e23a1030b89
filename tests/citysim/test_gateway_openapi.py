"""Every gateway operation of the demo back end answers as docs/api/gateway.openapi.yaml says."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from citysim import CitySim
from citysim.gateway import GatewayApp
from tests.citysim.openapi import operations, spec, validate_request_body, validate_response

SIG = {
    "document_sha256": "ab" * 32,
    "algorithm": "ECDSA-SHA256",
    "signature_base64": "MEUCIQDexample==",
    "certificate_base64": "MIIBexamplecert==",
}
PHOTO = {"content_type": "image/jpeg", "data_base64": "/9j/4AAQSkZJRgABAQ=="}


@pytest.fixture
def api(city: CitySim) -> Iterator[httpx.Client]:
    seen: list[httpx.Response] = []

    def check(response: httpx.Response) -> None:
        response.read()
        validate_response(response)
        if 200 <= response.status_code < 300:
            # what the demo gateway accepted, the contract must allow (it is not laxer)
            validate_request_body(response.request)
        seen.append(response)

    with httpx.Client(
        base_url=city.gateway_url, timeout=5.0, event_hooks={"response": [check]}
    ) as client:
        yield client
    assert seen


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def res(rid: str = "RES-0001", **extra: str) -> dict[str, str]:
    return {"X-Resident-Id": rid, **extra}


def test_spec_is_a_valid_openapi_31_document() -> None:
    doc = spec()
    assert doc["openapi"].startswith("3.1")
    from jsonschema import Draft202012Validator

    for name, schema in doc["components"]["schemas"].items():
        Draft202012Validator.check_schema(schema), name
    # every operation has an operationId and every mutating one requires Idempotency-Key
    for (method, path), op in operations().items():
        assert op.get("operationId"), path
        if method in ("POST", "PUT", "DELETE"):
            refs = [p.get("$ref", "") for p in op.get("parameters", [])]
            assert "#/components/parameters/IdempotencyKey" in refs, f"{method} {path}"


def test_every_operation_is_routed_and_nothing_else(city: CitySim) -> None:
    app = city.gateway.app
    assert isinstance(app, GatewayApp)
    routed = {(r.method, r.template): r.endpoint for r in app.routes()}
    documented = {k: op["operationId"] for k, op in operations().items()}
    assert routed == documented


def test_system_and_catalog(api: httpx.Client) -> None:
    assert api.get("/health").json()["status"] == "ok"
    assert api.get("/time").status_code == 200
    r = api.get("/catalog")
    assert r.status_code == 200
    kinds = {s["kind"] for s in r.json()["services"]}
    assert {"bill_payment", "appointment", "permit", "licence_renewal", "petition"} <= kinds
    assert api.get("/catalog", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304


def test_residents(api: httpx.Client) -> None:
    assert api.get("/residents/me", headers=res()).json()["display_name"] == "Amina Njoroge"
    assert api.get("/residents/me").status_code == 401
    assert api.get("/residents/me", headers=res("RES-9999")).status_code == 401
    r = api.put("/residents/me", json={"preferred_language": "fr"}, headers=res(**key()))
    assert r.json()["preferred_language"] == "fr"
    assert api.put("/residents/me", json={"name": "x"}, headers=res(**key())).status_code == 400
    assert api.get("/residents/me/consents", headers=res()).status_code == 200
    r = api.put("/residents/me/consents", json={"statistics": False}, headers=res(**key()))
    assert r.json()["statistics"] is False
    assert api.get("/residents/me/data", headers=res()).status_code == 200
    r = api.post("/residents/me/data-requests", json={"delivery": "email"}, headers=res(**key()))
    assert r.status_code == 201


def test_bills(api: httpx.Client) -> None:
    bills = api.get("/bills", params={"account_number": "ACC-1001"}).json()["bills"]
    assert {b["bill_id"] for b in bills} == {"BILL-1001", "BILL-1002"}
    assert "resident_id" not in bills[0]
    by_code = api.get("/bills", params={"bill_code": "RVB2026000201"}).json()["bills"]
    assert by_code[0]["status"] == "overdue"
    assert api.get("/bills").status_code == 400
    assert api.get("/bills/NOPE").status_code == 404
    assert api.get("/bills/BILL-1001").status_code == 200
    pay = {"amount_minor": 4520, "currency": "EUR", "method": "account"}
    r = api.post("/bills/BILL-1001/payments", json=pay, headers=res(**key()))
    assert r.status_code == 201 and r.json()["status"] == "accepted"
    again = api.post("/bills/BILL-1001/payments", json=pay, headers=res(**key()))
    assert again.status_code == 409 and again.json()["code"] == "bill_already_paid"
    wrong = {"amount_minor": 1, "currency": "EUR", "method": "account"}
    assert (
        api.post("/bills/BILL-1002/payments", json=wrong, headers=res(**key())).status_code == 409
    )
    staff = api.post(
        "/bills/BILL-1002/payments",
        json={"amount_minor": 8900, "currency": "EUR", "method": "account"},
        headers=res("STAFF-0001", **key()),
    )
    assert staff.status_code == 402
    slip = api.post("/bills/BILL-3001/slips", headers=key())
    assert slip.status_code == 201 and slip.json()["barcode"].isdigit()
    assert api.post("/bills/BILL-1001/slips", headers=key()).status_code == 409


def test_appointments(api: httpx.Client) -> None:
    slots = api.get("/appointments/slots", params={"service": "digital-help"}).json()["slots"]
    assert slots and all(s["service"] == "digital-help" for s in slots)
    slot = slots[0]["slot_id"]
    r = api.post("/appointments", json={"slot_id": slot}, headers=res(**key()))
    assert r.status_code == 201
    appt = r.json()["appointment_id"]
    taken = api.post("/appointments", json={"slot_id": slot}, headers=res("RES-0002", **key()))
    assert taken.status_code == 409 and taken.json()["code"] == "slot_taken"
    assert api.post("/appointments", json={"slot_id": "X"}, headers=res(**key())).status_code == 404
    assert len(api.get("/appointments", headers=res()).json()["appointments"]) == 1
    other = api.post(f"/appointments/{appt}/cancel", headers=res("RES-0002", **key()))
    assert other.status_code == 404
    c = api.post(f"/appointments/{appt}/cancel", headers=res(**key()))
    assert c.json()["status"] == "cancelled"
    assert (
        api.get("/appointments", headers=res()).json()["appointments"][0]["status"] == "cancelled"
    )


def test_permits_and_licences(api: httpx.Client) -> None:
    body: dict[str, Any] = {
        "service_id": "parking-permit",
        "form": {"plate": "1234ABC", "zone": "B", "start_date": "2026-12-01", "electric": True},
        "signature": SIG,
        "fee_acknowledged": True,
    }
    r = api.post("/permits/applications", json=body, headers=res(**key()))
    assert r.status_code == 201, r.text
    bad = {**body, "form": {**body["form"], "plate": "nope"}}
    r = api.post("/permits/applications", json=bad, headers=res(**key()))
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "plate"
    unsigned = {k: v for k, v in body.items() if k != "signature"}
    assert api.post("/permits/applications", json=unsigned, headers=res(**key())).status_code == 400
    unknown = {**body, "service_id": "castle-permit"}
    assert api.post("/permits/applications", json=unknown, headers=res(**key())).status_code == 404
    assert len(api.get("/permits/applications", headers=res()).json()["applications"]) == 1
    assert api.get("/licences", headers=res()).json()["licences"][0]["licence_id"] == "LIC-0001"
    renewal = {
        "form": {"chip_number": "123456789012345", "weight_kg": 12.5},
        "photo": PHOTO,
        "signature": SIG,
        "fee_acknowledged": True,
    }
    r = api.post("/licences/LIC-0001/renewals", json=renewal, headers=res(**key()))
    assert r.status_code == 201 and r.json()["kind"] == "licence_renewal"
    r = api.post("/licences/LIC-0001/renewals", json=renewal, headers=res(**key()))
    assert r.status_code == 409
    no_photo = {k: v for k, v in renewal.items() if k != "photo"}
    r = api.post("/licences/LIC-0002/renewals", json=no_photo, headers=res("RES-0002", **key()))
    assert r.status_code == 400
    r = api.post("/licences/LIC-0002/renewals", json=renewal, headers=res(**key()))
    assert r.status_code == 404  # not Ana's licence


def test_petitions_sign_once_per_resident(api: httpx.Client) -> None:
    pets = api.get("/petitions", headers=res()).json()["petitions"]
    assert pets[0]["status"] == "open" and pets[0]["signed_by_me"] is False
    assert api.get("/petitions").json()["petitions"][0]["signed_by_me"] is None
    before = api.get("/petitions/PET-001").json()["signature_count"]
    r = api.post("/petitions/PET-001/signatures", json={"signature": SIG}, headers=res(**key()))
    assert r.status_code == 201 and r.json()["signature_count"] == before + 1
    pseudonym = r.json()["pseudonym"]
    again = api.post("/petitions/PET-001/signatures", json={"signature": SIG}, headers=res(**key()))
    assert again.status_code == 409 and again.json()["code"] == "already_signed"
    other = api.post(
        "/petitions/PET-002/signatures", json={"signature": SIG}, headers={**res(), **key()}
    )
    assert other.json()["pseudonym"] != pseudonym  # per-petition pseudonym
    assert api.get("/petitions/PET-001", headers=res()).json()["signed_by_me"] is True
    closed = api.post(
        "/petitions/PET-003/signatures", json={"signature": SIG}, headers=res(**key())
    )
    assert closed.status_code == 409 and closed.json()["code"] == "closed"
    assert api.get("/petitions/NOPE").status_code == 404


def test_consultations_submit_once(api: httpx.Client) -> None:
    assert len(api.get("/consultations").json()["consultations"]) == 2
    con = api.get("/consultations/CON-001", headers=res()).json()
    assert [q["kind"] for q in con["questions"]] == [
        "single_choice",
        "multiple_choice",
        "free_text",
    ]
    answers = {
        "answers": [
            {"question_id": "q1", "choice_ids": ["a"]},
            {"question_id": "q2", "choice_ids": ["benches", "shade"]},
            {"question_id": "q3", "text": "More shade please"},
        ]
    }
    r = api.post("/consultations/CON-001/responses", json=answers, headers=res(**key()))
    assert r.status_code == 201
    r = api.post("/consultations/CON-001/responses", json=answers, headers=res(**key()))
    assert r.status_code == 409 and r.json()["code"] == "already_submitted"
    missing = {"answers": [{"question_id": "q2", "choice_ids": ["benches"]}]}
    r = api.post("/consultations/CON-001/responses", json=missing, headers=res("RES-0002", **key()))
    assert r.status_code == 400
    assert api.get("/consultations/CON-001", headers=res()).json()["submitted_by_me"] is True


def test_projects_near_a_location(api: httpx.Client) -> None:
    near = api.get("/projects", params={"lat": 41.3870, "lon": 2.1700, "radius_m": 1500}).json()
    ids = [p["project_id"] for p in near["projects"]]
    assert ids[0] == "PRJ-002" and "PRJ-005" not in ids
    assert all(p["distance_m"] <= 1500 for p in near["projects"])
    assert len(api.get("/projects").json()["projects"]) == 5
    assert api.get("/projects", params={"lat": 100, "lon": 0}).status_code == 400
    assert api.get("/projects/PRJ-001").json()["milestones"]
    assert api.get("/projects/NOPE").status_code == 404


def test_notices_most_urgent_first(api: httpx.Client) -> None:
    notices = api.get("/notices", headers=res()).json()["notices"]
    assert [n["urgency"] for n in notices] == ["high", "normal", "low"]
    r = api.post(f"/notices/{notices[0]['notice_id']}/read", headers=res(**key()))
    assert r.json()["read"] is True
    assert api.post("/notices/NOPE/read", headers=res(**key())).status_code == 404
    assert api.get("/notices").status_code == 401


def test_statistics_upload_requires_suppression(api: httpx.Client) -> None:
    body = {
        "kiosk_id": "K-1",
        "period_start": "2026-11-26T00:00:00Z",
        "period_end": "2026-11-26T23:59:59Z",
        "suppression_threshold": 5,
        "counters": {"service.bill-payment.completed": 12, "language.ar": 0},
    }
    assert api.post("/statistics", json=body, headers=key()).status_code == 202
    leaky = {**body, "counters": {"language.ar": 2}}
    assert api.post("/statistics", json=leaky, headers=key()).status_code == 400


def test_idempotency_rules(api: httpx.Client) -> None:
    k = key()
    body = {
        "kiosk_id": "K-1",
        "period_start": "2026-11-26T00:00:00Z",
        "period_end": "2026-11-26T23:59:59Z",
        "suppression_threshold": 5,
        "counters": {},
    }
    first = api.post("/statistics", json=body, headers=k)
    again = api.post("/statistics", json=body, headers=k)
    assert again.status_code == first.status_code and again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    changed = api.post("/statistics", json={**body, "kiosk_id": "K-2"}, headers=k)
    assert changed.status_code == 422 and changed.json()["code"] == "idempotency_key_mismatch"
    missing = api.post("/statistics", json=body)
    assert missing.status_code == 400 and missing.json()["code"] == "idempotency_key_missing"


def test_enrolment_route_is_mounted(api: httpx.Client) -> None:
    r = api.post("/provisioning/enrol", json={"token": "t" * 16, "csr_pem": "x"}, headers=key())
    # the demo launcher installs an authority; without one the route answers 503 (documented)
    assert r.status_code in (400, 401, 503)
    assert r.json()["code"].startswith("provisioning.")


def test_injected_faults_answer_problem_details(city: CitySim, api: httpx.Client) -> None:
    from citysim import Fault, FaultMode

    city.arm_fault("gateway", "getCatalog", Fault(FaultMode.UNAVAILABLE, retry_after="3"))
    r = api.get("/catalog")
    assert r.status_code == 503 and r.headers["Retry-After"] == "3"
    city.arm_fault("gateway", "payBill", Fault(FaultMode.ERROR, status=500))
    pay = {"amount_minor": 4520, "currency": "EUR", "method": "account"}
    r = api.post("/bills/BILL-1001/payments", json=pay, headers=res(**key()))
    assert r.status_code == 500 and r.json()["code"] == "internal_error"


def test_in_progress_key_is_409(city: CitySim, api: httpx.Client) -> None:
    from citysim.gateway import _IdemEntry

    body = {"amount_minor": 4520, "currency": "EUR", "method": "account"}
    first_key = str(uuid.uuid4())
    first = api.post(
        "/bills/BILL-1001/payments", json=body, headers=res(**{"Idempotency-Key": first_key})
    )
    assert first.status_code == 201
    # the same request under another key that is still executing (an unfinished entry)
    fingerprint = city.gateway_state.idempotency[first_key].fingerprint
    busy_key = str(uuid.uuid4())
    city.gateway_state.idempotency[busy_key] = _IdemEntry(
        fingerprint, 0.0 + city.gateway_state.now().timestamp()
    )
    r = api.post(
        "/bills/BILL-1001/payments", json=body, headers=res(**{"Idempotency-Key": busy_key})
    )
    assert r.status_code == 409 and r.json()["code"] == "idempotency_in_progress"
    assert r.headers["Retry-After"] == "1"


def test_every_ref_resolves_and_every_schema_is_used() -> None:
    doc = spec()
    refs: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                refs.add(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    for ref in refs:
        assert ref.startswith("#/"), ref
        node: Any = doc
        for part in ref[2:].split("/"):
            assert part in node, f"unresolved {ref}"
            node = node[part]
    used = {r.rsplit("/", 1)[1] for r in refs if r.startswith("#/components/schemas/")}
    assert set(doc["components"]["schemas"]) - used == set()
