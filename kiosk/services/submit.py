"""Submit a resident's transaction: validate, queue durably, wake the sync worker, issue a receipt.

The one path every service takes to say "done" (pure Python, call it on a worker thread, never
on the GUI thread: it writes SQLite and may wait briefly for the back end's acknowledgement):

1. ``submission.validate()`` problems raise :class:`SubmitInvalid` before anything is written.
2. :meth:`offline_queue.outbox.Outbox.enqueue` commits the business record (receipt row) and the
   outbox row in one transaction (payload encrypted); only then is anything promised.
3. ``sync.wake()``: the sync worker looks at once instead of at its next poll.
4. Status, decided honestly: **submitted** only when the back end acknowledged the item (outbox
   state ``done``) within a short grace period while the sync worker does not report itself
   offline; otherwise **queued** (saved on the kiosk, sent automatically). When the back end
   refused the item for good (state ``dead``, e.g. ``closed``) within the grace period, no
   receipt is issued: :class:`SubmitRefused` carries the reason's translation key and the
   reference (staff see the item in the queue). An item parked for a person for any other
   reason (needs review, gave up: offline_queue.deadletters) is not a refusal: the resident
   gets the receipt of a saved request.
5. A :class:`kiosk.records.receipts.Receipt` is built and handed to ``core.receipts.submit_receipt``
   (journal + printer); its future says whether to show the reference on screen instead.

Practice kiosks (AD-06) and practice sessions started by staff (#15.11, ``core.practice``)
never enqueue: the receipt is a practice receipt and nothing is sent; :func:`enqueue` is the
practice sink then (nothing written).
Nothing here logs payloads, free text or identities; only kind, reference and state.

**Lanes** (docs/queue.md, "Lane policy"): a lane orders only what must be ordered. A service
says *what* must stay in order with :func:`ordered` (``ordered("library", patron, item)``);
:func:`lane_name` turns it into a pseudonymous lane name, ``<scope>:<keyed hash>``, with the
kiosk's pseudonym key, so no resident id reaches the queue database in clear. A submission
without a lane is ordered per resident and service family when its payload names a resident
(``consents.update`` of one resident, ``appointment.book``/``cancel`` of one resident...), and
unordered otherwise (street reports, feedback, payment slips without an account).
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civic.money import Money
from kiosk.errors import KeyedError
from kiosk.records.receipts import Receipt, ReceiptStatus
from offline_queue.deadletters import classify
from offline_queue.outbox import Enqueued, OutboxError, reference_for
from offline_queue.store import StoreFullError
from offline_queue.store.models import State
from offline_queue.sync import Connectivity

if TYPE_CHECKING:
    from kiosk.records.receipt_journal import ReceiptPrintResult
    from kiosk.runtime.core_parts import CoreParts

logger = logging.getLogger(__name__)

CONFIRM_GRACE_S = 2.0
"""How long to wait for the back end's acknowledgement before calling an item "queued"."""
_POLL_S = 0.05


@dataclass(frozen=True)
class Ordered:
    """Operations that must reach the back end in the order they were queued: those with the
    same ``scope`` and ``keys`` (e.g. one patron's operations on one item). Personal values are
    allowed here: only a keyed hash of them is ever stored (:func:`lane_name`)."""

    scope: str
    keys: tuple[str, ...]


def ordered(scope: str, *keys: str) -> Ordered:
    """The lane of operations that must stay in order: ``ordered("appointments", resident)``."""
    if not scope or ":" in scope or not keys:
        raise ValueError("a lane needs a scope without ':' and at least one key")
    return Ordered(scope, tuple(str(k) for k in keys))


@functools.lru_cache(maxsize=8)
def _lane_key(data_dir: Path) -> bytes:
    from kiosk.session.assistance import load_or_create_key

    return load_or_create_key(data_dir)  # the kiosk's pseudonym key (0600, kiosk-local)


def lane_name(key: bytes, lane: Ordered) -> str:
    """``<scope>:<32 hex>``: the same operations always get the same lane on this kiosk, and the
    name says nothing about whom they concern without the key."""
    from kiosk.records.audit import pseudonym

    return f"{lane.scope}:{pseudonym(key, 'lane.' + lane.scope, chr(31).join(lane.keys))}"


