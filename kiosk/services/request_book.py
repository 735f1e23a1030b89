"""The kiosk's book of street reports: which resident linked which report, and the city's last
known status of each (for "My requests" and receipt look-ups while the city cannot be reached).

A small SQLite file (stdlib ``sqlite3``, WAL) in the kiosk data directory, a connection per
call (thread-safe). Two tables:

``linked``
    A resident's report linked to their account: an owner tag (HMAC-SHA256 of the resident's
    subject id under the kiosk's receipt key: the id itself is never stored), the kiosk
    reference, the category (code and the name the resident saw) and when it was made. Reports
    sent anonymously are never linked.
``known``
    The city's last answer per reference: the Open311 request id, status, the city's note (as
    cleaned by :mod:`kiosk.services.request_status`) and when it was read. This is public 311
    data, nothing of the resident.

Rows older than :data:`RETENTION_DAYS` (the Open311 listing window) are deleted on every write.
Nothing here logs references, notes or owners.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import KeyedError
from kiosk.records import sqlite_tx

logger = logging.getLogger(__name__)

BOOK_FILE_NAME = "request-status.sqlite3"
RETENTION_DAYS = 90
_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS linked (
    owner        TEXT NOT NULL,
    reference    TEXT NOT NULL,
    service_code TEXT NOT NULL,
    category     TEXT NOT NULL,
    reported_at  TEXT NOT NULL,
    PRIMARY KEY (owner, reference)
);
CREATE TABLE IF NOT EXISTS known (
    reference          TEXT PRIMARY KEY,
    service_request_id TEXT,
    service_code       TEXT,
    category           TEXT,
    status             TEXT NOT NULL,
    note               TEXT,
    requested_at       TEXT,
    updated_at         TEXT,
    checked_at         TEXT NOT NULL
)
"""


class BookError(KeyedError):
    """The book cannot be used (disk full, read-only, corrupt); ``key`` for the UI."""


@dataclass(frozen=True)
class LinkedReport:
    reference: str
    service_code: str
    category: str
    reported_at: dt.datetime


@dataclass(frozen=True)
class KnownStatus:
    """The city's answer as last read (already cleaned; ``status`` is the server's word)."""

    reference: str
    service_request_id: str | None
    service_code: str | None
    category: str | None
    status: str
    note: str | None
    requested_at: dt.datetime | None
    updated_at: dt.datetime | None
    checked_at: dt.datetime


def owner_tag(key: bytes, subject_id: str) -> str:
    """The pseudonymous owner of linked reports on this kiosk (never the subject id itself)."""
    if len(key) < 16:
        raise ValueError("the kiosk key must be at least 16 bytes")
    return hmac.new(key, b"request-owner:" + subject_id.encode("utf-8"), hashlib.sha256).hexdigest()


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else when.astimezone(dt.UTC).isoformat()


def _when(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


class RequestBook:
    """Linked reports and last known statuses in ``<data_dir>/request-status.sqlite3``."""

    def __init__(
        self,
        data_dir: Path,
        *,
        file_name: str = BOOK_FILE_NAME,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.path = Path(data_dir) / file_name
        self._now_fn = now or (lambda: dt.datetime.now(dt.UTC))
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._connect() as db:
            sqlite_tx.check_version(db, _SCHEMA_VERSION, BookError, "requests.book.newer_schema")
            for statement in sqlite_tx.statements(_SCHEMA):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    def _now(self) -> dt.datetime:
        return self._now_fn()

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return sqlite_tx.immediate(
            self.path,
            BookError,
            unavailable_key="requests.book.unavailable",
            failed_key="requests.book.failed",
        )

    def _expire(self, db: sqlite3.Connection) -> None:
        cutoff = _iso(self._now() - dt.timedelta(days=RETENTION_DAYS))
        db.execute("DELETE FROM linked WHERE reported_at < ?", (cutoff,))
        db.execute("DELETE FROM known WHERE checked_at < ?", (cutoff,))

    # -- linked reports --------------------------------------------------------------------
    def link(self, owner: str, report: LinkedReport) -> None:
        """Record a resident's linked report (idempotent by owner and reference)."""
        with self._connect() as db:
            self._expire(db)
            db.execute(
                "INSERT OR IGNORE INTO linked (owner, reference, service_code, category,"
                " reported_at) VALUES (?, ?, ?, ?, ?)",
                (
                    owner,
                    report.reference,
                    report.service_code,
                    report.category,
                    _iso(report.reported_at),
                ),
            )

    def linked(self, owner: str, limit: int = 20) -> list[LinkedReport]:
        """The owner's reports, newest first."""
        cutoff = _iso(self._now() - dt.timedelta(days=RETENTION_DAYS))
        with self._connect() as db:
            rows = db.execute(
                "SELECT reference, service_code, category, reported_at FROM linked"
                " WHERE owner = ? AND reported_at >= ? ORDER BY reported_at DESC LIMIT ?",
                (owner, cutoff, limit),
            ).fetchall()
        out = []
        for reference, code, category, reported in rows:
            when = _when(reported)
            if when is not None:
                out.append(LinkedReport(str(reference), str(code), str(category), when))
        return out

    # -- last known statuses ---------------------------------------------------------------
    def remember(self, known: KnownStatus) -> None:
        with self._connect() as db:
            self._expire(db)
            db.execute(
                "INSERT OR REPLACE INTO known (reference, service_request_id, service_code,"
                " category, status, note, requested_at, updated_at, checked_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    known.reference,
                    known.service_request_id,
                    known.service_code,
                    known.category,
                    known.status,
                    known.note,
                    _iso(known.requested_at),
                    _iso(known.updated_at),
                    _iso(known.checked_at),
                ),
            )

    def known(self, reference: str) -> KnownStatus | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT reference, service_request_id, service_code, category, status, note,"
                " requested_at, updated_at, checked_at FROM known WHERE reference = ?",
                (reference,),
            ).fetchone()
        if row is None:
            return None
        checked = _when(row[8])
        if checked is None:
            return None
        return KnownStatus(
            reference=str(row[0]),
            service_request_id=None if row[1] is None else str(row[1]),
            service_code=None if row[2] is None else str(row[2]),
            category=None if row[3] is None else str(row[3]),
            status=str(row[4]),
            note=None if row[5] is None else str(row[5]),
            requested_at=_when(row[6]),
            updated_at=_when(row[7]),
            checked_at=checked,
        )
