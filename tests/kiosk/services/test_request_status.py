"""The status of a street report for the resident (kiosk.services.request_status), against the
demo city's Open311 server on loopback with a real queue (SQLite store, sync worker, Open311
connector) and a real request book: waiting reports need no network, statuses and notes follow
the city, deployed vocabularies are understood, offline says what was last known, another
kiosk's receipt is found by its marker, hostile replies never raise."""

from __future__ import annotations

import datetime as dt
import secrets
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from citysim import DEFAULT_API_KEY, CitySim, Fault, FaultMode, profiles
from kiosk.records.receipts import verification_code
from kiosk.services.request_book import LinkedReport, RequestBook, owner_tag
from kiosk.services.request_status import (
    NOTE_LIMIT,
    Freshness,
    Problem,
    Stage,
    StatusDesk,
    marker_prefix,
    normalise_reference,
    stage_for,
)
from kiosk.text.bidi import untrusted_text_cut
from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.open311 import Open311Client, Open311Connector, marker
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox, reference_for
from offline_queue.policy import RetryPolicy
from offline_queue.store import Store, open_store
from offline_queue.sync import SyncWorker
from tests.helpers.city import city  # noqa: F401  (a demo city per test)

KEY = secrets.token_bytes(32)
MISSING = object()


def set_city_request(sim: CitySim, request_id: str, **fields: Any) -> None:
    """What the city's staff do in their 311 system: change a request's fields (``MISSING``
    removes one, as a server that leaves it out)."""
    state = sim.open311_state
    with state.lock:
        record = state.requests[request_id]
        for name, value in fields.items():
            if value is MISSING:
                record.pop(name, None)
            else:
                record[name] = value


def flood(sim: CitySim, count: int) -> None:
    """Other residents' reports, posted straight to the city (not through a kiosk)."""
    with httpx.Client(base_url=sim.open311_url, timeout=5) as http:
        for n in range(count):
            form = {
                "api_key": DEFAULT_API_KEY,
                "service_code": "GRAFFITI",
                "address_string": f"{n} Mill Road",
                "description": f"Tags number {n}",
            }
            assert http.post("/requests.json", data=form).status_code == 200


class Kiosk:
    """One kiosk: queue, sync worker (drained on the test's thread), 311 client, book, desk."""

    def __init__(self, sim: CitySim, data: Path, *, with_queue: bool = True) -> None:
        self.store: Store | None = open_store(data) if with_queue else None
        self.outbox = (
            Outbox(self.store, FileKeyProvider.in_data_dir(data), policy=RetryPolicy(base=0.01))
            if self.store is not None
            else None
        )
        self.connector = Open311Connector(
            sim.open311_url, DEFAULT_API_KEY, timeout=default_timeout(connect=1.0, read=1.0)
        )
        self.worker = (
            SyncWorker(self.outbox, {"open311": self.connector})
            if self.outbox is not None
            else None
        )
        self.client = Open311Client(sim.open311_url, timeout=default_timeout(connect=1, read=2))
        self.book = RequestBook(data)
        self.desk = StatusDesk(
            client=self.client,
            outbox=self.outbox,
            book=self.book,
            receipt_key=KEY,
            categories={"POTHOLE": "Pothole"},
        )

    def report(self, code: str = "POTHOLE", **extra: Any) -> str:
        assert self.outbox is not None
        payload: dict[str, Any] = {
            "service_code": code,
            "lat": 41.3871,
            "long": 2.1702,
            "description": "Deep hole by the bus stop",
            "attributes": {"SIZE": "large"} if code == "POTHOLE" else {},
            "reported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            **extra,
        }
        return self.outbox.enqueue(
            backend="open311", kind="open311.request", payload=payload
        ).reference

    def send(self) -> None:
        assert self.worker is not None
        assert self.worker.drain(10)

    def request_id(self, reference: str) -> str:
        assert self.outbox is not None
        item = self.outbox.find(reference)
        assert item.state == "done" and item.remote_ref
        return str(item.remote_ref)

    def close(self) -> None:
        self.connector.close()
        self.client.close()
        if self.store is not None:
            self.store.close()


