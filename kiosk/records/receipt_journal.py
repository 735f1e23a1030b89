"""The receipt journal and the receipt desk: never lose a reference, reprint by reference.

:class:`ReceiptJournal` is a small SQLite file (stdlib ``sqlite3``, WAL) under the kiosk data
directory holding every receipt by reference with its print history. The receipt is written
**before** it goes to the printer, so a failed print (paper out, cover open, printer unplugged
mid-job) leaves the reference on record for the technician's reprint.

:class:`ReceiptDesk` ties the journal to a :class:`~kiosk.devices.printer.ReceiptPrinter`:
``submit_receipt`` journals, renders in the session language, queues the job and returns a
``Future`` of a :class:`ReceiptPrintResult`; ``show_reference_on_screen`` tells the UI to show
the reference (and QR) on screen instead. ``reprint(reference)`` prints again, marked "COPY"
when an earlier print succeeded. A kiosk without a printer holds an :class:`AbsentReceiptDesk`
(``available`` False): it keeps nothing and answers every receipt "show the reference on screen".
Both are :class:`Receipts`, the desk as the core holds it (issue #17).

**At rest** (#14.4, PRIV): a receipt names what the resident did (a loan's title, a fee, an
appointment's time and place). The journal keeps in clear only what reprint look-up and the
technician's list need: the reference, the created/updated times and the print state (attempts,
successful prints, last printer result). The receipt itself and its language are one AES-256-GCM
``body`` (``nonce || ciphertext``, the reference as associated data so a body cannot be moved to
another row) under a key derived (HKDF-SHA256) from the kiosk's sealed ``receipt-key``
(``kiosk.security.credentials``), so a copy of the data directory reads no receipt. Schema 1 files
(the receipt in clear) are encrypted in place when first opened with the key, then vacuumed so the
freed clear pages leave the file; ``secure_delete`` zeroes what is deleted later. A journal
opened without a usable key (the sealed credential is missing) keeps nothing: ``record`` raises
``journal.key_unavailable`` (the desk prints anyway and shows the reference on screen) and reads
find nothing. A row the key cannot open (a replaced key) is logged and skipped, never shown.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
from concurrent.futures import Future
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from drivers.printer.device import PrintOutcome, PrintResult
from kiosk.devices.absent import answered
from kiosk.errors import KeyedError
from kiosk.records import sqlite_tx
from kiosk.records.receipts import Receipt, receipt_document, render_receipt, status_at_reprint

if TYPE_CHECKING:
    from kiosk.devices.printer import ReceiptPrinter

logger = logging.getLogger(__name__)

JOURNAL_FILE_NAME = "receipts.sqlite3"
_SELECT = (
    "SELECT reference, body, created_at, updated_at, attempts, printed_count, last_result"
    " FROM receipts"
)
_BY_REFERENCE = _SELECT + " WHERE reference = ?"
_UNPRINTED = _SELECT + " WHERE printed_count = 0 ORDER BY created_at LIMIT ?"
_RECENT = _SELECT + " ORDER BY created_at DESC LIMIT ?"
_SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS receipts (
    reference     TEXT PRIMARY KEY,
    body          BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    printed_count INTEGER NOT NULL DEFAULT 0,
    last_result   TEXT
);
CREATE INDEX IF NOT EXISTS receipts_unprinted ON receipts (printed_count, created_at);
"""
_V1_ROWS = (
    "SELECT reference, language, receipt_json, created_at, updated_at, attempts,"
    " printed_count, last_result FROM receipts"
)
_NONCE_LEN = 12
_MIN_KEY_LEN = 16
_HKDF_INFO = b"ecitizen-kiosk receipt journal v2"


class JournalError(KeyedError):
    """The journal file cannot be used (disk full, read-only, corrupt). ``key`` for the UI."""


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


def journal_key(receipt_key: bytes) -> bytes | None:
    """The journal's AES-256 key, derived from the kiosk's ``receipt-key`` (HKDF-SHA256, its own
    ``info``: the QR code's HMAC and the journal never share a key); None without a usable key."""
    if len(receipt_key) < _MIN_KEY_LEN:
        return None
    return HKDF(hashes.SHA256(), 32, salt=None, info=_HKDF_INFO).derive(receipt_key)


def _aad(reference: str) -> bytes:
    return b"receipt-journal|" + reference.encode("utf-8")


