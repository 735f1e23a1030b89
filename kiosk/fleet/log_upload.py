"""``upload_logs`` (issue #18 part B): the encrypted log bundle to the gateway, one direct call.

``POST /kiosks/{kiosk_id}/log-bundles`` (``docs/api/gateway.openapi.yaml``,
``uploadLogBundle``) with the ``ECKX1`` bundle as ``application/octet-stream`` and its SHA-256 as
the ``Idempotency-Key`` (a retry of the same bundle is answered once). Not a queued transaction:
a stale log bundle is worthless, and it must never wait behind residents' transactions; when the
gateway cannot be reached the command is acknowledged ``failed`` and the operator sends it again.
"""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import quote

from offline_queue.connectors.gateway import GatewayHttp

logger = logging.getLogger(__name__)


class LogUploadError(Exception):
    """Environmental: the gateway refused or could not be reached. ``key`` is a reason key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class LogBundleUploader(GatewayHttp):
    """Thread-safe (one ``httpx.Client``, shared with the other gateway clients)."""

    def upload(self, kiosk_id: str, bundle: bytes) -> str:
        """The bundle's SHA-256 once the gateway stored it; raises :class:`LogUploadError`."""
        import httpx

        digest = hashlib.sha256(bundle).hexdigest()
        try:
            response = self._client.post(
                f"/kiosks/{quote(kiosk_id, safe='')}/log-bundles",
                content=bundle,
                headers={"Content-Type": "application/octet-stream", "Idempotency-Key": digest},
            )
        except httpx.HTTPError as exc:
            logger.warning("log bundle upload failed: %s", type(exc).__name__)
            raise LogUploadError("fleet.upload_failed") from None
        if response.status_code != 201:
            logger.warning("log bundle refused by the gateway: HTTP %d", response.status_code)
            raise LogUploadError("fleet.upload_refused")
        try:
            stored = response.json().get("sha256")
        except (ValueError, AttributeError):
            stored = None
        if stored != digest:
            raise LogUploadError("fleet.upload_unconfirmed")
        return digest
