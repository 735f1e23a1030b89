"""Demo personas and the demo city PKI (CA, CRL, card keys and certificates).

Everything is generated at first use and cached as PEM files under a directory the caller passes,
so the demo, the tests and the benchmark reuse it. Nothing here is secret: demo material only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from drivers.pki import self_signed_ca

# Certificate policy OIDs of the demo city: the defaults of ``[devices.card_reader]`` in
# kiosk/config.py (resident/staff/technician_policy_oid), so the demo config trusts these cards.
POLICY_RESIDENT = "1.3.6.1.4.1.99999.1.1"
POLICY_STAFF = "1.3.6.1.4.1.99999.1.2"
POLICY_TECHNICIAN = "1.3.6.1.4.1.99999.1.3"
POLICY_CARD_AUTH = "1.3.6.1.4.1.99999.1.9"

DEMO_ROLE_POLICIES: dict[str, str] = {
    POLICY_RESIDENT: "resident",
    POLICY_STAFF: "staff",
    POLICY_TECHNICIAN: "technician",
}
_ROLE_TO_POLICY = {role: oid for oid, role in DEMO_ROLE_POLICIES.items()}

CITY_NAME = "Demo City"
FOREIGN_NAME = "Other Town"
PIN_MAX_TRIES = 3


@dataclass(frozen=True)
class Persona:
    """A demo card. ``role`` empty: the certificate carries no role policy."""

    id: str
    display_name: str
    role: str = "resident"
    pin: str = "123456"
    piv: bool = True  # False: a contactless card with a UID only
    issuer: str = "city"  # "city" or "foreign"
    expired: bool = False
    revoked: bool = False
    initial_tries: int = PIN_MAX_TRIES  # 0: blocked
    contactless_uid: bytes | None = None
    le_quirk: bool = False  # answers Le=00 with 6Cxx (exercises the resend path)
    account_id: str = ""  # the city's id for this person (certificate serialNumber)

    @property
    def guid(self) -> bytes:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"ecitizen-demo:{self.id}").bytes

    def fingerprint_template(self) -> bytes:
        """Opaque, deterministic 512-byte template stored in the card's fingerprint object."""
        out = bytearray()
        counter = 0
        while len(out) < 512:
            out += hashlib.sha256(f"ecitizen-demo-fp:{self.id}:{counter}".encode()).digest()
            counter += 1
        return bytes(out[:512])


PERSONAS: dict[str, Persona] = {
    p.id: p
    for p in (
        Persona("resident-amina", "Amina Njoroge", pin="123456", account_id="RES-0001"),
        Persona("resident-brian", "Brian Otieno", pin="246810", account_id="RES-0002"),
        Persona("resident-carmen", "Carmen Díaz", pin="13572468", account_id="RES-0003"),
        Persona(
            "staff-daniel", "Daniel Kimani", role="staff", pin="111111", account_id="STAFF-0001"
        ),
        Persona(
            "tech-esther", "Esther Wanjiru", role="technician", pin="222222", account_id="TECH-0001"
        ),
        Persona("blocked-farid", "Farid Haddad", initial_tries=0),
        Persona("expired-grace", "Grace Lee", expired=True),
        Persona("revoked-hugo", "Hugo Martin", revoked=True),
        Persona("foreign-ivan", "Ivan Petrov", issuer="foreign"),
        Persona(
            "library-card",
            "Library card",
            role="",
            piv=False,
            contactless_uid=bytes.fromhex("04A22B1A5C3E80"),
            le_quirk=True,
        ),
    )
}


@dataclass(frozen=True)
class CardCredentials:
    auth_key: ec.EllipticCurvePrivateKey  # 9A, PIV authentication (PIN)
    auth_cert: x509.Certificate
    card_key: ec.EllipticCurvePrivateKey  # 9E, card authentication (no PIN)
    card_cert: x509.Certificate


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _load_key(path: Path) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key


