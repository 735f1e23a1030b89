"""Fixtures for the updater tests: packages of fake releases built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.records.audit import AuditLog
from kiosk.security.credentials import AUDIT_KEY, SecretSource
from kiosk.updates.releases import ReleaseStore
from kiosk.updates.service import ProcessService
from kiosk.updates.state import StateFile
from tests.kiosk.updates.fakes import build_deb
from tests.kiosk.updates.rig import Kiosk, serving


@pytest.fixture(scope="session")
def debs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of packages: 1.0.0 (good), 1.1.0 (good) and one 1.x per failure mode."""
    out = tmp_path_factory.mktemp("debs")
    build_deb(out, "1.0.0")
    build_deb(out, "1.1.0")
    build_deb(out, "1.2.0-1", app_version="1.2.0")  # a Debian revision in the package
    for n, behaviour in enumerate(
        ("exit", "no_ready", "selfcheck_fail", "device_lost", "unstable", "session"), start=1
    ):
        build_deb(out, f"2.0.{n}", behaviour)
    return out


@pytest.fixture
def kiosk(tmp_path: Path, debs: Path) -> Iterator[Kiosk]:
    """Release 1.0.0 installed, current and running; a keyed audit log the kiosk started."""
    store = ReleaseStore(tmp_path / "opt")
    store.stage(debs / "ecitizen-kiosk_1.0.0_all.deb", "1.0.0")
    store.switch("1.0.0")
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    key = SecretSource.from_environment(data_dir, plain_fallback=True).load(AUDIT_KEY)
    with AuditLog.in_data_dir(data_dir, key=key) as log:
        log.record("mode.switch", "system", mode="normal")
    service = ProcessService(
        store.root / "current/venv/bin/kiosk",
        ["run"],
        tmp_path / "run",
        env={"KIOSK_DATA_DIR": str(data_dir)},
    )
    service.start()
    assert serving(service.wait(lambda r: serving(r, "1.0.0")), "1.0.0")
    yield Kiosk(store, service, data_dir, StateFile(tmp_path / "state"), key, debs, tmp_path)
    service.close()
