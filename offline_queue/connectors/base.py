"""The one interface every back-end connector implements.

The sync engine hands a connector one :class:`Delivery` at a time and gets back a
:class:`SendResult` that classifies the outcome. Connectors never raise for network or server
faults: every such fault is classified (see ``docs/queue.md`` and QUEUE_AND_BACKENDS.md).
Only bugs raise.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol


class Outcome(enum.Enum):
    """How one attempt ended, from the queue's point of view."""

    ACKED = "acked"  # the back end has it (2xx with a valid body, or a reconciled duplicate)
    RETRY = "retry"  # definitely not applied (connect refused, 503 before processing...): try later
    UNKNOWN = "unknown"  # may or may not have been applied (timeout after send, reset, garbage 2xx)
    REJECTED = "rejected"  # the back end refused it for good (4xx validation): dead-letter
    # Reconcile could not tell and never will by itself (e.g. a moderated Open311 listing that
    # hides fresh requests): never resend automatically; park it for a person to review.
    REVIEW = "review"


@dataclass(frozen=True)
class Delivery:
    """One transaction as handed to a connector (plaintext payload, decrypted by the engine)."""

    tx_id: uuid.UUID  # minted at enqueue; the idempotency key on every attempt
    kind: str  # e.g. "bill.payment", "open311.request", "sip2.renew"
    lane: str  # ordering key
    payload: dict[str, Any]
    attempt: int = 1


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    error_key: str = ""  # stable key for diagnostics, never personal data
    remote_ref: str | None = None  # e.g. service_request_id, payment id
    retry_after: float | None = None  # seconds, from Retry-After when given
    detail: dict[str, Any] = field(default_factory=dict)
    # False only when the back end was not reached at all (DNS failure, connection refused,
    # connect timeout; outcome RETRY). The engine then does not count the attempt and treats it as
    # a connectivity signal (offline detection) rather than a back-end failure.
    reached: bool = True


class Connector(Protocol):
    """A city back end the queue can deliver to."""

    name: (
        str  # the back-end name used for circuit breakers and lanes ("gateway", "open311", "sip2")
    )
    has_idempotency: bool  # True: an in_flight row may simply be resent after a crash

    def send(self, delivery: Delivery) -> SendResult:
        """Deliver once. Must not raise for environmental faults."""
        ...

    def reconcile(self, delivery: Delivery) -> SendResult:
        """For an UNKNOWN item: find out whether it landed, before any resend.

        Returns ACKED (it landed; remote_ref set), RETRY (it did not land: safe to resend) or
        UNKNOWN (still cannot tell).
        """
        ...

    def close(self) -> None: ...


class Probe(Protocol):
    """Optional: a connector that can check its link cheaply (used while the kiosk is offline).

    The sync engine calls ``probe()`` instead of a trial delivery when a connector has it. True
    means the back end answered (any HTTP status, a SIP2 98...). Must not raise.
    """

    def probe(self) -> bool: ...
