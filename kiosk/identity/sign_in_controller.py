"""The one Qt adapter of :class:`kiosk.identity.sign_in_flow.SignInFlow` (QtCore only).

It listens to the card bridge and the session, asks the flow what each event means, makes the
session moves that follow (start the sign-in step, sign in, end the session) and tells the UI
what to show through typed signals. The window only shows screens: it decides nothing about
who may sign in, the out-of-service refusal, card removal or the fingerprint step.

Practice sessions (#15.11) are switched here too: the core's practice back end and the audit
entries "practice started/ended" go with the flow's PRACTICE steps, so no UI wiring can forget
them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.identity.sign_in import CardIdentified, SignedIn, SignInFailed, SignInFailure
from kiosk.identity.sign_in_flow import (
    CARD_ROLES,
    OnCard,
    OnFailed,
    OnIdentified,
    OnRemoved,
    OnVerified,
    PracticeEnd,
    SessionEnd,
    SignInFlow,
    Step,
)
from kiosk.session.machine import Assurance, EndReason, Identity, Role, State, Transition

if TYPE_CHECKING:
    from kiosk.demo.practice import PracticePerson
    from kiosk.identity.card_bridge import CardSignInBridge
    from kiosk.session.controller import SessionController

logger = logging.getLogger(__name__)


class PracticeBackEnd(Protocol):
    """What a practice session switches below the UI (``KioskCore`` fits)."""

    @property
    def practice(self) -> bool: ...
    def begin_practice(self) -> None: ...
    def end_practice(self) -> None: ...


class PracticeAudit(Protocol):
    """Where "practice started/ended" is recorded (``kiosk.records.audit_trail.SecurityAudit``
    fits)."""

    def practice_started(self) -> None: ...
    def practice_ended(self, trigger: str) -> None: ...


@dataclass(frozen=True)
class FingerprintOffer:
    """Offer the optional fingerprint step to ``identity`` (signed in with the PIN so far)."""

    identity: Identity


@dataclass(frozen=True)
class PracticeEnded:
    """A practice session ended; ``take_card``: the staff card is still in (ask for it)."""

    why: PracticeEnd
    take_card: bool


_PRACTICE_END_REASON = {
    PracticeEnd.STAFF_ENDED: EndReason.STAFF_ENDED,
    PracticeEnd.CARD_REMOVED: EndReason.CARD_REMOVED,
    PracticeEnd.IDLE_TIMEOUT: EndReason.IDLE_TIMEOUT,
    PracticeEnd.TECHNICIAN_ENTRY: EndReason.TECHNICIAN_ENTRY,
    PracticeEnd.SHUTDOWN: EndReason.SHUTDOWN,
}
_SESSION_END_PRACTICE = {
    EndReason.IDLE_TIMEOUT: PracticeEnd.IDLE_TIMEOUT,
    EndReason.TECHNICIAN_ENTRY: PracticeEnd.TECHNICIAN_ENTRY,
    EndReason.SHUTDOWN: PracticeEnd.SHUTDOWN,
    EndReason.CARD_REMOVED: PracticeEnd.CARD_REMOVED,
}


class SignInController(QObject):
    """Signals:
    reading(): a card went in: show "reading the card".
    pin_asked(CardIdentified): ask this card holder's PIN.
    problem(SignInFailed): show this sign-in problem (also the out-of-service refusal).
    library_pin_asked(str): a library card (its UID): ask the library's PIN.
    fingerprint_offered(FingerprintOffer): offer the fingerprint step, then call
        :meth:`fingerprint_done` (also when it cannot run).
    session_ended(SessionEnd): the session is being wiped (emitted inside the wipe).
    card_taken(): a card left after its session was taken out.
    out_of_service_changed(bool): residents may (False) or may not (True) start.
    practice_changed(bool): a practice session started (True) or ended (False).
    practice_ended(PracticeEnded): how a practice session ended.
    """

    reading = Signal()
    pin_asked = Signal(CardIdentified)
    problem = Signal(SignInFailed)
    library_pin_asked = Signal(str)
    fingerprint_offered = Signal(FingerprintOffer)
    session_ended = Signal(SessionEnd)
    card_taken = Signal()
    out_of_service_changed = Signal(bool)
    practice_changed = Signal(bool)
    practice_ended = Signal(PracticeEnded)

    def __init__(
        self,
        controller: SessionController,
        *,
        practice_idle_s: float = 120.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = controller.session
        self.flow = SignInFlow()
        self.card: CardSignInBridge | None = None
        self.practice_back_end: PracticeBackEnd | None = None
        self.audit: PracticeAudit | None = None
        self._practice_timer = QTimer(self)
        self._practice_timer.setObjectName("practice-idle-timer")
        self._practice_timer.setSingleShot(True)
        self._practice_timer.setInterval(max(1, round(practice_idle_s * 1000)))
        self._practice_timer.timeout.connect(lambda: self.end_practice(PracticeEnd.IDLE_TIMEOUT))
        # a wipe hook, added before the window's: the window's own wipe reads what this decided
        self.session.add_wipe_hook(self._on_wipe)
        self.session.add_listener(self._on_transition)

    # -- wiring ---------------------------------------------------------------------------------
    def attach_card(self, card: CardSignInBridge) -> None:
        """Card sign-in is available (the core started with a card reader)."""
        self.card = card
        card.card_inserted.connect(self.on_card_inserted)
        card.card_removed.connect(self.on_card_removed)
        card.identified.connect(self.on_identified)
        card.signed_in.connect(self.on_signed_in)
        card.failed.connect(self.on_failed)
        card.library_card_read.connect(self.on_library_card)

    def enable_fingerprint_step(self) -> None:
        """The optional fingerprint step is configured (``fingerprint_enabled``, a sensor)."""
        self.flow.fingerprint_configured = True

    def attach_practice(self, back_end: PracticeBackEnd, audit: PracticeAudit | None) -> None:
        """What a practice session switches and where it is recorded."""
        self.practice_back_end = back_end
        self.audit = audit

    @property
    def out_of_service(self) -> bool:
        return self.flow.out_of_service

    def set_out_of_service(self, locked: bool) -> None:
        if locked and self.flow.practice:
            self.end_practice(PracticeEnd.STAFF_ENDED)
        refused = self.flow.set_out_of_service(locked)
        self.out_of_service_changed.emit(locked)
        if refused:  # the card at its PIN step: refused now, its PIN never typed
            self.problem.emit(SignInFailed(SignInFailure.OUT_OF_SERVICE))

    # -- UI actions -----------------------------------------------------------------------------
    def start(self, language: str | None = None) -> bool:
        """A tap on the attract screen (or one of its languages). False: out of service."""
        if not self.flow.may_start():
            return False
        self.controller.start()
        if language is not None:
            self.controller.choose_language(language)
        return True

    def guest(self) -> None:
        """Continue as a guest (sign-in screen, a failed card, the library PIN screen)."""
        self.flow.guest()
        self.controller.sign_in(Identity(Role.GUEST))

    def status_check(self) -> bool:
        """ "Check a street report" on the attract screen: a guest straight away."""
        if not self.flow.may_start() or self.session.state is not State.ATTRACT:
            return False
        self.guest()
        return True

    def submit_pin(self, pin: bytearray | None) -> None:
        """The card PIN (wiped by the card worker; None: the reader's own keypad)."""
        card = self.card
        if card is None or not self.flow.may_check_pin():
            if pin is not None:
                pin[:] = bytes(len(pin))
            logger.info("a PIN arrived while no card may have one checked: dropped")
            if card is not None and self.flow.out_of_service:
                self.problem.emit(SignInFailed(SignInFailure.OUT_OF_SERVICE))
            return
        self.flow.pin_entered()
        card.submit_pin(pin)

    def fingerprint_done(self, identity: Identity) -> None:
        """The fingerprint step is over (matched, skipped or not possible)."""
        if self.flow.step is not Step.FINGERPRINT:
            return  # the card went meanwhile: its removal ended the session
        self.flow.fingerprint_done()
        self.controller.sign_in(identity)

    def patron_verified(self, identity: Identity) -> bool:
        """The library confirmed the patron's PIN: sign in. False: too late (card gone)."""
        if not self.flow.patron_verified():
            return False
        self.controller.sign_in(identity)
        return True

    def cancel(self) -> None:
        """The resident starts over from a sign-in problem (the card must be taken out)."""
        if self.session.state not in (State.ATTRACT, State.ENDING):
            self.controller.end(EndReason.SIGN_OUT)

    def waive_take_card(self) -> None:
        self.flow.waive_take_card()

    # -- practice (#15.11) ----------------------------------------------------------------------
    def can_start_practice(self) -> bool:
        back_end = self.practice_back_end
        return (
            back_end is not None
            and not back_end.practice  # a practice kiosk practises all the time
            and self.flow.can_start_practice()
        )

    def start_practice(self) -> None:
        """Staff chose "Start practice session": the practice back end is switched on, the staff
        session ends through the wipe (its card stays in as the practice key), and the kiosk
        waits for a made-up person."""
        back_end = self.practice_back_end
        if back_end is None:
            raise RuntimeError("this kiosk has no practice back end")
        self.flow.start_practice()
        back_end.begin_practice()
        if self.audit is not None:
            self.audit.practice_started()
        if self.card is not None:
            self.card.forget_card()  # the staff card's verified session is closed, not reused
        self.practice_changed.emit(True)
        self.controller.end(EndReason.SIGN_OUT)

    def practice_sign_in(self, person: PracticePerson) -> None:
        """A made-up person was tapped: they sign in as a resident of the practice city."""
        self.flow.practice_sign_in()
        self._practice_timer.stop()
        if self.session.state is State.ATTRACT:
            self.controller.start()
        self.controller.sign_in(
            Identity(Role.RESIDENT, person.name, person.account_id, Assurance.NONE)
        )

    def end_practice(self, why: PracticeEnd = PracticeEnd.STAFF_ENDED) -> None:
        """End the practice session: a made-up person's session is wiped, the practice back end
        switched off, and the kiosk is back to its normal attract screen."""
        if not self.flow.practice:
            return
        self._practice_timer.stop()
        take_card = self.flow.end_practice(why)
        if self.session.state not in (State.ATTRACT, State.ENDING):
            self.controller.end(_PRACTICE_END_REASON[why])
        self._practice_off(why)
        self.practice_ended.emit(PracticeEnded(why, take_card))

    def _practice_off(self, why: PracticeEnd) -> None:
        if self.practice_back_end is not None:
            self.practice_back_end.end_practice()
        if self.audit is not None:
            self.audit.practice_ended(why.value)
        self.practice_changed.emit(False)

    # -- card bridge (GUI thread, queued from the card worker) ----------------------------------
    def on_card_inserted(self) -> None:
        decision = self.flow.card_inserted()
        if decision is OnCard.RESTART:
            self.controller.end(EndReason.SIGN_OUT)
            decision = self.flow.card_inserted()
        if decision is OnCard.READ:
            self.controller.begin_sign_in()
            self.reading.emit()

    def on_identified(self, identified: CardIdentified) -> None:
        decision = self.flow.identified(identified.identity.role)
        if decision is OnIdentified.ASK_PIN:
            self.pin_asked.emit(identified)
        elif decision is OnIdentified.REFUSE_OUT_OF_SERVICE:
            self.problem.emit(SignInFailed(SignInFailure.OUT_OF_SERVICE))

    def on_library_card(self, uid: str) -> None:
        decision = self.flow.library_card()
        if decision is OnIdentified.ASK_PIN:
            self.library_pin_asked.emit(uid)
        elif decision is OnIdentified.REFUSE_OUT_OF_SERVICE:
            self.problem.emit(SignInFailed(SignInFailure.OUT_OF_SERVICE))

    def on_signed_in(self, signed_in: SignedIn) -> None:
        card = self.card
        template = card is not None and card.fingerprint_template_ready()
        decision = self.flow.pin_verified(
            simplified=self.session.preferences.simplified, template_ready=template
        )
        if decision is OnVerified.STALE:
            return
        person = signed_in.identity
        identity = Identity(CARD_ROLES[person.role], person.name, person.account_id, Assurance.PIN)
        if decision is OnVerified.OFFER_FINGERPRINT:
            self.fingerprint_offered.emit(FingerprintOffer(identity))
        else:
            if card is not None:
                card.wipe_fingerprint_template()  # no step: the template is not kept
            self.controller.sign_in(identity)

    def on_failed(self, failure: SignInFailed) -> None:
        if self.flow.failed() is OnFailed.SHOW:
            self.problem.emit(failure)

    def on_card_removed(self) -> None:
        decision = self.flow.card_removed()
        if decision is OnRemoved.END_PRACTICE:
            self.end_practice(PracticeEnd.CARD_REMOVED)
        elif decision is OnRemoved.END_SESSION:
            if self.session.state not in (State.ATTRACT, State.ENDING):
                self.controller.end(EndReason.CARD_REMOVED)
            else:  # a card read on the attract screen (never got further): back to idle
                self.flow.session_ended(EndReason.CARD_REMOVED)
        self.card_taken.emit()

    # -- session (GUI thread) -------------------------------------------------------------------
    def _on_wipe(self, reason: EndReason) -> None:
        practising = self.flow.practice
        end = self.flow.session_ended(reason)
        self.session_ended.emit(end)
        if practising and not end.practice_goes_on and self.flow.practice:
            # the practice session ends with this session (idle timeout, shutdown...)
            why = _SESSION_END_PRACTICE.get(reason, PracticeEnd.STAFF_ENDED)
            self._practice_timer.stop()
            take_card = self.flow.end_practice(why)
            self._practice_off(why)
            self.practice_ended.emit(PracticeEnded(why, take_card))

    def _on_transition(self, transition: Transition) -> None:
        if transition.action == "finished" and self.flow.step is Step.PRACTICE:
            self._practice_timer.start()  # nobody practises: the practice ends after a while
        elif transition.action in ("start", "sign_in"):
            self._practice_timer.stop()
