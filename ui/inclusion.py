"""Inclusion features on top of the main window: speech, keypad, on-screen keyboard, simplified,
assisted and practice modes (issue #8).

:class:`Inclusion` attaches to a built :class:`ui.main_window.MainWindow` from outside, so the
window stays small, and registers itself in :mod:`ui.assist`: a widget of that window finds
what it may use of it (:class:`ui.assist.Assist`) with :func:`ui.assist.assist_for`, without
importing this module or the window. For the lead and the service screens:

* ``speak_text(text)`` reads a text aloud (receipts) when speech is on; ``pin_key()`` plays the
  PIN tone (every :class:`ui.widgets.pinpad.PinPad` in the window is hooked up automatically,
  its digit keys are never spoken).
* ``keyboard.attach(field, Variant.EMAIL)``: see :mod:`ui.keyboard`.
* ``start_assisted(staff_identity)`` asks the resident to agree, then shows "Helped by staff
  member …" on every screen; ``record_step(step, fields_entered_by_staff=[...])`` audits an
  assisted step; ``ask_helper_to_step_back(step, on_ready)`` before PIN/fingerprint/photo/
  declaration (``on_ready`` runs at once when nobody is helping).
* ``practice``: True on a practice kiosk; the top bar shows "PRACTICE" on every screen and
  receipts must be built with ``practice=inclusion.practice``.
"""

from __future__ import annotations

import logging
import secrets
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from kiosk.config import Mode
from kiosk.records.audit import AuditLog, AuditLogError
from kiosk.session.assistance import Assistance, load_or_create_key
from kiosk.session.machine import EndReason, Identity, Role, State
from ui import assist
from ui.keyboard import OnScreenKeyboard
from ui.overlay import AccessPanel, AssistConfirm, IdleWarning, Overlay, StepBack
from ui.speech import SILENT, Speech, VoiceNotice, describe
from ui.widgets.pinpad import PinPad

if TYPE_CHECKING:
    from kiosk.records.receipts import RenderedReceipt
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

NEXT_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Right}
PREVIOUS_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Left}
ACTIVATE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select}
BACK_KEYS = {Qt.Key.Key_Back, Qt.Key.Key_Backspace}
HELP_KEYS = {Qt.Key.Key_Help, Qt.Key.Key_F1}


RESIDENT_ONLY_STEPS: dict[str, str] = {
    "card_sign_in": "pin",  # the resident's card PIN
    "library-pin": "pin",  # the library account PIN
    "photo": "photo",  # ID photo
    "permits-review": "declaration",  # "Sign with my card and send"
    "petition": "declaration",  # a petition signature (CIV-02: private completion)
    "consultation-confirm": "declaration",  # consultation answers (CIV-02)
}
"""Screen or step id → the resident-only step (kiosk.session.assistance.RESIDENT_ONLY_STEPS) it is.
Any id containing "fingerprint" is the fingerprint step."""


def resident_only(step_id: str) -> str | None:
    """The resident-only step ``step_id`` is ("pin", "photo"…), or None."""
    if "fingerprint" in step_id:
        return "fingerprint"
    return RESIDENT_ONLY_STEPS.get(step_id)


def focusable(scope: QWidget) -> list[QWidget]:
    """Controls a keypad can reach inside ``scope``, in reading (focus chain) order."""
    found: list[QWidget] = []
    widget: QWidget | None = scope.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not scope and seen < 5000:
        seen += 1
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and scope.isAncestorOf(widget)
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _pseudonym_key(data_dir: Path) -> bytes:
    """The kiosk's pseudonym key; when it cannot be created (a first start on a full disk) a key
    for this run only: staff references then differ across restarts, nothing crashes."""
    try:
        return load_or_create_key(data_dir)
    except OSError as exc:
        logger.error("pseudonym key unavailable (%s): using one for this run", type(exc).__name__)
        return secrets.token_bytes(32)