class ReceiptJournal:
    """Receipts by reference in ``<data_dir>/receipts.sqlite3``, their bodies encrypted under
    ``key`` (the kiosk's ``receipt-key``). Thread-safe (a connection per call)."""

    def __init__(self, data_dir: Path, file_name: str = JOURNAL_FILE_NAME, *, key: bytes) -> None:
        self.path = Path(data_dir) / file_name
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        derived = journal_key(key)
        self._aead = None if derived is None else AESGCM(derived)
        migrated = False
        with self._connect() as db:
            version = sqlite_tx.check_version(
                db, _SCHEMA_VERSION, JournalError, "journal.newer_schema"
            )
            if version == 1:
                if self._aead is None:
                    # the clear rows stay as they are until the key comes back to encrypt them
                    logger.error("receipt journal not encrypted yet and no receipt key: unused")
                    self._legacy = True
                    return
                self._migrate_v1(db)
                migrated = True
            self._create(db, "receipts")
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
        self._legacy = False
        if migrated:
            self._compact()

    @property
    def keyed(self) -> bool:
        """The journal can keep receipts (it has its key and an encrypted schema)."""
        return self._aead is not None and not self._legacy

    @staticmethod
    def _create(db: sqlite3.Connection, table: str) -> None:
        schema = _SCHEMA.replace("receipts (", f"{table} (", 1)
        for statement in sqlite_tx.statements(schema):
            if table == "receipts" or "INDEX" not in statement:
                db.execute(statement)

    def _migrate_v1(self, db: sqlite3.Connection) -> None:
        """Schema 1 kept the receipt in clear: encrypt every row into a new table, drop the old
        one (``secure_delete`` zeroes its pages), in the open transaction."""
        rows = db.execute(_V1_ROWS).fetchall()
        self._create(db, "receipts_v2")
        for ref, lang, payload, created, updated, attempts, printed, last in rows:
            try:
                body = self._seal(str(ref), str(lang), json.loads(str(payload)))
            except ValueError:  # a damaged clear row is dropped rather than kept in clear
                logger.error("receipt journal: an unreadable schema 1 row was dropped")
                continue
            db.execute(
                "INSERT INTO receipts_v2 (reference, body, created_at, updated_at, attempts,"
                " printed_count, last_result) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (ref, body, created, updated, attempts, printed, last),
            )
        db.execute("DROP TABLE receipts")
        db.execute("ALTER TABLE receipts_v2 RENAME TO receipts")
        logger.info("receipt journal: %d receipts encrypted in place", len(rows))

    def _compact(self) -> None:
        """After a migration: rewrite the file (VACUUM) and empty the WAL, so no page of the
        clear rows is left in ``receipts.sqlite3`` or ``receipts.sqlite3-wal``."""
        try:
            db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
            try:
                db.execute("PRAGMA secure_delete=ON")
                db.execute("VACUUM")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise JournalError("journal.write_failed", type(exc).__name__) from exc

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return sqlite_tx.immediate(
            self.path,
            JournalError,
            unavailable_key="journal.unavailable",
            failed_key="journal.write_failed",
            secure_delete=True,
        )

    def _seal(self, reference: str, language: str, receipt: dict[str, object]) -> bytes:
        assert self._aead is not None
        plain = json.dumps({"language": language, "receipt": receipt}).encode("utf-8")
        nonce = os.urandom(_NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, plain, _aad(reference))

    def _entry(self, row: sqlite3.Row | tuple[object, ...]) -> JournalEntry | None:
        """The row, its body opened; None (logged) when the key does not open it."""
        ref, body, created, updated, attempts, printed, last = row
        if self._aead is None or not isinstance(body, bytes):
            return None
        try:
            plain = self._aead.decrypt(body[:_NONCE_LEN], body[_NONCE_LEN:], _aad(str(ref)))
            opened = json.loads(plain)
            receipt = Receipt.from_dict(opened["receipt"])
            language = str(opened["language"])
        except (InvalidTag, ValueError, KeyError, TypeError):
            logger.error("receipt journal: a receipt the kiosk's receipt key does not open")
            return None
        return JournalEntry(
            reference=str(ref),
            language=language,
            receipt=receipt,
            created_at=datetime.fromisoformat(str(created)),
            updated_at=datetime.fromisoformat(str(updated)),
            attempts=int(str(attempts)),
            printed_count=int(str(printed)),
            last_result=None if last is None else str(last),
        )

    def _entries(self, rows: list[tuple[object, ...]]) -> list[JournalEntry]:
        return [e for e in (self._entry(r) for r in rows) if e is not None]

    def record(self, receipt: Receipt, language: str) -> JournalEntry:
        """Store ``receipt`` (idempotent by reference); committed when this returns.

        Raises JournalError ``journal.key_unavailable`` without the receipt key."""
        if not self.keyed:
            raise JournalError("journal.key_unavailable")
        now = _now()
        ref = receipt.reference
        body = self._seal(ref, language, receipt.to_dict())
        with self._connect() as db:
            db.execute(
                "INSERT OR IGNORE INTO receipts (reference, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                (ref, body, now, now),
            )
            entry = self._entry(db.execute(_BY_REFERENCE, (ref,)).fetchone())
            if entry is None:  # a row under a replaced key: it can never be read, so replace it
                db.execute(
                    "UPDATE receipts SET body = ?, updated_at = ? WHERE reference = ?",
                    (body, now, ref),
                )
                entry = self._entry(db.execute(_BY_REFERENCE, (ref,)).fetchone())
        if entry is None:
            raise JournalError("journal.write_failed", "unreadable after write")
        return entry

    def record_attempt(self, reference: str, result: PrintResult) -> None:
        if self._legacy:
            return
        printed = 1 if result is PrintResult.PRINTED else 0
        with self._connect() as db:
            db.execute(
                "UPDATE receipts SET attempts = attempts + 1, printed_count = printed_count + ?,"
                " last_result = ?, updated_at = ? WHERE reference = ?",
                (printed, result.value, _now(), reference),
            )

    def get(self, reference: str) -> JournalEntry | None:
        """The receipt ``reference``; None when unknown or when the key cannot open it."""
        if not self.keyed:
            return None
        with self._connect() as db:
            row = db.execute(_BY_REFERENCE, (reference,)).fetchone()
        return None if row is None else self._entry(row)

    def unprinted(self, limit: int = 100) -> list[JournalEntry]:
        """Receipts never printed successfully, oldest first (technician menu)."""
        return self._listed(_UNPRINTED, limit)

    def recent(self, limit: int = 50) -> list[JournalEntry]:
        return self._listed(_RECENT, limit)

    def _listed(self, query: str, limit: int) -> list[JournalEntry]:
        if not self.keyed:
            return []
        with self._connect() as db:
            rows = db.execute(query, (limit,)).fetchall()
        return self._entries(rows)


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


