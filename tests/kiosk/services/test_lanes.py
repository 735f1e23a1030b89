"""Lanes order only what must be ordered, and name nobody (issues #13 and #14.4).

Real services build the submissions, :func:`kiosk.services.submit.enqueue` queues them in a real
kiosk core's queue; the stolen-disk test then reads the raw SQLite files byte by byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from civic.appointments import Slot
from civic.bills import Bill
from civic.library import Loan
from civic.money import Money
from civic.text import LocalizedText
from kiosk.config import load_demo_config
from kiosk.records.receipt_journal import ReceiptJournal
from kiosk.records.receipts import Receipt, ReceiptStatus
from kiosk.runtime.app import KioskCore, build_core
from kiosk.services import appointments, bills, library
from kiosk.services.submit import Submission, default_lane, enqueue, ordered
from offline_queue.outbox import UNORDERED
from tests.conftest import shell_only

RESIDENT = "RES-CANARY-4711"
OTHER_RESIDENT = "RES-CANARY-0815"
NAME = "Xavierina Quellbrunn"
ADDRESS = "17 Zwetschgenweg"
PATRON = "LIBCANARY-93817"
PIN = "739146"
NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def core(tmp_path: Path) -> Iterator[KioskCore]:
    core = build_core(shell_only(load_demo_config(tmp_path / "data")))
    core.start()
    assert core.outbox is not None
    try:
        yield core
    finally:
        core.close()


def _slot(n: int) -> Slot:
    start = NOW + dt.timedelta(days=1, hours=n)
    return Slot(
        f"slot-{n}", "digital-help", LocalizedText({"en": "Help"}), start, start, "Room 2", True
    )


def _bill(n: int) -> Bill:
    return Bill(
        f"B-{n}",
        f"C{n}",
        f"ACC-{RESIDENT}",
        "water",
        LocalizedText({"en": "Water"}),
        Money(1250, "EUR"),
        NOW,
        NOW.date(),
        "open",
    )


def _loan(item: str) -> Loan:
    return Loan(item, "The Book of Canaries", NOW + dt.timedelta(days=3), False)


def _report() -> Submission:
    """A street report as street_report.submission builds it: free text naming a person."""
    return Submission(
        service_id="street_report",
        title="Street report",
        kind="open311.request",
        payload={
            "service_code": "POTHOLE",
            "description": f"Hole outside {ADDRESS}, ask {NAME}",
            "address_string": ADDRESS,
            "account_id": RESIDENT,
            "attributes": {},
            "reported_at": NOW.isoformat(),
        },
        backend="open311",
        summary="open311 POTHOLE",
    )


def _lane(core: KioskCore, submission: Submission) -> str:
    return enqueue(core, submission).lane


def test_one_residents_operations_share_a_lane_nobody_elses(core: KioskCore) -> None:
    book = appointments.book(_slot(1), RESIDENT, "Book")
    cancel_lane = _lane(core, appointments.book(_slot(2), RESIDENT, "Book"))
    other = _lane(core, appointments.book(_slot(3), OTHER_RESIDENT, "Book"))
    mine = _lane(core, book)
    assert mine == cancel_lane != other
    assert mine.startswith("appointments:") and RESIDENT not in mine
    # stable on this kiosk (its key), so the order holds across restarts
    assert _lane(core, appointments.book(_slot(4), RESIDENT, "Book")) == mine


def test_library_lanes_are_per_patron_and_item(core: KioskCore) -> None:
    patron = library.Patron(PATRON, NAME, PIN)
    a1 = _lane(core, library.renew(_loan("ITEM-1"), patron, "Renew", NOW))
    a2 = _lane(core, library.renew(_loan("ITEM-1"), patron, "Renew", NOW))
    b = _lane(core, library.renew(_loan("ITEM-2"), patron, "Renew", NOW))
    other = _lane(core, library.renew(_loan("ITEM-1"), library.Patron("P2", "", None), "R", NOW))
    assert a1 == a2 and len({a1, b, other}) == 3  # one refused renewal blocks no other item
    assert all(PATRON not in lane and "ITEM" not in lane for lane in (a1, b, other))


def test_independent_operations_are_unordered(core: KioskCore) -> None:
    assert _lane(core, _report()) == UNORDERED
    assert _lane(core, bills.slip(_bill(1), "", "en", "Slip")) == UNORDERED
    pay = _lane(core, bills.payment(_bill(2), RESIDENT, "Pay"))
    assert pay.startswith("bills:") and pay == _lane(core, bills.payment(_bill(3), RESIDENT, "P"))
    # without a lane: one resident's operations of one family, or none at all
    consent = {"resident_id": RESIDENT, "params": {}, "body": {}}
    assert default_lane("consents.update", consent) == ordered("consents", RESIDENT)
    assert default_lane("feedback.comment", {"body": {"comment": "hi"}}) is None
    with pytest.raises(ValueError):
        ordered("bad:scope", "x")


def _receipt(core: KioskCore, submission: Submission, n: int) -> Receipt:
    return Receipt.create(
        reference=f"REF-LANE-{n}",
        kiosk_id="K-1",
        site="City Hall",
        issued_at=NOW,
        service=f"{submission.title} ITEM-CANARY-5 slot-1",
        status=ReceiptStatus.SUBMITTED,
        key=core.receipt_key,
        instructions=(*submission.instructions, f"{NAME}, {ADDRESS}", RESIDENT, PATRON),
    )


def test_a_stolen_disk_shows_no_resident_id_name_address_or_pin(core: KioskCore) -> None:
    """Copy the data directory's queue files and grep them: payloads are sealed, lanes are keyed
    hashes, receipt summaries carry no personal text (#14.4)."""
    patron = library.Patron(PATRON, NAME, PIN)
    journal = ReceiptJournal(core.config.paths.data_dir, key=core.receipt_key)
    for n, submission in enumerate(
        (
            appointments.book(_slot(1), RESIDENT, "Book"),
            bills.payment(_bill(7), RESIDENT, "Pay"),
            library.renew(_loan("ITEM-CANARY-5"), patron, "Renew", NOW),
            _report(),
        )
    ):
        enqueue(core, submission)
        # the receipt kept for reprints, as the receipt desk journals it, naming the resident
        journal.record(_receipt(core, submission, n), "en")
    assert core.outbox is not None and core.store is not None
    assert len(core.outbox.items()) == 4
    assert len(journal.recent()) == 4
    data_dir = core.config.paths.data_dir
    core.close()
    files = sorted(data_dir.glob("queue.db*")) + sorted(data_dir.glob("receipts.sqlite3*"))
    assert any(p.name == "receipts.sqlite3" for p in files)
    raw = b"".join(p.read_bytes() for p in files if p.is_file())
    assert raw  # the files are there
    for secret in (RESIDENT, NAME, ADDRESS, PATRON, PIN, "ITEM-CANARY-5", "B-7", "slot-1"):
        for form in (secret.encode(), secret.encode("utf-16-le")):
            assert form not in raw, secret
    for word in NAME.split():
        assert word.encode() not in raw
    assert b"appointment book" in raw  # the receipt row is there, without personal text
