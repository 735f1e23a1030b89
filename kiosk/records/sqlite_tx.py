"""One write transaction on a small kiosk-side SQLite file (the receipt journal, the request
book): WAL, ``synchronous=FULL``, ``BEGIN IMMEDIATE`` and a commit or a rollback. A SQLite error
becomes the caller's own environmental error (an error key and the exception's type name, never
the query or its values). :func:`check_version` and :func:`statements` are the two steps every
such file opens with: refuse a newer schema, create the tables statement by statement."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def immediate(
    path: Path,
    error: Callable[[str, str], Exception],
    *,
    unavailable_key: str,
    failed_key: str,
    secure_delete: bool = False,
) -> Iterator[sqlite3.Connection]:
    """Yield a connection inside ``BEGIN IMMEDIATE``; commit on success.

    ``error(key, detail)`` builds the exception raised for an SQLite error: ``unavailable_key``
    when the file cannot be opened, ``failed_key`` when a statement or the commit fails.
    ``secure_delete`` overwrites deleted content (files holding receipts).
    """
    try:
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise error(unavailable_key, type(exc).__name__) from exc
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        if secure_delete:
            db.execute("PRAGMA secure_delete=ON")
        db.execute("BEGIN IMMEDIATE")
        yield db
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise error(failed_key, type(exc).__name__) from exc
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    finally:
        db.close()


def check_version(
    db: sqlite3.Connection, newest: int, error: Callable[[str, str], Exception], newer_key: str
) -> int:
    """The file's schema version (``PRAGMA user_version``); ``error(newer_key, "version N")``
    is raised for a version newer than ``newest`` (written by a newer release: never touched)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > newest:
        raise error(newer_key, f"version {version}")
    return version


def statements(script: str) -> Iterable[str]:
    """The statements of a schema script, one by one: run each with ``execute()``, not the
    script with ``executescript()``, which commits the open transaction."""
    return [statement for statement in script.split(";") if statement.strip()]
