from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig
from tests.conftest import shell_only
from tests.helpers.pcsc_fixtures import pcscd  # noqa: F401  (real pcscd for card sign-in tests)
from ui.main import KioskApplication


class FakeClock:
    """Injectable monotonic clock for the idle policy (the Qt timer still ticks for real)."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk_app(
    qapp: QApplication, demo_config: KioskConfig, clock: FakeClock, qtbot
) -> Iterator[KioskApplication]:
    config = shell_only(demo_config)
    config = config.model_copy(update={"display": config.display.model_copy(update={"dpi": 120.0})})
    app = KioskApplication(qapp, config, windowed=True, clock=clock)
    app.window.resize(1080, 1920)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.dispose()
