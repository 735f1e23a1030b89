"""Who may sign in, how, and what ends it: the sign-in policy as a plain state machine (no Qt).

:class:`SignInFlow` follows one kiosk's sign-in from the card going in to the session it opens,
the way :class:`kiosk.session.machine.Session` follows the session: every move is a method, the
allowed moves are a table, and a move the table does not allow raises :class:`InvalidMove` (a bug in
the caller). Card-worker results can arrive late (the card was taken out, the session ended
meanwhile): such a result is not an invalid move but a stale one, and its method returns a
``STALE`` decision without changing anything.

States (:class:`Step`)::

    IDLE ──card_inserted──▶ READING ──identified──▶ PIN ──pin_entered──▶ CHECKING
      │                        │  └─library_card─▶ LIBRARY_PIN ─patron_verified─┐   │
      │                        └─failed─▶ PROBLEM ◀─failed──────────────────────┼───┤
      │                                      └─pin_entered─▶ CHECKING            │   │
      │                        CHECKING ─pin_verified─▶ FINGERPRINT ─done─▶ SIGNED_IN ◀┘
      ├──guest──────────────────────────────────────────────────────────────▶ SIGNED_IN
      │  SIGNED_IN (staff) ─start_practice─▶ PRACTICE ─practice_sign_in─▶ PRACTICE_SIGNED_IN
      └◀── session_ended (any state; a practice person's end goes back to PRACTICE)

Policy held here (it lived in the window before, issue #17):

* **roles**: the card's certificate role becomes the session role (:data:`CARD_ROLES`); a
  library card is a patron, the guest a guest, a made-up practice person signs in as a resident
  of the practice city (:data:`PERSON_ROLES`).
* **out of service** (OPS-07): no session starts and only a technician's card is read further;
  a resident's, staff or library card is refused before any PIN.
* **card removed ⇒ session ends**: the card of the sign-in under way or of the signed-in
  session; a card left from an earlier session ends nothing when it is taken.
* **take your card** (#15.7): a session that ends by sign-out, idle timeout or staff with its
  card still in asks for the card.
* **the fingerprint step** (:func:`offer_fingerprint`): optional, for residents only, when the
  kiosk has it configured, not in simplified mode, and the card gave a template.
* **practice sessions** (#15.11): a member of staff signed in with their card starts one; their
  card stays in the reader as its key. Made-up people then sign in by a tap. Removing the staff
  card, "end practice" or the idle timeout ends it; nothing of it is kept.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from kiosk.identity.trust import Role as CardRole
from kiosk.session.machine import EndReason, Role

logger = logging.getLogger(__name__)


class Step(enum.Enum):
    IDLE = "idle"  # no sign-in under way (attract, sign-in screen, or a card-less guest session)
    READING = "reading"  # a card is in: genuine-card check and certificate
    PIN = "pin"  # identified: asking the card PIN (on screen or on the reader's keypad)
    CHECKING = "checking"  # PIN sent: VERIFY and challenge on the card worker
    FINGERPRINT = "fingerprint"  # the optional fingerprint step after a correct PIN
    LIBRARY_PIN = "library_pin"  # a library card: asking the library's PIN
    PROBLEM = "problem"  # a failure is shown; the card is still in
    SIGNED_IN = "signed_in"  # someone is signed in
    PRACTICE = "practice"  # a practice session waits for a made-up person
    PRACTICE_SIGNED_IN = "practice_signed_in"  # a made-up person (or a guest) practises


class Person(enum.Enum):
    """Who signs in (the flow's roles)."""

    RESIDENT = "resident"
    STAFF = "staff"  # a digital-literacy assistant or other member of staff
    TECHNICIAN = "technician"
    LIBRARY_CARD_HOLDER = "library_card_holder"
    GUEST = "guest"
    PRACTICE_PERSON = "practice_person"  # a made-up person of a practice session


CARD_ROLES: dict[CardRole, Role] = {
    CardRole.RESIDENT: Role.RESIDENT,
    CardRole.STAFF: Role.STAFF,
    CardRole.TECHNICIAN: Role.TECHNICIAN,
}
"""A card certificate's role → the session role it signs in with."""

CARD_PEOPLE: dict[CardRole, Person] = {
    CardRole.RESIDENT: Person.RESIDENT,
    CardRole.STAFF: Person.STAFF,
    CardRole.TECHNICIAN: Person.TECHNICIAN,
}

PERSON_ROLES: dict[Person, Role] = {
    Person.RESIDENT: Role.RESIDENT,
    Person.STAFF: Role.STAFF,
    Person.TECHNICIAN: Role.TECHNICIAN,
    Person.LIBRARY_CARD_HOLDER: Role.PATRON,
    Person.GUEST: Role.GUEST,
    Person.PRACTICE_PERSON: Role.RESIDENT,  # of the practice city, with made-up data
}
"""Who signed in → the session role (what services they are offered)."""

TAKE_CARD_ENDS = frozenset({EndReason.SIGN_OUT, EndReason.IDLE_TIMEOUT, EndReason.STAFF_ENDED})
"""Session ends after which a card still in the reader is asked for (#15.7)."""


class InvalidMove(Exception):
    """A bug: the caller asked for a move the sign-in flow does not allow in its state."""

    def __init__(self, step: Step, move: str) -> None:
        super().__init__(f"cannot {move} while {step.value}")
        self.step = step
        self.move = move


class OnCard(enum.Enum):
    """What to do with a card that went in."""

    READ = "read"  # read it: the sign-in starts (move the session to its sign-in step)
    RESTART = "restart"  # a guest's session: end it, then call card_inserted again
    IGNORE = "ignore"  # someone signed in with a card already, or a practice session runs


class OnIdentified(enum.Enum):
    ASK_PIN = "ask_pin"
    REFUSE_OUT_OF_SERVICE = "refuse_out_of_service"
    STALE = "stale"


class OnVerified(enum.Enum):
    OFFER_FINGERPRINT = "offer_fingerprint"  # the optional step, then fingerprint_done
    SIGN_IN = "sign_in"  # sign in now with the PIN
    STALE = "stale"


class OnFailed(enum.Enum):
    SHOW = "show"
    STALE = "stale"


class OnRemoved(enum.Enum):
    END_SESSION = "end_session"  # the session's own card: end the session (CARD_REMOVED)
    END_PRACTICE = "end_practice"  # the staff card holding a practice session
    TAKEN = "taken"  # a card left after its session was taken: nothing ends


class PracticeEnd(enum.Enum):
    """Why a practice session ended (audit trigger values)."""

    STAFF_ENDED = "staff_ended"
    CARD_REMOVED = "card_removed"
    IDLE_TIMEOUT = "idle_timeout"
    TECHNICIAN_ENTRY = "technician_entry"
    SHUTDOWN = "shutdown"


@dataclass(frozen=True)
class SessionEnd:
    """What a session end means for sign-in: ask for the card; a practice session goes on."""

    take_card: bool
    practice_goes_on: bool


def offer_fingerprint(
    person: Person, *, configured: bool, simplified: bool, template_ready: bool
) -> bool:
    """The fingerprint step decision: optional, residents only, when the kiosk has the step
    configured (``fingerprint_enabled`` and a sensor), not in simplified mode (one step less;
    the PIN is always enough) and when the card gave a fingerprint template."""
    return person is Person.RESIDENT and configured and not simplified and template_ready


_READING_STEPS = frozenset(
    {Step.READING, Step.PIN, Step.CHECKING, Step.FINGERPRINT, Step.LIBRARY_PIN, Step.PROBLEM}
)


class SignInFlow:
    """The sign-in of one kiosk. Attributes are read-only outside the class.

    Attributes:
        step: the current :class:`Step`.
        person: who signed in (or is signing in once identified); None before.
        card_in: a card is in the reader (as far as sign-in knows).
        out_of_service: residents cannot start or sign in (a technician's card still works).
        practice: a practice session runs (steps PRACTICE and PRACTICE_SIGNED_IN).
    """

    def __init__(self, *, fingerprint_configured: bool = False) -> None:
        self.fingerprint_configured = fingerprint_configured
        self.step = Step.IDLE
        self.person: Person | None = None
        self.card_in = False
        self.out_of_service = False
        self._session_card = False  # the card in the reader belongs to this sign-in/session
        self._take_card_waived = False

    # -- helpers ------------------------------------------------------------------------------
    @property
    def practice(self) -> bool:
        return self.step in (Step.PRACTICE, Step.PRACTICE_SIGNED_IN)

    @property
    def role(self) -> Role:
        """The session role of who signed in (NONE before)."""
        if self.person is None or self.step not in (Step.SIGNED_IN, Step.PRACTICE_SIGNED_IN):
            return Role.NONE
        return PERSON_ROLES[self.person]

    def _go(self, step: Step, move: str) -> None:
        logger.info("sign-in %s: %s -> %s", move, self.step.value, step.value)
        self.step = step

    def _need(self, move: str, *steps: Step) -> None:
        if self.step not in steps:
            raise InvalidMove(self.step, move)

    # -- kiosk state ----------------------------------------------------------------------------
    def set_out_of_service(self, locked: bool) -> bool:
        """Tampering locked the kiosk (or a technician put it back in service). A session under
        way goes on; a practice session ends first (the adapter ends it). A card still waiting
        for its PIN is refused now, as it would have been before its PIN had the lock come
        first (a PIN is never typed into a kiosk that may have been tampered with): True then,
        and the adapter says so."""
        self.out_of_service = locked
        refuse = self.step in (Step.PIN, Step.LIBRARY_PIN) and self.person is not Person.TECHNICIAN
        if locked and refuse:
            self._go(Step.PROBLEM, "refuse (out of service)")
            return True
        return False

    def may_check_pin(self) -> bool:
        """A PIN typed now may be checked: a card asks for it (or for another try) and the kiosk
        is in service for its holder."""
        if self.step not in (Step.PIN, Step.PROBLEM) or self.person is None:
            return False
        return not self.out_of_service or self.person is Person.TECHNICIAN

    def may_start(self) -> bool:
        """A tap on the attract screen (or its language buttons) may start a session."""
        return not self.out_of_service

    # -- the card ---------------------------------------------------------------------------------
    def card_inserted(self) -> OnCard:
        """A card went into the reader."""
        if self.step in _READING_STEPS:
            raise InvalidMove(self.step, "read a second card")  # the reader takes one at a time
        self.card_in = True
        if self.practice:
            return OnCard.IGNORE  # the staff card holds the practice session; no other card
        if self.step is Step.SIGNED_IN:
            if self.person is Person.GUEST:
                return OnCard.RESTART  # a guest becomes a card holder: a fresh start
            return OnCard.IGNORE  # already signed in with a card
        self._session_card = True
        self.person = None
        self._go(Step.READING, "card in")
        return OnCard.READ

    def identified(self, role: CardRole) -> OnIdentified:
        """The card is genuine and its certificate trusted, with this role."""
        if self.step is not Step.READING:
            return OnIdentified.STALE
        self.person = CARD_PEOPLE[role]
        if self.out_of_service and self.person is not Person.TECHNICIAN:
            self._go(Step.PROBLEM, "refuse (out of service)")
            return OnIdentified.REFUSE_OUT_OF_SERVICE
        self._go(Step.PIN, "identified")
        return OnIdentified.ASK_PIN

    def library_card(self) -> OnIdentified:
        """The card is a library card (an identifier only): ask the library's PIN."""
        if self.step is not Step.READING:
            return OnIdentified.STALE
        self.person = Person.LIBRARY_CARD_HOLDER
        if self.out_of_service:
            self._go(Step.PROBLEM, "refuse (out of service)")
            return OnIdentified.REFUSE_OUT_OF_SERVICE
        self._go(Step.LIBRARY_PIN, "library card")
        return OnIdentified.ASK_PIN

    def pin_entered(self) -> None:
        """The card PIN was typed (or the reader's keypad takes it): VERIFY starts."""
        self._need("check a PIN", Step.PIN, Step.PROBLEM)
        if not self.may_check_pin():
            raise InvalidMove(self.step, "check a PIN of a refused card")
        self._go(Step.CHECKING, "pin")

    def failed(self) -> OnFailed:
        """The card worker reports a failure (wrong PIN, unreadable, not genuine…)."""
        if self.step not in (Step.READING, Step.PIN, Step.CHECKING, Step.PROBLEM):
            return OnFailed.STALE
        self._go(Step.PROBLEM, "failed")
        return OnFailed.SHOW

    def pin_verified(self, *, simplified: bool, template_ready: bool) -> OnVerified:
        """PIN and challenge passed: sign in now, or first the optional fingerprint step."""
        if self.step is not Step.CHECKING or self.person is None:
            return OnVerified.STALE
        if offer_fingerprint(
            self.person,
            configured=self.fingerprint_configured,
            simplified=simplified,
            template_ready=template_ready,
        ):
            self._go(Step.FINGERPRINT, "pin verified")
            return OnVerified.OFFER_FINGERPRINT
        self._go(Step.SIGNED_IN, "pin verified")
        return OnVerified.SIGN_IN

    def fingerprint_done(self) -> None:
        """The fingerprint step is over (matched, skipped or not possible): signed in."""
        self._need("finish the fingerprint step", Step.FINGERPRINT)
        self._go(Step.SIGNED_IN, "fingerprint done")

    def patron_verified(self) -> bool:
        """The library confirmed the patron's PIN. False: stale (the card went meanwhile)."""
        if self.step is not Step.LIBRARY_PIN:
            return False
        self._go(Step.SIGNED_IN, "library pin")
        return True

    def guest(self) -> None:
        """Continue without signing in (sign-in screen, or instead of a card that failed)."""
        if self.step is Step.PRACTICE:
            self.person = Person.GUEST
            self._go(Step.PRACTICE_SIGNED_IN, "guest")
            return
        self._need("continue as a guest", Step.IDLE, Step.PROBLEM, Step.LIBRARY_PIN)
        if self.step is Step.IDLE and self.out_of_service:
            raise InvalidMove(self.step, "start a session out of service")
        self.person = Person.GUEST
        self._go(Step.SIGNED_IN, "guest")

    def card_removed(self) -> OnRemoved:
        """The card left the reader (or the reader went)."""
        was_in, self.card_in = self.card_in, False
        if self.practice:
            return OnRemoved.END_PRACTICE if was_in else OnRemoved.TAKEN
        if self.step in _READING_STEPS or (self.step is Step.SIGNED_IN and self._session_card):
            return OnRemoved.END_SESSION
        return OnRemoved.TAKEN

    # -- session end ----------------------------------------------------------------------------
    def waive_take_card(self) -> None:
        """The session about to end asks for its card in its own way (handover, practice)."""
        self._take_card_waived = True

    def session_ended(self, reason: EndReason) -> SessionEnd:
        """The session was wiped for ``reason``: back to IDLE (a practice person's session back
        to PRACTICE unless the practice session itself must end)."""
        take_card = (
            self.card_in
            and self._session_card
            and not self._take_card_waived
            and reason in TAKE_CARD_ENDS
            and not self.practice
        )
        self._take_card_waived = False
        if self.practice:
            goes_on = reason is EndReason.SIGN_OUT and self.card_in
            self.person = None
            self._go(Step.PRACTICE, "session ended")
            return SessionEnd(False, goes_on)
        self._session_card = False
        self.person = None
        self._go(Step.IDLE, f"session ended ({reason.value})")
        return SessionEnd(take_card, False)

    # -- practice (#15.11) ------------------------------------------------------------------------
    def can_start_practice(self) -> bool:
        """The staff menu offers "Start practice session": a member of staff signed in with the
        card that is still in the reader, and the kiosk in service."""
        return (
            self.step is Step.SIGNED_IN
            and self.person is Person.STAFF
            and self.card_in
            and self._session_card
            and not self.out_of_service
        )

    def start_practice(self) -> None:
        """Staff chose "Start practice session". The staff session is ended by the caller
        (through the wipe: nothing of it is kept); the staff card stays in as the key."""
        if not self.can_start_practice():
            raise InvalidMove(self.step, "start practice without a signed-in staff card")
        self._session_card = False  # the card now holds the practice session, not a session
        self._take_card_waived = True  # the staff session's end asks for no card
        self.person = None
        self._go(Step.PRACTICE, "practice started")

    def practice_sign_in(self) -> None:
        """A made-up person was tapped on the practice sign-in screen."""
        self._need("sign in a made-up person", Step.PRACTICE)
        self.person = Person.PRACTICE_PERSON
        self._go(Step.PRACTICE_SIGNED_IN, "practice person")

    def end_practice(self, why: PracticeEnd) -> bool:
        """The practice session ends (staff, staff card out, idle, technician, shutdown).
        The caller ends a practice person's session and wipes everything of the practice.
        Returns whether the staff card is still in (ask for it: "Take your card")."""
        if not self.practice:
            raise InvalidMove(self.step, f"end practice ({why.value})")
        self.person = None
        self._session_card = False
        self._go(Step.IDLE, f"practice ended ({why.value})")
        return self.card_in
