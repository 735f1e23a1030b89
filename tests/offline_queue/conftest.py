"""Fixtures for the offline queue: a real store in tmp_path, a fake clock, scripted connectors."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.policy import RetentionPolicy, RetryPolicy
from offline_queue.store import Store, open_store


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class ScriptedConnector:
    """An in-process back end: answers from a script, records what it was asked."""

    name: str
    has_idempotency: bool = True
    script: deque[SendResult] = field(default_factory=deque)
    reconcile_script: deque[SendResult] = field(default_factory=deque)
    sent: list[Delivery] = field(default_factory=list)
    reconciled: list[Delivery] = field(default_factory=list)
    probe_ok: bool | None = None
    closed: bool = False

    def send(self, delivery: Delivery) -> SendResult:
        self.sent.append(delivery)
        if self.script:
            return self.script.popleft()
        return SendResult(Outcome.ACKED, remote_ref=f"{self.name}-{len(self.sent)}")

    def reconcile(self, delivery: Delivery) -> SendResult:
        self.reconciled.append(delivery)
        if self.reconcile_script:
            return self.reconcile_script.popleft()
        return SendResult(Outcome.RETRY, "reconcile.absent")

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def keys(tmp_path: Path) -> FileKeyProvider:
    return FileKeyProvider.in_data_dir(tmp_path / "data")


POLICY = RetryPolicy(
    base=1.0,
    cap=8.0,
    max_attempts=5,
    max_age=3600.0,
    unknown_grace=10.0,
    breaker_threshold=3,
    breaker_open=60.0,
)


@pytest.fixture
def outbox(store: Store, keys: FileKeyProvider, clock: FakeClock) -> Outbox:
    return Outbox(
        store,
        keys,
        policy=POLICY,
        retention=RetentionPolicy(payload_after_done=60.0, dead_payload=600.0, metadata=3600.0),
        clock=clock,
        rng=random.Random(1),
    )
