"""Opening the queue database: pragmas, start-up checks, migrations, corruption handling.

Durability settings follow QUEUE_AND_BACKENDS.md §1.6/§4.7: ``busy_timeout`` is set *first*
(before switching to WAL, which takes a write lock), then WAL with ``synchronous=FULL``,
foreign keys and ``secure_delete``. SQLAlchemy's own transaction handling is taken over (the
pysqlite recipe in the SQLAlchemy SQLite dialect docs): every write transaction starts with
``BEGIN IMMEDIATE`` so two processes never deadlock on a read-to-write upgrade.

A database that cannot be read or fails ``PRAGMA quick_check`` is never opened over: its files
are moved aside with a UTC timestamp, a fresh database is created so the kiosk keeps queuing,
and the store reports a :class:`TechnicianAlert` (for as long as a moved-aside file exists).

``PRAGMA quick_check`` reads its report as bytes: a damaged schema can make it name a table or
column in bytes that are not UTF-8, and decoding that report must not stop the kiosk's start-up
(every restart would fail the same way). Damage ``quick_check`` misses (an index that no longer
matches its table) shows up later as ``SQLITE_CORRUPT`` on a write: whoever meets it calls
:func:`request_full_check`, and the next :func:`open_store` runs the full ``integrity_check``
and moves the file aside if it fails. A schema whose text was damaged so that a table or column
the models name is gone (``PRAGMA quick_check`` does not read the schema's SQL against the
models) fails the probe too (:func:`schema_problems`, at this release's revision), and so does
text that is not UTF-8 in a row or an index (SQLite stores any bytes as text; the probe reads
the text columns as bytes, ~45 ms for a 100 MB queue of 2,000 items). A status query
(``kiosk.runtime.backends.queue_store(existing=True)``) probes first and never sets a file
aside under the running kiosk.

A full file system is not damage: SQLite then fails with ``SQLITE_FULL`` or, opening a WAL
database whose shared-memory file cannot be allocated, ``SQLITE_IOERR_SHMSIZE``. Such a database
is never moved aside; :class:`StoreFullError` is raised instead (at start-up and on a write).
``reserve_bytes`` keeps the last bytes of the file system for what is already committed
(checkpoints, state changes while the queue drains): :meth:`Store.check_space` refuses new work
below it, checked again on every enqueue so the kiosk accepts work as soon as space is back.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

import offline_queue.store.migrate as migrate
from offline_queue.durable import fsync_dir
from offline_queue.store.models import Base

logger = logging.getLogger(__name__)

DB_NAME = "queue.db"
BUSY_TIMEOUT_MS = 5000
_SIDE_FILES = ("-wal", "-shm", "-journal")
_CORRUPT_MARK = ".corrupt-"
_CHECK_MARK = ".check"  # <db>.check: run the full integrity_check at the next open
# SQLite primary result codes that mean "this file is damaged or not a database".
_CORRUPT_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
# ... and those that mean "this file cannot be read at all".
_UNREADABLE_CODES = {"SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM", "SQLITE_AUTH"}
# ... and those a full file system gives (the shared-memory file of a WAL database cannot grow).
_FULL_CODES = {"SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"}
NEARLY_FULL_BYTES = 64 * 1024
"""Less free space than this: an I/O error on opening is blamed on the full disk, not the file."""


class StoreError(Exception):
    """An environmental problem with the queue database (``key`` is a translation key)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail


class StoreUnavailableError(StoreError):
    """The database cannot be used now and was left untouched (e.g. locked, dir not writable)."""


class StoreFullError(StoreUnavailableError):
    """The file system holding the queue is full (or below the reserve): nothing was written."""


class StoreAssertionError(StoreError):
    """A start-up assertion failed (e.g. SQLite refused ``synchronous=FULL``)."""


@dataclass(frozen=True)
class TechnicianAlert:
    """Something a technician must look at. Never contains personal data."""

    key: str  # translation key, e.g. "queue.store.moved_aside"
    path: str  # the moved-aside file
    reason: str  # "corrupt" | "unreadable"
    at: str  # UTC timestamp in the file name


def free_bytes(directory: Path) -> int:
    """Bytes an unprivileged writer may still use on the file system holding ``directory``."""
    st = os.statvfs(directory)
    return st.f_bavail * st.f_frsize


