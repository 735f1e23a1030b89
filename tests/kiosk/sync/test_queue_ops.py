"""The QueueOps port without Qt: a real queue file, a refused request turned dead letter, a
technician's retry (audited first, the sync worker woken) and discard, and no queue at all."""

from __future__ import annotations

import threading

import pytest

from kiosk.sync.queue_ops import DeadLetter, QueueOpError, QueueOps
from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.outbox import AuditEvent, Outbox
from offline_queue.sync import SyncWorker, WorkerSettings
from tests.offline_queue.conftest import ScriptedConnector


def _dead(outbox: Outbox, gateway: ScriptedConnector) -> str:
    gateway.script.append(SendResult(Outcome.REJECTED, "gateway.closed"))
    item = outbox.enqueue(
        backend="gateway", kind="feedback.comment", payload={"body": {"c": "x"}}, lane="l"
    )
    SyncWorker(outbox, {"gateway": gateway}).drain(5)
    assert outbox.find(item.reference).state == "dead"
    return item.reference


def test_dead_letters_listed_without_their_payload(outbox: Outbox) -> None:
    reference = _dead(outbox, ScriptedConnector("gateway"))
    ops = QueueOps(outbox)
    assert ops.available
    assert ops.dead_letters(10) == (DeadLetter(reference, "gateway"),)
    assert ops.state_of(reference) == "dead"
    assert ops.state_of("NOPE-NOPE") is None


class _Watched(ScriptedConnector):
    """Says when it was asked to send."""

    def __init__(self) -> None:
        super().__init__("gateway")
        self.asked = threading.Event()

    def send(self, delivery: Delivery) -> SendResult:
        try:
            return super().send(delivery)
        finally:
            self.asked.set()


def test_retry_is_audited_first_and_wakes_the_sync_worker(outbox: Outbox) -> None:
    reference = _dead(outbox, ScriptedConnector("gateway"))
    gateway = _Watched()
    worker = SyncWorker(outbox, {"gateway": gateway}, settings=WorkerSettings(idle_poll=60.0))
    worker.start()
    try:
        events: list[AuditEvent] = []
        QueueOps(outbox, worker).retry(reference, actor="technician", audit=events.append)
        assert len(events) == 1
        assert gateway.asked.wait(10)  # idle_poll is a minute: only the wake sends it now
    finally:
        worker.stop()  # joins the worker: the answer is recorded
    assert outbox.find(reference).state == "done"


def test_discard_and_an_impossible_decision_keep_the_outbox_key(outbox: Outbox) -> None:
    reference = _dead(outbox, ScriptedConnector("gateway"))
    ops = QueueOps(outbox)
    events: list[AuditEvent] = []
    ops.discard(reference, actor="technician", audit=events.append)
    assert ops.state_of(reference) == "cancelled" and len(events) == 1
    assert ops.dead_letters(10) == ()
    with pytest.raises(QueueOpError) as refused:
        ops.retry("NOPE-NOPE", actor="technician", audit=events.append)
    assert refused.value.key.startswith("queue.")


def test_without_a_queue_the_port_is_there() -> None:
    ops = QueueOps(None)
    assert not ops.available
    assert ops.dead_letters(10) == () and ops.state_of("K7QX-3M9P") is None
    with pytest.raises(QueueOpError) as refused:
        ops.discard("K7QX-3M9P", actor="technician", audit=lambda _e: None)
    assert refused.value.key == "queue.unavailable"
