"""Template helpers: the deterministic demo template and in-place wiping.

Module templates are opaque 512-byte character files. The demo template derived from a persona
id lets the card emulator (which stores it in PIV object 5FC103) and the fingerprint emulator
(which "captures" it when that persona's finger is placed) agree without sharing any state.
"""

from __future__ import annotations

import hashlib

from drivers.fingerprint.protocol import TEMPLATE_SIZE


def demo_template(persona_id: str) -> bytes:
    """A deterministic 512-byte demo template for a persona.

    SHA-256 counter expansion of ``ecitizen-demo-fp:<persona id>:<counter>``: the same bytes the
    card emulator stores in the persona's fingerprint object (PIV 5FC103), so the card read
    after PIN and the emulated finger of the same persona match.
    """
    if not persona_id:
        raise ValueError("persona_id must not be empty")
    blocks = (
        hashlib.sha256(f"ecitizen-demo-fp:{persona_id}:{i}".encode()).digest()
        for i in range(TEMPLATE_SIZE // 32)
    )
    return b"".join(blocks)


def wipe(buffer: bytearray | memoryview) -> None:
    """Overwrite a mutable buffer with zeros in place."""
    buffer[:] = bytes(len(buffer))