def is_full_error(exc: BaseException) -> bool:
    """True for SQLite's "database or disk is full" (also wrapped by SQLAlchemy) and ENOSPC."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name in _FULL_CODES


def _classify(exc: sqlite3.Error) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name in _FULL_CODES:
        return "full"
    primary = "_".join(name.split("_")[:2])
    if name in _CORRUPT_CODES or primary in _CORRUPT_CODES:
        return "corrupt"
    if name in _UNREADABLE_CODES or primary in _UNREADABLE_CODES:
        return "unreadable"
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
        return "corrupt"
    return "other"


def is_corrupt_error(exc: BaseException) -> bool:
    """True for SQLite's "database disk image is malformed" / "not a database" (also wrapped
    by SQLAlchemy): damage, as opposed to a full disk, a lock or an I/O error."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    return isinstance(exc, sqlite3.Error) and _classify(exc) == "corrupt"


def request_full_check(path: Path) -> None:
    """Damage was met at run time: the next :func:`open_store` runs ``integrity_check``."""
    marker = path.with_name(path.name + _CHECK_MARK)
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(path.parent)
    except OSError:
        logger.error("could not ask for a full check of the queue database at the next start")


def probe(path: Path, *, full: bool = False) -> str:
    """Check an existing database file: "ok", "corrupt" or "unreadable".

    ``full``: ``integrity_check`` (also compares every index with its table) instead of
    ``quick_check``. The report is read as bytes (a damaged schema can put any bytes in it).

    Raises StoreUnavailableError for transient problems (locked, busy) so a live database is never
    moved aside because another process held a lock, and StoreFullError when the file system is
    full (a healthy database cannot be opened then, and must not be moved aside for it).
    """
    if _read_only_header(path):
        logger.error("queue database header asks for a read-only file (damaged)")
        return "corrupt"
    try:
        uri = f"file:{urllib.parse.quote(str(path))}?mode=rw"
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return _probe_failed(path, exc)
    con.text_factory = bytes
    try:
        return _verdict(con, full)
    except sqlite3.Error as exc:
        return _probe_failed(path, exc)
    except UnicodeDecodeError:
        # SQLite's own error message quotes the damaged schema's bytes, and Python decodes the
        # message as UTF-8 before it can raise the sqlite3 error: damage all the same
        logger.error("queue database check failed: schema error not readable as text")
        return "corrupt"
    finally:
        con.close()


def _verdict(con: sqlite3.Connection, full: bool) -> str:
    """The probe's checks on its one connection (text read as bytes), in order of cost."""
    rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    if rows != [(b"ok",)]:
        first = rows[0][0] if rows and rows[0] else b""
        shown = first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
        logger.error("queue database check failed: %s", shown[:200])
        return "corrupt"
    damaged = _text_not_utf8(con)
    if damaged:
        logger.error("queue database check failed: text that is not UTF-8 in %s", damaged)
        return "corrupt"
    lacking = _schema_damage(con)
    if lacking:
        logger.error("queue database schema does not match this release: %s", lacking[:200])
        return "corrupt"
    return "ok"


def _text_not_utf8(con: sqlite3.Connection) -> str:
    """Where text that is not UTF-8 is stored (a flipped byte in a row or in an index's copy of
    it: SQLite keeps it, ``quick_check`` passes, and every later read of it fails with "Could
    not decode to UTF-8"), as ``table.column`` or ``table.column (index)``; "" when nowhere.

    One pass over each table's rows and one over each index (a query an index covers reads the
    index, not the row), every text value read as bytes; blobs are not read.
    """
    for table in Base.metadata.sorted_tables:
        modelled = {c.name for c in table.columns}
        sources = [("", "NOT INDEXED", _names(con, "table_info", table.name))] + [
            (index, f'INDEXED BY "{index}"', _names(con, "index_info", index))
            for index in _index_names(con, table.name)
        ]
        for index, hint, columns in sources:
            found = _first_not_utf8(con, table.name, hint, [c for c in columns if c in modelled])
            if found:
                return f"{table.name}.{found}" + (f" ({index})" if index else "")
    return ""


def _first_not_utf8(con: sqlite3.Connection, table: str, hint: str, columns: list[str]) -> str:
    """The first of ``columns`` holding text that is not UTF-8 when read through ``hint``."""
    if not columns:
        return ""
    # the models' own names, never input; a blob reads as NULL
    picked = ", ".join(f'CASE WHEN typeof("{c}") = \'text\' THEN "{c}" END' for c in columns)
    try:
        for row in con.execute(f'SELECT {picked} FROM "{table}" {hint}'):  # noqa: S608
            for column, value in zip(columns, row, strict=True):
                if value is not None and not _is_utf8(value):
                    return column
    except sqlite3.Error:
        return ""  # not readable this way (a damaged index): quick_check and the schema check
    return ""


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_NAME_AT = {"table_info": 1, "index_info": 2}  # where each pragma's rows hold the column name


