"""Mutual TLS to the city back ends with the device certificate (SEC-13).

The kiosk trusts only the city CA that came with its enrolment (never the system store), offers
TLS 1.2 and 1.3 only, checks host names, and presents the device certificate and key::

    identity = find_identity()                    # systemd credentials, else /etc/ecitizen-kiosk
    context = client_ssl_context(identity)         # build once, share between clients
    client = httpx.Client(base_url=url, verify=context, timeout=5.0)

The device key file is root-only (0600 in a 0700 directory). The kiosk service, which runs as
the unprivileged kiosk user, gets it through systemd credentials::

    LoadCredential=device-key:/etc/ecitizen-kiosk/identity/device-key.pem
    LoadCredential=device-cert:/etc/ecitizen-kiosk/identity/device-cert.pem
    LoadCredential=city-ca:/etc/ecitizen-kiosk/identity/city-ca.pem

and :func:`find_identity` looks in ``$CREDENTIALS_DIRECTORY`` first.

``kiosk run`` in production mode (``kiosk/runtime/app.py``): :func:`backend_tls` builds the one
context every city HTTP client uses (gateway, Open311, media); :func:`city_http_client` makes those
clients, whose transport reports TLS failures (a refused certificate, an unknown server CA) to a
:class:`TlsHealth` that logs them and shows them to the technician (``problems["tls"]``). A kiosk
without a usable identity still starts, offline: its clients get a context that trusts nothing
and presents nothing, so no city connection is ever made without mutual TLS. Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import ssl
import threading
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.x509.oid import NameOID

from kiosk.errors import KeyedError
from provisioning.layout import KioskLayout

logger = logging.getLogger(__name__)

CREDENTIAL_NAMES = ("device-cert", "device-key", "city-ca")
PROBLEM = "tls"
"""The name of TLS problems in ``KioskCore.problems`` (diagnostics: alerts)."""
HANDSHAKE_FAILED = "tls.handshake_failed"


class TlsIdentityError(KeyedError):
    """The device identity is missing or unusable (environmental: the kiosk is not enrolled,
    or the files are damaged). ``key`` is a stable translation key.
    """


@dataclass(frozen=True)
class TlsIdentity:
    cert_file: Path
    key_file: Path
    ca_file: Path

    @classmethod
    def from_layout(cls, layout: KioskLayout) -> TlsIdentity:
        return cls(layout.device_cert, layout.device_key, layout.city_ca)

    @classmethod
    def from_credentials(cls, directory: Path) -> TlsIdentity:
        cert, key, ca = (directory / name for name in CREDENTIAL_NAMES)
        return cls(cert, key, ca)

    def missing(self) -> list[Path]:
        return [p for p in (self.cert_file, self.key_file, self.ca_file) if not p.exists()]


def find_identity(root: Path = Path("/"), environ: Mapping[str, str] | None = None) -> TlsIdentity:
    """The identity from ``$CREDENTIALS_DIRECTORY`` if all three are there, else from the
    provisioning layout under ``root``. Raises :class:`TlsIdentityError` if neither is complete.
    """
    env = os.environ if environ is None else environ
    creds = env.get("CREDENTIALS_DIRECTORY")
    if creds:
        identity = TlsIdentity.from_credentials(Path(creds))
        if not identity.missing():
            return identity
    identity = TlsIdentity.from_layout(KioskLayout(root))
    missing = identity.missing()
    if missing:
        raise TlsIdentityError("tls.not_enrolled", "missing " + ", ".join(p.name for p in missing))
    return identity


def client_ssl_context(
    identity: TlsIdentity, *, minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
) -> ssl.SSLContext:
    """A client context: city CA only, host name checks, TLS >= 1.2, device cert presented."""
    if minimum_version < ssl.TLSVersion.TLSv1_2:
        raise ValueError("TLS below 1.2 is not allowed (SEC-13)")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED + check_hostname
    context.minimum_version = minimum_version
    try:
        context.load_verify_locations(cafile=str(identity.ca_file))
        context.load_cert_chain(certfile=str(identity.cert_file), keyfile=str(identity.key_file))
    except FileNotFoundError as exc:
        raise TlsIdentityError("tls.not_enrolled", exc.filename or "") from exc
    except PermissionError as exc:
        raise TlsIdentityError("tls.identity_unreadable", exc.filename or "") from exc
    except ssl.SSLError as exc:
        # e.g. KEY_VALUES_MISMATCH: a certificate that does not belong to the key
        raise TlsIdentityError("tls.identity_invalid", exc.reason or "") from exc
    return context


def httpx_client(
    identity: TlsIdentity | ssl.SSLContext,
    base_url: str,
    *,
    timeout_s: float = 5.0,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` doing mutual TLS (pass a shared context to avoid reloading keys)."""
    context = identity if isinstance(identity, ssl.SSLContext) else client_ssl_context(identity)
    if not base_url.startswith("https://"):
        raise ValueError("mutual TLS needs an https:// base URL")
    return httpx.Client(base_url=base_url, verify=context, timeout=timeout_s, transport=transport)


