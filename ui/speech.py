"""Speech output (closed functionality: residents cannot bring their own screen reader, A11Y-01).

:class:`Speech` wraps ``QTextToSpeech``. It reads a screen's title when the screen appears, the
focused control's accessible name and value when focus moves, the idle warning, and any text the
application hands to :meth:`Speech.speak_text` (receipts). Utterances produced in the same turn
of the event loop are joined into one, so the title is not cut off by the focus that follows it.

Never spoken (A11Y-05): PIN digits. A widget (or any ancestor) with the dynamic property
``speech="secret"`` is announced by a tone only, and password fields by their name and a count.
The PIN pad calls :meth:`Speech.pin_key` for each digit.

Nothing is spoken, and no engine is even created, while the session's speech preference is off.
The engine is chosen by ``KIOSK_TTS_ENGINE`` (tests use Qt's ``mock`` engine) or Qt's default.

Voices (A11Y-08): each session language is spoken by a voice of that language. On Debian the
``speechd`` engine reaches espeak-ng through speech-dispatcher (``speech-dispatcher-espeak-ng``,
installed by scripts/setup.sh), which has voices for en, es, fr and ar. When the engine has no voice
for the language, :attr:`Speech.voice_checked` reports it so the access panel can say so on screen,
and the engine keeps its default voice rather than falling silent.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

logger = logging.getLogger(__name__)

RATES = (0.0, -0.3, -0.55)
"""Normal, slower, slowest (QTextToSpeech rate, -1.0 to 1.0)."""
VOLUME_STEP = 0.15
MIN_VOLUME = 0.25
DEFAULT_VOLUME = 0.8
SILENT = "secret"
"""Value of the ``speech`` dynamic property on widgets whose content must never be spoken."""


class SpeechTexts(QObject):
    """Texts with plural forms (lupdate marks ``self.tr(text, "", n)`` as numerus)."""

    def characters(self, count: int) -> str:
        return self.tr("%n character(s) typed", "", count)


def is_secret(widget: QWidget | None) -> bool:
    """True if the widget or an ancestor is marked ``speech="secret"``."""
    while widget is not None:
        if widget.property("speech") == SILENT:
            return True
        widget = widget.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    """What speech says when ``widget`` gets focus: its name, kind/state and value."""
    name = widget.accessibleName()
    if not name and isinstance(widget, (QAbstractButton, QLabel)):
        name = widget.text().replace("\n", " ")
    parts = [name] if name else []
    if isinstance(widget, QAbstractButton):
        if widget.isCheckable():
            parts.append(
                QCoreApplication.translate("Speech", "on")
                if widget.isChecked()
                else QCoreApplication.translate("Speech", "off")
            )
        if not widget.isEnabled():
            parts.append(QCoreApplication.translate("Speech", "not available"))
    elif isinstance(widget, QLineEdit):
        count = len(widget.text())
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            parts.append(SpeechTexts().characters(count))
        elif count:
            parts.append(widget.text())
        else:
            parts.append(QCoreApplication.translate("Speech", "empty"))
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        parts.append(text if text else QCoreApplication.translate("Speech", "empty"))
    description = widget.accessibleDescription()
    if description:
        parts.append(description)
    return ". ".join(part for part in parts if part)


def _tone_wav(path: Path) -> Path:
    """A short 880 Hz beep (16-bit mono PCM), written once."""
    if path.is_file():
        return path
    rate, seconds = 22050, 0.12
    count = int(rate * seconds)
    samples = b"".join(
        struct.pack("<h", int(12000 * math.sin(2 * math.pi * 880 * i / rate))) for i in range(count)
    )
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(samples),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        rate,
        rate * 2,
        2,
        16,
        b"data",
        len(samples),
    )
    path.write_bytes(header + samples)
    return path


class Speech(QObject):
    """Text to speech for the kiosk.

    Signals:
        spoken(str): an utterance was handed to the engine (tests assert on it).
        tone_played(): a PIN tone was requested (also when no audio device is present).

    Args:
        engine: QTextToSpeech engine name; None reads ``KIOSK_TTS_ENGINE`` or uses Qt's default.
        tones: play PIN tones through QtMultimedia (default: unless the engine is ``mock``).
            Without an audio output no tone is played; ``tone_played`` is always emitted.
        tone_dir: where the generated tone WAV is written (the data directory).
    """

    spoken = Signal(str)
    tone_played = Signal()
    voice_checked = Signal(str, bool)
    """(language, found): a voice of the session language was looked for in the engine."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        tones: bool | None = None,
        tone_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get("KIOSK_TTS_ENGINE")
        self._tts: object | None = None
        self._enabled = False
        self._language = "en"
        self._rate_index = 0
        self._volume = DEFAULT_VOLUME
        self._pending: list[str] = []
        self._last = ""
        # the mock engine (tests) means no real audio at all: tones are only signalled
        self._tones = tones if tones is not None else self._engine_name != "mock"
        self._tone_dir = tone_dir
        self._effect: object | None = None
        self._voice_found: bool | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)

    # -- settings ----------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Follow the session's speech preference; turning it off stops speech at once."""
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if not enabled:
            self.stop()

    def set_language(self, language: str) -> None:
        """Speak in the session language (A11Y-08): picks a voice for that locale if any."""
        self._language = language
        if self._tts is not None:
            self._apply_locale()

    @property
    def voice_found(self) -> bool | None:
        """Whether the engine has a voice for the session language (None: no engine yet)."""
        return self._voice_found

    @property
    def voice_name(self) -> str:
        """The engine's current voice ("" without an engine)."""
        tts = self._tts
        if tts is None:
            return ""
        return str(tts.voice().name())  # type: ignore[attr-defined]

    def voice_language(self) -> str:
        """The language code (e.g. ``ar``) of the engine's current voice ("" without an engine)."""
        tts = self._tts
        if tts is None:
            return ""
        locale = tts.voice().locale()  # type: ignore[attr-defined]
        return str(locale.name()).split("_")[0]

    def ensure_engine(self) -> bool:
        """Create the engine now (the access panel shows whether a voice exists); True if any."""
        return self._engine() is not None

    @property
    def rate(self) -> float:
        return RATES[self._rate_index]

    @property
    def volume(self) -> float:
        return self._volume

    def slower(self) -> None:
        """Step to the next slower rate, then back to normal."""
        self._rate_index = (self._rate_index + 1) % len(RATES)
        self._apply_settings()
        self.say(
            [
                QCoreApplication.translate("Speech", "Normal speed"),
                QCoreApplication.translate("Speech", "Slower"),
                QCoreApplication.translate("Speech", "Slowest"),
            ][self._rate_index],
            interrupt=True,
        )

    def louder(self) -> None:
        self._volume = min(1.0, round(self._volume + VOLUME_STEP, 2))
        self._apply_settings()
        self.say(QCoreApplication.translate("Speech", "Louder"), interrupt=True)

    def quieter(self) -> None:
        self._volume = max(MIN_VOLUME, round(self._volume - VOLUME_STEP, 2))
        self._apply_settings()
        self.say(QCoreApplication.translate("Speech", "Quieter"), interrupt=True)

    def reset(self) -> None:
        """Session end: forget the last utterance and the resident's speed and volume."""
        self.stop()
        self._last = ""
        self._rate_index = 0
        self._volume = DEFAULT_VOLUME
        self._apply_settings()

    # -- speaking ----------------------------------------------------------------------------
    def say(self, text: str, *, interrupt: bool = False) -> None:
        """Queue ``text``; everything queued in this event-loop turn is spoken as one."""
        if not self._enabled or not text.strip():
            return
        if interrupt:
            self._pending.clear()
        self._pending.append(text.strip())
        self._flush_timer.start()

    def speak_text(self, text: str) -> None:
        """Read a longer text aloud now (receipts, A11Y-06), interrupting what is being said."""
        self.say(text, interrupt=True)

    def screen_shown(self, title: str) -> None:
        """A new screen or overlay appeared: its title comes first."""
        self._pending.clear()
        self.say(title)

    def focus_moved(self, widget: QWidget | None) -> None:
        if widget is None or not self._enabled:
            return
        if is_secret(widget):
            self.tone()
            return
        self.say(describe(widget))

    def repeat(self) -> None:
        """Say the last utterance again."""
        if self._last:
            self.say(self._last, interrupt=True)

    def pin_key(self) -> None:
        """A PIN digit was entered: a tone, never the digit (A11Y-05)."""
        self.tone()

    def tone(self) -> None:
        if not self._enabled:
            return
        self.tone_played.emit()
        if self._tones:
            self._play_tone()

    def stop(self) -> None:
        self._pending.clear()
        self._flush_timer.stop()
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]

    @property
    def last(self) -> str:
        return self._last

    # -- engine ------------------------------------------------------------------------------
    def _flush(self) -> None:
        if not self._pending or not self._enabled:
            self._pending.clear()
            return
        text = " ".join(self._pending)
        self._pending.clear()
        self._last = text
        tts = self._engine()
        if tts is not None:
            tts.stop()  # type: ignore[attr-defined]
            tts.say(text)  # type: ignore[attr-defined]
        self.spoken.emit(text)

    def _engine(self) -> object | None:
        if self._tts is None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = QTextToSpeech.availableEngines()
            name = self._engine_name
            if name and name not in engines:
                logger.warning("speech engine %s is not installed", name)
                name = None
            if not engines:
                logger.warning("no speech engine is installed: speech output is silent")
                return None
            self._tts = QTextToSpeech(name, self) if name else QTextToSpeech(self)
            self._apply_locale()
            self._apply_settings()
        return self._tts

    def _apply_locale(self) -> None:
        tts = self._tts
        if tts is None:
            return
        wanted = QLocale(self._language)
        same_language = [
            locale
            for locale in tts.availableLocales()  # type: ignore[attr-defined]
            if locale.language() == wanted.language()
        ]
        # the language's own country first (QLocale("ar") is ar_EG, "es" es_ES), then any country
        same_language.sort(key=lambda locale: locale.territory() != wanted.territory())
        found = False
        for locale in same_language:
            tts.setLocale(locale)  # type: ignore[attr-defined]
            voices = [
                voice
                for voice in tts.availableVoices()  # type: ignore[attr-defined]
                if voice.locale().language() == wanted.language()
            ]
            if voices:
                tts.setVoice(voices[0])  # type: ignore[attr-defined]
                found = True
                break
        if not found:
            logger.warning(
                "no voice for language %s in engine %s; speaking with the default voice",
                self._language,
                tts.engine(),  # type: ignore[attr-defined]
            )
        self._voice_found = found
        self.voice_checked.emit(self._language, found)

    def _apply_settings(self) -> None:
        tts = self._tts
        if tts is not None:
            tts.setRate(self.rate)  # type: ignore[attr-defined]
            tts.setVolume(self._volume)  # type: ignore[attr-defined]

    def _play_tone(self) -> None:
        if self._effect is None:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                logger.info("no audio output: PIN tones are not played")
                self._tones = False
                return
            directory = self._tone_dir or Path(tempfile.gettempdir())
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(_tone_wav(directory / "pin-tone.wav"))))
            self._effect = effect
        self._effect.setVolume(self._volume)  # type: ignore[attr-defined]
        self._effect.play()  # type: ignore[attr-defined]


class VoiceNotice(QLabel):
    """Says on screen that the session language has no voice (in the access panel's speech
    controls): the resident knows why the reading sounds foreign instead of guessing."""

    def __init__(self, speech: Speech, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access-voice-notice")
        self.setProperty("role", "body")
        self.setWordWrap(True)
        self.retranslate()
        self.setVisible(speech.voice_found is False)
        speech.voice_checked.connect(self._on_voice_checked)

    def _on_voice_checked(self, _language: str, found: bool) -> None:
        self.setVisible(not found)

    def retranslate(self) -> None:
        text = QCoreApplication.translate(
            "Speech", "This kiosk has no voice for this language: another voice reads aloud."
        )
        self.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
