"""Speech output with Qt's mock engine: what would be spoken, and what never is (A11Y-01…08)."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QAbstractButton, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from ui.main import KioskApplication
from ui.speech import RATES, describe
from ui.widgets.pinpad import PinPad

from .accessibility import (
    Spoken,
    click,
    compiled_translations,
    kiosk,
    language_button,
    mock_tts,
    page_layout,
)
from .conftest import FakeClock

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def flush(qtbot: QtBot) -> None:
    qtbot.wait(5)


def test_mock_engine_is_available() -> None:
    assert "mock" in QTextToSpeech.availableEngines()


def test_nothing_is_spoken_while_speech_is_off(qtbot: QtBot, kiosk: KioskApplication) -> None:
    spoken = Spoken(kiosk)
    window = kiosk.window
    click(qtbot, window.attract.start_button)
    click(qtbot, language_button(kiosk, "en"))
    click(qtbot, window.sign_in.guest_button)
    kiosk.inclusion.speak_text("Receipt")
    flush(qtbot)
    assert spoken.texts == []
    assert kiosk.inclusion.speech._tts is None  # no engine was even created


def test_titles_focus_and_controls_are_spoken(qtbot: QtBot, kiosk: KioskApplication) -> None:
    spoken = Spoken(kiosk)
    window = kiosk.window
    speech = kiosk.inclusion.speech
    click(qtbot, window.attract.toggles["speech"])
    flush(qtbot)
    assert "Welcome to eCitizen" in spoken.all
    engine = speech._tts
    assert isinstance(engine, QTextToSpeech) and engine.engine() == "mock"
    spoken.clear()
    click(qtbot, window.attract.start_button)
    flush(qtbot)
    assert spoken.texts and spoken.texts[-1].startswith("Choose your language")
    click(qtbot, language_button(kiosk, "en"))
    click(qtbot, window.sign_in.guest_button)
    flush(qtbot)
    # home: the title first, then the focused tile's name and its summary
    assert spoken.texts[-1].startswith("What would you like to do?")
    first = window.home.first_tile()
    assert first is not None and first.accessibleName() in spoken.texts[-1]
    # a toggle says its state
    toggle = window.attract.toggles["large_text"]
    assert describe(toggle).endswith("off")
    # repeat, slower, louder, quieter from the access panel
    click(qtbot, window.top_bar.access_button)
    flush(qtbot)
    assert spoken.texts[-1].startswith("Language and display")
    panel = window.access_panel
    assert panel.speech_box.isVisible()
    before = speech.last
    click(qtbot, panel.speech_buttons["repeat"])
    flush(qtbot)
    assert spoken.texts[-1] == before
    click(qtbot, panel.speech_buttons["slower"])
    flush(qtbot)
    assert speech.rate == RATES[1] and engine.rate() == pytest.approx(RATES[1])
    assert spoken.texts[-1] == "Slower"
    volume = speech.volume
    click(qtbot, panel.speech_buttons["louder"])
    assert speech.volume > volume
    click(qtbot, panel.speech_buttons["quieter"])
    click(qtbot, panel.speech_buttons["quieter"])
    assert speech.volume < volume
    assert engine.volume() == pytest.approx(speech.volume)


def test_speech_follows_the_session_language(qtbot: QtBot, kiosk: KioskApplication) -> None:
    spoken = Spoken(kiosk)
    window = kiosk.window
    click(qtbot, window.attract.toggles["speech"])
    click(qtbot, window.attract.language_buttons["es"])
    flush(qtbot)
    assert spoken.texts[-1].startswith("¿Cómo quiere continuar?")


def test_idle_warning_is_spoken(qtbot: QtBot, kiosk: KioskApplication, clock: FakeClock) -> None:
    spoken = Spoken(kiosk)
    window = kiosk.window
    click(qtbot, window.attract.toggles["speech"])
    click(qtbot, window.attract.start_button)
    click(qtbot, language_button(kiosk, "en"))
    click(qtbot, window.sign_in.guest_button)
    with qtbot.waitSignal(kiosk.controller.idle_warned, timeout=2000):
        clock.advance(kiosk.config.idle.warn_after_s)
    qtbot.waitUntil(lambda: any("Are you still there?" in t for t in spoken.texts), timeout=2000)
    assert "seconds" in spoken.texts[-1] and "erased" in spoken.texts[-1]


def test_receipts_can_be_read_aloud(qtbot: QtBot, kiosk: KioskApplication) -> None:
    spoken = Spoken(kiosk)
    kiosk.controller.set_preference("speech", True)
    kiosk.inclusion.speak_text("Receipt. Reference ABC-123. Sent to the city.")
    flush(qtbot)
    assert spoken.texts[-1] == "Receipt. Reference ABC-123. Sent to the city."


def test_pin_digits_are_never_spoken(qtbot: QtBot, kiosk: KioskApplication) -> None:
    """A PIN pad anywhere in the window: tones for digits, keypad focus on a digit is a tone."""
    spoken = Spoken(kiosk)
    window = kiosk.window
    click(qtbot, window.attract.toggles["speech"])
    click(qtbot, window.attract.start_button)
    click(qtbot, language_button(kiosk, "en"))
    received: list[bytearray] = []
    pad = PinPad(received.append)
    layout = page_layout(window.sign_in, "sign_in-page")
    layout.addWidget(pad)
    pad.show()
    kiosk.inclusion._wire()
    spoken.clear()
    for digit in "482915":
        click(qtbot, pad.keys[digit])
    pad.keys["7"].setFocus()
    kiosk.inclusion.speech.focus_moved(pad.keys["7"])
    flush(qtbot)
    assert spoken.tones >= 6
    for text in spoken.texts:
        assert not any(ch.isdigit() for ch in text), text
    click(qtbot, pad.ok_button)
    assert len(received) == 1
    received[0][:] = bytes(len(received[0]))


def test_speech_is_reset_at_session_end(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    speech = kiosk.inclusion.speech
    click(qtbot, window.attract.toggles["speech"])
    click(qtbot, window.attract.start_button)
    speech.slower()
    speech.louder()
    flush(qtbot)
    assert speech.last
    click(qtbot, window.top_bar.finish_button)
    assert not speech.enabled
    assert speech.last == "" and speech.rate == RATES[0]
    assert window.current_screen() is window.attract
    assert window.attract.toggles["speech"].isChecked() is False


class _Step(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title

    def title(self) -> str:
        return self._title


def test_steps_of_a_service_are_announced(qtbot: QtBot, kiosk: KioskApplication) -> None:
    """A screen made of steps (a QStackedWidget, like service flows): each step is spoken."""
    spoken = Spoken(kiosk)
    window = kiosk.window
    click(qtbot, window.attract.toggles["speech"])
    click(qtbot, window.attract.start_button)
    english = window.language.findChild(QAbstractButton, "language-en")
    assert english is not None
    click(qtbot, english)
    click(qtbot, window.sign_in.guest_button)
    about = window.home.tiles["about"]
    page_holder: list[QStackedWidget] = []

    def add_steps(screen_id: str) -> None:
        if screen_id == "about" and not page_holder:
            steps = QStackedWidget()
            steps.addWidget(_Step("Your details"))
            steps.addWidget(_Step("Check and send"))
            layout = page_layout(window.current_screen(), "about-page")
            layout.addWidget(steps)
            page_holder.append(steps)

    window.screen_shown.connect(add_steps)  # before the inclusion sees the screen
    window.screen_shown.disconnect(kiosk.inclusion._on_screen_shown)
    window.screen_shown.connect(kiosk.inclusion._on_screen_shown)
    click(qtbot, about)
    steps = page_holder[0]
    qtbot.waitUntil(steps.isVisible)
    steps.setCurrentIndex(1)
    flush(qtbot)
    assert spoken.texts[-1].startswith("About this kiosk and your privacy. Check and send")


def test_messages_are_announced_after_what_is_being_said(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    spoken = Spoken(kiosk)
    kiosk.controller.set_preference("speech", True)
    flush(qtbot)
    kiosk.inclusion.speech.say("Your e-mail address")
    kiosk.inclusion.announce("This does not look like an e-mail address. Example: ana@example.org")
    flush(qtbot)
    assert spoken.texts[-1] == (
        "Your e-mail address This does not look like an e-mail address. Example: ana@example.org"
    )
