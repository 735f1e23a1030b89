"""A refusal's own words kept with the item: sealed under its data key, shredded with it."""

from __future__ import annotations

from pathlib import Path

from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.outbox import MAX_ANSWER, Outbox
from offline_queue.policy import RetentionPolicy
from offline_queue.sync import SyncWorker
from tests.offline_queue.conftest import FakeClock, ScriptedConnector

REASON = "Renewal limit reached for Ana Ñúñez: item on hold"


def _refuse(outbox: Outbox, detail: dict[str, object]) -> str:
    ils = ScriptedConnector("sip2")
    ils.script.append(SendResult(Outcome.REJECTED, "sip2.renew_refused", detail=detail))
    item = outbox.enqueue(backend="sip2", kind="sip2.renew", payload={"item_id": "i1"}, lane="l")
    SyncWorker(outbox, {"sip2": ils}, clock=outbox.clock).drain(5)
    assert outbox.find(item.reference).state == "dead"
    return item.reference


def _raw_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.glob("queue.db*")))


def test_a_refusal_keeps_the_back_ends_words_sealed(outbox: Outbox, tmp_path: Path) -> None:
    reference = _refuse(outbox, {"screen_message": REASON})
    assert outbox.answer(reference) == REASON
    outbox.store.checkpoint()
    raw = _raw_bytes(tmp_path / "data")
    for needle in (REASON, "Renewal limit", "Ana"):
        assert needle.encode() not in raw
        assert needle.encode("utf-16-le") not in raw


def test_no_words_no_answer_and_long_words_are_bounded(outbox: Outbox) -> None:
    assert outbox.answer(_refuse(outbox, {})) is None
    assert outbox.answer(_refuse(outbox, {"screen_message": "   "})) is None
    long = outbox.answer(_refuse(outbox, {"screen_message": "x" * 5000}))
    assert long is not None and len(long) == MAX_ANSWER


def test_the_answer_is_shredded_with_the_payload(
    outbox: Outbox, clock: FakeClock, tmp_path: Path
) -> None:
    reference = _refuse(outbox, {"screen_message": REASON})
    outbox.retention = RetentionPolicy(dead_payload=60.0)
    clock.advance(61.0)
    outbox.purge()
    assert outbox.answer(reference) is None
    with outbox.store.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT answer, payload FROM outbox WHERE reference = ?", (reference,)
        ).first()
    assert row is not None and row[0] is None and row[1] is None


def test_a_staff_cancel_shreds_the_answer_too(outbox: Outbox) -> None:
    reference = _refuse(outbox, {"screen_message": REASON})
    outbox.cancel(reference, actor="staff", audit=lambda _event: None)
    assert outbox.answer(reference) is None
