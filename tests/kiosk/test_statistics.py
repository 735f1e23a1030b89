"""Anonymous statistics: session counts merged unless opted out, small counts suppressed,
daily batches accepted by the demo city."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import httpx

from citysim import CitySim
from kiosk.session import EndReason, Identity, IdlePolicy, Preferences, Role, Session
from kiosk.statistics import Statistics, recorder_for, suppress
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
