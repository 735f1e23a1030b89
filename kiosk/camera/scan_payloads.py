"""Validation of scanned codes against the formats the kiosk accepts (pure Python).

A scanned text is data, never an instruction: nothing here opens, follows or executes it. Text
that is not exactly one of the formats below is rejected with a :class:`PayloadRejected` whose
``key`` the UI translates ("This code is not one the kiosk can use").

Formats (fields separated by ``|``, upper-case, ASCII):

``ECB1|<account>|<bill id>|<amount cents>|<due date>|<check>`` — bill payment slip (QR)
    account 6-12 digits; bill id 4-20 of ``A-Z 0-9 -``; amount in cents 1-9 digits, > 0;
    due date ``YYYY-MM-DD``; check = 2 digits, ISO 7064 MOD 97-10 over
    account + bill id + amount + due date (see :func:`mod97_check`).
22 digits — plain bill barcode (Code 128, ITF, Code 39)
    account(8) bill number(6) amount cents(7) Luhn check digit(1).
14 digits — library card (Codabar, start/stop letters A-D stripped; Code 39 / Code 128)
    ``2`` (patron) + institution(4) + patron number(8) + Luhn check digit(1).
``ECA1|<booking id>|<date>|<time>|<check>`` — appointment ticket (QR)
    booking id 6-16 of ``A-Z 0-9``; ``YYYY-MM-DD``; ``HH:MM``; check as for slips over
    booking id + date + time.
``ECR1:<reference>:<verification code>`` — eCitizen receipt (QR, printed by
    :mod:`kiosk.records.receipts`): reference as ``kiosk.records.receipts`` accepts it, verification
    code ``XXXXX-XXXXX`` in RFC 4648 base 32 (its HMAC is checked by whoever holds the receipt key,
    not here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from kiosk.errors import KeyedError
from kiosk.records import receipts

MAX_TEXT = 512

QR_FORMATS = frozenset({"QRCode", "MicroQRCode", "DataMatrix"})
BILL_BARCODE_FORMATS = frozenset({"Code128", "ITF", "Code39"})
LIBRARY_FORMATS = frozenset({"Codabar", "Code39", "Code128"})

_URL_RE = re.compile(r"^\s*([a-z][a-z0-9+.-]*:|www\.|//)", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
_BILL_ID = re.compile(r"[A-Z0-9][A-Z0-9-]{3,19}")
_BOOKING_ID = re.compile(r"[A-Z0-9]{6,16}")
_VERIFICATION = re.compile(r"[A-Z2-7]{5}-[A-Z2-7]{5}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


class PayloadRejected(KeyedError, ValueError):
    """A scanned code the kiosk does not accept. ``key`` is a translation key."""


@dataclass(frozen=True, slots=True)
class ScannedCode:
    """What every accepted code is: one of the :data:`ScanPayload` classes below (the camera
    scanner's signal is declared with this type; receivers narrow :data:`ScanPayload`)."""

    kind: ClassVar[str]


@dataclass(frozen=True, slots=True)
class BillSlip(ScannedCode):
    kind: ClassVar[str] = "bill_slip"
    account: str
    bill_id: str
    amount_cents: int
    due_date: dt.date


@dataclass(frozen=True, slots=True)
class BillBarcode(ScannedCode):
    kind: ClassVar[str] = "bill_barcode"
    account: str
    bill_number: str
    amount_cents: int


@dataclass(frozen=True, slots=True)
class LibraryCard(ScannedCode):
    kind: ClassVar[str] = "library_card"
    number: str  # all 14 digits, as the library system knows the card
    institution: str
    patron_number: str


@dataclass(frozen=True, slots=True)
class AppointmentTicket(ScannedCode):
    kind: ClassVar[str] = "appointment"
    booking_id: str
    date: dt.date
    time: dt.time


@dataclass(frozen=True, slots=True)
class ReceiptCode(ScannedCode):
    kind: ClassVar[str] = "receipt"
    reference: str
    verification_code: str


ScanPayload = BillSlip | BillBarcode | LibraryCard | AppointmentTicket | ReceiptCode


# --- check digits ---------------------------------------------------------------------------


def luhn_digit(digits: str) -> str:
    """The Luhn (mod 10) check digit to append to ``digits``."""
    if not digits.isdigit():
        raise ValueError("digits only")
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return len(number) >= 2 and number.isdigit() and luhn_digit(number[:-1]) == number[-1]


def _mod97_number(text: str) -> int:
    digits = []
    for ch in text:
        if ch.isdigit():
            digits.append(ch)
        elif "A" <= ch <= "Z":
            digits.append(str(ord(ch) - ord("A") + 10))
        # separators (- : and date dashes) do not count
    return int("".join(digits) or "0")


def mod97_check(*fields: str) -> str:
    """ISO 7064 MOD 97-10 check (two digits) over the concatenated fields."""
    n = _mod97_number("".join(fields))
    return f"{98 - (n * 100) % 97:02d}"


# --- builders (for the demo city, printed slips and tests) ------------------------------------


def make_bill_slip(account: str, bill_id: str, amount_cents: int, due: dt.date) -> str:
    amount = str(amount_cents)
    check = mod97_check(account, bill_id, amount, due.isoformat())
    return f"ECB1|{account}|{bill_id}|{amount}|{due.isoformat()}|{check}"


def make_bill_barcode(account: str, bill_number: str, amount_cents: int) -> str:
    body = f"{account:0>8}{bill_number:0>6}{amount_cents:07d}"
    if len(body) != 21 or not body.isdigit():
        raise ValueError("account 8, bill number 6, amount 7 digits")
    return body + luhn_digit(body)


def make_library_card(institution: str, patron_number: str) -> str:
    body = f"2{institution:0>4}{patron_number:0>8}"
    if len(body) != 13 or not body.isdigit():
        raise ValueError("institution 4, patron number 8 digits")
    return body + luhn_digit(body)


def make_appointment(booking_id: str, date: dt.date, time: dt.time) -> str:
    hhmm = time.strftime("%H:%M")
    check = mod97_check(booking_id, date.isoformat(), hhmm)
    return f"ECA1|{booking_id}|{date.isoformat()}|{hhmm}|{check}"


def make_receipt(reference: str, verification_code: str) -> str:
    return receipts.qr_payload(reference, verification_code)


# --- parsing -------------------------------------------------------------------------------


def _fields(text: str, count: int) -> list[str]:
    parts = text.split("|")
    if len(parts) != count:
        raise PayloadRejected("scan.malformed", "wrong number of fields")
    return parts


def _date(value: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise PayloadRejected("scan.malformed", "date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise PayloadRejected("scan.malformed", "date") from exc


def _parse_bill_slip(text: str) -> BillSlip:
    _, account, bill_id, amount, due, check = _fields(text, 6)
    if not (6 <= len(account) <= 12 and account.isdigit()):
        raise PayloadRejected("scan.malformed", "account")
    if not _BILL_ID.fullmatch(bill_id):
        raise PayloadRejected("scan.malformed", "bill id")
    if not (_DIGITS.fullmatch(amount) and len(amount) <= 9 and int(amount) > 0):
        raise PayloadRejected("scan.malformed", "amount")
    if amount != str(int(amount)):
        raise PayloadRejected("scan.malformed", "amount")
    due_date = _date(due)
    if check != mod97_check(account, bill_id, amount, due):
        raise PayloadRejected("scan.bad_check")
    return BillSlip(account, bill_id, int(amount), due_date)


def _parse_appointment(text: str) -> AppointmentTicket:
    _, booking_id, date, time, check = _fields(text, 5)
    if not _BOOKING_ID.fullmatch(booking_id):
        raise PayloadRejected("scan.malformed", "booking id")
    day = _date(date)
    if not _TIME.fullmatch(time):
        raise PayloadRejected("scan.malformed", "time")
    if check != mod97_check(booking_id, date, time):
        raise PayloadRejected("scan.bad_check")
    return AppointmentTicket(booking_id, day, dt.time.fromisoformat(time))


def _parse_receipt(text: str) -> ReceiptCode:
    try:
        reference, code = receipts.parse_qr_payload(text)
    except ValueError as exc:
        raise PayloadRejected("scan.malformed", "receipt") from exc
    if not _VERIFICATION.fullmatch(code):
        raise PayloadRejected("scan.malformed", "verification code")
    return ReceiptCode(reference, code)


def _parse_digits(text: str, symbology: str | None) -> BillBarcode | LibraryCard:
    if len(text) == 22:
        if symbology is not None and symbology not in BILL_BARCODE_FORMATS:
            raise PayloadRejected("scan.unknown_format", "symbology")
        if not luhn_valid(text):
            raise PayloadRejected("scan.bad_check")
        amount = int(text[14:21])
        if amount <= 0:
            raise PayloadRejected("scan.malformed", "amount")
        return BillBarcode(text[:8], text[8:14], amount)
    if len(text) == 14:
        if symbology is not None and symbology not in LIBRARY_FORMATS:
            raise PayloadRejected("scan.unknown_format", "symbology")
        if text[0] != "2":
            raise PayloadRejected("scan.unknown_format", "not a patron card")
        if not luhn_valid(text):
            raise PayloadRejected("scan.bad_check")
        return LibraryCard(text, text[1:5], text[5:13])
    raise PayloadRejected("scan.unknown_format", "digit count")


_QR_PARSERS: dict[str, Callable[[str], ScanPayload]] = {
    "ECB1": _parse_bill_slip,
    "ECA1": _parse_appointment,
}


def parse_scan(text: str, symbology: str | None = None) -> ScanPayload:
    """Validate a decoded text (and, if given, the zxing format name it came from).

    Raises :class:`PayloadRejected` for everything that is not exactly one of our formats.
    """
    if not text:
        raise PayloadRejected("scan.empty")
    if len(text) > MAX_TEXT:
        raise PayloadRejected("scan.too_long")
    if not text.isascii() or not text.isprintable():
        raise PayloadRejected("scan.not_printable")
    if text.startswith(receipts.QR_PREFIX + ":"):
        if symbology is not None and symbology not in QR_FORMATS:
            raise PayloadRejected("scan.unknown_format", "symbology")
        return _parse_receipt(text)
    if _URL_RE.match(text):
        raise PayloadRejected("scan.link_not_accepted")
    if symbology == "Codabar" and len(text) >= 2 and text[0] in "ABCD" and text[-1] in "ABCD":
        text = text[1:-1]
    if text.isdigit():
        return _parse_digits(text, symbology)
    prefix = text.split("|", 1)[0]
    parser = _QR_PARSERS.get(prefix)
    if parser is None:
        raise PayloadRejected("scan.unknown_format")
    if symbology is not None and symbology not in QR_FORMATS:
        raise PayloadRejected("scan.unknown_format", "symbology")
    return parser(text)
