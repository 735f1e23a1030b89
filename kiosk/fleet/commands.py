"""Signed remote commands for a kiosk (issue #18 part B): the envelope, signing and verification.

Pure: no I/O, no clock of its own (the caller passes ``now``), no MQTT. The replay cache is
:mod:`kiosk.fleet.replay`, the handlers and the audit trail :mod:`kiosk.fleet.actions`.

Wire format (UTF-8 JSON, at most :data:`MAX_ENVELOPE_BYTES`)::

    {"format": "ecitizen-fleet-command/1",
     "payload": "<base64 of the canonical JSON payload>",
     "signature": "<base64 of the signature over the payload bytes>",
     "cert": "<PEM of the operator's certificate>"}

    payload = {"command": "out_of_service", "args": {"k": "v", ...},
               "target": "kiosk:<kiosk id>" | "site:<site slug>",
               "issued_at": <unix seconds>, "expires_at": <unix seconds>,
               "nonce": "<32-64 lowercase hex digits>", "urgent": false}

Signature: ECDSA P-256 with SHA-256 (DER), or Ed25519, by the key of the operator certificate.

Operator certificate (the role is in the certificate, not in the payload): issued directly by
the city CA (the CA that issues the kiosks' device certificates, pinned on the kiosk), within its
validity, not a CA, key usage ``digitalSignature``, and the extended key usage
:data:`FLEET_OPERATOR_EKU` (``2.25.…``: an OID derived from a UUID, ITU-T X.667, so no
registration is needed). The subject's OU is ``fleet-operator`` for humans reading it; only the
EKU counts. A kiosk's own device certificate has ``clientAuth`` only, so a stolen kiosk key can
never command another kiosk.

Time: a command is valid from ``issued_at - CLOCK_SKEW_S`` to ``expires_at + CLOCK_SKEW_S``; its
lifetime may not exceed :data:`MAX_LIFETIME_S` (the replay cache remembers a nonce until the
command's expiry, so an unbounded lifetime would mean an unbounded cache).

Every refusal is a :class:`Verdict` with a reason key (``fleet.*``); nothing here raises on
hostile input.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import ExtendedKeyUsageOID

ENVELOPE_FORMAT = "ecitizen-fleet-command/1"
FLEET_OPERATOR_EKU = x509.ObjectIdentifier("2.25.150012247375418835072296430711068087376")
"""Extended key usage that makes a city-CA certificate a fleet operator's."""
OPERATOR_OU = "fleet-operator"

MAX_ENVELOPE_BYTES = 16 * 1024
MAX_LIFETIME_S = 24 * 3600
MAX_TARGET_LIFETIME_S = 45 * 24 * 3600
"""``update.set_target`` may live longer: the rollout publishes it retained, and a kiosk that
was offline for weeks must still find it when it comes back (a replay only sets the same
target again, and an older target never replaces a newer one: kiosk.updates.state)."""
CLOCK_SKEW_S = 60
MAX_ARGS = 8
MAX_ARG_CHARS = 256

OUT_OF_SERVICE = "out_of_service"
BACK_IN_SERVICE = "back_in_service"
RUN_DIAGNOSTICS = "run_diagnostics"
UPLOAD_LOGS = "upload_logs"
APPLY_CONFIG = "apply_config"
RESTART = "restart"
UPDATE_SET_TARGET = "update.set_target"
"""``args.version`` (empty: clear the target) and ``args.ring``: the release this kiosk should run
(issue #19, kiosk.updates); the updater installs it in the maintenance window, when idle."""
COMMANDS = frozenset(
    {
        OUT_OF_SERVICE,
        BACK_IN_SERVICE,
        RUN_DIAGNOSTICS,
        UPLOAD_LOGS,
        APPLY_CONFIG,
        RESTART,
        UPDATE_SET_TARGET,
    }
)

