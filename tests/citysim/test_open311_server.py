"""The demo Open311 endpoint follows GeoReport v2 (and, with quirks, a deviating real server)."""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import httpx
import pytest

from citysim import DEFAULT_API_KEY, CitySim

FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}


@pytest.fixture
def api(city: CitySim) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=city.open311_url, timeout=5.0) as c:
        yield c


def post(api: httpx.Client, **fields: str) -> httpx.Response:
    data = {"api_key": DEFAULT_API_KEY, **fields}
    return api.post("/requests.json", data=data)


def test_discovery_and_services_in_both_formats(api: httpx.Client) -> None:
    d = api.get("/discovery.json").json()
    assert d["endpoints"][0]["specification"] == "http://wiki.open311.org/GeoReport_v2"
    services = api.get("/services.json").json()
    assert {s["type"] for s in services} == {"realtime", "batch", "blackbox"}
    xml = ET.fromstring(api.get("/services.xml").content)  # noqa: S314 (our loopback server)
    assert xml.tag == "services" and xml.find("service/service_code") is not None
    definition = api.get("/services/POTHOLE.json").json()
    size = definition["attributes"][0]
    assert size["code"] == "SIZE" and size["datatype"] == "singlevaluelist" and size["values"]
    xml = ET.fromstring(api.get("/services/POTHOLE.xml").content)  # noqa: S314
    assert xml.find("attributes/attribute/values/value/key") is not None
    assert api.get("/services/NOPE.json").status_code == 404
    assert api.get("/services.json", params={"jurisdiction_id": "elsewhere.org"}).status_code == 404
    assert api.get("/services.yaml").status_code == 404


def test_post_realtime_with_attributes(api: httpx.Client) -> None:
    r = api.post(
        "/requests.json",
        content=(
            f"api_key={DEFAULT_API_KEY}&service_code=POTHOLE&lat=41.38&long=2.17"
            "&attribute[SIZE]=large&attribute[HAZARDS][]=water&attribute[HAZARDS][]=bikelane"
            "&description=Deep+hole"
        ),
        headers=FORM,
    )
    assert r.status_code == 200, r.text
    [entry] = r.json()
    rid = entry["service_request_id"]
    got = api.get(f"/requests/{rid}.json").json()[0]
    assert got["status"] == "open" and got["description"] == "Deep hole" and got["lat"] == 41.38
    assert got["requested_datetime"].endswith("Z")
    xml = ET.fromstring(api.get(f"/requests/{rid}.xml").content)  # noqa: S314
    assert xml.find("request/service_request_id").text == rid  # type: ignore[union-attr]


def test_post_validation_errors(api: httpx.Client) -> None:
    assert post(api, service_code="POTHOLE", lat="1", long="2").status_code == 400  # SIZE required
    bad = post(api, service_code="POTHOLE", lat="1", long="2", **{"attribute[SIZE]": "huge"})
    assert bad.status_code == 400 and bad.json()[0]["code"] == 400
    assert post(api, service_code="POTHOLE", **{"attribute[SIZE]": "small"}).status_code == 400
    assert post(api, service_code="NOPE", address_string="x").status_code == 404
    r = api.post(
        "/requests.json",
        data={"api_key": "wrong", "service_code": "GRAFFITI", "address_string": "x"},
    )
    assert r.status_code == 403 and r.json()[0]["description"]
    assert (
        post(api, service_code="GRAFFITI", address_string="x", description="y" * 4001).status_code
        == 400
    )
    r = api.post("/requests.json", json={"api_key": DEFAULT_API_KEY})
    assert r.status_code == 400


def test_no_duplicate_protection(city: CitySim, api: httpx.Client) -> None:
    fields = {
        "service_code": "STREETLIGHT",
        "address_string": "Plaça Nova 3",
        "description": "off [txn:" + "1" * 8 + "-1111-1111-1111-" + "1" * 12 + "]",
    }
    a = post(api, **fields).json()[0]["service_request_id"]
    b = post(api, **fields, **{"Idempotency-Key": "same"}).json()[0]["service_request_id"]
    assert a != b  # the same POST twice creates two requests, as the real server did
    assert city.ledger.duplicates("open311")["open311"] == {
        "11111111-1111-1111-1111-111111111111": 2
    }