def _names(con: sqlite3.Connection, pragma: str, subject: str) -> list[str]:
    """Column names of a table (``table_info``) or an index (``index_info``); [] if unreadable."""
    try:
        rows = con.execute(f'PRAGMA {pragma}("{subject}")').fetchall()
    except sqlite3.Error:
        return []
    at = _NAME_AT[pragma]
    return [row[at].decode("utf-8", "replace") for row in rows if isinstance(row[at], bytes)]


def _index_names(con: sqlite3.Connection, table: str) -> list[str]:
    try:
        rows = con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
        ).fetchall()
    except sqlite3.Error:
        return []
    return [name.decode("utf-8", "replace") for (name,) in rows if isinstance(name, bytes)]


def schema_problems(con: sqlite3.Connection) -> list[str]:
    """What the database lacks of the tables and columns this release's models name, one line
    per table (empty when it has them all; extra columns are not a problem). ``con`` reads text
    as bytes (``text_factory = bytes``)."""
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        names = _names(con, "table_info", table.name)
        if not names:
            problems.append(f"table {table.name} missing")
            continue
        lacking = sorted(c.name for c in table.columns if c.name not in names)
        if lacking:
            problems.append(f"{table.name} lacks {', '.join(lacking)}")
    return problems


def _schema_damage(con: sqlite3.Connection) -> str:
    """For a database at this release's revision: the first thing its schema lacks of the
    models (a table or column whose name flipped bytes changed: ``quick_check`` passes, the
    migrations have nothing to do, every query naming it fails), or "". An older revision is
    the migrations' business; a database without a revision yet is no verdict."""
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return ""  # no migration ran yet
    if row is None or row[0] != migrate.head().encode():
        return ""
    problems = schema_problems(con)
    return problems[0] if problems else ""


