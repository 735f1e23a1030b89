"""The whole way, on loopback: releases published into a signed apt repository (``make repo``:
scripts/release.py, aptly, GnuPG), served over HTTP, fetched by the updater through apt with
the city's key only (kiosk.updates.fetch), unpacked beside the running release, switched, held
to the gate — and rolled back, or refused before anything changes when the signature is not the
city's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.updates import fetch
from kiosk.updates.sources import SourceError
from kiosk.updates.state import Phase, Target, write_target
from tests.helpers import debrepo
from tests.kiosk.updates.fakes import build_deb
from tests.kiosk.updates.rig import Kiosk, serving


@dataclass(frozen=True)
class Repos:
    city: Path  # signed with the city's key
    forged: Path  # the same packages, signed with another key
    keyring: Path  # the city's public key: the only one the kiosk trusts


@pytest.fixture(scope="module")
def repos(tmp_path_factory: pytest.TempPathFactory) -> Repos:
    missing = debrepo.missing_tools()
    if missing:
        pytest.skip(f"Debian packaging tools not installed: {', '.join(missing)}")
    work = tmp_path_factory.mktemp("repo")
    debs = [build_deb(work, "1.1.0"), build_deb(work, "2.0.1", "exit")]
    debrepo.make_key(work / "city-gnupg", work / "city.gpg")
    debrepo.make_key(work / "evil-gnupg", work / "evil.gpg", "Not the city <x@evil.example>")
    for deb in debs:
        debrepo.publish(deb, work / "city", work / "city-gnupg")
        debrepo.publish(deb, work / "forged", work / "evil-gnupg")
    return Repos(work / "city/public", work / "forged/public", work / "city.gpg")


class RepoSource:
    """The updater's apt source for a repository URL (AptSource reads it from provisioning's
    file in a root; here it is given)."""

    def __init__(self, url: str, keyring: Path) -> None:
        self.source = fetch.UpdateSource(url, keyring)

    def download(self, version: str, dest_dir: Path) -> Path:
        try:
            return fetch.download(self.source, version, dest_dir)
        except fetch.UpdateSourceError as exc:
            raise SourceError(exc.key, exc.detail) from exc


@pytest.fixture
def city_repo(repos: Repos) -> Iterator[str]:
    with debrepo.serve(repos.city) as url:
        yield url


def test_a_good_update_from_the_signed_repository(
    kiosk: Kiosk, repos: Repos, city_repo: str
) -> None:
    updater = kiosk.updater()
    updater.source = RepoSource(city_repo, repos.keyring)
    write_target(kiosk.data_dir, Target("1.1.0", "canary"))
    record = updater.run_once()
    assert (record.phase, record.current, record.previous) == (Phase.UP_TO_DATE, "1.1.0", "1.0.0")
    assert serving(kiosk.service.report(), "1.1.0")


def test_a_signed_version_that_cannot_start_is_rolled_back(
    kiosk: Kiosk, repos: Repos, city_repo: str
) -> None:
    updater = kiosk.updater()
    updater.source = RepoSource(city_repo, repos.keyring)
    write_target(kiosk.data_dir, Target("2.0.1", "canary"))
    record = updater.run_once()
    assert (record.phase, record.detail, record.current) == (
        Phase.ROLLED_BACK,
        "update.crashed",
        "1.0.0",
    )
    assert [e["fields"]["result"] for e in kiosk.audit()] == ["rolled_back"]


def test_a_repository_signed_by_another_key_is_refused_before_anything_changes(
    kiosk: Kiosk, repos: Repos
) -> None:
    with debrepo.serve(repos.forged) as url:
        updater = kiosk.updater()
        updater.source = RepoSource(url, repos.keyring)
        write_target(kiosk.data_dir, Target("1.1.0", "canary"))
        record = updater.run_once()
    assert (record.phase, record.detail, record.current) == (
        Phase.FAILED,
        "update.signature_refused",
        "1.0.0",
    )
    assert kiosk.store.releases() == ["1.0.0"]  # nothing unpacked
    assert serving(kiosk.service.report(), "1.0.0")  # never stopped
    assert kiosk.audit() == []
