"""ServiceScreen.show_message is spoken too (A11Y-07), after what is being said."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.accessibility import Spoken, compiled_translations, kiosk, mock_tts
from ui.main import KioskApplication
from ui.services.base import ServiceScreen
from ui.services.context import ServiceContext

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def test_service_messages_are_announced(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    spoken = Spoken(kiosk)
    kiosk.controller.set_preference("speech", True)
    context = ServiceContext(window.theme, window.config, kiosk.controller, None)
    screen = ServiceScreen(context)
    window.stack.addWidget(screen)
    text = "The city's service cannot be reached right now."
    with qtbot.waitSignal(kiosk.inclusion.speech.spoken, timeout=5000):
        screen.show_message(text)
    assert spoken.texts[-1].endswith(text)
    with qtbot.assertNotEmitted(kiosk.inclusion.speech.spoken, wait=50):
        screen.show_message("")  # clearing the message says nothing
