"""The receipt journal and the receipt desk: never lose a reference, reprint by reference.

:class:`ReceiptJournal` is a small SQLite file (stdlib ``sqlite3``, WAL) under the kiosk data
directory holding every receipt by reference with its print history. The receipt is written
**before** it goes to the printer, so a failed print (paper out, cover open, printer unplugged
mid-job) leaves the reference on record for the technician's reprint.

:class:`ReceiptDesk` ties the journal to a :class:`~drivers.printer.PrinterService`:
``submit_receipt`` journals, renders in the session language, queues the job and returns a
``Future`` of a :class:`ReceiptPrintResult`; ``show_reference_on_screen`` tells the UI to show
the reference (and QR) on screen instead. ``reprint(reference)`` prints again, marked "COPY"
when an earlier print succeeded.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from drivers.printer.service import PrinterService, PrintOutcome, PrintResult
from kiosk.receipts import Receipt, receipt_document, render_receipt

logger = logging.getLogger(__name__)

JOURNAL_FILE_NAME = "receipts.sqlite3"
_SELECT = (
    "SELECT reference, language, receipt_json, created_at, updated_at, attempts,"
    " printed_count, last_result FROM receipts"
)
_BY_REFERENCE = _SELECT + " WHERE reference = ?"
_UNPRINTED = _SELECT + " WHERE printed_count = 0 ORDER BY created_at LIMIT ?"
_RECENT = _SELECT + " ORDER BY created_at DESC LIMIT ?"
_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS receipts (
    reference     TEXT PRIMARY KEY,
    language      TEXT NOT NULL,
    receipt_json  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    printed_count INTEGER NOT NULL DEFAULT 0,
    last_result   TEXT
);
CREATE INDEX IF NOT EXISTS receipts_unprinted ON receipts (printed_count, created_at);
"""


