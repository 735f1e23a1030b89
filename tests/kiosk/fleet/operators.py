"""The demo city's PKI for the remote-command tests: the authority, an operator, a kiosk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from citysim.provisioning import ProvisioningAuthority
from kiosk.fleet.commands import Command, make_command, sign_command


@dataclass
class Signer:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey
    cert_path: Path
    key_path: Path

    def sign(self, command: Command) -> bytes:
        return sign_command(command, self.key, self.cert)


def load_signer(cert_path: Path, key_path: Path) -> Signer:
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    key = serialization.load_pem_private_key(key_path.read_bytes(), None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return Signer(cert, key, cert_path, key_path)


def operator(authority: ProvisioningAuthority, name: str = "ops-alice") -> Signer:
    return load_signer(*authority.issue_operator_certificate(name))


def kiosk_signer(authority: ProvisioningAuthority, kiosk_id: str, site: str) -> Signer:
    """A kiosk's device certificate (clientAuth only): not an operator."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = authority._issue_client_cert(kiosk_id, site, key.public_key())
    directory = authority.directory
    cert_path, key_path = directory / f"{kiosk_id}-cert.pem", directory / f"{kiosk_id}-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return Signer(cert, key, cert_path, key_path)


def command(name: str, target: str, now: float, **kw: object) -> Command:
    return make_command(name, target, now=now, **kw)  # type: ignore[arg-type]
