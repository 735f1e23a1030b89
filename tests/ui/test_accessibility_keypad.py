"""Tactile keypad only (A11Y-09, A11Y-23): arrows, Enter, Back and Help reach everything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.session.machine import State
from ui.main import KioskApplication

from .accessibility import Spoken, compiled_translations, kiosk, mock_tts

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


class Keypad:
    def __init__(self, qtbot: QtBot, app: KioskApplication) -> None:
        self.qtbot = qtbot
        self.window = app.window

    def press(self, key: Qt.Key) -> None:
        target = self.window.focusWidget() or self.window
        self.qtbot.keyClick(target, key)

    def focus(self) -> QWidget | None:
        return self.window.focusWidget()

    def go_to(self, name: str, limit: int = 80) -> None:
        """Arrow down until the control called ``name`` has focus (as a blind user would)."""
        for _ in range(limit):
            focus = self.focus()
            if focus is not None and focus.objectName() == name and focus.isVisible():
                return
            self.press(Qt.Key.Key_Down)
        raise AssertionError(f"{name} not reachable with the arrows")

    def activate(self, name: str) -> None:
        self.go_to(name)
        self.press(Qt.Key.Key_Return)


def test_whole_visit_with_the_keypad_only(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    session = kiosk.core.session
    spoken = Spoken(kiosk)
    keypad = Keypad(qtbot, kiosk)
    assert window.current_screen() is window.attract
    keypad.activate("attract-speech")
    keypad.activate("attract-large-text")
    assert session.preferences.speech and session.preferences.large_text
    assert window.theme.text_scale == 2.0
    qtbot.wait(5)
    assert any(text.endswith("on") for text in spoken.texts)  # toggle states are announced
    keypad.activate("attract-start")
    assert window.current_screen() is window.language
    keypad.activate("language-fr")
    assert window.current_screen() is window.sign_in
    keypad.activate("signin-guest")
    assert window.current_screen() is window.home
    keypad.activate("home-tile-about")
    assert window.current_screen().screen_id == "about"
    qtbot.wait(5)
    assert spoken.texts[-1].startswith("À propos de cette borne")
    keypad.press(Qt.Key.Key_Back)
    assert window.current_screen() is window.home
    # Help opens "ask staff"; Back closes it again
    keypad.press(Qt.Key.Key_Help)
    assert window.help_panel.isVisible()
    keypad.press(Qt.Key.Key_Down)
    focus = keypad.focus()
    assert focus is not None and window.help_panel.isAncestorOf(focus)  # stays in the panel
    keypad.press(Qt.Key.Key_Back)
    assert not window.help_panel.isVisible()
    keypad.activate("bar-finish")
    assert session.state is State.ATTRACT
    assert window.current_screen() is window.attract
    assert not session.preferences.large_text


def test_arrows_follow_reading_order_in_arabic(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    keypad = Keypad(qtbot, kiosk)
    kiosk.controller.start()
    kiosk.controller.choose_language("ar")
    keypad.go_to("signin-guest")
    guest = keypad.focus()
    keypad.press(Qt.Key.Key_Left)  # right-to-left: "left" goes forward in reading order
    after_left = keypad.focus()
    keypad.press(Qt.Key.Key_Right)
    assert keypad.focus() is guest
    assert after_left is not guest
    assert window.current_screen() is window.sign_in
