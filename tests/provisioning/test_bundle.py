"""Configuration bundles: signature, signer, kiosk, monotonic versions, config validation."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from citysim.provisioning import ProvisioningAuthority
from kiosk.commands.provision import validate_config_toml
from provisioning.bundle import (
    install_bundle,
    installed_version,
    load_public_key,
    verify_bundle,
)
from provisioning.errors import ProvisioningError
from provisioning.layout import KioskLayout

from .conftest import KIOSK_ID, SITE


def _key(authority: ProvisioningAuthority) -> ec.EllipticCurvePublicKey:
    return load_public_key(authority.bundle_public_key_path.read_bytes())


def _refused(document: dict[str, str], authority: ProvisioningAuthority) -> str:
    with pytest.raises(ProvisioningError) as info:
        verify_bundle(document, _key(authority), kiosk_id=KIOSK_ID)
    return info.value.key


def test_valid_bundle(authority: ProvisioningAuthority) -> None:
    bundle = verify_bundle(
        authority.sign_bundle(KIOSK_ID, SITE), _key(authority), kiosk_id=KIOSK_ID
    )
    assert (bundle.kiosk_id, bundle.site, bundle.version) == (KIOSK_ID, SITE, 1)
    assert bundle.ca_sha256 == authority.ca_sha256
    validate_config_toml(bundle.config_toml)  # the city's default config is a valid KioskConfig


def test_unsigned_tampered_foreign_refused(
    authority: ProvisioningAuthority, tmp_path: Path
) -> None:
    good = authority.sign_bundle(KIOSK_ID, SITE)
    assert _refused({**good, "signature": ""}, authority) == "provisioning.bundle_unsigned"
    unsigned = {k: v for k, v in good.items() if k != "signature"}
    assert _refused(unsigned, authority) == "provisioning.bundle_unsigned"
    payload = json.loads(base64.b64decode(good["payload"]))
    payload["config_toml"] = payload["config_toml"].replace("production", "demo")
    tampered = {**good, "payload": base64.b64encode(json.dumps(payload).encode()).decode()}
    assert _refused(tampered, authority) == "provisioning.bundle_bad_signature"
    other_city = ProvisioningAuthority(tmp_path / "other-city")
    foreign = other_city.sign_bundle(KIOSK_ID, SITE)
    assert _refused(foreign, authority) == "provisioning.bundle_unknown_signer"
    # the foreign signature under our key id still fails the signature check
    assert _refused({**foreign, "key_id": good["key_id"]}, authority) == (
        "provisioning.bundle_bad_signature"
    )
    assert _refused({**good, "format": "v0"}, authority) == "provisioning.bundle_malformed"
    assert _refused({**good, "payload": "%%%"}, authority) == "provisioning.bundle_malformed"
    other_kiosk = authority.sign_bundle("OTHER-02", SITE)
    assert _refused(other_kiosk, authority) == "provisioning.bundle_wrong_kiosk"


def test_versions_are_monotonic(authority: ProvisioningAuthority, tmp_path: Path) -> None:
    layout = KioskLayout(tmp_path / "root")
    key = _key(authority)
    v3 = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, version=3), key)
    assert install_bundle(layout, v3)
    assert installed_version(layout).version == 3  # type: ignore[union-attr]
    assert layout.config.read_text() == v3.config_toml
    before = {p: p.stat().st_mtime_ns for p in layout.etc_dir.iterdir()}
    assert not install_bundle(layout, v3)  # the same bundle again: nothing written
    resigned = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, version=3), key)
    assert resigned.document != v3.document  # fresh ECDSA signature
    assert not install_bundle(layout, resigned)  # same version, same content: nothing written
    assert {p: p.stat().st_mtime_ns for p in layout.etc_dir.iterdir()} == before

    v2 = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, version=2), key)
    with pytest.raises(ProvisioningError) as info:
        install_bundle(layout, v2)
    assert info.value.key == "provisioning.bundle_rollback"

    other3 = verify_bundle(
        authority.sign_bundle(KIOSK_ID, SITE, version=3, config_toml="# changed\n"), key
    )
    with pytest.raises(ProvisioningError) as info:
        install_bundle(layout, other3)
    assert info.value.key == "provisioning.bundle_version_reused"
    assert layout.config.read_text() == v3.config_toml

    v4 = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, version=4), key)
    assert install_bundle(layout, v4)
    assert installed_version(layout).version == 4  # type: ignore[union-attr]


def test_invalid_config_is_refused(authority: ProvisioningAuthority, tmp_path: Path) -> None:
    layout = KioskLayout(tmp_path / "root")
    key = _key(authority)
    bad = verify_bundle(
        authority.sign_bundle(
            KIOSK_ID, SITE, config_toml='[kiosk]\nid = "X"\nsite = "Y"\nsurprise = 1\n'
        ),
        key,
    )
    with pytest.raises(ProvisioningError) as info:
        install_bundle(layout, bad, validate=validate_config_toml)
    assert info.value.key == "provisioning.bundle_config_invalid"
    assert "kiosk.surprise" in info.value.detail
    assert installed_version(layout) is None
    assert not layout.config.exists()


def test_city_key_must_be_p256(tmp_path: Path) -> None:
    with pytest.raises(ProvisioningError):
        load_public_key(b"junk")
    p384 = ec.generate_private_key(ec.SECP384R1()).public_key()
    pem = p384.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(ProvisioningError) as info:
        load_public_key(pem)
    assert info.value.key == "provisioning.city_key_invalid"
