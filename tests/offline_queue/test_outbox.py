"""Outbox state transitions with a real store and scripted in-process back ends."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable

import pytest
from sqlalchemy import Connection, text

from offline_queue import deadletters
from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.crypto import AesKeyProvider, FileKeyProvider
from offline_queue.deadletters import DETAILS, explain
from offline_queue.outbox import (
    AuditEvent,
    Enqueued,
    Outbox,
    OutboxError,
    QueueStatus,
    reference_for,
)
from offline_queue.policy import RetryPolicy
from offline_queue.store import Store
from offline_queue.store.models import State
from offline_queue.sync import Connectivity, ItemFinished, SyncWorker, WorkerSettings
from tests.offline_queue.conftest import POLICY, FakeClock, ScriptedConnector

ACK = SendResult(Outcome.ACKED, remote_ref="r-1")
RETRY = SendResult(Outcome.RETRY, "http.503")
REFUSED = SendResult(Outcome.RETRY, "net.connect", reached=False)
UNKNOWN = SendResult(Outcome.UNKNOWN, "net.after_send")
REJECT = SendResult(Outcome.REJECTED, "http.422")


def worker(outbox: Outbox, *conns: ScriptedConnector, **settings: float) -> SyncWorker:
    return SyncWorker(
        outbox,
        {c.name: c for c in conns},
        settings=WorkerSettings(**settings),  # type: ignore[arg-type]
        clock=outbox.clock,
        rng=random.Random(2),
    )


def state(outbox: Outbox, e: Enqueued) -> str:
    return outbox.find(e.reference).state


def test_enqueue_commits_receipt_business_rows_and_outbox_row_together(outbox: Outbox) -> None:
    def business(conn: Connection, e: Enqueued) -> None:
        conn.execute(text("CREATE TABLE IF NOT EXISTS biz (tx TEXT)"))
        conn.execute(text("INSERT INTO biz VALUES (:t)"), {"t": str(e.tx_id)})

    e = outbox.enqueue(backend="gw", kind="bill.payment", payload={"a": 1}, business=business)
    assert isinstance(e.tx_id, uuid.UUID) and e.reference == reference_for(e.tx_id)
    assert len(e.reference) == 9 and e.reference[4] == "-"
    with outbox.store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM biz")).scalar() == 1
        assert conn.execute(text("SELECT reference FROM receipt")).scalar() == e.reference
    assert state(outbox, e) == "pending"


def test_failing_business_step_commits_nothing(outbox: Outbox) -> None:
    def business(conn: Connection, e: Enqueued) -> None:
        raise ValueError("validation failed")

    with pytest.raises(ValueError):
        outbox.enqueue(backend="gw", kind="k", payload={}, business=business)
    assert outbox.status().counts == {s.value: 0 for s in State}
    with outbox.store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM receipt")).scalar() == 0


def test_pending_in_flight_done(outbox: Outbox, clock: FakeClock) -> None:
    gw = ScriptedConnector("gw")
    finished: list[ItemFinished] = []
    w = worker(outbox, gw)
    w.on_item_finished(finished.append)
    e = outbox.enqueue(backend="gw", kind="k", payload={"n": 1})
    w.drain(5)
    item = outbox.find(e.reference)
    assert item.state == "done" and item.remote_ref == "gw-1" and item.attempts == 1
    assert gw.sent[0].tx_id == e.tx_id and gw.sent[0].payload == {"n": 1}
    assert [(f.tx_id, f.state) for f in finished] == [(str(e.tx_id), State.DONE)]


def test_in_flight_is_durable_before_the_send(outbox: Outbox) -> None:
    seen: list[str] = []

    class Peek(ScriptedConnector):
        def send(self, delivery: Delivery) -> SendResult:
            seen.append(outbox.find(str(delivery.tx_id)).state)
            return super().send(delivery)

    w = worker(outbox, Peek("o311", has_idempotency=False))
    outbox.enqueue(backend="o311", kind="k", payload={})
    w.drain(5)
    assert seen == ["in_flight"]


def test_retry_backs_off_with_jitter_and_honours_retry_after(
    outbox: Outbox, clock: FakeClock
) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([RETRY, SendResult(Outcome.RETRY, "http.429", retry_after=120.0)])
    w = worker(outbox, gw)
    e = outbox.enqueue(backend="gw", kind="k", payload={})
    w.drain(5)
    item = outbox.find(e.reference)
    assert item.state == "pending" and item.attempts == 1 and item.last_error == "http.503"
    assert clock.now <= item.next_attempt_at <= clock.now + POLICY.base * 2
    w.drain(5)
    assert len(gw.sent) == 1  # not due yet
    clock.now = item.next_attempt_at
    w.drain(5)
    item = outbox.find(e.reference)
    assert item.next_attempt_at >= clock.now + 120.0  # Retry-After beats the jitter
    clock.now = item.next_attempt_at
    w.drain(5)
    assert state(outbox, e) == "done" and len(gw.sent) == 3


def test_unreached_attempts_are_not_counted(outbox: Outbox, clock: FakeClock) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([REFUSED])
    w = worker(outbox, gw)
    e = outbox.enqueue(backend="gw", kind="k", payload={})
    w.drain(5)
    assert outbox.find(e.reference).attempts == 0


def test_unknown_on_idempotent_backend_goes_back_to_pending_same_key(
    outbox: Outbox, clock: FakeClock
) -> None:
    gw = ScriptedConnector("gw")
    gw.script.append(UNKNOWN)
    w = worker(outbox, gw)
    e = outbox.enqueue(backend="gw", kind="k", payload={})
    w.drain(5)
    assert state(outbox, e) == "pending"
    clock.advance(100)
    w.drain(5)
    assert state(outbox, e) == "done"
    assert [d.tx_id for d in gw.sent] == [e.tx_id, e.tx_id]
    assert gw.reconciled == []


@pytest.mark.parametrize(
    ("reconcile", "final", "resent"),
    [
        (SendResult(Outcome.ACKED, remote_ref="sr-9"), "done", False),  # it had landed
        (SendResult(Outcome.RETRY, "reconcile.absent"), "done", True),  # proven absent: resend
    ],
)
def test_unknown_without_idempotency_is_reconciled_before_any_resend(
    outbox: Outbox, clock: FakeClock, reconcile: SendResult, final: str, resent: bool
) -> None:
    o311 = ScriptedConnector("o311", has_idempotency=False)
    o311.script.append(UNKNOWN)
    o311.reconcile_script.append(reconcile)
    w = worker(outbox, o311)
    e = outbox.enqueue(backend="o311", kind="k", payload={})
    w.drain(5)
    assert state(outbox, e) == "unknown" and len(o311.sent) == 1
    w.drain(5)
    assert o311.reconciled == []  # grace delay first
    clock.advance(POLICY.unknown_grace + POLICY.cap)
    w.drain(5)
    w.drain(5)
    item = outbox.find(e.reference)
    assert item.state == final and len(o311.reconciled) == 1
    assert len(o311.sent) == (2 if resent else 1)
    if not resent:
        assert item.remote_ref == "sr-9"


def test_unknown_that_stays_unknown_dies_at_the_limit(outbox: Outbox, clock: FakeClock) -> None:
    o311 = ScriptedConnector("o311", has_idempotency=False)
    o311.script.append(UNKNOWN)
    o311.reconcile_script.extend([UNKNOWN] * 10)
    w = worker(outbox, o311)
    e = outbox.enqueue(backend="o311", kind="k", payload={})
    for _ in range(10):
        w.drain(5)
        clock.advance(POLICY.breaker_open * 2)  # past backoff and an open circuit
    item = outbox.find(e.reference)
    assert item.state == "dead" and len(o311.sent) == 1  # never blindly resent
    assert len(o311.reconciled) == POLICY.max_attempts - 1
    assert item.last_error == "queue.unknown_unresolved"  # not the connector's key
    assert item.last_attempt_key == "net.after_send" and item.last_outcome == "unknown"


def test_the_unknown_loop_is_bounded_by_ambiguous_outcomes_not_attempts(
    store: Store, keys: FileKeyProvider, clock: FakeClock
) -> None:
    """A 500 after create (#13 item 6): send -> unknown -> reconcile proves absent -> resend ->
    unknown ... would spin to the attempt limit (~80 min with the defaults) and die as
    "http.500". It stops after max_unknown ambiguous outcomes, as queue.unknown_unresolved."""
    policy = RetryPolicy(base=1.0, cap=8.0, max_attempts=25, unknown_grace=2.0, max_unknown=4)
    outbox = Outbox(store, keys, policy=policy, clock=clock, rng=random.Random(3))
    o311 = ScriptedConnector("o311", has_idempotency=False)
    o311.script.extend([SendResult(Outcome.UNKNOWN, "http.500")] * 30)  # reconcile: absent
    w = worker(outbox, o311)
    e = outbox.enqueue(backend="o311", kind="k", payload={})
    for _ in range(30):
        w.drain(5)
        clock.advance(policy.breaker_open * 2)
    item = outbox.find(e.reference)
    assert item.state == "dead" and item.last_error == "queue.unknown_unresolved"
    assert len(o311.sent) == 4 and item.attempts < policy.max_attempts
    assert item.last_attempt_key == "http.500"
    explained = explain(item)
    assert explained.needs_review and "http.500" in explained.text
    assert explained.text.startswith("needs review: ")


@pytest.mark.parametrize(
    ("result", "kind", "holds"),
    [
        (SendResult(Outcome.REVIEW, "open311.review_moderated_listing"), "needs_review", True),
        (SendResult(Outcome.REJECTED, "sip2.renewal_refused"), "refused", False),
        (SendResult(Outcome.RETRY, "http.503"), "gave_up", True),
    ],
)
def test_every_dead_item_is_explained_from_one_table(
    outbox: Outbox, result: SendResult, kind: str, holds: bool
) -> None:
    gw = ScriptedConnector("gw")
    gw.script.append(result)
    e = outbox.enqueue(backend="gw", kind="k", payload={}, lane="L", max_attempts=1)
    worker(outbox, gw).drain(5)
    item = outbox.find(e.reference)
    why = explain(item)
    assert item.state == "dead" and why.reason.kind == kind
    assert (why.reason.holds_lane and item.ordered) is holds
    assert why.key == result.error_key and why.reason.resident and why.reason.action
    if kind == "needs_review":
        assert why.text == "needs review: " + DETAILS["open311.review_moderated_listing"]
    assert deadletters.counts(outbox)[kind] == 1


def test_a_refusal_is_an_answer_it_goes_dead_and_holds_no_lane(outbox: Outbox) -> None:
    """A refused renewal must not block the next operation on the same patron's item (#13)."""
    gw = ScriptedConnector("gw")
    gw.script.append(REJECT)
    w = worker(outbox, gw)
    a = outbox.enqueue(backend="gw", kind="k", payload={"n": 1}, lane="library:p1")
    b = outbox.enqueue(backend="gw", kind="k", payload={"n": 2}, lane="library:p1")
    c = outbox.enqueue(backend="gw", kind="k", payload={"n": 3}, lane="other")
    w.drain(5)
    assert [state(outbox, x) for x in (a, b, c)] == ["dead", "done", "done"]
    dead = outbox.find(a.reference)
    assert dead.last_error == "http.422" and dead.last_outcome == "rejected"
    assert not dead.ordered  # it left its lane: nothing waits behind it
    assert outbox.status().lanes == ()


@pytest.mark.parametrize(
    "result",
    [SendResult(Outcome.REVIEW, "open311.not_authoritative"), RETRY],
    ids=["needs_review", "gave_up"],
)
def test_a_dead_item_that_may_matter_holds_only_its_own_lane(
    outbox: Outbox, clock: FakeClock, result: SendResult
) -> None:
    """Needs review (may have landed) or given up after failures: later items of the *same*
    lane wait for a person; other lanes and unordered items go on."""
    gw = ScriptedConnector("gw")
    gw.script.append(result)
    w = worker(outbox, gw)
    a = outbox.enqueue(
        backend="gw", kind="k", payload={"n": 1}, lane="appointments:x", max_attempts=1
    )
    b = outbox.enqueue(backend="gw", kind="k", payload={"n": 2}, lane="appointments:x")
    c = outbox.enqueue(backend="gw", kind="k", payload={"n": 3}, lane="appointments:y")
    d = outbox.enqueue(backend="gw", kind="k", payload={"n": 4})  # unordered
    w.drain(5)
    assert [state(outbox, x) for x in (a, b, c, d)] == ["dead", "pending", "done", "done"]
    lanes = {lane.lane: lane for lane in outbox.status().lanes}
    assert lanes["appointments:x"].head_state == "dead" and lanes["appointments:x"].active == 2
    assert outbox.find(a.reference).ordered


def test_unordered_items_wait_for_nothing(outbox: Outbox, clock: FakeClock) -> None:
    """Unordered items (lane None) are each their own head: one in backoff or dead delays none
    of the others, and they are claimed together (one transaction, many heads)."""
    gw = ScriptedConnector("gw")
    gw.script.extend([RETRY, REJECT, SendResult(Outcome.REVIEW, "x.review")])
    w = worker(outbox, gw)
    items = [outbox.enqueue(backend="gw", kind="k", payload={"n": i}) for i in range(6)]
    assert {e.lane for e in items} == {""}
    w.drain(5)
    assert [state(outbox, e) for e in items] == ["pending", "dead", "dead", *["done"] * 3]
    st = outbox.status()
    assert st.unordered == 3 and st.lanes == ()
    clock.advance(POLICY.cap + 1)
    w.drain(5)
    assert state(outbox, items[0]) == "done"


@pytest.mark.parametrize("limit", ["attempts", "age"])
def test_limits_send_an_item_dead(outbox: Outbox, clock: FakeClock, limit: str) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([RETRY] * 50)
    w = worker(outbox, gw)
    e = outbox.enqueue(backend="gw", kind="k", payload={})
    if limit == "age":
        clock.advance(POLICY.max_age + 1)
        w.drain(5)
        assert state(outbox, e) == "dead" and len(gw.sent) == 1
        return
    for _ in range(POLICY.max_attempts + 2):
        w.drain(5)
        clock.advance(POLICY.breaker_open * 2)
    assert state(outbox, e) == "dead" and len(gw.sent) == POLICY.max_attempts


def test_fifo_per_lane_across_retries(outbox: Outbox, clock: FakeClock) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([ACK, RETRY, ACK, ACK, ACK])
    w = worker(outbox, gw)
    items = [outbox.enqueue(backend="gw", kind="k", payload={"n": i}, lane="L") for i in range(4)]
    for _ in range(4):
        w.drain(5)
        clock.advance(POLICY.cap + 1)
    order = [d.payload["n"] for d in gw.sent]
    assert order == [0, 1, 1, 2, 3]
    assert all(state(outbox, e) == "done" for e in items)


def test_pipeline_stops_at_first_failure_and_releases_the_rest(
    outbox: Outbox, clock: FakeClock
) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([ACK, ACK, RETRY])
    w = worker(outbox, gw, pipeline=8)
    items = [outbox.enqueue(backend="gw", kind="k", payload={"n": i}, lane="L") for i in range(6)]
    w.drain(5)
    states = [outbox.find(e.reference) for e in items]
    assert [s.state for s in states] == ["done", "done", "pending", "pending", "pending", "pending"]
    assert [s.attempts for s in states] == [1, 1, 1, 0, 0, 0]  # unsent ones not counted
    assert [d.payload["n"] for d in gw.sent] == [0, 1, 2]
    with outbox.store.read() as conn:
        outcomes = conn.execute(text("SELECT outcome FROM attempt_log ORDER BY id")).scalars()
        assert list(outcomes) == ["acked", "acked", "retry", "not_sent", "not_sent", "not_sent"]


@pytest.mark.parametrize(("idempotent", "after"), [(True, "pending"), (False, "unknown")])
def test_start_up_recovery_of_in_flight_items(
    outbox: Outbox, clock: FakeClock, idempotent: bool, after: str
) -> None:
    conn = ScriptedConnector("b", has_idempotency=idempotent)
    e = outbox.enqueue(backend="b", kind="k", payload={})
    claimed, _ = outbox.apply_and_claim([], backends={"b": (1, 1)}, limit=1)
    assert state(outbox, e) == "in_flight" and len(claimed) == 1
    # ...the process dies here; a new worker starts
    w = worker(outbox, conn)
    w.recover()
    assert state(outbox, e) == after
    with outbox.store.read() as c:
        assert c.execute(text("SELECT outcome FROM attempt_log")).scalar() == "crashed"


def test_circuit_breaker_opens_then_lets_one_trial_through(
    outbox: Outbox, clock: FakeClock
) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([RETRY] * POLICY.breaker_threshold)
    w = worker(outbox, gw)
    for i in range(POLICY.breaker_threshold + 3):
        outbox.enqueue(backend="gw", kind="k", payload={}, lane=f"L{i}")
    w.drain(5)
    assert len(gw.sent) == POLICY.breaker_threshold  # then the circuit opened
    assert outbox.backend_states()["gw"][0] == "open"
    clock.advance(POLICY.cap + 1)
    w.drain(5)
    assert len(gw.sent) == POLICY.breaker_threshold  # still open
    clock.advance(POLICY.breaker_open * 1.5)
    w.run_once()  # half-open: exactly one trial
    assert len(gw.sent) == POLICY.breaker_threshold + 1
    w.drain(5)  # the trial succeeded: closed, the rest flows
    assert outbox.status().counts["done"] == POLICY.breaker_threshold + 3
    assert outbox.backend_states()["gw"][0] == "closed"


def test_offline_after_consecutive_connect_failures_then_probe(
    outbox: Outbox, clock: FakeClock
) -> None:
    gw = ScriptedConnector("gw")
    gw.script.extend([REFUSED] * 3)
    w = worker(outbox, gw, offline_after=3, probe_interval=5.0)
    states: list[Connectivity] = []
    w.on_state_changed(states.append)
    for i in range(5):
        outbox.enqueue(backend="gw", kind="k", payload={}, lane=f"L{i}")
    w.drain(5)
    assert states == [Connectivity.OFFLINE] and w.connectivity is Connectivity.OFFLINE
    sent = len(gw.sent)
    clock.advance(1)
    w.drain(5)
    assert len(gw.sent) == sent  # offline: nothing is tried before the probe
    clock.advance(POLICY.cap + 10)
    w.drain(5)  # probe time: no probe() on this connector, so one trial delivery decides
    assert states == [Connectivity.OFFLINE, Connectivity.ONLINE]
    w.drain(5)
    assert outbox.status().counts["done"] == 5
    assert all(i.attempts == 1 for i in outbox.items())  # refused attempts never counted


def test_probe_method_is_used_while_offline(outbox: Outbox, clock: FakeClock) -> None:
    class WithProbe(ScriptedConnector):
        probes = 0

        def probe(self) -> bool:
            self.probes += 1
            return self.probes > 1

    gw = WithProbe("gw")
    gw.script.extend([REFUSED])
    w = worker(outbox, gw, offline_after=1, probe_interval=5.0)
    outbox.enqueue(backend="gw", kind="k", payload={})
    w.drain(5)
    assert w.connectivity is Connectivity.OFFLINE
    clock.advance(10)
    w.drain(5)
    assert gw.probes == 1 and len(gw.sent) == 1
    clock.advance(10)
    w.drain(5)
    assert gw.probes == 2
    assert w.connectivity.value == "online"
    assert outbox.status().counts["done"] == 1


def test_counts_observer(outbox: Outbox) -> None:
    seen: list[QueueStatus] = []
    w = worker(outbox, ScriptedConnector("gw"))
    w.on_counts_changed(seen.append)
    outbox.enqueue(backend="gw", kind="k", payload={})
    w.drain(5)
    assert seen and seen[-1].counts["done"] == 1 and seen[-1].waiting == 0


def test_connector_bug_is_treated_as_unknown(
    outbox: Outbox, caplog: pytest.LogCaptureFixture
) -> None:
    class Buggy(ScriptedConnector):
        def send(self, delivery: Delivery) -> SendResult:
            raise KeyError("bug")

    w = worker(outbox, Buggy("o311", has_idempotency=False))
    e = outbox.enqueue(backend="o311", kind="k", payload={})
    with caplog.at_level("ERROR"):
        w.drain(5)
    assert state(outbox, e) == "unknown"
    assert outbox.find(e.reference).last_error == "queue.connector_raised"


def test_undecryptable_item_goes_dead_not_silently_skipped(outbox: Outbox) -> None:
    e = outbox.enqueue(backend="gw", kind="k", payload={})
    other = Outbox(outbox.store, AesKeyProvider(b"\x01" * 32), clock=outbox.clock)
    w = SyncWorker(other, {"gw": ScriptedConnector("gw")}, clock=outbox.clock)
    w.drain(5)
    item = outbox.find(e.reference)
    assert item.state == "dead" and item.last_error == "queue.crypto.unknown_kek"


# ------------------------------------------------------------------ operator actions
def _audit() -> tuple[list[AuditEvent], object]:
    events: list[AuditEvent] = []
    return events, events.append


def test_operator_retry_of_a_dead_item(outbox: Outbox, clock: FakeClock) -> None:
    gw = ScriptedConnector("gw")
    gw.script.append(REJECT)
    w = worker(outbox, gw)
    e = outbox.enqueue(backend="gw", kind="k", payload={})
    w.drain(5)
    events: list[AuditEvent] = []
    view = outbox.retry(e.reference, actor="technician", audit=events.append)
    assert view.state == "pending" and view.attempts == 0 and view.tx_id == str(e.tx_id)
    assert [(a.action, a.from_state, a.to_state) for a in events] == [("retry", "dead", "pending")]
    w.drain(5)
    assert state(outbox, e) == "done"
    assert {d.tx_id for d in gw.sent} == {e.tx_id}  # same tx id = same idempotency key


def test_operator_retry_after_an_ambiguous_death_reconciles_first(
    outbox: Outbox, clock: FakeClock
) -> None:
    o311 = ScriptedConnector("o311", has_idempotency=False)
    o311.script.append(UNKNOWN)
    o311.reconcile_script.extend([UNKNOWN] * 10)
    w = worker(outbox, o311)
    e = outbox.enqueue(backend="o311", kind="k", payload={})
    for _ in range(8):
        w.drain(5)
        if state(outbox, e) == "dead":
            break
        clock.advance(POLICY.breaker_open * 2)
    assert state(outbox, e) == "dead"
    view = outbox.retry(str(e.tx_id), actor="technician", audit=lambda _: None)
    assert view.state == "unknown"


def test_operator_cancel_shreds_and_releases_the_lane(outbox: Outbox, clock: FakeClock) -> None:
    gw = ScriptedConnector("gw")
    gw.script.append(REJECT)
    w = worker(outbox, gw)
    a = outbox.enqueue(backend="gw", kind="k", payload={}, lane="L")
    b = outbox.enqueue(backend="gw", kind="k", payload={}, lane="L")
    w.drain(5)
    events: list[AuditEvent] = []
    view = outbox.cancel(a.reference, actor="technician", audit=events.append)
    assert view.state == "cancelled" and not view.has_payload
    assert events[0].action == "cancel"
    w.drain(5)
    assert state(outbox, b) == "done"
    with pytest.raises(OutboxError) as exc:
        outbox.cancel(b.reference, actor="technician", audit=events.append)
    assert exc.value.key == "queue.cancel_not_allowed"


def test_audit_failure_aborts_the_operator_action(outbox: Outbox) -> None:
    e = outbox.enqueue(backend="gw", kind="k", payload={})

    def broken(_: AuditEvent) -> None:
        raise OSError("audit disk full")

    with pytest.raises(OSError):
        outbox.cancel(e.reference, actor="technician", audit=broken)
    assert state(outbox, e) == "pending"


def test_unknown_reference(outbox: Outbox) -> None:
    with pytest.raises(OutboxError):
        outbox.find("ZZZZ-ZZZZ")


def _states(items: Iterable[Enqueued], outbox: Outbox) -> list[str]:
    return [state(outbox, e) for e in items]
