"""Photo upload to the gateway's media endpoint, for Open311 street reports.

GeoReport v2 has no upload: a request only carries a ``media_url``. The kiosk therefore uploads
a street-report photo to the eCitizen gateway (``POST /media``, ``docs/api/gateway.openapi.yaml``)
and puts the returned URL into the Open311 request. Both steps belong to *one* queued
transaction (kind ``open311.request`` with a ``photo`` in its payload, see
:mod:`offline_queue.connectors.open311`): the upload carries ``Idempotency-Key: <tx_id>``, so
every retry of the transaction (after a drop, a crash or an unknown outcome of either step)
gets the same ``media_url`` back instead of a second copy, and the Open311 step keeps its
marker-and-reconcile protection.

Limits checked here before anything is sent (the gateway checks them again): JPEG only (SOI
and EOI markers), at most :data:`MAX_PHOTO_BYTES`. The kiosk's own camera encoder writes no
metadata; the gateway strips EXIF/XMP/ICC/comments from whatever it receives.
"""

from __future__ import annotations

import base64
import binascii
import logging
import uuid
from collections.abc import Mapping
from typing import Any

from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.connectors.gateway import GatewayHttp, GatewayRoute, send_classified

logger = logging.getLogger(__name__)

MAX_PHOTO_BYTES = 2 * 1024 * 1024
CONTENT_TYPE = "image/jpeg"
ROUTE = GatewayRoute("POST", "/media", "media_url")


def photo_problem(jpeg: bytes) -> str | None:
    """Why ``jpeg`` cannot be uploaded (an error key), or None."""
    if len(jpeg) > MAX_PHOTO_BYTES:
        return "media.too_large"
    if len(jpeg) < 4 or jpeg[:2] != b"\xff\xd8" or jpeg[-2:] != b"\xff\xd9":
        return "media.not_jpeg"
    return None


def photo_payload(jpeg: bytes | bytearray) -> dict[str, str]:
    """The ``photo`` entry of a queued payload (encrypted with the rest of it by the outbox)."""
    return {"content_type": CONTENT_TYPE, "data_base64": base64.b64encode(jpeg).decode("ascii")}


def photo_bytes(entry: Any) -> bytes | str:
    """The JPEG of a payload's ``photo`` entry, or an error key when it is unusable."""
    if not isinstance(entry, Mapping) or entry.get("content_type") != CONTENT_TYPE:
        return "media.not_jpeg"
    data = entry.get("data_base64")
    if not isinstance(data, str):
        return "media.not_jpeg"
    try:
        jpeg = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return "media.not_jpeg"
    return photo_problem(jpeg) or jpeg


class MediaUploader(GatewayHttp):
    """``POST /media`` on the gateway; thread-safe (one ``httpx.Client``)."""

    def upload(self, tx_id: uuid.UUID, jpeg: bytes) -> SendResult:
        """Upload once (same key on every retry). ACKED: ``remote_ref`` is the media URL."""
        problem = photo_problem(jpeg)
        if problem is not None:
            return SendResult(Outcome.REJECTED, error_key=problem)
        request = self._client.build_request(
            ROUTE.method,
            ROUTE.path,
            content=jpeg,
            headers={"Idempotency-Key": str(tx_id), "Content-Type": CONTENT_TYPE},
        )
        result = send_classified(self._client, request, ROUTE, "media upload", logger)
        if result.outcome is Outcome.ACKED and not result.remote_ref:
            return SendResult(Outcome.UNKNOWN, error_key="media.no_url")
        return result
