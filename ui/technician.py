"""Technician mode (OPS-05): entered only by a technician card + PIN, never a gesture or code.

:class:`TechnicianMode` watches the session: when a technician signs in (the card sign-in flow
maps the certificate's technician policy to :attr:`Role.TECHNICIAN`) it records the entry, relaxes
the key guard (:attr:`ui.lockdown.KeyGuard.locked`) and starts the absolute time limit; at the
limit it ends the session through the one wipe routine, so the technician must sign in again
with card and PIN. Any end of the technician's session restores the lockdown and is recorded.

A resident session cannot be running when a technician signs in: the card bridge reads one
card at a time, so the resident's card must come out first (which ends that session through the
wipe, trigger ``card_removed``), and a guest session is ended by the card insert itself.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.records.audit_trail import TechnicianAudit
from kiosk.session.controller import SessionController
from kiosk.session.machine import EndReason, Role, Transition
from ui.lockdown import KeyGuard

logger = logging.getLogger(__name__)

TECHNICIAN_LIMIT_S = 30 * 60
"""Absolute technician session length (OPS-05), then re-authentication."""

_EXIT_TRIGGER = {
    EndReason.SIGN_OUT: "sign_out",
    EndReason.CARD_REMOVED: "card_removed",
    EndReason.IDLE_TIMEOUT: "idle_timeout",
    EndReason.SHUTDOWN: "shutdown",
    EndReason.TECHNICIAN_ENTRY: "technician_entry",
}


class TechnicianMode(QObject):
    """Args:
    controller: the session controller.
    guard: the application's key guard (relaxed only while a technician is signed in).
    audit: where entry, exit and time-limit events go.
    limit_s: the absolute session limit.
    clock: monotonic seconds.
    """

    def __init__(
        self,
        controller: SessionController,
        guard: KeyGuard | None,
        audit: TechnicianAudit | None,
        *,
        limit_s: float = TECHNICIAN_LIMIT_S,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._guard = guard
        self._audit = audit
        self._limit_s = limit_s
        self._clock = clock
        self._entered_at: float | None = None
        self._expired = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_limit)
        controller.session.add_listener(self._on_transition)

    @property
    def active(self) -> bool:
        return self._entered_at is not None

    def remaining_s(self) -> float:
        if self._entered_at is None:
            return 0.0
        return max(0.0, self._limit_s - (self._clock() - self._entered_at))

    def _on_transition(self, transition: Transition) -> None:
        session = self._controller.session
        if transition.action == "sign_in" and session.identity.role is Role.TECHNICIAN:
            self._entered_at = self._clock()
            self._expired = False
            self._timer.start(int(self._limit_s * 1000))
            if self._guard is not None:
                self._guard.locked = False
            if self._audit is not None:
                self._audit.technician_entered(
                    session.identity.subject_id or "technician", wiped_session=False
                )
            logger.info("technician mode entered")
        elif transition.action == "end" and self._entered_at is not None:
            self._timer.stop()
            self._entered_at = None
            if self._guard is not None:
                self._guard.locked = True
            if self._audit is not None:
                trigger = "time_limit" if self._expired else "sign_out"
                if not self._expired and transition.reason is not None:
                    trigger = _EXIT_TRIGGER.get(transition.reason, "sign_out")
                self._audit.technician_exited(trigger)
            logger.info("technician mode left")

    def _on_limit(self) -> None:
        if self._entered_at is None:
            return
        logger.info("technician session reached its time limit: re-authentication required")
        self._expired = True
        self._controller.end(EndReason.SIGN_OUT)

    def dispose(self) -> None:
        self._timer.stop()
        if self._guard is not None:
            self._guard.locked = True
