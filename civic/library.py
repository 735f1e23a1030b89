"""A library patron's account: loans, holds and fees (from the library's SIP2 system)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Loan:
    """One loan. ``item_id`` is ``""`` when the ILS lists loans by title (Evergreen
    ``msg64_summary_datatype = title``): shown, but not renewable from the kiosk."""

    item_id: str
    title: str
    due: dt.datetime | None
    overdue: bool

    @property
    def renewable(self) -> bool:
        return bool(self.item_id)


@dataclass(frozen=True)
class Hold:
    item_id: str
    title: str
    available: bool


@dataclass(frozen=True)
class Fee:
    """One fee line, typed (the SIP2 connector parses the ILS's line into it).

    ``amount`` is ``None`` when the line has no trustworthy amount: then ``raw`` is the line as
    the ILS sent it (show it as text) and ``error_key`` says why when the amount was malformed.
    ``fee_id`` is ``""`` when the ILS's format has none (Koha's default, Evergreen eg_legacy):
    such a fee can be shown but not paid on its own.
    """

    fee_id: str
    amount: Decimal | None
    description: str
    raw: str = ""
    fee_type: str = ""
    symbol: str = (
        ""  # a currency symbol printed in the line ("$"); the account's BH is the currency
    )
    error_key: str = ""


@dataclass(frozen=True)
class PatronAccount:
    patron_id: str
    name: str
    valid: bool
    pin_ok: bool | None
    currency: str
    fees_total: Decimal | None
    status_flags: str
    loans: tuple[Loan, ...]
    holds: tuple[Hold, ...]
    fees: tuple[Fee, ...]
    # diagnostic keys for values the ILS sent malformed (sip2.amount_invalid, ...)
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class PatronStatus:
    patron_id: str
    name: str
    valid: bool
    pin_ok: bool | None
    currency: str
    fees_total: Decimal | None
    status_flags: str
    problems: tuple[str, ...] = ()
