"""The store: pragmas, BEGIN IMMEDIATE, corruption and unreadable files moved aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import Store, open_store
from offline_queue.store.db import probe, schema_problems
from tests.helpers.queue_damage import rename_in_schema


def test_every_connection_has_the_durability_pragmas(store: Store) -> None:
    with store.read() as conn:
        got = {
            p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "secure_delete",
                "busy_timeout",
            )
        }
    assert got == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "busy_timeout": 5000,
    }
    assert store.integrity_check()
    assert store.integrity_check(full=True)
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"


def test_writes_take_the_write_lock_at_begin(store: Store) -> None:
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.write() as conn:
            conn.execute(text("SELECT 1"))  # BEGIN IMMEDIATE already holds the write lock
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            # ...while readers are not blocked (WAL, BEGIN DEFERRED)
            with store.read() as rconn:
                assert rconn.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
    finally:
        other.close()


def _fill(data: Path) -> None:
    s = open_store(data)
    ob = Outbox(s, FileKeyProvider.in_data_dir(data))
    for i in range(50):
        ob.enqueue(backend="gw", kind="k", payload={"i": i, "pad": "x" * 500})
    s.checkpoint()
    s.close()


def test_garbage_file_is_moved_aside_and_the_store_opens_degraded(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "queue.db").write_bytes(b"this is not a database, it is someone's data" * 100)
    s = open_store(data)
    try:
        assert s.degraded
        (alert,) = s.alerts
        assert alert.key == "queue.store.moved_aside" and alert.reason == "corrupt"
        assert Path(alert.path).read_bytes().startswith(b"this is not a database")
        assert ".corrupt-" in alert.path
        # the fresh store works
        Outbox(s, FileKeyProvider.in_data_dir(data)).enqueue(backend="gw", kind="k", payload={})
    finally:
        s.close()
    # the alert persists until a technician deals with the moved-aside file
    s2 = open_store(data)
    assert [a.path for a in s2.alerts] == [alert.path]
    s2.close()


def test_damaged_pages_fail_quick_check_and_are_moved_aside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(data)
    db = data / "queue.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    for off in range(2 * page, len(raw) - page, page):  # smash the b-tree pages, keep the header
        raw[off : off + 64] = b"\xff" * 64
    db.write_bytes(bytes(raw))
    assert probe(db) == "corrupt"
    s = open_store(data)
    try:
        assert s.degraded and s.alerts[0].reason == "corrupt"
        moved = Path(s.alerts[0].path)
        assert moved.stat().st_size == len(raw)  # nothing deleted
    finally:
        s.close()


def test_a_schema_damaged_past_quick_check_is_moved_aside(tmp_path: Path) -> None:
    """Found by the fuzz test (tests/fuzz/test_fuzz_queue_db.py): a damaged byte renamed
    attempt_log.error_key; the store opened and the first list of items raised OperationalError
    ("no such column"), at every start."""
    data = tmp_path / "data"
    _fill(data)
    db = data / "queue.db"
    rename_in_schema(db, "attempt_log", "error_key", "errox_key")
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # it cannot see this
    finally:
        con.close()
    damaged = db.read_bytes()
    s = open_store(data)
    try:
        assert s.degraded
        (alert,) = s.alerts
        assert alert.key == "queue.store.moved_aside" and alert.reason == "corrupt"
        assert Path(alert.path).read_bytes() == damaged  # kept whole for the technician
        outbox = Outbox(s, FileKeyProvider.in_data_dir(data))
        assert outbox.items(limit=20) == []  # a fresh store, and it works
        outbox.enqueue(backend="gw", kind="k", payload={"after": "damage"})
    finally:
        s.close()


def test_a_row_whose_text_is_not_utf8_is_damage(tmp_path: Path) -> None:
    """Found by the fuzz test too: a flipped byte in a tx_id. SQLite keeps it and quick_check
    passes; every read of that row then fails ("Could not decode to UTF-8"), so listing the
    queue failed at every start. The probe reads the text columns as bytes and calls it damage."""
    data = tmp_path / "data"
    _fill(data)
    db = data / "queue.db"
    con = sqlite3.connect(db)
    try:
        (tx_id,) = con.execute("SELECT tx_id FROM outbox ORDER BY id LIMIT 1").fetchone()
        bad = b"\xc3" + tx_id.encode()[1:]  # a lead byte with no continuation
        con.execute("UPDATE outbox SET tx_id = CAST(? AS TEXT) WHERE tx_id = ?", (bad, tx_id))
        con.commit()
    finally:
        con.close()
    assert probe(db) == "corrupt"
    damaged = db.read_bytes()
    s = open_store(data)
    try:
        (alert,) = s.alerts
        assert alert.reason == "corrupt" and Path(alert.path).read_bytes() == damaged
        assert Outbox(s, FileKeyProvider.in_data_dir(data)).items(limit=20) == []
    finally:
        s.close()


def test_schema_problems_name_what_is_missing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(data)
    db = data / "queue.db"

    def problems() -> list[str]:
        con = sqlite3.connect(db)
        con.text_factory = bytes
        try:
            return schema_problems(con)
        finally:
            con.close()

    assert problems() == []
    rename_in_schema(db, "attempt_log", "error_key", "errox_key")
    assert problems() == ["attempt_log lacks error_key"]
    assert probe(db) == "corrupt"


def test_unreadable_database_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "queue.db").mkdir()  # cannot be opened as a file (root ignores chmod 000)
    (data / "queue.db" / "evidence").write_text("keep me")
    s = open_store(data)
    try:
        (alert,) = s.alerts
        assert alert.reason == "unreadable"
        assert (Path(alert.path) / "evidence").read_text() == "keep me"
    finally:
        s.close()


def test_healthy_store_is_not_degraded_and_keeps_its_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(data)
    s = open_store(data)
    try:
        assert not s.degraded
        with s.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 50
    finally:
        s.close()


def test_a_database_path_with_uri_characters(tmp_path: Path) -> None:
    data = tmp_path / "odd ?dir #1"
    _fill(data)
    s = open_store(data)
    try:
        assert not s.degraded
    finally:
        s.close()


def test_read_only_directory_is_a_typed_error_not_a_crash(tmp_path: Path) -> None:
    import os

    from offline_queue.store import StoreUnavailableError

    data = tmp_path / "data"
    data.mkdir()
    os.chmod(data, 0o500)
    try:
        if os.access(data, os.W_OK):
            pytest.skip("running as root: directory permissions are not enforced")
        with pytest.raises(StoreUnavailableError):
            open_store(data)
    finally:
        os.chmod(data, 0o700)
