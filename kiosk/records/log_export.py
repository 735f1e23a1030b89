"""Encrypted export of the redacted log ring buffer for the technician (OPS-06: ciphertext only).

The lines come from :class:`kiosk.records.logs.RingBufferHandler` (already redacted: no names, ids,
PINs). They are compressed and encrypted to the city's public key (ECIES on P-256: an ephemeral
ECDH key, HKDF-SHA256, AES-256-GCM), so neither the technician nor whoever finds the USB stick or
photographs the screen can read them; only the city office holding the private key can.

Recipient key, first found: the ``[paths]``-independent override ``KIOSK_EXPORT_KEY`` (a PEM
public key file, set in the unit), else the pinned city key installed by provisioning
(``/etc/ecitizen-kiosk/city-provisioning.pub.pem``). No key: no export (never plaintext).

Bundle format (``ECKX1``): magic ``b"ECKX1"`` ‖ 65-byte uncompressed ephemeral public point ‖
12-byte nonce ‖ AES-GCM(ciphertext ‖ tag) of ``zlib(lines joined by "\\n")``; the AAD is the magic
plus the kiosk id. :func:`decrypt_bundle` is the city side (used in tests).
"""

from __future__ import annotations

import hashlib
import logging
import os
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.records.logs import RingBufferHandler

logger = logging.getLogger(__name__)

MAGIC = b"ECKX1"
QR_MAX_BYTES = 1800
"""Binary bytes a QR code (version 40, level L, base64 text) carries comfortably."""


class ExportError(Exception):
    """Environmental: no recipient key, no medium. ``key`` is a translation/problem key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class ExportBundle:
    data: bytes
    lines: int
    sha256: str


def ring_lines() -> list[str]:
    """The redacted lines of the ring buffer installed on the root logger (empty if none)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RingBufferHandler):
            return handler.lines()
    return []


def find_recipient_key(
    root: Path = Path("/"), environ: Mapping[str, str] | None = None
) -> ec.EllipticCurvePublicKey:
    from provisioning.layout import KioskLayout

    env = os.environ if environ is None else environ
    candidates = [Path(env["KIOSK_EXPORT_KEY"])] if env.get("KIOSK_EXPORT_KEY") else []
    candidates.append(KioskLayout(root).city_provisioning_key)
    for path in candidates:
        try:
            key = serialization.load_pem_public_key(path.read_bytes())
        except (OSError, ValueError):
            continue
        if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
            return key
        logger.error("export key %s is not a P-256 public key", path.name)
    raise ExportError("export.no_recipient_key")


def _derive(shared: bytes, ephemeral: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral, info=b"ecitizen-kiosk log export").derive(
        shared
    )


def encrypt_bundle(
    lines: Sequence[str], recipient: ec.EllipticCurvePublicKey, kiosk_id: str
) -> ExportBundle:
    plain = zlib.compress("\n".join(lines).encode("utf-8"), 9)
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    point = ephemeral.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    key = _derive(ephemeral.exchange(ec.ECDH(), recipient), point)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, plain, MAGIC + kiosk_id.encode("utf-8"))
    data = MAGIC + point + nonce + sealed
    return ExportBundle(data, len(lines), hashlib.sha256(data).hexdigest())


def decrypt_bundle(data: bytes, private_key: ec.EllipticCurvePrivateKey, kiosk_id: str) -> str:
    """The city side: the log text of a bundle (raises ``InvalidTag`` if tampered)."""
    if not data.startswith(MAGIC):
        raise ValueError("not a kiosk export bundle")
    point, nonce, sealed = data[5:70], data[70:82], data[82:]
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    key = _derive(private_key.exchange(ec.ECDH(), peer), point)
    plain = AESGCM(key).decrypt(nonce, sealed, MAGIC + kiosk_id.encode("utf-8"))
    return zlib.decompress(plain).decode("utf-8")


def bundle_for_qr(
    lines: Sequence[str], recipient: ec.EllipticCurvePublicKey, kiosk_id: str
) -> ExportBundle:
    """The newest lines that fit one QR code once encrypted (halving until they fit)."""
    tail = list(lines)
    while True:
        bundle = encrypt_bundle(tail, recipient, kiosk_id)
        if len(bundle.data) <= QR_MAX_BYTES or not tail:
            return bundle
        tail = tail[len(tail) // 2 :] if len(tail) > 1 else []


def write_bundle(bundle: ExportBundle, directory: Path, kiosk_id: str, stamp: str) -> Path:
    """Write the ciphertext to a technician's medium (a mounted USB stick directory)."""
    if not directory.is_dir():
        raise ExportError("export.no_medium")
    path = directory / f"kiosk-logs-{kiosk_id}-{stamp}.eckx"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(bundle.data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise ExportError("export.write_failed") from exc
    return path