@pytest.fixture
def kiosk(city: CitySim, tmp_path: Path) -> Iterator[Kiosk]:  # noqa: F811
    k = Kiosk(city, tmp_path / "kiosk-a")
    yield k
    k.close()


# --------------------------------------------------------------------------- vocabulary


@pytest.mark.parametrize(
    ("word", "stage"),
    [
        ("open", Stage.OPEN),
        ("closed", Stage.CLOSED),
        ("Open", Stage.OPEN),  # SeeClickFix capitalises
        ("Acknowledged", Stage.ACKNOWLEDGED),
        ("Closed", Stage.CLOSED),
        ("Archived", Stage.ARCHIVED),
        ("in_progress", Stage.IN_PROGRESS),  # FixMyStreet
        ("in progress", Stage.IN_PROGRESS),
        ("In-Progress", Stage.IN_PROGRESS),
        ("action_scheduled", Stage.IN_PROGRESS),
        ("investigating", Stage.ACKNOWLEDGED),
        ("fixed", Stage.FIXED),
        ("duplicate", Stage.DUPLICATE),
        ("not_councils_responsibility", Stage.NOT_RESPONSIBLE),
        ("no_further_action", Stage.NO_ACTION),
        ("waiting for parts", Stage.OTHER),
        ("", Stage.OTHER),
    ],
)
def test_deployed_status_words(word: str, stage: Stage) -> None:
    assert stage_for(word) is stage


def test_untrusted_text_is_plain_bounded_and_keeps_its_words() -> None:
    hostile = "Crew\u202e booked\x00 for\n\n Tuesday\u2066 <b>now</b>\u200f " + "x" * 5000
    text, cut = untrusted_text_cut(hostile, NOTE_LIMIT)
    assert cut and len(text) == NOTE_LIMIT and text.endswith("…")
    assert text.startswith("Crew booked for Tuesday <b>now</b> x")  # markup stays text
    assert not any(ch in text for ch in "\u202e\x00\n\u2066\u200f")
    assert untrusted_text_cut({"a": 1}, 10) == ("", False)
    assert untrusted_text_cut("العمل جارٍ", 40) == ("العمل جارٍ", False)
    huge, cut = untrusted_text_cut("y" * 10_000_000, NOTE_LIMIT)
    assert cut and len(huge) == NOTE_LIMIT


# --------------------------------------------------------------------------- from the queue


def test_a_report_not_yet_sent_is_waiting_without_the_network(
    city: CitySim,  # noqa: F811
    kiosk: Kiosk,
) -> None:
    city.set_network("open311", False)
    reference = kiosk.report()
    status = kiosk.desk.look_up(reference)
    assert status.stage is Stage.WAITING and status.freshness is Freshness.LOCAL
    assert status.problem is None and status.reported_at is not None


def test_status_and_note_follow_the_city(city: CitySim, kiosk: Kiosk) -> None:  # noqa: F811
    reference = kiosk.report()
    kiosk.send()
    request_id = kiosk.request_id(reference)
    status = kiosk.desk.look_up(reference)
    assert (status.stage, status.freshness) == (Stage.OPEN, Freshness.LIVE)
    assert status.service_request_id == request_id and status.category == "Pothole"
    assert status.note == "" and status.reported_at is not None
    set_city_request(city, request_id, status="in_progress", status_notes="Crew booked for Tue.")
    status = kiosk.desk.look_up(reference)
    assert (status.stage, status.note) == (Stage.IN_PROGRESS, "Crew booked for Tue.")
    set_city_request(city, request_id, status="closed", status_notes="Filled on 2 Dec.")
    status = kiosk.desk.look_up(reference)
    assert (status.stage, status.note, status.status_text) == (
        Stage.CLOSED,
        "Filled on 2 Dec.",
        "closed",
    )


