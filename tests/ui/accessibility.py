"""Shared set-up for the accessibility tests (``test_accessibility_*.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.i18n.build import ensure_compiled
from ui.inclusion import Inclusion
from ui.main import KioskApplication

LANGUAGES = ("en", "es", "fr", "ar", "xx")


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm catalogues (make test compiles them; a direct pytest run may not have)."""
    ensure_compiled()


@pytest.fixture
def mock_tts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's mock speech engine (ships with PySide6-Addons): silent, but really driven."""
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "mock")


@pytest.fixture
def kiosk(mock_tts: None, kiosk_app: KioskApplication) -> Iterator[KioskApplication]:
    yield kiosk_app


def page_layout(screen: QWidget, name: str) -> QLayout:
    """The layout of a screen's scrolling page (``<screen_id>-page``), to add a test widget."""
    page = screen.findChild(QWidget, name)
    assert page is not None
    layout = page.layout()
    assert layout is not None
    return layout


def language_button(app: KioskApplication, code: str) -> QAbstractButton:
    found = app.window.language.findChild(QAbstractButton, f"language-{code}")
    assert found is not None
    return found


def inclusion(app: KioskApplication) -> Inclusion:
    return app.inclusion


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class Spoken:
    """Records what speech handed to the engine."""

    def __init__(self, app: KioskApplication) -> None:
        self.texts: list[str] = []
        self.tones = 0
        app.inclusion.speech.spoken.connect(self.texts.append)
        app.inclusion.speech.tone_played.connect(self._tone)

    def _tone(self) -> None:
        self.tones += 1

    @property
    def all(self) -> str:
        return "\n".join(self.texts)

    def clear(self) -> None:
        self.texts.clear()
        self.tones = 0
