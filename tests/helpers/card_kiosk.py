"""The demo kiosk with its virtual card readers (real pcscd + vpcd, see
:mod:`tests.helpers.pcsc_fixtures`), started and closed the same way by every card test.

The ``card_kiosk`` fixture (tests/ui/conftest.py) is the usual one; tests that need other
devices or settings build their configuration (:func:`kiosk.config.with_devices`) and call
:func:`start_card_kiosk` / :func:`close_card_kiosk` themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig
from ui.main import KioskApplication
from ui.screens.card_signin import CardSignInScreen
from ui.services.base import wait_for_jobs


def start_card_kiosk(qapp: QApplication, config: KioskConfig, qtbot: Any) -> KioskApplication:
    """A shown demo kiosk whose core started without a problem and whose card reader is there."""
    kiosk = KioskApplication(qapp, config, windowed=True)
    try:
        with qtbot.waitSignal(kiosk.starter.started, timeout=30_000) as started:
            kiosk.window.resize(1080, 1920)
            kiosk.window.show()
        assert started.args == [""]
        assert kiosk.card is not None
        assert kiosk.core.demo is not None and kiosk.core.demo.card_slots
        qtbot.waitUntil(kiosk.card.reader_present, timeout=20_000)
    except BaseException:
        kiosk.dispose()
        raise
    return kiosk


def close_card_kiosk(kiosk: KioskApplication) -> None:
    """Take the virtual cards out, let running service jobs end, dispose of the kiosk."""
    assert kiosk.core.demo is not None
    for slot in kiosk.core.demo.card_slots.values():
        slot.close()
    wait_for_jobs()
    kiosk.dispose()


def wait_pin_panel(qtbot: Any, kiosk: KioskApplication, timeout: int = 15_000) -> CardSignInScreen:
    """Wait until the card sign-in screen asks for the PIN; that screen."""

    def shown() -> bool:
        screen = kiosk.window.card_screen
        return screen is not None and screen.panels.currentWidget() is screen.pin_panel

    qtbot.waitUntil(shown, timeout=timeout)
    screen = kiosk.window.card_screen
    assert screen is not None
    return screen


def type_pin(qtbot: Any, kiosk: KioskApplication, pin: str, *, ok: bool = True) -> None:
    """Type ``pin`` on the card sign-in screen's PIN pad, then OK (unless ``ok`` is False)."""
    screen = kiosk.window.card_screen
    assert screen is not None
    keys = [screen.pinpad.keys[digit] for digit in pin]
    for key in [*keys, screen.pinpad.ok_button] if ok else keys:
        assert key.isVisible() and key.isEnabled(), key.objectName()
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
