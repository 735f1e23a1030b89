"""The sync worker against a real loopback HTTP back end: classification, faults, threads."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.policy import RetryPolicy
from offline_queue.store import open_store
from offline_queue.sync import Connectivity, ItemFinished, SyncWorker, WorkerSettings
from tests.offline_queue.loopback import LoopbackBackend, LoopbackConnector

FAST = RetryPolicy(base=0.01, cap=0.05, unknown_grace=0.05, breaker_threshold=50, breaker_open=0.1)


@pytest.fixture
def backend() -> Iterator[LoopbackBackend]:
    b = LoopbackBackend({"gw": True, "o311": False}, slow_seconds=1.5)
    yield b
    b.close()


@pytest.fixture
def conns(backend: LoopbackBackend) -> Iterator[dict[str, LoopbackConnector]]:
    c = {
        "gw": LoopbackConnector("gw", backend.url, idempotent=True, timeout=1.0),
        "o311": LoopbackConnector("o311", backend.url, idempotent=False, timeout=1.0),
    }
    yield c
    for x in c.values():
        x.close()


def _delivery(lane: str = "L") -> Delivery:
    return Delivery(tx_id=uuid.uuid4(), kind="k", lane=lane, payload={"x": 1})


@pytest.mark.parametrize(
    ("fault", "outcome", "error_key", "applied"),
    [
        (None, Outcome.ACKED, "", 1),
        ("error500", Outcome.UNKNOWN, "http.500", 0),
        ("busy503", Outcome.RETRY, "http.503", 0),
        ("reject400", Outcome.REJECTED, "http.400", 0),
        ("slow_after_commit", Outcome.UNKNOWN, "net.after_send", 1),
        ("drop_after_commit", Outcome.UNKNOWN, "net.after_send", 1),
        ("garbage_after_commit", Outcome.UNKNOWN, "http.garbage_2xx", 1),
    ],
)
def test_classification_of_each_fault(
    backend: LoopbackBackend,
    conns: dict[str, LoopbackConnector],
    fault: str | None,
    outcome: Outcome,
    error_key: str,
    applied: int,
) -> None:
    if fault:
        backend.inject(fault)
    d = _delivery()
    r = conns["o311"].send(d)
    assert (r.outcome, r.error_key, r.reached) == (outcome, error_key, True)
    if fault == "busy503":
        assert r.retry_after == 0.0
    assert backend.applied("o311")[str(d.tx_id)] == applied
    # reconciliation tells the truth afterwards
    rec = conns["o311"].reconcile(d)
    assert rec.outcome is (Outcome.ACKED if applied else Outcome.RETRY)


def test_connection_refused_is_not_reached(
    backend: LoopbackBackend, conns: dict[str, LoopbackConnector]
) -> None:
    backend.down()
    r = conns["gw"].send(_delivery())
    assert (r.outcome, r.reached) == (Outcome.RETRY, False)
    assert not conns["gw"].probe()
    backend.up()
    assert conns["gw"].probe()


def test_idempotency_key_deduplicates_a_resend(
    backend: LoopbackBackend, conns: dict[str, LoopbackConnector]
) -> None:
    backend.inject("drop_after_commit")
    d = _delivery()
    assert conns["gw"].send(d).outcome is Outcome.UNKNOWN
    assert conns["gw"].send(d).outcome is Outcome.ACKED
    assert backend.counts("gw") == (1, 0)


def test_worker_thread_drains_through_faults_without_duplicates(
    tmp_path: Path, backend: LoopbackBackend, conns: dict[str, LoopbackConnector]
) -> None:
    store = open_store(tmp_path)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(tmp_path), policy=FAST)
    worker = SyncWorker(
        outbox, conns, settings=WorkerSettings(idle_poll=0.05), rng=random.Random(5)
    )
    done = threading.Event()
    finished: list[ItemFinished] = []
    n = 60

    def on_finished(f: ItemFinished) -> None:
        finished.append(f)
        if sum(1 for x in finished if x.state.value == "done") == n:
            done.set()

    worker.on_item_finished(on_finished)
    backend.inject(*(["drop_after_commit", "busy503", "garbage_after_commit", "error500"] * 4))
    worker.start()
    try:
        for i in range(n):
            outbox.enqueue(
                backend="gw" if i % 2 else "o311", kind="k", payload={"i": i}, lane=f"lane{i % 3}"
            )
            worker.wake()
        assert done.wait(30), outbox.status().counts
    finally:
        worker.stop()
        store.close()
    assert worker.error is None
    assert backend.counts("gw") == (n // 2, 0)
    assert backend.counts("o311") == (n // 2, 0)


def test_worker_reports_offline_and_back_online(
    tmp_path: Path, backend: LoopbackBackend, conns: dict[str, LoopbackConnector]
) -> None:
    store = open_store(tmp_path)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(tmp_path), policy=FAST)
    worker = SyncWorker(
        outbox,
        conns,
        settings=WorkerSettings(idle_poll=0.05, offline_after=2, probe_interval=0.1),
    )
    offline, online = threading.Event(), threading.Event()
    worker.on_state_changed(lambda s: (offline if s is Connectivity.OFFLINE else online).set())
    backend.down()
    worker.start()
    try:
        for i in range(3):
            outbox.enqueue(backend="gw", kind="k", payload={}, lane=f"L{i}")
        worker.wake()
        assert offline.wait(10)
        assert outbox.status().waiting == 3  # pending (or in a trial send), nothing lost
        backend.up()
        assert online.wait(10)
        worker.wake()
        deadline = threading.Event()
        for _ in range(200):
            if outbox.status().counts["done"] == 3:
                break
            deadline.wait(0.05)
        assert outbox.status().counts["done"] == 3
    finally:
        worker.stop()
        store.close()


def test_one_worker_per_database_and_no_spinning_while_a_circuit_is_open(
    tmp_path: Path, backend: LoopbackBackend, conns: dict[str, LoopbackConnector]
) -> None:
    from offline_queue.sync import SyncLockedError

    store = open_store(tmp_path)
    policy = RetryPolicy(base=0.001, cap=0.002, breaker_threshold=2, breaker_open=30.0)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(tmp_path), policy=policy)
    calls = 0

    class Counting(SyncWorker):
        def run_once(self) -> bool:
            nonlocal calls
            calls += 1
            return super().run_once()

    worker = Counting(outbox, conns, settings=WorkerSettings(idle_poll=1.0))
    opened = threading.Event()
    backend.inject(*["busy503"] * 10)
    for i in range(4):
        outbox.enqueue(backend="gw", kind="k", payload={}, lane=f"L{i}")
    worker.start()
    try:
        with pytest.raises(SyncLockedError):
            SyncWorker(outbox, conns).start()
        for _ in range(100):
            if outbox.backend_states().get("gw", ("",))[0] == "open":
                opened.set()
                break
            opened.wait(0.05)
        assert opened.is_set()
        before = calls
        opened.wait(0.5)
        assert calls - before <= 3  # sleeps until the circuit may close, not a busy loop
    finally:
        worker.stop()
    # the lock is released with the worker
    again = SyncWorker(outbox, conns)
    again.start()
    again.stop()
    store.close()


def test_a_raising_observer_does_not_stop_deliveries(
    tmp_path: Path, conns: dict[str, LoopbackConnector], caplog: pytest.LogCaptureFixture
) -> None:
    store = open_store(tmp_path)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(tmp_path), policy=FAST)
    worker = SyncWorker(outbox, conns)

    def bad(_: ItemFinished) -> None:
        raise RuntimeError("bridge bug")

    worker.on_item_finished(bad)
    outbox.enqueue(backend="gw", kind="k", payload={})
    outbox.enqueue(backend="gw", kind="k", payload={})
    with caplog.at_level("ERROR"):
        worker.drain(10)
    assert outbox.status().counts["done"] == 2
    assert "sync observer" in caplog.text
    store.close()


def test_worker_process_drains_refuses_a_second_worker_and_stops_on_sigterm(
    tmp_path: Path, backend: LoopbackBackend
) -> None:
    import signal
    import subprocess
    import sys

    from tests.offline_queue.loopback import write_config

    root = Path(__file__).resolve().parents[2]
    write_config(tmp_path, backend.url, {"gw": True}, 1.0)
    store = open_store(tmp_path)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(tmp_path))
    for i in range(5):
        outbox.enqueue(backend="gw", kind="k", payload={"i": i})
    argv = [
        sys.executable,
        "-m",
        "offline_queue.sync",
        "--data-dir",
        str(tmp_path),
        "--connectors",
        "tests.offline_queue.loopback:connectors",
        "--idle-poll",
        "0.05",
    ]
    proc = subprocess.Popen(argv, cwd=root, stderr=subprocess.DEVNULL)
    try:
        done = threading.Event()
        for _ in range(300):
            if outbox.status().counts["done"] == 5:
                done.set()
                break
            done.wait(0.05)
        assert done.is_set()
        second = subprocess.run(argv, cwd=root, capture_output=True, text=True, timeout=60)
        assert second.returncode == 3 and "queue.sync.already_running" in second.stderr
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        store.close()
    assert backend.counts("gw") == (5, 0)


def test_cannot_tell_yet_on_reconcile_does_not_open_the_circuit(tmp_path: Path) -> None:
    """A back end that answers "I cannot tell yet" about one ambiguous item (a moderated or
    not yet understood Open311 listing) is healthy: its other items must keep flowing."""
    from offline_queue.connectors.base import SendResult

    class Undecided:
        name = "o311"
        has_idempotency = False

        def __init__(self) -> None:
            self.sends: list[str] = []
            self.reconciles = 0

        def send(self, delivery: Delivery) -> SendResult:
            self.sends.append(delivery.kind)
            if delivery.kind == "ambiguous":
                return SendResult(Outcome.UNKNOWN, error_key="net.after_send")
            return SendResult(Outcome.ACKED, remote_ref="r")

        def reconcile(self, delivery: Delivery) -> SendResult:
            self.reconciles += 1
            return SendResult(Outcome.UNKNOWN, error_key="open311.listing_unverified")

        def close(self) -> None:
            pass

    store = open_store(tmp_path)
    policy = RetryPolicy(base=0.001, cap=0.002, unknown_grace=0.0, breaker_threshold=2)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(tmp_path), policy=policy)
    conn = Undecided()
    worker = SyncWorker(outbox, {"o311": conn}, settings=WorkerSettings(idle_poll=0.01))
    outbox.enqueue(backend="o311", kind="ambiguous", payload={})
    try:
        for _ in range(2000):
            worker.run_once()
            if conn.reconciles >= 4:
                break
            threading.Event().wait(0.002)
        assert conn.reconciles >= 4
        assert outbox.backend_states()["o311"][0] == "closed"
        outbox.enqueue(backend="o311", kind="report", payload={})
        for _ in range(2000):
            worker.run_once()
            if "report" in conn.sends:
                break
            threading.Event().wait(0.002)
        assert "report" in conn.sends  # not held behind an open circuit
    finally:
        worker.stop()
        store.close()
