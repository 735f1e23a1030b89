from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from drivers.smartcard.emulator.pcscd import PcscDaemon
from kiosk.config import DISABLED, KioskConfig, shell_only, with_devices
from tests.helpers.card_kiosk import close_card_kiosk, start_card_kiosk
from tests.helpers.pcsc_fixtures import pcscd  # noqa: F401  (real pcscd for card sign-in tests)
from tests.helpers.service_stage import (  # noqa: F401  (one screen on a started core, no window)
    service_stage,
    stage_devices,
)
from ui.i18n import TRANSLATOR_NAME, Translations
from ui.main import KioskApplication


@pytest.fixture(autouse=True)
def _starts_in_english() -> None:
    """Every ui test starts in English, left to right: a kiosk of an earlier test on the same
    worker may have left its Arabic catalogue installed and the layout mirrored (the
    application object outlives tests), which turned a widget test's English text Arabic."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # by file: the pseudo-locale's catalogue names no language (and QLocale("xx") is C)
    left = [Path(t.filePath()).name for t in app.findChildren(QTranslator, TRANSLATOR_NAME)]
    mirrored = app.layoutDirection() is Qt.LayoutDirection.RightToLeft
    foreign = QLocale().language() not in (QLocale.Language.C, QLocale.Language.English)
    if mirrored or foreign or any(name != "kiosk_en.qm" for name in left):
        Translations(app).switch("en")


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


def show_kiosk(app: KioskApplication, qtbot: Any, *, start_core: bool = False) -> None:
    """Show the kiosk window (1080x1920) until its first frame is out (the key guard and the
    keypad are in place from then on); ``start_core``: also start the core and wait for it."""
    if not start_core:
        _show_until_painted(app, qtbot)
        return
    # The first frame starts the core by itself (queued): listen before showing, or a core that
    # starts quickly (a full disk, a loaded machine) says "started" before anyone listens.
    with qtbot.waitSignal(app.starter.started, timeout=30000) as started:
        _show_until_painted(app, qtbot)
        app.window.ensure_built()
        app.starter.start()
    assert started.args == [""]  # started (perhaps degraded), not failed


def _show_until_painted(app: KioskApplication, qtbot: Any) -> None:
    app.window.resize(1080, 1920)
    app.window.show()
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: app.window.painted)


@pytest.fixture
def kiosk_app(
    qapp: QApplication, demo_config: KioskConfig, clock: FakeClock, qtbot
) -> Iterator[KioskApplication]:
    config = shell_only(demo_config)
    config = config.model_copy(update={"display": config.display.model_copy(update={"dpi": 120.0})})
    app = KioskApplication(qapp, config, windowed=True, clock=clock)
    show_kiosk(app, qtbot)
    yield app
    app.dispose()


@pytest.fixture
def card_kiosk(
    qapp: QApplication,
    demo_config: KioskConfig,
    pcscd: PcscDaemon,  # noqa: F811  (the fixture imported above)
    qtbot,
) -> Iterator[KioskApplication]:
    """The demo kiosk with its virtual card readers in real pcscd + vpcd; no printer, camera
    or fingerprint sensor."""
    config = with_devices(demo_config, printer=DISABLED, camera=DISABLED, fingerprint=DISABLED)
    kiosk = start_card_kiosk(qapp, config, qtbot)
    yield kiosk
    close_card_kiosk(kiosk)
