"""bench/touch.py's measuring method (issue #16 item 14): a tap is timed to the frame that
paints its response, a tap that changes nothing visible is reported as such, and the primary
control is the one a resident would tap."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bench.touch import PaintCounter, percentile, primary_control, ready, tap


def window_with(qtbot: QtBot, *buttons: QPushButton) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for button in buttons:
        layout.addWidget(button)
    window.resize(400, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_tap_is_timed_to_the_frame_that_shows_the_response(qtbot: QtBot) -> None:
    label = QLabel("before")
    slow = QPushButton("slow")
    window = window_with(qtbot, slow)
    layout = window.layout()
    assert layout is not None
    layout.addWidget(label)

    def respond() -> None:
        time.sleep(0.05)  # a handler that takes 50 ms, then changes what is shown
        label.setText("after")

    slow.clicked.connect(respond)
    paints = PaintCounter()
    qtbot.wait(50)  # the first frame is painted before the tap
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    try:
        elapsed = tap(slow, paints)
    finally:
        app.removeEventFilter(paints)
    assert label.text() == "after"
    assert elapsed is not None and 50.0 <= elapsed < 1000.0


def test_the_primary_role_wins_over_reading_order(qtbot: QtBot) -> None:
    first = QPushButton("Back")
    primary = QPushButton("Next")
    primary.setProperty("role", "primary")
    window = window_with(qtbot, first, primary)
    keyboard = QWidget(window)
    keyboard.hide()
    assert primary_control(window, keyboard) is primary
    primary.setEnabled(False)
    assert primary_control(window, keyboard) is first


def test_percentile() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([3.0], 0.99) == 3.0


class _Loading(QWidget):
    """A page that loads like a service screen: busy, its button disabled, until data came."""

    def __init__(self) -> None:
        super().__init__()
        self.busy = True
        self.button = QPushButton("Back", self)
        self.button.setEnabled(False)

    def loaded(self) -> None:
        self.busy = False
        self.button.setEnabled(True)


def test_a_loading_page_is_tapped_once_it_is_ready(qtbot: QtBot) -> None:
    """The bench waits for a loading service as a resident does (the elections page had no
    enabled control while it fetched, and fell out of the table)."""
    page = _Loading()
    qtbot.addWidget(page)
    page.show()
    QTimer.singleShot(100, page.loaded)
    ready(page)
    assert not page.busy and primary_control(page, QWidget()) is page.button
