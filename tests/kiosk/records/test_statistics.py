"""Anonymous statistics: session counts merged unless opted out, small counts suppressed,
daily batches accepted by the demo city."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from pathlib import Path

import httpx

from citysim import CitySim
from kiosk.records.statistics import Statistics, recorder_for, suppress
from kiosk.session.machine import EndReason, Identity, IdlePolicy, Preferences, Role, Session
from tests.helpers.city import city  # noqa: F401


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC).timestamp()

    def __call__(self) -> float:
        return self.now


def _session() -> Session:
    return Session(IdlePolicy(), default_preferences=lambda: Preferences("en"))


def _visit(session: Session, service: str, *, complete: bool = True) -> None:
    session.start()
    session.choose_language("en")
    session.sign_in(Identity(Role.RESIDENT, "x", "RES-0001"))
    session.open_service(service)
    if complete:
        session.complete()
    session.end(EndReason.SIGN_OUT)


def test_suppression() -> None:
    assert suppress({"a": 1, "b": 4, "c": 5, "d": 0}) == {"c": 5}


def test_sessions_counted_unless_opted_out(tmp_path: Path) -> None:
    clock = Clock()
    stats = Statistics(tmp_path, "K-1", clock=clock)
    session = _session()
    stats.attach(session)
    assert recorder_for(session) is stats
    for _ in range(6):
        _visit(session, "permits")
    stats.opt_out()  # a resident who does not want to be counted, mid-session
    session.start()
    session.choose_language("en")
    session.sign_in(Identity(Role.RESIDENT, "y", "RES-0002"))
    stats.opt_out()
    session.open_service("petitions")
    session.end(EndReason.SIGN_OUT)
    assert stats.batches() == []  # today is still being counted
    clock.now += 86400
    [batch] = stats.batches()
    assert batch["counters"]["sessions"] == 6
    assert batch["counters"]["service.permits.completed"] == 6
    assert "service.petitions.opened" not in batch["counters"]
    text = json.dumps(batch)
    assert "RES-" not in text and "x" not in batch["counters"]


def test_practice_sessions_started_by_staff_are_not_counted(tmp_path: Path) -> None:
    clock = Clock()
    stats = Statistics(tmp_path, "K-1", clock=clock)
    session = _session()
    practising = [False]
    stats.attach(session, practising=lambda: practising[0])
    for _ in range(5):
        _visit(session, "permits")
    practising[0] = True  # made-up people (#15.11)
    for _ in range(3):
        _visit(session, "petitions")
    practising[0] = False
    _visit(session, "permits")
    clock.now += 86400
    [batch] = stats.batches()
    assert batch["counters"]["sessions"] == 6
    assert batch["counters"]["service.permits.completed"] == 6
    assert "service.petitions.opened" not in batch["counters"]


def test_daily_batch_reaches_the_city(city: CitySim, tmp_path: Path) -> None:  # noqa: F811
    clock = Clock()
    stats = Statistics(tmp_path, "K-1", clock=clock)
    for _ in range(7):
        stats.begin_session()
        stats.record("service.bills.opened")
        stats.record("language.fr")
        stats.end_session()
    stats.record_kiosk("offline.minutes", 3)  # small: suppressed
    clock.now += 86400
    restarted = Statistics(tmp_path, "K-1", clock=clock)  # persisted across restarts
    with httpx.Client(base_url=city.gateway_url) as client:

        def send(body: dict[str, object]) -> None:
            response = client.post(
                "/statistics", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
            )
            assert response.status_code == 202, response.text

        assert restarted.flush(send) == 1
    [uploaded] = city.gateway_state.statistics
    assert uploaded["counters"] == {
        "language.fr": 7,
        "service.bills.opened": 7,
        "sessions": 7,
    }
    assert restarted.batches() == []


def test_a_queued_daily_batch_is_anonymous_and_unordered(tmp_path: Path) -> None:
    """What the queue really holds for planners: the kiosk's id, the day and counters by kind;
    no resident's id, name or answer, in the payload or the row; no lane (a day's aggregate
    waits for nothing)."""
    from kiosk.config import load_demo_config
    from kiosk.records.statistics import queue_daily
    from kiosk.runtime.app import build_core
    from offline_queue.outbox import UNORDERED
    from tests.conftest import shell_only

    core = build_core(shell_only(load_demo_config(tmp_path / "data")))
    core.start()
    try:
        assert core.outbox is not None
        clock = Clock()
        stats = Statistics(core.config.paths.data_dir, "K-1", clock=clock)
        session = _session()
        stats.attach(session)
        for n in range(6):
            session.start()
            session.choose_language("fr")
            session.sign_in(Identity(Role.RESIDENT, "Xavierina Quellbrunn", f"RES-CANARY-{n}"))
            session.open_service("permits")
            stats.record("service.permits.step.2")
            stats.record("feedback.good")
            session.complete()
            session.end(EndReason.SIGN_OUT)
        clock.now += 86400
        assert queue_daily(stats, core) == 1
        [item] = core.outbox.items()
        assert item.kind == "statistics.upload" and item.lane == UNORDERED
        payload = core.outbox.payload(item.tx_id)
        assert payload is not None
        assert payload["params"] == {} and "resident_id" not in payload
        body = payload["body"]
        assert set(body) == {
            "kiosk_id",
            "period_start",
            "period_end",
            "suppression_threshold",
            "counters",
        }
        assert body["kiosk_id"] == "K-1" and body["period_start"] == "2026-11-26T00:00:00Z"
        assert body["counters"] == {
            "sessions": 6,
            "language.fr": 6,
            "role.resident": 6,
            "service.permits.opened": 6,
            "service.permits.step.2": 6,
            "service.permits.completed": 6,
            "feedback.good": 6,
        }
        text = json.dumps(payload) + json.dumps(dataclasses.asdict(item))
        for personal in ("RES-", "CANARY", "Xavierina", "Quellbrunn"):
            assert personal not in text, personal
    finally:
        core.close()