def test_offline_says_what_was_last_known_and_when(
    city: CitySim,  # noqa: F811
    kiosk: Kiosk,
) -> None:
    first, second = kiosk.report(), kiosk.report()
    kiosk.send()
    set_city_request(city, kiosk.request_id(first), status="Acknowledged", status_notes="Seen")
    live = kiosk.desk.look_up(first)
    assert live.stage is Stage.ACKNOWLEDGED and live.checked_at is not None
    city.set_network("open311", False)
    status = kiosk.desk.look_up(first)
    assert (status.freshness, status.problem) == (Freshness.LAST_KNOWN, Problem.OFFLINE)
    assert (status.stage, status.note, status.checked_at) == (
        Stage.ACKNOWLEDGED,
        "Seen",
        live.checked_at,
    )
    never = kiosk.desk.look_up(second)  # sent, never read from the city
    assert (never.freshness, never.problem) == (Freshness.UNKNOWN, Problem.OFFLINE)


def test_untracked_and_unpublished_reports(city: CitySim, kiosk: Kiosk) -> None:  # noqa: F811
    noise = kiosk.report("NOISE")  # a "blackbox" service: accepted, nothing to track
    pothole = kiosk.report()
    kiosk.send()
    status = kiosk.desk.look_up(noise)
    assert (status.stage, status.freshness) == (Stage.SENT, Freshness.LOCAL)
    request_id = kiosk.request_id(pothole)
    with city.open311_state.lock:  # hidden, as a moderated server hides a fresh request
        hidden = city.open311_state.requests.pop(request_id)
    status = kiosk.desk.look_up(pothole)
    assert (status.stage, status.problem) == (Stage.SENT, Problem.NOT_PUBLISHED)
    assert status.service_request_id == request_id
    with city.open311_state.lock:
        city.open311_state.requests[request_id] = hidden
    assert kiosk.desk.look_up(pothole).stage is Stage.OPEN


@dataclass
class Answering:
    """A back end that answers every attempt one way (what is under test is how the queue's
    dead-letter class reaches the resident)."""

    outcome: Outcome
    key: str
    name: str = "open311"
    has_idempotency: bool = False

    def send(self, delivery: Delivery) -> SendResult:
        return SendResult(self.outcome, error_key=self.key)

    def reconcile(self, delivery: Delivery) -> SendResult:
        return SendResult(self.outcome, error_key=self.key)

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("outcome", "key", "stage"),
    [
        (Outcome.REVIEW, "open311.review_moderated_listing", Stage.IN_REVIEW),
        (Outcome.REJECTED, "open311.invalid_request", Stage.REFUSED),
    ],
)
def test_a_report_the_kiosk_stopped_sending(
    kiosk: Kiosk, outcome: Outcome, key: str, stage: Stage
) -> None:
    reference = kiosk.report()
    assert kiosk.outbox is not None
    assert SyncWorker(kiosk.outbox, {"open311": Answering(outcome, key)}).drain(10)
    assert kiosk.outbox.find(reference).state == "dead"
    status = kiosk.desk.look_up(reference)
    assert (status.stage, status.freshness, status.problem) == (stage, Freshness.LOCAL, None)


def test_the_receipt_code_is_checked_by_the_kiosk_that_printed_it(kiosk: Kiosk) -> None:
    reference = kiosk.report()
    kiosk.send()
    wrong = kiosk.desk.look_up(reference, "AAAAA-AAAAA")
    assert wrong.problem is Problem.BAD_CODE and wrong.note == ""
    right = kiosk.desk.look_up(reference, verification_code(reference, KEY))
    assert right.stage is Stage.OPEN


def test_a_reference_is_the_start_of_its_transactions_marker() -> None:
    for _ in range(500):
        tx_id = uuid.uuid4()
        prefix = marker_prefix(reference_for(tx_id))
        assert prefix is not None and marker(tx_id).startswith(prefix)
        assert len(prefix) == len("[txn:") + 11
    assert marker_prefix("ECR1-XXXU") is None and marker_prefix("ABC") is None