def test_batch_token_and_blackbox(api: httpx.Client) -> None:
    [entry] = post(api, service_code="GRAFFITI", address_string="Port wall").json()
    assert "service_request_id" not in entry and entry["token"]
    [mapped] = api.get(f"/tokens/{entry['token']}.json").json()
    assert mapped["service_request_id"] and mapped["token"] == entry["token"]
    assert api.get("/tokens/nope.json").status_code == 404
    [bb] = post(api, service_code="NOISE", address_string="Port").json()
    assert "service_request_id" not in bb and "token" not in bb


def test_search(api: httpx.Client) -> None:
    ids = [
        post(api, service_code="STREETLIGHT", address_string=f"Street {i}").json()[0][
            "service_request_id"
        ]
        for i in range(3)
    ]
    post(api, service_code="NOISE", address_string="Port")
    listed = api.get("/requests.json").json()
    assert {r["service_request_id"] for r in listed} == set(ids)  # blackbox is not searchable
    assert (
        len(api.get("/requests.json", params={"service_request_id": ",".join(ids[:2])}).json()) == 2
    )
    start = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert (
        len(
            api.get(
                "/requests.json", params={"service_code": "STREETLIGHT", "start_date": start}
            ).json()
        )
        == 3
    )
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    assert api.get("/requests.json", params={"start_date": future}).json() == []
    assert (
        api.get("/requests.json", params={"start_date": "2026-01-01T00:00:00"}).status_code == 400
    )
    too_long = {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}
    assert api.get("/requests.json", params=too_long).status_code == 400
    assert len(api.get("/requests.json", params={"page": 2, "page_size": 2}).json()) == 1
    assert api.get("/requests.json", params={"status": "closed"}).json() == []


def test_quirks_mode_mimics_the_deviating_server(quirky_city: CitySim) -> None:
    with httpx.Client(base_url=quirky_city.open311_url, timeout=5.0) as api:
        r = api.post(
            "/requests.json",
            data={"api_key": "wrong", "service_code": "GRAFFITI", "address_string": "x"},
        )
        assert r.status_code == 400 and r.json() == {"code": 400, "detail": ["Invalid API key"]}
        r = api.post(
            "/requests.json", data={"api_key": DEFAULT_API_KEY, "service_code": "GRAFFITI"}
        )
        assert r.status_code == 500
        assert api.get("/discovery.json").status_code == 404


def test_open311_on_the_gateway_port() -> None:
    with CitySim(open311_port=None) as city:
        assert city.open311_url == city.gateway_url + "/open311/v2"
        assert httpx.get(city.open311_url + "/services.json").status_code == 200
        assert httpx.get(city.gateway_url + "/health").status_code == 200


def test_xml_post_and_errors(api: httpx.Client) -> None:
    r = api.post(
        "/requests.xml",
        data={"api_key": DEFAULT_API_KEY, "service_code": "STREETLIGHT", "address_string": "x"},
    )
    root = ET.fromstring(r.content)  # noqa: S314 (our loopback server)
    assert root.tag == "service_requests"
    assert root.findtext("request/service_request_id", "").startswith("RVT-")
    bad = api.post("/requests.xml", data={"api_key": "nope", "service_code": "STREETLIGHT"})
    err = ET.fromstring(bad.content)  # noqa: S314
    assert bad.status_code == 403 and err.tag == "errors"
    assert err.findtext("error/code") == "403" and err.findtext("error/description")


# --- server profiles: the variance of deployed servers ------------------------------------------


def profiled(name: str) -> CitySim:
    return CitySim(profile=name)


def streetlights(api: httpx.Client, n: int) -> list[str]:
    return [
        post(api, service_code="STREETLIGHT", address_string=f"Street {i}").json()[0][
            "service_request_id"
        ]
        for i in range(n)
    ]


