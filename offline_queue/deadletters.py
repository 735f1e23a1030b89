"""Why an item is dead, in one table: what staff are told, what the resident was told will
happen, whether it holds its lane, and what staff do about it.

``kiosk queue status``/``list`` and the diagnostics report read :func:`explain`; nothing else
words a dead-letter reason. An item is classified by its queue key (``last_error``) and the
outcome of its last attempt (``attempt_log``), never by its payload.

Classes (``DeadReason.kind``):

* ``needs_review``: the back end may have it and cannot say (Outcome.REVIEW, or an outcome
  that stayed unknown: ``queue.unknown_unresolved``). Never resent automatically: a person
  checks the back end, then cancels it (it arrived) or retries it (it did not).
* ``refused``: the back end answered no (Outcome.REJECTED). Nothing was applied; it holds no
  lane.
* ``gave_up``: attempts or age ran out while the back end kept failing (``queue.limit``).
  Nothing was applied; it holds its lane until staff retry or cancel it.
* ``undecryptable``: the payload cannot be opened (``queue.crypto.*``: key lost, data damaged).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from offline_queue.outbox import ItemView, Outbox
from offline_queue.store.models import State


@dataclass(frozen=True)
class DeadReason:
    """One row of the table.

    Attributes:
        kind: the class (see the module doc).
        staff: what staff are told, in English (``{key}`` is the connector's key, ``{detail}``
            the specific reason of a known key).
        resident: what the resident's receipt says will happen (also what a status look-up
            tells them), in English; ``resident_key`` translates it.
        resident_key: translation key of ``resident``.
        holds_lane: later items of the same lane wait for a person.
        action: what staff do (``kiosk queue retry|cancel ID --reason R``).
    """

    kind: str
    staff: str
    resident: str
    resident_key: str
    holds_lane: bool
    action: str


REASONS: Mapping[str, DeadReason] = MappingProxyType(
    {
        "needs_review": DeadReason(
            "needs_review",
            "needs review: {detail}",
            "Saved. A member of staff checks that your request arrived; it is never sent twice.",
            "queue.resident.review",
            True,
            "check the back end: arrived -> cancel --reason duplicate; not there -> retry",
        ),
        "refused": DeadReason(
            "refused",
            "refused by the back end ({key}): nothing was applied",
            "The service refused this request; nothing was done. Ask staff or try again.",
            "queue.resident.refused",
            False,
            "tell the resident if needed, then cancel --reason resident_informed",
        ),
        "gave_up": DeadReason(
            "gave_up",
            "gave up after repeated failures (last: {key}): nothing was applied",
            "Saved. It could not be sent yet; staff will send it or contact you.",
            "queue.resident.delayed",
            True,
            "fix the back end or its settings, then retry --reason backend_fixed",
        ),
        "undecryptable": DeadReason(
            "undecryptable",
            "cannot be decrypted ({key}): the kiosk key is missing or the data is damaged",
            "Saved. It could not be sent; staff will contact you.",
            "queue.resident.delayed",
            True,
            "restore the kiosk key from provisioning, else cancel --reason other_documented",
        ),
    }
)

DETAILS: Mapping[str, str] = MappingProxyType(
    {
        "queue.unknown_unresolved": "sent, but the outcome stayed unknown after repeated checks",
        "open311.review_moderated_listing": (
            "the Open311 server hides new requests until a moderator publishes them, so the kiosk"
            " cannot tell whether this one arrived"
        ),
        "open311.review_listing_unverified": (
            "the Open311 server's listing was never shown to list fresh requests, so 'not listed'"
            " does not prove it is missing"
        ),
        "open311.review_listing_incomplete": (
            "the Open311 server's listing could not be read completely (paging)"
        ),
        "open311.review_server_error_repeated": (
            "the Open311 server kept failing (HTTP 5xx) after receiving this request"
        ),
        "open311.review_photo_dropped": (
            "the report arrived without the photo the resident was promised"
        ),
        "sip2.renew_unverifiable": "the library system cannot say whether the renewal was applied",
        "sip2.fee_unverifiable": "the library system cannot say whether the fee was paid",
        "sip2.renew_same_due_date": (
            "the loan's due date is unchanged, and a renewal at that time would not have changed"
            " it (daily loans), so the library system cannot say whether it was renewed"
        ),
        "sip2.renew_due_moved_back": "the loan's due date moved earlier: check the loan at the ILS",
        "sip2.renew_no_due_date": "the library system gives no due date for the item",
        "sip2.fee_paid_unsupported": "the library system says it does not take fee payments",
    }
)
"""Staff wording for known connector keys (a key not listed is shown as it is)."""


@dataclass(frozen=True)
class Explained:
    """A dead item explained: its class, the key that explains it, and the staff's sentence."""

    reason: DeadReason
    key: str  # the connector's key of the last attempt, else the queue key
    text: str  # "needs review: <reason>" / "refused by the back end (...)"...

    @property
    def needs_review(self) -> bool:
        return self.reason.kind == "needs_review"


def classify(last_error: str | None, last_outcome: str | None) -> str:
    """The class of a dead item from its queue key and its last attempt's outcome."""
    error = last_error or ""
    if error.startswith("queue.crypto."):
        return "undecryptable"
    if error == "queue.unknown_unresolved" or last_outcome == "review":
        return "needs_review"
    if last_outcome == "rejected":
        return "refused"
    return "gave_up"


def explain(item: ItemView) -> Explained:
    """The staff sentence for a dead item (any other state: its class as if it died now)."""
    kind = classify(item.last_error, item.last_outcome)
    reason = REASONS[kind]
    key = item.last_attempt_key or item.last_error or "unknown"
    if item.last_error == "queue.unknown_unresolved":
        detail = f"{DETAILS['queue.unknown_unresolved']} (last: {key})"
    else:
        detail = DETAILS.get(key) or f"the back end cannot confirm whether it arrived ({key})"
    return Explained(reason, key, reason.staff.format(key=key, detail=detail))


def counts(outbox: Outbox, limit: int = 1000) -> dict[str, int]:
    """Dead items per class (every class present, ``needs_review`` first): the same numbers in
    ``kiosk queue status`` and the diagnostics report."""
    found = dict.fromkeys(REASONS, 0)
    for item in outbox.items(states=[State.DEAD], limit=limit):
        found[explain(item).reason.kind] += 1
    return found
