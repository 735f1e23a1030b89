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
            "refused by the back end ({key}): {detail}; nothing was applied",
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
        "open311.review_marker_not_listed": (
            "the Open311 server lists requests without the kiosk's marker (it cuts or rewrites"
            " descriptions), so 'not listed' does not prove this report is missing"
        ),
        # refusals (Outcome.REJECTED): why nothing was applied
        "open311.invalid_request": "the Open311 server says the report is invalid",
        "open311.invalid_request_server_error": (
            "the Open311 server answered a server error whose body says the report is invalid"
        ),
        "open311.http_400": (
            "the Open311 server kept answering 400 Bad Request without saying why"
        ),
        "open311.not_found": "the Open311 server does not know this category (HTTP 404)",
        "open311.bad_api_key": (
            "the Open311 server refused the kiosk's API key ([backends] open311_api_key)"
        ),
        "open311.blackbox_unconfirmed": (
            "the category is a 'blackbox' service the Open311 server never lists, so an"
            " unanswered report cannot be checked"
        ),
        "open311.no_service_code": "the queued report has no category (service code)",
        "open311.no_location": "the queued report has no location",
        "open311.bad_attributes": "the queued report's answers to the category's questions are bad",
        "media.not_configured": (
            "the report has a photo and the kiosk has no photo upload configured"
        ),
        "media.rejected": "the city gateway refused the report's photo",
        "media.too_large": "the report's photo is larger than the upload limit",
        "media.not_jpeg": "the report's photo is not a usable JPEG",
        "gateway.bad_payload": "the queued request is malformed (a kiosk bug)",
        "gateway.unknown_kind": "the city gateway has no route for this operation (a kiosk bug)",
        "sip2.bad_payload": "the queued library operation is malformed (a kiosk bug)",
        "sip2.unknown_kind": "the library connector does not know this operation (a kiosk bug)",
        "sip2.checkout_refused": "the library system refused the checkout (its message is kept)",
        "sip2.checkin_refused": "the library system refused the return (its message is kept)",
        "sip2.renew_refused": "the library system refused the renewal (its message is kept)",
        "sip2.fee_refused": "the library system refused the fee payment (its message is kept)",
        "sip2.item_not_charged": "the item is not on loan to this patron",
        "sip2.item_charged_elsewhere": "the item is on loan to someone else",
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
"""Staff wording for known connector keys (a key not listed is shown as it is). Every key a
connector returns with REVIEW or REJECTED is here or matches :data:`PATTERNS`
(tests/offline_queue/test_deadletters.py reads the connectors' source to check)."""

PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("open311.http_", "", "the Open311 server answered HTTP {rest}"),
    ("gateway.http_", "", "the city gateway answered HTTP {rest}"),
    ("gateway.", "", "the city gateway refused it (its problem code '{rest}')"),
    ("sip2.", "_unsupported", "the library system does not take this message ({rest})"),
)
"""Families of keys built from what a back end said: (prefix, suffix, wording with ``{rest}``,
the part between them). First match wins. ``open311.http_<status>``: a 4xx refusal;
``gateway.http_<status>`` / ``gateway.<problem code>``: the gateway's status or its own
problem+json code (docs/api/gateway.openapi.yaml); ``sip2.<message>_unsupported``: the ILS's
BX field says it does not support the message."""


def detail_of(key: str) -> str | None:
    """The staff wording of a connector key: :data:`DETAILS`, else :data:`PATTERNS`."""
    known = DETAILS.get(key)
    if known is not None:
        return known
    for prefix, suffix, wording in PATTERNS:
        if key.startswith(prefix) and key.endswith(suffix) and len(key) > len(prefix + suffix):
            return wording.format(rest=key[len(prefix) : len(key) - len(suffix)])
    return None


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
        detail = detail_of(key) or (
            f"the back end cannot confirm whether it arrived ({key})"
            if kind == "needs_review"
            else "no reason the kiosk knows"
        )
    return Explained(reason, key, reason.staff.format(key=key, detail=detail))


def counts(outbox: Outbox, limit: int = 1000) -> dict[str, int]:
    """Dead items per class (every class present, ``needs_review`` first): the same numbers in
    ``kiosk queue status`` and the diagnostics report."""
    found = dict.fromkeys(REASONS, 0)
    for item in outbox.items(states=[State.DEAD], limit=limit):
        found[explain(item).reason.kind] += 1
    return found