def test_paged100_with_result_count_and_next_page_headers() -> None:
    with (
        profiled("open311-paged100") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        ids = streetlights(api, 130)
        first = api.get("/requests.json", params={"page_size": 500})
        assert len(first.json()) == 100 and first.headers["X-Result-Count"] == "130"
        second = api.get(first.headers["X-Next-Page-URL"])
        assert len(second.json()) == 30 and "X-Next-Page-URL" not in second.headers
        listed = [r["service_request_id"] for r in first.json() + second.json()]
        assert sorted(listed) == sorted(ids)


def test_bare_paging_repeats_the_last_page_past_the_end() -> None:
    with (
        profiled("open311-paged100-bare") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        streetlights(api, 120)
        page2 = api.get("/requests.json", params={"page": 2})
        page3 = api.get("/requests.json", params={"page": 3})
        assert len(page2.json()) == 20 and page3.json() == page2.json()
        assert "X-Result-Count" not in page2.headers and "Link" not in page2.headers


def test_link_paging_and_unpaged_cap() -> None:
    with (
        profiled("open311-link-paging") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        streetlights(api, 101)
        first = api.get("/requests.json")
        assert len(first.json()) == 100 and first.links["next"]["url"].endswith(
            "page=2&page_size=100"
        )
        assert len(api.get(first.links["next"]["url"]).json()) == 1
    with (
        profiled("open311-unpaged-capped") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        streetlights(api, 25)
        page1 = api.get("/requests.json", params={"page": 1, "page_size": 5}).json()
        page2 = api.get("/requests.json", params={"page": 2, "page_size": 5}).json()
        assert len(page1) == 20 and page1 == page2  # newest 20, paging ignored


def test_moderated_requests_are_hidden_until_published() -> None:
    with (
        profiled("open311-moderated") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        (rid,) = streetlights(api, 1)
        assert api.get("/requests.json").json() == []
        assert api.get(f"/requests/{rid}.json").status_code == 404
        assert api.get("/requests.json", params={"service_request_id": rid}).json() == []
        assert city.open311_state.publish(rid) == 1
        assert api.get(f"/requests/{rid}.json").json()[0]["service_request_id"] == rid
        assert [r["service_request_id"] for r in api.get("/requests.json").json()] == [rid]


def test_skewed_clock_in_records_filters_and_date_header() -> None:
    with (
        profiled("open311-skewed-clock") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        (rid,) = streetlights(api, 1)
        now = dt.datetime.now(dt.UTC)
        created = dt.datetime.fromisoformat(
            api.get(f"/requests/{rid}.json").json()[0]["requested_datetime"]
        )
        assert abs((now - created).total_seconds() - 600) < 5
        date = email.utils.parsedate_to_datetime(api.get("/services.json").headers["Date"])
        assert abs((now - date).total_seconds() - 600) < 5
        since = (now - dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert api.get("/requests.json", params={"start_date": since}).json() == []


def test_multipart_media_only() -> None:
    photo = b"\xff\xd8 a jpeg \xff\xd9"
    with (
        profiled("open311-multipart-media") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        r = api.post(
            "/requests.json",
            data={"api_key": DEFAULT_API_KEY, "service_code": "STREETLIGHT", "address_string": "x"},
            files={"media": ("p.jpg", photo, "image/jpeg")},
        )
        rid = r.json()[0]["service_request_id"]
        url = api.get(f"/requests/{rid}.json").json()[0]["media_url"]
        assert httpx.get(url).content == photo
        ignored = post(
            api, service_code="STREETLIGHT", address_string="y", media_url="http://x/p.jpg"
        ).json()[0]["service_request_id"]
        assert api.get(f"/requests/{ignored}.json").json()[0]["media_url"] is None
    with CitySim() as city, httpx.Client(base_url=city.open311_url, timeout=5.0) as api:
        refused = api.post(
            "/requests.json",
            data={"api_key": DEFAULT_API_KEY, "service_code": "STREETLIGHT", "address_string": "x"},
            files={"media": ("p.jpg", photo, "image/jpeg")},
        )
        assert refused.status_code == 400 and not city.open311_state.requests


def test_failing_definitions_500_on_invalid_and_search() -> None:
    with (
        profiled("open311-failing-definitions") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        assert api.get("/services/POTHOLE.json").status_code == 500
        assert api.get("/services/STREETLIGHT.json").status_code == 404
        assert api.get("/services.json").status_code == 200
    with (
        profiled("open311-500-on-invalid") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        bad = post(api, service_code="POTHOLE", lat="1", long="2")
        assert bad.status_code == 500 and bad.json()[0]["code"] == 400
        assert not city.open311_state.requests
    with (
        profiled("open311-search") as city,
        httpx.Client(base_url=city.open311_url, timeout=5.0) as api,
    ):
        post(api, service_code="STREETLIGHT", address_string="a", description="one [txn:abc]")
        post(api, service_code="STREETLIGHT", address_string="b", description="two")
        found = api.get("/requests.json", params={"search": "[txn:abc]"}).json()
        assert [r["description"] for r in found] == ["one [txn:abc]"]
