"""The city side of kiosk enrolment: a demo city CA, one-time tokens and signed config bundles.

Pure functions and one class, no HTTP: the gateway server mounts :func:`handle_enrol` (or an
authority's :meth:`ProvisioningAuthority.handle_enrol`) at ``POST /provisioning/enrol`` (JSON body
``{"token": ..., "csr_pem": ...}``; the token travels in the body, never in the URL, SEC-14). The
demo launcher or a test picks the authority with :func:`set_authority`.

Everything lives in the directory given to the constructor:

* ``ca-key.pem`` / ``ca-cert.pem``: the demo city's kiosk CA (EC P-256). It signs kiosk client
  certificates and the gateway's server certificate, so a kiosk trusts only this CA (SEC-13).
* ``bundle-signing-key.pem`` / ``bundle-signing-pub.pem``: the key that signs configuration
  bundles. The public half is what a kiosk image pins (``city-provisioning.pub.pem``).
* ``state.json``: token hashes (a token is stored only as its SHA-256), the configuration
  version counter and the issued certificate serials.

Bundle wire format (the kiosk side verifies it in ``provisioning.bundle``)::

    {"format": "ecitizen-kiosk-bundle/1", "key_id": "<sha256 of the signer's SPKI DER, hex>",
     "payload": "<base64 of the canonical JSON payload>",
     "signature": "<base64 of the DER ECDSA-P256-SHA256 signature over the payload bytes>"}

    payload = {"kiosk_id", "site", "version" (int, monotonic), "issued_at" (UTC ISO 8601),
               "ca_sha256" (SHA-256 of the city CA certificate DER, hex),
               "config_toml" (the kiosk's kiosk.toml, text)}
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import json
import logging
import os
import secrets
import selectors
import socket
import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from drivers.pki import self_signed_ca

logger = logging.getLogger(__name__)

BUNDLE_FORMAT = "ecitizen-kiosk-bundle/1"
KIOSK_URI_PREFIX = "urn:ecitizen:kiosk:"
OPERATOR_URI_PREFIX = "urn:ecitizen:operator:"


class EnrolmentError(Exception):
    """An enrolment request was refused. ``key`` is stable; ``status`` is the HTTP status."""

    def __init__(self, key: str, status: int, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.status = status
        self.detail = detail


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def key_id(public_key: ec.EllipticCurvePublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _write_public(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _load_or_create_key(path: Path) -> ec.EllipticCurvePrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError(f"{path} is not an EC private key")
        return key
    key = ec.generate_private_key(ec.SECP256R1())
    _write_private(
        path,
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    return key


DEMO_CITY_NETWORKS = ("192.0.2.0/24",)
"""The demo city's network (TEST-NET-1) for ``[network] allow`` of issued configurations."""


def default_config_toml(
    kiosk_id: str,
    site: str,
    gateway_url: str,
    networks: Iterable[str] = DEMO_CITY_NETWORKS,
) -> str:
    """A production ``kiosk.toml`` for one kiosk (strings JSON-escaped = valid TOML strings):
    the gateway with Open311 under it, both https (mutual TLS), and the city's networks."""
    return (
        "# Issued by the city provisioning service. Do not edit on the kiosk: the next signed\n"
        "# bundle replaces it.\n"
        "[kiosk]\n"
        f"id = {json.dumps(kiosk_id)}\n"
        f"site = {json.dumps(site)}\n"
        'mode = "production"\n'
        "\n"
        "[backends]\n"
        f"gateway_url = {json.dumps(gateway_url)}\n"
        f"open311_url = {json.dumps(gateway_url.rstrip('/') + '/open311/v2')}\n"
        "sip2_tls = true\n"  # production refuses plain SIP2 (PINs in clear)
        "\n"
        "[network]\n"
        f"allow = {json.dumps(list(networks))}\n"
    )


@dataclass(frozen=True)
class _Token:
    digest: str
    kiosk_id: str | None
    site: str | None
    expires_at: float
    used: bool


