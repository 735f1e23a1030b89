"""The handover notice on the attract screen (ui/handover.py): it greets the resident in place of
the welcome texts, so the start button stays in view at large text on a landscape screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.handover import HandoverNotice
from ui.main import KioskApplication

from .accessibility import compiled_translations

__all__ = ["compiled_translations"]

NAME = "Alexandra Montgomery-Richardson"


def settle(kiosk: KioskApplication) -> None:
    """Lay the attract page out now (the notice's texts and the hidden welcome included)."""
    page = kiosk.window.attract.page_area.widget()
    for _ in range(3):  # wrapped texts change heights, which lays the page out again
        QApplication.sendPostedEvents()
        page.layout().activate()


def start_button_in_view(kiosk: KioskApplication) -> bool:
    attract = kiosk.window.attract
    viewport = attract.page_area.viewport()
    button = attract.start_button
    top_left = button.mapTo(viewport, button.rect().topLeft())
    bottom = top_left.y() + button.height()
    return button.isVisible() and top_left.y() >= 0 and bottom <= viewport.height()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_start_button_stays_in_view_while_staff_wait_to_help(
    qtbot: QtBot, kiosk_app: KioskApplication, size: tuple[int, int], compiled_translations: None
) -> None:
    window = kiosk_app.window
    window.resize(*size)
    kiosk_app.controller.set_language("ar")  # long texts; right to left
    kiosk_app.controller.set_preference("large_text", True)
    kiosk_app.controller.set_preference("high_contrast", True)
    attract = window.attract
    notice = HandoverNotice.on(attract)
    notice.show_handover(NAME, card_in=False)
    settle(kiosk_app)
    assert start_button_in_view(kiosk_app)
    assert not attract.welcome.isVisible() and not attract.what.isVisible()
    assert attract.site.isVisible()
    notice.clear()
    qtbot.waitUntil(attract.welcome.isVisible)
    assert attract.what.isVisible() and not notice.isVisible()
