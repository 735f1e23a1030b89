"""Certificate trust for eCitizen cards: chain to the city CA(s), dates, CRL revocation, role.

Pure Python on ``cryptography``; no Qt, no I/O except reading the configured PEM/DER files. The
role comes from a certificate policy OID of a certificate that chains to a configured city CA,
never from anything the card says about itself.

CRLs are cached on disk (the paths in the config) so checks work offline; their age is exposed
for diagnostics. ``install_crl`` replaces a cached CRL atomically after checking its signature.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
from cryptography.x509.oid import ExtensionOID, NameOID

logger = logging.getLogger(__name__)

MAX_CHAIN = 5


class Role(enum.Enum):
    RESIDENT = "resident"
    STAFF = "staff"
    TECHNICIAN = "technician"


class TrustStatus(enum.Enum):
    VALID = "valid"
    UNTRUSTED = "untrusted"  # no chain to a configured city CA (foreign card)
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    REVOKED = "revoked"
    REVOCATION_UNKNOWN = "revocation_unknown"  # no usable CRL for the issuer
    NO_ROLE = "no_role"  # chains fine but carries no (or an ambiguous) role policy


class TrustConfigError(Exception):
    """The configured CA or CRL files cannot be used (a deployment problem, not a card one)."""

    key = "trust.config"


@dataclass(frozen=True)
class TrustConfig:
    """Where the trust anchors and CRLs are and how policies map to roles.

    ``role_policies`` maps a certificate policy OID (dotted string) to a role name or Role.
    ``crl_max_age``: a CRL older than this (since its thisUpdate) counts as missing.
    """

    ca_paths: tuple[Path, ...]
    crl_paths: tuple[Path, ...] = ()
    role_policies: Mapping[str, Role | str] = field(default_factory=dict)
    require_revocation: bool = True
    crl_max_age: dt.timedelta | None = None


class CardReaderTrust(Protocol):
    """The ``[devices.card_reader]`` settings trust needs (``kiosk.config.CardReaderSection``)."""

    @property
    def ca_files(self) -> tuple[Path, ...]: ...
    @property
    def crl_file(self) -> Path | None: ...
    @property
    def resident_policy_oid(self) -> str: ...
    @property
    def staff_policy_oid(self) -> str: ...
    @property
    def technician_policy_oid(self) -> str: ...


def role_policies(section: CardReaderTrust) -> dict[str, Role]:
    """The one map from the configured certificate policy OIDs to card roles (the kiosk core,
    diagnostics and ``kiosk diag card`` all build their trust from it)."""
    return {
        section.resident_policy_oid: Role.RESIDENT,
        section.staff_policy_oid: Role.STAFF,
        section.technician_policy_oid: Role.TECHNICIAN,
    }


def trust_config(section: CardReaderTrust) -> TrustConfig:
    """Trust anchors, the cached CRL and the role map of a card reader section."""
    return TrustConfig(
        ca_paths=tuple(Path(p) for p in section.ca_files),
        crl_paths=(Path(section.crl_file),) if section.crl_file is not None else (),
        role_policies=role_policies(section),
    )


@dataclass(frozen=True)
class CrlInfo:
    path: Path
    issuer: str
    last_update: dt.datetime
    next_update: dt.datetime | None
    revoked_count: int

    def age(self, now: dt.datetime) -> dt.timedelta:
        return now - self.last_update

    def overdue(self, now: dt.datetime) -> bool:
        return self.next_update is not None and now > self.next_update


@dataclass(frozen=True)
class CertCheck:
    """The verdict on one certificate (immutable)."""

    status: TrustStatus
    common_name: str
    subject: str
    issuer: str
    serial: int
    not_before: dt.datetime
    not_after: dt.datetime
    role: Role | None
    chain: tuple[str, ...]
    crl_age: dt.timedelta | None
    detail: str = ""
    account_id: str = ""  # subject serialNumber: the city's id for the card holder

    @property
    def ok(self) -> bool:
        return self.status is TrustStatus.VALID


def _load_certs(path: Path) -> list[x509.Certificate]:
    data = path.read_bytes()
    if b"-----BEGIN" in data:
        return list(x509.load_pem_x509_certificates(data))
    return [x509.load_der_x509_certificate(data)]


def _load_crl(data: bytes) -> x509.CertificateRevocationList:
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


def common_name(name: x509.Name) -> str:
    attrs = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = attrs[0].value if attrs else ""
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _serial_number(name: x509.Name) -> str:
    attrs = name.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    value = attrs[0].value if attrs else ""
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


class TrustStore:
    """Trust anchors + CRLs from a :class:`TrustConfig`. Thread-safe for concurrent checks."""

    def __init__(
        self, config: TrustConfig, *, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        self.config = config
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._roles: dict[str, Role] = {
            oid: role if isinstance(role, Role) else Role(role)
            for oid, role in config.role_policies.items()
        }
        self._cas: tuple[x509.Certificate, ...] = ()
        self._crls: tuple[tuple[x509.CertificateRevocationList, CrlInfo], ...] = ()
        self.reload()

    @classmethod
    def from_paths(
        cls,
        ca_paths: Iterable[Path | str],
        crl_paths: Iterable[Path | str] = (),
        role_policies: Mapping[str, Role | str] | None = None,
        **kwargs: object,
    ) -> TrustStore:
        config = TrustConfig(
            tuple(Path(p) for p in ca_paths),
            tuple(Path(p) for p in crl_paths),
            dict(role_policies or {}),
        )
        return cls(config, **kwargs)  # type: ignore[arg-type]

    def reload(self) -> None:
        """(Re)read CA and CRL files. CRLs whose signature does not verify are ignored."""
        cas: list[x509.Certificate] = []
        for path in self.config.ca_paths:
            try:
                cas += _load_certs(path)
            except (OSError, ValueError) as exc:
                raise TrustConfigError(f"CA file {path}: {exc}") from exc
        if not cas:
            raise TrustConfigError("no CA certificate configured")
        self._cas = tuple(cas)
        crls = []
        for path in self.config.crl_paths:
            try:
                crl = _load_crl(path.read_bytes())
            except FileNotFoundError:
                logger.warning("CRL cache file missing: %s", path)
                continue
            except (OSError, ValueError):
                logger.warning("CRL cache file unreadable: %s", path)
                continue
            issuer = self._crl_issuer(crl)
            if issuer is None:
                logger.warning("CRL %s is not signed by a configured CA; ignored", path)
                continue
            info = CrlInfo(
                path,
                crl.issuer.rfc4514_string(),
                crl.last_update_utc,
                crl.next_update_utc,
                len(list(crl)),
            )
            crls.append((crl, info))
        self._crls = tuple(crls)

    def _crl_issuer(self, crl: x509.CertificateRevocationList) -> x509.Certificate | None:
        for ca in self._cas:
            if ca.subject == crl.issuer and crl.is_signature_valid(ca.public_key()):  # type: ignore[arg-type]
                return ca
        return None

    def install_crl(self, data: bytes, path: Path) -> CrlInfo:
        """Check a freshly downloaded CRL and replace the cached file atomically."""
        try:
            crl = _load_crl(data)
        except ValueError as exc:
            raise TrustConfigError(f"CRL does not parse: {exc}") from exc
        if self._crl_issuer(crl) is None:
            raise TrustConfigError("CRL is not signed by a configured CA")
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        self.reload()
        for _crl, info in self._crls:
            if info.path == path:
                return info
        raise TrustConfigError(f"{path} is not one of the configured CRL paths")

    @property
    def ca_certificates(self) -> tuple[x509.Certificate, ...]:
        return self._cas

    def crl_info(self) -> tuple[CrlInfo, ...]:
        return tuple(info for _crl, info in self._crls)

    def crl_age(self) -> dt.timedelta | None:
        """Age of the oldest cached CRL (None: no CRL at all)."""
        now = self._clock()
        ages = [info.age(now) for info in self.crl_info()]
        return max(ages) if ages else None

    # --- checks ----------------------------------------------------------------------------

    def _build_chain(self, cert: x509.Certificate) -> list[x509.Certificate] | None:
        chain = [cert]
        current = cert
        for _ in range(MAX_CHAIN):
            issuer = next(
                (
                    ca
                    for ca in self._cas
                    if ca.subject == current.issuer and _issued_by(current, ca)
                ),
                None,
            )
            if issuer is None:
                return chain if len(chain) > 1 else None
            chain.append(issuer)
            if issuer.subject == issuer.issuer:
                return chain
            current = issuer
        return None

    def _revocation(
        self, cert: x509.Certificate, now: dt.datetime
    ) -> tuple[TrustStatus | None, dt.timedelta | None]:
        for crl, info in self._crls:
            if crl.issuer != cert.issuer:
                continue
            age = info.age(now)
            if self.config.crl_max_age is not None and age > self.config.crl_max_age:
                return TrustStatus.REVOCATION_UNKNOWN, age
            if crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None:
                return TrustStatus.REVOKED, age
            return None, age
        if self.config.require_revocation:
            return TrustStatus.REVOCATION_UNKNOWN, None
        return None, None

    def _role(self, cert: x509.Certificate) -> tuple[Role | None, str]:
        try:
            ext = cert.extensions.get_extension_for_oid(ExtensionOID.CERTIFICATE_POLICIES)
        except x509.ExtensionNotFound:
            return None, "no certificate policies"
        policies = ext.value
        assert isinstance(policies, x509.CertificatePolicies)
        roles = {
            self._roles[p.policy_identifier.dotted_string]
            for p in policies
            if p.policy_identifier.dotted_string in self._roles
        }
        if len(roles) != 1:
            return None, "no role policy" if not roles else "ambiguous role policies"
        return roles.pop(), ""

    def check(
        self, cert: x509.Certificate, *, need_role: bool = True, at: dt.datetime | None = None
    ) -> CertCheck:
        """Validate ``cert``: chain, dates, revocation and (if ``need_role``) the role."""
        now = at or self._clock()
        status = TrustStatus.VALID
        detail = ""
        role: Role | None = None
        crl_age: dt.timedelta | None = None
        chain = self._build_chain(cert)
        if chain is None:
            status, detail = TrustStatus.UNTRUSTED, "no chain to a configured CA"
        else:
            for link in chain:
                if now < link.not_valid_before_utc:
                    status = TrustStatus.NOT_YET_VALID
                    detail = common_name(link.subject)
                    break
                if now > link.not_valid_after_utc:
                    status = TrustStatus.EXPIRED if link is cert else TrustStatus.UNTRUSTED
                    detail = f"{common_name(link.subject)} expired"
                    break
            if status is TrustStatus.VALID:
                for link in chain[:-1]:
                    verdict, age = self._revocation(link, now)
                    crl_age = age if crl_age is None or (age and age > crl_age) else crl_age
                    if verdict is not None:
                        status, detail = verdict, common_name(link.subject)
                        break
            if status is TrustStatus.VALID and need_role:
                role, why = self._role(cert)
                if role is None:
                    status, detail = TrustStatus.NO_ROLE, why
        return CertCheck(
            status=status,
            common_name=common_name(cert.subject),
            subject=cert.subject.rfc4514_string(),
            issuer=cert.issuer.rfc4514_string(),
            serial=cert.serial_number,
            not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc,
            role=role,
            chain=tuple(c.subject.rfc4514_string() for c in (chain or [cert])),
            crl_age=crl_age,
            detail=detail,
            account_id=_serial_number(cert.subject),
        )


# --- challenge-response ------------------------------------------------------------------------

_SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


@dataclass(frozen=True)
class Challenge:
    """What to send to the card (``payload``) and what its signature must cover (``digest``)."""

    payload: bytes
    digest: bytes
    algorithm: str  # "ecdsa-sha256", "ecdsa-sha384", "rsa-pkcs1-sha256"


def new_challenge(public_key: object, rng: Callable[[int], bytes] = os.urandom) -> Challenge:
    """A fresh random challenge shaped for the key (PIV signs a hash / a padded block)."""
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        size = 48 if isinstance(public_key.curve, ec.SECP384R1) else 32
        digest = rng(size)
        return Challenge(digest, digest, f"ecdsa-sha{size * 8}")
    if isinstance(public_key, rsa.RSAPublicKey):
        h = hashes.Hash(hashes.SHA256())
        h.update(rng(32))
        digest = h.finalize()
        block_len = public_key.key_size // 8
        info = _SHA256_DIGEST_INFO + digest
        padded = b"\x00\x01" + b"\xff" * (block_len - len(info) - 3) + b"\x00" + info
        return Challenge(padded, digest, "rsa-pkcs1-sha256")
    raise TypeError("unsupported key type")


def verify_challenge(public_key: object, challenge: Challenge, signature: bytes) -> bool:
    """True if ``signature`` is the card's signature over the challenge."""
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            hash_alg: hashes.HashAlgorithm = (
                hashes.SHA384() if challenge.algorithm == "ecdsa-sha384" else hashes.SHA256()
            )
            public_key.verify(signature, challenge.digest, ec.ECDSA(utils.Prehashed(hash_alg)))
            return True
        if isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(
                signature,
                challenge.digest,
                padding.PKCS1v15(),
                utils.Prehashed(hashes.SHA256()),
            )
            return True
    except (InvalidSignature, ValueError):
        return False
    return False
