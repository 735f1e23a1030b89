"""Library account: loans, holds and fees over SIP2, for a patron whose PIN the ILS verified.

Pure Python, no Qt. Reads (patron status 23/24, patron information 63/64, item information
17/18) go straight to the library system on a fresh :class:`Sip2Client` from
``core.sip2_factory`` (call them on a worker thread).

The library PIN is verified once by the ILS (23 with ``AD``; :mod:`kiosk.identity.library_card`
for a library-card sign-in, :func:`check_pin` for a resident's linked card) and then lives in
the session's memory only (:class:`LibrarySession`, a zeroed ``bytearray``, dropped with the
session) for the online reads of that session. It is **never** written into a queued
transaction: a renewal or fee payment sent later goes out under the kiosk's own SIP2 login
(93) with the patron id only (``AD`` omitted, as SIP2 allows for a trusted terminal), so the
queue database holds no patron PIN (issue #14 item 4).

Renewals are asked online first (:func:`renew_now`): a library refuses renewals every day
(holds, limits), and the refusal is an answer for the resident, shown with the library's own
words (``AF``, untrusted text: :func:`untrusted_text`). Only when the library cannot be
reached is a renewal queued (``sip2.renew`` with ``due_before`` so an unknown outcome can be
verified). Fee payments are queued ``sip2.fee_paid`` with the fee id so they can be
reconciled; the fee is charged to the resident's eCitizen account, never to a card the kiosk
sees, and only when the ILS says it takes fee payments (98 ``BX``).

At the end of the session :meth:`LibrarySession.wipe` sends SIP2 35 (End Patron Session) on a
background thread, best effort; the wipe never waits for it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from civic.library import Fee, Loan, PatronAccount, PatronStatus
from civic.money import Money
from kiosk.config import KioskConfig
from kiosk.services.submit import Ordered, Submission, ordered
from kiosk.session.machine import SessionData
from kiosk.text import bidi
from kiosk.text.bidi import untrusted_text as untrusted_text  # the one cleaner, re-exported
from offline_queue.connectors.sip2 import Sip2Ambiguous, Sip2Client, Sip2Error
from offline_queue.outbox import Outbox
from offline_queue.store.models import State

logger = logging.getLogger(__name__)

Sip2Factory = Callable[[], Sip2Client]

_UID = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{2,31}")  # a card UID (hex) or a patron id
_DIGITS = re.compile(r"[0-9]+")
_CURRENCY = re.compile(r"[A-Z]{3}")
PAYMENT_TYPE_ACCOUNT = "02"
"""SIP2 payment type sent for a fee paid through the eCitizen account (no card data)."""
MAX_FEE = Decimal("100000")
"""A fee line above this is shown as text, never offered for payment (a garbled amount)."""
SESSION_KEY = "library.patron"
"""Where the verified patron lives in :attr:`kiosk.session.machine.Session.data`."""
MAX_SCREEN_MESSAGE = bidi.DEFAULT_LIMIT
MAX_QUEUE_SCAN = 2000
"""Dead queue items looked at for a patron's refused renewals (the queue purges old ones)."""


class LibraryError(Exception):
    """An environmental library answer (``key`` translates). ``tries_left``/``locked_s`` are
    set for a wrong PIN and for a card locked on this kiosk."""

    def __init__(self, key: str, *, tries_left: int | None = None, locked_s: int = 0) -> None:
        super().__init__(key)
        self.key = key
        self.tries_left = tries_left
        self.locked_s = locked_s


@dataclass(frozen=True)
class Patron:
    """Who is using the library account (session only). ``patron_id`` is the card's UID or
    barcode as the library system accepts it in ``AA``; ``pin`` is the verified PIN for this
    session's online reads (never queued), or None."""

    patron_id: str
    name: str
    pin: str | None = None


# --- untrusted text and money --------------------------------------------------------------


