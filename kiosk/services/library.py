"""Library account: sign in with a library card, loans, holds and fees over SIP2.

Pure Python, no Qt. Reads (patron status 23/24, patron information 63/64, item information
17/18) go straight to the library system on a fresh :class:`Sip2Client` from
``core.sip2_factory`` (call them on a worker thread). Renewals and fee payments are queued SIP2
transactions (``sip2.renew`` with ``due_before`` so an unknown outcome can be verified,
``sip2.fee_paid`` with the fee id so it can be reconciled); the fee is charged to the
resident's eCitizen account, never to a card the kiosk sees.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from kiosk.receipts import Money
from kiosk.services.submit import Submission, ordered
from offline_queue.connectors.sip2 import Fee, Loan, PatronAccount, PatronStatus, Sip2Client

Sip2Factory = Callable[[], Sip2Client]

_UID = re.compile(r"[0-9A-Z][0-9A-Z-]{2,31}")  # a card UID (hex) or a patron id
_PIN = re.compile(r"[0-9]{4,8}")
PAYMENT_TYPE_ACCOUNT = "02"
"""SIP2 payment type sent for a fee paid through the eCitizen account (no card data)."""


class LibraryError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Patron:
    """Who signed in with a library card (session only). ``patron_id`` is the card's UID or
    barcode as the library system accepts it in ``AA``."""

    patron_id: str
    name: str
    pin: str | None


def _with_client(factory: Sip2Factory, fn: Callable[[Sip2Client], object]) -> object:
    client = factory()
    try:
        return fn(client)
    finally:
        client.close()


def card_status(factory: Sip2Factory, uid_hex: str) -> PatronStatus:
    """Patron status (23/24) for a card UID or patron id; LibraryError if unknown.

    Raises ``Sip2Error`` subclasses when the library system cannot be reached.
    """
    uid = uid_hex.strip().upper()
    if not _UID.fullmatch(uid):
        raise LibraryError("library.bad_card")
    status = _with_client(factory, lambda c: c.patron_status(uid))
    assert isinstance(status, PatronStatus)
    if not status.valid:
        raise LibraryError("library.unknown_card")
    return status


def check_pin(factory: Sip2Factory, patron_id: str, pin: str) -> Patron:
    """Verify the library PIN (23 with ``AD``); the PIN is kept for the session's calls."""
    if not _PIN.fullmatch(pin):
        raise LibraryError("library.bad_pin")
    status = _with_client(factory, lambda c: c.patron_status(patron_id, pin))
    assert isinstance(status, PatronStatus)
    if not status.valid:
        raise LibraryError("library.unknown_card")
    if status.pin_ok is False:
        raise LibraryError("library.wrong_pin")
    return Patron(patron_id, status.name, pin)


def account(factory: Sip2Factory, patron: Patron) -> PatronAccount:
    result = _with_client(factory, lambda c: c.patron_account(patron.patron_id, patron.pin))
    assert isinstance(result, PatronAccount)
    if result.pin_ok is False:
        raise LibraryError("library.wrong_pin")
    return result


def renew(loan: Loan, patron: Patron, title: str, now: dt.datetime) -> Submission:
    payload: dict[str, object] = {
        "patron_id": patron.patron_id,
        "item_id": loan.item_id,
        "transaction_date": now.isoformat(timespec="seconds"),
    }
    if patron.pin is not None:
        payload["patron_pin"] = patron.pin
    if loan.due is not None:
        payload["due_before"] = loan.due.isoformat()
    return Submission(
        service_id="library",
        title=title,
        kind="sip2.renew",
        payload=payload,
        backend="sip2",
        lane=ordered("library", patron.patron_id, loan.item_id),  # this patron's item only
        summary="library renewal",
        instructions=(loan.title,) if loan.title else (),
    )


def pay_fee(fee: Fee, patron: Patron, currency: str, title: str, now: dt.datetime) -> Submission:
    if fee.amount is None or fee.amount <= 0 or not fee.fee_id:
        raise LibraryError("library.fee_not_payable")
    amount = fee.amount.quantize(Decimal("0.01"))
    payload: dict[str, object] = {
        "patron_id": patron.patron_id,
        "amount": f"{amount:.2f}",
        "currency": currency,
        "fee_id": fee.fee_id,
        "payment_type": PAYMENT_TYPE_ACCOUNT,
        "transaction_date": now.isoformat(timespec="seconds"),
    }
    if patron.pin is not None:
        payload["patron_pin"] = patron.pin
    return Submission(
        service_id="library",
        title=title,
        kind="sip2.fee_paid",
        payload=payload,
        backend="sip2",
        lane=ordered("library.fee", patron.patron_id, fee.fee_id),  # this patron's fee only
        summary="library fee",
        amount=Money(amount, currency or "EUR"),
        instructions=(fee.description,) if fee.description else (),
    )
