"""Journal before print, failed prints keep the reference, reprint by reference."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from drivers.printer import PaperLevel, PrinterService, PrintResult
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.receipt_journal import JournalError, ReceiptDesk, ReceiptJournal
from kiosk.receipts import Receipt, ReceiptStatus

KEY = b"k" * 32


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
    service = PrinterService(
        emu.uri + "?profile=TM-T20II", status_timeout=0.3, ack_timeout=1, poll_interval=0.2
    ).start()
    journal = ReceiptJournal(tmp_path / "data")
    yield ReceiptDesk(journal, service), journal, emu
    service.close()
    emu.close()


def test_printed_receipt_is_journaled(desk) -> None:
    d, journal, emu = desk
    result = d.print_receipt(make("REF-0001"), "en")
    assert not result.show_reference_on_screen and result.error_key is None and result.journaled
    entry = journal.get("REF-0001")
    assert entry is not None and entry.printed and entry.attempts == 1
    assert entry.last_result == "printed" and entry.receipt == make("REF-0001")
    assert emu.printer.pages[-1].qr_payloads == (make("REF-0001").qr_payload,)


def test_paper_out_mid_job_keeps_the_reference_then_reprint(desk) -> None:
    d, journal, emu = desk
    emu.printer.run_out_of_paper_after(3)
    result = d.print_receipt(make("REF-0002"), "es")
    assert result.show_reference_on_screen
    assert result.reference == "REF-0002" and result.error_key == "printer.paper_out"
    assert result.outcome is not None and result.outcome.result is PrintResult.PAPER_OUT
    assert [e.reference for e in journal.unprinted()] == ["REF-0002"]

    emu.printer.set_paper(PaperLevel.OK)
    assert emu.printer.pages == ()  # the half receipt did not come out on the new roll
    again = d.reprint("REF-0002")
    assert again is not None and not again.show_reference_on_screen
    page = emu.printer.pages[-1]
    assert "Número de referencia:" in page.text_lines  # the session language is kept
    assert "COPIA" not in page.text_lines  # the first complete print is not a copy
    assert journal.unprinted() == []

    third = d.reprint("REF-0002")
    assert third is not None and third.outcome is not None and third.outcome.printed
    assert "COPIA" in emu.printer.pages[-1].text_lines
    entry = journal.get("REF-0002")
    assert entry is not None and (entry.attempts, entry.printed_count) == (3, 2)


def test_printer_switched_off(desk) -> None:
    d, journal, emu = desk
    emu.printer.set_offline(True)
    result = d.print_receipt(make("REF-0003"), "fr")
    assert result.show_reference_on_screen and result.journaled
    assert journal.get("REF-0003") is not None


def test_unknown_reference(desk) -> None:
    d, _, _ = desk
    assert d.reprint("NOPE-0000") is None


def test_journal_survives_reopen_and_is_idempotent(tmp_path: Path) -> None:
    j = ReceiptJournal(tmp_path)
    j.record(make("REF-0004"), "en")
    j.record(make("REF-0004"), "fr")  # same reference: the first one stays
    j.record_attempt("REF-0004", PrintResult.COVER_OPEN)
    again = ReceiptJournal(tmp_path)
    entry = again.get("REF-0004")
    assert entry is not None and entry.language == "en" and entry.last_result == "cover_open"
    assert len(again.recent()) == 1


def test_unusable_journal_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "receipts.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(JournalError) as info:
        ReceiptJournal(tmp_path)
    assert info.value.key.startswith("journal.")


def test_closed_printer_service_still_returns_the_reference(tmp_path: Path) -> None:
    service = PrinterService("tcp://127.0.0.1:9")
    service.close()
    d = ReceiptDesk(ReceiptJournal(tmp_path), service)
    result = d.print_receipt(make("REF-0005"), "en")
    assert result.show_reference_on_screen and result.reference == "REF-0005"
