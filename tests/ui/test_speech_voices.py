"""Speech in the resident's language (issue #16 item 12): a voice of the session language is
selected when the engine has one, and the access panel says so when it has none."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from ui.main import KioskApplication
from ui.speech import Speech

from .accessibility import click, compiled_translations, kiosk, language_button, mock_tts

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire", "no voice for language")


def test_access_panel_says_when_the_language_has_no_voice(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    # Qt's mock engine speaks only English (en_GB/en_US, nb, nn, fi): Arabic has no voice there
    window = kiosk.window
    speech = kiosk.inclusion.speech
    click(qtbot, window.attract.toggles["speech"])
    click(qtbot, window.attract.start_button)
    click(qtbot, language_button(kiosk, "ar"))
    qtbot.waitUntil(lambda: speech.voice_found is False)
    click(qtbot, window.top_bar.access_button)
    panel = window.access_panel
    notice = kiosk.inclusion.voice_notice
    qtbot.waitUntil(lambda: notice.isVisible())
    assert notice.isVisibleTo(panel.speech_box)
    assert notice.text() and notice.text() == notice.accessibleName()
    click(qtbot, panel.language_buttons["en"])
    qtbot.waitUntil(lambda: speech.voice_found is True)
    assert not notice.isVisible()
    assert speech.voice_language() == "en"


@pytest.mark.xdist_group("speechd")  # one worker: two first connections race speechd's autospawn
@pytest.mark.parametrize("language", ["en", "es", "fr", "ar"])
def test_each_language_is_spoken_by_a_voice_of_that_language(qtbot: QtBot, language: str) -> None:
    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's speechd engine is not installed in this environment")
    speech = Speech(engine="speechd", tones=False)
    speech.set_enabled(True)
    assert speech.ensure_engine()
    engine = speech._tts
    assert isinstance(engine, QTextToSpeech)
    if engine.state() == QTextToSpeech.State.Error:
        pytest.skip(f"speech-dispatcher is not reachable: {engine.errorString()}")
    with qtbot.waitSignal(speech.voice_checked) as checked:
        speech.set_language(language)
    assert checked.args == [language, True]
    assert speech.voice_found is True
    assert speech.voice_language() == language, speech.voice_name
    assert engine.locale().language() == engine.voice().locale().language()
    engine.stop()