_NONCE_RE = re.compile(r"^[0-9a-f]{32,64}$")
_ARG_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_KIOSK_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")  # as kiosk.config / provisioning.csr
_SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def site_slug(site: str) -> str:
    """The topic-safe name of a site (``"Central Library"`` → ``central-library``): lowercase
    ASCII letters, digits, ``.``, ``_``, ``-``; everything else becomes ``-``. Used in
    ``<prefix>/sites/<slug>/cmd`` and in a command's ``site:`` target."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", site.strip().lower()).strip("-")[:64]
    return slug or "site"


@dataclass(frozen=True)
class Command:
    """A command as signed by the operator (already shape-checked)."""

    command: str
    args: Mapping[str, str]
    target: str
    issued_at: int
    expires_at: int
    nonce: str
    urgent: bool = False
    envelope: bytes = field(default=b"", compare=False, repr=False)
    """The signed envelope it came in (set by :func:`verify_command`): a handler that keeps a
    command's effect for another process (the update target) keeps the proof with it."""

    def payload(self) -> dict[str, Any]:
        return {
            "command": self.command,
            "args": dict(self.args),
            "target": self.target,
            "issued_at": self.issued_at,
            "expires_at": self.expires_at,
            "nonce": self.nonce,
            "urgent": self.urgent,
        }


@dataclass(frozen=True)
class Operator:
    """Who signed: the certificate's serial (hex, at least 16 digits) and SHA-256, and the
    subject (for the operator's own display; the audit log keeps serial and fingerprint)."""

    serial: str
    cert_sha256: str
    subject: str


@dataclass(frozen=True)
class Verdict:
    """The outcome of :func:`verify_command`. ``reason`` is ``"fleet.ok"`` when accepted."""

    accepted: bool
    reason: str
    command: Command | None = None
    operator: Operator | None = None
    nonce: str | None = field(default=None)
    command_name: str | None = field(default=None)


