"""Signed configuration bundles: verify against the pinned city key, install monotonically.

Wire format (made by the city's provisioning service; ``citysim.provisioning`` is the demo)::

    {"format": "ecitizen-kiosk-bundle/1", "key_id": "<sha256 of the signer's SPKI DER, hex>",
     "payload": "<base64 of canonical JSON>", "signature": "<base64 DER ECDSA P-256 SHA-256>"}

    payload = {"kiosk_id", "site", "version", "issued_at", "ca_sha256", "config_toml"}

Refused (each with its own key): a bundle without signature (``bundle_unsigned``), signed by
another key (``bundle_unknown_signer``), with a bad signature, i.e. tampered
(``bundle_bad_signature``), for another kiosk (``bundle_wrong_kiosk``), older than the installed
one (``bundle_rollback``), or different contents under the installed version number
(``bundle_version_reused``). Re-installing the installed version (even re-signed) changes
nothing.

File modes, whatever the umask: ``kiosk.toml`` holds the site's secrets (SIP2 password, Open311
API key) and is ``0640 root:kiosk`` (``0600`` root only while the kiosk group does not exist);
``bundle.json`` carries the same text and only root reads it (``0600``); ``bundle.state`` and the
``kiosk.service`` network drop-in (``IPAddressAllow=`` from ``[network] allow``) are ``0644``.

The high-water mark lives in ``bundle.state`` (root-owned, written after the configuration).
Someone with root on the kiosk can reset it; a TPM NV counter would close that gap and is the
hardware extension point for the same check.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import ipaddress
import json
import logging
import re
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from provisioning.errors import ProvisioningError
from provisioning.files import ensure_dir, write_file
from provisioning.layout import PRIVATE_MODE, SECRET_MODE, KioskLayout
from provisioning.system_files import network_dropin

logger = logging.getLogger(__name__)

BUNDLE_FORMAT = "ecitizen-kiosk-bundle/1"

ConfigValidator = Callable[[str], None]
"""Checks a bundle's ``config_toml``; raises ``ValueError`` (message shown) if it is invalid."""


@dataclass(frozen=True)
class ConfigBundle:
    kiosk_id: str
    site: str
    version: int
    issued_at: dt.datetime
    ca_sha256: str
    config_toml: str
    payload_sha256: str
    document: Mapping[str, str]  # the bundle as received, kept verbatim on disk

    @property
    def content_sha256(self) -> str:
        """What a version number stands for: everything but the signing time (a re-signed
        copy of the same version, with a fresh ECDSA signature and time, has the same content).
        """
        content = {
            "kiosk_id": self.kiosk_id,
            "site": self.site,
            "version": self.version,
            "ca_sha256": self.ca_sha256,
            "config_toml": self.config_toml,
        }
        raw = json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return hashlib.sha256(raw).hexdigest()


def load_public_key(pem: bytes) -> ec.EllipticCurvePublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise ProvisioningError("provisioning.city_key_invalid", "not a PEM public key") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ProvisioningError("provisioning.city_key_invalid", "not an EC P-256 key")
    return key


