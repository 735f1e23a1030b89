"""The on-screen keyboard: in the window, per language and variant, typing by key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.keyboard import EMAIL_ROWS, LAYOUTS, NUMERIC_ROWS, Variant
from ui.main import KioskApplication
from ui.theme import MIN_TARGET_MM, mm_to_px

from .accessibility import (
    click,
    compiled_translations,
    kiosk,
    mock_tts,
    page_layout,
)

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def field_on_about(kiosk: KioskApplication, qtbot: QtBot, *, low: bool = False) -> QLineEdit:
    window = kiosk.window
    kiosk.controller.start()
    kiosk.controller.choose_language("en")
    click(qtbot, window.sign_in.guest_button)
    click(qtbot, window.home.tiles["about"])
    layout = page_layout(window.current_screen(), "about-page")
    field = QLineEdit()
    field.setAccessibleName("Your email")
    layout.addWidget(field)  # the lowest thing on the screen, just above "Back"
    field.show()
    qtbot.wait(1)
    return field


def rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_keyboard_appears_for_a_field_types_and_never_covers_it(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    window = kiosk.window
    keyboard = kiosk.inclusion.keyboard
    field = field_on_about(kiosk, qtbot)
    assert not keyboard.isVisible()
    keyboard.attach(field, Variant.EMAIL)
    field.setFocus()
    keyboard.show_for(field)  # offscreen windows are not active: focusChanged may not fire
    qtbot.waitUntil(keyboard.isVisible)
    assert keyboard.window() is window  # in the window, not a separate OS window
    assert keyboard.parentWidget() is window
    rows = [row for row in EMAIL_ROWS]
    assert "@" in "".join(rows)
    for char in "ana.b@x":
        click(qtbot, next(k for k in keyboard.keys if k.text() == char))
    assert field.text() == "ana.b@x"
    click(qtbot, next(k for k in keyboard.keys if k.objectName() == "key-backspace"))
    assert field.text() == "ana.b@"
    qtbot.wait(5)
    assert not rect_in_window(field, window).intersects(rect_in_window(keyboard, window))
    minimum = mm_to_px(MIN_TARGET_MM, window.theme.dpi)
    for key in keyboard.keys:
        assert key.width() >= minimum and key.height() >= minimum, key.text()
    # no prediction, no memory: hints say so and the field has no completer
    assert field.completer() is None
    click(qtbot, next(k for k in keyboard.keys if k.objectName() == "key-done"))
    assert not keyboard.isVisible()


def test_layouts_per_language_and_variants(qtbot: QtBot, kiosk: KioskApplication) -> None:
    keyboard = kiosk.inclusion.keyboard
    field = field_on_about(kiosk, qtbot)
    keyboard.attach(field, Variant.TEXT)
    keyboard.show_for(field)
    for language, must in (("en", "qwerty"), ("es", "ñ"), ("fr", "azerty"), ("ar", "ض")):
        kiosk.controller.set_language(language)
        texts = "".join(k.text() for k in keyboard.keys)
        assert must in texts, language
        assert "".join(LAYOUTS[language]).replace(" ", "") in texts
    assert "é" in "".join(LAYOUTS["fr"]) and "ç" in "".join(LAYOUTS["fr"])
    numeric = QLineEdit()
    keyboard.attach(numeric, Variant.NUMERIC)
    keyboard.show_for(numeric)
    assert sorted(k.text() for k in keyboard.keys if len(k.text()) == 1) == sorted(
        "".join(NUMERIC_ROWS)
    )
    text_box = QPlainTextEdit()
    keyboard.attach(text_box, Variant.TEXT)
    keyboard.show_for(text_box)
    click(qtbot, next(k for k in keyboard.keys if k.text() == "ب"))
    assert text_box.toPlainText() == "ب"


def test_password_fields_are_typed_silently(qtbot: QtBot, kiosk: KioskApplication) -> None:
    spoken: list[str] = []
    kiosk.inclusion.speech.spoken.connect(spoken.append)
    kiosk.controller.set_preference("speech", True)
    keyboard = kiosk.inclusion.keyboard
    field = field_on_about(kiosk, qtbot)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    keyboard.attach(field, Variant.TEXT)
    keyboard.show_for(field)
    click(qtbot, next(k for k in keyboard.keys if k.text() == "s"))
    kiosk.inclusion.speech.focus_moved(field)
    qtbot.wait(5)
    assert field.text() == "s"
    assert spoken[-1] == "Your email. 1 character typed"


def test_keyboard_hides_at_session_end(qtbot: QtBot, kiosk: KioskApplication) -> None:
    keyboard = kiosk.inclusion.keyboard
    field = field_on_about(kiosk, qtbot)
    keyboard.show_for(field)
    assert keyboard.isVisible()
    click(qtbot, kiosk.window.top_bar.finish_button)
    assert not keyboard.isVisible() and keyboard.target is None


def test_focusing_a_field_shows_the_keyboard(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    keyboard = kiosk.inclusion.keyboard
    field = field_on_about(kiosk, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    field.setFocus()
    qtbot.waitUntil(keyboard.isVisible, timeout=2000)
    assert keyboard.target is field
    click(qtbot, window.top_bar.help_button)  # a tap elsewhere keeps the field's focus
    click(qtbot, window.help_panel.close_button)
    assert keyboard.isVisible() and keyboard.target is field


def test_keys_are_built_when_first_needed_not_at_start_up(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    keyboard = kiosk.inclusion.keyboard
    assert keyboard.findChildren(QPushButton) == []  # nothing built for the first frame
    keyboard.set_language("fr")  # a language change before any use builds nothing either
    assert keyboard.findChildren(QPushButton) == []
    field = field_on_about(kiosk, qtbot)
    field.setFocus()
    keyboard.show_for(field)
    qtbot.waitUntil(keyboard.isVisible)
    assert "".join(key.text() for key in keyboard.keys).startswith("".join(LAYOUTS["fr"]))
