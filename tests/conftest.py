"""Project-wide test set-up: headless Qt, markers, fresh data directories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from kiosk.config import KioskConfig, load_demo_config, shell_only

pytest_plugins = ["tests.helpers.hang_guard"]

__all__ = ["shell_only"]  # moved to kiosk.config (benches use it too); still importable here


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "hardware" in item.keywords and not config.getoption("--hardware"):
            item.add_marker(pytest.mark.skip(reason="needs real devices: run with --hardware"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--hardware", action="store_true", help="run tests that need real devices")


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    yield path


@pytest.fixture
def demo_config(data_dir: Path) -> KioskConfig:
    """The embedded demo configuration with a fresh data directory."""
    return load_demo_config(data_dir)
