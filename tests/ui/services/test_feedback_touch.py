"""The first tap on "Send my comment" with the keyboard open sends it (#16 item 2): the keyboard
no longer closes under the finger between the press and the release."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.city_kiosk import CityKiosk
from tests.ui.services.test_feedback import _comment_step, _receipt
from ui.keyboard import Variant


def test_the_first_tap_on_send_with_the_keyboard_open_sends(city_kiosk: CityKiosk) -> None:
    screen, receipt = _receipt(city_kiosk)
    text = _comment_step(city_kiosk, screen, receipt)
    window = city_kiosk.app.window
    window.activateWindow()
    city_kiosk.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    text.setFocus(Qt.FocusReason.MouseFocusReason)
    keyboard = city_kiosk.app.inclusion.keyboard
    city_kiosk.qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.target is text)
    assert keyboard.variant is Variant.LONG_TEXT  # with "Clear all"
    for char in "fine":
        (key,) = [k for k in keyboard.keys if k.objectName() == f"key-{char}"]
        QTest.mouseClick(key, Qt.MouseButton.LeftButton)
    assert text.toPlainText() == "fine"
    city_kiosk.qtbot.wait(50)  # the counter's new text is laid out (a person reads, then taps)
    send = screen.next_button
    assert send.text() == "Send my comment"
    centre = send.rect().center()
    before = send.mapTo(window, centre)
    QTest.mousePress(send, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    city_kiosk.qtbot.wait(20)
    assert send.mapTo(window, centre) == before  # nothing moved under the finger
    QTest.mouseRelease(send, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    city_kiosk.qtbot.waitUntil(lambda: screen.current is receipt, timeout=20_000)
    state = city_kiosk.city.gateway_state
    city_kiosk.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    city_kiosk.qtbot.waitUntil(lambda: not keyboard.isVisible())
