"""SIP2 client and connector against the demo ACS, including its fault modes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest

from citysim import CitySim, Fault, FaultMode
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.sip2 import Sip2Ambiguous, Sip2Client, Sip2Connector, Sip2NotSent

WHEN = "2026-11-26T15:40:56Z"


def make_client(city: CitySim, timeout_s: float = 2.0) -> Sip2Client:
    host, port = city.sip2_address
    return Sip2Client(
        host,
        port,
        login_user="kiosk1",
        login_password="kioskpw",
        location_code="KIOSK1",
        timeout_s=timeout_s,
    )


@pytest.fixture
def client(city: CitySim) -> Iterator[Sip2Client]:
    c = make_client(city)
    yield c
    c.close()


@pytest.fixture
def conn(city: CitySim) -> Iterator[Sip2Connector]:
    c = Sip2Connector(make_client(city, timeout_s=0.5))
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


def test_connect_reads_acs_policy(client: Sip2Client) -> None:
    status = client.connect()
    assert status.online and not status.offline_ok and status.timeout_s == 5.0
    assert status.institution_id == "RIVERTONLIB" and "checkout" in status.supported


def test_library_account(client: Sip2Client) -> None:
    account = client.patron_account("LIB-0001", "1234")
    assert account.name == "Amina Njoroge" and account.valid and account.pin_ok
    assert {loan.item_id for loan in account.loans} == {"39000000000012", "39000000000013"}
    overdue = [loan for loan in account.loans if loan.overdue]
    assert [loan.title for loan in overdue] == ["Cien años de soledad"]
    assert all(loan.due is not None for loan in account.loans)
    assert [h.title for h in account.holds] == ["Les Misérables"]
    assert account.fees[0].fee_id == "FEE-0001" and account.fees[0].amount == Decimal("1.50")
    assert account.fees_total == Decimal("1.50") and account.currency == "EUR"
    status = client.patron_status("LIB-0001", "9999")
    assert status.valid and status.pin_ok is False


def test_circulation_calls(client: Sip2Client) -> None:
    now = dt.datetime.now(dt.UTC)
    r = client.renew("LIB-0001", "39000000000012", now, "1234")
    assert r.ok and r.renewal and r.due is not None
    paid = client.fee_paid(
        "LIB-0001", Decimal("1.50"), "EUR", now, pin="1234", fee_id="FEE-0001", transaction_id="T1"
    )
    assert paid.accepted and paid.transaction_id == "T1"
    assert client.patron_account("LIB-0001", "1234").fees == ()
    back = client.checkin("39000000000012", now)
    assert back.ok and back.patron_id == "LIB-0001"
    assert not client.item_information("39000000000012").charged
    assert client.end_session("LIB-0001")


def test_checkout_acked_once(city: CitySim, conn: Sip2Connector) -> None:
    result = conn.send(checkout())
    assert result.outcome is Outcome.ACKED and result.remote_ref == "39000000000011"
    assert result.detail["renewal"] is False
    refused = conn.send(checkout(patron="LIB-0003"))
    assert refused.outcome is Outcome.REJECTED and refused.error_key == "sip2.checkout_refused"


def test_drop_after_commit_is_unknown_and_reconciles_without_a_resend(
    city: CitySim, conn: Sip2Connector
) -> None:
    d = checkout()
    city.arm_fault("sip2", "11", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    rec = conn.reconcile(d)
    assert rec.outcome is Outcome.ACKED and rec.detail == {"reconciled": True}
    counts = city.ledger.counts("sip2")
    assert list(counts.values()) == [1]  # one checkout, no renewal-by-resend


def test_drop_before_reconciles_to_retry_then_resend_lands(
    city: CitySim, conn: Sip2Connector
) -> None:
    d = checkout()
    city.arm_fault("sip2", "11", Fault(FaultMode.DROP_BEFORE))
    assert conn.send(d).outcome is Outcome.UNKNOWN
    assert conn.reconcile(d).outcome is Outcome.RETRY
    assert conn.send(d).outcome is Outcome.ACKED
    assert not city.ledger.duplicates("sip2")["sip2"]


def test_slow_after_commit_times_out_as_unknown(city: CitySim, conn: Sip2Connector) -> None:
    d = checkout()
    city.arm_fault("sip2", "11", Fault(FaultMode.SLOW_AFTER_COMMIT, delay=1.5))
    result = conn.send(d)
    assert result.outcome is Outcome.UNKNOWN and result.error_key == "sip2.timeout_after_send"
    assert conn.reconcile(d).outcome is Outcome.ACKED


def test_corrupt_checksum_is_recovered_with_97(city: CitySim, conn: Sip2Connector) -> None:
    city.arm_fault("sip2", "11", Fault(FaultMode.CORRUPT_CHECKSUM))
    assert conn.send(checkout()).outcome is Outcome.ACKED
    assert city.faults.fired() == {"sip2:11:corrupt_checksum": 1}


def test_garbage_is_recovered_with_97(city: CitySim, conn: Sip2Connector) -> None:
    city.arm_fault("sip2", "11", Fault(FaultMode.GARBAGE_AFTER_COMMIT))
    d = checkout()
    # garbage, then the ACS answers our 97 with its last (real) response: recovered
    assert conn.send(d).outcome is Outcome.ACKED


def test_network_down_is_retry_not_reached(city: CitySim, conn: Sip2Connector) -> None:
    city.set_network("sip2", up=False)
    result = conn.send(checkout())
    assert result.outcome is Outcome.RETRY and result.reached is False
    assert not conn.probe()
    city.set_network("sip2", up=True)
    assert conn.probe()
    assert conn.send(checkout()).outcome is Outcome.ACKED


def test_connection_cut_while_idle_reconnects_before_sending(
    city: CitySim, conn: Sip2Connector
) -> None:
    assert conn.probe()
    city.set_network("sip2", up=False)
    city.set_network("sip2", up=True)
    # the dead idle socket is noticed before the checkout is written: no ambiguity
    assert conn.send(checkout()).outcome is Outcome.ACKED


def test_checkin_renew_fee_paid_and_their_reconciliation(
    city: CitySim, conn: Sip2Connector
) -> None:
    ci = delivery("sip2.checkin", item_id="39000000000015", transaction_date=WHEN)
    city.arm_fault("sip2", "09", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(ci).outcome is Outcome.UNKNOWN
    assert conn.reconcile(ci).outcome is Outcome.ACKED

    due_before = city.library.items["39000000000019"].due
    assert due_before is not None
    rn = delivery(
        "sip2.renew",
        patron_id="LIB-0003",
        patron_pin="3456",
        item_id="39000000000019",
        transaction_date=WHEN,
        due_before=due_before.isoformat(),
    )
    city.arm_fault("sip2", "29", Fault(FaultMode.DROP_AFTER_COMMIT))
    assert conn.send(rn).outcome is Outcome.UNKNOWN
    assert conn.reconcile(rn).outcome is Outcome.ACKED
    no_due = delivery(
        "sip2.renew", patron_id="LIB-0003", item_id="39000000000019", transaction_date=WHEN
    )
    assert conn.reconcile(no_due).outcome is Outcome.UNKNOWN

    fee = delivery(
        "sip2.fee_paid",
        patron_id="LIB-0002",
        amount="0.80",
        currency="EUR",
        fee_id="FEE-0002",
        transaction_date=WHEN,
    )
    assert conn.reconcile(fee).outcome is Outcome.RETRY  # still owed: not paid yet
    result = conn.send(fee)
    assert result.outcome is Outcome.ACKED and result.remote_ref == str(fee.tx_id)
    assert conn.reconcile(fee).outcome is Outcome.ACKED


def test_bad_payloads_are_rejected(conn: Sip2Connector) -> None:
    assert conn.send(delivery("sip2.checkout", item_id="1")).error_key == "sip2.bad_payload"
    assert conn.send(delivery("sip2.teleport", transaction_date=WHEN)).outcome is Outcome.REJECTED


def test_client_errors_are_typed(city: CitySim) -> None:
    c = make_client(city, timeout_s=0.3)
    try:
        city.set_network("sip2", up=False)
        with pytest.raises(Sip2NotSent):
            c.connect()
        city.set_network("sip2", up=True)
        city.arm_fault("sip2", "17", Fault(FaultMode.SLOW_AFTER_COMMIT, delay=1.0))
        with pytest.raises(Sip2Ambiguous):
            c.item_information("39000000000011")
        assert c.item_information("39000000000011").title == "Don Quijote de la Mancha"
    finally:
        c.close()


def test_library_card_uid_signs_in_as_its_patron(client: Sip2Client) -> None:
    # the card emulator's contactless "library-card" persona
    account = client.patron_account("04A22B1A5C3E80", "4567")
    assert account.name == "Leo Martin" and account.valid and account.loans == ()
    now = dt.datetime.now(dt.UTC)
    assert client.checkout("04A22B1A5C3E80", "39000000000018", now, "4567").ok
    assert [loan.item_id for loan in client.patron_account("LIB-0100").loans] == ["39000000000018"]


def test_ledger_markers_identify_sip2_effects(city: CitySim, conn: Sip2Connector) -> None:
    from citysim.ledger import sip2_checkin_marker, sip2_checkout_marker

    [item] = city.library.add_items(1)
    when = dt.datetime(2026, 11, 26, 15, 40, 56, tzinfo=dt.UTC)
    d = delivery("sip2.checkout", patron_id="04A22B1A5C3E80", item_id=item, transaction_date=WHEN)
    assert conn.send(d).outcome is Outcome.ACKED
    ci = delivery("sip2.checkin", item_id=item, transaction_date=WHEN)
    assert conn.send(ci).outcome is Outcome.ACKED
    assert city.ledger.counts("sip2") == {
        sip2_checkout_marker("LIB-0100", item, when): 1,
        sip2_checkin_marker(item, when): 1,
    }


def test_a_response_without_its_checksum_is_treated_as_garbled() -> None:
    """A frame cut before its AY/AZ trailer must not pass as valid from a checksumming ACS."""
    import socket
    import threading

    from offline_queue.connectors import sip2_protocol as sp

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def acs() -> None:
        conn, _ = listener.accept()
        with conn:
            buf = b""
            replies = [
                sp.encode("94", {"ok": "1"}, seq=0),
                sp.encode(
                    "98",
                    {
                        "online_status": "Y",
                        "checkin_ok": "Y",
                        "checkout_ok": "Y",
                        "acs_renewal_policy": "Y",
                        "status_update_ok": "N",
                        "offline_ok": "N",
                        "timeout_period": "050",
                        "retries_allowed": "003",
                        "date_time_sync": sp.BLANK_DATE,
                        "protocol_version": "2.00",
                    },
                    [("AO", "X"), ("BX", "Y" * 16)],
                    seq=1,
                ),
            ]
            item = sp.encode(
                "18",
                {
                    "circulation_status": "03",
                    "security_marker": "02",
                    "fee_type": "01",
                    "transaction_date": sp.BLANK_DATE,
                },
                [("AB", "1"), ("AJ", "Title")],
                seq=2,
            )
            replies.append(item[: item.index(b"AY")] + b"\r")  # trailer lost
            replies.append(item)  # the answer to 97
            while replies:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                buf += chunk
                frames, buf = sp.split_frames(buf)
                for _ in frames:
                    conn.sendall(replies.pop(0))

    t = threading.Thread(target=acs)
    t.start()
    c = Sip2Client("127.0.0.1", port, login_user="u", login_password="p", timeout_s=2.0)
    try:
        assert c.item_information("1").title == "Title"
    finally:
        c.close()
        t.join(timeout=5)
        listener.close()


def test_a_failed_login_means_the_request_was_not_sent(city: CitySim, conn: Sip2Connector) -> None:
    city.arm_fault("sip2", "93", Fault(FaultMode.DROP_AFTER_COMMIT))
    result = conn.send(checkout())
    assert result.outcome is Outcome.RETRY and result.reached
    assert result.error_key == "sip2.session_setup"
    assert city.ledger.counts("sip2") == {}
    assert conn.send(checkout()).outcome is Outcome.ACKED
