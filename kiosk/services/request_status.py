"""What became of a street report: the city's status and note, for the resident (pure Python).

Two ways in (ui: "My requests" and "Check a report" / the receipt's QR code):

- :meth:`StatusDesk.my_requests`: the signed-in resident's reports that they linked to their
  account on this kiosk (:mod:`kiosk.services.request_book`), newest first, each with its
  status.
- :meth:`StatusDesk.look_up`: one report by the reference printed on its receipt (scanned from
  the receipt's QR code or typed), at any kiosk, without signing in. Only the reference,
  category, status, the city's note and dates are returned: nothing of the resident.

Where a status comes from, in order:

1. This kiosk's queue (no network needed): a report not yet acknowledged is
   :attr:`Stage.WAITING` ("waiting to be sent"); one the kiosk gave up on is
   :attr:`Stage.NEEDS_STAFF`; once acknowledged the queue holds the Open311
   ``service_request_id`` (``remote_ref``; ``token:<t>`` for servers that answer with a token
   first, resolved through ``tokens/<t>``).
2. The Open311 server: ``GET requests/<id>`` through :class:`Open311Client.request_status`.
   A reference this kiosk never queued (a receipt from another kiosk) is looked for in the
   server's public listing (``requests.json``, every paging style deployed servers use, at
   most :data:`MAX_PAGES` pages, :func:`offline_queue.connectors.open311_listing.find_marker`)
   by the transaction marker ``[txn:<tx id>]`` the connector writes into every description:
   a kiosk reference is the first 40 bits of the transaction id (:func:`marker_prefix`). A
   listing that cannot be read to its end (no paging, too long) is
   :attr:`Problem.LISTING_INCOMPLETE`, not "not found".
3. The last answer read (:class:`~kiosk.services.request_book.RequestBook`): while the city
   cannot be reached the status is :attr:`Freshness.LAST_KNOWN` with the time it was read, or
   :attr:`Freshness.UNKNOWN` when it never was.

Server replies are untrusted: a status is only ever one of the known words
(:func:`stage_for`) or shown as text; notes are cleaned (:func:`kiosk.text.bidi.untrusted_text_cut`:
controls and bidi overrides removed, whitespace folded, at most :data:`NOTE_LIMIT` characters);
wrong types and missing fields become :attr:`Problem.BAD_REPLY`, never an exception to the UI.

Status vocabularies (``docs/backends.md``): GeoReport v2 defines ``open`` and ``closed`` with
free-text ``status_notes`` (open311.org GeoReport v2, "GET Service Request"); deployed servers
send more: SeeClickFix ``Open``/``Acknowledged``/``Closed``/``Archived`` (capitalised; closed
issues are archived after 7 days), FixMyStreet's Open311 states (``investigating``,
``in_progress``/``in progress``, ``action_scheduled``, ``fixed``, ``duplicate``,
``not_councils_responsibility``, ``no_further_action``), Chicago's ``closed`` with a work-order
outcome as the note. Matching ignores case, spaces, hyphens and underscores.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from civic.street_reports import ServiceRequestStatus
from kiosk.records.receipts import check_verification_code
from kiosk.services.request_book import (
    BookError,
    KnownStatus,
    LinkedReport,
    RequestBook,
    owner_tag,
)
from kiosk.services.vocabulary import word_key
from kiosk.text.bidi import untrusted_text_cut
from offline_queue.connectors.open311 import (
    Open311BadResponse,
    Open311Client,
    Open311Error,
    Open311NotFound,
    Open311Unavailable,
)
from offline_queue.connectors.open311_listing import Presence, find_marker
from offline_queue.deadletters import classify
from offline_queue.outbox import Outbox, OutboxError
from offline_queue.store.models import State

if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore

logger = logging.getLogger(__name__)

STREET_REPORT_KIND: Final = "open311.request"
NOTE_LIMIT: Final = 600
"""Characters of the city's note shown (the rest is cut with "…")."""
STATUS_TEXT_LIMIT: Final = 40
CATEGORY_LIMIT: Final = 80
ID_LIMIT: Final = 64
MY_REQUESTS_LIMIT: Final = 20
MAX_PAGES: Final = 20
"""Listing pages (of 100) walked for a reference another kiosk printed."""

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # as offline_queue.outbox.reference_for
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_STATUS_WORD = re.compile(r"^\w[\w .'/-]*$")  # words, not a stringified object ("{'a': 1}")


