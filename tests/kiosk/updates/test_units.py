"""The updater's systemd units: systemd accepts them, and they say what docs/updates.md says."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.config import PathsSection, UpdatesSection
from kiosk.updates.state import TARGET_FILE

UNITS = Path(__file__).resolve().parents[3] / "deploy" / "systemd"
NAMES = ("kiosk-update.service", "kiosk-update.timer", "kiosk-update.path")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_accepts_the_units() -> None:
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(str(UNITS / n) for n in NAMES)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_units_match_the_configuration_defaults() -> None:
    service = (UNITS / "kiosk-update.service").read_text(encoding="utf-8")
    root = UpdatesSection().root
    # the current release's updater, and the previous one's if that one cannot even start
    assert f"{root}/current/venv/bin/kiosk update run" in service
    assert f"|| exec {root}/previous/venv/bin/kiosk update run" in service
    assert f"StateDirectory={UpdatesSection().state_dir.name}" in service
    assert "Type=oneshot" in service
    path = (UNITS / "kiosk-update.path").read_text(encoding="utf-8")
    assert f"PathChanged={PathsSection().data_dir / TARGET_FILE}" in path
    timer = (UNITS / "kiosk-update.timer").read_text(encoding="utf-8")
    assert "OnBootSec=" in timer and "OnUnitInactiveSec=15min" in timer