def canonical_json(obj: Mapping[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def new_nonce() -> str:
    return secrets.token_hex(16)


def kiosk_target(kiosk_id: str) -> str:
    return f"kiosk:{kiosk_id}"


def site_target(site: str) -> str:
    return f"site:{site_slug(site)}"


# --------------------------------------------------------------------------------------------
# Signing (the operator's side: kiosk fleet send, tests, the benchmark)

SigningKey = ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey


def make_command(
    command: str,
    target: str,
    *,
    now: float,
    ttl_s: int = 300,
    args: Mapping[str, str] | None = None,
    urgent: bool = False,
    nonce: str | None = None,
) -> Command:
    issued = int(now)
    return Command(
        command, dict(args or {}), target, issued, issued + ttl_s, nonce or new_nonce(), urgent
    )


def sign_command(command: Command, key: SigningKey, cert: x509.Certificate) -> bytes:
    """The envelope bytes, ready to publish."""
    raw = canonical_json(command.payload())
    if isinstance(key, ed25519.Ed25519PrivateKey):
        signature = key.sign(raw)
    else:
        signature = key.sign(raw, ec.ECDSA(hashes.SHA256()))
    envelope = {
        "format": ENVELOPE_FORMAT,
        "payload": base64.b64encode(raw).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
        "cert": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    }
    return canonical_json(envelope)


# --------------------------------------------------------------------------------------------
# Verification (the kiosk's side)


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _b64(value: object) -> bytes:
    if not isinstance(value, str) or not value:
        raise _Refused("fleet.malformed")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _Refused("fleet.malformed") from None


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**40:
        raise _Refused("fleet.malformed")
    return value


def parse_payload(raw: bytes) -> Command:
    """The payload's shape (raises ``_Refused``)."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Refused("fleet.malformed") from None
    if not isinstance(doc, dict):
        raise _Refused("fleet.malformed")
    command, args, target = doc.get("command"), doc.get("args", {}), doc.get("target")
    nonce, urgent = doc.get("nonce"), doc.get("urgent", False)
    if not isinstance(nonce, str) or _NONCE_RE.fullmatch(nonce) is None:
        raise _Refused("fleet.malformed")
    if not isinstance(command, str) or not isinstance(target, str) or not isinstance(urgent, bool):
        raise _Refused("fleet.malformed")
    if not isinstance(args, dict) or len(args) > MAX_ARGS:
        raise _Refused("fleet.bad_args")
    for key, value in args.items():
        if (
            _ARG_KEY_RE.fullmatch(key) is None
            or not isinstance(value, str)
            or len(value) > MAX_ARG_CHARS
        ):
            raise _Refused("fleet.bad_args")
    return Command(
        command,
        dict(args),
        target,
        _int(doc.get("issued_at")),
        _int(doc.get("expires_at")),
        nonce,
        urgent,
    )


def _operator_of(cert: x509.Certificate) -> Operator:
    return Operator(
        serial=format(cert.serial_number, "x").rjust(16, "0"),
        cert_sha256=cert.fingerprint(hashes.SHA256()).hex(),
        subject=cert.subject.rfc4514_string(),
    )


def _check_certificate(cert: x509.Certificate, ca: x509.Certificate, now: float) -> None:
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        raise _Refused("fleet.untrusted_certificate") from None
    moment = dt.datetime.fromtimestamp(now, dt.UTC)
    if not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc:
        raise _Refused("fleet.certificate_expired")
    try:
        basic = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except (x509.ExtensionNotFound, ValueError):
        raise _Refused("fleet.wrong_role") from None
    if basic.ca or not usage.digital_signature or FLEET_OPERATOR_EKU not in eku:
        raise _Refused("fleet.wrong_role")
    if ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE in eku:
        raise _Refused("fleet.wrong_role")


def _check_signature(cert: x509.Certificate, signature: bytes, raw: bytes) -> None:
    try:
        key = cert.public_key()
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, raw)
        elif isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
            key.verify(signature, raw, ec.ECDSA(hashes.SHA256()))
        else:
            raise _Refused("fleet.unsupported_key")
    except (InvalidSignature, ValueError, UnsupportedAlgorithm):
        raise _Refused("fleet.bad_signature") from None


def _check_target(target: str, kiosk_id: str, site: str) -> None:
    kind, _, name = target.partition(":")
    if kind == "kiosk" and _KIOSK_ID_RE.fullmatch(name) and name == kiosk_id:
        return
    if kind == "site" and _SLUG_RE.fullmatch(name) and name == site_slug(site):
        return
    raise _Refused("fleet.wrong_target")


def _check_time(command: Command, now: float) -> None:
    if not math.isfinite(now):
        raise _Refused("fleet.expired")
    if command.expires_at <= command.issued_at:
        raise _Refused("fleet.malformed")
    limit = MAX_TARGET_LIFETIME_S if command.command == UPDATE_SET_TARGET else MAX_LIFETIME_S
    if command.expires_at - command.issued_at > limit:
        raise _Refused("fleet.lifetime_too_long")
    if now < command.issued_at - CLOCK_SKEW_S:
        raise _Refused("fleet.not_yet_valid")
    if now > command.expires_at + CLOCK_SKEW_S:
        raise _Refused("fleet.expired")


def verify_command(
    data: bytes,
    *,
    ca: x509.Certificate,
    kiosk_id: str,
    site: str,
    now: float,
) -> Verdict:
    """Check one received envelope; never raises. Does not look at nonces already seen."""
    nonce: str | None = None
    name: str | None = None
    operator: Operator | None = None
    try:
        if not isinstance(data, bytes | bytearray) or len(data) > MAX_ENVELOPE_BYTES:
            raise _Refused("fleet.too_large")
        try:
            envelope = json.loads(bytes(data).decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise _Refused("fleet.malformed") from None
        if not isinstance(envelope, dict) or envelope.get("format") != ENVELOPE_FORMAT:
            raise _Refused("fleet.malformed")
        raw = _b64(envelope.get("payload"))
        signature = _b64(envelope.get("signature"))
        cert_pem = envelope.get("cert")
        if not isinstance(cert_pem, str) or not cert_pem:
            raise _Refused("fleet.unsigned")
        try:
            cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
            operator = _operator_of(cert)
        except (ValueError, UnicodeEncodeError, TypeError):
            raise _Refused("fleet.malformed") from None
        # the payload is read before the checks only to name the command in the audit log;
        # nothing in it is trusted until the signature and the certificate are checked
        try:
            preview = parse_payload(raw)
            nonce, name = preview.nonce, preview.command
        except _Refused:
            preview = None
        _check_certificate(cert, ca, now)
        _check_signature(cert, signature, raw)
        command = preview if preview is not None else parse_payload(raw)
        if command.command not in COMMANDS:
            raise _Refused("fleet.unknown_command")
        _check_time(command, now)
        _check_target(command.target, kiosk_id, site)
    except _Refused as refusal:
        return Verdict(False, refusal.reason, None, operator, nonce, name)
    command = dataclasses.replace(command, envelope=bytes(data))
    return Verdict(True, "fleet.ok", command, operator, command.nonce, command.command)
