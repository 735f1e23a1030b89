"""The attract screen lays itself out by its shape: two columns in landscape, one in portrait,
mirrored in Arabic, nothing clipped at 200 % text."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.accessibility import compiled_translations
from ui.a11y_walk.walk import check, settle
from ui.main import KioskApplication
from ui.screens.attract import AttractScreen

__all__ = ["compiled_translations"]


def show_at(qtbot: QtBot, app: KioskApplication, width: int, height: int) -> AttractScreen:
    window = app.window
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width and window.size().height() == height)
    settle()
    attract = window.attract
    assert window.current_screen() is attract
    return attract


def geometry(attract: AttractScreen, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(attract, widget.rect().topLeft()), widget.size())


def assert_fits(attract: AttractScreen) -> None:
    """No scroll bar: the page is no taller than the screen."""
    area = attract.page_area
    assert not area.verticalScrollBar().isVisible()
    assert area.widget().height() <= area.viewport().height()


def test_landscape_uses_two_columns_without_scrolling(
    qtbot: QtBot, kiosk_app: KioskApplication
) -> None:
    attract = show_at(qtbot, kiosk_app, 1920, 1080)
    assert attract.landscape
    start = geometry(attract, attract.start_column)
    options = geometry(attract, attract.options_column)
    assert start.right() < options.left()  # side by side, start first (left to right)
    assert start.top() < options.bottom() and options.top() < start.bottom()  # same band
    assert start.width() > 700 and options.width() > 700
    # the start button on one side, language and access modes on the other
    assert start.contains(geometry(attract, attract.start_button))
    assert options.contains(geometry(attract, attract.language_buttons["en"]))
    assert options.contains(geometry(attract, attract.toggles["large_text"]))
    assert_fits(attract)
    assert check(kiosk_app.window, "attract") == []


def test_portrait_stays_one_column(qtbot: QtBot, kiosk_app: KioskApplication) -> None:
    attract = show_at(qtbot, kiosk_app, 1920, 1080)
    attract = show_at(qtbot, kiosk_app, 1080, 1920)  # turned back: responds to the shape
    assert not attract.landscape
    start = geometry(attract, attract.start_column)
    options = geometry(attract, attract.options_column)
    assert start.bottom() < options.top()
    assert abs(start.width() - options.width()) <= 1
    assert_fits(attract)
    assert check(kiosk_app.window, "attract") == []


def test_landscape_in_arabic_with_large_text_mirrors_and_fits(
    qtbot: QtBot, kiosk_app: KioskApplication
) -> None:
    controller = kiosk_app.controller
    controller.set_language("ar")
    controller.set_preference("large_text", True)
    controller.set_preference("high_contrast", True)
    for width, height in ((1920, 1080), (1080, 1920)):
        attract = show_at(qtbot, kiosk_app, width, height)
        assert attract.landscape is (width > height)
        problems = check(kiosk_app.window, f"attract {width}x{height}")
        assert problems == [], [str(p) for p in problems]
    attract = show_at(qtbot, kiosk_app, 1920, 1080)
    start = geometry(attract, attract.start_column)
    options = geometry(attract, attract.options_column)
    assert options.right() < start.left()  # right to left: the start column on the right
    assert_fits(attract)
