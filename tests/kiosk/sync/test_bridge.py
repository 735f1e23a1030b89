"""The sync worker's Qt bridge: a queued request's answer reaches the GUI thread as
``request_answered(reference, answer)``, in the words the resident is told (a real queue file;
the back end is a scripted connector)."""

from __future__ import annotations

from typing import Any

from kiosk.sync.bridge import Answer, SyncBridge
from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.outbox import Outbox
from offline_queue.policy import RetryPolicy
from offline_queue.sync import SyncWorker
from tests.offline_queue.conftest import ScriptedConnector


def _answer(qtbot: Any, outbox: Outbox, *script: SendResult) -> tuple[str, list[object]]:
    gateway = ScriptedConnector("gateway")
    gateway.script.extend(script)
    worker = SyncWorker(outbox, {"gateway": gateway})
    bridge = SyncBridge(worker)
    item = outbox.enqueue(
        backend="gateway", kind="feedback.comment", payload={"body": {"c": "x"}}, lane="l"
    )
    with qtbot.waitSignal(bridge.request_answered, timeout=5000) as blocker:
        worker.drain(5)
    return item.reference, blocker.args


def test_a_delivered_request_is_answered_sent(qtbot: Any, outbox: Outbox) -> None:
    reference, args = _answer(qtbot, outbox)
    assert args == [reference, Answer.SENT.value]


def test_a_refused_request_is_answered_refused(qtbot: Any, outbox: Outbox) -> None:
    reference, args = _answer(qtbot, outbox, SendResult(Outcome.REJECTED, "gateway.closed"))
    assert args == [reference, Answer.REFUSED.value]


def test_a_request_the_back_end_cannot_confirm_is_for_staff_to_check(
    qtbot: Any, outbox: Outbox
) -> None:
    reference, args = _answer(qtbot, outbox, SendResult(Outcome.REVIEW, "gateway.review"))
    assert args == [reference, Answer.IN_REVIEW.value]


def test_a_request_out_of_attempts_is_for_staff_to_send(qtbot: Any, outbox: Outbox) -> None:
    outbox.policy = RetryPolicy(base=0.0, cap=0.0, max_attempts=1)
    reference, args = _answer(qtbot, outbox, SendResult(Outcome.RETRY, "gateway.http_503"))
    assert args == [reference, Answer.NEEDS_STAFF.value]


def test_a_request_sent_again_later_is_not_answered_yet(qtbot: Any, outbox: Outbox) -> None:
    gateway = ScriptedConnector("gateway")
    gateway.script.append(SendResult(Outcome.RETRY, "gateway.http_503"))
    worker = SyncWorker(outbox, {"gateway": gateway})
    bridge = SyncBridge(worker)
    outbox.enqueue(backend="gateway", kind="feedback.comment", payload={"body": {}}, lane="l")
    with qtbot.assertNotEmitted(bridge.request_answered), qtbot.waitSignal(bridge.item_finished):
        worker.drain(1)
