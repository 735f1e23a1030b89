"""ui.assist: a widget finds its window's inclusion features without importing the window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.assist import Recorder
from ui.assist import Assist, assist_for, register


def _window(qtbot: QtBot) -> tuple[QWidget, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    inner = QWidget(window)
    QVBoxLayout(window).addWidget(inner)
    deep = QLabel("deep", inner)
    return window, deep


def test_a_widget_deep_in_the_window_finds_what_the_window_registered(qtbot: QtBot) -> None:
    window, deep = _window(qtbot)
    assert assist_for(deep) is None  # before the window's features are attached
    recorder = Recorder(window)
    register(window, recorder)
    found: Assist | None = assist_for(deep)
    assert found is recorder
    found.announce("Your request was saved.")
    ran: list[bool] = []
    found.ask_helper_to_step_back("pin", lambda: ran.append(True))
    assert recorder.said == ["Your request was saved."]
    assert recorder.steps == ["pin"] and ran == [True]
    assert found.keyboard is recorder.keyboard


def test_each_window_has_its_own_and_a_new_registration_replaces_the_old(qtbot: QtBot) -> None:
    first, in_first = _window(qtbot)
    second, in_second = _window(qtbot)
    a, b = Recorder(first), Recorder(second)
    register(first, a)
    register(second, b)
    assert assist_for(in_first) is a and assist_for(in_second) is b
    c = Recorder(first)
    register(first, c)
    assert assist_for(in_first) is c
    loose = QLabel("not in a kiosk window")
    qtbot.addWidget(loose)
    assert assist_for(loose) is None
