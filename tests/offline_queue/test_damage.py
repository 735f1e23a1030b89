"""A damaged queue database (#14): start degraded, set the file aside, alert, and supervise the
sync worker. Real SQLite files damaged on disk; a real supervised worker thread."""

from __future__ import annotations

import random
import sqlite3
import threading
from pathlib import Path

from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store
from offline_queue.store.db import probe
from offline_queue.sync import SyncWorker, WorkerSettings
from tests.offline_queue.conftest import ScriptedConnector

LANE = b"LANE-DAMAGE-A"


def _non_utf8_report(db: Path) -> None:
    """A schema whose column name is not UTF-8, and a row that breaks its NOT NULL: quick_check
    then reports ``NULL value in t.<bytes>``, which Python cannot decode as text."""
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t(a, b)")
    con.execute("INSERT INTO t VALUES (1, NULL)")
    con.commit()
    con.execute("PRAGMA writable_schema=ON")
    sql = b'CREATE TABLE t(a, "\xff\xfe\xfd" NOT NULL)'
    con.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 't'", (sql,))
    con.commit()
    con.close()


def test_a_quick_check_report_that_is_not_utf8_sets_the_file_aside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(data, 3)
    db = data / "queue.db"
    _non_utf8_report(db)
    plain = sqlite3.connect(db)
    try:  # what stopped start-up before: decoding the report raised
        plain.execute("PRAGMA quick_check").fetchall()
        raise AssertionError("the report decoded")
    except sqlite3.OperationalError as exc:
        assert "UTF-8" in str(exc)
    finally:
        plain.close()
    size = db.stat().st_size
    assert probe(db) == "corrupt"
    for _ in range(2):  # and every restart comes up the same way, degraded, working
        store = open_store(data)
        try:
            assert store.degraded
            (alert,) = store.alerts
            assert alert.reason == "corrupt" and Path(alert.path).stat().st_size == size
            outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
            outbox.enqueue(backend="gw", kind="k", payload={"fresh": True})
        finally:
            store.close()


def test_garbage_written_over_random_pages_never_stops_the_open(tmp_path: Path) -> None:
    """Random garbage over random pages of a real queue database (never the header's first
    16 bytes): whatever quick_check says, open_store returns a working store and never deletes."""
    rng = random.Random(1414)
    for trial in range(6):
        data = tmp_path / f"d{trial}"
        _fill(data, 40)
        db = data / "queue.db"
        raw = bytearray(db.read_bytes())
        for _ in range(rng.randint(1, 4)):
            page = rng.randrange(1, len(raw) // 4096)
            off = page * 4096 + rng.randrange(0, 4000)
            raw[off : off + 64] = rng.randbytes(64)
        db.write_bytes(bytes(raw))
        store = open_store(data)
        try:
            outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
            outbox.enqueue(backend="gw", kind="k", payload={"after": trial})
            aside = [Path(a.path) for a in store.alerts]
            assert all(p.stat().st_size == len(raw) for p in aside)
        finally:
            store.close()


def _fill(data: Path, n: int) -> None:
    store = open_store(data)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
    for i in range(n):
        outbox.enqueue(
            backend="gw", kind="k", payload={"i": i, "pad": "x" * 300}, lane=LANE.decode()
        )
    store.checkpoint()
    store.close()


def _damage_index(db: Path) -> None:
    """Rewrite the lane inside the lane index only: every page stays well formed, so
    quick_check passes, but the index no longer matches its table (integrity_check sees it,
    and SQLite says "malformed" when a write has to remove the missing index entry)."""
    con = sqlite3.connect(db)
    (root,) = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE name='ix_outbox_active'"
    ).fetchone()
    (size,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    raw = bytearray(db.read_bytes())
    page = raw[(root - 1) * size : root * size]
    assert LANE in page
    raw[(root - 1) * size : root * size] = page.replace(LANE, b"LANE-DAMAGE-Z")
    db.write_bytes(bytes(raw))
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    con.close()


def test_damage_quick_check_misses_kills_the_loop_the_supervisor_restarts_and_alerts(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    _fill(data, 5)
    db = data / "queue.db"
    _damage_index(db)
    store = open_store(data)
    assert not store.degraded  # quick_check cannot see it
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
    gw = ScriptedConnector("gw")
    worker = SyncWorker(
        outbox,
        {"gw": gw},
        settings=WorkerSettings(
            idle_poll=0.02, restart_backoff=0.05, restart_backoff_cap=0.2, alert_after=3
        ),
    )
    problems: list[str | None] = []
    alerted = threading.Event()
    healthy = threading.Event()

    def on_problem(key: str | None) -> None:
        problems.append(key)
        (alerted if key else healthy).set()

    worker.on_problem(on_problem)
    worker.start()
    try:
        assert alerted.wait(20), "no alert while the worker kept dying"
        assert problems[0] == "queue.sync.stopped" and worker.restarts >= 2
        assert worker.error is not None and "malformed" in str(worker.error)
        assert (data / "queue.db.check").exists()  # the next start runs integrity_check
        # a technician repairs the index; the next restart delivers everything
        con = sqlite3.connect(db, timeout=5)
        con.execute("REINDEX")
        con.close()
        deadline = threading.Event()
        for _ in range(400):
            if outbox.status().counts["done"] == 5:
                break
            deadline.wait(0.05)
        assert outbox.status().counts["done"] == 5
        assert worker.alive
    finally:
        worker.stop()
        store.close()
    # next start: the full check passes now (repaired), nothing is set aside, the marker is gone
    again = open_store(data)
    assert not again.degraded and not (data / "queue.db.check").exists()
    again.close()


def test_a_start_after_unrepaired_damage_sets_the_file_aside(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(data, 3)
    _damage_index(data / "queue.db")
    store = open_store(data)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
    worker = SyncWorker(
        outbox,
        {"gw": ScriptedConnector("gw")},
        settings=WorkerSettings(idle_poll=0.02, restart_backoff=0.05, alert_after=1),
    )
    alerted = threading.Event()
    worker.on_problem(lambda key: alerted.set() if key else None)
    worker.start()
    try:
        assert alerted.wait(20)
    finally:
        worker.stop()
        store.close()
    store = open_store(data)
    try:
        assert store.degraded and store.alerts[0].reason == "corrupt"
        assert Path(store.alerts[0].path).exists()  # set aside for forensics, never deleted
        assert store.integrity_check(full=True)
    finally:
        store.close()
