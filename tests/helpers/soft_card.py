"""A software stand-in for the card bridge's signing API (real ECDSA P-256 key and certificate).

Card sign-in and GENERAL AUTHENTICATE against the emulated card are tested in tests/kiosk and
tests/ui/test_card_signin.py; service tests sign with this so they need no pcscd.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
from cryptography.x509.oid import NameOID


class SoftCard:
    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Amina Njoroge")])
        now = dt.datetime.now(dt.UTC)
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .sign(self.key, hashes.SHA256())
        )
        self.signed: list[bytes] = []

    def sign_digest(self, digest: bytes) -> Future[bytes]:
        future: Future[bytes] = Future()
        self.signed.append(digest)
        future.set_result(self.key.sign(digest, ec.ECDSA(utils.Prehashed(hashes.SHA256()))))
        return future

    def signing_certificate(self) -> x509.Certificate:
        return self.certificate