class DemoPki:
    """The demo city CA, a foreign CA, the CRL and every persona's keys and certificates."""

    _lock = threading.Lock()

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.ca_cert_path = self.directory / "city-ca.pem"
        self.crl_path = self.directory / "city-ca.crl.pem"
        self.foreign_ca_cert_path = self.directory / "foreign-ca.pem"
        self._credentials: dict[str, CardCredentials] = {}

    @classmethod
    def load_or_create(cls, directory: Path | str) -> DemoPki:
        pki = cls(Path(directory))
        with cls._lock:
            pki.directory.mkdir(parents=True, exist_ok=True)
            pki._ensure()
        return pki

    # --- generation ------------------------------------------------------------------------

    def _ca(self, name: str, stem: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key_path = self.directory / f"{stem}.key.pem"
        cert_path = self.directory / f"{stem}.pem"
        if key_path.exists() and cert_path.exists():
            return _load_key(key_path), x509.load_pem_x509_certificate(cert_path.read_bytes())
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
                x509.NameAttribute(NameOID.COMMON_NAME, f"{name} eCitizen CA"),
            ]
        )
        now = _now()
        cert = self_signed_ca(
            key, subject, now - dt.timedelta(days=1), now + dt.timedelta(days=3650)
        )
        _write_atomic(key_path, _key_pem(key))
        _write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return key, cert

    def _leaf(
        self,
        persona: Persona,
        slot: str,
        ca_key: ec.EllipticCurvePrivateKey,
        ca_cert: x509.Certificate,
    ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key_path = self.directory / "cards" / f"{persona.id}-{slot}.key.pem"
        cert_path = self.directory / "cards" / f"{persona.id}-{slot}.pem"
        if key_path.exists() and cert_path.exists():
            return _load_key(key_path), x509.load_pem_x509_certificate(cert_path.read_bytes())
        key_path.parent.mkdir(exist_ok=True)
        key = ec.generate_private_key(ec.SECP256R1())
        now = _now()
        if persona.expired:
            not_before, not_after = now - dt.timedelta(days=3 * 365), now - dt.timedelta(days=30)
        else:
            not_before, not_after = now - dt.timedelta(days=1), now + dt.timedelta(days=3 * 365)
        org = ca_cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
        extra: list[x509.NameAttribute[str]] = []
        if slot == "9a":
            cn = persona.display_name
            policies = [_ROLE_TO_POLICY[persona.role]] if persona.role else []
            if persona.account_id:
                extra.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, persona.account_id))
        else:
            cn = f"eCitizen card {persona.guid.hex()[:12]}"
            policies = [POLICY_CARD_AUTH]
        builder = (
            x509.CertificateBuilder()
            .subject_name(
                x509.Name(
                    [
                        x509.NameAttribute(NameOID.ORGANIZATION_NAME, str(org)),
                        x509.NameAttribute(NameOID.COMMON_NAME, cn),
                        *extra,
                    ]
                )
            )
            .issuer_name(ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                critical=False,
            )
        )
        if policies:
            builder = builder.add_extension(
                x509.CertificatePolicies(
                    [x509.PolicyInformation(x509.ObjectIdentifier(o), None) for o in policies]
                ),
                critical=False,
            )
        cert = builder.sign(ca_key, hashes.SHA256())
        _write_atomic(key_path, _key_pem(key))
        _write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return key, cert

    def _crl(
        self, ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate, revoked: list[int]
    ) -> None:
        if self.crl_path.exists():
            crl = x509.load_pem_x509_crl(self.crl_path.read_bytes())
            listed = {r.serial_number for r in crl}
            next_update = crl.next_update_utc
            if listed == set(revoked) and next_update and next_update > _now():
                return
        now = _now()
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(ca_cert.subject)
            .last_update(now - dt.timedelta(minutes=1))
            .next_update(now + dt.timedelta(days=7))
        )
        for serial in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(serial)
                .revocation_date(now - dt.timedelta(days=1))
                .build()
            )
        crl = builder.sign(ca_key, hashes.SHA256())
        _write_atomic(self.crl_path, crl.public_bytes(serialization.Encoding.PEM))

    def _ensure(self) -> None:
        city_key, city_cert = self._ca(CITY_NAME, "city-ca")
        foreign_key, foreign_cert = self._ca(FOREIGN_NAME, "foreign-ca")
        revoked: list[int] = []
        for persona in PERSONAS.values():
            if not persona.piv:
                continue
            ca_key, ca_cert = (
                (city_key, city_cert) if persona.issuer == "city" else (foreign_key, foreign_cert)
            )
            auth_key, auth_cert = self._leaf(persona, "9a", ca_key, ca_cert)
            card_key, card_cert = self._leaf(persona, "9e", ca_key, ca_cert)
            self._credentials[persona.id] = CardCredentials(
                auth_key, auth_cert, card_key, card_cert
            )
            if persona.revoked and persona.issuer == "city":
                revoked += [auth_cert.serial_number, card_cert.serial_number]
        self._crl(city_key, city_cert, sorted(revoked))

    def credentials(self, persona_id: str) -> CardCredentials:
        return self._credentials[persona_id]