def currency_code(text: str | None) -> str | None:
    """An ISO 4217 code from the library system, or None (``eur`` becomes ``EUR``)."""
    code = (text or "").strip().upper()
    return code if _CURRENCY.fullmatch(code) else None


def shown_amount(amount: object, currency: str | None) -> Money | None:
    """A :class:`Money` the screen can show, or None for an amount it must not: not a
    finite decimal, negative, more than two decimals, absurdly large, or no valid currency."""
    code = currency_code(currency)
    if code is None or not isinstance(amount, Decimal):
        return None
    try:
        if not amount.is_finite() or amount < 0 or amount > MAX_FEE:
            return None
        if amount != amount.quantize(Decimal("0.01")):
            return None
        return Money.of(amount, code)
    except (InvalidOperation, ValueError):
        return None


@dataclass(frozen=True)
class FeeLine:
    """One fee line as the screen shows it: ``money`` None means "shown as text only";
    ``payable``: the resident may pay it here."""

    fee: Fee
    text: str
    money: Money | None
    payable: bool


@dataclass(frozen=True)
class LibraryAccount:
    """What the account screen shows.

    Attributes:
        account: the ILS's answer (loans, holds, fees).
        fees: every fee line, unknown ones as text.
        total: the fees total to show, or None when it cannot be shown reliably.
        fees_payable_here: the ILS takes fee payments (98 BX), so "Pay" may be offered.
    """

    account: PatronAccount
    fees: tuple[FeeLine, ...]
    total: Money | None
    fees_payable_here: bool


def fee_lines(account: PatronAccount, payments: bool) -> tuple[FeeLine, ...]:
    lines = []
    for fee in account.fees:
        # a line's own currency when the ILS wrote one ("$1.50"), else the account's
        currency = currency_code(getattr(fee, "currency", "")) or account.currency
        money = shown_amount(fee.amount, currency)
        payable = payments and money is not None and money.amount > 0 and bool(fee.fee_id)
        # a line without a trustworthy amount is shown as the ILS sent it
        text = fee.description if money is not None else (getattr(fee, "raw", "") or "")
        lines.append(FeeLine(fee, untrusted_text(text or fee.description), money, payable))
    return tuple(lines)


def fees_total(account: PatronAccount, lines: tuple[FeeLine, ...]) -> Money | None:
    """The ILS's own total when it can be shown; else the sum when every line is known."""
    total = shown_amount(account.fees_total, account.currency)
    if total is not None:
        return total
    if all(line.money is not None for line in lines):
        code = currency_code(account.currency)
        if code is not None:
            return Money(sum(ln.money.amount_minor for ln in lines if ln.money), code)
    return None


# --- session --------------------------------------------------------------------------------


class LibrarySession:
    """The verified patron of this kiosk session, kept in ``Session.data`` (session memory).

    The PIN is a ``bytearray`` zeroed by :meth:`wipe`; :meth:`wipe` also sends SIP2 35 (End
    Patron Session) on a daemon thread when the ILS supports it: best effort, never blocking.
    """

    def __init__(
        self, factory: Sip2Factory | None, patron_id: str, name: str, pin: bytearray
    ) -> None:
        self._factory = factory
        self.patron_id = patron_id
        self.name = name
        self._pin = pin
        self.ended: threading.Event = threading.Event()  # 35 done (sent or given up)

    def patron(self) -> Patron:
        """For this session's online reads (the PIN as the SIP2 client needs it)."""
        pin = self._pin.decode("utf-8", errors="replace") if self._pin else None
        return Patron(self.patron_id, self.name, pin)

    def wipe(self) -> None:
        self._pin[:] = bytes(len(self._pin))
        self._pin = bytearray()
        factory, self._factory = self._factory, None
        patron_id, self.patron_id, self.name = self.patron_id, "", ""
        if factory is None or not patron_id:
            self.ended.set()
            return
        thread = threading.Thread(
            target=end_patron_session,
            args=(factory, patron_id, self.ended),
            name="sip2-end-session",
            daemon=True,
        )
        thread.start()


