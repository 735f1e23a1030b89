"""Assisted sessions started by a staff card (AD-01…AD-05): the staff PIN panel and the glue
between :class:`kiosk.identity.staff_card.StaffCardRouter` and :class:`ui.inclusion.Inclusion`.

Flow: during a resident's session (resident, guest or library patron signed in, nobody helping)
a member of staff puts their staff card into the second reader (or, in a guest session, the
kiosk's only reader). The :class:`StaffCardPanel` shows "reading", then asks the staff PIN on the
on-screen PIN pad (digits never spoken). The role comes from the card's certificate; any other
card is refused before a PIN is asked. Once verified the panel closes and
:meth:`Inclusion.start_assisted` asks the resident "Would you like help from <name>?"; only on
"Yes" does the banner "Helped by staff member <name>" appear. The staff card can be taken out
from then on; the banner offers "Stop helping" (assistance ends, the session goes on) and
"Staff: end session" (the wipe runs).

Which steps only the resident does (AD-02) is decided by :class:`ui.inclusion.Inclusion` from
the step or screen ids (:data:`ui.inclusion.RESIDENT_ONLY_STEPS`): before them the "helper,
please step back" prompt is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.identity.sign_in import CardIdentified, SignedIn, SignInFailed
from kiosk.session.machine import EndReason, Identity, Role, State
from ui.inclusion import Inclusion
from ui.overlay import Overlay
from ui.screens.card_signin import RETRY_PIN, failure_text
from ui.theme import Theme
from ui.widgets.base import LANDSCAPE_RATIO, button, isolate, label, set_text
from ui.widgets.pinpad import EnteredPin, PinPad

if TYPE_CHECKING:
    from kiosk.identity.staff_card import StaffCardRouter
    from ui.main_window import MainWindow

ASSISTABLE_ROLES = frozenset({Role.RESIDENT, Role.GUEST, Role.PATRON})
"""Sessions a member of staff can help with (never a staff or technician session, AD-05)."""


class StaffCardPanel(Overlay):
    """The staff member's side of starting assisted help: reading, staff PIN, problems.

    Signals:
        pin_entered(EnteredPin): the staff PIN (the receiver has it checked, which wipes it).
        cancelled(): staff gave up (the card stays in until they take it out).
    """

    pin_entered = Signal(EnteredPin)
    cancelled = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent, "staff-card")
        self.heading = label("title", name="staff-card-title")
        self.body = label("body", name="staff-card-body")
        self.tries = label("body", name="staff-card-tries")
        self.pinpad = PinPad(self._on_pin)
        self.retry_button = button("primary", name="staff-card-retry")
        self.retry_button.clicked.connect(self._on_retry)
        self.close_button = button(name="staff-card-cancel")
        self.close_button.clicked.connect(self._on_cancel)
        # texts above the PIN pad on a portrait screen, beside it on a landscape one (the pad
        # would push Cancel below the fold); the buttons under both
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(theme.spacing)
        texts = QVBoxLayout()
        texts.setSpacing(theme.spacing)
        for text in (self.heading, self.body, self.tries):
            texts.addWidget(text)
        texts.addStretch(1)
        self.columns.addLayout(texts, 1)
        self.columns.addWidget(self.pinpad, 1)
        self.card_layout.addLayout(self.columns)
        self.card_layout.addWidget(self.retry_button)
        self.card_layout.addWidget(self.close_button)
        self.state = "reading"
        self._name = ""  # the staff member's name, from their certificate
        self._tries: int | None = None
        self._pin_on_reader = False
        self._failure: SignInFailed | None = None
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        wide = size.width() > size.height() * LANDSCAPE_RATIO
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction is not self.columns.direction():
            self.columns.setDirection(direction)
        super().resizeEvent(event)

    # -- states -------------------------------------------------------------------------------
    def show_reading(self) -> None:
        self._show_nameless("reading")

    def show_identified(self, identified: CardIdentified) -> None:
        self.show_pin(identified.identity.name, identified.pin_tries_left, identified.pinpad)

    def show_pin(self, name: str, tries_left: int | None, pin_on_reader: bool = False) -> None:
        """Ask the staff PIN of ``name`` (on the reader's own keypad if it has one)."""
        self._name = name
        self._tries = tries_left
        self._pin_on_reader = pin_on_reader
        self._failure = None
        self._set_state("pin")
        self.open()
        self.pinpad.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_failure(self, failure: SignInFailed) -> None:
        self._failure = failure
        if failure.reason in RETRY_PIN and failure.tries_left is not None:
            self._tries = failure.tries_left
        self._set_state("problem")
        self.open()
        focus = self.retry_button if self.retry_button.isVisible() else self.close_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_refused(self) -> None:
        self._show_nameless("refused")

    def _show_nameless(self, state: str) -> None:
        """A state that names no one and shows no failure, with Close focused."""
        self._name = ""
        self._failure = None
        self._set_state(state)
        self.open()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Forget the card and close (session end, card out)."""
        self._name = ""
        self._tries = None
        self._failure = None
        self.pinpad.clear()
        self.close_overlay()
        self._set_state("reading")

    def _set_state(self, state: str) -> None:
        self.state = state
        self.pinpad.clear()
        self.retranslate()

    def _can_retry(self) -> bool:
        failure = self._failure
        return (
            failure is not None
            and failure.reason in RETRY_PIN
            and failure.tries_left != 0
            and bool(self._name)
        )

    def _on_pin(self, pin: bytearray) -> None:
        self._set_state("checking")
        self.pin_entered.emit(EnteredPin(pin))

    def _on_retry(self) -> None:
        if self._name:
            self.show_pin(self._name, self._tries, self._pin_on_reader)

    def _on_cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        state = self.state
        pin_on_reader = self._pin_on_reader
        self.pinpad.setVisible(state == "pin" and not pin_on_reader)
        self.retry_button.setVisible(state == "problem" and self._can_retry())
        self.tries.setVisible(False)
        set_text(self.retry_button, self.tr("Try again"))
        set_text(self.close_button, self.tr("Cancel"))
        if state == "reading":
            set_text(self.heading, self.tr("Staff card"))
            self.body.setText(self.tr("Reading the staff card… Please leave it in the reader."))
        elif state == "pin":
            set_text(self.heading, self.tr("Staff PIN"))
            name = isolate(self._name)
            if pin_on_reader:
                text = self.tr("%1, type your staff PIN on the keypad of the card reader.")
            else:
                text = self.tr(
                    "%1, type your staff PIN and press OK. The resident is then asked whether "
                    "they want your help."
                )
            self.body.setText(text.replace("%1", name))
            tries = self._tries
            if tries is not None:
                self.tries.setText(self.tr("Tries left: %1").replace("%1", str(tries)))
                self.tries.setVisible(True)
        elif state == "checking":
            set_text(self.heading, self.tr("Staff PIN"))
            self.body.setText(self.tr("Checking the staff PIN…"))
        elif state == "problem" and self._failure is not None:
            title, text = failure_text(self._failure)
            set_text(self.heading, title)
            self.body.setText(text)
        elif state == "refused":
            set_text(self.heading, self.tr("This is not a staff card"))
            self.body.setText(
                self.tr(
                    "Assisted help is started with a member of staff's own staff card. Please "
                    "take this card out of the reader."
                )
            )
        self.body.setAccessibleName(self.body.text())


class AssistedStart(QObject):
    """Connects the staff card router to the window and to :class:`Inclusion` (built once the
    core started with card sign-in)."""

    def __init__(
        self,
        window: MainWindow,
        inclusion: Inclusion,
        router: StaffCardRouter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.inclusion = inclusion
        self.router = router
        self.session = window.session
        self.panel = StaffCardPanel(window.theme, window)
        inclusion.adopt_overlay(self.panel)
        router.card_inserted.connect(self.panel.show_reading)
        router.identified.connect(self._on_identified)
        router.failed.connect(self._on_failed)
        router.refused.connect(self._on_refused)
        router.verified.connect(self._on_verified)
        router.card_removed.connect(self._on_card_removed)
        self.panel.pin_entered.connect(self._on_pin)
        self.panel.cancelled.connect(router.forget)
        window.controller.state_changed.connect(lambda _o, _n: self.update_armed())
        inclusion.assistance_changed.connect(lambda _on: self.update_armed())
        inclusion.assist_confirm.accepted.connect(self.update_armed)
        inclusion.assist_confirm.declined.connect(self.update_armed)
        window.top_bar.staff_stop_requested.connect(self.stop_helping)
        self.session.add_wipe_hook(self._on_wipe)
        self.update_armed()

    def update_armed(self) -> None:
        """Staff cards are read only while a resident's session runs without a helper."""
        session = self.session
        self.router.set_armed(
            session.state in (State.HOME, State.SERVICE, State.RECEIPT)
            and session.identity.role in ASSISTABLE_ROLES
            and session.assisted_by is None
            and not self.inclusion.assist_confirm.isVisible()
        )

    def stop_helping(self) -> None:
        """ "Stop helping": assistance ends, the resident's session goes on (AD-01)."""
        self.inclusion.end_assisted()
        self.update_armed()

    # -- router signals (GUI thread) ----------------------------------------------------------
    def _active(self) -> bool:
        return self.router.armed

    def _on_identified(self, identified: CardIdentified) -> None:
        if not self._active():
            return
        self.panel.show_identified(identified)
        if identified.pinpad:
            self.router.submit_pin(None)

    def _on_pin(self, pin: EnteredPin) -> None:
        self.router.submit_pin(pin.digits)

    def _on_failed(self, failure: SignInFailed) -> None:
        if self._active():
            self.panel.show_failure(failure)

    def _on_refused(self) -> None:
        if self._active():
            self.panel.show_refused()

    def _on_verified(self, signed_in: SignedIn) -> None:
        self.panel.reset()
        if not self._active():
            return
        person = signed_in.identity
        helper = Identity(Role.STAFF, person.name, person.account_id or person.subject)
        self.inclusion.start_assisted(helper)
        self.update_armed()  # no second staff card while the resident decides

    def _on_card_removed(self) -> None:
        # before the PIN was accepted: the attempt ends; afterwards nothing ends (the staff
        # member takes their card back at once, assistance is ended on screen)
        if self.panel.isVisible():
            self.panel.reset()

    def _on_wipe(self, _reason: EndReason) -> None:
        self.panel.reset()