@pytest.mark.parametrize("profile", profiles.names("open311"))
def test_another_kiosk_finds_the_report_by_its_marker(profile: str, tmp_path: Path) -> None:
    """The receipt of kiosk A scanned at kiosk B (no queue entry there) against every way
    deployed servers list requests: paged with headers, Link, bare pages repeating the last,
    no paging (only the newest 20: cannot tell), moderation (hidden until published)."""
    with CitySim(profile=profile) as sim:
        kiosk = Kiosk(sim, tmp_path / "kiosk-a")
        other = Kiosk(sim, tmp_path / "kiosk-b", with_queue=False)
        try:
            reference = kiosk.report()
            kiosk.send()
            request_id = kiosk.request_id(reference)
            flood(sim, 120)  # later reports push it off the first page of 100
            set_city_request(sim, request_id, status="in progress", status_notes="Crew on site")
            moderated = profile == "open311-moderated"
            if moderated:  # the kiosk that sent it knows the number; the city hides it
                mine = kiosk.desk.look_up(reference)
                assert (mine.stage, mine.problem) == (Stage.SENT, Problem.NOT_PUBLISHED)
                hidden = other.desk.look_up(reference)
                assert (hidden.stage, hidden.problem) == (Stage.NOT_FOUND, None)
                sim.open311_state.publish()
            status = other.desk.look_up(reference)
            if profile == "open311-unpaged-capped":  # only the newest 20, whatever the page
                assert (status.stage, status.problem) == (
                    Stage.NOT_FOUND,
                    Problem.LISTING_INCOMPLETE,
                )
                return
            assert (status.stage, status.note) == (Stage.IN_PROGRESS, "Crew on site")
            assert status.service_request_id == request_id and status.problem is None
            # remembered: offline, the other kiosk still says what it last knew
            sim.set_network("open311", False)
            again = other.desk.look_up(reference)
            assert (again.freshness, again.stage) == (Freshness.LAST_KNOWN, Stage.IN_PROGRESS)
            sim.set_network("open311", True)
            unknown = other.desk.look_up("ZZZZ-ZZZZ")
            assert (unknown.stage, unknown.freshness) == (Stage.NOT_FOUND, Freshness.LIVE)
        finally:
            other.close()
            kiosk.close()


# --------------------------------------------------------------------------- hostile replies


@pytest.mark.parametrize(
    ("fields", "stage", "problem"),
    [
        ({"status": MISSING}, Stage.OPEN, Problem.BAD_REPLY),  # last known stays
        ({"status": {"code": "closed"}}, Stage.OPEN, Problem.BAD_REPLY),
        ({"status": ["closed"]}, Stage.OPEN, Problem.BAD_REPLY),
        ({"service_request_id": "RVT-999999"}, Stage.OPEN, Problem.BAD_REPLY),
        ({"status_notes": 12345}, Stage.OPEN, None),  # a number: shown as text
        ({"status_notes": ["a", "b"], "updated_datetime": 7}, Stage.OPEN, None),
        ({"requested_datetime": "yesterday", "status": "closed"}, Stage.CLOSED, None),
        ({"status": "Awaiting \u202eparts"}, Stage.OTHER, None),
    ],
)
def test_hostile_fields_never_raise(
    city: CitySim,  # noqa: F811
    kiosk: Kiosk,
    fields: dict[str, Any],
    stage: Stage,
    problem: Problem | None,
) -> None:
    reference = kiosk.report()
    kiosk.send()
    assert kiosk.desk.look_up(reference).stage is Stage.OPEN  # known once
    set_city_request(city, kiosk.request_id(reference), **fields)
    status = kiosk.desk.look_up(reference)
    assert (status.stage, status.problem) == (stage, problem)
    assert "\u202e" not in status.status_text
    assert status.note == ("12345" if fields.get("status_notes") == 12345 else "")


def test_a_huge_note_is_cut(city: CitySim, kiosk: Kiosk) -> None:  # noqa: F811
    reference = kiosk.report()
    kiosk.send()
    set_city_request(
        city, kiosk.request_id(reference), status_notes="Repair " * 400_000, status="fixed"
    )
    status = kiosk.desk.look_up(reference)
    assert status.stage is Stage.FIXED and status.note_cut
    assert len(status.note) == NOTE_LIMIT and status.note.startswith("Repair Repair")


