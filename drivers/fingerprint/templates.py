"""Template helpers: the deterministic demo template and in-place wiping.

Module templates are opaque 512-byte character files. The demo template derived from a persona
id lets the card emulator (which stores it in PIV object 5FC103) and the fingerprint emulator
(which "captures" it when that persona's finger is placed) agree without sharing any state.
"""

from __future__ import annotations

import hashlib

from drivers.fingerprint.protocol import TEMPLATE_SIZE

_DEMO_DOMAIN = b"ecitizen-kiosk/demo-fingerprint-template/v1\x00"


def demo_template(persona_id: str) -> bytes:
    """A deterministic 512-byte demo template for a persona (SHA-256 counter expansion)."""
    if not persona_id:
        raise ValueError("persona_id must not be empty")
    seed = _DEMO_DOMAIN + persona_id.encode("utf-8")
    blocks = (
        hashlib.sha256(seed + i.to_bytes(4, "big")).digest() for i in range(TEMPLATE_SIZE // 32)
    )
    return b"".join(blocks)


def wipe(buffer: bytearray | memoryview) -> None:
    """Overwrite a mutable buffer with zeros in place."""
    buffer[:] = bytes(len(buffer))
