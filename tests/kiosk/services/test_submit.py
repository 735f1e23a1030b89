"""submit(): only a refusal is refused; an item parked for a person is a saved request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import load_demo_config
from kiosk.records.receipts import ReceiptStatus
from kiosk.runtime.app import KioskCore, build_core
from kiosk.services.submit import Submission, SubmitRefused, submit
from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.sync import SyncWorker, WorkerSettings
from tests.conftest import shell_only
from tests.offline_queue.conftest import ScriptedConnector


@pytest.fixture
def core(tmp_path: Path) -> Iterator[KioskCore]:
    core = build_core(shell_only(load_demo_config(tmp_path / "data")))
    core.start()
    try:
        yield core
    finally:
        core.close()


def _with_gateway(core: KioskCore, result: SendResult) -> ScriptedConnector:
    """The queue's in-process back end in place of the (offline) gateway connector."""
    assert core.outbox is not None
    gateway = ScriptedConnector("gateway", has_idempotency=False)
    gateway.script.append(result)
    core.sync = SyncWorker(
        core.outbox, {"gateway": gateway}, settings=WorkerSettings(idle_poll=0.02)
    )
    core.sync.start()
    core.closers.append(core.sync.stop)
    return gateway


def _feedback() -> Submission:
    return Submission("feedback", "Feedback", "feedback.comment", {"body": {"comment": "ok"}})


def test_a_refusal_within_the_grace_period_is_refused(core: KioskCore) -> None:
    _with_gateway(core, SendResult(Outcome.REJECTED, "gateway.closed"))
    with pytest.raises(SubmitRefused) as refused:
        submit(core, _feedback(), "en", grace_s=5.0)
    assert refused.value.key == "gateway.closed"


def test_an_item_parked_for_review_gets_a_saved_request_receipt(core: KioskCore) -> None:
    gateway = _with_gateway(core, SendResult(Outcome.REVIEW, "open311.review_moderated_listing"))
    outcome = submit(core, _feedback(), "en", grace_s=5.0)
    assert outcome.status is ReceiptStatus.QUEUED and outcome.remote_ref is None
    assert len(gateway.sent) == 1
    assert core.outbox is not None
    assert core.outbox.find(outcome.reference).state == "dead"  # in front of a person
