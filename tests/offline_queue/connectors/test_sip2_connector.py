"""SIP2 client and connector against the demo ACS, in every SIP2 server profile, with its faults.

Every behaviour test runs against each profile of ``citysim.profiles.names("sip2")`` (the
friendly default and the deployed-ILS variance: fee formats, daily loans, AY0 resends, UTF-8,
CR LF, trickle, no fee payment, no login, TLS, refused renewals, title lists); targeted tests
below pin each deviation.
"""

from __future__ import annotations

import datetime as dt
import ssl
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest

from citysim import CitySim, Fault, FaultMode, profiles
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.sip2 import (
    Sip2Ambiguous,
    Sip2Client,
    Sip2Connector,
    Sip2NotSent,
)

WHEN = "2026-11-26T15:40:56Z"
# accept-then-close answers nothing at all: it has its own tests
PROFILES = [p for p in profiles.names("sip2") if p != "sip2-accept-then-close"]


def make_client(city: CitySim, timeout_s: float = 2.0, **kwargs: object) -> Sip2Client:
    host, port = city.sip2_address
    login = city.sip2.app.login
    tls = None
    if city.sip2.tls_ca_file is not None:
        tls = ssl.create_default_context(cafile=str(city.sip2.tls_ca_file))
    options: dict[str, object] = {
        "login_user": login[0] if login else "",
        "login_password": login[1] if login else "",
        "location_code": "KIOSK1",
        "timeout_s": timeout_s,
        "encoding": "auto",
        "tls": tls,
    }
    options.update(kwargs)
    return Sip2Client(host, port, **options)  # type: ignore[arg-type]


@pytest.fixture(params=PROFILES)
def pcity(request: pytest.FixtureRequest) -> Iterator[CitySim]:
    sim = CitySim(profile=request.param)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def client(pcity: CitySim) -> Iterator[Sip2Client]:
    c = make_client(pcity)
    yield c
    c.close()


@pytest.fixture
def conn(pcity: CitySim) -> Iterator[Sip2Connector]:
    c = Sip2Connector(make_client(pcity, timeout_s=0.7))
    yield c
    c.close()


def delivery(
    kind: str, attempt: int = 1, tx: uuid.UUID | None = None, **payload: object
) -> Delivery:
    return Delivery(
        tx or uuid.uuid4(),
        kind,
        f"sip2:item:{payload.get('item_id', 'fee')}",
        dict(payload),
        attempt,
    )


def checkout(item: str = "39000000000011", patron: str = "LIB-0002") -> Delivery:
    return delivery(
        "sip2.checkout", patron_id=patron, patron_pin="2345", item_id=item, transaction_date=WHEN
    )


def opt(city: CitySim, name: str) -> object:
    return city.profile.for_service("sip2").get(name)


# --- every profile ---------------------------------------------------------------------------


def test_connect_reads_acs_policy(client: Sip2Client, pcity: CitySim) -> None:
    status = client.connect()
    assert status.online and not status.offline_ok and status.timeout_s == 5.0
    assert status.institution_id == "RIVERTONLIB" and "checkout" in status.supported
    assert client.supports("37") is (opt(pcity, "supported") is None)
    assert client.supports("renew") and client.supports("end_patron_session")


def test_library_account(client: Sip2Client, pcity: CitySim) -> None:
    account = client.patron_account("LIB-0001", "1234")
    assert account.name == "Amina Njoroge" and account.valid and account.pin_ok
    assert account.problems == ()
    titles = {loan.title for loan in account.loans}
    assert titles == {"Cien años de soledad", "The Art of Electronics"} or len(titles) == 2
    overdue = [loan for loan in account.loans if loan.overdue]
    assert [loan.title for loan in overdue] == ["Cien años de soledad"]
    assert [h.title for h in account.holds] == ["Les Misérables"]
    [fee] = account.fees
    assert fee.amount == Decimal("1.50") and fee.error_key == "" and "Cien años" in fee.description
    assert fee.fee_id == ("" if opt(pcity, "fee_format") in ("koha", "eg_legacy") else "FEE-0001")
    assert account.fees_total == Decimal("1.50") and account.currency == "EUR"
    if opt(pcity, "list_titles"):
        assert all(loan.item_id == "" and not loan.renewable for loan in account.loans)
    else:
        assert {loan.item_id for loan in account.loans} == {"39000000000012", "39000000000013"}
        assert all(loan.due is not None for loan in account.loans)
    status = client.patron_status("LIB-0001", "9999")
    assert status.valid and status.pin_ok is False
    assert client.end_patron_session("LIB-0001")


