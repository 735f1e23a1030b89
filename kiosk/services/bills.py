"""Pay a utility bill: find it (scanned code or account number), check it, build the payment.

Pure Python, no Qt. Bill data (amount, due date, status) always comes from the gateway at the
time of use: a bill balance is never shown from a cache, so this service is online only and
says so when the gateway cannot be reached (:class:`GatewayUnavailable`).

Payment is a queued gateway transaction (``bill.payment``) whose Idempotency-Key is its tx id:
the gateway charges the payment method on the resident's eCitizen account; the kiosk never sees
a card number. A payment slip (``bill.slip``) is registered the same way and printed with the
receipt's code for the counter.
"""

from __future__ import annotations

import re
from typing import Any

from civic.bills import Bill
from kiosk.camera.scan_payloads import BillBarcode, BillSlip, PayloadRejected, ScanPayload
from kiosk.services.submit import Submission, ordered
from offline_queue.connectors.gateway import GatewayClient, GatewayNotFound

ACCOUNT_PREFIX = "ACC-"
"""How the city prints account numbers ("ACC-1001"); the numeric keypad enters the digits."""

_ACCOUNT_TEXT = re.compile(r"(?:ACC-?)?([0-9]{1,12})")
PAYABLE = frozenset({"open", "overdue"})


class BillError(Exception):
    """A resident-facing refusal; ``key`` is a translation key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def normalise_account(text: str) -> str:
    """The account number as the back end knows it, from what the resident typed.

    Raises :class:`BillError` ``bills.bad_account`` for anything but 1-12 digits (with or
    without the printed ``ACC-`` prefix).
    """
    match = _ACCOUNT_TEXT.fullmatch(text.strip().upper().replace(" ", ""))
    if match is None:
        raise BillError("bills.bad_account")
    return f"{ACCOUNT_PREFIX}{int(match.group(1)):04d}"


def _account_digits(account: str) -> int | None:
    digits = re.sub(r"\D", "", account)
    return int(digits) if digits else None


def find_by_account(gateway: GatewayClient, text: str) -> tuple[Bill, ...]:
    """Bills of an account, payable first then by due date (raises GatewayError offline)."""
    bills = gateway.find_bills(account_number=normalise_account(text))
    return tuple(sorted(bills, key=lambda b: (b.status not in PAYABLE, b.due_date)))


def find_by_scan(gateway: GatewayClient, payload: ScanPayload) -> Bill:
    """The bill a validated scan points at, checked against the back end.

    A bill slip QR names the bill; the back end must agree on the account. A 22-digit bill
    barcode names account, bill number (end of the bill code) and amount.
    """
    if isinstance(payload, BillSlip):
        try:
            bill = gateway.bill(payload.bill_id)
        except GatewayNotFound:
            raise BillError("bills.not_found") from None
        if _account_digits(bill.account_number) != int(payload.account):
            raise BillError("bills.scan_mismatch")
        return bill
    if isinstance(payload, BillBarcode):
        account = f"{ACCOUNT_PREFIX}{int(payload.account):04d}"
        for bill in gateway.find_bills(account_number=account):
            if bill.bill_code.endswith(payload.bill_number):
                return bill
        raise BillError("bills.not_found")
    raise PayloadRejected("scan.not_a_bill")


def check_payable(bill: Bill) -> None:
    if bill.status not in PAYABLE:
        raise BillError("bills.already_paid" if bill.status == "paid" else "bills.not_payable")
    if bill.amount.amount_minor <= 0:
        raise BillError("bills.not_payable")


def payment(bill: Bill, resident_id: str, title: str) -> Submission:
    """Pay with the payment method on the resident's eCitizen account (the gateway charges)."""
    check_payable(bill)
    if not resident_id:
        raise BillError("bills.sign_in_required")
    return Submission(
        service_id="bills",
        title=title,
        kind="bill.payment",
        payload={
            "resident_id": resident_id,
            "params": {"bill_id": bill.bill_id},
            "body": {
                "amount_minor": bill.amount.amount_minor,
                "currency": bill.amount.currency,
                "method": "account",
            },
        },
        lane=ordered("bills", resident_id),  # one account's payments in order
        summary="bill payment",
        amount=bill.amount,
        instructions=(bill.bill_id,),
    )


def slip(
    bill: Bill, resident_id: str, language: str, title: str, instructions: tuple[str, ...] = ()
) -> Submission:
    """Register a payment slip to pay at the counter (the receipt's code is the slip code)."""
    check_payable(bill)
    payload: dict[str, Any] = {
        "params": {"bill_id": bill.bill_id},
        "body": {"language": language},
    }
    if resident_id:
        payload["resident_id"] = resident_id
    return Submission(
        service_id="bills",
        title=title,
        kind="bill.slip",
        payload=payload,
        summary="bill slip",
        amount=bill.amount,
        instructions=(bill.bill_id, *instructions),
    )
