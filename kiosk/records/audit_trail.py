"""Security events of the running kiosk into the hash-chained audit log (SEC-17, OPS-06).

:class:`SecurityAudit` listens instead of being called from the UI: connect the card bridge's
``identified``/``signed_in``/``failed`` signals to :meth:`card_identified`,
:meth:`card_signed_in` and :meth:`card_failed`; it registers itself as a session listener for
session start/end and role changes. The technician screen calls :meth:`technician_entered`,
:meth:`technician_action`, :meth:`technician_exited` and uses :meth:`deadletter_hook` for
retry/discard decisions.

Nothing personal is recorded: people appear only as keyed pseudonyms (:func:`kiosk.records.audit.
pseudonym`), sessions as random references, failures as their translation keys. Never the PIN,
its length, a name or a card number. If the disk refuses a write the event is logged as an
error and the kiosk keeps running (the audit log's own torn-write recovery repairs the tail).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.identity.sign_in import CardIdentified, SignedIn, SignInFailed, SignInFailure
from kiosk.records.audit import AuditLog, AuditLogError, pseudonym, record_or_log
from kiosk.session.machine import Role, Session, Transition
from offline_queue.outbox import AuditEvent, AuditHook

if TYPE_CHECKING:
    from drivers.fingerprint.verifier import VerifyResult

logger = logging.getLogger(__name__)

_FACTOR = {"resident": "pin", "staff": "staff_card", "technician": "technician_card"}
_RESULT = {
    SignInFailure.BLOCKED: "blocked",
    SignInFailure.PIN_ENTRY_ABORTED: "cancelled",
    SignInFailure.CARD_REMOVED: "cancelled",
    SignInFailure.READER_GONE: "cancelled",
    SignInFailure.PIN_STATE_UNKNOWN: "error",
}


class TechnicianAudit:
    """Technician-mode events (OPS-06) and dead-letter decisions.

    Args:
        audit: the audit log, or None (nothing recorded).
        key: the kiosk's pseudonym key (kiosk.session.assistance.load_or_create_key).
    """

    def __init__(self, audit: AuditLog | None, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes")
        self._audit = audit
        self._key = key
        self.failures = 0  # audit writes the disk refused (shown on the diagnostics screen)

    @property
    def available(self) -> bool:
        return self._audit is not None

    def detach(self) -> None:
        """Stop recording (shutdown: the log is about to close; late signals are dropped)."""
        self._audit = None

    # -- technician mode ----------------------------------------------------------------------
    def technician_entered(self, subject: str, *, wiped_session: bool) -> None:
        self.record(
            "technician.enter",
            "technician",
            technician=pseudonym(self._key, "technician", subject),
            wiped_session=wiped_session,
        )
        self.record("mode.switch", "technician", mode="technician")

    def technician_exited(self, trigger: str) -> None:
        self.record("technician.exit", "technician", trigger=trigger)
        self.record("mode.switch", "system", mode="normal")

    def technician_action(
        self, action: str, device: str | None, ok: bool, reference: str | None = None
    ) -> None:
        ref = None if reference is None else pseudonym(self._key, "reference", reference)
        self.record(
            "technician.action",
            "technician",
            action=action,
            device=device,
            result="ok" if ok else "failed",
            reference=ref,
        )

    def deadletter_hook(self, reason: str) -> AuditHook:
        """An :data:`offline_queue.outbox.AuditHook` recording ``deadletter.decision`` *before*
        the outbox applies it (an audit write failure raises, so nothing changes)."""

        def hook(event: AuditEvent) -> None:
            if self._audit is None:
                raise AuditLogError("audit.unavailable")
            self._audit.record(
                "deadletter.decision",
                "technician",
                tx=event.tx_id,
                decision={"retry": "retry", "cancel": "discard"}[event.action],
                reason=reason,
                backend=event.backend,
            )

        return hook

    # -- writing ------------------------------------------------------------------------------
    def _subject_ref(self, value: str) -> str | None:
        return pseudonym(self._key, "subject", value) if value else None

    def record(self, event: str, actor: str, **fields: object) -> None:
        if self._audit is not None and not record_or_log(self._audit, event, actor, **fields):
            self.failures += 1


class SecurityAudit(TechnicianAudit):
    """Sign-in outcomes, sessions and role changes, plus everything of :class:`TechnicianAudit`.

    Args:
    session: the kiosk session (a listener is added).
    audit: the audit log, or None (nothing recorded: a kiosk whose disk is gone).
    key: the kiosk's pseudonym key (kiosk.session.assistance.load_or_create_key).
    practice: sessions are practice sessions (recorded as such).
    clock: monotonic seconds (session durations).
    """

    def __init__(
        self,
        session: Session,
        audit: AuditLog | None,
        key: bytes,
        *,
        practice: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(audit, key)
        self._session = session
        self._practice = practice
        self._practice_session = False
        self._clock = clock
        self._card_role: str | None = None
        self._card_subject: str | None = None
        self._session_ref = ""
        self._started = 0.0
        self._role = Role.NONE
        session.add_listener(self._on_transition)

    # -- practice sessions started by staff (#15.11; kiosk.identity.sign_in_controller) ------------
    def practice_started(self) -> None:
        """A member of staff started a practice session (the role only: nobody's name, card or
        pseudonym); the sessions until it ends are recorded as practice sessions."""
        self._practice_session = True
        self.record("practice.start", "staff")
        self.record("mode.switch", "staff", mode="practice")

    def practice_ended(self, trigger: str) -> None:
        """The practice session ended: ``trigger`` staff_ended, card_removed, idle_timeout..."""
        self._practice_session = False
        actor = "staff" if trigger in ("staff_ended", "card_removed") else "system"
        self.record("practice.end", actor, trigger=trigger)
        self.record("mode.switch", actor, mode="normal")

    # -- card sign-in (connect to CardSignInBridge signals) -----------------------------------
    def card_identified(self, identified: CardIdentified) -> None:
        ident = identified.identity
        self._card_role = ident.role.value
        self._card_subject = self._subject_ref(ident.account_id or ident.subject)

    def card_signed_in(self, signed_in: SignedIn) -> None:
        ident = signed_in.identity
        role = ident.role.value
        self.record(
            "auth.attempt",
            role,
            factor=_FACTOR.get(role, "pin"),
            result="success",
            subject=self._subject_ref(ident.account_id or ident.subject),
        )
        self._card_role = role

    def card_failed(self, failure: SignInFailed) -> None:
        if failure.reason is SignInFailure.UNKNOWN_CARD and self._card_role is None:
            return  # not a sign-in attempt (e.g. a library card being read)
        role = self._card_role or "none"
        self.record(
            "auth.attempt",
            role if role != "none" else "guest",
            factor=_FACTOR.get(role, "pin"),
            result=_RESULT.get(failure.reason, "failure"),
            tries_left=failure.tries_left,
            error=failure.key,
            subject=self._card_subject,
        )

    # -- fingerprint confirmation (connect to FingerprintConfirmation.finished) ----------------
    def fingerprint_verified(self, result: VerifyResult) -> None:
        """One fingerprint attempt after the PIN: matched, not matched, used up, no finger in
        time or a sensor fault. The outcome and the tries left only: never a score, an image or
        a template."""
        from drivers.fingerprint.verifier import VerifyOutcome

        if result.outcome is VerifyOutcome.CANCELLED:
            return
        role = self._card_role or "resident"
        outcome = {
            VerifyOutcome.MATCHED: "success",
            VerifyOutcome.NOT_MATCHED: "failure",
            VerifyOutcome.TRIES_EXHAUSTED: "blocked",
            VerifyOutcome.NO_FINGER: "timeout",
        }.get(result.outcome, "error")
        self.record(
            "auth.attempt",
            role,
            factor="fingerprint",
            result=outcome,
            tries_left=None if result.matched else result.tries_left,
            error=None if result.matched else result.outcome.key,
            subject=self._card_subject,
        )

    # -- session listener ---------------------------------------------------------------------
    def _role_change(self, to_role: str) -> None:
        self.record(
            "role.change",
            "system",
            session=self._session_ref,
            from_role=self._role.value,
            to_role=to_role,
        )

    def _on_transition(self, transition: Transition) -> None:
        if transition.action == "sign_in":
            identity = self._session.identity
            self._session_ref = secrets.token_hex(16)
            self._started = self._clock()
            mode = "practice" if self._practice or self._practice_session else "self"
            actor = identity.role.value
            self.record("session.start", actor, session=self._session_ref, mode=mode)
            if identity.role is not self._role:
                self._role_change(identity.role.value)
            self._role = identity.role
        elif transition.action == "end" and transition.reason is not None:
            if self._session_ref:
                duration = int(max(0.0, self._clock() - self._started))
                self.record(
                    "session.end",
                    "system",
                    session=self._session_ref,
                    trigger=transition.reason.value,
                    duration_s=min(duration, 86_400),
                )
                if self._role is not Role.NONE:
                    self._role_change("none")
            self._session_ref = ""
            self._role = Role.NONE
            self._card_role = None
            self._card_subject = None


def for_data_dir(
    session: Session, audit: AuditLog | None, data_dir: Path, *, practice: bool = False
) -> SecurityAudit:
    """A :class:`SecurityAudit` with the kiosk's pseudonym key from ``data_dir``.

    Without the key (a production kiosk whose sealed credential is missing: the core has raised
    the alert) events are still recorded, with pseudonyms under a key for this run only.
    """
    from kiosk.security.credentials import CredentialError
    from kiosk.session.assistance import load_or_create_key

    try:
        key = load_or_create_key(data_dir)
    except CredentialError as exc:
        logger.error("pseudonym key unavailable (%s): pseudonyms for this run only", exc.key)
        key = secrets.token_bytes(32)
    return SecurityAudit(session, audit, key, practice=practice)
