"""Retry, retention and state-transition policy: pure functions, no I/O.

The outbox applies :func:`decide` to every finished attempt; docs/queue.md has the table.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.store.models import State


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff with full jitter (AWS, Brooker 2015), Retry-After, limits, circuit breaker."""

    base: float = 2.0
    cap: float = 900.0
    retry_after_cap: float = 3600.0  # a hostile Retry-After cannot park an item for days
    max_attempts: int = 25
    max_age: float = 7 * 86400.0  # not_after = created_at + max_age unless given
    unknown_grace: float = 30.0  # wait before the first reconcile (batch back ends index late)
    # Ambiguous outcomes (sends or reconciles that could not tell) one item may have before a
    # person looks at it: "queue.unknown_unresolved", instead of spinning to the attempt limit.
    max_unknown: int = 8
    breaker_threshold: int = 5  # consecutive failures that open a back end's circuit
    breaker_open: float = 60.0  # how long an open circuit stays open before one trial

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform(0, min(cap, base * 2**attempt))."""
        ceiling = min(self.cap, self.base * (2.0 ** min(attempt, 62)))
        return rng.uniform(0.0, ceiling)

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        wait = self.backoff(attempt, rng)
        if retry_after is not None and retry_after > 0:
            wait = max(wait, min(retry_after, self.retry_after_cap))
        return wait


@dataclass(frozen=True)
class RetentionPolicy:
    """How long data stays. Receipts keep reprint data (reference, kind, summary), no payload."""

    payload_after_done: float = 3600.0  # payload + data key shredded this long after done
    dead_payload: float = 30 * 86400.0  # dead items shredded (-> purged) after this
    metadata: float = 90 * 86400.0  # done/cancelled/purged rows deleted after this


@dataclass(frozen=True)
class Transition:
    state: State
    next_attempt_at: float
    refund_attempt: bool  # the attempt did not reach the back end: do not count it
    error_key: str | None
    remote_ref: str | None


def decide(
    *,
    action: str,
    result: SendResult,
    idempotent: bool,
    attempts: int,
    max_attempts: int,
    not_after: float | None,
    now: float,
    policy: RetryPolicy,
    rng: random.Random,
    unknowns: int = 0,
) -> Transition:
    """The next state of an item after one send or reconcile attempt.

    ``attempts`` already counts this attempt. ``action`` is "send" or "reconcile".
    ``unknowns`` counts the item's ambiguous outcomes (this one included) since the last
    operator action. An item given up on gets a queue key saying why ("queue.limit",
    "queue.unknown_unresolved"); the connector's key of the last attempt stays in the attempt
    log (shown beside it), never passed off as the reason.
    """
    out = result.outcome
    reached = result.reached
    err = result.error_key or None
    if out is Outcome.ACKED:
        return Transition(State.DONE, now, False, None, result.remote_ref)
    if out is Outcome.REJECTED:
        return Transition(State.DEAD, now, False, err or "rejected", None)
    if out is Outcome.REVIEW:
        # Ambiguous and unverifiable: a resend could duplicate, so a person decides.
        return Transition(State.DEAD, now, False, err or "queue.needs_review", None)
    counted = attempts if reached else attempts - 1
    if out is Outcome.UNKNOWN and not idempotent and unknowns >= policy.max_unknown:
        # Sent, then never settled: a resend could duplicate and reconciling has not told.
        return Transition(State.DEAD, now, False, "queue.unknown_unresolved", None)
    too_many = counted >= max_attempts
    too_old = not_after is not None and now > not_after
    wait = policy.delay(counted, result.retry_after, rng)
    if action == "reconcile":
        if out is Outcome.RETRY and reached:
            # Reconciliation proved the effect absent: safe to send again, now.
            if too_many or too_old:
                return Transition(State.DEAD, now, False, "queue.limit", None)
            return Transition(State.PENDING, now, False, err, None)
        # Could not tell (or could not reach the back end): stay unknown, try again later.
        if too_many or too_old:
            return Transition(State.DEAD, now, not reached, "queue.unknown_unresolved", None)
        return Transition(State.UNKNOWN, now + wait, not reached, err, None)
    # action == "send"
    if out is Outcome.RETRY:
        if too_many or too_old:
            return Transition(State.DEAD, now, not reached, "queue.limit", None)
        return Transition(State.PENDING, now + wait, not reached, err, None)
    # Outcome.UNKNOWN: it may have been applied.
    if idempotent:
        if too_many or too_old:
            return Transition(State.DEAD, now, False, "queue.limit", None)
        return Transition(State.PENDING, now + wait, False, err, None)
    grace = max(wait, policy.unknown_grace)
    return Transition(State.UNKNOWN, now + grace, False, err, None)
