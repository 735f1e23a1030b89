"""Declarations signed by the resident's card (the challenge-response of sign-in over a hash).

The kiosk hashes the canonical JSON of what the resident declares (SHA-256 over the same bytes
the gateway receives, :func:`offline_queue.connectors.gateway.canonical_body`) and the card signs
that digest with its PIV authentication key (slot 9A) in the PIN-verified session
(:meth:`kiosk.identity.card_bridge.CardSignInBridge.sign_digest`). The gateway gets
``{"document_sha256", "algorithm", "signature_base64", "certificate_base64"}`` and can check it
against the city CA.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Mapping
from concurrent.futures import Future
from typing import Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from kiosk.identity.trust import Challenge, verify_challenge
from offline_queue.connectors.gateway import canonical_body

logger = logging.getLogger(__name__)

SIGN_TIMEOUT_S = 20.0
_SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


class SigningError(Exception):
    """The card did not sign (removed, no PIN-verified session, bad signature)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class Signer(Protocol):
    """What signing needs from the card bridge (``CardSignInBridge`` fits)."""

    def sign_digest(self, digest: bytes) -> Future[bytes]: ...
    def signing_certificate(self) -> x509.Certificate | None: ...


def document_digest(document: Mapping[str, Any]) -> bytes:
    """SHA-256 of the document's canonical JSON."""
    return hashlib.sha256(canonical_body(document)).digest()


def digest_challenge(public_key: object, digest: bytes) -> Challenge:
    """The GENERAL AUTHENTICATE input for a SHA-256 ``digest`` under the card's key."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        size = (public_key.curve.key_size + 7) // 8
        return Challenge(digest.rjust(size, b"\x00"), digest, "ecdsa-sha256")
    if isinstance(public_key, rsa.RSAPublicKey):
        block_len = public_key.key_size // 8
        info = _SHA256_DIGEST_INFO + digest
        padded = b"\x00\x01" + b"\xff" * (block_len - len(info) - 3) + b"\x00" + info
        return Challenge(padded, digest, "rsa-pkcs1-sha256")
    raise TypeError("unsupported key type")


def sign_document(
    signer: Signer, document: Mapping[str, Any], timeout: float = SIGN_TIMEOUT_S
) -> dict[str, str]:
    """Have the card sign ``document`` (blocking: call on a worker thread); the signature
    block for the gateway. Raises SigningError."""
    certificate = signer.signing_certificate()
    if certificate is None:
        raise SigningError("signing.no_card")
    digest = document_digest(document)
    challenge = digest_challenge(certificate.public_key(), digest)
    try:
        signature = signer.sign_digest(digest).result(timeout)
    except TimeoutError as exc:
        raise SigningError("signing.timeout") from exc
    except SigningError:
        raise
    except Exception as exc:  # card errors carry a key; anything else is logged as a bug
        key = getattr(exc, "key", None)
        if not isinstance(key, str):
            logger.exception("card signing failed")
            key = "signing.failed"
        raise SigningError(key) from exc
    if not verify_challenge(certificate.public_key(), challenge, signature):
        raise SigningError("signing.bad_signature")
    der = certificate.public_bytes(serialization.Encoding.DER)
    return {
        "document_sha256": digest.hex(),
        "algorithm": challenge.algorithm,
        "signature_base64": base64.b64encode(signature).decode("ascii"),
        "certificate_base64": base64.b64encode(der).decode("ascii"),
    }
