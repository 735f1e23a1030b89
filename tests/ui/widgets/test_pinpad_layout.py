"""Keypads keep the ATM/phone layout in every language (#16 item 7): in Arabic the top row of the
PIN pad and of the on-screen numeric pad reads 1-2-3 from left to right, not 3-2-1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.accessibility import click, compiled_translations, kiosk, mock_tts, page_layout
from ui.a11y_walk.walk import number_row
from ui.keyboard import Variant
from ui.main import KioskApplication
from ui.widgets.pinpad import PinPad

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def _x(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().center()).x()


def _y(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().center()).y()


def _about_in_arabic(kiosk: KioskApplication, qtbot: QtBot) -> QWidget:
    window = kiosk.window
    kiosk.controller.start()
    kiosk.controller.choose_language("en")
    click(qtbot, window.sign_in.guest_button)
    click(qtbot, window.home.tiles["about"])
    kiosk.controller.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return window.current_screen()


def test_the_pin_pad_reads_1_2_3_left_to_right_in_arabic(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    window = kiosk.window
    screen = _about_in_arabic(kiosk, qtbot)
    pad = PinPad(lambda pin: None)
    page_layout(screen, "about-page").addWidget(pad)
    pad.show()
    qtbot.waitUntil(pad.isVisible)
    qtbot.wait(5)
    keys = pad.keys
    for row in ("123", "456", "789"):
        xs = [_x(keys[d], window) for d in row]
        assert xs == sorted(xs), (row, xs)  # left to right
        assert len({_y(keys[d], window) for d in row}) == 1
    assert _y(keys["1"], window) < _y(keys["4"], window) < _y(keys["7"], window)
    assert _x(keys["clear"], window) < _x(keys["0"], window) < _x(keys["back"], window)
    assert keys["clear"].text() != "Clear"  # the labels are Arabic all the same


def test_the_numeric_keyboard_keeps_the_phone_layout_in_arabic(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    window = kiosk.window
    screen = _about_in_arabic(kiosk, qtbot)
    keyboard = kiosk.inclusion.keyboard
    field = QLineEdit()
    page_layout(screen, "about-page").addWidget(field)
    field.show()
    for variant in (Variant.NUMERIC, Variant.DECIMAL):
        keyboard.attach(field, variant)
        keyboard.show_for(field)
        qtbot.waitUntil(keyboard.isVisible)
        qtbot.wait(5)
        digits = {k.text(): k for k in keyboard.keys if len(k.text()) == 1}
        xs = [_x(digits[d], window) for d in "123"]
        assert xs == sorted(xs), (variant, xs)
        assert _y(digits["1"], window) < _y(digits["7"], window)
    # the letters where Arabic keyboards have them (ض top left, as on the Arabic 101 layout
    # and phone keyboards), and the number row ١ to ٠ from left to right: the rows were
    # mirrored (ض top right, the number row read ٠٩٨…١)
    text_field = QLineEdit()
    page_layout(screen, "about-page").addWidget(text_field)
    keyboard.attach(text_field, Variant.TEXT)
    keyboard.show_for(text_field)
    qtbot.wait(5)
    first_row = [k for k in keyboard.keys if k.text() in "ضصث" and k.text()]
    by_char = {k.text(): _x(k, window) for k in first_row}
    assert by_char["ض"] < by_char["ص"] < by_char["ث"]
    assert isinstance(first_row[0], QPushButton)
    number_keys = {k.text(): _x(k, window) for k in keyboard.keys if len(k.text()) == 1}
    xs = [number_keys[d] for d in "١٢٣٤٥٦٧٨٩٠"]
    assert xs == sorted(xs)
    assert not number_row("probe", keyboard, window)
    # the walk's check sees a mirrored row
    rows = keyboard.keys[0].parentWidget()
    rows.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: bool(number_row("probe", keyboard, window)))
    rows.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
