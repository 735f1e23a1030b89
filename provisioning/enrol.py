"""Enrolment: device key, CSR, one-time token to the city's provisioning endpoint, then verify
and store the certificate, the city CA and the signed configuration bundle.

The endpoint takes ``POST {"token": ..., "csr_pem": ...}`` (the token is in the body, never the
URL: SEC-14) and answers ``{"cert_pem", "ca_pem", "bundle"}`` or ``{"error": "provisioning.*"}``.

Nothing from the response is trusted on its own: the bundle must carry the pinned city key's
signature, the CA must match the ``ca_sha256`` inside the signed bundle, and the certificate must
be for this kiosk's key, issued by that CA, for client authentication.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import logging
import ssl
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from provisioning.bundle import (
    ConfigBundle,
    ConfigValidator,
    install_bundle,
    verify_bundle,
)
from provisioning.bundle import load_public_key as load_city_key
from provisioning.csr import build_csr, check_identity
from provisioning.errors import ProvisioningError
from provisioning.files import ensure_dir, write_file
from provisioning.keystore import KeyStore
from provisioning.layout import KioskLayout

logger = logging.getLogger(__name__)

ENROL_PATH = "/provisioning/enrol"


@dataclass(frozen=True)
class EnrolResponse:
    cert_pem: str
    ca_pem: str
    bundle: dict[str, Any]


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def request_enrolment(
    url: str,
    token: str,
    csr_pem: str,
    *,
    verify: ssl.SSLContext | bool = True,
    timeout_s: float = 15.0,
    allow_http: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> EnrolResponse:
    """POST the token and CSR to ``url`` (the full endpoint URL).

    Plain HTTP is refused unless ``allow_http`` or the host is loopback: the bundle and
    certificate are checked cryptographically anyway, but the one-time token would travel in
    clear.
    """
    scheme = urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise ProvisioningError("provisioning.url_invalid", "http:// or https:// URL expected")
    if scheme == "http" and not (allow_http or is_loopback_url(url)):
        raise ProvisioningError(
            "provisioning.insecure_url", "plain HTTP to a remote host; use https://"
        )
    try:
        with httpx.Client(verify=verify, timeout=timeout_s, transport=transport) as client:
            response = client.post(
                url,
                json={"token": token, "csr_pem": csr_pem},
                # the city gateway requires one on every POST; one per enrolment attempt
                headers={"Idempotency-Key": str(uuid.uuid4())},
            )
    except httpx.TimeoutException as exc:
        raise ProvisioningError("provisioning.timeout", exc.__class__.__name__) from exc
    except httpx.TransportError as exc:
        raise ProvisioningError("provisioning.unreachable", exc.__class__.__name__) from exc
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.status_code != 200:
        key = None
        if isinstance(body, dict):
            key = body.get("error") or body.get("code")
        if not isinstance(key, str) or not key.startswith("provisioning."):
            key = "provisioning.refused"
        raise ProvisioningError(key, f"HTTP {response.status_code}")
    if not isinstance(body, dict):
        raise ProvisioningError("provisioning.bad_response", "not a JSON object")
    cert_pem, ca_pem, bundle = body.get("cert_pem"), body.get("ca_pem"), body.get("bundle")
    if not isinstance(cert_pem, str) or not isinstance(ca_pem, str) or not isinstance(bundle, dict):
        raise ProvisioningError("provisioning.bad_response", "cert_pem, ca_pem, bundle expected")
    return EnrolResponse(cert_pem, ca_pem, bundle)


def _load_cert(pem: str, what: str) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise ProvisioningError("provisioning.bad_response", f"{what} is not a PEM cert") from exc


def check_issued_certificate(
    cert: x509.Certificate,
    ca: x509.Certificate,
    keys: KeyStore,
    kiosk_id: str,
    *,
    now: dt.datetime | None = None,
) -> None:
    """The certificate is ours (our key, our id), from the city CA, valid, for client auth."""
    ours = keys.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    theirs = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if ours != theirs:
        raise ProvisioningError("provisioning.cert_wrong_key", "not issued for this device key")
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature) as exc:
        raise ProvisioningError(
            "provisioning.cert_wrong_issuer", "not issued by the city CA"
        ) from exc
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if len(cns) != 1 or cns[0].value != kiosk_id:
        raise ProvisioningError("provisioning.cert_wrong_subject", "CN is not this kiosk's id")
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        eku = None
    if eku is None or ExtendedKeyUsageOID.CLIENT_AUTH not in eku:
        raise ProvisioningError("provisioning.cert_usage", "not a client-authentication cert")
    moment = now or dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc:
        raise ProvisioningError("provisioning.cert_not_valid_now", "check the kiosk's clock")


@dataclass(frozen=True)
class EnrolResult:
    kiosk_id: str
    cert_sha256: str
    cert_not_after: dt.datetime
    bundle_version: int
    bundle_changed: bool
    key_generated: bool


def enrol(
    layout: KioskLayout,
    keys: KeyStore,
    *,
    url: str,
    token: str,
    kiosk_id: str,
    site: str,
    city_key_pem: bytes,
    verify: ssl.SSLContext | bool = True,
    allow_http: bool = False,
    validate: ConfigValidator | None = None,
    timeout_s: float = 15.0,
    transport: httpx.BaseTransport | None = None,
) -> EnrolResult:
    """The whole kiosk side of enrolment.

    Only the device key (when there is none yet) is written before the checks; the
    certificate, CA, bundle and configuration are written only if every check passes.
    """
    check_identity(kiosk_id, site)
    city_key = load_city_key(city_key_pem)
    generated = False
    if not keys.exists():
        keys.generate()
        generated = True
        logger.info("generated the device key")
    csr_pem = build_csr(keys, kiosk_id, site)
    response = request_enrolment(
        url,
        token,
        csr_pem,
        verify=verify,
        timeout_s=timeout_s,
        allow_http=allow_http,
        transport=transport,
    )
    bundle: ConfigBundle = verify_bundle(response.bundle, city_key, kiosk_id=kiosk_id)
    ca = _load_cert(response.ca_pem, "ca_pem")
    ca_der = ca.public_bytes(serialization.Encoding.DER)
    if hashlib.sha256(ca_der).hexdigest() != bundle.ca_sha256:
        raise ProvisioningError(
            "provisioning.ca_mismatch", "the CA is not the one named in the signed bundle"
        )
    cert = _load_cert(response.cert_pem, "cert_pem")
    check_issued_certificate(cert, ca, keys, kiosk_id)
    changed = install_bundle(layout, bundle, validate=validate)
    ensure_dir(layout.identity_dir, 0o700)
    write_file(layout.city_ca, ca.public_bytes(serialization.Encoding.PEM), 0o644)
    write_file(layout.device_cert, cert.public_bytes(serialization.Encoding.PEM), 0o644)
    logger.info("enrolled; configuration bundle version %d", bundle.version)
    return EnrolResult(
        kiosk_id=kiosk_id,
        cert_sha256=hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest(),
        cert_not_after=cert.not_valid_after_utc,
        bundle_version=bundle.version,
        bundle_changed=changed,
        key_generated=generated,
    )
