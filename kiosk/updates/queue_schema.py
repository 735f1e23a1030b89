"""The offline queue's schema across a rollback: nothing queued may be lost.

A new release may add a queue migration (offline_queue/store/migrations). It runs when the new
version opens the queue; the old release's code does not know the new revision and would refuse
to open the file (``queue.store.newer_schema``: left untouched, never moved aside). So before
switching back, the updater has the *new* release's code — the only code that knows the new
migration's ``downgrade()`` — take the database back to the revision the old release left it at
(recorded before the switch): ``<new release>/venv/bin/kiosk update queue-downgrade``.

Migrations keep this possible (docs/updates.md, "Queue migrations"): every one has a
``downgrade()`` that keeps every row of ``outbox`` (a new column is dropped, a new table's rows
are folded back or only hold what can be rebuilt), so items queued or delivered under the new
version are still there, in the same state, after the rollback: pending ones are delivered by
the old version, delivered ones are not sent again.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import urllib.parse
from collections.abc import Sequence
from pathlib import Path

from kiosk.errors import KeyedError

logger = logging.getLogger(__name__)

DB_NAME = "queue.db"


class QueueSchemaError(KeyedError):
    """The queue database could not be read or taken back to an older schema (``update.*``)."""


def queue_revision(data_dir: Path) -> str | None:
    """The queue database's Alembic revision (None: no database yet, or no revision table)."""
    path = data_dir / DB_NAME
    if not path.exists():
        return None
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise QueueSchemaError("update.queue_unreadable", type(exc).__name__) from exc
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    except sqlite3.Error as exc:
        raise QueueSchemaError("update.queue_unreadable", type(exc).__name__) from exc
    finally:
        con.close()
    return None if row is None else str(row[0])


def as_data_owner(data_dir: Path) -> list[str]:
    """The command prefix that runs a release's command as the owner of the kiosk's data
    directory when the updater runs as root (files the queue creates stay the kiosk's)."""
    if os.geteuid() != 0:
        return []
    st = data_dir.stat()
    if st.st_uid == 0:
        return []
    return ["setpriv", f"--reuid={st.st_uid}", f"--regid={st.st_gid}", "--clear-groups", "--"]


def downgrade_with(entry: Path, data_dir: Path, revision: str, prefix: Sequence[str] = ()) -> None:
    """Run the release ``entry``'s own ``kiosk update queue-downgrade`` (its code knows the
    migrations it added). Raises :class:`QueueSchemaError` when it fails."""
    try:
        done = subprocess.run(
            [
                *prefix,
                str(entry),
                "update",
                "queue-downgrade",
                "--data-dir",
                str(data_dir),
                "--to",
                revision,
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise QueueSchemaError("update.queue_downgrade_failed", type(exc).__name__) from exc
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [""])[-1][:200]
        logger.error("queue downgrade failed (exit %d): %s", done.returncode, last)
        raise QueueSchemaError("update.queue_downgrade_failed", f"exit {done.returncode}")


def downgrade_here(data_dir: Path, revision: str) -> str | None:
    """This code's downgrade of the queue in ``data_dir`` to ``revision`` (the kiosk must be
    stopped). Returns the revision it was at before (None: nothing to do)."""
    from offline_queue.store import migrate
    from offline_queue.store.db import make_engine

    before = queue_revision(data_dir)
    if before is None or before == revision:
        return None
    engine = make_engine(data_dir / DB_NAME)
    try:
        migrate.downgrade(engine, revision)
    finally:
        engine.dispose()
    logger.warning("queue schema taken back from %s to %s", before, revision)
    return before