class Inclusion(QObject):
    """Signals:
    step_back_done(str): the resident confirmed the helper stepped back for this step.
    assistance_changed(bool): assisted mode started (True) or ended (False).
    """

    step_back_done = Signal(str)
    assistance_changed = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        *,
        audit: AuditLog | None = None,
        speech: Speech | None = None,
        pseudonym_key: bytes | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.session = window.session
        config = window.config
        self.practice = config.kiosk.mode is Mode.PRACTICE
        self.speech = speech if speech is not None else Speech(self, tone_dir=config.paths.data_dir)
        key = pseudonym_key if pseudonym_key is not None else _pseudonym_key(config.paths.data_dir)
        self._own_audit = audit is None
        self.audit = audit if audit is not None else AuditLog.in_data_dir(config.paths.data_dir)
        self.assistance = Assistance(self.session, self.audit, key)
        self.keyboard = OnScreenKeyboard(window.theme, window)
        layout = window.layout()
        assert layout is not None
        layout.addWidget(self.keyboard)
        # a landscape screen needs the top bar's information lines' height while typing
        self.keyboard.opening.connect(lambda _field: window.top_bar.set_typing(True))
        self.keyboard.hidden_now.connect(lambda: window.top_bar.set_typing(False))
        self.assist_confirm = AssistConfirm(window.theme, window)
        self.step_back = StepBack(window.theme, window)
        self._pending_helper: Identity | None = None
        self._pending_ref = ""  # the pending helper's audit reference, if taken earlier
        self._last_step = ""  # the last step audited in this assisted session
        self._step_callbacks: dict[str, Callable[[], None]] = {}
        self._watched: weakref.WeakSet[QObject] = weakref.WeakSet()
        self._wired = False

        window.top_bar.set_practice(self.practice)
        window.top_bar.staff_end_requested.connect(self.staff_end)
        window.screen_shown.connect(self._on_screen_shown)
        self.controller.preferences_changed.connect(self._on_preferences_changed)
        self.controller.language_changed.connect(self._on_language_changed)
        self.controller.idle_warned.connect(self._wire)
        self.controller.state_changed.connect(lambda _o, _n: self._wire())
        # queued: wiring builds the other screens, after the first frame reached the screen
        window.first_painted.connect(self._wire, Qt.ConnectionType.QueuedConnection)
        window.top_bar.access_requested.connect(self._wire)
        self.session.add_wipe_hook(self._on_wipe)
        self.assist_confirm.accepted.connect(self._on_assist_accepted)
        self.assist_confirm.declined.connect(self._on_assist_declined)
        self.step_back.resident_ready.connect(self._on_step_back_ready)
        self.keypad = KeypadNavigator(self)
        self._keypad_installed = False
        # with the first frame, like the kiosk's key guard (see ui.main.KioskApplication)
        window.first_painted.connect(self._install_keypad)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        assist.register(window, self)
        self._on_preferences_changed()
        self._on_language_changed(self.session.preferences.language)

    def _install_keypad(self) -> None:
        if not self._keypad_installed:
            self._keypad_installed = True
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            app.installEventFilter(self.keypad)

    def attach_audit(self, audit: AuditLog) -> None:
        """Write assisted-session entries to ``audit`` (the core's log, once it started)."""
        if self._own_audit:
            self.audit.close()
        self._own_audit = False
        self.audit = audit
        self.assistance.audit = audit

    def dispose(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self.keypad)
            app.focusChanged.disconnect(self._on_focus_changed)
        self.speech.stop()
        if self._own_audit:
            self.audit.close()

    # -- public API --------------------------------------------------------------------------
    def speak_text(self, text: str) -> None:
        """Read ``text`` aloud if the resident turned speech on (receipts, A11Y-06)."""
        self.speech.speak_text(text)

    def announce(self, text: str) -> None:
        """Say a message that appeared on screen (an error and its fix, A11Y-07; a status)
        after whatever is being said; nothing when speech is off."""
        self.speech.say(text)

    def read_receipt(self, rendered: RenderedReceipt) -> None:
        """Read a rendered receipt aloud, line by line (A11Y-06)."""
        self.speak_text(". ".join(line.text for line in rendered.lines if line.text.strip()))

    def pin_key(self) -> None:
        """A PIN digit was typed: a tone, never the digit."""
        self.speech.pin_key()

    def start_assisted(self, helper: Identity, *, staff_ref: str = "") -> None:
        """A member of staff offers help: the resident is asked to agree first (AD-01).

        ``staff_ref``: the helper's pseudonymous audit reference when it was taken earlier
        (a handover, :mod:`ui.handover`); by default it comes from ``helper``.
        Raises ValueError unless ``helper`` is a staff identity (no proxy mode, AD-05).
        """
        if helper.role is not Role.STAFF:
            raise ValueError("only a member of staff can assist")
        self._wire()
        self._pending_helper = helper
        self._pending_ref = staff_ref
        self.assist_confirm.ask(helper.display_name)

    def record_step(self, step: str, fields_entered_by_staff: Iterable[str] = ()) -> None:
        """Audit that staff helped with ``step`` (names of the fields they typed, no values)."""
        self.assistance.step(step, assisted=True, fields_entered_by_staff=fields_entered_by_staff)

    def ask_helper_to_step_back(
        self, step: str, on_ready: Callable[[], None] | None = None
    ) -> bool:
        """Before a resident-only step: ask the helper to step back (AD-02).

        Returns True if the prompt is shown (``on_ready`` runs once the resident confirms);
        False when nobody is helping (``on_ready`` runs at once).
        """
        if not self.assistance.active:
            if on_ready is not None:
                on_ready()
            return False
        if on_ready is not None:
            self._step_callbacks[step] = on_ready
        self.step_back.ask(step)
        return True

    def staff_end(self) -> None:
        """The helping member of staff ends the session: the wipe runs."""
        if self.session.state not in (State.ATTRACT, State.ENDING):
            self.controller.end(EndReason.STAFF_ENDED)

    def end_assisted(self) -> None:
        """The member of staff stops helping; the resident's session goes on (AD-01)."""
        if not self.assistance.active:
            return
        self._step_callbacks.clear()
        self.step_back.close_overlay()
        self.assistance.stop()
        self._last_step = ""
        self.window.top_bar.set_helper("")
        self.assistance_changed.emit(False)

    def adopt_overlay(self, overlay: Overlay) -> None:
        """An overlay built after start-up (e.g. the staff PIN panel): its text is spoken when it
        opens and its PIN pad gives tones, like the window's own overlays."""
        self._wire()
        if overlay not in self._watched:
            self._watched.add(overlay)
            overlay.installEventFilter(self)

    # -- wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.window.ensure_built()
        if not self._wired:
            self._wired = True
            access = self.window.access_panel
            access.speech_command.connect(self._on_speech_command)
            # says so when the session language has no voice (issue #16 item 12)
            speech_layout = access.speech_box.layout()
            assert isinstance(speech_layout, QGridLayout)
            self.voice_notice = VoiceNotice(self.speech, access.speech_box)
            speech_layout.addWidget(self.voice_notice, speech_layout.rowCount(), 0, 1, 2)
        for overlay in self.window.findChildren(Overlay):
            if overlay not in self._watched:
                self._watched.add(overlay)
                overlay.installEventFilter(self)
        self._hook_pin_pads()
        self._on_preferences_changed()

    def _hook_pin_pads(self) -> None:
        for pad in self.window.findChildren(PinPad):
            if pad in self._watched:
                continue
            self._watched.add(pad)
            pad.digit_entered.connect(self.pin_key)
            for name, key in pad.keys.items():
                if name.isdigit():
                    key.setProperty("speech", SILENT)
            pad.echo_label().setProperty("speech", SILENT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, Overlay):
            self.speech.screen_shown(self._overlay_text(watched))
        return False

    @staticmethod
    def _overlay_text(overlay: Overlay) -> str:
        parts = []
        for text_label in overlay.card.findChildren(QLabel):
            if text_label.property("speech") == SILENT or not text_label.isVisibleTo(overlay):
                continue
            text = text_label.accessibleName() or text_label.text()
            if text.strip():
                parts.append(text.replace("\n", " "))
        return ". ".join(parts)

    # -- reactions ---------------------------------------------------------------------------
    def _on_screen_shown(self, _screen_id: str) -> None:
        if self._wired:
            self._hook_pin_pads()
        screen = self.window.current_screen()
        self._hook_steps(screen)
        self.keyboard.hide_keyboard()
        intro = screen.spoken_intro()
        self._announce(screen, f"{screen.title()}. {intro}" if intro else screen.title())
        self._assisted_step(self._current_step(screen) or screen)

    def _hook_steps(self, screen: QWidget) -> None:
        """Multi-step screens (a QStackedWidget of steps, e.g. service flows): a new step is
        announced like a new screen, "<screen title>. <step title>"."""
        for steps in screen.findChildren(QStackedWidget):
            if steps not in self._watched:
                self._watched.add(steps)
                steps.currentChanged.connect(lambda _i, s=steps: self._on_step_changed(s))

    def _on_step_changed(self, steps: QStackedWidget) -> None:
        screen = self.window.current_screen()
        if not steps.isVisible() or not screen.isAncestorOf(steps):
            return
        page = steps.currentWidget()
        title = getattr(page, "title", None)
        step_title = title() if callable(title) else ""
        parts = [screen.title(), step_title if isinstance(step_title, str) else ""]
        self._announce(page if page is not None else screen, ". ".join(p for p in parts if p))
        if page is not None:
            self._assisted_step(page)

    @staticmethod
    def _current_step(screen: QWidget) -> QWidget | None:
        """The current step of a multi-step screen (a service), or None."""
        steps = getattr(screen, "stack", None)
        return steps.currentWidget() if isinstance(steps, QStackedWidget) else None

    def _assisted_step(self, page: QWidget) -> None:
        """In an assisted session: before a resident-only step ask the helper to step back
        (AD-02); any other step shown is audited as assisted (its name only, AD-04)."""
        if not self.assistance.active:
            return
        step = str(getattr(page, "step_id", "") or getattr(page, "screen_id", ""))
        if not step or step == self._last_step:
            return
        self._last_step = step
        alone = resident_only(step)
        if alone is not None:
            self.ask_helper_to_step_back(alone)
        elif step != "home":
            self.record_step(step)

    def _announce(self, scope: QWidget, title: str) -> None:
        """Say ``title``, then the focused control; focus moves into ``scope`` if it is not."""
        self.speech.screen_shown(title)
        focus = self.window.focusWidget()
        if focus is None or not scope.isAncestorOf(focus) or not focus.isVisible():
            chain = focusable(scope)
            if chain:
                chain[0].setFocus(Qt.FocusReason.OtherFocusReason)
                focus = chain[0]
        if focus is not None and not self._app_has_focus():
            self.speech.focus_moved(focus)  # focusChanged only fires for the active window
        elif focus is not None and QApplication.focusWidget() is focus:
            self.speech.focus_moved(focus)

    @staticmethod
    def _app_has_focus() -> bool:
        return QApplication.focusWidget() is not None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self.window:
            self.speech.focus_moved(new)

    def _on_preferences_changed(self) -> None:
        prefs = self.session.preferences
        was_on = self.speech.enabled
        self.speech.set_enabled(prefs.speech)
        self.window.attract.show_preferences(
            prefs.large_text, prefs.high_contrast, prefs.speech, prefs.simplified
        )
        if self._wired:
            self.window.access_panel.show_preferences(
                prefs.large_text, prefs.high_contrast, prefs.speech, prefs.simplified
            )
        if self.keyboard.theme != self.window.theme:
            self.keyboard.apply_theme(self.window.theme)
        if prefs.speech and not was_on:
            self.speech.say(self.window.current_screen().title())
            focus = self.window.focusWidget()
            if focus is not None:
                self.speech.focus_moved(focus)

    def _on_language_changed(self, language: str) -> None:
        self.speech.set_language(language)
        self.keyboard.set_language(language)
        if self.speech.enabled:
            # the new language is announced by saying the screen again in it (A11Y-08)
            self.speech.screen_shown(self.window.current_screen().title())

    def _on_speech_command(self, command: str) -> None:
        action = {
            "repeat": self.speech.repeat,
            "slower": self.speech.slower,
            "louder": self.speech.louder,
            "quieter": self.speech.quieter,
        }[command]
        action()

    def _on_assist_accepted(self) -> None:
        helper, self._pending_helper = self._pending_helper, None
        staff_ref, self._pending_ref = self._pending_ref, ""
        self.assist_confirm.close_overlay()
        if helper is None or self.session.state in (State.ATTRACT, State.ENDING):
            return
        try:
            self.assistance.start(helper, staff_ref=staff_ref)
        except AuditLogError as exc:  # environmental: an unrecorded assisted session is refused
            logger.error("assisted session not started: %s", exc.key)
            self.assist_confirm.show_unavailable()
            return
        self._last_step = ""
        self.window.top_bar.set_helper(helper.display_name)
        self.assistance_changed.emit(True)
        screen = self.window.current_screen()
        self._assisted_step(self._current_step(screen) or screen)

    def _on_assist_declined(self) -> None:
        self._pending_helper = None
        self._pending_ref = ""
        self.assist_confirm.close_overlay()

    def _on_step_back_ready(self, step: str) -> None:
        self.assistance.step(step, assisted=False)
        self.step_back_done.emit(step)
        callback = self._step_callbacks.pop(step, None)
        if callback is not None:
            callback()

    def _on_wipe(self, _reason: EndReason) -> None:
        was_assisted = bool(self.window.top_bar.assisted.isVisibleTo(self.window.top_bar))
        self._pending_helper = None
        self._pending_ref = ""
        self._last_step = ""
        self._step_callbacks.clear()
        for overlay in (self.assist_confirm, self.step_back):
            overlay.close_overlay()
        self.window.top_bar.set_helper("")
        self.keyboard.hide_keyboard()
        self.speech.reset()
        if was_assisted:
            self.assistance_changed.emit(False)


