"""ServiceScreen.show_message is spoken too (A11Y-07): the screen hands the message to its
window's inclusion features (``ui.assist``), which say it after what is being said
(``test_accessibility_speech.test_messages_are_announced_after_what_is_being_said``). One screen
in a window of its own, no kiosk booted (issue #17)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import load_demo_config
from kiosk.session.controller import SessionController
from kiosk.session.machine import IdlePolicy, Preferences, Session
from tests.helpers.assist import Recorder
from ui.assist import register
from ui.services.base import ServiceScreen
from ui.services.context import ServiceContext
from ui.theme import Theme


def _screen(qtbot: QtBot) -> tuple[ServiceScreen, QWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    session = Session(IdlePolicy(), default_preferences=lambda: Preferences("en"))
    controller = SessionController(session, window)
    screen = ServiceScreen(ServiceContext(Theme(), load_demo_config(), controller, None))
    QVBoxLayout(window).addWidget(screen)
    window.show()
    qtbot.waitExposed(window)
    return screen, window


def test_service_messages_are_announced(qtbot: QtBot) -> None:
    screen, window = _screen(qtbot)
    recorder = Recorder(window)
    register(window, recorder)
    text = "The city's service cannot be reached right now."
    screen.show_message(text)
    assert recorder.said == [text]
    assert screen.message.isVisible()
    assert window.focusWidget() is screen.message  # the keypad lands on the message
    screen.show_message("")  # clearing the message says nothing
    assert recorder.said == [text]
    assert not screen.message.isVisible()


def test_a_message_outside_a_kiosk_window_is_only_shown(qtbot: QtBot) -> None:
    screen, _ = _screen(qtbot)
    screen.show_message("Saved on this kiosk.")  # no inclusion features registered: no error
    assert screen.message.isVisible()