def end_patron_session(factory: Sip2Factory, patron_id: str, done: threading.Event) -> None:
    """SIP2 35 for ``patron_id`` (no PIN), if the ILS says it supports it. Never raises."""
    try:
        client = factory()
        try:
            client.connect()
            if supports(client, "end_patron_session") is False:
                return
            end = getattr(client, "end_session", None)
            if callable(end):
                end(patron_id)
        finally:
            client.close()
    except Sip2Error as exc:
        logger.info("sip2 end patron session not sent: %s", exc.key)
    except Exception:  # best effort at the end of a session: a bug here must not surface
        logger.exception("sip2 end patron session failed")
    finally:
        done.set()


def remember(data: SessionData, session: LibrarySession) -> None:
    """Keep ``session`` in ``Session.data`` (replacing and wiping an earlier one)."""
    values = data.values
    old = values.get(SESSION_KEY)
    if isinstance(old, LibrarySession) and old is not session:
        old.wipe()
    values[SESSION_KEY] = session


def remembered(data: SessionData) -> LibrarySession | None:
    value = data.values.get(SESSION_KEY)
    return value if isinstance(value, LibrarySession) and value.patron_id else None


# --- calls ----------------------------------------------------------------------------------


def supports(client: Sip2Client, message: str) -> bool | None:
    """Whether the ILS says (98 ``BX``) it supports ``message`` (a ``sp.BX_ORDER`` name);
    None when it did not say. Uses the connector's ``supports`` when it has one."""
    method = getattr(client, "supports", None)
    if callable(method):
        try:
            answer = method(message)
        except Sip2Error:
            return None  # cannot tell now: the call that needs it will find out
        return None if answer is None else bool(answer)
    status = client.status
    if status is None or not status.supported:
        return None
    return message in status.supported


@dataclass(frozen=True)
class PasswordRule:
    """What the site's library system takes as a patron password (``[library]`` in the
    configuration): digits only (a PIN) or text (Koha/Evergreen passwords), within length
    bounds, in characters the SIP2 link can carry (printable, no ``|``, encodable in the
    link's character set). Never logged, never kept beyond the session."""

    text: bool = False
    min_length: int = 4
    max_length: int = 8
    encoding: str = "cp850"

    @classmethod
    def of(cls, config: KioskConfig) -> PasswordRule:
        section = config.library
        encoding = config.backends.sip2_encoding
        return cls(
            text=section.password == "text",  # noqa: S105 (the kind of password)
            min_length=section.password_min_length,
            max_length=section.max_length,
            # "auto" sends cp850 until the ILS shows it speaks UTF-8
            encoding="cp850" if encoding == "auto" else encoding,
        )

    def problem(self, password: str) -> str | None:
        """None when ``password`` may be sent, else why not: ``library.password_length`` or
        ``library.password_characters`` (a key; the password itself is never in it)."""
        if not self.min_length <= len(password) <= self.max_length:
            return "library.password_length"
        if not self.text:
            return None if _DIGITS.fullmatch(password) else "library.password_characters"
        for char in password:
            if char == "|" or (unicodedata.category(char)[0] in "CZ" and char != " "):
                return "library.password_characters"
        try:
            password.encode(self.encoding)
        except (UnicodeEncodeError, LookupError):
            return "library.password_characters"
        return None


def valid_patron_id(text: str) -> bool:
    """A card UID (hex) or patron id as the screen may send it in ``AA``."""
    return _UID.fullmatch(text.strip()) is not None


def _with_client(factory: Sip2Factory, fn: Callable[[Sip2Client], object]) -> object:
    client = factory()
    try:
        return fn(client)
    finally:
        client.close()


