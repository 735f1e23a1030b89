"""GDPR Art. 16/17 requests: the demo gateway answers as docs/api/gateway.openapi.yaml says, and
the queue's connector sends them idempotently (a retried delivery registers one request)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from citysim import CitySim
from kiosk.services.my_data import (
    CORRECTION_KIND,
    ERASURE_KIND,
    correction_payload,
    erasure_payload,
)
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.gateway import GatewayConnector
from tests.citysim.openapi import validate_request_body, validate_response


@pytest.fixture
def api(city: CitySim) -> Iterator[httpx.Client]:
    def check(response: httpx.Response) -> None:
        response.read()
        validate_response(response)
        if 200 <= response.status_code < 300:
            validate_request_body(response.request)

    with httpx.Client(
        base_url=city.gateway_url, timeout=5.0, event_hooks={"response": [check]}
    ) as client:
        yield client


def headers(rid: str = "RES-0001") -> dict[str, str]:
    return {"X-Resident-Id": rid, "Idempotency-Key": str(uuid.uuid4())}


def test_correction_and_erasure_follow_the_contract(api: httpx.Client, city: CitySim) -> None:
    body = {"field": "phone", "correction": "+34 600 999 111"}
    r = api.post("/residents/me/corrections", json=body, headers=headers())
    assert r.status_code == 201 and r.json()["kind"] == "correction"
    stored = city.gateway_state.data_requests[r.json()["request_id"]]
    assert stored["field"] == "phone" and stored["resident_id"] == "RES-0001"
    assert city.gateway_state.residents["RES-0001"]["phone"] != "+34 600 999 111"  # a clerk checks
    r = api.post("/residents/me/erasures", json={"scope": "all"}, headers=headers())
    assert r.status_code == 201 and r.json()["kind"] == "erasure"
    bad = [
        ("/residents/me/corrections", {"field": "birth_date", "correction": "x"}),
        ("/residents/me/corrections", {"field": "phone", "correction": ""}),
        ("/residents/me/corrections", {"field": "phone", "correction": "x", "extra": 1}),
        ("/residents/me/erasures", {"scope": "bills"}),
    ]
    for path, payload in bad:
        assert api.post(path, json=payload, headers=headers()).status_code in (400, 422)
    anonymous = {"Idempotency-Key": str(uuid.uuid4())}
    assert (
        api.post("/residents/me/erasures", json={"scope": "all"}, headers=anonymous).status_code
        == 401
    )


def test_connector_sends_both_kinds_once_each(city: CitySim) -> None:
    conn = GatewayConnector(city.gateway_url)
    try:
        correction = Delivery(
            uuid.uuid4(),
            CORRECTION_KIND,
            "data",
            correction_payload("RES-0003", "address", "Plaça Nova 5, 08003 Riverton"),
        )
        erasure = Delivery(uuid.uuid4(), ERASURE_KIND, "data", erasure_payload("RES-0003"))
        first = conn.send(correction)
        again = conn.send(correction)  # the same delivery retried after a lost answer
        assert first.outcome is again.outcome is Outcome.ACKED
        assert first.remote_ref == again.remote_ref and again.detail.get("replayed") is True
        assert conn.send(erasure).outcome is Outcome.ACKED
    finally:
        conn.close()
    kinds = sorted(
        r["kind"]
        for r in city.gateway_state.data_requests.values()
        if r["resident_id"] == "RES-0003"
    )
    assert kinds == ["correction", "erasure"]
