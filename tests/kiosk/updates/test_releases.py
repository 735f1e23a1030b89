"""Releases side by side and the atomic switch, on real packages unpacked by dpkg-deb; power
cuts simulated by SIGKILLing a real `kiosk update run` at every step of staging and switching."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.updates.releases import CRASH_ENV, ROLLBACK_STEPS, STEPS, ReleaseError, ReleaseStore
from kiosk.updates.service import ProcessService
from kiosk.updates.sources import DirectorySource
from kiosk.updates.state import Phase, StateFile, Target, write_target
from kiosk.updates.updater import Updater
from tests.kiosk.updates.fakes import REPO, config_toml, settings


def _complete(store: ReleaseStore, version: str) -> bool:
    """The release is whole: its entry point and its own manifest naming it."""
    release = store.path(version)
    manifest = json.loads((release / "release.json").read_text(encoding="utf-8"))
    return store.is_complete(version) and manifest["version"].startswith(version.split("-")[0])


def _installed(tmp_path: Path, debs: Path, version: str = "1.0.0") -> ReleaseStore:
    store = ReleaseStore(tmp_path / "opt")
    store.stage(debs / f"ecitizen-kiosk_{version}_all.deb", version)
    store.switch(version)
    return store


def test_a_package_is_staged_beside_the_running_release_and_switched_atomically(
    tmp_path: Path, debs: Path
) -> None:
    store = _installed(tmp_path, debs)
    assert (store.current(), store.previous()) == ("1.0.0", None)
    store.stage(debs / "ecitizen-kiosk_1.1.0_all.deb", "1.1.0")
    assert store.releases() == ["1.0.0", "1.1.0"] and store.current() == "1.0.0"
    assert not (store.path("1.1.0") / "etc").exists()  # only the release, not system files
    assert store.switch("1.1.0") == "1.0.0"
    assert (store.current(), store.previous()) == ("1.1.0", "1.0.0")
    assert os.readlink(store.root / "current") == "releases/1.1.0"  # relative: the root moves
    assert (store.root / "current/venv/bin/kiosk").resolve() == store.entry("1.1.0").resolve()
    store.switch_back("1.0.0")  # 1.0.0 had no previous: none now either
    assert (store.current(), store.previous()) == ("1.0.0", None)
    assert not os.path.lexists(store.root / "previous")


def test_switching_back_restores_the_links_as_they_were(tmp_path: Path, debs: Path) -> None:
    """1.0.0 then 1.1.0, then 1.2.0-1 switched and switched back: ``current`` 1.1.0 and
    ``previous`` 1.0.0 again; a ``previous`` that is the same release, or none on disk, leaves
    no link; switching back twice changes nothing."""
    store = _installed(tmp_path, debs)
    for version in ("1.1.0", "1.2.0-1"):
        store.stage(debs / f"ecitizen-kiosk_{version}_all.deb", version)
    store.switch("1.1.0")
    assert store.switch("1.2.0-1") == "1.1.0"
    store.switch_back("1.1.0", "1.0.0")
    assert (store.current(), store.previous()) == ("1.1.0", "1.0.0")
    store.switch_back("1.1.0", "1.0.0")
    assert (store.current(), store.previous()) == ("1.1.0", "1.0.0")
    assert os.readlink(store.root / "previous") == "releases/1.0.0"
    store.switch_back("1.1.0", "1.1.0")
    assert (store.current(), store.previous()) == ("1.1.0", None)
    store.switch("1.2.0-1")
    store.switch_back("1.1.0", "0.9.0")  # not on disk
    assert (store.current(), store.previous()) == ("1.1.0", None)


def test_a_package_that_is_not_the_release_it_claims_is_refused(tmp_path: Path, debs: Path) -> None:
    store = ReleaseStore(tmp_path / "opt")
    with pytest.raises(ReleaseError) as wrong:
        store.stage(debs / "ecitizen-kiosk_1.1.0_all.deb", "1.0.0")
    assert wrong.value.key == "update.package_mismatch"
    garbage = tmp_path / "ecitizen-kiosk_3.0_all.deb"
    garbage.write_bytes(b"!<arch>\nnot really")
    with pytest.raises(ReleaseError) as bad:
        store.stage(garbage, "3.0")
    assert bad.value.key == "update.not_a_package"
    with pytest.raises(ReleaseError):
        store.path("../etc")
    assert store.releases() == []


def test_old_releases_are_pruned_but_never_current_or_previous(tmp_path: Path, debs: Path) -> None:
    store = _installed(tmp_path, debs)
    for version in ("1.1.0", "1.2.0-1"):
        store.stage(debs / f"ecitizen-kiosk_{version}_all.deb", version)
        store.switch(version)
    assert store.releases() == ["1.0.0", "1.1.0", "1.2.0-1"]
    assert store.prune(2) == ["1.0.0"]
    assert store.releases() == ["1.1.0", "1.2.0-1"]
    assert store.prune(1) == []  # current and previous stay whatever keep says


def _run_until_killed(tmp_path: Path, debs: Path, step: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "kiosk.toml"
    config.write_text(config_toml(tmp_path, tmp_path / "data"), encoding="utf-8")
    env = dict(os.environ, **{CRASH_ENV: step})
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "update",
            "run",
            "--config",
            str(config),
            "--manager",
            "process",
            "--source-dir",
            str(debs),
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("step", STEPS)
def test_a_power_cut_at_any_step_leaves_one_complete_release_current(
    tmp_path: Path, debs: Path, step: str
) -> None:
    """The real `kiosk update run` is SIGKILLed at ``step`` (no clean-up runs: a power cut).
    ``current`` then names one complete release, the old or the new; the next start removes
    the leftovers and finishes the update."""
    store = _installed(tmp_path, debs)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    write_target(data_dir, Target("1.1.0", "canary"))
    killed = _run_until_killed(tmp_path, debs, step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    current = store.current()
    assert current in ("1.0.0", "1.1.0") and _complete(store, current)
    assert current == "1.1.0" or step != "switch.current"  # the last rename happened
    # the next start: leftovers removed, the update resumed and finished behind the gate
    service = ProcessService(store.root / "current/venv/bin/kiosk", ["run"], tmp_path / "run")
    try:
        record = Updater(
            releases=store,
            state=StateFile(tmp_path / "state"),
            service=service,
            source=DirectorySource(debs),
            data_dir=data_dir,
            settings=settings(tmp_path),
        ).run_once()
        assert service.report().ready
    finally:
        service.close()
    assert (record.phase, store.current(), record.attempt) == (Phase.UP_TO_DATE, "1.1.0", None)
    assert store.previous() == "1.0.0"
    leftovers = [p.name for p in [*store.root.iterdir(), *store.releases_dir.iterdir()]]
    assert sorted(leftovers) == ["1.0.0", "1.1.0", "current", "previous", "releases"]


@pytest.mark.parametrize("step", ROLLBACK_STEPS)
def test_a_power_cut_while_switching_back_ends_on_the_links_as_before_the_update(
    tmp_path: Path, debs: Path, step: str
) -> None:
    """1.1.0 runs (1.0.0 before it); 2.0.1 cannot start and the real `kiosk update run` is
    SIGKILLed at ``step`` of switching back. ``current`` names one complete release; the next
    start finishes the rollback from the journal: 1.1.0 current, 1.0.0 previous."""
    store = _installed(tmp_path, debs)
    store.stage(debs / "ecitizen-kiosk_1.1.0_all.deb", "1.1.0")
    store.switch("1.1.0")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    write_target(data_dir, Target("2.0.1", "canary"))
    killed = _run_until_killed(tmp_path, debs, step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    current = store.current()
    assert current in ("1.1.0", "2.0.1") and _complete(store, current)
    assert current == "1.1.0" or step == "rollback.link.current.created"
    service = ProcessService(store.root / "current/venv/bin/kiosk", ["run"], tmp_path / "run")
    try:
        record = Updater(
            releases=store,
            state=StateFile(tmp_path / "state"),
            service=service,
            source=DirectorySource(debs),
            data_dir=data_dir,
            settings=settings(tmp_path),
        ).run_once()
        assert service.wait(lambda r: r.ready).ready  # 1.1.0 serves again
    finally:
        service.close()
    assert (record.phase, record.attempt, record.bad_versions) == (
        Phase.ROLLED_BACK,
        None,
        ("2.0.1",),
    )
    assert (store.current(), store.previous()) == ("1.1.0", "1.0.0")
    assert (record.current, record.previous) == ("1.1.0", "1.0.0")
    assert not [p.name for p in store.root.iterdir() if p.name.startswith(".")]
