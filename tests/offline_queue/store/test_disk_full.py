"""A full file system at start and during enqueue, on a real (tiny, mounted) tmpfs.

A full disk is not damage: the database is never moved aside for it, an enqueue that hits
SQLITE_FULL fails with a typed StoreFullError and rolls back alone, and once space is back the
same store works again (QUEUE_AND_BACKENDS.md §4.7 "Edges": disk full on enqueue → error, never
a receipt).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import StoreFullError, StoreUnavailableError, open_store
from offline_queue.store.db import DB_NAME
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)

PAYLOAD = {"note": "x" * 3000}  # a few pages per item: the tmpfs fills in a few hundred


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM outbox").fetchone()[0])
    finally:
        con.close()


def _fill_queue(outbox: Outbox) -> tuple[list[str], StoreFullError]:
    """Enqueue until the disk refuses; the references that were committed, and the error."""
    committed: list[str] = []
    for _ in range(5000):
        try:
            committed.append(
                outbox.enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD).reference
            )
        except StoreFullError as exc:
            return committed, exc
    raise AssertionError("the tmpfs never filled up")


def test_enqueue_on_full_disk_fails_typed_and_keeps_every_commit(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    store = open_store(data)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
        tiny_fs.fill(leave=256 * 1024)
        committed, error = _fill_queue(outbox)
        assert committed, "nothing fitted before the disk was full"
        assert error.key == "queue.store.full"
        # SQLite itself said SQLITE_FULL mid-transaction (the reserve is 0 here)
        assert getattr(error.__cause__, "sqlite_errorname", None) == "SQLITE_FULL"
        assert isinstance(error, StoreUnavailableError)  # environmental, not a bug
        # the failed enqueue rolled back alone: every committed item is still there
        assert outbox.status().counts["pending"] == len(committed)
        tiny_fs.release()
        again = outbox.enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD)
        assert again.reference not in committed
        assert outbox.status().counts["pending"] == len(committed) + 1
        assert store.integrity_check(full=True)
    finally:
        store.close()
    assert _count(data / DB_NAME) == len(committed) + 1


def test_reserve_refuses_new_work_before_writing_and_recovers_live(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    store = open_store(data, reserve_bytes=256 * 1024)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
        outbox.enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD)
        tiny_fs.fill(leave=128 * 1024)  # room left, but below the reserve
        assert 0 < store.free_bytes() < store.reserve_bytes
        wal = data / (DB_NAME + "-wal")
        before = wal.stat().st_size
        with pytest.raises(StoreFullError) as refused:
            outbox.enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD)
        assert refused.value.key == "queue.store.full"
        assert wal.stat().st_size == before  # refused before anything was written
        assert outbox.status().counts["pending"] == 1  # what is queued stays, and drains
        tiny_fs.release()  # space is back: the same store takes work again, no restart
        outbox.enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD)
        assert outbox.status().counts["pending"] == 2
    finally:
        store.close()


def test_healthy_database_on_full_disk_is_not_moved_aside(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    store = open_store(data)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
    ref = outbox.enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD).reference
    store.close()  # last connection: the WAL and its shared-memory file go away
    tiny_fs.fill()
    with pytest.raises(StoreFullError) as full:  # SQLITE_IOERR_SHMSIZE here: not "unreadable"
        open_store(data)
    assert full.value.key == "queue.store.full"
    assert sorted(p.name for p in data.iterdir() if ".corrupt-" in p.name) == []
    tiny_fs.release()
    store = open_store(data)
    try:
        assert not store.degraded
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
        assert outbox.find(ref).reference == ref
    finally:
        store.close()


def test_first_start_on_full_disk_leaves_nothing_half_made(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    data.mkdir(mode=0o700)
    tiny_fs.fill()
    with pytest.raises(StoreFullError):
        open_store(data)
    with pytest.raises(OSError) as no_key:
        FileKeyProvider.in_data_dir(data)
    assert no_key.value.errno == 28  # ENOSPC, and no empty key file stays behind
    assert [p.name for p in data.iterdir() if "key" in p.name] == []
    tiny_fs.release()
    store = open_store(data)  # the next start, with space: a working queue
    try:
        keys = FileKeyProvider.in_data_dir(data)
        assert len((data / keys.path.name).read_bytes()) == 32
        Outbox(store, keys).enqueue(backend="gateway", kind="bill.pay", payload=PAYLOAD)
        assert not store.degraded
    finally:
        store.close()
    assert os.stat(data / DB_NAME).st_mode & 0o077 == 0
