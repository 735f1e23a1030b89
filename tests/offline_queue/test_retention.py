"""Encryption at rest and retention: canary values never linger in the raw files."""

from __future__ import annotations

import random
from pathlib import Path

from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import Store
from offline_queue.sync import SyncWorker
from tests.offline_queue.conftest import FakeClock, ScriptedConnector

CANARY = "CANARY-PAYLOAD-5f1c9e"
SUMMARY = "CANARY-SUMMARY-a93b07"


def raw_files(store: Store) -> dict[str, bytes]:
    out = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(store.path) + suffix)
        if p.exists():
            out[p.name] = p.read_bytes()
    return out


def grep(store: Store, needle: bytes) -> list[str]:
    return [name for name, data in raw_files(store).items() if needle in data]


def test_payloads_are_never_in_the_files_in_plaintext(outbox: Outbox) -> None:
    for i in range(20):
        outbox.enqueue(backend="gw", kind="k", payload={"name": f"{CANARY}-{i}", "pin": "1234"})
    assert grep(outbox.store, CANARY.encode()) == []
    outbox.store.checkpoint()
    assert grep(outbox.store, CANARY.encode()) == []


def _row_secrets(outbox: Outbox) -> list[bytes]:
    with outbox.store.read() as conn:
        rows = conn.exec_driver_sql("SELECT payload, wrapped_key FROM outbox").all()
    return [b for r in rows for b in r if b]


def test_done_payloads_are_shredded_then_metadata_purged(outbox: Outbox, clock: FakeClock) -> None:
    w = SyncWorker(outbox, {"gw": ScriptedConnector("gw")}, clock=clock, rng=random.Random(3))
    items = [
        outbox.enqueue(backend="gw", kind="k", payload={"n": i}, summary=f"{SUMMARY}-{i}")
        for i in range(10)
    ]
    w.drain(5)
    secrets = _row_secrets(outbox)
    assert len(secrets) == 20
    outbox.store.checkpoint()
    assert any(grep(outbox.store, s) for s in secrets)  # the test can see them before

    clock.advance(outbox.retention.payload_after_done + 1)
    report = outbox.purge()
    assert report.payloads_shredded == 10 and report.rows_deleted == 0
    assert all(not outbox.find(e.reference).has_payload for e in items)
    for s in secrets:  # ciphertexts and wrapped keys: overwritten, not just unlinked
        assert grep(outbox.store, s) == []
    assert grep(outbox.store, SUMMARY.encode())  # receipts stay for the retention period

    clock.advance(outbox.retention.metadata + 1)
    report = outbox.purge()
    assert report.rows_deleted == 10
    assert outbox.status().counts["done"] == 0
    assert grep(outbox.store, SUMMARY.encode()) == []
    assert all(
        e.reference.encode() not in b"".join(raw_files(outbox.store).values()) for e in items
    )


def test_dead_items_are_purged_after_the_dead_letter_retention(
    outbox: Outbox, clock: FakeClock
) -> None:
    from offline_queue.connectors.base import Outcome, SendResult

    gw = ScriptedConnector("gw")
    gw.script.append(SendResult(Outcome.REJECTED, "http.422"))
    w = SyncWorker(outbox, {"gw": gw}, clock=clock)
    e = outbox.enqueue(backend="gw", kind="k", payload={"n": 1})
    w.drain(5)
    secrets = _row_secrets(outbox)
    clock.advance(outbox.retention.dead_payload + 1)
    assert outbox.purge().dead_purged == 1
    view = outbox.find(e.reference)
    assert view.state == "purged" and not view.has_payload
    for s in secrets:
        assert grep(outbox.store, s) == []
    assert outbox.status().lanes == ()  # a purged item no longer holds its lane


def test_deleting_the_wrapped_key_shreds_even_a_copied_ciphertext(
    outbox: Outbox, keys: FileKeyProvider
) -> None:
    from offline_queue import crypto

    e = outbox.enqueue(backend="gw", kind="k", payload={"n": CANARY})
    with outbox.store.read() as conn:
        ct, wk, kid = conn.exec_driver_sql("SELECT payload, wrapped_key, kek_id FROM outbox").one()
    assert CANARY.encode() in crypto.unseal(keys, str(e.tx_id), "k", ct, wk, kid)
    outbox.cancel(e.reference, actor="technician", audit=lambda _: None)
    with outbox.store.read() as conn:
        assert conn.exec_driver_sql("SELECT wrapped_key FROM outbox").scalar() is None
    outbox.store.checkpoint()
    assert grep(outbox.store, wk) == [] and grep(outbox.store, ct) == []


def test_finished_items_keep_no_lane_name_on_disk(outbox: Outbox) -> None:
    """A lane name is needed only while an item waits: a delivered item drops it at once, and
    purge drops it from any finished row (rows from before lanes were pseudonymous included)."""
    lane = "appointments:CANARY-LANE-RES-4711"
    legacy = outbox.enqueue(backend="gw", kind="k", payload={}, lane=lane)
    SyncWorker(outbox, {"gw": ScriptedConnector("gw")}).drain(5)
    assert outbox.find(legacy.reference).lane == ""
    # a row finished by an older version still carries its clear lane name
    with outbox.store.write() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox SET lane = ? WHERE tx_id = ?", (lane, str(legacy.tx_id))
        )
    outbox.store.checkpoint()
    assert grep(outbox.store, b"CANARY-LANE-RES-4711")
    waiting = outbox.enqueue(backend="gw", kind="k", payload={}, lane="bills:x")
    outbox.purge()
    assert outbox.find(legacy.reference).lane == ""
    assert outbox.find(waiting.reference).lane == "bills:x"  # waiting items keep their lane
    assert grep(outbox.store, b"CANARY-LANE-RES-4711") == []