def card_status(factory: Sip2Factory, uid_hex: str) -> PatronStatus:
    """Patron status (23/24) for a patron id, no PIN; LibraryError if unknown. Used for a
    resident's linked card (already signed in with the eCitizen card), never for a library-card
    sign-in (nothing of the patron is fetched before the PIN).

    Raises ``Sip2Error`` subclasses when the library system cannot be reached.
    """
    uid = uid_hex.strip()
    if not _UID.fullmatch(uid):
        raise LibraryError("library.bad_card")
    status = _with_client(factory, lambda c: c.patron_status(uid))
    assert isinstance(status, PatronStatus)
    if not status.valid:
        raise LibraryError("library.unknown_card")
    return status


def check_pin(
    factory: Sip2Factory, patron_id: str, pin: str, rule: PasswordRule | None = None
) -> Patron:
    """Verify the library PIN or password (23 with ``AD``). The ILS must say it is right
    (``CQY``): an ILS that does not check it does not sign anybody in. ``rule``: what the
    site's ILS takes (default: a 4–8 digit PIN); anything else is ``library.bad_pin`` before
    any network call."""
    if (rule or PasswordRule()).problem(pin) is not None:
        raise LibraryError("library.bad_pin")
    if not _UID.fullmatch(patron_id):
        raise LibraryError("library.bad_card")
    status = _with_client(factory, lambda c: c.patron_status(patron_id, pin))
    assert isinstance(status, PatronStatus)
    if not status.valid:
        raise LibraryError("library.unknown_card")
    if status.pin_ok is False:
        raise LibraryError("library.wrong_pin")
    if status.pin_ok is None:
        raise LibraryError("library.pin_unverifiable")
    return Patron(patron_id, untrusted_text(status.name, 120), pin)


def account(factory: Sip2Factory, patron: Patron) -> LibraryAccount:
    def read(client: Sip2Client) -> LibraryAccount:
        result = client.patron_account(patron.patron_id, patron.pin)
        payments = supports(client, "fee_paid") is not False
        lines = fee_lines(result, payments)
        return LibraryAccount(result, lines, fees_total(result, lines), payments)

    answer = _with_client(factory, read)
    assert isinstance(answer, LibraryAccount)
    if answer.account.pin_ok is False:
        raise LibraryError("library.wrong_pin")
    return answer


@dataclass(frozen=True)
class RenewalAnswer:
    """The library's answer to a renewal asked online.

    ``renewed``: True (``due`` is the new due date), False (refused: ``message`` is the
    library's reason, already :func:`untrusted_text`, may be empty), None (sent, but the answer
    was lost and the due date did not show a renewal: the resident is told to check).
    """

    renewed: bool | None
    title: str
    due: dt.datetime | None
    message: str


def renew_now(factory: Sip2Factory, patron: Patron, loan: Loan, now: dt.datetime) -> RenewalAnswer:
    """Ask the library to renew ``loan`` now (29, patron id only: no PIN).

    Raises ``Sip2NotSent`` when the library was not reached (nothing was sent: queue it with
    :func:`renew`). An answer lost after sending is checked against the item's due date
    (17) and never resent.
    """
    title = untrusted_text(loan.title, 200)
    client = factory()
    try:
        try:
            result = client.renew(patron.patron_id, loan.item_id, now)
        except Sip2Ambiguous:
            return _verify_renewal(client, loan, title)
    finally:
        client.close()
    if result.ok:
        return RenewalAnswer(True, title, result.due, untrusted_text(result.screen_message))
    return RenewalAnswer(False, title, None, untrusted_text(result.screen_message))


def _verify_renewal(client: Sip2Client, loan: Loan, title: str) -> RenewalAnswer:
    try:
        info = client.item_information(loan.item_id)
    except Sip2Error:
        return RenewalAnswer(None, title, None, "")
    due, before = info.due, loan.due
    if due is not None and before is not None:
        due = due if due.tzinfo else due.replace(tzinfo=dt.UTC)
        before = before if before.tzinfo else before.replace(tzinfo=dt.UTC)
        if due > before:
            return RenewalAnswer(True, title, due, "")
    return RenewalAnswer(None, title, None, "")


