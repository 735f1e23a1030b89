"""``make repo`` and ``kiosk.updates.fetch``: apt, with a private configuration, downloads only
what the city's key signed, over a real HTTP server on loopback."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.updates import fetch
from kiosk.updates.fetch import UpdateSource, UpdateSourceError, compare_versions
from provisioning.apt_source import install_apt_source
from tests.helpers import debrepo
from tests.packaging.conftest import Key, Packages, Served


def source(url: str, key: Key, **kwargs: object) -> UpdateSource:
    return UpdateSource(url, key.public, **kwargs)  # type: ignore[arg-type]


def test_every_published_version_is_listed(
    signed_repo: Served, city_key: Key, packages: Packages
) -> None:
    versions = fetch.available_versions(source(signed_repo.url, city_key))
    # both stay published (aptly keeps every version), lowest first
    assert versions == [packages.first_version, packages.second_version]


def test_download_gives_the_package_apt_verified(
    signed_repo: Served, city_key: Key, packages: Packages, tmp_path: Path
) -> None:
    deb = fetch.download(source(signed_repo.url, city_key), packages.first_version, tmp_path)
    assert deb.parent == tmp_path
    assert deb.name == packages.first.name
    assert deb.read_bytes() == packages.first.read_bytes()
    # a ring can be sent to either published version; apt's lists and work directory may live
    # in a private directory (the updater's state dir: apt's methods then run as root)
    cached = source(signed_repo.url, city_key, cache_dir=tmp_path / "private" / "apt")
    (tmp_path / "private").mkdir(mode=0o700)
    older = fetch.download(cached, packages.second_version, tmp_path)
    assert older.read_bytes() == packages.second.read_bytes()


def test_the_repository_is_signed_by_the_city_key(signed_repo: Served, city_key: Key) -> None:
    inrelease = (signed_repo.public / "dists/kiosk/InRelease").read_text()
    assert inrelease.startswith("-----BEGIN PGP SIGNED MESSAGE-----")
    assert re.search(r"(?m)^Suite: kiosk$|^Codename: kiosk$", inrelease)
    inrelease_path = signed_repo.public / "dists/kiosk/InRelease"
    verify = subprocess.run(
        ["gpgv", "--keyring", str(city_key.public), str(inrelease_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    # the public key published beside the repository is the city's
    assert (signed_repo.public / "ecitizen-kiosk-release.gpg").read_bytes() == (
        city_key.public.read_bytes()
    )


def test_the_source_provisioning_installed_is_the_one_used(
    signed_repo: Served, city_key: Key, packages: Packages, tmp_path: Path
) -> None:
    root = tmp_path / "root"
    root.mkdir()
    install_apt_source(root, signed_repo.url, city_key.public.read_bytes())
    configured = UpdateSource.from_system(root)
    assert configured.uri == signed_repo.url
    assert configured.keyring == root / "etc/apt/keyrings/ecitizen-kiosk-release.gpg"
    deb = fetch.download(configured, packages.first_version, tmp_path / "got")
    assert deb.read_bytes() == packages.first.read_bytes()


def test_a_repository_signed_with_another_key_is_refused(
    packages: Packages, other_key: Key, city_key: Key, tmp_path: Path
) -> None:
    public = debrepo.publish(packages.first, tmp_path / "repo", other_key.gnupghome)
    with debrepo.serve(public) as url, pytest.raises(UpdateSourceError) as refused:
        fetch.download(source(url, city_key), packages.first_version, tmp_path / "got")
    assert refused.value.key == "update.signature_refused"
    assert "NO_PUBKEY" in refused.value.detail
    assert not (tmp_path / "got").exists()


def test_an_unsigned_repository_is_refused(
    unsigned_repo: Served, city_key: Key, packages: Packages, tmp_path: Path
) -> None:
    assert not (unsigned_repo.public / "dists/kiosk/InRelease").exists()
    with pytest.raises(UpdateSourceError) as refused:
        fetch.download(source(unsigned_repo.url, city_key), packages.first_version, tmp_path)
    assert refused.value.key == "update.signature_refused"
    assert "is not signed" in refused.value.detail
    assert list(tmp_path.iterdir()) == []


def test_a_tampered_package_is_refused(
    tampered_copy: Path, city_key: Key, packages: Packages, tmp_path: Path
) -> None:
    [deb] = tampered_copy.glob(f"pool/main/e/ecitizen-kiosk/{packages.first.name}")
    data = bytearray(deb.read_bytes())
    data[-200] ^= 0x01  # one bit, same size: only the signed SHA-256 can tell
    deb.write_bytes(bytes(data))
    with debrepo.serve(tampered_copy) as url, pytest.raises(UpdateSourceError) as refused:
        fetch.download(source(url, city_key), packages.first_version, tmp_path / "got")
    assert refused.value.key == "update.hash_mismatch"
    assert not (tmp_path / "got").exists()


def test_a_tampered_index_is_refused(tampered_copy: Path, city_key: Key, tmp_path: Path) -> None:
    inrelease = tampered_copy / "dists/kiosk/InRelease"
    text = inrelease.read_text()
    inrelease.write_text(text.replace("Label: eCitizen Kiosk", "Label: eCitizen Kiosx", 1))
    with debrepo.serve(tampered_copy) as url, pytest.raises(UpdateSourceError) as refused:
        fetch.available_versions(source(url, city_key))
    assert refused.value.key == "update.signature_refused"


def test_unreachable_repository_and_unknown_version(
    signed_repo: Served, city_key: Key, tmp_path: Path
) -> None:
    with debrepo.serve(tmp_path) as url:
        pass  # the port is free again: nothing listens there
    with pytest.raises(UpdateSourceError) as refused:
        fetch.available_versions(source(url, city_key, cache_dir=tmp_path / "cache"))
    assert refused.value.key == "update.source_unreachable"
    with pytest.raises(UpdateSourceError) as refused:
        fetch.download(source(signed_repo.url, city_key), "9.9.9", tmp_path)
    assert refused.value.key == "update.version_unknown"
    with pytest.raises(UpdateSourceError) as refused:
        fetch.download(source(signed_repo.url, city_key), "1.0; rm -rf /", tmp_path)
    assert refused.value.key == "update.version_unknown"
    with pytest.raises(UpdateSourceError) as refused:
        UpdateSource.from_system(tmp_path)
    assert refused.value.key == "update.source_missing"
    # the private work directories are gone; the cache directory stays for the next pass
    assert list((tmp_path / "cache").iterdir()) == []


def _dpkg_compare(a: str, b: str) -> int:
    for op, sign in (("lt", -1), ("eq", 0)):
        if subprocess.run(["dpkg", "--compare-versions", a, op, b], check=False).returncode == 0:
            return sign
    return 1


_part = st.text(alphabet="0123456789abz.+~", min_size=1, max_size=6)
_version = st.builds(
    lambda e, u, r: f"{e}{u}{r}",
    st.sampled_from(["", "1:", "2:"]),
    st.builds(lambda d, rest: d + rest, st.sampled_from("0123456789"), _part),
    st.sampled_from(["", "-1", "-2", "-1~b", "-0.1"]),
)


@settings(max_examples=60, deadline=None)
@given(_version, _version)
def test_version_ordering_is_dpkgs(a: str, b: str) -> None:
    ours = compare_versions(a, b)
    assert (ours > 0) - (ours < 0) == _dpkg_compare(a, b)