def default_lane(kind: str, payload: Mapping[str, Any]) -> Ordered | None:
    """No lane given: one resident's operations of one service family stay in order; anything
    that names no resident needs no order."""
    resident = payload.get("resident_id")
    if isinstance(resident, str) and resident:
        return Ordered(kind.split(".", 1)[0], (resident,))
    return None


class SubmitError(KeyedError):
    """The transaction could not be accepted (``key`` translates); nothing was promised."""


class SubmitInvalid(SubmitError):
    """Input problems found before anything was written: ``problems`` maps field → error key."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("submit.invalid", ", ".join(sorted(problems)))
        self.problems = dict(problems)


class SubmitRefused(SubmitError):
    """The back end refused the transaction for good (``key`` like ``gateway.closed``)."""

    def __init__(self, key: str, reference: str) -> None:
        super().__init__(key, reference)
        self.reference = reference


@dataclass(frozen=True)
class Submission:
    """One transaction a service wants to send.

    Attributes:
        service_id: the service (``permits``...), for statistics and logs.
        title: the service's name in the session language (printed on the receipt).
        kind: the connector route (``permit.apply``, ``petition.sign``... see
            ``offline_queue.connectors.gateway.ROUTES``).
        payload: the delivery payload (gateway: ``{"params", "body", "resident_id"}``).
        backend: the connector name (``gateway``, ``open311``, ``sip2``).
        lane: what must stay in order with this operation (:func:`ordered`); None: per
            resident and service family when the payload names a resident, else unordered
            (:func:`default_lane`). A plain string is used as the lane name as it is (only for
            lanes that name nobody; the kiosk's statistics need none and are unordered).
        summary: a non-personal line for the business record (no names, no free text).
        amount: a fee or payment printed on the receipt.
        instructions: extra receipt lines (no personal data).
        validate: returns problems (field → translation key); empty when fine.
    """

    service_id: str
    title: str
    kind: str
    payload: Mapping[str, Any]
    backend: str = "gateway"
    lane: Ordered | str | None = None
    summary: str | None = None
    amount: Money | None = None
    instructions: tuple[str, ...] = ()
    validate: Callable[[], Mapping[str, str]] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SubmitOutcome:
    """What the confirmation screen shows.

    Attributes:
        reference: the short reference (also on the receipt).
        status: SUBMITTED (acknowledged by the back end) or QUEUED (saved, sent later).
        receipt: the receipt that was journaled/printed.
        printing: the print job's future, or None when this kiosk has no printer (show the
            reference on screen).
        remote_ref: the back end's own id once acknowledged (e.g. an application id).
        practice: a practice kiosk: nothing was sent.
    """

    reference: str
    status: ReceiptStatus
    receipt: Receipt
    printing: Future[ReceiptPrintResult] | None
    remote_ref: str | None = None
    practice: bool = False


def submit(
    core: CoreParts,
    submission: Submission,
    language: str,
    *,
    grace_s: float | None = None,
    cancel: threading.Event | None = None,
) -> SubmitOutcome:
    """Validate, queue, wake, wait briefly for the acknowledgement, issue the receipt.

    Raises SubmitInvalid, SubmitRefused, or SubmitError("submit.unavailable") when the queue
    is not available (nothing was written then).
    """
    # free text, addresses, e-mail, phone: never in a log while this session lasts
    core.redactor.register_payload(submission.payload)
    if submission.validate is not None:
        problems = submission.validate()
        if problems:
            raise SubmitInvalid(problems)
    if core.practice:
        reference = reference_for(uuid.uuid4())
        receipt = _receipt(core, submission, reference, ReceiptStatus.QUEUED)
        return SubmitOutcome(
            reference, ReceiptStatus.QUEUED, receipt, _print(core, receipt, language), None, True
        )
    enqueued = enqueue(core, submission)
    grace = CONFIRM_GRACE_S if grace_s is None else grace_s
    state, remote_ref, error_key = _wait_for_ack(core, str(enqueued.tx_id), grace, cancel)
    if state is State.DEAD and error_key is not None:
        logger.info("%s %s refused by the back end", submission.kind, enqueued.reference)
        raise SubmitRefused(error_key or "submit.refused", enqueued.reference)
    status = ReceiptStatus.SUBMITTED if state is State.DONE else ReceiptStatus.QUEUED
    receipt = _receipt(core, submission, enqueued.reference, status)
    return SubmitOutcome(
        enqueued.reference, status, receipt, _print(core, receipt, language), remote_ref
    )


def enqueue(core: CoreParts, submission: Submission) -> Enqueued:
    """Queue ``submission`` durably and wake the sync worker, without a receipt (settings
    changed on the spot, statistics). Raises SubmitError("submit.unavailable"), or
    SubmitError("submit.storage_full") when the kiosk's disk is full (or below its reserve):
    nothing was written then and everything queued before is untouched.

    The practice sink: while ``core.practice`` (a practice kiosk, or a practice session started
    by staff) nothing is written and nothing is sent; the caller gets a made-up reference."""
    if core.practice:
        logger.info("practice: %s not queued (practice sink)", submission.kind)
        return Enqueued(
            uuid.uuid4(),
            reference_for(uuid.uuid4()),
            submission.backend,
            "",
            submission.kind,
            time.time(),
        )
    outbox = core.outbox
    if outbox is None:
        raise SubmitError("submit.unavailable", "no queue")
    try:
        lane = submission.lane
        if lane is None:
            lane = default_lane(submission.kind, submission.payload)
        if isinstance(lane, Ordered):
            lane = lane_name(_lane_key(core.config.paths.data_dir), lane)
        enqueued = outbox.enqueue(
            backend=submission.backend,
            kind=submission.kind,
            payload=submission.payload,
            lane=lane,
            summary=submission.summary,
        )
    except StoreFullError as exc:
        logger.error("could not queue %s: the kiosk's disk is full", submission.kind)
        raise SubmitError("submit.storage_full", exc.key) from exc
    except (OutboxError, OSError) as exc:
        logger.error("could not queue %s: %s", submission.kind, type(exc).__name__)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise SubmitError("submit.storage_full", "ENOSPC") from exc
        raise SubmitError("submit.unavailable", type(exc).__name__) from exc
    except Exception as exc:  # SQLAlchemy/SQLite errors: disk full, read-only store...
        logger.exception("could not queue %s", submission.kind)
        raise SubmitError("submit.unavailable", type(exc).__name__) from exc
    logger.info("queued %s as %s", submission.kind, enqueued.reference)
    sync = core.sync
    if sync is not None:
        sync.wake()
    return enqueued


def _wait_for_ack(
    core: CoreParts, tx_id: str, grace_s: float, cancel: threading.Event | None
) -> tuple[State | None, str | None, str | None]:
    """The item's state after at most ``grace_s`` (not waiting at all while offline)."""
    outbox = core.outbox
    assert outbox is not None
    sync = core.sync
    stop = cancel or threading.Event()
    deadline = time.monotonic() + grace_s
    while True:
        item = outbox.find(tx_id)
        state = State(item.state)
        if state is State.DEAD and classify(item.last_error, item.last_outcome) != "refused":
            # needs review / gave up: not an answer from the back end, and it may even have
            # arrived; the resident gets the receipt of a saved request (staff follow it up)
            return state, None, None
        if state in (State.DONE, State.DEAD, State.CANCELLED, State.PURGED):
            return state, item.remote_ref, item.last_error
        offline = sync is None or sync.connectivity is Connectivity.OFFLINE
        if offline or time.monotonic() >= deadline or stop.wait(_POLL_S):
            return state, None, None


def _receipt(
    core: CoreParts, submission: Submission, reference: str, status: ReceiptStatus
) -> Receipt:
    kiosk = core.config.kiosk
    return Receipt.create(
        reference=reference,
        kiosk_id=kiosk.id,
        site=kiosk.site,
        issued_at=dt.datetime.now(dt.UTC),
        service=submission.title,
        status=status,
        key=core.receipt_key,
        amount=submission.amount,
        instructions=submission.instructions,
        practice=core.practice,
    )


def _print(core: CoreParts, receipt: Receipt, language: str) -> Future[ReceiptPrintResult] | None:
    desk = core.receipts
    if not desk.available:  # no printer: the receipt step says so and shows the reference
        return None
    return desk.submit_receipt(receipt, language)