class KeypadNavigator(QObject):
    """Tactile keypad (A11Y-09): arrows move focus in reading order, Enter activates, Back goes
    back (closes a panel, leaves a service), Help opens "ask staff". Application-wide filter.
    """

    def __init__(self, inclusion: Inclusion) -> None:
        super().__init__(inclusion)
        self._inclusion = inclusion

    @property
    def window(self) -> MainWindow:
        return self._inclusion.window

    def scope(self) -> QWidget:
        """The topmost open overlay, or the whole window: focus never leaves an open panel."""
        overlays = [o for o in self.window.findChildren(Overlay) if o.isVisible()]
        if overlays:
            children = self.window.children()
            return max(overlays, key=lambda o: children.index(o) if o in children else -1)
        return self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = Qt.Key(event.key())
        focus = self.window.focusWidget()
        in_text = isinstance(focus, (QLineEdit, QPlainTextEdit))
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        handled = True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) or (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not in_text
        ):
            forward = key in NEXT_KEYS
            if rtl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                forward = not forward
            self.move(forward)
        elif key in ACTIVATE_KEYS and isinstance(focus, QAbstractButton):
            focus.click()
            if focus.isCheckable():
                self._inclusion.speech.say(describe(focus), interrupt=True)
        elif key in BACK_KEYS and not in_text:
            self.back()
        elif key in HELP_KEYS:
            self.window.top_bar.help_button.click()
        else:
            handled = False
        if handled:
            self._inclusion.controller.touch()
        return handled

    def move(self, forward: bool) -> None:
        chain = focusable(self.scope())
        if not chain:
            return
        focus = self.window.focusWidget()
        if focus in chain:
            index = chain.index(focus) + (1 if forward else -1)
            target = chain[index % len(chain)]
        else:
            target = chain[0] if forward else chain[-1]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if QApplication.focusWidget() is not target:
            self._inclusion.speech.focus_moved(target)  # window not active (offscreen)

    def back(self) -> None:
        scope = self.scope()
        if isinstance(scope, IdleWarning):
            scope.more_button.click()
        elif isinstance(scope, (AccessPanel,)) or hasattr(scope, "close_button"):
            close = getattr(scope, "close_button", None)
            if isinstance(close, QAbstractButton):
                close.click()
        elif isinstance(scope, Overlay):
            return  # confirmations need an explicit answer
        elif self._inclusion.keyboard.isVisible():
            self._inclusion.keyboard.hide_keyboard()
        elif self.window.session.state in (State.SERVICE, State.RECEIPT):
            self.window.top_bar.home_button.click()