@dataclass(frozen=True)
class CertificateStatus:
    """For diagnostics (OPS-06: cert expiry): nothing personal in a kiosk certificate."""

    kiosk_id: str
    issuer: str
    not_after: dt.datetime
    days_left: int
    expired: bool


def certificate_status(cert_file: Path, now: dt.datetime | None = None) -> CertificateStatus:
    try:
        cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    except FileNotFoundError as exc:
        raise TlsIdentityError("tls.not_enrolled", str(cert_file)) from exc
    except ValueError as exc:
        raise TlsIdentityError("tls.identity_invalid", str(cert_file)) from exc
    moment = now or dt.datetime.now(dt.UTC)
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    issuer = cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    left = cert.not_valid_after_utc - moment
    return CertificateStatus(
        kiosk_id=str(cns[0].value) if cns else "",
        issuer=str(issuer[0].value) if issuer else "",
        not_after=cert.not_valid_after_utc,
        days_left=left.days,
        expired=left.total_seconds() <= 0 or moment < cert.not_valid_before_utc,
    )


def refusing_context() -> ssl.SSLContext:
    """A client context that trusts no server and presents no certificate: every handshake
    fails locally (a production kiosk without its identity never talks to the city in clear or
    anonymously)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@dataclass(frozen=True)
class BackendTls:
    """How the kiosk's city HTTP clients do TLS.

    Attributes:
        verify: the ``verify`` of every client: the mutual-TLS context in production, ``True``
            (the system store, no client certificate) in demo and practice modes.
        identity: the device identity in use (production), else None.
        problem: a ``tls.*`` key when production mode has no usable identity.
    """

    verify: ssl.SSLContext | bool
    identity: TlsIdentity | None = None
    problem: str | None = None


def backend_tls(
    production: bool, root: Path = Path("/"), environ: Mapping[str, str] | None = None
) -> BackendTls:
    """The TLS of the city clients; in production from the provisioned identity (SEC-13)."""
    if not production:
        return BackendTls(True)
    try:
        identity = find_identity(root, environ)
        context = client_ssl_context(identity)
    except TlsIdentityError as exc:
        # the detail names files, never their contents
        logger.error(
            "no mutual TLS to the city: %s (%s); back ends stay offline", exc.key, exc.detail
        )
        return BackendTls(refusing_context(), problem=exc.key)
    logger.info("mutual TLS to the city with the device certificate (%s)", identity.cert_file.name)
    return BackendTls(context, identity)


def ssl_reason(exc: BaseException) -> str | None:
    """The OpenSSL reason of a TLS failure somewhere in ``exc``'s causes
    (``CERTIFICATE_VERIFY_FAILED``, ``TLSV13_ALERT_CERTIFICATE_REQUIRED``...), else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return str(current.reason or type(current).__name__)
        current = current.__cause__ or current.__context__
    return None


class TlsHealth:
    """The state of TLS to the city, shared by every client: a failure is logged once per
    reason and host and kept in ``problems[PROBLEM]`` until a handshake succeeds again.

    ``problems`` is ``KioskCore.problems`` (the technician's alerts); a start-up problem (no
    identity) stays there for the whole run.
    """

    def __init__(self, problems: MutableMapping[str, str], startup_problem: str | None = None):
        self._problems = problems
        self._lock = threading.Lock()
        self._logged: set[tuple[str, str]] = set()
        self._sticky = startup_problem is not None
        if startup_problem is not None:
            problems[PROBLEM] = startup_problem

    def failed(self, host: str, reason: str) -> None:
        with self._lock:
            if not self._sticky:
                self._problems[PROBLEM] = HANDSHAKE_FAILED
            if (host, reason) in self._logged:
                return
            self._logged.add((host, reason))
        logger.error("TLS with %s failed: %s", host, reason)

    def succeeded(self, host: str) -> None:
        with self._lock:
            if self._sticky or PROBLEM not in self._problems:
                return
            self._problems.pop(PROBLEM, None)
            self._logged.clear()
        logger.info("TLS with %s works again", host)


class TlsTransport(httpx.HTTPTransport):
    """The HTTP transport of a city client: reports TLS failures and recoveries to ``health``,
    then lets the caller (a connector) classify the error as before."""

    def __init__(self, health: TlsHealth, verify: ssl.SSLContext | bool) -> None:
        super().__init__(verify=verify)
        self.health = health

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        try:
            response = super().handle_request(request)
        except httpx.TransportError as exc:
            reason = ssl_reason(exc)
            if reason is not None:
                self.health.failed(host, reason)
            raise
        if request.url.scheme == "https":
            self.health.succeeded(host)
        return response


def city_http_client(
    base_url: str,
    tls: BackendTls,
    health: TlsHealth,
    *,
    timeout: httpx.Timeout,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """One city back end's ``httpx.Client`` (the kiosk's User-Agent, like
    ``offline_queue.connectors.httpfaults.http_client``) over a :class:`TlsTransport`."""
    return httpx.Client(
        base_url=base_url.rstrip("/"),
        timeout=timeout,
        headers={"User-Agent": "ecitizen-kiosk", **(headers or {})},
        transport=TlsTransport(health, tls.verify),
    )
