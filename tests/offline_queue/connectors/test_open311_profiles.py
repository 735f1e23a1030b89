"""The Open311 connector against every Open311 server profile citysim reproduces.

Each test runs once per profile of ``citysim.profiles.names("open311")`` (the friendly default
included): whatever the server's paging, moderation, clock, photo upload or error habits, a
report is delivered once with its photo, and a lost answer is never resent.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import cv2
import httpx
import numpy as np
import pytest

from citysim import DEFAULT_API_KEY, CitySim, Fault, FaultMode, profiles
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.media import MediaUploader, photo_payload
from offline_queue.connectors.open311 import Open311Connector

PROFILES = profiles.names("open311")


def jpeg() -> bytes:
    ok, buf = cv2.imencode(".jpg", np.full((40, 60, 3), 120, dtype=np.uint8))
    assert ok
    return bytes(buf.tobytes())


def report(code: str = "STREETLIGHT", photo: bytes | None = None, **extra: object) -> Delivery:
    payload: dict[str, object] = {
        "service_code": code,
        "address_string": "Plaça Nova 3",
        "description": "Light off",
        "attributes": {"SIZE": "large"} if code == "POTHOLE" else {},
        "reported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **extra,
    }
    if photo is not None:
        payload["photo"] = photo_payload(photo)
    return Delivery(uuid.uuid4(), "open311.request", "open311", payload)


@pytest.fixture(params=PROFILES)
def pcity(request: pytest.FixtureRequest) -> Iterator[CitySim]:
    sim = CitySim(profile=request.param)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def conn(pcity: CitySim) -> Iterator[Open311Connector]:
    timeout = default_timeout(connect=1.0, read=1.0)
    c = Open311Connector(
        pcity.open311_url,
        DEFAULT_API_KEY,
        timeout=timeout,
        media=MediaUploader(pcity.gateway_url, timeout=timeout),
    )
    yield c
    c.close()


def moderated(city: CitySim) -> bool:
    return bool(city.profile.for_service("open311").get("moderated"))


def no_duplicates(city: CitySim) -> bool:
    return not any(city.ledger.duplicates().values())


def test_profiles_are_registered() -> None:
    assert PROFILES[0] == "default" and len(PROFILES) >= 10
    for name in PROFILES[1:]:
        assert profiles.get(name).summary and profiles.get(name).service == "open311"


def test_send_is_acked_and_the_listing_is_learned(pcity: CitySim, conn: Open311Connector) -> None:
    result = conn.send(report())
    assert result.outcome is Outcome.ACKED and result.remote_ref
    expected = "hides_new" if moderated(pcity) else "authoritative"
    assert conn.facts.get().listing == expected
    assert len(pcity.open311_state.requests) == 1


def test_lost_answer_is_never_resent(pcity: CitySim, conn: Open311Connector) -> None:
    assert conn.send(report()).outcome is Outcome.ACKED  # the connector learns the server
    d = report()
    pcity.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    if moderated(pcity):
        # hidden until published: not found, and never resent: a person decides
        assert rec.outcome is Outcome.REVIEW and rec.error_key == "open311.review_moderated_listing"
        pcity.open311_state.publish()
        rec = conn.reconcile(d)
    assert rec.outcome is Outcome.ACKED and rec.detail == {"reconciled": True}
    (ours,) = [
        r for r in pcity.open311_state.requests.values() if f"[txn:{d.tx_id}]" in r["description"]
    ]
    assert rec.remote_ref == ours["service_request_id"]
    assert len(pcity.open311_state.requests) == 2 and no_duplicates(pcity)


def test_refused_before_create_is_resent_only_when_that_is_safe(
    pcity: CitySim, conn: Open311Connector
) -> None:
    assert conn.send(report()).outcome is Outcome.ACKED
    d = report()
    pcity.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_BEFORE))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    if moderated(pcity):
        assert rec.outcome is Outcome.REVIEW
    else:
        assert rec.outcome is Outcome.RETRY and rec.error_key == "open311.reconciled_absent"
        assert conn.send(d).outcome is Outcome.ACKED
    assert no_duplicates(pcity)


def test_photo_reaches_the_server(pcity: CitySim, conn: Open311Connector) -> None:
    photo = jpeg()
    result = conn.send(report(photo=photo))
    assert result.outcome is Outcome.ACKED, result
    (record,) = pcity.open311_state.requests.values()
    url = str(record["media_url"])
    served = httpx.get(url, timeout=5)
    assert served.status_code == 200 and served.content == photo
    learned = conn.facts.get().media
    if pcity.profile.for_service("open311").get("media") == "multipart":
        assert url.startswith(pcity.open311_url) and learned == "multipart"
    else:
        assert url.startswith(pcity.gateway_url)
        assert learned == "media_url"  # multipart refused (400): the gateway's media_url
    # the next report goes straight the learned way
    assert conn.send(report(photo=photo)).outcome is Outcome.ACKED
    assert len(pcity.open311_state.requests) == 2 and no_duplicates(pcity)


def test_invalid_request_is_rejected_whatever_the_status(
    pcity: CitySim, conn: Open311Connector
) -> None:
    result = conn.send(report("POTHOLE", attributes={"SIZE": "gigantic"}))
    assert result.outcome is Outcome.REJECTED
    assert result.error_key in ("open311.invalid_request", "open311.invalid_request_server_error")
    assert not pcity.open311_state.requests
