"""Street-report photos in ``media_url`` mode: uploaded to the gateway's media endpoint
(idempotent by tx id), then the Open311 request carries the returned ``media_url``; one queued
transaction, nothing lost or sent twice across drops, duplicate attempts and offline → online
(real SQLite outbox, citysim on loopback). Multipart and "auto" are in test_open311_media.py."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import cv2
import httpx
import numpy as np
import pytest

from citysim import DEFAULT_API_KEY, CitySim, Fault, FaultMode
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.media import (
    MAX_PHOTO_BYTES,
    MediaUploader,
    photo_bytes,
    photo_payload,
    photo_problem,
)
from offline_queue.connectors.open311 import Open311Connector
from offline_queue.outbox import Outbox
from offline_queue.store.models import State
from offline_queue.sync import Connectivity, SyncWorker, WorkerSettings
from tests.offline_queue.conftest import FakeClock


def jpeg() -> bytes:
    image = np.full((60, 80, 3), 90, dtype=np.uint8)
    ok, buf = cv2.imencode(".jpg", image)
    assert ok
    return buf.tobytes()


def payload(photo: bytes | None = None) -> dict[str, object]:
    out: dict[str, object] = {
        "service_code": "POTHOLE",
        "lat": 41.3871,
        "long": 2.1702,
        "description": "Deep hole",
        "attributes": {"SIZE": "large"},
        "reported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if photo is not None:
        out["photo"] = photo_payload(photo)
    return out


def delivery(photo: bytes | None = None, attempt: int = 1) -> Delivery:
    return Delivery(uuid.uuid4(), "open311.request", "open311", payload(photo), attempt)


@pytest.fixture
def conn(city: CitySim) -> Iterator[Open311Connector]:
    timeout = default_timeout(connect=1.0, read=1.0)
    c = Open311Connector(
        city.open311_url,
        DEFAULT_API_KEY,
        timeout=timeout,
        media=MediaUploader(city.gateway_url, timeout=timeout),
        media_mode="media_url",
    )
    yield c
    c.close()


def requests_of(city: CitySim) -> list[dict[str, object]]:
    return list(city.open311_state.requests.values())


def no_duplicates(city: CitySim) -> bool:
    return not any(city.ledger.duplicates().values())


def test_photo_helpers() -> None:
    good = jpeg()
    assert photo_problem(good) is None
    assert photo_problem(b"\x89PNG....") == "media.not_jpeg"
    assert photo_problem(b"\xff\xd8" + b"\0" * MAX_PHOTO_BYTES + b"\xff\xd9") == "media.too_large"
    assert photo_bytes(photo_payload(good)) == good
    assert photo_bytes({"content_type": "image/png", "data_base64": ""}) == "media.not_jpeg"
    assert photo_bytes({"content_type": "image/jpeg", "data_base64": "@@"}) == "media.not_jpeg"


def test_report_with_photo_carries_the_uploaded_media_url(
    city: CitySim, conn: Open311Connector
) -> None:
    d = delivery(jpeg())
    result = conn.send(d)
    assert result.outcome is Outcome.ACKED, result
    (request,) = requests_of(city)
    (stored,) = city.gateway_state.media.values()
    url = str(request["media_url"])
    assert url.endswith(f"/media/{stored['media_id']}")
    served = httpx.get(url, timeout=5)
    assert served.status_code == 200 and served.content == stored["content"]
    assert "photo" not in str(request)  # the JPEG itself never goes to the 311 server


def test_duplicate_attempt_gives_one_upload_and_one_request(
    city: CitySim, conn: Open311Connector
) -> None:
    """The same transaction sent twice (a crash after sending, before recording): the upload
    is replayed (same URL) and the second POST is preceded by reconciliation."""
    d = delivery(jpeg())
    assert conn.send(d).outcome is Outcome.ACKED
    again = conn.reconcile(d)  # what the queue does with an unknown outcome: find it first
    assert again.outcome is Outcome.ACKED and again.detail.get("reconciled")
    replay = conn.media.upload(d.tx_id, jpeg()) if conn.media else None
    assert replay is not None and replay.detail.get("replayed")
    assert len(city.gateway_state.media) == 1 and len(requests_of(city)) == 1
    assert no_duplicates(city)


def test_upload_dropped_after_commit_then_resent(city: CitySim, conn: Open311Connector) -> None:
    # an earlier report showed the connector that this server lists fresh requests at once
    assert conn.send(delivery()).outcome is Outcome.ACKED
    assert conn.facts.get().listing == "authoritative"
    city.arm_fault("gateway", "uploadMedia", Fault(FaultMode.DROP_AFTER_COMMIT))
    d = delivery(jpeg())
    first = conn.send(d)
    assert first.outcome is Outcome.UNKNOWN  # stored by the gateway, answer lost
    assert len(requests_of(city)) == 1
    assert conn.reconcile(d).outcome is Outcome.RETRY  # no request with our marker: resend
    assert conn.send(Delivery(d.tx_id, d.kind, d.lane, d.payload, 2)).outcome is Outcome.ACKED
    assert len(city.gateway_state.media) == 1 and len(requests_of(city)) == 2
    (stored,) = city.gateway_state.media.values()
    assert str(requests_of(city)[1]["media_url"]).endswith(str(stored["media_id"]))
    assert no_duplicates(city)


def test_post_dropped_after_commit_is_reconciled_not_resent(
    city: CitySim, conn: Open311Connector
) -> None:
    city.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_AFTER_COMMIT))
    d = delivery(jpeg())
    assert conn.send(d).outcome is Outcome.UNKNOWN
    found = conn.reconcile(d)
    assert found.outcome is Outcome.ACKED and found.remote_ref
    assert len(city.gateway_state.media) == 1 and len(requests_of(city)) == 1
    assert no_duplicates(city)


def test_unusable_photo_is_never_dropped_silently(city: CitySim, conn: Open311Connector) -> None:
    """The resident was told the photo goes with the report: a report whose photo cannot be
    sent is dead with a precise reason, never posted without it and marked sent."""
    d = Delivery(
        uuid.uuid4(),
        "open311.request",
        "open311",
        {**payload(), "photo": {"content_type": "image/jpeg", "data_base64": "bm90IGpwZWc="}},
    )
    result = conn.send(d)
    assert result.outcome is Outcome.REJECTED and result.error_key == "media.not_jpeg"
    assert not requests_of(city) and not city.gateway_state.media


def test_no_uploader_is_rejected_not_sent_without_the_photo(city: CitySim) -> None:
    c = Open311Connector(city.open311_url, DEFAULT_API_KEY, media_mode="media_url")
    try:
        result = c.send(delivery(jpeg()))
    finally:
        c.close()
    assert result.outcome is Outcome.REJECTED and result.error_key == "media.not_configured"
    assert not requests_of(city)


def test_offline_then_online_through_the_queue(
    city: CitySim, conn: Open311Connector, outbox: Outbox, clock: FakeClock, tmp_path: Path
) -> None:
    city.set_network("all", False)
    worker = SyncWorker(
        outbox,
        {"open311": conn},
        settings=WorkerSettings(offline_after=1, probe_interval=5.0),
        clock=clock,
    )
    queued = outbox.enqueue(backend="open311", kind="open311.request", payload=payload(jpeg()))
    assert worker.drain(10.0)
    assert worker.connectivity is Connectivity.OFFLINE
    assert outbox.find(queued.reference).state == State.PENDING.value
    assert not city.gateway_state.media
    # the photo is in the queue encrypted, not in clear
    raw = (tmp_path / "data").glob("*.db*")
    needle = photo_payload(jpeg())["data_base64"][:40].encode()
    assert all(needle not in path.read_bytes() for path in raw)
    city.set_network("all", True)
    clock.advance(60.0)
    assert worker.drain(10.0)
    item = outbox.find(queued.reference)
    assert item.state == State.DONE.value and item.remote_ref
    assert len(city.gateway_state.media) == 1 and len(requests_of(city)) == 1
    assert requests_of(city)[0]["media_url"]
    assert no_duplicates(city)
