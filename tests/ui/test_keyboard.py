"""ui.keyboard.OnScreenKeyboard on its own (the window's use of it: test_accessibility_keyboard):
a field that goes away while the keyboard is open on it takes the keyboard with it."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.keyboard import OnScreenKeyboard, Variant
from ui.theme import Theme


def _window(qtbot: QtBot) -> tuple[QWidget, QWidget, OnScreenKeyboard]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    step = QWidget()  # a step of a service screen, with its field
    QVBoxLayout(step)
    layout.addWidget(step)
    keyboard = OnScreenKeyboard(Theme(), window)
    layout.addWidget(keyboard)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitExposed(window)
    return window, step, keyboard


def test_a_field_dropped_with_its_step_closes_the_keyboard(qtbot: QtBot) -> None:
    _, step, keyboard = _window(qtbot)
    comment = QPlainTextEdit()
    step.layout().addWidget(comment)
    keyboard.attach(comment, Variant.LONG_TEXT)
    keyboard.show_for(comment)
    assert keyboard.isVisible() and keyboard.target is comment
    step.deleteLater()  # the next step replaced it (the receipt after "Send my comment")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not keyboard.isVisible()
    assert keyboard.target is None
    window = keyboard.window()
    window.resize(1920, 1080)  # a re-layout does not reach for the field that is gone
    qtbot.wait(20)


def test_an_earlier_field_going_away_leaves_the_keyboard_on_the_current_one(
    qtbot: QtBot,
) -> None:
    _, step, keyboard = _window(qtbot)
    first, second = QLineEdit(), QLineEdit()
    step.layout().addWidget(first)
    step.layout().addWidget(second)
    keyboard.show_for(first)
    keyboard.show_for(second)
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert keyboard.isVisible() and keyboard.target is second


def test_a_field_shown_again_is_watched_once(qtbot: QtBot) -> None:
    _, step, keyboard = _window(qtbot)
    first, second = QLineEdit(), QLineEdit()
    step.layout().addWidget(first)
    step.layout().addWidget(second)
    hidden: list[bool] = []
    keyboard.hidden_now.connect(lambda: hidden.append(True))
    destroyed = SIGNAL("destroyed(QObject*)")
    keyboard.show_for(first)
    watching = first.receivers(destroyed)
    for field in (second, first, second, first):
        keyboard.show_for(field)
    assert keyboard.target is first
    assert first.receivers(destroyed) == watching  # one watch per field, not one per showing
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not keyboard.isVisible() and hidden == [True]
