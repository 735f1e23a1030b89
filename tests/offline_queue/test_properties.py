"""Property-based: random interleavings of enqueue, faults, worker steps, crashes and time.

A simulated back end applies effects truthfully (idempotency keys where it has them); whatever
happens, once the faults stop and time passes every transaction is applied exactly once, in
enqueue order within its lane, and every row ends ``done``.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections import deque
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.crypto import AesKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.policy import RetryPolicy
from offline_queue.store import open_store
from offline_queue.sync import SyncWorker, WorkerSettings
from tests.offline_queue.conftest import FakeClock

MODES = ("ack", "retry", "lost_reply", "fail_before", "refused", "busy")
POLICY = RetryPolicy(
    base=1.0,
    cap=4.0,
    max_attempts=10_000,
    max_age=1e9,
    unknown_grace=1.0,
    breaker_threshold=4,
    breaker_open=5.0,
)


class SimBackend:
    """Applies effects; ``modes`` scripts how the next calls go (default: ack)."""

    def __init__(self, name: str, idempotent: bool) -> None:
        self.name = name
        self.has_idempotency = idempotent
        self.modes: deque[str] = deque()
        self.effects: list[str] = []  # tx ids, in application order
        self.keys: set[str] = set()

    def _apply(self, tx: str) -> None:
        if self.has_idempotency and tx in self.keys:
            return  # the saved response is replayed, nothing applied again
        self.keys.add(tx)
        self.effects.append(tx)

    def send(self, d: Delivery) -> SendResult:
        mode = self.modes.popleft() if self.modes else "ack"
        tx = str(d.tx_id)
        if mode == "refused":
            return SendResult(Outcome.RETRY, "net.connect", reached=False)
        if mode == "retry":
            return SendResult(Outcome.RETRY, "http.503")
        if mode == "busy":
            return SendResult(Outcome.RETRY, "http.429", retry_after=2.0)
        if mode == "fail_before":
            return SendResult(Outcome.UNKNOWN, "http.500")
        self._apply(tx)
        if mode == "lost_reply":
            return SendResult(Outcome.UNKNOWN, "net.after_send")
        return SendResult(Outcome.ACKED, remote_ref=tx)

    def reconcile(self, d: Delivery) -> SendResult:
        if self.modes and self.modes[0] == "refused":
            self.modes.popleft()
            return SendResult(Outcome.UNKNOWN, "net.connect", reached=False)
        if str(d.tx_id) in self.effects:
            return SendResult(Outcome.ACKED, remote_ref=str(d.tx_id))
        return SendResult(Outcome.RETRY, "reconcile.absent")

    def close(self) -> None:
        return


class QueueMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="queue-prop-"))
        self.store = open_store(self.dir)
        self.clock = FakeClock()
        self.keys = AesKeyProvider(b"k" * 32)
        self.outbox = Outbox(
            self.store, self.keys, policy=POLICY, clock=self.clock, rng=random.Random(0)
        )
        self.backends = {"gw": SimBackend("gw", True), "o311": SimBackend("o311", False)}
        self.worker = self._new_worker()
        self.enqueued: dict[str, list[str]] = {}  # lane -> tx ids in enqueue order
        self.backend_of: dict[str, str] = {}
        self.loose: dict[str, list[str]] = {"gw": [], "o311": []}  # unordered, per back end

    def _new_worker(self) -> SyncWorker:
        return SyncWorker(
            self.outbox,
            self.backends,
            clock=self.clock,
            rng=random.Random(1),
            settings=WorkerSettings(pipeline=4, batch=3, offline_after=3, probe_interval=2.0),
        )

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    @rule(backend=st.sampled_from(["gw", "o311"]), lane=st.integers(0, 3))
    def enqueue(self, backend: str, lane: int) -> None:
        if lane == 3:  # unordered: no lane, no order, still exactly once
            e = self.outbox.enqueue(backend=backend, kind="k", payload={"n": 1}, lane=None)
            self.loose[backend].append(str(e.tx_id))
            return
        name = f"{backend}:{lane}"
        e = self.outbox.enqueue(backend=backend, kind="k", payload={"n": 1}, lane=name)
        self.enqueued.setdefault(name, []).append(str(e.tx_id))
        self.backend_of[name] = backend

    @rule(
        backend=st.sampled_from(["gw", "o311"]),
        modes=st.lists(st.sampled_from(MODES), min_size=1, max_size=4),
    )
    def faults(self, backend: str, modes: list[str]) -> None:
        self.backends[backend].modes.extend(modes)

    @rule()
    def step(self) -> None:
        self.worker.run_once()

    @rule()
    def crash(self) -> None:
        # kill -9: results not yet recorded are gone with the process; a new worker recovers
        self.worker = self._new_worker()
        self.worker.recover()

    @rule(seconds=st.floats(0.5, 20.0))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @invariant()
    def nothing_applied_twice_or_out_of_order(self) -> None:
        if not hasattr(self, "backends"):
            return
        for b in self.backends.values():
            assert len(b.effects) == len(set(b.effects)), "duplicate effect"
        for lane, txs in self.enqueued.items():
            applied = [tx for tx in self.backends[self.backend_of[lane]].effects if tx in txs]
            assert applied == txs[: len(applied)], f"lane {lane} out of order"

    def finish(self) -> None:
        for b in self.backends.values():
            b.modes.clear()
        total = sum(len(t) for t in self.enqueued.values()) + sum(map(len, self.loose.values()))
        for _ in range(60):
            self.worker.drain(5)
            if self.outbox.status().counts["done"] == total:
                break
            self.clock.advance(10.0)
        for lane, txs in self.enqueued.items():
            assert [t for t in self.backends[self.backend_of[lane]].effects if t in txs] == txs
        for backend, txs in self.loose.items():
            assert set(txs) <= set(self.backends[backend].effects), "unordered item lost"
        counts = self.outbox.status().counts
        assert counts["done"] == total, counts


class QueueMachineWithFinish(QueueMachine):
    def teardown(self) -> None:
        try:
            if hasattr(self, "outbox"):
                self.finish()
        finally:
            super().teardown()


QueueMachineWithFinish.TestCase.settings = settings(
    max_examples=40, stateful_step_count=40, deadline=None
)
TestQueueProperties = QueueMachineWithFinish.TestCase
