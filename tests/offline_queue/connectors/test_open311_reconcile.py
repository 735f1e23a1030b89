"""Open311 reconciliation as deployed servers need it: every page of the listing, the server's
clock, three answers (present / absent / cannot tell), bounded, learned facts kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from citysim import DEFAULT_API_KEY, CitySim, Fault, FaultMode
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.open311 import Open311Connector, marker
from offline_queue.connectors.open311_listing import Presence, find_marker

FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}


def iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def report(when: dt.datetime | None = None, attempt: int = 1) -> Delivery:
    payload: dict[str, object] = {
        "service_code": "STREETLIGHT",
        "address_string": "Avinguda del Port 7",
        "description": "Flickering",
        "reported_at": iso(when or dt.datetime.now(dt.UTC)),
    }
    return Delivery(uuid.uuid4(), "open311.request", "open311", payload, attempt)


def make(city: CitySim, **kw: object) -> Open311Connector:
    return Open311Connector(
        city.open311_url,
        DEFAULT_API_KEY,
        timeout=default_timeout(connect=1.0, read=1.0),
        **kw,  # type: ignore[arg-type]
    )


def others(city: CitySim, n: int) -> None:
    """``n`` same-category reports by other clients, posted after ours."""
    with httpx.Client(base_url=city.open311_url, timeout=5.0) as api:
        for i in range(n):
            r = api.post(
                "/requests.json",
                data={
                    "api_key": DEFAULT_API_KEY,
                    "service_code": "STREETLIGHT",
                    "address_string": f"Carrer {i}",
                },
            )
            assert r.status_code == 200


@pytest.fixture
def started() -> Iterator[Callable[[str], CitySim]]:
    sims: list[CitySim] = []

    def start(profile: str) -> CitySim:
        sim = CitySim(profile=profile)
        sim.start()
        sims.append(sim)
        return sim

    yield start
    for sim in sims:
        sim.stop()


PAGED = ["default", "open311-paged100", "open311-paged100-bare", "open311-link-paging"]


@pytest.mark.parametrize("profile", PAGED)
def test_lost_answer_then_150_more_reports_is_found_not_resent(
    started: Callable[[str], CitySim], profile: str
) -> None:
    """The old reconcile read one page: with > 99 same-category reports after ours, ours was
    off the page and it resent. Now every page is walked."""
    city = started(profile)
    conn = make(city)
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        d = report()
        city.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_AFTER_COMMIT))
        assert conn.send(d).outcome is Outcome.UNKNOWN
        others(city, 150)
        found = find_marker(conn.client.http, {"service_code": "STREETLIGHT"}, marker(d.tx_id))
        assert found.presence is Presence.PRESENT and found.pages == 2
        rec = conn.reconcile(d)
        assert rec.outcome is Outcome.ACKED and rec.detail == {"reconciled": True}
    finally:
        conn.close()
    assert len(city.open311_state.requests) == 152
    assert not city.ledger.duplicates("open311")["open311"]


@pytest.mark.parametrize("profile", PAGED)
def test_absent_only_after_the_whole_listing(
    started: Callable[[str], CitySim], profile: str
) -> None:
    city = started(profile)
    conn = make(city, search_param="")
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        others(city, 200)  # exactly two full pages after the learning report: 201
        d = report(when=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
        found = find_marker(conn.client.http, {"service_code": "STREETLIGHT"}, marker(d.tx_id))
        assert found.presence is Presence.ABSENT and found.seen == 201 and found.pages == 3
        rec = conn.reconcile(d)
        assert rec.outcome is Outcome.RETRY and rec.error_key == "open311.reconciled_absent"
    finally:
        conn.close()


def test_a_server_without_paging_cannot_tell_then_review(
    started: Callable[[str], CitySim],
) -> None:
    """FixMyStreet-like: only the newest 20, `page` and `page_size` ignored."""
    city = started("open311-unpaged-capped")
    conn = make(city, search_param="")
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        others(city, 25)
        d = report()
        rec = conn.reconcile(d)
        assert rec.outcome is Outcome.UNKNOWN and rec.error_key == "open311.listing_not_paged"
        late = conn.reconcile(dataclasses.replace(d, attempt=conn.reconcile_limit))
        assert late.outcome is Outcome.REVIEW
        assert late.error_key == "open311.review_listing_incomplete"
    finally:
        conn.close()


def test_listing_too_long_is_cannot_tell(city: CitySim) -> None:
    conn = make(city, page_size=10, max_pages=3)
    try:
        others(city, 35)
        found = find_marker(
            conn.client.http, {"service_code": "STREETLIGHT"}, "[txn:x]", page_size=10, max_pages=3
        )
        assert found.presence is Presence.CANNOT_TELL
        assert found.reason == "open311.listing_too_long" and found.seen == 30
    finally:
        conn.close()


def test_kiosk_clock_ten_minutes_fast_still_finds_its_request(city: CitySim) -> None:
    fast = dt.timedelta(minutes=10)

    def kiosk_clock() -> dt.datetime:
        return dt.datetime.now(dt.UTC) + fast

    conn = make(city, clock=kiosk_clock)
    try:
        d = report(when=kiosk_clock())
        city.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_AFTER_COMMIT))
        assert conn.send(d).outcome is Outcome.UNKNOWN  # no answer: no Date from that POST
        rec = conn.reconcile(d)  # the probe reads the server's clock
        assert rec.outcome is Outcome.ACKED
        skew = conn.facts.get().skew_s
        assert skew is not None and abs(skew + 600) < 5
        # the kiosk's own clock minus the old 5 minutes would have started after the request
        (ours,) = city.open311_state.requests.values()
        assert iso(kiosk_clock() - dt.timedelta(minutes=5)) > ours["requested_datetime"]
        start = conn.window_start(d.payload["reported_at"])
        assert start is not None and start <= ours["requested_datetime"]
    finally:
        conn.close()
    assert len(city.open311_state.requests) == 1


def test_skewed_server_clock_is_learned_from_the_date_header(
    started: Callable[[str], CitySim],
) -> None:
    city = started("open311-skewed-clock")
    conn = make(city)
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        skew = conn.facts.get().skew_s
        assert skew is not None and abs(skew + 600) < 5
    finally:
        conn.close()


def test_report_time_from_a_wrong_kiosk_clock_widens_the_window(city: CitySim) -> None:
    conn = make(city)
    try:
        assert conn.probe()
        future = iso(dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
        start = conn.window_start(future)
        assert start is not None
        assert start <= iso(dt.datetime.now(dt.UTC) - dt.timedelta(days=6))
        ancient = conn.window_start("1970-01-01T00:00:00Z")  # clamped to the 90-day limit
        assert ancient is not None and ancient >= iso(
            dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
        )
        assert conn.window_start("not a date") is None and conn.window_start(None) is None
    finally:
        conn.close()


def test_search_extension_is_learned_then_used(
    started: Callable[[str], CitySim], caplog: pytest.LogCaptureFixture
) -> None:
    city = started("open311-search")
    conn = make(city)
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        assert conn.facts.get().search == "works"
        others(city, 120)
        caplog.set_level(logging.INFO, logger="offline_queue.connectors.open311")
        rec = conn.reconcile(report())
        assert rec.outcome is Outcome.RETRY
        assert "absent (text search)" in caplog.text
    finally:
        conn.close()


def test_a_search_parameter_the_server_ignores_is_not_believed(city: CitySim) -> None:
    others(city, 2)
    conn = make(city)
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        assert conn.facts.get().search == "ignored"  # it answered with the other requests
    finally:
        conn.close()


def test_moderated_server_review_then_found_once_published(
    started: Callable[[str], CitySim],
) -> None:
    city = started("open311-moderated")
    conn = make(city)
    try:
        first = conn.send(report())
        assert first.outcome is Outcome.ACKED and conn.facts.get().listing == "hides_new"
        assert httpx.get(f"{city.open311_url}/requests/{first.remote_ref}.json").status_code == 404
        d = report()
        city.arm_fault("open311", "requests.post", Fault(FaultMode.DROP_AFTER_COMMIT))
        assert conn.send(d).outcome is Outcome.UNKNOWN
        rec = conn.reconcile(d)
        assert rec.outcome is Outcome.REVIEW and rec.error_key == "open311.review_moderated_listing"
        assert city.open311_state.publish() == 2
        assert conn.reconcile(d).outcome is Outcome.ACKED
    finally:
        conn.close()
    assert len(city.open311_state.requests) == 2


def test_learned_facts_survive_a_restart(tmp_path: Path, started: Callable[[str], CitySim]) -> None:
    city = started("open311-moderated")
    path = tmp_path / "open311-server.json"
    conn = make(city, state_path=path)
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
    finally:
        conn.close()
    saved = json.loads(path.read_text())
    assert saved["recent_visibility"] == [False]
    again = make(city, state_path=path)
    try:
        assert again.facts.get().listing == "hides_new"
    finally:
        again.close()
    path.write_text('{"recent_visibility": "yes", "skew_s": 1e999, "media": "ftp"}')
    hostile = make(city, state_path=path)
    try:
        facts = hostile.facts.get()
        assert facts.listing == "unknown" and facts.skew_s is None and facts.media == ""
    finally:
        hostile.close()
    path.write_text("[" * 100_000)
    deep = make(city, state_path=path)
    try:
        assert deep.facts.get().listing == "unknown"
    finally:
        deep.close()


def test_500_with_an_invalid_request_body_is_rejected_at_once(
    started: Callable[[str], CitySim],
) -> None:
    city = started("open311-500-on-invalid")
    conn = make(city)
    try:
        bad = dataclasses.replace(
            report(), payload={**report().payload, "service_code": "POTHOLE", "attributes": {}}
        )
        result = conn.send(bad)  # SIZE is required: HTTP 500 with a GeoReport body, code 400
        assert result.outcome is Outcome.REJECTED
        assert result.error_key == "open311.invalid_request_server_error"
        assert not city.open311_state.requests
    finally:
        conn.close()


def test_an_opaque_500_is_unknown_then_review_when_it_repeats(quirky_city: CitySim) -> None:
    conn = make(quirky_city)
    try:
        d = report()
        quirky_city.arm_fault(
            "open311",
            "requests.post",
            Fault(FaultMode.ERROR, status=500, body="<html>oops</html>", times=None),
        )
        first = conn.send(d)
        assert first.outcome is Outcome.UNKNOWN and first.error_key == "open311.http_500"
        late = conn.send(dataclasses.replace(d, attempt=conn.server_error_limit))
        assert late.outcome is Outcome.REVIEW
        assert late.error_key == "open311.review_server_error_repeated"
    finally:
        conn.close()


def test_next_page_leading_offsite_is_not_followed() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(
            200,
            json=[{"service_request_id": "1", "description": "x"}],
            headers={"Link": '<https://elsewhere.example/requests.json?page=2>; rel="next"'},
        )

    http = httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))
    found = find_marker(http, {}, "[txn:y]")
    assert found.presence is Presence.CANNOT_TELL and found.reason == "open311.listing_next_offsite"
    assert len(asked) == 1


def test_result_count_larger_than_what_is_listed_is_cannot_tell() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        body = [{"service_request_id": str(i)} for i in range(3)] if page == 1 else []
        return httpx.Response(200, json=body, headers={"X-Result-Count": "9"})

    http = httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))
    found = find_marker(http, {}, "[txn:y]")
    assert found.presence is Presence.CANNOT_TELL and found.reason == "open311.listing_short"


def test_a_listing_that_cuts_the_marker_never_proves_absence() -> None:
    """A server that shortens descriptions in its listing (a CRM field of 20 characters here)
    would hide the marker of a request that is there: learned at the first report, and from
    then on "not found" goes to a person."""
    posted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            posted.append(dict(httpx.QueryParams(request.content.decode()))["description"])
            return httpx.Response(200, json=[{"service_request_id": str(len(posted))}])
        if request.url.path == "/requests.json":
            listed = [
                {"service_request_id": str(i + 1), "description": text[:20]}
                for i, text in enumerate(posted)
            ]
            return httpx.Response(200, json=listed)
        return httpx.Response(200, json=[])

    http = httpx.Client(base_url="http://311.test", transport=httpx.MockTransport(handler))
    conn = Open311Connector("http://311.test", "k", client=http)
    try:
        assert conn.send(report()).outcome is Outcome.ACKED
        assert conn.facts.get().marker_lost and conn.facts.get().listing == "authoritative"
        rec = conn.reconcile(report())
        assert rec.outcome is Outcome.REVIEW and rec.error_key == "open311.review_marker_not_listed"
    finally:
        conn.close()
    assert len(posted) == 1
