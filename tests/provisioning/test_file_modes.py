"""Issue #14 item 6: every file provisioning writes has its mode whatever the umask; the kiosk's
secrets (kiosk.toml: SIP2 password, Open311 API key; bundle.json holds the same text) are never
readable by others; the kiosk group alone may read kiosk.toml. And the city's networks from the
configuration become kiosk.service's IPAddressAllow= drop-in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from citysim.provisioning import ProvisioningAuthority, default_config_toml
from kiosk.commands.provision import provision, validate_config_toml
from provisioning.bundle import install_bundle, load_public_key, verify_bundle
from provisioning.enrol import enrol
from provisioning.errors import ProvisioningError
from provisioning.install import repo_service_file
from provisioning.keystore import FileKeyStore
from provisioning.layout import KioskLayout

from .conftest import KIOSK_ID, SITE, _EnrolServer

KIOSK_GID = 4242  # the image tree's own kiosk group (not the host's)
SECRET = "sip2-password-canary"

# what each file the kiosk's provisioning writes may be: (mode, group is the kiosk's)
EXPECTED = {
    "etc/ecitizen-kiosk/kiosk.toml": (0o640, True),
    "etc/ecitizen-kiosk/bundle.json": (0o600, False),
    "etc/ecitizen-kiosk/bundle.state": (0o644, False),
    "etc/ecitizen-kiosk/identity/device-key.pem": (0o600, False),
    "etc/ecitizen-kiosk/identity/device-cert.pem": (0o644, False),
    "etc/ecitizen-kiosk/identity/city-ca.pem": (0o644, False),
    "etc/systemd/system/kiosk.service.d/60-network.conf": (0o644, False),
}


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask000", "umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _with_kiosk_group(layout: KioskLayout) -> None:
    group = layout.root / "etc" / "group"
    group.parent.mkdir(parents=True, exist_ok=True)
    group.write_text(f"root:x:0:\nkiosk:x:{KIOSK_GID}:\n")


def _config(networks: tuple[str, ...] = ("10.20.0.0/16", "192.0.2.7")) -> str:
    return (
        default_config_toml(KIOSK_ID, SITE, "https://gateway.city.test", networks)
        + f'\n# the site\'s secrets\n# sip2_password = "{SECRET}"\n'
    )


def _entries(root: Path) -> dict[str, os.stat_result]:
    return {str(p.relative_to(root)): p.lstat() for p in sorted(root.rglob("*"))}


def test_enrol_and_install_write_every_file_with_its_mode(
    tmp_path: Path,
    layout: KioskLayout,
    authority: ProvisioningAuthority,
    enrol_server: _EnrolServer,
    umask: int,  # last: set once the image tree (etc/, the pinned key) exists
) -> None:
    _with_kiosk_group(layout)
    authority.publish_config(KIOSK_ID, _config())
    enrol(
        layout,
        FileKeyStore(layout.device_key),
        url=enrol_server.url,
        token=authority.issue_token(kiosk_id=KIOSK_ID),
        kiosk_id=KIOSK_ID,
        site=SITE,
        city_key_pem=layout.city_provisioning_key.read_bytes(),
        validate=validate_config_toml,
    )
    result = CliRunner().invoke(
        provision,
        ["install", "--root", str(layout.root), "--service-file", str(repo_service_file())],
    )
    assert result.exit_code == 0, result.output

    entries = _entries(layout.root)
    for rel, (mode, kiosk_group) in EXPECTED.items():
        st = entries[rel]
        assert stat.S_IMODE(st.st_mode) == mode, (rel, oct(st.st_mode))
        if kiosk_group:
            assert st.st_gid == KIOSK_GID, rel
    for rel, st in entries.items():
        if stat.S_ISLNK(st.st_mode) or rel == "etc/group":
            continue
        assert not stat.S_IMODE(st.st_mode) & 0o002, f"{rel} is world-writable"
        if stat.S_ISDIR(st.st_mode):
            assert stat.S_IMODE(st.st_mode) in (0o755, 0o700), (rel, oct(st.st_mode))
        elif rel not in EXPECTED:  # the system files: public, root's
            assert stat.S_IMODE(st.st_mode) == 0o644, (rel, oct(st.st_mode))
    # only the two secret-bearing files contain the secret, and no other user reads them
    holders = {
        rel
        for rel, st in entries.items()
        if stat.S_ISREG(st.st_mode)
        and SECRET.encode() in (layout.root / rel).read_bytes() + _b64_payload(layout.root / rel)
    }
    assert holders == {"etc/ecitizen-kiosk/kiosk.toml", "etc/ecitizen-kiosk/bundle.json"}
    assert not any(stat.S_IMODE(entries[rel].st_mode) & 0o007 for rel in holders)
    assert (
        (layout.root / "etc/systemd/system/kiosk.service.d/60-network.conf")
        .read_text()
        .endswith("IPAddressAllow=10.20.0.0/16 192.0.2.7/32\n")
    )


def _b64_payload(path: Path) -> bytes:
    """bundle.json carries kiosk.toml base64-encoded inside its payload."""
    import base64
    import json

    if path.name != "bundle.json":
        return b""
    return base64.b64decode(json.loads(path.read_text())["payload"])


def test_modes_are_repaired(tmp_path: Path, authority: ProvisioningAuthority) -> None:
    layout = KioskLayout(tmp_path / "root")
    _with_kiosk_group(layout)
    key = load_public_key(authority.bundle_public_key_path.read_bytes())
    bundle = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, config_toml=_config()), key)
    assert install_bundle(layout, bundle)
    layout.config.chmod(0o644)  # an old install (or a hand edit) left it world-readable
    layout.bundle.chmod(0o644)
    os.chown(layout.config, -1, 0)
    assert install_bundle(layout, bundle)  # the same version: only modes and group repaired
    assert stat.S_IMODE(layout.config.stat().st_mode) == 0o640
    assert layout.config.stat().st_gid == KIOSK_GID
    assert stat.S_IMODE(layout.bundle.stat().st_mode) == 0o600
    assert not install_bundle(layout, bundle)  # and nothing more to do


def test_without_the_kiosk_group_the_config_is_root_only(
    tmp_path: Path, authority: ProvisioningAuthority, caplog: pytest.LogCaptureFixture
) -> None:
    layout = KioskLayout(tmp_path / "root")  # an image tree before systemd-sysusers ran
    key = load_public_key(authority.bundle_public_key_path.read_bytes())
    bundle = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, config_toml=_config()), key)
    install_bundle(layout, bundle)
    assert stat.S_IMODE(layout.config.stat().st_mode) == 0o600
    assert "group kiosk does not exist" in caplog.text


def test_network_allow_in_the_bundle_is_checked(
    tmp_path: Path, authority: ProvisioningAuthority
) -> None:
    layout = KioskLayout(tmp_path / "root")
    key = load_public_key(authority.bundle_public_key_path.read_bytes())
    bad = default_config_toml(KIOSK_ID, SITE, "https://gateway.city.test", ["10.0.0.0/33"])
    bundle = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, config_toml=bad), key)
    with pytest.raises(ProvisioningError) as info:
        install_bundle(layout, bundle)
    assert info.value.key == "provisioning.bundle_config_invalid"
    assert not layout.config.exists()
    empty = default_config_toml(KIOSK_ID, SITE, "https://127.0.0.1:8711", [])
    bundle = verify_bundle(authority.sign_bundle(KIOSK_ID, SITE, config_toml=empty), key)
    install_bundle(layout, bundle, validate=validate_config_toml)  # loopback: none needed
    assert "localhost only" in layout.network_dropin.read_text()