def _read_only_header(path: Path) -> bool:
    """The file's header has a write version other than 1 (legacy) or 2 (WAL) at offset 18:
    SQLite then opens it read-only without an error, every enqueue would fail."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False  # probe's connect reports it
    return len(header) == 100 and header.startswith(b"SQLite format 3\0") and header[18] > 2


def _probe_failed(path: Path, exc: sqlite3.Error) -> str:
    kind = _classify(exc)
    if kind == "full" or (kind == "unreadable" and free_bytes(path.parent) < NEARLY_FULL_BYTES):
        raise StoreFullError("queue.store.full", getattr(exc, "sqlite_errorname", "")) from exc
    if kind == "other":
        raise StoreUnavailableError("queue.store.unavailable", type(exc).__name__) from exc
    return kind


def _utc_stamp(clock: float) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(clock))


def move_aside(path: Path, reason: str, clock: float) -> TechnicianAlert:
    """Rename the database and its side files to ``<name>.corrupt-<UTC>``; never delete."""
    stamp = _utc_stamp(clock)
    target = path.with_name(f"{path.name}{_CORRUPT_MARK}{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}{_CORRUPT_MARK}{stamp}.{n}")
    try:
        for suffix in _SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        os.replace(path, target)
        fsync_dir(path.parent)
    except OSError as exc:
        raise StoreUnavailableError("queue.store.cannot_move_aside", exc.strerror or "") from exc
    logger.error("queue database was %s; moved aside to %s", reason, target.name)
    return TechnicianAlert("queue.store.moved_aside", str(target), reason, stamp)


def _set_aside(path: Path, verdict: str, now: float) -> None:
    alert = move_aside(path, verdict, now)
    try:
        Path(alert.path + ".reason").write_text(verdict + "\n")
    except OSError:  # the alert stands without it (the reason then reads "corrupt")
        logger.error("could not record why the queue database was moved aside")


def existing_alerts(path: Path) -> list[TechnicianAlert]:
    """Alerts for moved-aside databases still present (they persist until a technician acts)."""
    alerts = []
    for p in sorted(path.parent.glob(path.name + _CORRUPT_MARK + "*")):
        if any(p.name.endswith(s) for s in _SIDE_FILES) or p.name.endswith(".reason"):
            continue
        stamp = p.name.split(_CORRUPT_MARK, 1)[1]
        reason_file = p.with_name(p.name + ".reason")
        reason = reason_file.read_text().strip() if reason_file.exists() else "corrupt"
        alerts.append(TechnicianAlert("queue.store.moved_aside", str(p), reason, stamp))
    return alerts


def make_engine(path: Path) -> Engine:
    """An engine whose every connection has the durability pragmas and BEGIN IMMEDIATE writes."""
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),  # no URL parsing of odd file names
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_size=4,
        max_overflow=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # FIRST (see module doc)
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA secure_delete=ON")
            cur.execute("PRAGMA temp_store=MEMORY")
            checks = {
                "journal_mode": ("wal",),
                "synchronous": (2,),
                "foreign_keys": (1,),
                "secure_delete": (1,),
                "busy_timeout": (BUSY_TIMEOUT_MS,),
            }
            for pragma, expected in checks.items():
                got = cur.execute(f"PRAGMA {pragma}").fetchone()
                if got is None or tuple(got) != expected:
                    raise StoreAssertionError("queue.store.pragma", f"{pragma}={got!r}")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Store:
    """The open queue database.

    Attributes:
        path: the database file.
        engine: writes (``with store.engine.begin() as conn`` starts BEGIN IMMEDIATE).
        reader: reads (BEGIN DEFERRED, never blocks the writer in WAL mode).
        alerts: technician alerts; non-empty means degraded.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        alerts: list[TechnicianAlert],
        reserve_bytes: int = 0,
    ) -> None:
        self.path = path
        self.engine = engine
        self.reader = engine.execution_options(sqlite_begin="DEFERRED")
        self.alerts: tuple[TechnicianAlert, ...] = tuple(alerts)
        self.reserve_bytes = reserve_bytes

    @property
    def degraded(self) -> bool:
        return bool(self.alerts)

    def free_bytes(self) -> int:
        """Free bytes on the file system holding the database (statvfs: cheap, call freely)."""
        return free_bytes(self.path.parent)

    def check_space(self) -> None:
        """Raise StoreFullError when less than ``reserve_bytes`` are free (no new work then)."""
        free = self.free_bytes()
        if free < max(self.reserve_bytes, 1):
            raise StoreFullError("queue.store.full", f"{free} bytes free")

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def raw_write(self) -> Iterator[sqlite3.Connection]:
        """A pooled driver connection in BEGIN IMMEDIATE, committed on exit (hot paths only:
        it skips SQLAlchemy's execution machinery, a third of the enqueue CPU time)."""
        fairy = self.engine.raw_connection()
        try:
            raw = fairy.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.execute("BEGIN IMMEDIATE")
            try:
                yield raw
            except BaseException:
                # SQLite may already have rolled back (SQLITE_FULL does): a second ROLLBACK
                # would raise "no transaction is active" and hide the real error.
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise
            raw.execute("COMMIT")
        finally:
            fairy.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.reader.begin() as conn:
            yield conn

    def checkpoint(self) -> tuple[int, int, int]:
        """``wal_checkpoint(TRUNCATE)``: copy the WAL into the database and empty it."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            row = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return (int(row[0]), int(row[1]), int(row[2]))

    def integrity_check(self, *, full: bool = False) -> bool:
        pragma = "integrity_check" if full else "quick_check"
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            rows = raw.execute(f"PRAGMA {pragma}").fetchall()
        return bool(rows == [("ok",)])

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    data_dir: Path | str,
    *,
    filename: str = DB_NAME,
    clock: float | None = None,
    reserve_bytes: int = 0,
) -> Store:
    """Open (creating, checking, migrating) the queue database in ``data_dir``.

    Raises StoreUnavailableError when the database exists but cannot be used now and cannot be
    moved aside; it never opens an empty database over existing data. StoreFullError (a
    StoreUnavailableError) when the file system is full. An existing database opens below
    ``reserve_bytes`` (so the queue can drain); :meth:`Store.check_space` refuses new work.
    """
    now = time.time() if clock is None else clock
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        if is_full_error(exc):
            raise StoreFullError("queue.store.full", exc.strerror or "") from exc
        raise StoreUnavailableError("queue.store.unavailable", exc.strerror or "") from exc
    path = data_dir / filename
    marker = path.with_name(path.name + _CHECK_MARK)
    if path.exists():
        verdict = probe(path, full=marker.exists())
        if verdict != "ok":
            _set_aside(path, verdict, now)
    marker.unlink(missing_ok=True)
    engine = make_engine(path)
    try:
        migrate.upgrade(engine)
    except migrate.NewerSchemaError as exc:
        # a newer release's schema (a rollback whose queue downgrade did not run): the file
        # holds queued work this code cannot read; it stays untouched for a technician
        engine.dispose()
        raise StoreUnavailableError("queue.store.newer_schema", exc.revision) from exc
    except OperationalError as exc:
        # disk full, read-only file system, I/O error, locked past busy_timeout: environmental
        engine.dispose()
        if is_full_error(exc):
            raise StoreFullError("queue.store.full", type(exc.orig).__name__) from exc
        raise StoreUnavailableError("queue.store.unavailable", type(exc.orig).__name__) from exc
    except DatabaseError as exc:
        # damage the check did not see, met while migrating: set aside, start on a fresh file
        engine.dispose()
        if not is_corrupt_error(exc):
            raise
        _set_aside(path, "corrupt", now)
        engine = make_engine(path)
        try:
            migrate.upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        engine.dispose()
        raise
    alerts = existing_alerts(path)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    return Store(path, engine, alerts, reserve_bytes)