class Stage(enum.Enum):
    """Where a report is, in words the UI translates."""

    WAITING = "waiting"  # on this kiosk's queue, not yet acknowledged by the city
    NEEDS_STAFF = "needs_staff"  # the kiosk could not send it; staff will send it
    IN_REVIEW = "in_review"  # may have reached the city, cannot tell: staff check (never resent)
    REFUSED = "refused"  # the city's system refused it; nothing was done
    CANCELLED = "cancelled"  # cancelled by staff on this kiosk
    SENT = "sent"  # acknowledged; the city gives no progress for it (yet)
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    FIXED = "fixed"
    CLOSED = "closed"
    DUPLICATE = "duplicate"
    ARCHIVED = "archived"
    NOT_RESPONSIBLE = "not_responsible"
    NO_ACTION = "no_action"
    OTHER = "other"  # a word we do not know: the UI shows the server's text, isolated
    NOT_FOUND = "not_found"


_VOCABULARY: Final[Mapping[str, Stage]] = {
    "open": Stage.OPEN,
    "new": Stage.OPEN,
    "submitted": Stage.OPEN,
    "received": Stage.OPEN,
    "reopened": Stage.OPEN,
    "acknowledged": Stage.ACKNOWLEDGED,
    "confirmed": Stage.ACKNOWLEDGED,
    "investigating": Stage.ACKNOWLEDGED,
    "assigned": Stage.ACKNOWLEDGED,
    "inprogress": Stage.IN_PROGRESS,
    "actionscheduled": Stage.IN_PROGRESS,
    "scheduled": Stage.IN_PROGRESS,
    "fixed": Stage.FIXED,
    "resolved": Stage.FIXED,
    "completed": Stage.FIXED,
    "closed": Stage.CLOSED,
    "duplicate": Stage.DUPLICATE,
    "archived": Stage.ARCHIVED,
    "notcouncilsresponsibility": Stage.NOT_RESPONSIBLE,
    "internalreferral": Stage.NOT_RESPONSIBLE,
    "nofurtheraction": Stage.NO_ACTION,
    "wontfix": Stage.NO_ACTION,
}


def stage_for(status: str) -> Stage:
    """The stage a server's status word means (case, spaces, ``-`` and ``_`` ignored)."""
    return _VOCABULARY.get(word_key(status), Stage.OTHER)


class Freshness(enum.Enum):
    LIVE = "live"  # read from the city just now
    LOCAL = "local"  # known from this kiosk alone (waiting to be sent...): no network needed
    LAST_KNOWN = "last_known"  # the city could not be asked: what it said at ``checked_at``
    UNKNOWN = "unknown"  # the city could not be asked and never was


class Problem(enum.Enum):
    """Why the status is not (entirely) live; the UI says it plainly."""

    OFFLINE = "offline"  # the city's 311 service cannot be reached
    BAD_REPLY = "bad_reply"  # it answered something unusable
    NOT_NUMBERED = "not_numbered"  # acknowledged with a token; no request number yet
    BAD_CODE = "bad_code"  # the receipt's verification code does not match (this kiosk)
    NOT_TRACKED = "not_tracked"  # not a street report: only its sending is known
    NO_SERVICE = "no_service"  # this kiosk has no 311 client (starting, or misconfigured)
    NOT_PUBLISHED = "not_published"  # the city has it (404 for now: moderated servers)
    LISTING_INCOMPLETE = "listing_incomplete"  # another kiosk's receipt: the city's list of
    # requests could not be searched to its end (no paging, too long, an error on a page)