class Receipts(Protocol):
    """The receipt desk as the core holds it (:class:`ReceiptDesk`, or :class:`AbsentReceiptDesk`
    on a kiosk without a printer).

    Attributes:
        available: receipts are journaled and printed here (False: the reference is shown on
            screen, nothing is kept).
    """

    @property
    def available(self) -> bool: ...

    def submit_receipt(self, receipt: Receipt, language: str) -> Future[ReceiptPrintResult]: ...

    def submit_reprint(
        self, reference: str, outbox_state: str | None = None
    ) -> Future[ReceiptPrintResult] | None: ...


class AbsentReceiptDesk:
    """The receipt desk of a kiosk without a printer (disabled, or not started): nothing is
    journaled or printed; every receipt comes back at once as "show the reference on screen"
    (``printer.not_connected``), and no reference is known for a reprint."""

    @property
    def available(self) -> bool:
        return False

    def submit_receipt(self, receipt: Receipt, language: str) -> Future[ReceiptPrintResult]:
        not_printed = PrintResult.NOT_CONNECTED
        return answered(
            ReceiptPrintResult(receipt.reference, None, True, not_printed.error_key, False)
        )

    def submit_reprint(
        self, reference: str, outbox_state: str | None = None
    ) -> Future[ReceiptPrintResult] | None:
        return None


class ReceiptDesk:
    """Journal first, then print; reprint by reference."""

    def __init__(self, journal: ReceiptJournal, printer: ReceiptPrinter) -> None:
        self._journal = journal
        self._printer = printer

    @property
    def available(self) -> bool:
        return self._printer.available

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

    def submit_reprint(
        self, reference: str, outbox_state: str | None = None
    ) -> Future[ReceiptPrintResult] | None:
        """Queue a journaled receipt again, in its original language, always marked "COPY";
        ``outbox_state`` (the queue state of its request now) turns a "queued" receipt whose
        request was since delivered into a "submitted" one (:func:`status_at_reprint`).
        ``None`` when the reference is unknown."""
        entry = self._journal.get(reference)
        if entry is None:
            return None
        receipt = entry.receipt
        status = status_at_reprint(receipt.status, outbox_state)
        if status is not receipt.status:
            receipt = dataclasses.replace(receipt, status=status)
        return self._print(receipt, entry.language, copy=True, journaled=True)

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
