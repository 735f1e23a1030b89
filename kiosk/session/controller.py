"""Thin Qt adapter over :class:`kiosk.session.machine.Session` (QtCore only).

Turns the pure state machine into signals the UI maps to pages, and drives the idle policy with a
named QTimer on the GUI thread.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.session.machine import EndReason, Identity, IdleEvent, Session, State, Transition

logger = logging.getLogger(__name__)


class SessionController(QObject):
    """Signals:
    state_changed(str, str): old and new :class:`State` values after every transition.
    idle_warned(): the inactivity warning started; show the countdown.
    idle_counted(int): whole seconds left in the warning countdown (every tick while warning).
    idle_cleared(): the warning ended because the resident asked for more time.
    session_ended(str): the session was wiped for this :class:`EndReason` value.
    language_changed(str): the session language changed (retranslate everything).
    preferences_changed(): large text / contrast / speech / simplified changed.
    """

    state_changed = Signal(str, str)
    idle_warned = Signal()
    idle_counted = Signal(int)
    idle_cleared = Signal()
    session_ended = Signal(str)
    language_changed = Signal(str)
    preferences_changed = Signal()

    TICK_MS = 250

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._last_language = session.preferences.language
        self._last_count = -1
        session.add_listener(self._on_transition)
        self._timer = QTimer(self)
        self._timer.setObjectName("idle-timer")
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    # -- actions from the UI -----------------------------------------------------------------
    def start(self) -> None:
        self.session.start()

    def choose_language(self, language: str) -> None:
        self.session.choose_language(language)
        self._check_language()

    def set_language(self, language: str) -> None:
        self.session.set_language(language)
        self._check_language()

    def begin_sign_in(self) -> None:
        """A card went in: move to the sign-in step from wherever the session is before it."""
        if self.session.state is State.ATTRACT:
            self.session.start()
        if self.session.state is State.LANGUAGE:
            self.session.choose_language(self.session.preferences.language)

    def sign_in(self, identity: Identity) -> None:
        self.session.sign_in(identity)

    def open_service(self, service: str) -> None:
        self.session.open_service(service)

    def complete(self) -> None:
        self.session.complete()

    def go_home(self) -> None:
        self.session.go_home()

    def end(self, reason: EndReason) -> None:
        self.session.end(reason)

    def touch(self) -> None:
        self.session.touch()

    def extend(self) -> bool:
        was_warning = self.session.warning_active
        granted = self.session.extend()
        if was_warning and granted:
            self._last_count = -1
            self.idle_cleared.emit()
        return granted

    def set_preference(self, name: str, value: bool) -> None:
        if name not in ("large_text", "high_contrast", "speech", "simplified"):
            raise ValueError(f"unknown preference {name}")
        if getattr(self.session.preferences, name) != value:
            setattr(self.session.preferences, name, value)
            self.preferences_changed.emit()

    def simulate_walk_away(self) -> None:
        self.session.force_idle()
        self._on_tick()

    def stop(self) -> None:
        self._timer.stop()

    # -- internals ---------------------------------------------------------------------------
    def _check_language(self) -> None:
        language = self.session.preferences.language
        if language != self._last_language:
            self._last_language = language
            self.language_changed.emit(language)

    def _on_transition(self, transition: Transition) -> None:
        self.state_changed.emit(transition.old.value, transition.new.value)
        if transition.action == "finished" and transition.reason is not None:
            self._last_count = -1
            self._check_language()
            self.preferences_changed.emit()
            self.session_ended.emit(transition.reason.value)

    def _on_tick(self) -> None:
        if self.session.tick() is IdleEvent.WARNED:
            self.idle_warned.emit()
        if self.session.warning_active:
            count = math.ceil(self.session.seconds_left())
            if count != self._last_count:
                self._last_count = count
                self.idle_counted.emit(count)
