"""The demo gateway's media upload (street-report photos), feedback comments and election
information, checked against docs/api/gateway.openapi.yaml."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import cv2
import httpx
import numpy as np
import pytest

from citysim import CitySim
from citysim.gateway import MAX_MEDIA_BYTES, strip_jpeg_metadata
from tests.citysim.openapi import validate_request_body, validate_response

SECRET = b"GPS 41.3870N 2.1700E Canon-EOS serial 0042"


def jpeg_with_exif() -> bytes:
    image = np.zeros((48, 64, 3), dtype=np.uint8)
    image[:, 32:] = (0, 128, 255)
    ok, buf = cv2.imencode(".jpg", image)
    assert ok
    plain = buf.tobytes()
    exif = b"Exif\x00\x00" + SECRET
    app1 = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    comment = b"\xff\xfe" + (len(SECRET) + 2).to_bytes(2, "big") + SECRET
    return plain[:2] + app1 + comment + plain[2:]


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


def media(api: httpx.Client, body: bytes, key: str, ctype: str = "image/jpeg") -> httpx.Response:
    return api.post("/media", content=body, headers={"Idempotency-Key": key, "Content-Type": ctype})


def test_strip_jpeg_metadata_keeps_the_image() -> None:
    original = jpeg_with_exif()
    clean = strip_jpeg_metadata(original)
    assert SECRET not in clean and b"Exif" not in clean
    decoded = cv2.imdecode(np.frombuffer(clean, np.uint8), cv2.IMREAD_COLOR)
    assert decoded is not None and decoded.shape == (48, 64, 3)
    with pytest.raises(ValueError):
        strip_jpeg_metadata(b"\x89PNG\r\n\x1a\n....")
    with pytest.raises(ValueError):
        strip_jpeg_metadata(b"\xff\xd8\xff\xe1\xff\xff\xff\xd9")  # length past the end


def test_media_upload_strips_exif_and_is_idempotent(city: CitySim, api: httpx.Client) -> None:
    key = str(uuid.uuid4())
    first = media(api, jpeg_with_exif(), key)
    assert first.status_code == 201
    body = first.json()
    again = media(api, jpeg_with_exif(), key)  # the kiosk's retry of the same transaction
    assert again.status_code == 201 and again.json() == body
    assert again.headers["Idempotent-Replayed"] == "true"
    assert len(city.gateway_state.media) == 1
    assert not any(city.ledger.duplicates().values())
    served = api.get(f"/media/{body['media_id']}")
    assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
    assert SECRET not in served.content and served.content[:2] == b"\xff\xd8"
    assert body["media_url"].endswith(f"/media/{body['media_id']}")
    assert body["size_bytes"] == len(served.content)
    assert api.get("/media/MED-999999").status_code == 404


def test_media_limits(city: CitySim, api: httpx.Client) -> None:
    png = media(api, b"\x89PNG\r\n\x1a\n" + b"0" * 32, str(uuid.uuid4()), "image/png")
    assert png.status_code == 415 and png.json()["code"] == "media_unsupported_type"
    fake = media(api, b"not a jpeg at all", str(uuid.uuid4()))
    assert fake.status_code == 415
    big = b"\xff\xd8" + b"\0" * MAX_MEDIA_BYTES + b"\xff\xd9"
    too_big = media(api, big, str(uuid.uuid4()))
    assert too_big.status_code == 413 and too_big.json()["code"] == "media_too_large"
    missing_key = api.post(
        "/media", content=jpeg_with_exif(), headers={"Content-Type": "image/jpeg"}
    )
    assert missing_key.status_code == 400
    assert not city.gateway_state.media


def test_feedback_comment(city: CitySim, api: httpx.Client) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    comment = {"comment": "The screen was easy to read.", "rating": "good", "kiosk_id": "K-1"}
    first = api.post("/feedback", json=comment, headers=key)
    assert first.status_code == 202
    assert api.post("/feedback", json=comment, headers=key).json() == first.json()
    assert len(city.gateway_state.feedback) == 1
    bad = [
        {"comment": "  ", "kiosk_id": "K-1"},
        {"comment": "x" * 1001, "kiosk_id": "K-1"},
        {"comment": "fine", "kiosk_id": "K-1", "rating": "great"},
        {"comment": "fine", "kiosk_id": "K-1", "resident_id": "RES-0001"},  # never identified
    ]
    for body in bad:
        r = api.post("/feedback", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert r.status_code == 400, body
    assert len(city.gateway_state.feedback) == 1


def test_elections_public_and_per_resident(api: httpx.Client) -> None:
    public = api.get("/elections").json()
    assert "my_registration" not in public
    assert [e["election_id"] for e in public["elections"]] == ["EL-2027-MUN", "EL-2027-REF"]
    assert {s["station_id"] for s in public["polling_stations"]} == {"PS-01", "PS-02", "PS-03"}
    amina = api.get("/elections", headers={"X-Resident-Id": "RES-0001"}).json()
    assert amina["my_registration"]["registered"] is True
    assert amina["my_registration"]["polling_station"]["station_id"] == "PS-01"
    carmen = api.get("/elections", headers={"X-Resident-Id": "RES-0003"}).json()
    assert carmen["my_registration"]["registered"] is False
    staff = api.get("/elections", headers={"X-Resident-Id": "STAFF-0001"}).json()
    assert staff["my_registration"] is None
    assert api.get("/elections", headers={"X-Resident-Id": "RES-9999"}).status_code == 401
