"""The two steps every small kiosk-side SQLite file opens with (kiosk.records.sqlite_tx)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.records.receipt_journal import JournalError, ReceiptJournal
from kiosk.services.request_book import BookError, RequestBook


def _stamp(path: Path, version: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    try:
        db.execute(f"PRAGMA user_version = {version}")
    finally:
        db.close()


def test_a_journal_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    _stamp(tmp_path / "receipts.sqlite3", 3)
    with pytest.raises(JournalError) as refused:
        ReceiptJournal(tmp_path, key=b"r" * 32)
    assert refused.value.key == "journal.newer_schema"
    db = sqlite3.connect(tmp_path / "receipts.sqlite3")
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 3
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == []
    finally:
        db.close()


def test_a_request_book_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    _stamp(tmp_path / "request-status.sqlite3", 2)
    with pytest.raises(BookError) as refused:
        RequestBook(tmp_path)
    assert refused.value.key == "requests.book.newer_schema"


def test_a_new_file_gets_every_table_of_its_schema(tmp_path: Path) -> None:
    RequestBook(tmp_path)
    ReceiptJournal(tmp_path, key=b"r" * 32)
    for name, tables in (
        ("request-status.sqlite3", {"linked", "known"}),
        ("receipts.sqlite3", {"receipts", "receipts_unprinted"}),
    ):
        db = sqlite3.connect(tmp_path / name)
        try:
            found = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            assert tables <= found
            assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
        finally:
            db.close()
