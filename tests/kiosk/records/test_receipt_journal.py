"""Journal before print, failed prints keep the reference, reprint by reference."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from drivers.printer import PaperLevel, PrinterDevice, PrintResult
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.records.receipt_journal import (
    JournalError,
    ReceiptDesk,
    ReceiptJournal,
    ReceiptPrintResult,
    Receipts,
)
from kiosk.records.receipts import Receipt, ReceiptStatus

KEY = b"k" * 32
JOURNAL_KEY = b"r" * 32  # the kiosk's receipt-key


def _reprint(desk: Receipts, reference: str) -> ReceiptPrintResult | None:
    """A reprint by reference, waited for (None: the reference is not in the journal)."""
    future = desk.submit_reprint(reference)
    return None if future is None else future.result(60)


def make(ref: str) -> Receipt:
    return Receipt.create(
        reference=ref,
        kiosk_id="K-1",
        site="City Hall",
        issued_at=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
        service="Bulky waste pickup",
        status=ReceiptStatus.SUBMITTED,
        key=KEY,
    )


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[ReceiptDesk, ReceiptJournal, NetworkPrinterEmulator]]:
    emu = NetworkPrinterEmulator().start()
    service = PrinterDevice(
        emu.uri + "?profile=TM-T20II", status_timeout=0.3, ack_timeout=1, poll_interval=0.2
    ).start()
    journal = ReceiptJournal(tmp_path / "data", key=JOURNAL_KEY)
    yield ReceiptDesk(journal, service), journal, emu
    service.close()
    emu.close()


def test_printed_receipt_is_journaled(desk) -> None:
    d, journal, emu = desk
    result = d.submit_receipt(make("REF-0001"), "en").result(60)
    assert not result.show_reference_on_screen and result.error_key is None and result.journaled
    entry = journal.get("REF-0001")
    assert entry is not None and entry.printed and entry.attempts == 1
    assert entry.last_result == "printed" and entry.receipt == make("REF-0001")
    assert emu.printer.pages[-1].qr_payloads == (make("REF-0001").qr_payload,)


def test_paper_out_mid_job_keeps_the_reference_then_reprint(desk) -> None:
    d, journal, emu = desk
    emu.printer.run_out_of_paper_after(3)
    result = d.submit_receipt(make("REF-0002"), "es").result(60)
    assert result.show_reference_on_screen
    assert result.reference == "REF-0002" and result.error_key == "printer.paper_out"
    assert result.outcome is not None and result.outcome.result is PrintResult.PAPER_OUT
    assert [e.reference for e in journal.unprinted()] == ["REF-0002"]

    emu.printer.set_paper(PaperLevel.OK)
    assert emu.printer.pages == ()  # the half receipt did not come out on the new roll
    again = _reprint(d, "REF-0002")
    assert again is not None and not again.show_reference_on_screen
    page = emu.printer.pages[-1]
    assert "Número de referencia:" in page.text_lines  # the session language is kept
    assert "COPIA" in page.text_lines  # every reprint says so (issue #15 item 8)
    assert journal.unprinted() == []

    third = _reprint(d, "REF-0002")
    assert third is not None and third.outcome is not None and third.outcome.printed
    assert "COPIA" in emu.printer.pages[-1].text_lines
    entry = journal.get("REF-0002")
    assert entry is not None and (entry.attempts, entry.printed_count) == (3, 2)


def test_printer_switched_off(desk) -> None:
    d, journal, emu = desk
    emu.printer.set_offline(True)
    result = d.submit_receipt(make("REF-0003"), "fr").result(60)
    assert result.show_reference_on_screen and result.journaled
    assert journal.get("REF-0003") is not None


def test_unknown_reference(desk) -> None:
    d, _, _ = desk
    assert _reprint(d, "NOPE-0000") is None


def test_journal_survives_reopen_and_is_idempotent(tmp_path: Path) -> None:
    j = ReceiptJournal(tmp_path, key=JOURNAL_KEY)
    j.record(make("REF-0004"), "en")
    j.record(make("REF-0004"), "fr")  # same reference: the first one stays
    j.record_attempt("REF-0004", PrintResult.COVER_OPEN)
    again = ReceiptJournal(tmp_path, key=JOURNAL_KEY)
    entry = again.get("REF-0004")
    assert entry is not None and entry.language == "en" and entry.last_result == "cover_open"
    assert len(again.recent()) == 1


def test_unusable_journal_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "receipts.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(JournalError) as info:
        ReceiptJournal(tmp_path, key=JOURNAL_KEY)
    assert info.value.key.startswith("journal.")


def test_closed_printer_service_still_returns_the_reference(tmp_path: Path) -> None:
    service = PrinterDevice("tcp://127.0.0.1:9")
    service.close()
    d = ReceiptDesk(ReceiptJournal(tmp_path, key=JOURNAL_KEY), service)
    result = d.submit_receipt(make("REF-0005"), "en").result(60)
    assert result.show_reference_on_screen and result.reference == "REF-0005"


# --------------------------------------------------------------------------------------------
# at rest (#14.4): only the reference, times and print state in clear


LOAN_TITLE = "Quellbrunn's Diary of Zwetschgenweg"
PLACE = "Room 17, Canary Street Library"


def personal(ref: str) -> Receipt:
    return Receipt.create(
        reference=ref,
        kiosk_id="K-1",
        site="City Hall",
        issued_at=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
        service=f"Renewed: {LOAN_TITLE}",
        status=ReceiptStatus.SUBMITTED,
        key=KEY,
        instructions=(f"Appointment 2026-12-09 14:30 at {PLACE}",),
    )


def _raw(directory: Path) -> bytes:
    files = sorted(directory.glob("receipts.sqlite3*"))
    assert files
    return b"".join(p.read_bytes() for p in files if p.is_file())


def _assert_no_personal_text(raw: bytes) -> None:
    for text in (LOAN_TITLE, PLACE, "Quellbrunn", "Canary Street", "14:30", "Renewed", '"es"'):
        for form in (text.encode(), text.encode("utf-16-le")):
            assert form not in raw, text


def test_the_journal_file_holds_no_receipt_text(tmp_path: Path) -> None:
    j = ReceiptJournal(tmp_path, key=JOURNAL_KEY)
    j.record(personal("REF-0100"), "es")
    j.record_attempt("REF-0100", PrintResult.PAPER_OUT)
    raw = _raw(tmp_path)
    assert b"REF-0100" in raw  # the reference stays readable for reprint look-up
    _assert_no_personal_text(raw)
    entry = ReceiptJournal(tmp_path, key=JOURNAL_KEY).get("REF-0100")
    assert entry is not None and entry.receipt == personal("REF-0100") and entry.language == "es"
    assert entry.last_result == "paper_out" and not entry.printed


def test_another_key_opens_nothing_and_a_body_cannot_move_rows(tmp_path: Path) -> None:
    j = ReceiptJournal(tmp_path, key=JOURNAL_KEY)
    j.record(personal("REF-0101"), "en")
    j.record(personal("REF-0102"), "en")
    other = ReceiptJournal(tmp_path, key=b"x" * 32)
    assert other.get("REF-0101") is None and other.recent() == [] and other.unprinted() == []
    with sqlite3.connect(tmp_path / "receipts.sqlite3") as db:  # swap the two bodies
        (b1,), (b2,) = db.execute("SELECT body FROM receipts ORDER BY reference").fetchall()
        db.execute("UPDATE receipts SET body = ? WHERE reference = 'REF-0101'", (b2,))
        db.execute("UPDATE receipts SET body = ? WHERE reference = 'REF-0102'", (b1,))
    assert j.get("REF-0101") is None and j.get("REF-0102") is None
    # a new receipt with the reference of an unreadable row replaces it
    assert j.record(personal("REF-0101"), "fr").language == "fr"


def test_without_the_receipt_key_nothing_is_kept_and_printing_goes_on(tmp_path: Path) -> None:
    j = ReceiptJournal(tmp_path, key=b"")
    assert not j.keyed
    with pytest.raises(JournalError) as info:
        j.record(personal("REF-0103"), "en")
    assert info.value.key == "journal.key_unavailable"
    assert j.get("REF-0103") is None and j.recent() == []
    service = PrinterDevice("tcp://127.0.0.1:9")
    service.close()
    result = ReceiptDesk(j, service).submit_receipt(personal("REF-0103"), "en").result(60)
    assert result.show_reference_on_screen and not result.journaled


def _schema_1(directory: Path, rows: list[tuple[Receipt, str, int]]) -> None:
    """A journal as schema 1 wrote it: the receipt in clear."""
    with sqlite3.connect(directory / "receipts.sqlite3") as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE receipts (reference TEXT PRIMARY KEY, language TEXT NOT NULL,"
            " receipt_json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0, printed_count INTEGER NOT NULL DEFAULT 0,"
            " last_result TEXT)"
        )
        db.execute("CREATE INDEX receipts_unprinted ON receipts (printed_count, created_at)")
        for n, (receipt, language, printed) in enumerate(rows):
            at = datetime(2026, 11, 26, 9, n, tzinfo=UTC).isoformat()
            db.execute(
                "INSERT INTO receipts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    receipt.reference,
                    language,
                    json.dumps(receipt.to_dict()),
                    at,
                    at,
                    printed,
                    printed,
                    "printed" if printed else None,
                ),
            )
        db.execute("PRAGMA user_version = 1")


def test_a_schema_1_journal_is_encrypted_in_place_on_open(tmp_path: Path) -> None:
    _schema_1(tmp_path, [(personal("REF-0200"), "es", 1), (personal("REF-0201"), "ar", 0)])
    assert LOAN_TITLE.encode() in _raw(tmp_path)  # the test can see clear text
    # opened without the key: left exactly as it is, nothing read or written
    before = _raw(tmp_path)
    keyless = ReceiptJournal(tmp_path, key=b"")
    assert not keyless.keyed and keyless.recent() == []
    keyless.record_attempt("REF-0200", PrintResult.PRINTED)
    with sqlite3.connect(tmp_path / "receipts.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        row = db.execute("SELECT attempts FROM receipts WHERE reference = 'REF-0200'")
        assert row.fetchone() == (1,)  # a keyless journal does not write to schema 1 rows
    assert LOAN_TITLE.encode() in before

    j = ReceiptJournal(tmp_path, key=JOURNAL_KEY)
    raw = _raw(tmp_path)
    _assert_no_personal_text(raw)
    assert b"REF-0200" in raw
    old = j.get("REF-0200")
    assert old is not None and old.receipt == personal("REF-0200")
    assert (old.language, old.printed_count, old.last_result) == ("es", 1, "printed")
    assert [e.reference for e in j.unprinted()] == ["REF-0201"]
    assert j.unprinted()[0].language == "ar"
    with sqlite3.connect(tmp_path / "receipts.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        columns = {r[1] for r in db.execute("PRAGMA table_info(receipts)")}
    assert columns == {
        "reference",
        "body",
        "created_at",
        "updated_at",
        "attempts",
        "printed_count",
        "last_result",
    }
    again = ReceiptJournal(tmp_path, key=JOURNAL_KEY)  # a second open changes nothing
    assert again.get("REF-0201") is not None