@pytest.mark.parametrize(
    "body", ["not json", '{"service_request_id": "x"}', "[]", "[1, 2]", '[{"status": null}]']
)
def test_unreadable_bodies_are_a_bad_reply(
    city: CitySim,  # noqa: F811
    kiosk: Kiosk,
    body: str,
) -> None:
    reference = kiosk.report()
    kiosk.send()
    city.arm_fault("open311", "request", Fault(FaultMode.ERROR, status=200, body=body))
    status = kiosk.desk.look_up(reference)
    assert (status.freshness, status.problem) == (Freshness.UNKNOWN, Problem.BAD_REPLY)


# --------------------------------------------------------------------------- My requests


def test_my_requests_lists_only_the_residents_linked_reports(
    city: CitySim,  # noqa: F811
    kiosk: Kiosk,
) -> None:
    sent = kiosk.report()
    kiosk.send()
    waiting = kiosk.report()  # not sent yet
    theirs = kiosk.report()
    assert kiosk.desk.link("RES-0001", sent, "POTHOLE", "Pothole")
    time.sleep(0.01)  # reported_at orders the list
    assert kiosk.desk.link("RES-0001", waiting, "GRAFFITI", "Graffiti")
    assert kiosk.desk.link("RES-0002", theirs, "POTHOLE", "Pothole")
    set_city_request(city, kiosk.request_id(sent), status="closed", status_notes="Filled")
    city.set_network("open311", False)  # the waiting one stays unsent
    mine = kiosk.desk.my_requests("RES-0001")
    assert [i.reference for i in mine.items] == [waiting, sent]
    assert mine.items[0].stage is Stage.WAITING and mine.items[0].category == "Graffiti"
    assert mine.items[1].freshness is Freshness.UNKNOWN and mine.offline
    city.set_network("open311", True)
    mine = kiosk.desk.my_requests("RES-0001")
    assert (mine.items[1].stage, mine.items[1].note, mine.offline) == (
        Stage.CLOSED,
        "Filled",
        False,
    )
    assert [i.reference for i in kiosk.desk.my_requests("RES-0002").items] == [theirs]
    assert kiosk.desk.my_requests("RES-0003").items == ()


def test_offline_my_requests_asks_the_city_once(city: CitySim, kiosk: Kiosk) -> None:  # noqa: F811
    refs = [kiosk.report() for _ in range(5)]
    kiosk.send()
    for ref in refs:
        kiosk.desk.link("RES-0001", ref, "POTHOLE", "Pothole")
    city.arm_fault("open311", "request", Fault(FaultMode.UNAVAILABLE, times=None))
    mine = kiosk.desk.my_requests("RES-0001")
    assert mine.offline and all(i.problem is Problem.OFFLINE for i in mine.items)
    assert sum(city.faults.fired().values()) == 1  # the other four were not asked


def test_the_book_keeps_no_subject_id_and_forgets_after_90_days(tmp_path: Path) -> None:
    now = [dt.datetime(2026, 12, 1, tzinfo=dt.UTC)]
    book = RequestBook(tmp_path, now=lambda: now[0])
    owner = owner_tag(KEY, "RES-0001")
    book.link(owner, LinkedReport("K7QX-3M9P", "POTHOLE", "Pothole", now[0]))
    assert b"RES-0001" not in (tmp_path / "request-status.sqlite3").read_bytes()
    assert [r.reference for r in book.linked(owner)] == ["K7QX-3M9P"]
    now[0] += dt.timedelta(days=91)
    assert book.linked(owner) == []


@pytest.mark.parametrize(
    ("typed", "reference"),
    [
        ("K7QX-3M9P", "K7QX-3M9P"),
        (" k7qx 3m9p ", "K7QX-3M9P"),
        ("K7QX3M9P", "K7QX-3M9P"),
        ("O1L2-IABC", "0112-1ABC"),
    ],
)
def test_typed_references(typed: str, reference: str) -> None:
    assert normalise_reference(typed) == reference


@pytest.mark.parametrize("typed", ["", "K7QX-3M9", "K7QX-3M9PP", "K7QX-3M9U", "ECR1:K7QX"])
def test_not_references(typed: str) -> None:
    with pytest.raises(ValueError):
        normalise_reference(typed)
