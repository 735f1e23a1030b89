"""Keypads keep the ATM/phone layout in every language (#16 item 7): in Arabic the top row of the
PIN pad and of the on-screen numeric pad reads 1-2-3 from left to right, not 3-2-1.

The widgets are shown in a right-to-left application with the Arabic catalogue installed, as the
kiosk has it after the resident picks العربية; no kiosk is booted (issue #17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.a11y_walk.walk import number_row
from ui.i18n import Translations
from ui.i18n.build import ensure_compiled
from ui.keyboard import OnScreenKeyboard, Variant
from ui.theme import Theme
from ui.widgets.pinpad import PinPad

pytestmark = pytest.mark.qt_log_ignore("pipewire")


class Host(QWidget):
    """A portrait window holding the widgets under test above a closed on-screen keyboard,
    which the kiosk's window keeps under its screens."""

    def __init__(self) -> None:
        super().__init__()
        theme = Theme()
        self.setStyleSheet(theme.style_sheet())
        self.column = QVBoxLayout(self)
        self.keyboard = OnScreenKeyboard(theme, self)
        self.keyboard.hide()
        self.column.addStretch(1)
        self.column.addWidget(self.keyboard)
        self.resize(1080, 1920)

    def add(self, widget: QWidget) -> None:
        self.column.insertWidget(0, widget)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    ensure_compiled()
    translations = Translations(qapp)
    translations.switch("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    yield
    translations.switch("en")


@pytest.fixture
def host(qtbot: QtBot, arabic: None) -> Host:
    window = Host()
    qtbot.addWidget(window)
    window.keyboard.set_language("ar")
    window.show()
    qtbot.waitExposed(window)
    return window


def _x(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().center()).x()


def _y(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().center()).y()


def test_the_pin_pad_reads_1_2_3_left_to_right_in_arabic(qtbot: QtBot, host: Host) -> None:
    pad = PinPad(lambda pin: None)
    host.add(pad)
    qtbot.waitUntil(pad.isVisible)
    qtbot.wait(5)
    keys = pad.keys
    for row in ("123", "456", "789"):
        xs = [_x(keys[d], host) for d in row]
        assert xs == sorted(xs), (row, xs)  # left to right
        assert len({_y(keys[d], host) for d in row}) == 1
    assert _y(keys["1"], host) < _y(keys["4"], host) < _y(keys["7"], host)
    assert _x(keys["clear"], host) < _x(keys["0"], host) < _x(keys["back"], host)
    assert keys["clear"].text() != "Clear"  # the labels are Arabic all the same


def test_the_numeric_keyboard_keeps_the_phone_layout_in_arabic(qtbot: QtBot, host: Host) -> None:
    keyboard = host.keyboard
    field = QLineEdit()
    host.add(field)
    for variant in (Variant.NUMERIC, Variant.DECIMAL):
        keyboard.attach(field, variant)
        keyboard.show_for(field)
        qtbot.waitUntil(keyboard.isVisible)
        qtbot.wait(5)
        digits = {k.text(): k for k in keyboard.keys if len(k.text()) == 1}
        xs = [_x(digits[d], host) for d in "123"]
        assert xs == sorted(xs), (variant, xs)
        assert _y(digits["1"], host) < _y(digits["7"], host)
    # the letters where Arabic keyboards have them (ض top left, as on the Arabic 101 layout
    # and phone keyboards), and the number row ١ to ٠ from left to right: the rows were
    # mirrored (ض top right, the number row read ٠٩٨…١)
    text_field = QLineEdit()
    host.add(text_field)
    keyboard.attach(text_field, Variant.TEXT)
    keyboard.show_for(text_field)
    qtbot.wait(5)
    first_row = [k for k in keyboard.keys if k.text() in "ضصث" and k.text()]
    by_char = {k.text(): _x(k, host) for k in first_row}
    assert by_char["ض"] < by_char["ص"] < by_char["ث"]
    assert isinstance(first_row[0], QPushButton)
    number_keys = {k.text(): _x(k, host) for k in keyboard.keys if len(k.text()) == 1}
    xs = [number_keys[d] for d in "١٢٣٤٥٦٧٨٩٠"]
    assert xs == sorted(xs)
    assert not number_row("probe", keyboard, host)
    # the walk's check sees a mirrored row
    rows = keyboard.keys[0].parentWidget()
    assert rows is not None
    rows.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: bool(number_row("probe", keyboard, host)))
    rows.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