def key_id(public_key: ec.EllipticCurvePublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def _b64(value: object, what: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise ProvisioningError("provisioning.bundle_malformed", f"{what} missing")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ProvisioningError("provisioning.bundle_malformed", f"{what} not base64") from exc


def verify_bundle(
    document: Mapping[str, Any],
    city_key: ec.EllipticCurvePublicKey,
    *,
    kiosk_id: str | None = None,
) -> ConfigBundle:
    """Check format, signer, signature and payload shape. Does not look at versions."""
    if not isinstance(document, Mapping) or document.get("format") != BUNDLE_FORMAT:
        raise ProvisioningError("provisioning.bundle_malformed", "unknown bundle format")
    if not document.get("signature"):
        raise ProvisioningError("provisioning.bundle_unsigned", "the bundle has no signature")
    if document.get("key_id") != key_id(city_key):
        raise ProvisioningError(
            "provisioning.bundle_unknown_signer", "signed by a key other than the pinned city key"
        )
    raw = _b64(document.get("payload"), "payload")
    signature = _b64(document.get("signature"), "signature")
    try:
        city_key.verify(signature, raw, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise ProvisioningError(
            "provisioning.bundle_bad_signature", "signature does not match (tampered bundle)"
        ) from None
    try:
        payload = json.loads(raw)
        issued_at = dt.datetime.strptime(payload["issued_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=dt.UTC
        )
        bundle = ConfigBundle(
            kiosk_id=payload["kiosk_id"],
            site=payload["site"],
            version=payload["version"],
            issued_at=issued_at,
            ca_sha256=payload["ca_sha256"],
            config_toml=payload["config_toml"],
            payload_sha256=hashlib.sha256(raw).hexdigest(),
            document={k: str(v) for k, v in document.items()},
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ProvisioningError("provisioning.bundle_malformed", "bad payload") from exc
    if (
        not all(isinstance(v, str) for v in (bundle.kiosk_id, bundle.site, bundle.config_toml))
        or not isinstance(bundle.version, int)
        or isinstance(bundle.version, bool)
        or bundle.version < 1
        or re.fullmatch(r"[0-9a-f]{64}", str(bundle.ca_sha256)) is None
    ):
        raise ProvisioningError("provisioning.bundle_malformed", "bad payload field types")
    if kiosk_id is not None and bundle.kiosk_id != kiosk_id:
        raise ProvisioningError("provisioning.bundle_wrong_kiosk", "bundle is for another kiosk")
    return bundle


@dataclass(frozen=True)
class InstalledVersion:
    version: int
    content_sha256: str


def installed_version(layout: KioskLayout) -> InstalledVersion | None:
    try:
        text = layout.bundle_state.read_text(encoding="ascii").split()
    except FileNotFoundError:
        return None
    if len(text) != 2 or not text[0].isdigit():
        raise ProvisioningError("provisioning.bundle_state_corrupt", str(layout.bundle_state))
    return InstalledVersion(int(text[0]), text[1])


def install_bundle(
    layout: KioskLayout, bundle: ConfigBundle, *, validate: ConfigValidator | None = None
) -> bool:
    """Install a verified bundle: ``bundle.json``, ``kiosk.toml``, then the version mark.

    Returns False if exactly this bundle is already installed (nothing written).
    """
    current = installed_version(layout)
    if current is not None:
        if bundle.version < current.version:
            raise ProvisioningError(
                "provisioning.bundle_rollback",
                f"version {bundle.version} is older than installed {current.version}",
            )
        if bundle.version == current.version:
            if bundle.content_sha256 != current.content_sha256:
                raise ProvisioningError(
                    "provisioning.bundle_version_reused",
                    f"different contents under the installed version {bundle.version}",
                )
            # the installed version again (perhaps re-signed): keep the installed bundle,
            # only repair a missing or edited kiosk.toml (and the modes of both)
            changed = False
            if layout.bundle.exists():
                changed |= _fix_mode(layout.bundle, PRIVATE_MODE)
            else:
                changed |= _write_bundle(layout, bundle)
            changed |= write_config(layout, bundle.config_toml)
            return changed
    if validate is not None:
        try:
            validate(bundle.config_toml)
        except ValueError as exc:
            raise ProvisioningError("provisioning.bundle_config_invalid", str(exc)) from exc
    allow = network_allow(bundle.config_toml)
    ensure_dir(layout.etc_dir, 0o755)
    changed = _write_bundle(layout, bundle)
    changed |= write_config(layout, bundle.config_toml, allow)
    changed |= write_file(
        layout.bundle_state, f"{bundle.version} {bundle.content_sha256}\n".encode("ascii"), 0o644
    )
    return changed


def network_allow(config_toml: str) -> tuple[str, ...]:
    """The city's networks from ``[network] allow`` (addresses or CIDR prefixes), normalised."""
    try:
        section = tomllib.loads(config_toml).get("network", {})
    except tomllib.TOMLDecodeError as exc:
        raise ProvisioningError("provisioning.bundle_config_invalid", "not TOML") from exc
    allow = section.get("allow", []) if isinstance(section, dict) else None
    if not isinstance(allow, list) or not all(isinstance(a, str) for a in allow):
        raise ProvisioningError("provisioning.bundle_config_invalid", "network.allow: a list")
    try:
        return tuple(str(ipaddress.ip_network(a, strict=False)) for a in allow)
    except ValueError as exc:
        raise ProvisioningError(
            "provisioning.bundle_config_invalid", f"network.allow: {exc}"
        ) from exc


def write_config(
    layout: KioskLayout, config_toml: str, allow: tuple[str, ...] | None = None
) -> bool:
    """``kiosk.toml`` readable by the kiosk group only, and the network drop-in from it."""
    gid = layout.group_id()
    if gid is None:
        logger.warning(
            "group kiosk does not exist yet (systemd-sysusers): kiosk.toml is root-only (0600)"
        )
    mode = PRIVATE_MODE if gid is None else SECRET_MODE
    changed = write_file(layout.config, config_toml.encode("utf-8"), mode, group=gid)
    dropin = network_dropin(network_allow(config_toml) if allow is None else allow)
    if not layout.network_dropin.parent.is_dir():
        ensure_dir(layout.network_dropin.parent, 0o755)
    changed |= write_file(layout.network_dropin, dropin.encode("utf-8"), 0o644)
    return changed


def _fix_mode(path: Path, mode: int) -> bool:
    if stat.S_IMODE(path.stat().st_mode) == mode:
        return False
    path.chmod(mode)
    return True


def _write_bundle(layout: KioskLayout, bundle: ConfigBundle) -> bool:
    text = json.dumps(dict(bundle.document), sort_keys=True, indent=2) + "\n"
    return write_file(layout.bundle, text.encode("utf-8"), PRIVATE_MODE)
