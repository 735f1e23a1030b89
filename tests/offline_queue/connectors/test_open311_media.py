"""Street-report photos the way each server takes them: multipart ``media`` or ``media_url``
(chosen per site, or learned), and never a report marked sent without its photo."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP

import cv2
import httpx
import numpy as np
import pytest

from citysim import DEFAULT_API_KEY, CitySim
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.media import MediaUploader, photo_payload
from offline_queue.connectors.open311 import Open311Connector


def jpeg() -> bytes:
    ok, buf = cv2.imencode(".jpg", np.full((30, 40, 3), 200, dtype=np.uint8))
    assert ok
    return bytes(buf.tobytes())


def report(photo: bytes) -> Delivery:
    payload = {
        "service_code": "STREETLIGHT",
        "lat": 41.3871,
        "long": 2.1702,
        "description": "Pole bent",
        "reported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "photo": photo_payload(photo),
    }
    return Delivery(uuid.uuid4(), "open311.request", "open311", payload)


@pytest.fixture
def multipart_city() -> Iterator[CitySim]:
    with CitySim(profile="open311-multipart-media") as sim:
        yield sim


def connector(city: CitySim, mode: str) -> Open311Connector:
    timeout = default_timeout(connect=1.0, read=1.0)
    return Open311Connector(
        city.open311_url,
        DEFAULT_API_KEY,
        timeout=timeout,
        media=MediaUploader(city.gateway_url, timeout=timeout),
        media_mode=mode,
    )


def test_multipart_photo_arrives_at_the_server(multipart_city: CitySim) -> None:
    photo = jpeg()
    conn = connector(multipart_city, "multipart")
    try:
        result = conn.send(report(photo))
    finally:
        conn.close()
    assert result.outcome is Outcome.ACKED
    (stored,) = multipart_city.open311_state.media.values()
    assert stored == photo and not multipart_city.gateway_state.media
    (record,) = multipart_city.open311_state.requests.values()
    assert "[txn:" in str(record["description"])  # the marker travels in the multipart form


def test_a_server_ignoring_media_url_is_not_marked_sent_silently(multipart_city: CitySim) -> None:
    """Configured media_url against a server that only takes multipart: the request is
    created, the photo is not there: a person reviews it (never resent automatically)."""
    conn = connector(multipart_city, "media_url")
    try:
        result = conn.send(report(jpeg()))
    finally:
        conn.close()
    assert result.outcome is Outcome.REVIEW and result.error_key == "open311.review_photo_dropped"
    assert len(multipart_city.open311_state.requests) == 1


def test_auto_falls_back_to_media_url_when_multipart_is_refused(city: CitySim) -> None:
    conn = connector(city, "auto")
    try:
        assert conn.send(report(jpeg())).outcome is Outcome.ACKED
        assert conn.facts.get().media == "media_url"
    finally:
        conn.close()
    (record,) = city.open311_state.requests.values()
    assert str(record["media_url"]).startswith(city.gateway_url)
    assert len(city.gateway_state.media) == 1


def test_multipart_body_carries_the_form_and_the_media_part() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            seen.append(request)
            return httpx.Response(200, json=[{"service_request_id": "9"}])
        return httpx.Response(200, json=[])

    http = httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))
    conn = Open311Connector("http://311.test", "key-1", client=http, media_mode="multipart")
    photo = jpeg()
    try:
        assert conn.send(report(photo)).outcome is Outcome.ACKED
    finally:
        conn.close()
    request = seen[0]
    ctype = request.headers["content-type"]
    assert ctype.startswith("multipart/form-data")
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {ctype}\r\n\r\n".encode() + request.read()
    )
    parts = {p.get_param("name", header="content-disposition"): p for p in message.iter_parts()}
    assert parts["media"].get_payload(decode=True) == photo
    assert parts["media"].get_content_type() == "image/jpeg"
    assert parts["api_key"].get_payload(decode=True) == b"key-1"
    assert parts["service_code"].get_payload(decode=True) == b"STREETLIGHT"
