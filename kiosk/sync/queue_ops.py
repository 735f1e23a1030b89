"""What a technician does with the offline queue from the diagnostics screen (a port of the
application layer): list the dead letters, retry or discard one, ask where a request stands.

The UI never imports ``offline_queue``: it sees :class:`DeadLetter` values and
:class:`QueueOpError` (the outbox's ``key`` kept). Without a queue (the kiosk still starting or
its storage unusable) the port is still there: :attr:`QueueOps.available` is False, listings
are empty and a decision raises ``QueueOpError("queue.unavailable")``. Calls read or write the
queue's database: call them off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from offline_queue.outbox import AuditHook, OutboxError
from offline_queue.store import State

if TYPE_CHECKING:
    from offline_queue.outbox import Outbox
    from offline_queue.sync import SyncWorker


class QueueOpError(Exception):
    """The queue cannot do what the technician asked (``key`` translates: an item that is not
    there, one being sent, no queue...)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class DeadLetter:
    """A request the back end refused for good or that ran out of attempts: waits for a
    technician's decision. Nothing of its payload."""

    reference: str
    backend: str


class QueueOps:
    """Attributes:
    available: the kiosk has a working queue.
    """

    def __init__(self, outbox: Outbox | None, sync: SyncWorker | None = None) -> None:
        self._outbox = outbox
        self._sync = sync

    @property
    def available(self) -> bool:
        return self._outbox is not None

    def dead_letters(self, limit: int) -> tuple[DeadLetter, ...]:
        """The first ``limit`` dead letters, oldest first."""
        if self._outbox is None:
            return ()
        items = self._outbox.items(states=[State.DEAD], limit=limit)
        return tuple(DeadLetter(i.reference, i.backend) for i in items)

    def retry(self, reference: str, *, actor: str, audit: AuditHook) -> None:
        """Queue a dead letter again (same transaction id; the audit entry is written first)
        and wake the sync worker to send it."""
        self._decide(reference, retry=True, actor=actor, audit=audit)
        if self._sync is not None:
            self._sync.wake()

    def discard(self, reference: str, *, actor: str, audit: AuditHook) -> None:
        """Give a request up (its payload is shredded; the audit entry is written first)."""
        self._decide(reference, retry=False, actor=actor, audit=audit)

    def _decide(self, reference: str, *, retry: bool, actor: str, audit: AuditHook) -> None:
        outbox = self._outbox
        if outbox is None:
            raise QueueOpError("queue.unavailable")
        decide = outbox.retry if retry else outbox.cancel
        try:
            decide(reference, actor=actor, audit=audit)
        except OutboxError as exc:
            raise QueueOpError(exc.key) from exc

    def state_of(self, reference: str) -> str | None:
        """Where the request behind ``reference`` stands (``done``, ``pending``...), or None
        when the queue has no such item (a direct submission, or deleted by retention)."""
        if self._outbox is None:
            return None
        try:
            return self._outbox.find(reference).state
        except OutboxError:
            return None