class JournalError(Exception):
    """The journal file cannot be used (disk full, read-only, corrupt). ``key`` for the UI."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key


@dataclass(frozen=True)
class JournalEntry:
    reference: str
    language: str
    receipt: Receipt
    created_at: datetime
    updated_at: datetime
    attempts: int
    printed_count: int
    last_result: str | None

    @property
    def printed(self) -> bool:
        return self.printed_count > 0


def _now() -> str:
    return datetime.now(UTC).isoformat()


class ReceiptJournal:
    """Receipts by reference in ``<data_dir>/receipts.sqlite3``. Thread-safe (a connection
    per call)."""

    def __init__(self, data_dir: Path, file_name: str = JOURNAL_FILE_NAME) -> None:
        self.path = Path(data_dir) / file_name
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._connect() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > _SCHEMA_VERSION:
                raise JournalError("journal.newer_schema", f"version {version}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)  # not executescript(): it commits our transaction
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        except sqlite3.Error as exc:
            raise JournalError("journal.unavailable", type(exc).__name__) from exc
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise JournalError("journal.write_failed", type(exc).__name__) from exc
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    @staticmethod
    def _entry(row: sqlite3.Row | tuple[object, ...]) -> JournalEntry:
        ref, lang, payload, created, updated, attempts, printed, last = row
        return JournalEntry(
            reference=str(ref),
            language=str(lang),
            receipt=Receipt.from_dict(json.loads(str(payload))),
            created_at=datetime.fromisoformat(str(created)),
            updated_at=datetime.fromisoformat(str(updated)),
            attempts=int(str(attempts)),
            printed_count=int(str(printed)),
            last_result=None if last is None else str(last),
        )

    def record(self, receipt: Receipt, language: str) -> JournalEntry:
        """Store ``receipt`` (idempotent by reference); committed when this returns."""
        now = _now()
        with self._connect() as db:
            db.execute(
                "INSERT OR IGNORE INTO receipts (reference, language, receipt_json, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?)",
                (receipt.reference, language, json.dumps(receipt.to_dict()), now, now),
            )
            row = db.execute(_BY_REFERENCE, (receipt.reference,)).fetchone()
        return self._entry(row)

    def record_attempt(self, reference: str, result: PrintResult) -> None:
        printed = 1 if result is PrintResult.PRINTED else 0
        with self._connect() as db:
            db.execute(
                "UPDATE receipts SET attempts = attempts + 1, printed_count = printed_count + ?,"
                " last_result = ?, updated_at = ? WHERE reference = ?",
                (printed, result.value, _now(), reference),
            )

    def get(self, reference: str) -> JournalEntry | None:
        with self._connect() as db:
            row = db.execute(_BY_REFERENCE, (reference,)).fetchone()
        return None if row is None else self._entry(row)

    def unprinted(self, limit: int = 100) -> list[JournalEntry]:
        """Receipts never printed successfully, oldest first (technician menu)."""
        with self._connect() as db:
            rows = db.execute(_UNPRINTED, (limit,)).fetchall()
        return [self._entry(r) for r in rows]

    def recent(self, limit: int = 50) -> list[JournalEntry]:
        with self._connect() as db:
            rows = db.execute(_RECENT, (limit,)).fetchall()
        return [self._entry(r) for r in rows]


@dataclass(frozen=True)
class ReceiptPrintResult:
    """What the UI needs after printing a receipt.

    Attributes:
        reference: always set: the reference is never lost.
        outcome: the printer's outcome (``None`` when the job never reached the printer).
        show_reference_on_screen: print failed; show the reference and QR on screen.
        error_key: translation key of the problem (``printer.paper_out`` ...), or ``None``.
        journaled: the receipt is in the journal (reprint by reference possible).
    """

    reference: str
    outcome: PrintOutcome | None
    show_reference_on_screen: bool
    error_key: str | None
    journaled: bool


class ReceiptDesk:
    """Journal first, then print; reprint by reference."""

    def __init__(self, journal: ReceiptJournal, printer: PrinterService) -> None:
        self._journal = journal
        self._printer = printer

    def _columns(self) -> int:
        profile = self._printer.profile
        return profile.columns if profile is not None else 42

    def submit_receipt(self, receipt: Receipt, language: str) -> Future[ReceiptPrintResult]:
        """Journal ``receipt`` and queue it for printing. The future never raises for
        printer or journal trouble: it says what to show instead."""
        try:
            self._journal.record(receipt, language)
            journaled = True
        except JournalError as exc:
            logger.error("receipt journal unavailable (%s); printing anyway", exc.key)
            journaled = False
        return self._print(receipt, language, copy=False, journaled=journaled)

    def print_receipt(
        self, receipt: Receipt, language: str, timeout: float = 60.0
    ) -> ReceiptPrintResult:
        """Blocking :meth:`submit_receipt` (worker threads and CLI, not the GUI thread)."""
        return self.submit_receipt(receipt, language).result(timeout)

    def submit_reprint(self, reference: str) -> Future[ReceiptPrintResult] | None:
        """Queue a journaled receipt again, in its original language, marked "COPY" when an
        earlier print succeeded; ``None`` when the reference is unknown."""
        entry = self._journal.get(reference)
        if entry is None:
            return None
        return self._print(entry.receipt, entry.language, copy=entry.printed, journaled=True)

    def reprint(self, reference: str, timeout: float = 60.0) -> ReceiptPrintResult | None:
        """Blocking :meth:`submit_reprint`."""
        future = self.submit_reprint(reference)
        return None if future is None else future.result(timeout)

    def _print(
        self, receipt: Receipt, language: str, *, copy: bool, journaled: bool
    ) -> Future[ReceiptPrintResult]:
        result: Future[ReceiptPrintResult] = Future()
        rendered = render_receipt(receipt, language, columns=self._columns(), copy=copy)
        try:
            job = self._printer.submit(receipt_document(rendered))
        except RuntimeError:
            # the printer service is closed (shutdown in progress): show it on screen
            self._note(receipt.reference, PrintResult.NOT_CONNECTED, journaled)
            result.set_result(
                ReceiptPrintResult(
                    receipt.reference, None, True, PrintResult.NOT_CONNECTED.error_key, journaled
                )
            )
            return result

        def done(f: Future[PrintOutcome]) -> None:
            outcome = f.result()
            ok = self._note(receipt.reference, outcome.result, journaled)
            result.set_result(
                ReceiptPrintResult(
                    receipt.reference, outcome, outcome.show_on_screen, outcome.error_key, ok
                )
            )

        job.add_done_callback(done)
        return result

    def _note(self, reference: str, outcome: PrintResult, journaled: bool) -> bool:
        if not journaled:
            return False
        try:
            self._journal.record_attempt(reference, outcome)
        except JournalError as exc:
            logger.error("could not record the print attempt (%s)", exc.key)
        return True