def test_checkout_acked_once(pcity: CitySim, conn: Sip2Connector) -> None:
    result = conn.send(checkout())
    assert result.outcome is Outcome.ACKED and result.remote_ref == "39000000000011"
    assert result.detail["renewal"] is False
    refused = conn.send(checkout(patron="LIB-0003"))
    assert refused.outcome is Outcome.REJECTED and refused.error_key == "sip2.checkout_refused"
    assert refused.detail == {"screen_message": "Invalid PIN"}  # the ILS's AF, for the resident


def test_drop_after_commit_is_unknown_and_reconciles_without_a_resend(
    pcity: CitySim, conn: Sip2Connector
) -> None:
    d = checkout()
    pcity.arm_fault("sip2", "11", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    assert rec.outcome is Outcome.ACKED and rec.detail == {"reconciled": True}
    counts = pcity.ledger.counts("sip2")
    assert list(counts.values()) == [1]  # one checkout, no renewal-by-resend


def test_drop_before_reconciles_to_retry_then_resend_lands(
    pcity: CitySim, conn: Sip2Connector
) -> None:
    d = checkout()
    pcity.arm_fault("sip2", "11", Fault(FaultMode.DROP_BEFORE))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    assert conn.reconcile(d).outcome is Outcome.RETRY
    assert conn.send(d).outcome is Outcome.ACKED
    assert not pcity.ledger.duplicates("sip2")["sip2"]


def test_slow_after_commit_times_out_as_unknown(pcity: CitySim, conn: Sip2Connector) -> None:
    d = checkout()
    pcity.arm_fault("sip2", "11", Fault(FaultMode.SLOW_AFTER_COMMIT, delay=1.5))
    result = conn.send(d)
    assert result.outcome is Outcome.UNKNOWN and result.error_key == "sip2.timeout_after_send"
    assert conn.reconcile(d).outcome is Outcome.ACKED


def test_corrupt_checksum_is_recovered_with_97(pcity: CitySim, conn: Sip2Connector) -> None:
    pcity.arm_fault("sip2", "11", Fault(FaultMode.CORRUPT_CHECKSUM))
    assert conn.send(checkout()).outcome is Outcome.ACKED
    assert pcity.faults.fired() == {"sip2:11:corrupt_checksum": 1}


def test_garbage_is_recovered_with_97(pcity: CitySim, conn: Sip2Connector) -> None:
    pcity.arm_fault("sip2", "11", Fault(FaultMode.GARBAGE_AFTER_COMMIT))
    # garbage, then the ACS answers our 97 with its last (real) response: recovered
    assert conn.send(checkout()).outcome is Outcome.ACKED


def test_network_down_is_retry_not_reached(pcity: CitySim, conn: Sip2Connector) -> None:
    pcity.set_network("sip2", up=False)
    result = conn.send(checkout())
    assert result.outcome is Outcome.RETRY and result.reached is False
    assert not conn.probe()
    pcity.set_network("sip2", up=True)
    assert conn.probe()
    assert conn.send(checkout()).outcome is Outcome.ACKED


def test_connection_cut_while_idle_reconnects_before_sending(
    pcity: CitySim, conn: Sip2Connector
) -> None:
    assert conn.probe()
    pcity.set_network("sip2", up=False)
    pcity.set_network("sip2", up=True)
    # the dead idle socket is noticed before the checkout is written: no ambiguity
    assert conn.send(checkout()).outcome is Outcome.ACKED


def test_checkin_and_its_reconciliation(pcity: CitySim, conn: Sip2Connector) -> None:
    ci = delivery("sip2.checkin", item_id="39000000000015", transaction_date=WHEN)
    pcity.arm_fault("sip2", "09", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(ci).outcome is Outcome.UNKNOWN
    assert conn.reconcile(ci).outcome is Outcome.ACKED


def test_renewal_and_its_reconciliation(pcity: CitySim, conn: Sip2Connector) -> None:
    due_before = pcity.library.items["39000000000019"].due
    assert due_before is not None
    rn = delivery(
        "sip2.renew",
        patron_id="LIB-0003",
        patron_pin="3456",
        item_id="39000000000019",
        transaction_date=WHEN,
        due_before=due_before.isoformat(),
    )
    refusal = opt(pcity, "refuse_renewals")
    if refusal:
        result = conn.send(rn)
        assert result.outcome is Outcome.REJECTED and result.error_key == "sip2.renew_refused"
        assert result.detail == {"screen_message": refusal}
        assert conn.reconcile(rn).outcome is Outcome.RETRY  # due unchanged: not renewed
        return
    pcity.arm_fault("sip2", "29", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(rn).outcome is Outcome.UNKNOWN
    expected = Outcome.ACKED
    if opt(pcity, "loan_policy") == "daily":
        expected = Outcome.REVIEW  # the renewal moved the due date back to today 23:59
    assert conn.reconcile(rn).outcome is expected
    no_due = delivery(
        "sip2.renew", patron_id="LIB-0003", item_id="39000000000019", transaction_date=WHEN
    )
    result = conn.reconcile(no_due)
    assert result.outcome is Outcome.REVIEW and result.error_key == "sip2.renew_unverifiable"


def test_fee_paid_and_its_reconciliation(pcity: CitySim, conn: Sip2Connector) -> None:
    fee = delivery(
        "sip2.fee_paid",
        patron_id="LIB-0002",
        amount="0.80",
        currency="EUR",
        fee_id="FEE-0002",
        transaction_date=WHEN,
    )
    if opt(pcity, "supported") is not None:  # the ILS's BX has no 37
        result = conn.send(fee)
        assert result.outcome is Outcome.REJECTED
        assert result.error_key == "sip2.fee_paid_unsupported"
        assert pcity.ledger.counts("sip2") == {}
        return
    ids_in_lines = opt(pcity, "fee_format") not in ("koha", "eg_legacy")
    before = conn.reconcile(fee).outcome
    assert before is (Outcome.RETRY if ids_in_lines else Outcome.REVIEW)  # still owed
    result = conn.send(fee)
    assert result.outcome is Outcome.ACKED and result.remote_ref == str(fee.tx_id)
    after = conn.reconcile(fee)
    # the other fee of the patron has no id either: absence proves nothing
    assert after.outcome is (Outcome.ACKED if ids_in_lines else Outcome.REVIEW)


def test_bad_payloads_are_rejected(conn: Sip2Connector) -> None:
    assert conn.send(delivery("sip2.checkout", item_id="1")).error_key == "sip2.bad_payload"
    assert conn.send(delivery("sip2.teleport", transaction_date=WHEN)).outcome is Outcome.REJECTED


def test_client_errors_are_typed(pcity: CitySim) -> None:
    c = make_client(pcity, timeout_s=0.3)
    try:
        pcity.set_network("sip2", up=False)
        with pytest.raises(Sip2NotSent):
            c.connect()
        pcity.set_network("sip2", up=True)
        pcity.arm_fault("sip2", "17", Fault(FaultMode.SLOW_AFTER_COMMIT, delay=1.0))
        with pytest.raises(Sip2Ambiguous):
            c.item_information("39000000000011")
        assert c.item_information("39000000000011").title == "Don Quijote de la Mancha"
    finally:
        c.close()


def test_library_card_uid_signs_in_as_its_patron(client: Sip2Client, pcity: CitySim) -> None:
    # the card emulator's contactless "library-card" persona
    account = client.patron_account("04A22B1A5C3E80", "4567")
    assert account.name == "Leo Martin" and account.valid and account.loans == ()
    now = dt.datetime.now(dt.UTC)
    assert client.checkout("04A22B1A5C3E80", "39000000000018", now, "4567").ok
    loans = client.patron_account("LIB-0100").loans
    assert [loan.title for loan in loans] == [pcity.library.items["39000000000018"].title]


def test_ledger_markers_identify_sip2_effects(pcity: CitySim, conn: Sip2Connector) -> None:
    from citysim.ledger import sip2_checkin_marker, sip2_checkout_marker

    [item] = pcity.library.add_items(1)
    when = dt.datetime(2026, 11, 26, 15, 40, 56, tzinfo=dt.UTC)
    d = delivery("sip2.checkout", patron_id="04A22B1A5C3E80", item_id=item, transaction_date=WHEN)
    assert conn.send(d).outcome is Outcome.ACKED
    ci = delivery("sip2.checkin", item_id=item, transaction_date=WHEN)
    assert conn.send(ci).outcome is Outcome.ACKED
    assert pcity.ledger.counts("sip2") == {
        sip2_checkout_marker("LIB-0100", item, when): 1,
        sip2_checkin_marker(item, when): 1,
    }


def test_one_login_for_many_requests(pcity: CitySim, client: Sip2Client) -> None:
    """CR LF or not, an idle connection is reused: no re-login before every request."""
    for _ in range(4):
        client.item_information("39000000000011")
    assert pcity.sip2.app.logins == (1 if pcity.sip2.app.login else 0)


def test_patron_ids_keep_their_case(client: Sip2Client) -> None:
    assert client.patron_status("LIB-0001").valid
    status = client.patron_status("Lib-0001")  # ILS ids are case-sensitive: another patron
    assert status.patron_id == "Lib-0001" and not status.valid
