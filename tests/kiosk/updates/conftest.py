"""Fixtures for the updater tests: packages of fake releases built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kiosk.updates.fakes import build_deb


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
