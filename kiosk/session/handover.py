"""Assist before sign-in (AD-01 on a one-reader kiosk): a member of staff hands the kiosk over to
the next resident with an offer of help (QtCore only).

On a kiosk with one card reader a resident signed in with their card cannot be helped through a
staff card: their card occupies the reader, and taking it out ends their session (SEC-01). So
the staff member goes first: they sign in with their own staff card and PIN, choose "Help a
resident" on their home screen, and their session ends through the normal wipe. What is kept is a
:class:`PendingHandover`: the staff member's display name (for the question the resident is
asked) and their pseudonymous audit reference, nothing else. The next person to sign in (card and
PIN, library card or guest) is asked whether they want help from that person; "Yes" starts
assisted mode as a staff card in a second reader does, "No" drops the handover.

The handover lasts :attr:`kiosk.config.IdleSection.handover_seconds` (by default the idle
timeout). It counts down while the attract screen shows it; it does not run out in the middle of
someone's sign-in: when the deadline passed during a sign-in that did not finish, it expires as
the session returns to the attract screen. Staff can cancel it on the attract screen; a staff or
technician card signing in, a technician entry or a shutdown cancels it too. If the resident's
session ends before they answered, it expires.

Audit (AD-04): ``assisted.handover_armed``, ``…_cancelled``, ``…_expired``, ``…_accepted``,
``…_declined``, each with the pseudonymous staff reference only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.session.assistance import Assistance
from kiosk.session.machine import EndReason, Identity, Role, Session, State, Transition

logger = logging.getLogger(__name__)

HELPED_ROLES = frozenset({Role.RESIDENT, Role.GUEST, Role.PATRON})
"""Sessions a handover is offered to (never a staff or technician session, AD-05)."""

CANCELLING_ENDS = frozenset({EndReason.TECHNICIAN_ENTRY, EndReason.SHUTDOWN})
"""Session ends that also cancel a pending handover (the kiosk leaves public use)."""

OUTCOMES = ("cancelled", "expired", "accepted", "declined")


@dataclass(frozen=True)
class PendingHandover:
    """What a handover keeps of the staff member: the name shown to the resident and the
    pseudonymous audit reference (never their card number, account id or certificate)."""

    helper_name: str
    staff_ref: str

    def helper(self) -> Identity:
        """The helper as assisted mode takes it (no identifiers: only the name is shown)."""
        return Identity(Role.STAFF, self.helper_name)


class StaffHandover(QObject):
    """The pending handover of one kiosk and its lifetime.

    Signals:
        changed(): a handover was armed or ended (the attract screen shows or hides it).
        offer(PendingHandover): a resident signed in while this handover was pending: ask
            them, then call :meth:`answer`.
        ended(str): the handover ended: "cancelled", "expired", "accepted" or "declined".
    """

    changed = Signal()
    offer = Signal(PendingHandover)
    ended = Signal(str)

    def __init__(
        self,
        session: Session,
        assistance: Assistance,
        duration_s: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if duration_s <= 0:
            raise ValueError("the handover duration must be positive")
        self._session = session
        self._assistance = assistance
        self._duration = duration_s
        self._clock = clock
        self._pending: PendingHandover | None = None
        self._offered = False
        self._deadline = 0.0
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setObjectName("handover-timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        session.add_listener(self._on_transition)

    # -- state --------------------------------------------------------------------------------
    @property
    def pending(self) -> PendingHandover | None:
        """The handover waiting for (or being offered to) a resident, or None."""
        return self._pending

    @property
    def offered(self) -> bool:
        """The signed-in resident is being asked right now."""
        return self._offered

    @property
    def duration_s(self) -> float:
        return self._duration

    def seconds_left(self) -> float:
        if self._pending is None:
            return 0.0
        return max(0.0, self._deadline - self._clock())

    # -- actions ------------------------------------------------------------------------------
    def arm(self, staff: Identity) -> PendingHandover:
        """The signed-out member of staff ``staff`` is ready to help the next resident.

        Call it after their session was wiped, on the attract screen. A handover still
        pending is replaced (and recorded as cancelled).
        """
        if staff.role is not Role.STAFF:
            raise ValueError("only a member of staff can hand over")
        if self._session.state is not State.ATTRACT:
            raise ValueError("a handover is armed on the attract screen, after the wipe")
        if self._pending is not None:
            self._end("cancelled", "staff")
        pending = PendingHandover(staff.display_name, self._assistance.staff_ref(staff))
        self._pending = pending
        self._offered = False
        self._deadline = self._clock() + self._duration
        self._record("armed", "staff", pending.staff_ref)
        self._schedule()
        self.changed.emit()
        return pending

    def cancel(self) -> None:
        """Staff cancelled the handover on the attract screen."""
        if self._pending is not None:
            self._end("cancelled", "staff")

    def answer(self, accepted: bool) -> PendingHandover | None:
        """The resident answered the offer; returns the handover when they accepted."""
        pending = self._pending
        if pending is None or not self._offered:
            return None
        actor = self._session.identity.role.value
        self._end("accepted" if accepted else "declined", actor)
        return pending if accepted else None

    def close(self) -> None:
        """Shutdown: forget the handover without recording (the log may be closing)."""
        self._closed = True
        self._timer.stop()
        self._pending = None
        self._offered = False

    # -- internals ----------------------------------------------------------------------------
    def _schedule(self) -> None:
        """Count down while the attract screen shows the handover."""
        if self._pending is None or self._offered or self._closed:
            self._timer.stop()
            return
        if self._session.state is not State.ATTRACT:
            self._timer.stop()  # never in the middle of someone's sign-in
            return
        left = self._deadline - self._clock()
        if left <= 0:
            self._end("expired", "system")
            return
        self._timer.start(max(1, round(left * 1000)))

    def _on_timeout(self) -> None:
        pending = self._pending is not None and not self._offered
        if pending and self._session.state is State.ATTRACT:
            self._schedule()  # ends it once the deadline really passed

    def _on_transition(self, transition: Transition) -> None:
        if self._pending is None or self._closed:
            return
        if transition.action == "end" and transition.reason in CANCELLING_ENDS:
            self._end("cancelled", "system")
        elif transition.action == "sign_in":
            role = self._session.identity.role
            if role in HELPED_ROLES:
                self._timer.stop()
                self._offered = True
                self.offer.emit(self._pending)
            else:  # a staff or technician card signed in instead
                self._end("cancelled", role.value)
        elif transition.action == "finished":
            if self._offered:  # the session ended before the resident answered
                self._end("expired", "system")
            else:
                self._schedule()
        elif transition.old is State.ATTRACT:
            self._timer.stop()

    def _end(self, outcome: str, actor: str) -> None:
        pending = self._pending
        self._timer.stop()
        self._pending = None
        self._offered = False
        if pending is None:
            return
        self._record(outcome, actor, pending.staff_ref)
        self.ended.emit(outcome)
        self.changed.emit()

    def _record(self, outcome: str, actor: str, staff_ref: str) -> None:
        audit = self._assistance.audit
        if audit is not None:
            audit.record(f"assisted.handover_{outcome}", actor, staff=staff_ref)
        logger.info("staff handover %s", outcome)
