"""``kiosk provision apt-source``: the city's repository with ``Signed-By=`` its key only, and
the package held."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.commands.provision import provision
from provisioning.apt_source import (
    KEYRING_FILE,
    SOURCE_FILE,
    AptSource,
    install_apt_source,
    read_source,
    release_key,
)
from provisioning.errors import ProvisioningError
from tests.helpers import debrepo
from tests.packaging.conftest import Key, Packages

URL = "http://updates.city.example/kiosk/"


def gpg(key: Key, *args: str) -> bytes:
    return subprocess.run(
        ["gpg", "--homedir", str(key.gnupghome), "--batch", *args],
        capture_output=True, check=True,
    ).stdout  # fmt: skip


def test_the_source_trusts_the_city_key_only(tmp_path: Path, city_key: Key) -> None:
    report = install_apt_source(tmp_path, URL, city_key.public.read_bytes())
    assert report.fingerprint == city_key.fingerprint
    assert sorted(report.changed) == sorted([KEYRING_FILE, SOURCE_FILE])
    assert report.held is False  # no package installed in this root
    text = (tmp_path / SOURCE_FILE).read_text()
    fields = dict(
        line.split(": ", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
    assert fields == {
        "Types": "deb",
        "URIs": URL,
        "Suites": "kiosk",
        "Components": "main",
        "Signed-By": "/etc/apt/keyrings/ecitizen-kiosk-release.gpg",
    }
    assert (tmp_path / KEYRING_FILE).read_bytes() == city_key.public.read_bytes()
    for rel in (KEYRING_FILE, SOURCE_FILE):
        assert (tmp_path / rel).stat().st_mode & 0o777 == 0o644
    assert read_source(tmp_path) == AptSource(URL)
    # idempotent, and an armored export of the same key is the same keyring
    armored = gpg(city_key, "--armor", "--export", city_key.fingerprint)
    again = install_apt_source(tmp_path, URL, armored)
    assert again.changed == [] and len(again.unchanged) == 2


def test_only_one_public_key_is_accepted(city_key: Key, other_key: Key, tmp_path: Path) -> None:
    key = release_key(city_key.public.read_bytes())
    assert key.fingerprint == city_key.fingerprint  # the same as GnuPG computes
    secret = gpg(city_key, "--export-secret-keys", city_key.fingerprint)
    armored_secret = gpg(city_key, "--armor", "--export-secret-keys", city_key.fingerprint)
    both = city_key.public.read_bytes() + other_key.public.read_bytes()
    for bad in (secret, armored_secret, both, b"", b"not a key", city_key.public.read_bytes()[:-9]):
        with pytest.raises(ProvisioningError) as refused:
            release_key(bad)
        assert refused.value.key == "provisioning.release_key_invalid"
    with pytest.raises(ProvisioningError) as refused:
        install_apt_source(tmp_path, URL, secret)
    assert not (tmp_path / KEYRING_FILE).exists()


def test_another_key_never_replaces_the_pinned_one(
    city_key: Key, other_key: Key, tmp_path: Path
) -> None:
    install_apt_source(tmp_path, URL, city_key.public.read_bytes())
    with pytest.raises(ProvisioningError) as refused:
        install_apt_source(tmp_path, URL, other_key.public.read_bytes())
    assert refused.value.key == "provisioning.release_key_conflict"
    assert (tmp_path / KEYRING_FILE).read_bytes() == city_key.public.read_bytes()


@pytest.mark.parametrize(
    ("uri", "suite"),
    [("ftp://x.example/", "kiosk"), ("http:///nohost", "kiosk"), (URL, "a b"), (URL, "")],
)
def test_bad_sources_are_refused(tmp_path: Path, city_key: Key, uri: str, suite: str) -> None:
    with pytest.raises(ProvisioningError) as refused:
        install_apt_source(tmp_path, uri, city_key.public.read_bytes(), suite=suite)
    assert refused.value.key == "provisioning.apt_source_invalid"


def test_the_installed_package_is_held(packages: Packages, city_key: Key, tmp_path: Path) -> None:
    root = debrepo.empty_root(tmp_path / "root")
    assert debrepo.dpkg(root, "-i", packages.first).returncode == 0
    result = CliRunner().invoke(
        provision,
        ["apt-source", "--root", str(root), "--url", URL, "--key", str(city_key.public)],
    )
    assert result.exit_code == 0, result.output
    assert city_key.fingerprint in result.output
    assert "held" in result.output
    status = subprocess.run(
        ["dpkg-query", f"--admindir={root / 'var/lib/dpkg'}", "-W",
         "-f=${db:Status-Abbrev}", "ecitizen-kiosk"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert status.startswith("hi")  # hold, installed: apt upgrade leaves it alone
