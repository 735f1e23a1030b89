"""Assisted sessions (AD-01…AD-05): a member of staff helps a resident at the kiosk.

Plain Python, no Qt. :class:`Assistance` starts and ends assistance on the :class:`Session` and
writes the audit trail (AD-04): a pseudonymous staff reference, the service, the names of the
steps and of the fields staff typed in, the end trigger; never a value, never a name.

Steps only the resident may do (AD-02: PIN, fingerprint, photo, declarations) are listed in
:data:`RESIDENT_ONLY_STEPS`; the UI asks the helper to step back before them and records the step
as not assisted. There is no "on behalf of" mode (AD-05): assistance needs a resident's own
session, which staff never sign in to.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable
from pathlib import Path

from kiosk.records.audit import AuditLog, AuditLogError, pseudonym, record_or_log
from kiosk.session.machine import Identity, Role, Session, Transition

logger = logging.getLogger(__name__)

RESIDENT_ONLY_STEPS = frozenset({"pin", "fingerprint", "photo", "declaration"})
"""Steps the resident does alone: the helper is asked to step back (AD-02, PRIV-06)."""


class Assistance:
    """Audit-backed assisted mode for one kiosk.

    Args:
        session: the kiosk's session.
        audit: where entries go (None: nothing is recorded, e.g. a practice kiosk without disk).
        key: the kiosk's pseudonym key (at least 16 bytes) for staff and session references.
    """

    def __init__(self, session: Session, audit: AuditLog | None, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes")
        self._session = session
        self.audit = audit
        self._key = key
        self._session_ref = ""
        self._steps: list[str] = []
        session.add_listener(self._on_transition)

    @property
    def active(self) -> bool:
        return self._session.assisted_by is not None

    @property
    def helper_name(self) -> str:
        helper = self._session.assisted_by
        return helper.display_name if helper is not None else ""

    @property
    def steps_assisted(self) -> tuple[str, ...]:
        return tuple(self._steps)

    def staff_ref(self, helper: Identity) -> str:
        """The pseudonymous audit reference of a member of staff (AD-04; meaningless without
        the kiosk's key)."""
        return pseudonym(self._key, "staff", helper.subject_id or helper.display_name)

    def start(self, helper: Identity, *, staff_ref: str = "") -> None:
        """The resident agreed: ``helper`` (a staff identity) now assists this session.

        ``staff_ref``: the helper's reference when it was taken earlier (a handover keeps the
        reference, not the staff member's identifiers); by default it is computed from
        ``helper``.

        Raises AuditLogError (environmental: a full or failing disk) when the start cannot be
        recorded; assistance does not start then, since an assisted session must be auditable.
        """
        if helper.role is not Role.STAFF:
            raise ValueError("only a member of staff can assist")
        self._session.start_assistance(helper)
        self._session_ref = secrets.token_hex(16)
        self._steps = []
        try:
            self._record(
                "assisted.start",
                "staff",
                session=self._session_ref,
                staff=staff_ref or self.staff_ref(helper),
                service=self._service(),
                required=True,
            )
        except AuditLogError:
            self._session.end_assistance()
            self._session_ref = ""
            raise

    def step(
        self, step: str, *, assisted: bool, fields_entered_by_staff: Iterable[str] = ()
    ) -> None:
        """Record one step of the flow: its name, whether staff helped, which fields they typed."""
        if not self.active:
            return
        if assisted and step in RESIDENT_ONLY_STEPS:
            raise ValueError(f"step {step!r} is done by the resident alone")
        if assisted and step not in self._steps:
            self._steps.append(step)
        self._record(
            "assisted.step",
            "staff" if assisted else "resident",
            session=self._session_ref,
            service=self._service(),
            step=step,
            assisted=assisted,
            fields_entered_by_staff=sorted(set(fields_entered_by_staff)),
        )

    def stop(self) -> None:
        """Assistance ends, the resident's session goes on (AD-01: "ends assistance, not the
        session")."""
        if not self.active:
            return
        self._record(
            "assisted.end",
            "staff",
            session=self._session_ref,
            service=self._service(),
            steps_assisted=list(self._steps),
            trigger="help_ended",
        )
        self._session.end_assistance()
        self._steps = []
        self._session_ref = ""

    def _on_transition(self, transition: Transition) -> None:
        # "end" runs before the wipe clears assisted_by: the last moment the helper is known
        if transition.action == "end" and transition.reason is not None and self.active:
            self._record(
                "assisted.end",
                "staff" if transition.reason.value == "staff_ended" else "system",
                session=self._session_ref,
                service=self._service(),
                steps_assisted=list(self._steps),
                trigger=transition.reason.value,
            )
            self._steps = []
            self._session_ref = ""

    def _service(self) -> str:
        return self._session.service or "home"

    def _record(self, event: str, actor: str, *, required: bool = False, **fields: object) -> None:
        """Write one audit entry. Only a ``required`` entry (the start) raises when the log cannot
        be written; a later step or the end is logged as lost and the session goes on (the
        resident is never stopped mid-service, and a session end always reaches its wipe)."""
        if required and self.audit is not None:
            self.audit.record(event, actor, **fields)  # AuditLogError reaches the caller
        else:
            record_or_log(self.audit, event, actor, **fields)
        logger.info("%s", event)


PSEUDONYM_KEY_FILE = "pseudonym.key"


def load_or_create_key(data_dir: Path) -> bytes:
    """The kiosk's pseudonym key: the sealed credential ``pseudonym-key``, or in demo mode 32
    random bytes in ``data_dir/pseudonym.key`` (kiosk.security.credentials). Raises OSError (a
    ``CredentialError`` too) when it is unavailable."""
    from kiosk.security.credentials import PSEUDONYM_KEY, source_for

    # created complete or not at all: a full disk raises OSError and leaves no empty key file
    return source_for(data_dir).load(PSEUDONYM_KEY)
