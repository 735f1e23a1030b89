"""The SIP2 client and connector against an ACS whose wire code we did not write.

citysim's SIP2 server and our connector were written together. ``pysip2`` (MIT, an independent
typed SIP2 2.00 codec and AnyIO server, pinned in the dev dependencies) frames, checksums and
validates every message by its own reading of the 3M specification: it refuses a request whose
fixed fields are malformed, answers a 97 with its own last response, and builds the 98 BX
flags from the messages it was given handlers for. Here it serves a small library on loopback
and the kiosk's client does everything a resident does: sign in with a PIN, loans, holds, fees,
a renewal granted and one refused, a fee payment, the end of the patron session, and the queued
path through the connector.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import anyio
import pysip2
import pytest
from anyio.abc import SocketAttribute
from anyio.from_thread import start_blocking_portal

from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.sip2 import Sip2Client, Sip2Connector, Sip2LoginError

INSTITUTION = "CITYLIB"
LOGIN, PASSWORD = "kiosk-07", "s3cret9X"
PATRON, PIN = "P1001", "4321"
NAME = "Ana Pérez"


@dataclass
class Library:
    """What the ACS knows, and what it was asked (for assertions)."""

    loans: dict[str, tuple[str, str]] = field(
        default_factory=lambda: {
            "B1": ("Cien años de soledad", "20261218    235900"),
            "B2": ("The Long Walk", "20261210    235900"),
        }
    )
    held_by_others: set[str] = field(default_factory=lambda: {"B2"})
    fines: list[str] = field(default_factory=lambda: ["F1 1.50 Overdue: The Long Walk"])
    fees_due: Decimal = Decimal("1.50")
    payments: list[tuple[str, str, str | None]] = field(default_factory=list)
    renewals: list[str] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)
    pins_seen: list[str | None] = field(default_factory=list)


def build_acs(lib: Library) -> pysip2.SIP2Server:
    acs = pysip2.SIP2Server(
        institution_id=INSTITUTION,
        library_name="City Library",
        login_required=True,
        error_detection="auto",
    )

    def patron_ok(patron: str, pin: str | None) -> bool:
        lib.pins_seen.append(pin)
        return patron == PATRON and pin == PIN

    @acs.route(pysip2.LOGIN)
    def login(req: pysip2.LoginRequest, ctx: Any) -> pysip2.LoginResponse:
        ok = req.login_user_id == LOGIN and req.login_password == PASSWORD
        return pysip2.LoginResponse(ok="1" if ok else "0")

    @acs.route(pysip2.PATRON_STATUS)
    def status(req: pysip2.PatronStatusRequest, ctx: Any) -> pysip2.PatronStatusResponse:
        ok = patron_ok(req.patron_identifier, req.patron_password)
        return pysip2.PatronStatusResponse(
            patron_status=" " * 14,
            language="000",
            transaction_date=ctx.now_18(),
            institution_id=INSTITUTION,
            patron_identifier=req.patron_identifier,
            personal_name=NAME if ok else "",
            valid_patron="Y" if req.patron_identifier == PATRON else "N",
            valid_patron_password="Y" if ok else "N",
            currency_type="EUR",
            fee_amount=f"{lib.fees_due:.2f}",
        )

    @acs.route(pysip2.PATRON_INFORMATION)
    def information(
        req: pysip2.PatronInformationRequest, ctx: Any
    ) -> pysip2.PatronInformationResponse:
        ok = patron_ok(req.patron_identifier, req.patron_password)
        wants = req.summary
        return pysip2.PatronInformationResponse(
            patron_status=" " * 14,
            language="000",
            transaction_date=ctx.now_18(),
            hold_items_count="0001",
            overdue_items_count="0000",
            charged_items_count=f"{len(lib.loans):04d}",
            fine_items_count=f"{len(lib.fines):04d}",
            recall_items_count="0000",
            unavailable_holds_count="0000",
            institution_id=INSTITUTION,
            patron_identifier=req.patron_identifier,
            personal_name=NAME if ok else "",
            valid_patron="Y",
            valid_patron_password="Y" if ok else "N",
            currency_type="EUR",
            fee_amount=f"{lib.fees_due:.2f}",
            hold_items=("B9",) if ok and wants[0] == "Y" else (),
            charged_items=tuple(lib.loans) if ok and wants[2] == "Y" else (),
            fine_items=tuple(lib.fines) if ok and wants[3] == "Y" else (),
        )

    @acs.route(pysip2.ITEM_INFORMATION)
    def item(req: pysip2.ItemInformationRequest, ctx: Any) -> pysip2.ItemInformationResponse:
        title, due = lib.loans.get(req.item_identifier, ("Los de abajo", ""))
        return pysip2.ItemInformationResponse(
            circulation_status="04" if due else "03",
            security_marker="00",
            fee_type="01",
            transaction_date=ctx.now_18(),
            due_date=due or None,
            item_identifier=req.item_identifier,
            title_identifier=title,
        )

    @acs.route(pysip2.RENEW)
    def renew(req: pysip2.RenewRequest, ctx: Any) -> pysip2.RenewResponse:
        lib.pins_seen.append(req.patron_password)
        item_id = req.item_identifier or ""
        title, due = lib.loans.get(item_id, ("", ""))
        refused = item_id in lib.held_by_others or not title
        if not refused:
            due = "20270108    235900"
            lib.loans[item_id] = (title, due)
            lib.renewals.append(item_id)
        return pysip2.RenewResponse(
            ok="0" if refused else "1",
            renewal_ok="N" if refused else "Y",
            magnetic_media="U",
            desensitize="U",
            transaction_date=ctx.now_18(),
            institution_id=INSTITUTION,
            patron_identifier=req.patron_identifier,
            item_identifier=item_id,
            title_identifier=title,
            due_date=due,
            screen_message=("Item on hold for another patron",) if refused else (),
        )

    @acs.route(pysip2.FEE_PAID)
    def fee_paid(req: pysip2.FeePaidRequest, ctx: Any) -> pysip2.FeePaidResponse:
        lib.pins_seen.append(req.patron_password)
        lib.payments.append((req.fee_amount, req.currency_type, req.fee_identifier))
        lib.fees_due -= Decimal(req.fee_amount)
        return pysip2.FeePaidResponse(
            payment_accepted="Y",
            transaction_date=ctx.now_18(),
            institution_id=INSTITUTION,
            patron_identifier=req.patron_identifier,
            transaction_id=f"ILS-{len(lib.payments)}",
        )

    @acs.route(pysip2.END_PATRON_SESSION)
    def end(req: pysip2.EndPatronSessionRequest, ctx: Any) -> pysip2.EndSessionResponse:
        lib.pins_seen.append(req.patron_password)
        lib.ended.append(req.patron_identifier)
        return pysip2.EndSessionResponse(
            end_session="Y",
            transaction_date=ctx.now_18(),
            institution_id=INSTITUTION,
            patron_identifier=req.patron_identifier,
        )

    return acs


@asynccontextmanager
async def serving(acs: pysip2.SIP2Server) -> AsyncIterator[int]:
    """Serve on a free loopback port until the block ends.

    WORKAROUND for pysip2 0.1.0: ``SIP2Server.start`` cancels its serve task but never closes
    the listening socket (a ResourceWarning at exit); this closes it.
    """
    listener = await acs.listen("127.0.0.1", 0)
    async with listener, anyio.create_task_group() as tasks:
        tasks.start_soon(listener.serve, acs._handle_connection)
        try:
            yield listener.extra(SocketAttribute.local_port)  # noqa: S610 (anyio, not Django)
        finally:
            tasks.cancel_scope.cancel()


@pytest.fixture
def library() -> Library:
    return Library()


@pytest.fixture
def acs_port(library: Library) -> Iterator[int]:
    acs = build_acs(library)
    with start_blocking_portal() as portal, portal.wrap_async_context_manager(serving(acs)) as port:
        yield port


def client(port: int, *, password: str = PASSWORD) -> Sip2Client:
    return Sip2Client(
        "127.0.0.1",
        port,
        login_user=LOGIN,
        login_password=password,
        institution_id=INSTITUTION,
        location_code="BRANCH1",
        timeout_s=5.0,
    )


def test_login_and_status_read_the_independent_acs(acs_port: int) -> None:
    c = client(acs_port)
    try:
        status = c.connect()
        assert status.online
        assert c.supports("renew") and c.supports("fee_paid")
        assert not c.supports("checkout")  # no handler: pysip2's BX says N
        patron = c.patron_status(PATRON, PIN)
        assert patron.valid and patron.pin_ok
        assert patron.name == NAME  # cp850 é survives both codecs
        assert patron.fees_total == Decimal("1.50") and patron.currency == "EUR"
        wrong = c.patron_status(PATRON, "0000")
        assert wrong.pin_ok is False and wrong.name == ""
    finally:
        c.close()


def test_a_wrong_kiosk_password_is_a_login_error(acs_port: int) -> None:
    c = client(acs_port, password="nope")
    try:
        with pytest.raises(Sip2LoginError):
            c.connect()
    finally:
        c.close()


def test_account_lists_loans_holds_and_typed_fees(acs_port: int) -> None:
    c = client(acs_port)
    try:
        account = c.patron_account(PATRON, PIN)
    finally:
        c.close()
    assert {loan.item_id for loan in account.loans} == {"B1", "B2"}
    titles = {loan.item_id: loan.title for loan in account.loans}
    assert titles["B1"] == "Cien años de soledad"
    due = {loan.item_id: loan.due for loan in account.loans}
    assert due["B1"] is not None and (due["B1"].year, due["B1"].month) == (2026, 12)
    assert [h.item_id for h in account.holds] == ["B9"]
    (fee,) = account.fees
    assert fee.fee_id == "F1" and fee.amount == Decimal("1.50")
    assert account.fees_total == Decimal("1.50") and not account.problems


def test_renewal_granted_and_refused_with_the_ils_reason(acs_port: int, library: Library) -> None:
    connector = Sip2Connector(client(acs_port))
    now = dt.datetime.now(dt.UTC).isoformat()
    try:
        granted = connector.send(
            Delivery(
                uuid.uuid4(),
                "sip2.renew",
                "lane-a",
                {"patron_id": PATRON, "item_id": "B1", "transaction_date": now},
            )
        )
        refused = connector.send(
            Delivery(
                uuid.uuid4(),
                "sip2.renew",
                "lane-b",
                {"patron_id": PATRON, "item_id": "B2", "transaction_date": now},
            )
        )
    finally:
        connector.close()
    assert granted.outcome is Outcome.ACKED and granted.remote_ref == "B1"
    assert granted.detail["due"].startswith("2027-01-08")
    assert library.renewals == ["B1"]
    # a refusal is the library's answer, with its words for the resident: not a failure
    assert refused.outcome is Outcome.REJECTED
    assert refused.error_key == "sip2.renew_refused"
    assert refused.detail["screen_message"] == "Item on hold for another patron"


def test_queued_fee_payment_and_end_of_session(acs_port: int, library: Library) -> None:
    connector = Sip2Connector(client(acs_port))
    tx = uuid.uuid4()
    try:
        paid = connector.send(
            Delivery(
                tx,
                "sip2.fee_paid",
                "lane-c",
                {
                    "patron_id": PATRON,
                    "amount": "1.50",
                    "currency": "EUR",
                    "fee_id": "F1",
                    "transaction_date": dt.datetime.now(dt.UTC).isoformat(),
                },
            )
        )
        assert connector.client.end_patron_session(PATRON)
    finally:
        connector.close()
    assert paid.outcome is Outcome.ACKED and paid.remote_ref == "ILS-1"
    assert library.payments == [("1.50", "EUR", "F1")]
    assert library.fees_due == Decimal("0.00")
    assert library.ended == [PATRON]
    # the queued operations went with the kiosk's own login, never with the patron's PIN
    assert library.pins_seen and PIN not in library.pins_seen