@dataclass(frozen=True)
class RefusedRenewal:
    """A queued renewal the library refused after the resident left (found in this kiosk's
    queue: shown on the account screen the next time, with the receipt's reference)."""

    reference: str
    title: str
    refused_at: dt.datetime
    message: str = ""
    """The library's reason (SIP2 AF, kept sealed with the queued item), already
    :func:`untrusted_text`; empty when it gave none."""


def refused_renewals(
    outbox: Outbox | None, patron: Patron, loans: Sequence[Loan]
) -> tuple[RefusedRenewal, ...]:
    """Renewals of ``patron``'s current loans queued on this kiosk that the library refused
    after they were sent, newest first (the queue keeps a refused item, with its payload and
    the library's sealed reason, for staff until its retention ends; both are read in memory
    only). Nothing without a queue (``outbox`` None)."""
    titles = {loan.item_id: loan.title for loan in loans if loan.item_id}
    if outbox is None or not titles:
        return ()
    found = []
    for item in outbox.items(states=(State.DEAD,), limit=MAX_QUEUE_SCAN):
        if item.kind != "sip2.renew" or item.last_error != "sip2.renew_refused":
            continue
        payload = outbox.payload(item.tx_id)
        if payload is None or payload.get("patron_id") != patron.patron_id:
            continue
        title = titles.get(str(payload.get("item_id")))
        if title is None:
            continue  # no longer on loan: nothing to tell
        when = dt.datetime.fromtimestamp(item.updated_at, dt.UTC)
        message = untrusted_text(outbox.answer(item.tx_id) or "")
        found.append(RefusedRenewal(item.reference, untrusted_text(title, 200), when, message))
    return tuple(sorted(found, key=lambda r: r.refused_at, reverse=True))


def _sip2(
    kind: str,
    title: str,
    payload: dict[str, object],
    lane: Ordered,
    summary: str,
    note: str | None,
    amount: Money | None = None,
) -> Submission:
    """A queued SIP2 operation; ``note`` (the item's title, the fee's description: the
    library's text) is printed on the receipt, cleaned and cut to 200 characters."""
    return Submission(
        service_id="library",
        title=title,
        kind=kind,
        payload=payload,
        backend="sip2",
        lane=lane,
        summary=summary,
        amount=amount,
        instructions=(untrusted_text(note, 200),) if note else (),
    )


def renew(loan: Loan, patron: Patron, title: str, now: dt.datetime) -> Submission:
    """A queued renewal: patron id and item only, never the PIN."""
    payload: dict[str, object] = {
        "patron_id": patron.patron_id,
        "item_id": loan.item_id,
        "transaction_date": now.isoformat(timespec="seconds"),
    }
    if loan.due is not None:
        payload["due_before"] = loan.due.isoformat()
    lane = ordered("library", patron.patron_id, loan.item_id)  # this patron's item only
    return _sip2("sip2.renew", title, payload, lane, "library renewal", loan.title)


def pay_fee(
    line: FeeLine | Fee, patron: Patron, currency: str, title: str, now: dt.datetime
) -> Submission:
    """A queued fee payment through the eCitizen account: patron id and fee id, never the PIN."""
    fee = line.fee if isinstance(line, FeeLine) else line
    money = line.money if isinstance(line, FeeLine) else shown_amount(fee.amount, currency)
    if isinstance(line, FeeLine) and not line.payable:
        raise LibraryError("library.fee_not_payable")
    if money is None or money.amount <= 0 or not fee.fee_id:
        raise LibraryError("library.fee_not_payable")
    payload: dict[str, object] = {
        "patron_id": patron.patron_id,
        "amount": f"{money.amount:.2f}",
        "currency": money.currency,
        "fee_id": fee.fee_id,
        "payment_type": PAYMENT_TYPE_ACCOUNT,
        "transaction_date": now.isoformat(timespec="seconds"),
    }
    lane = ordered("library.fee", patron.patron_id, fee.fee_id)  # this patron's fee only
    return _sip2("sip2.fee_paid", title, payload, lane, "library fee", fee.description, money)