@dataclass(frozen=True)
class RequestStatus:
    """One report as the resident may see it (nothing personal).

    Attributes:
        reference: the kiosk reference printed on the receipt.
        category: the category's name (the city's, or the one the resident saw), or "".
        stage: what the status means.
        status_text: the server's own word (cleaned), shown for :attr:`Stage.OTHER`.
        note: the city's note (cleaned, untrusted: show as plain text), or "".
        note_cut: the note was longer than :data:`NOTE_LIMIT` and was cut.
        reported_at / updated_at: when it was made / last changed, if known.
        service_request_id: the city's request number, once known.
        freshness / checked_at: where the stage comes from and when the city said so.
        problem: why it is not live (None when it is).
    """

    reference: str
    stage: Stage
    freshness: Freshness
    category: str = ""
    status_text: str = ""
    note: str = ""
    note_cut: bool = False
    reported_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    service_request_id: str | None = None
    checked_at: dt.datetime | None = None
    problem: Problem | None = None


@dataclass(frozen=True)
class MyRequests:
    items: tuple[RequestStatus, ...]
    offline: bool  # at least one status could not be read from the city just now


# --------------------------------------------------------------------------- untrusted input

_CROCKFORD_SAME = str.maketrans({"O": "0", "I": "1", "L": "1"})
_TYPED_REFERENCE = re.compile(r"^[0-9A-Z]{8}$")


def marker_prefix(reference: str) -> str | None:
    """The start of the connector's description marker ``[txn:<tx id>]`` for the transaction a
    kiosk reference was made from: the reference is the first 40 bits of the tx id (Crockford
    base 32, :func:`offline_queue.outbox.reference_for`), i.e. its first ten hex digits. None
    when ``reference`` is not one of those."""
    compact = reference.replace("-", "")
    if len(compact) != 8:
        return None
    number = 0
    for ch in compact:
        digit = _CROCKFORD.find(ch)
        if digit < 0:
            return None
        number = number * 32 + digit
    hex_digits = f"{number:010x}"
    return f"[txn:{hex_digits[:8]}-{hex_digits[8:]}"


def normalise_reference(text: str) -> str:
    """A reference as the resident typed it (``k7qx 3m9p``, ``K7QX3M9P``, ``K7QX-3M9P``, with O
    for 0 or I/L for 1) in the printed form ``K7QX-3M9P``; ValueError when it cannot be one."""
    compact = re.sub(r"[\s\-]+", "", text).upper().translate(_CROCKFORD_SAME)
    if not _TYPED_REFERENCE.match(compact) or "U" in compact:
        raise ValueError("not a receipt reference")
    return f"{compact[:4]}-{compact[4:]}"


def parse_time(value: object) -> dt.datetime | None:
    """A W3C/ISO 8601 time with a zone, or None (anything else from a server is ignored)."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _safe_id(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and _SAFE_ID.match(value.strip()):
        return value.strip()
    return None


@dataclass(frozen=True)
class CityAnswer:
    """A server's status reply, checked field by field."""

    service_request_id: str
    status: str
    note: str
    note_cut: bool
    category: str
    service_code: str | None
    requested_at: dt.datetime | None
    updated_at: dt.datetime | None


def read_answer(reply: ServiceRequestStatus, expected_id: str) -> CityAnswer | None:
    """The usable part of ``reply``, or None when it is not an answer about ``expected_id``
    (no status word, a different request, wrong types)."""
    status, _ = untrusted_text_cut(reply.status, STATUS_TEXT_LIMIT)
    returned = _safe_id(reply.service_request_id)
    if not _STATUS_WORD.match(status) or (returned is not None and returned != expected_id):
        return None
    note, cut = untrusted_text_cut(reply.status_notes, NOTE_LIMIT)
    code = _safe_id(reply.service_code)
    return CityAnswer(
        service_request_id=expected_id,
        status=status,
        note=note,
        note_cut=cut,
        category="",
        service_code=code,
        requested_at=parse_time(reply.requested_datetime),
        updated_at=parse_time(reply.updated_datetime),
    )


_DEAD_STAGES: Final[Mapping[str, Stage]] = {
    "needs_review": Stage.IN_REVIEW,
    "refused": Stage.REFUSED,
    "gave_up": Stage.NEEDS_STAFF,
    "undecryptable": Stage.NEEDS_STAFF,
}


