"""Open311 deviations through the real queue (SQLite outbox, sync worker, fake clock): what
the resident's report becomes, in how many attempts, and that the server sees it once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from citysim import DEFAULT_API_KEY, CitySim, Fault, FaultMode
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.open311 import Open311Connector
from offline_queue.outbox import Outbox
from offline_queue.store.models import State
from offline_queue.sync import SyncWorker
from tests.offline_queue.conftest import FakeClock


def payload(code: str = "STREETLIGHT", **extra: object) -> dict[str, object]:
    return {
        "service_code": code,
        "address_string": "Plaça Nova 3",
        "description": "Off since Monday",
        "attributes": {},
        "reported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **extra,
    }


def running(profile: str) -> Iterator[CitySim]:
    with CitySim(profile=profile) as sim:
        yield sim


@pytest.fixture
def moderated_city() -> Iterator[CitySim]:
    yield from running("open311-moderated")


@pytest.fixture
def invalid_500_city() -> Iterator[CitySim]:
    yield from running("open311-500-on-invalid")


@pytest.fixture
def connectors() -> Iterator[list[Open311Connector]]:
    made: list[Open311Connector] = []
    yield made
    for conn in made:
        conn.close()


@pytest.fixture
def worker_for(
    connectors: list[Open311Connector], outbox: Outbox, clock: FakeClock
) -> Callable[..., SyncWorker]:
    def make(city: CitySim, reconcile_limit: int = 10) -> SyncWorker:
        conn = Open311Connector(
            city.open311_url,
            DEFAULT_API_KEY,
            timeout=default_timeout(connect=1.0, read=1.0),
            reconcile_limit=reconcile_limit,
        )
        connectors.append(conn)
        return SyncWorker(outbox, {"open311": conn}, clock=clock)

    return make


def settle(worker: SyncWorker, clock: FakeClock, rounds: int = 8) -> None:
    for _ in range(rounds):
        assert worker.drain(10.0)
        clock.advance(120.0)


def test_moderated_lost_answer_is_parked_for_review_never_resent(
    moderated_city: CitySim,
    outbox: Outbox,
    clock: FakeClock,
    worker_for: Callable[[CitySim], SyncWorker],
) -> None:
    worker = worker_for(moderated_city)
    first = outbox.enqueue(backend="open311", kind="open311.request", payload=payload())
    assert worker.drain(10.0)
    assert outbox.find(first.reference).state == State.DONE.value
    moderated_city.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_AFTER_COMMIT))
    second = outbox.enqueue(backend="open311", kind="open311.request", payload=payload())
    settle(worker, clock)
    item = outbox.find(second.reference)
    assert item.state == State.DEAD.value
    assert item.last_error == "open311.review_moderated_listing"
    assert len(moderated_city.open311_state.requests) == 2
    assert not moderated_city.ledger.duplicates("open311")["open311"]


def test_invalid_request_answered_500_is_dead_at_once_with_a_precise_key(
    invalid_500_city: CitySim, outbox: Outbox, worker_for: Callable[[CitySim], SyncWorker]
) -> None:
    """It used to be retried as "unknown" for about 80 minutes, then dead under a misleading
    key; now one attempt."""
    worker = worker_for(invalid_500_city)
    bad = outbox.enqueue(
        backend="open311", kind="open311.request", payload=payload("POTHOLE")
    )  # SIZE is required by the POTHOLE definition
    assert worker.drain(10.0)
    item = outbox.find(bad.reference)
    assert item.state == State.DEAD.value and item.attempts == 1
    assert item.last_error == "open311.invalid_request_server_error"
    assert not invalid_500_city.open311_state.requests


@pytest.fixture
def default_city() -> Iterator[CitySim]:
    yield from running("default")


def _first_report_lost_before_anything_is_learned(
    city: CitySim, outbox: Outbox, worker: SyncWorker, clock: FakeClock
) -> str:
    """A fresh installation (nothing learned about the server) whose very first report gets an
    ambiguous answer (a 500: nothing was created) and is absent from the listing."""
    city.arm_fault("open311", "requests.post", Fault(FaultMode.ERROR, status=500, times=1))
    first = outbox.enqueue(backend="open311", kind="open311.request", payload=payload())
    for _ in range(5):  # sent, then reconciled: absent, but from a listing not yet verified
        assert worker.drain(10.0)
        if outbox.find(first.reference).last_error == "open311.reconcile_listing_unverified":
            break
        clock.advance(120.0)
    item = outbox.find(first.reference)
    assert item.state == State.UNKNOWN.value, item.state
    assert item.last_error == "open311.reconcile_listing_unverified"
    assert not city.open311_state.requests  # waiting, never resent
    return first.reference


def _until_finished(worker: SyncWorker, outbox: Outbox, clock: FakeClock, ref: str) -> str:
    for _ in range(40):
        assert worker.drain(10.0)
        state = outbox.find(ref).state
        if state in (State.DONE.value, State.DEAD.value):
            return state
        clock.advance(30.0)  # past any backoff (the tests' policy caps it at 8 s)
    return outbox.find(ref).state


def test_fresh_install_waits_then_resends_once_the_listing_is_learned_authoritative(
    default_city: CitySim,
    outbox: Outbox,
    clock: FakeClock,
    worker_for: Callable[[CitySim], SyncWorker],
) -> None:
    """unverified_listing="wait" (the default): the ambiguous report waits, another report goes
    through meanwhile (no lane holds it back) and teaches the connector that this listing shows
    fresh requests; then "absent" means absent and the waiting report is sent, once."""
    worker = worker_for(default_city)
    waiting = _first_report_lost_before_anything_is_learned(default_city, outbox, worker, clock)
    other = outbox.enqueue(backend="open311", kind="open311.request", payload=payload())
    assert worker.drain(10.0)
    assert outbox.find(other.reference).state == State.DONE.value  # not blocked by the wait
    assert _until_finished(worker, outbox, clock, waiting) == State.DONE.value
    assert len(default_city.open311_state.requests) == 2
    assert not default_city.ledger.duplicates("open311")["open311"]


def test_fresh_install_on_a_moderated_server_goes_to_review_never_resent(
    moderated_city: CitySim,
    outbox: Outbox,
    clock: FakeClock,
    worker_for: Callable[[CitySim], SyncWorker],
) -> None:
    worker = worker_for(moderated_city)
    waiting = _first_report_lost_before_anything_is_learned(moderated_city, outbox, worker, clock)
    other = outbox.enqueue(backend="open311", kind="open311.request", payload=payload())
    assert worker.drain(10.0)
    assert outbox.find(other.reference).state == State.DONE.value
    assert _until_finished(worker, outbox, clock, waiting) == State.DEAD.value
    assert outbox.find(waiting).last_error == "open311.review_moderated_listing"
    assert len(moderated_city.open311_state.requests) == 1  # only the other one: never resent


def test_fresh_install_that_never_learns_parks_the_report_for_review_after_the_bound(
    default_city: CitySim,
    outbox: Outbox,
    clock: FakeClock,
    worker_for: Callable[..., SyncWorker],
) -> None:
    worker = worker_for(default_city, reconcile_limit=4)  # within the tests' 5 attempts
    waiting = _first_report_lost_before_anything_is_learned(default_city, outbox, worker, clock)
    assert _until_finished(worker, outbox, clock, waiting) == State.DEAD.value
    item = outbox.find(waiting)
    assert item.last_error == "open311.review_listing_unverified"
    assert not default_city.open311_state.requests
