"""Alembic migrations: from an empty database and from each earlier revision."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox, reference_for
from offline_queue.store import migrate, open_store
from offline_queue.store.db import make_engine
from offline_queue.store.models import Base

REVISIONS = ["0001", "0002", "0003", "0004"]


def _schema_diff(path: Path) -> list[object]:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))
    finally:
        engine.dispose()


def test_revisions_form_one_line_ending_at_head() -> None:
    assert migrate.head() == REVISIONS[-1]


def test_empty_database_migrates_to_head_matching_the_models(tmp_path: Path) -> None:
    s = open_store(tmp_path)
    with s.read() as conn:
        assert migrate.current(conn) == migrate.head()
    s.close()
    assert _schema_diff(tmp_path / "queue.db") == []


def _insert_0001_rows(path: Path, n: int) -> list[str]:
    con = sqlite3.connect(path)
    ids = []
    for i in range(n):
        tx = str(uuid.uuid4())
        ids.append(tx)
        con.execute(
            "INSERT INTO outbox (tx_id, backend, lane, kind, schema_ver, payload, state, attempts,"
            " max_attempts, next_attempt_at, created_at, updated_at)"
            " VALUES (?, 'gw', 'gw', 'k', 1, NULL, ?, 0, 25, 0, ?, ?)",
            (tx, "pending" if i % 2 else "done", 1000.0 + i, 1000.0 + i),
        )
    con.commit()
    con.close()
    return ids


@pytest.mark.parametrize("start", REVISIONS)
def test_each_earlier_revision_upgrades_to_head_keeping_rows(tmp_path: Path, start: str) -> None:
    path = tmp_path / "queue.db"
    engine = make_engine(path)
    migrate.upgrade(engine, start)
    engine.dispose()
    ids = _insert_0001_rows(path, 7) if start == "0001" else []
    s = open_store(tmp_path)
    try:
        with s.read() as conn:
            assert migrate.current(conn) == migrate.head()
            rows = conn.execute(text("SELECT tx_id, reference FROM outbox ORDER BY id")).all()
            receipts = conn.execute(
                text(
                    "SELECT r.tx_id, r.reference FROM receipt r"
                    " JOIN outbox o ON o.tx_id = r.tx_id ORDER BY o.id"
                )
            ).all()
        assert [r[0] for r in rows] == ids
        assert all(r[1] == reference_for(uuid.UUID(r[0])) for r in rows)
        assert receipts == rows
        # and the migrated store takes new work
        Outbox(s, FileKeyProvider.in_data_dir(tmp_path)).enqueue(backend="gw", kind="k", payload={})
    finally:
        s.close()
    assert _schema_diff(path) == []


def test_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    s = open_store(tmp_path)
    Outbox(s, FileKeyProvider.in_data_dir(tmp_path)).enqueue(backend="gw", kind="k", payload={})
    migrate.downgrade(s.engine, "0001")
    with s.read() as conn:
        assert migrate.current(conn) == "0001"
        assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 1
    with s.read() as conn:
        ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE name='outbox'")).scalar()
        assert ddl is not None and "AUTOINCREMENT" in ddl
    migrate.upgrade(s.engine)
    with s.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM receipt")).scalar() == 1
        ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE name='outbox'")).scalar()
        assert ddl is not None and "AUTOINCREMENT" not in ddl
    s.close()