class ProvisioningAuthority:
    """The demo city's provisioning service (state in ``directory``, created if missing).

    Thread-safe: the gateway serves requests from several threads.

    Args:
        directory: where keys, certificates and state live.
        city: the city name, used in the CA's subject.
        gateway_url: written into issued configurations.
        token_ttl_s: how long an unused enrolment token stays valid.
        cert_days: validity of issued kiosk certificates.
        clock: returns the current UTC time (tests move it).
    """

    def __init__(
        self,
        directory: Path,
        *,
        city: str = "Demo City",
        gateway_url: str = "https://127.0.0.1:8711",
        token_ttl_s: float = 24 * 3600,
        cert_days: int = 365,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.directory = directory
        self.city = city
        self.gateway_url = gateway_url
        self.token_ttl_s = token_ttl_s
        self.cert_days = cert_days
        self._clock = clock
        self._lock = threading.Lock()
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._ca_key = _load_or_create_key(directory / "ca-key.pem")
        self._signing_key = _load_or_create_key(directory / "bundle-signing-key.pem")
        if not self.ca_cert_path.exists():
            _write_public(
                self.ca_cert_path, self._make_ca().public_bytes(serialization.Encoding.PEM)
            )
        self.ca_cert = x509.load_pem_x509_certificate(self.ca_cert_path.read_bytes())
        _write_public(
            self.bundle_public_key_path,
            self._signing_key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ),
        )
        self._state = self._load_state()

    # ---- public material ----

    @property
    def ca_cert_path(self) -> Path:
        return self.directory / "ca-cert.pem"

    @property
    def ca_pem(self) -> str:
        return self.ca_cert.public_bytes(serialization.Encoding.PEM).decode("ascii")

    @property
    def ca_sha256(self) -> str:
        return hashlib.sha256(self.ca_cert.public_bytes(serialization.Encoding.DER)).hexdigest()

    @property
    def bundle_public_key_path(self) -> Path:
        """The public key a kiosk image pins to verify configuration bundles."""
        return self.directory / "bundle-signing-pub.pem"

    @property
    def bundle_public_key_pem(self) -> str:
        return self.bundle_public_key_path.read_text(encoding="ascii")

    # ---- state ----

    def _load_state(self) -> dict[str, Any]:
        path = self.directory / "state.json"
        if path.exists():
            state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return state
        return {"tokens": {}, "config_version": 1, "configs": {}, "issued": []}

    def _save_state(self) -> None:
        _write_private(self.directory / "state.json", canonical_json(self._state))

    @property
    def config_version(self) -> int:
        with self._lock:
            return int(self._state["config_version"])

    def publish_config(self, kiosk_id: str, config_toml: str) -> int:
        """Set the configuration for one kiosk; bumps the (global, monotonic) version."""
        with self._lock:
            self._state["config_version"] = int(self._state["config_version"]) + 1
            self._state["configs"][kiosk_id] = config_toml
            self._save_state()
            return int(self._state["config_version"])

    # ---- tokens ----

    def issue_token(
        self, kiosk_id: str | None = None, site: str | None = None, ttl_s: float | None = None
    ) -> str:
        """A new one-time enrolment token, optionally bound to a kiosk id and site.

        Only the token's SHA-256 is stored; the token itself is shown once to the installer.
        """
        token = secrets.token_urlsafe(32)
        digest = hashlib.sha256(token.encode("ascii")).hexdigest()
        expires = self._clock().timestamp() + (self.token_ttl_s if ttl_s is None else ttl_s)
        with self._lock:
            self._state["tokens"][digest] = {
                "kiosk_id": kiosk_id,
                "site": site,
                "expires_at": expires,
                "used": False,
            }
            self._save_state()
        return token

    def _find_token(self, token: str) -> _Token:
        """Look a token up (call with the lock held)."""
        digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
        record = self._state["tokens"].get(digest)
        if record is None:
            raise EnrolmentError("provisioning.token_unknown", 401)
        if record["used"]:
            raise EnrolmentError("provisioning.token_used", 401)
        if self._clock().timestamp() > float(record["expires_at"]):
            raise EnrolmentError("provisioning.token_expired", 401)
        return _Token(digest, record["kiosk_id"], record["site"], record["expires_at"], False)

    # ---- enrolment ----

    def enrol(self, token: str, csr_pem: str) -> dict[str, Any]:
        """Check the token and the CSR, issue a client certificate and a signed bundle.

        Returns ``{"cert_pem", "ca_pem", "bundle"}``. Raises :class:`EnrolmentError`. The token
        is spent only by a successful enrolment (a refused CSR can be fixed and sent again),
        and atomically: two concurrent requests with one token cannot both succeed.
        """
        if not isinstance(token, str) or not token:
            raise EnrolmentError("provisioning.token_missing", 400)
        with self._lock:
            record = self._find_token(token)
            kiosk_id, site, public_key = _check_csr(csr_pem)
            if record.kiosk_id is not None and record.kiosk_id != kiosk_id:
                raise EnrolmentError("provisioning.kiosk_mismatch", 403, "token for another kiosk")
            if record.site is not None and record.site != site:
                raise EnrolmentError("provisioning.site_mismatch", 403, "token for another site")
            cert = self._issue_client_cert(kiosk_id, site, public_key)
            self._state["tokens"][record.digest]["used"] = True
            self._state["issued"].append(
                {"kiosk_id": kiosk_id, "serial": format(cert.serial_number, "x")}
            )
            self._save_state()
        logger.info("enrolled kiosk %s", kiosk_id)
        return {
            "cert_pem": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            "ca_pem": self.ca_pem,
            "bundle": self.sign_bundle(kiosk_id, site),
        }

    def handle_enrol_request(self, body: bytes) -> tuple[int, dict[str, Any]]:
        """HTTP adapter: a raw JSON request body in, ``(status, JSON-able response)`` out."""
        try:
            request = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return _refusal(EnrolmentError("provisioning.bad_request", 400, "body is not JSON"))
        return self.handle_enrol(request)

    def handle_enrol(self, request: object) -> tuple[int, dict[str, Any]]:
        """HTTP adapter for a parsed JSON body ``{"token", "csr_pem"}``.

        Success: ``(200, {"cert_pem", "ca_pem", "bundle"})``. Refusal: ``(status, {"code",
        "title", "error"})`` where ``code`` and ``error`` are the stable ``provisioning.*`` key.
        """
        if not isinstance(request, dict):
            return _refusal(EnrolmentError("provisioning.bad_request", 400, "not an object"))
        token, csr_pem = request.get("token"), request.get("csr_pem")
        if not isinstance(token, str) or not isinstance(csr_pem, str):
            return _refusal(
                EnrolmentError("provisioning.bad_request", 400, "token and csr_pem required")
            )
        try:
            return 200, self.enrol(token, csr_pem)
        except EnrolmentError as exc:
            logger.info("enrolment refused: %s", exc.key)
            return _refusal(exc)

    # ---- bundles ----

    def sign_bundle(
        self,
        kiosk_id: str,
        site: str,
        *,
        version: int | None = None,
        config_toml: str | None = None,
        issued_at: dt.datetime | None = None,
    ) -> dict[str, str]:
        """A signed configuration bundle for one kiosk (the current version unless given)."""
        with self._lock:
            current = int(self._state["config_version"])
            stored = self._state["configs"].get(kiosk_id)
        if config_toml is None:
            config_toml = stored or default_config_toml(kiosk_id, site, self.gateway_url)
        payload = {
            "kiosk_id": kiosk_id,
            "site": site,
            "version": current if version is None else version,
            "issued_at": _iso(issued_at or self._clock()),
            "ca_sha256": self.ca_sha256,
            "config_toml": config_toml,
        }
        raw = canonical_json(payload)
        signature = self._signing_key.sign(raw, ec.ECDSA(hashes.SHA256()))
        return {
            "format": BUNDLE_FORMAT,
            "key_id": key_id(self._signing_key.public_key()),
            "payload": base64.b64encode(raw).decode("ascii"),
            "signature": base64.b64encode(signature).decode("ascii"),
        }

    # ---- certificates ----

    def _make_ca(self) -> x509.Certificate:
        now = self._clock()
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.city),
                x509.NameAttribute(NameOID.COMMON_NAME, f"{self.city} Kiosk CA"),
            ]
        )
        return self_signed_ca(
            self._ca_key, name, now - dt.timedelta(minutes=5), now + dt.timedelta(days=3650)
        )

    def _leaf(
        self,
        subject: x509.Name,
        public_key: ec.EllipticCurvePublicKey,
        days: int,
        eku: x509.ObjectIdentifier | list[x509.ObjectIdentifier],
        san: Iterable[x509.GeneralName],
    ) -> x509.Certificate:
        now = self._clock()
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.ExtendedKeyUsage(eku if isinstance(eku, list) else [eku]), critical=False
            )
            .add_extension(x509.SubjectAlternativeName(list(san)), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self._ca_key.public_key()),
                critical=False,
            )
            .sign(self._ca_key, hashes.SHA256())
        )

    def _issue_client_cert(
        self, kiosk_id: str, site: str, public_key: ec.EllipticCurvePublicKey
    ) -> x509.Certificate:
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.city),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site),
                x509.NameAttribute(NameOID.COMMON_NAME, kiosk_id),
            ]
        )
        return self._leaf(
            subject,
            public_key,
            self.cert_days,
            ExtendedKeyUsageOID.CLIENT_AUTH,
            [x509.UniformResourceIdentifier(KIOSK_URI_PREFIX + kiosk_id)],
        )

    def issue_server_certificate(
        self, hostnames: Iterable[str] = ("localhost", "127.0.0.1"), days: int = 365
    ) -> tuple[Path, Path]:
        """A TLS server certificate for the gateway, signed by the city CA.

        Returns ``(cert_path, key_path)`` (written into the directory, key 0600). Host names
        that parse as IP addresses go into the SAN as IP addresses.
        """
        names = list(hostnames)
        key = ec.generate_private_key(ec.SECP256R1())
        san: list[x509.GeneralName] = []
        for name in names:
            try:
                san.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                san.append(x509.DNSName(name))
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.city),
                x509.NameAttribute(NameOID.COMMON_NAME, names[0]),
            ]
        )
        cert = self._leaf(subject, key.public_key(), days, ExtendedKeyUsageOID.SERVER_AUTH, san)
        cert_path = self.directory / "server-cert.pem"
        key_path = self.directory / "server-key.pem"
        _write_private(
            key_path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        _write_public(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return cert_path, key_path

    def issue_operator_certificate(
        self, operator: str, *, days: int = 30, directory: Path | None = None
    ) -> tuple[Path, Path]:
        """A fleet operator's signing certificate (``kiosk fleet send``), signed by the city CA:
        CN = ``operator``, OU = ``fleet-operator``, extended key usage
        :data:`kiosk.fleet.commands.FLEET_OPERATOR_EKU` (the role a kiosk checks) and
        ``clientAuth`` (the same certificate logs in to the broker). Returns
        ``(cert_path, key_path)`` written to ``directory`` (default: the authority's), key 0600.
        """
        from kiosk.fleet.commands import FLEET_OPERATOR_EKU, OPERATOR_OU

        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.city),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, OPERATOR_OU),
                x509.NameAttribute(NameOID.COMMON_NAME, operator),
            ]
        )
        cert = self._leaf(
            subject,
            key.public_key(),
            days,
            [FLEET_OPERATOR_EKU, ExtendedKeyUsageOID.CLIENT_AUTH],
            [x509.UniformResourceIdentifier(OPERATOR_URI_PREFIX + operator)],
        )
        where = directory or self.directory
        cert_path = where / f"operator-{operator}-cert.pem"
        key_path = where / f"operator-{operator}-key.pem"
        _write_private(
            key_path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        _write_public(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        with self._lock:
            self._state["issued"].append(
                {"operator": operator, "serial": format(cert.serial_number, "x")}
            )
            self._save_state()
        return cert_path, key_path

    def server_ssl_context(
        self,
        hostnames: Iterable[str] = ("localhost", "127.0.0.1"),
        *,
        require_client_cert: bool = True,
    ) -> ssl.SSLContext:
        """A TLS 1.2+ server context for the gateway; with ``require_client_cert`` the handshake
        fails unless the client presents a certificate issued by the city CA (mutual TLS).

        The provisioning route itself must be reachable without a client certificate (the
        kiosk has none yet): serve it on a listener made with ``require_client_cert=False``.
        """
        cert_path, key_path = self.issue_server_certificate(hostnames)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(cert_path, key_path)
        if require_client_cert:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(cafile=str(self.ca_cert_path))
        return context


def _refusal(exc: EnrolmentError) -> tuple[int, dict[str, Any]]:
    title = exc.detail or exc.key
    return exc.status, {"code": exc.key, "error": exc.key, "title": title}


# ---- module-level hook for the gateway ----------------------------------------------------------

_authority: ProvisioningAuthority | None = None
_authority_lock = threading.Lock()


def set_authority(authority: ProvisioningAuthority | None) -> None:
    """Make ``authority`` the one :func:`handle_enrol` serves (the demo launcher or a test)."""
    global _authority
    with _authority_lock:
        _authority = authority


def get_authority() -> ProvisioningAuthority | None:
    with _authority_lock:
        return _authority


def handle_enrol(body: object) -> tuple[int, dict[str, Any]]:
    """What the gateway's ``POST /provisioning/enrol`` calls with the parsed JSON body.

    Answers 503 ``provisioning.unavailable`` until :func:`set_authority` was called.
    """
    authority = get_authority()
    if authority is None:
        return _refusal(
            EnrolmentError("provisioning.unavailable", 503, "no provisioning authority configured")
        )
    return authority.handle_enrol(body)


def _check_csr(csr_pem: str) -> tuple[str, str, ec.EllipticCurvePublicKey]:
    """(kiosk id, site, public key) of a well-formed, self-signed P-256 CSR."""
    try:
        csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise EnrolmentError("provisioning.csr_invalid", 400, "not a PEM CSR") from exc
    if not csr.is_signature_valid:
        raise EnrolmentError("provisioning.csr_invalid", 400, "bad CSR signature")
    public_key = csr.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey) or not isinstance(
        public_key.curve, ec.SECP256R1
    ):
        raise EnrolmentError("provisioning.csr_key_type", 400, "EC P-256 keys only")
    kiosk_id = _one_attribute(csr.subject, NameOID.COMMON_NAME)
    site = _one_attribute(csr.subject, NameOID.ORGANIZATIONAL_UNIT_NAME)
    if not kiosk_id or not site:
        raise EnrolmentError("provisioning.csr_subject", 400, "CN (kiosk id) and OU (site)")
    return kiosk_id, site, public_key


def _one_attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if len(values) != 1:
        return None
    value = values[0].value
    return value if isinstance(value, str) and value else None


def kiosk_id_from_peer_cert(peer: dict[str, Any] | None) -> str | None:
    """The kiosk id of a verified mTLS peer (``ssl.SSLSocket.getpeercert()``), or None.

    Use only on a connection made with :meth:`ProvisioningAuthority.server_ssl_context`
    (``require_client_cert=True``), where the handshake already checked the chain.
    """
    if not peer:
        return None
    for rdn in peer.get("subject", ()):
        for attr, value in rdn:
            if attr == "commonName":
                return str(value)
    return None


def verify_bundle_signature(bundle: dict[str, str], public_key_pem: str) -> dict[str, Any]:
    """City-side check of a bundle (for tests and the gateway's own sanity checks)."""
    public = serialization.load_pem_public_key(public_key_pem.encode("ascii"))
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise ValueError("not an EC public key")
    raw = base64.b64decode(bundle["payload"], validate=True)
    try:
        public.verify(
            base64.b64decode(bundle["signature"], validate=True), raw, ec.ECDSA(hashes.SHA256())
        )
    except InvalidSignature as exc:
        raise ValueError("bad bundle signature") from exc
    payload: dict[str, Any] = json.loads(raw)
    return payload


class MutualTlsRelay:
    """A loopback TLS front door for a plain-HTTP demo service: requires a client certificate
    from the city CA (the context from :meth:`ProvisioningAuthority.server_ssl_context`), then
    relays bytes both ways to ``upstream``. So a demo back end checks the kiosk's enrolled
    certificate without changing its HTTP server.

    ``accepted`` lists the kiosk id of every verified connection; ``refused`` counts handshakes
    that failed (no certificate, another CA, old TLS versions).
    """

    def __init__(
        self,
        context: ssl.SSLContext,
        upstream: tuple[str, int],
        host: str = "127.0.0.1",
        port: int = 0,
        timeout_s: float = 10.0,
    ) -> None:
        self.context = context
        self.upstream = upstream
        self.timeout_s = timeout_s
        self.accepted: list[str] = []
        self.refused = 0
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._listener = socket.create_server((host, port))
        self.host, self.port = self._listener.getsockname()[:2]
        self._threads: list[threading.Thread] = []
        self._conns: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._acceptor = threading.Thread(target=self._accept_loop, name="mtls-relay")

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def start(self) -> MutualTlsRelay:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        """Stop accepting, cut live connections, join every thread."""
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() on Linux
        except OSError:
            logger.debug("relay listener already shut")
        self._listener.close()
        if self._acceptor.is_alive():
            self._acceptor.join(timeout=10)
        with self._lock:
            conns, threads = list(self._conns), list(self._threads)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                logger.debug("relay connection already closed")
        for thread in threads:
            thread.join(timeout=10)

    def wait_for(self, predicate: Callable[[MutualTlsRelay], bool], timeout_s: float) -> bool:
        """Wait until ``predicate(self)`` holds (checked whenever a handshake ends)."""
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self), timeout=timeout_s)

    def __enter__(self) -> MutualTlsRelay:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), name="mtls-relay-conn")
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _track(self, sock: socket.socket, add: bool) -> None:
        with self._lock:
            (self._conns.add if add else self._conns.discard)(sock)

    def _serve(self, conn: socket.socket) -> None:
        self._track(conn, True)
        try:
            conn.settimeout(self.timeout_s)
            try:
                tls = self.context.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError) as exc:
                with self._lock:
                    self.refused += 1
                    self._changed.notify_all()
                logger.info("mTLS handshake refused: %s", exc.__class__.__name__)
                return
            with tls:
                kiosk = kiosk_id_from_peer_cert(tls.getpeercert())
                with self._lock:
                    self.accepted.append(kiosk or "")
                    self._changed.notify_all()
                with socket.create_connection(self.upstream, timeout=self.timeout_s) as up:
                    self._track(up, True)
                    try:
                        self._pump(tls, up)
                    finally:
                        self._track(up, False)
        finally:
            self._track(conn, False)
            conn.close()

    def _pump(self, tls: ssl.SSLSocket, up: socket.socket) -> None:
        tls.settimeout(None)
        up.settimeout(None)
        with selectors.DefaultSelector() as sel:
            sel.register(tls, selectors.EVENT_READ, up)
            sel.register(up, selectors.EVENT_READ, tls)
            while not self._stopping.is_set():
                events = sel.select(timeout=self.timeout_s)
                if not events:
                    return  # idle connection
                for key, _ in events:
                    src: socket.socket = key.fileobj  # type: ignore[assignment]
                    dst: socket.socket = key.data
                    try:
                        data = src.recv(65536)
                        while data:
                            dst.sendall(data)
                            if not (isinstance(src, ssl.SSLSocket) and src.pending()):
                                break
                            data = src.recv(65536)
                    except (OSError, ssl.SSLError):
                        return
                    if not data:
                        return
