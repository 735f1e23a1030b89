"""Session fixtures: two light packages of the kiosk, release keys, signed repositories.

Built once per test session (a few seconds each) with the real tools: ``scripts/release.py``
(dpkg-gencontrol, dpkg-deb, aptly, GnuPG). Without those tools (``scripts/setup.sh`` installs
them) the tests that need them are skipped, saying which are missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import debrepo


def project_version() -> str:
    import tomllib

    with (debrepo.REPO_ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, every packaging test on one worker: the packages are built once."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.xdist_group("packaging"))


@pytest.fixture(scope="session")
def tools() -> None:
    missing = debrepo.missing_tools()
    if missing:
        pytest.skip(
            f"Debian packaging tools not installed: {', '.join(missing)} (scripts/setup.sh)"
        )


@dataclass(frozen=True)
class Packages:
    first: Path
    """The light package of the project's version."""
    first_version: str
    second: Path
    """The same tree built as a later version."""
    second_version: str


@pytest.fixture(scope="session")
def packages(tools: None, tmp_path_factory: pytest.TempPathFactory) -> Packages:
    out = tmp_path_factory.mktemp("debs")
    version = project_version()
    later = f"{version}.post1"
    with ThreadPoolExecutor(2) as pool:  # two processes: the builds overlap
        first_build = pool.submit(debrepo.build_light_package, out)
        second_build = pool.submit(debrepo.build_light_package, out, later)
        first, second = first_build.result(), second_build.result()
    return Packages(first, first.name.split("_")[1], second, second.name.split("_")[1])


@dataclass(frozen=True)
class Key:
    gnupghome: Path
    public: Path
    fingerprint: str


@pytest.fixture(scope="session")
def city_key(tools: None, tmp_path_factory: pytest.TempPathFactory) -> Key:
    base = tmp_path_factory.mktemp("citykey")
    fpr = debrepo.make_key(base / "gnupg", base / "city.gpg", "City release <release@city.example>")
    return Key(base / "gnupg", base / "city.gpg", fpr)


@pytest.fixture(scope="session")
def other_key(tools: None, tmp_path_factory: pytest.TempPathFactory) -> Key:
    base = tmp_path_factory.mktemp("otherkey")
    fpr = debrepo.make_key(base / "gnupg", base / "other.gpg", "Not the city <x@example.org>")
    return Key(base / "gnupg", base / "other.gpg", fpr)


@dataclass(frozen=True)
class Served:
    url: str
    """The repository's base URL (loopback)."""
    public: Path
    """The directory served: ``dists/``, ``pool/``, the public key."""


@pytest.fixture(scope="session")
def signed_repo(
    packages: Packages, city_key: Key, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    """Both packages published and signed with the city's key, served on 127.0.0.1."""
    repo = tmp_path_factory.mktemp("repo")
    debrepo.publish(packages.first, repo, city_key.gnupghome)
    public = debrepo.publish(packages.second, repo, city_key.gnupghome)
    with debrepo.serve(public) as url:
        yield Served(url, public)


@pytest.fixture(scope="session")
def unsigned_repo(packages: Packages, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    public = debrepo.publish(packages.first, tmp_path_factory.mktemp("unsigned"), None)
    with debrepo.serve(public) as url:
        yield Served(url, public)


@pytest.fixture
def tampered_copy(signed_repo: Served, tmp_path: Path) -> Path:
    """A copy of the signed repository's public tree, to damage and serve."""
    copy = tmp_path / "public"
    shutil.copytree(signed_repo.public, copy)
    return copy