def _dead_stage(item: Any) -> Stage:
    """What a dead queue item means for the resident, by the queue's own dead-letter classes
    (:mod:`offline_queue.deadletters`: the same classes staff see)."""
    kind = classify(item.last_error, getattr(item, "last_outcome", None))
    return _DEAD_STAGES.get(kind, Stage.NEEDS_STAFF)


def cached_categories(data_dir: Path) -> dict[str, str]:
    """Category names by service code from the kiosk's saved copy of the 311 services (the
    street-report screen keeps it; public data), ``{}`` when there is none."""
    from kiosk.services.public_cache import PublicCache
    from kiosk.services.street_report import CACHE_NAME

    cached = PublicCache(data_dir).load(CACHE_NAME)
    names: dict[str, str] = {}
    if cached is None or not isinstance(cached.data, list):
        return names
    for raw in cached.data:
        if isinstance(raw, dict) and isinstance(raw.get("code"), str):
            name, _ = untrusted_text_cut(raw.get("name"), CATEGORY_LIMIT)
            if name:
                names[raw["code"]] = name
    return names


# --------------------------------------------------------------------------- the desk


class StatusDesk:
    """Reads statuses for the UI (call on a worker thread: it may block on the network)."""

    def __init__(
        self,
        *,
        client: Open311Client | None,
        outbox: Outbox | None,
        book: RequestBook | None,
        receipt_key: bytes = b"",
        categories: Mapping[str, str] | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.client = client
        self.outbox = outbox
        self.book = book
        self._key = receipt_key
        self._categories = dict(categories or {})
        self._now = now or (lambda: dt.datetime.now(dt.UTC))

    @classmethod
    def for_core(cls, core: KioskCore, categories: Mapping[str, str] | None = None) -> StatusDesk:
        """The desk of a started :class:`kiosk.runtime.app.KioskCore` (its client, queue and
        key)."""
        data_dir: Path = core.config.paths.data_dir
        try:
            book: RequestBook | None = RequestBook(data_dir)
        except (BookError, OSError) as exc:
            logger.error("request book unavailable: %s", getattr(exc, "key", type(exc).__name__))
            book = None
        if categories is None:
            try:
                categories = cached_categories(data_dir)
            except OSError:
                categories = {}
        return cls(
            client=core.open311,
            outbox=core.outbox,
            book=book,
            receipt_key=core.receipt_key,
            categories=categories,
        )

    # -- linking (street report sent by a signed-in resident) ------------------------------
    def link(self, subject_id: str, reference: str, service_code: str, category: str) -> bool:
        """Remember that the resident linked this report to their account (True: stored)."""
        if self.book is None or len(self._key) < 16 or not subject_id:
            return False
        name, _ = untrusted_text_cut(category, CATEGORY_LIMIT)
        try:
            self.book.link(
                owner_tag(self._key, subject_id),
                LinkedReport(reference, service_code, name, self._now()),
            )
        except BookError as exc:
            logger.error("could not link a street report (%s)", exc.key)
            return False
        return True

    # -- My requests -----------------------------------------------------------------------
    def my_requests(self, subject_id: str, limit: int = MY_REQUESTS_LIMIT) -> MyRequests:
        """The resident's linked reports on this kiosk with their statuses, newest first.
        After the first report the city cannot be reached for, the others are not asked
        (each would wait for the same timeout)."""
        if self.book is None or len(self._key) < 16 or not subject_id:
            return MyRequests((), False)
        try:
            linked = self.book.linked(owner_tag(self._key, subject_id), limit)
        except BookError as exc:
            logger.error("request book unreadable (%s)", exc.key)
            return MyRequests((), False)
        items: list[RequestStatus] = []
        reachable = True
        for report in linked:
            status = self._status(report.reference, ask_city=reachable)
            if status.problem is Problem.OFFLINE:
                reachable = False
            items.append(
                replace(
                    status,
                    category=status.category or report.category,
                    reported_at=status.reported_at or report.reported_at,
                )
            )
        offline = any(i.freshness in (Freshness.LAST_KNOWN, Freshness.UNKNOWN) for i in items)
        return MyRequests(tuple(items), offline)

    # -- one receipt -----------------------------------------------------------------------
    def look_up(self, reference: str, verification: str | None = None) -> RequestStatus:
        """The status of the report printed with ``reference``. A verification code from the
        receipt's QR is checked when this kiosk printed the receipt (another kiosk's key is
        not known here; what is shown is the city's public 311 record anyway)."""
        reference = reference.strip().upper()
        item = self._queue_item(reference)
        if (
            verification is not None
            and item is not None
            and len(self._key) >= 16
            and not check_verification_code(reference, verification, self._key)
        ):
            return RequestStatus(
                reference, Stage.NOT_FOUND, Freshness.LOCAL, problem=Problem.BAD_CODE
            )
        return self._status(reference, ask_city=True, item=item)

    # -- internals -------------------------------------------------------------------------
    def _queue_item(self, reference: str) -> Any | None:
        if self.outbox is None:
            return None
        try:
            return self.outbox.find(reference)
        except OutboxError:
            return None
        except Exception:  # the store is unusable: the city may still know the report
            logger.exception("queue unreadable while looking up a report status")
            return None

    def _status(
        self,
        reference: str,
        *,
        ask_city: bool,
        item: Any | None = None,
    ) -> RequestStatus:
        if item is None:
            item = self._queue_item(reference)
        known = self._known(reference)
        request_id: str | None = known.service_request_id if known else None
        if item is not None:
            local = self._from_queue(reference, item)
            if local is not None:
                return local
            remote = str(item.remote_ref or "")
            if remote:
                request_id = remote
            elif request_id is None:
                # acknowledged without anything to track (a "blackbox" service)
                return RequestStatus(reference, Stage.SENT, Freshness.LOCAL, problem=None)
        if not ask_city:
            return self._last_known(reference, known, Problem.OFFLINE)
        if self.client is None:
            return self._last_known(reference, known, Problem.NO_SERVICE)
        try:
            if request_id is not None and request_id.startswith("token:"):
                resolved = self.client.token_to_id(request_id.removeprefix("token:"))
                if resolved is None or _safe_id(resolved) is None:
                    return RequestStatus(
                        reference, Stage.SENT, Freshness.LIVE, problem=Problem.NOT_NUMBERED
                    )
                request_id = _safe_id(resolved)
            if request_id is None and item is None:
                request_id, complete = self._search(reference)
                if request_id is None:
                    problem = None if complete else Problem.LISTING_INCOMPLETE
                    return RequestStatus(
                        reference, Stage.NOT_FOUND, Freshness.LIVE, problem=problem
                    )
            if request_id is None or _safe_id(request_id) is None:
                return self._last_known(reference, known, Problem.BAD_REPLY)
            reply = self.client.request_status(request_id)
        except Open311NotFound:
            if known is not None or item is not None:
                # acknowledged with this number, yet not readable: moderated servers hide new
                # requests until someone publishes them
                shown_id = (
                    None if request_id is None or request_id.startswith("token:") else request_id
                )
                return RequestStatus(
                    reference,
                    Stage.SENT,
                    Freshness.LIVE,
                    category=known.category or "" if known else "",
                    service_request_id=shown_id,
                    problem=Problem.NOT_PUBLISHED,
                )
            return RequestStatus(reference, Stage.NOT_FOUND, Freshness.LIVE)
        except Open311BadResponse:
            return self._last_known(reference, known, Problem.BAD_REPLY)
        except Open311Error:
            return self._last_known(reference, known, Problem.OFFLINE)
        except (TypeError, ValueError, AttributeError, KeyError):
            # a reply of the right shape with the wrong insides (the client reads it as is)
            logger.warning("open311 status reply unusable")
            return self._last_known(reference, known, Problem.BAD_REPLY)
        answer = read_answer(reply, request_id)
        if answer is None:
            logger.warning("open311 status reply unusable")
            return self._last_known(reference, known, Problem.BAD_REPLY)
        category = self._categories.get(answer.service_code or "", "")
        if not category and known is not None and known.category:
            category = known.category
        now = self._now()
        if self.book is not None:
            try:
                self.book.remember(
                    KnownStatus(
                        reference=reference,
                        service_request_id=answer.service_request_id,
                        service_code=answer.service_code,
                        category=category or None,
                        status=answer.status,
                        note=answer.note or None,
                        requested_at=answer.requested_at,
                        updated_at=answer.updated_at,
                        checked_at=now,
                    )
                )
            except BookError as exc:
                logger.error("could not keep the last known status (%s)", exc.key)
        return RequestStatus(
            reference=reference,
            stage=stage_for(answer.status),
            freshness=Freshness.LIVE,
            category=category or (answer.service_code or ""),
            status_text=answer.status,
            note=answer.note,
            note_cut=answer.note_cut,
            reported_at=answer.requested_at,
            updated_at=answer.updated_at,
            service_request_id=answer.service_request_id,
            checked_at=now,
        )

    def _from_queue(self, reference: str, item: Any) -> RequestStatus | None:
        """A status this kiosk's queue settles alone (None: ask the city)."""
        state = State(item.state)
        created = dt.datetime.fromtimestamp(float(item.created_at), dt.UTC)
        if item.kind != STREET_REPORT_KIND:
            stage = Stage.SENT if state is State.DONE else Stage.WAITING
            if state in (State.DEAD, State.PURGED):
                stage = _dead_stage(item)
            elif state is State.CANCELLED:
                stage = Stage.CANCELLED
            return RequestStatus(
                reference,
                stage,
                Freshness.LOCAL,
                reported_at=created,
                problem=Problem.NOT_TRACKED,
            )
        if state in (State.PENDING, State.IN_FLIGHT, State.UNKNOWN):
            return RequestStatus(reference, Stage.WAITING, Freshness.LOCAL, reported_at=created)
        if state in (State.DEAD, State.PURGED):
            return RequestStatus(reference, _dead_stage(item), Freshness.LOCAL, reported_at=created)
        if state is State.CANCELLED:
            return RequestStatus(reference, Stage.CANCELLED, Freshness.LOCAL, reported_at=created)
        return None

    def _known(self, reference: str) -> KnownStatus | None:
        if self.book is None:
            return None
        try:
            return self.book.known(reference)
        except BookError as exc:
            logger.error("request book unreadable (%s)", exc.key)
            return None

    @staticmethod
    def _last_known(reference: str, known: KnownStatus | None, problem: Problem) -> RequestStatus:
        if known is None:
            return RequestStatus(reference, Stage.NOT_FOUND, Freshness.UNKNOWN, problem=problem)
        note, cut = untrusted_text_cut(known.note, NOTE_LIMIT)
        return RequestStatus(
            reference=reference,
            stage=stage_for(known.status),
            freshness=Freshness.LAST_KNOWN,
            category=known.category or known.service_code or "",
            status_text=known.status,
            note=note,
            note_cut=cut,
            reported_at=known.requested_at,
            updated_at=known.updated_at,
            service_request_id=known.service_request_id,
            checked_at=known.checked_at,
            problem=problem,
        )

    def _search(self, reference: str) -> tuple[str | None, bool]:
        """``(request id, complete)`` of another kiosk's report, found by its marker in the
        city's public listing (every paging style, bounded: :mod:`open311_listing`). Raises
        Open311Unavailable when the city cannot be reached, Open311BadResponse for an unusable
        request id."""
        assert self.client is not None
        needle = marker_prefix(reference)
        if needle is None:
            return None, True
        found = find_marker(self.client.http, {}, needle, max_pages=MAX_PAGES)
        if found.presence is Presence.PRESENT:
            request_id = _safe_id(found.request_id)
            if request_id is None:
                raise Open311BadResponse("open311.bad_response")
            return request_id, True
        if found.presence is Presence.ABSENT:
            return None, True
        if not found.reached:
            raise Open311Unavailable("open311.unavailable")
        logger.info("open311 listing not searched to its end (%s)", found.reason)
        return None, False
