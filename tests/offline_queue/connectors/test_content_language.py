"""The read clients ask for the resident's language and keep what the back end answered in
(loopback citysim: Accept-Language and Open311's locale sent, Content-Language read)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from citysim import CitySim
from kiosk.services import street_report as sr
from kiosk.services.public_cache import PublicCache
from offline_queue.connectors.gateway import GatewayClient
from offline_queue.connectors.languages import accept_language, content_language
from offline_queue.connectors.open311 import Open311Client


class Recorder:
    """The requests a real httpx client sent (an event hook: nothing is faked)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def client(self, base_url: str) -> httpx.Client:
        return httpx.Client(
            base_url=base_url, timeout=5.0, event_hooks={"request": [self.requests.append]}
        )


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    yield Recorder()


def test_accept_language_puts_the_resident_first_and_english_second() -> None:
    assert accept_language("ar") == "ar, en;q=0.5"
    assert accept_language("en") == "en"
    assert accept_language("es_ES") == "es-ES, en;q=0.5"
    assert accept_language(None) is None
    assert accept_language("ar\r\nX-Evil: 1") is None  # never a header injection
    many = httpx.Response(200, headers={"Content-Language": "en, ar"})
    assert content_language(many) is None
    assert content_language(httpx.Response(200, headers={"Content-Language": "fr"})) == "fr"


def test_open311_categories_asked_in_arabic_questions_come_in_english(
    city: CitySim, recorder: Recorder, tmp_path
) -> None:
    shared = Open311Client(city.open311_url, client=recorder.client(city.open311_url))
    client = shared.in_language("ar")
    categories = sr.load_categories(client, PublicCache(tmp_path))
    sent = recorder.requests[0]
    assert sent.url.params["locale"] == "ar"
    assert sent.headers["Accept-Language"] == "ar, en;q=0.5"
    pothole = next(c for c in categories.items if c.code == "POTHOLE")
    assert (pothole.name, pothole.language) == ("حفرة في الطريق", "ar")
    size = pothole.questions[0]
    assert (size.description, size.language) == ("How big is it?", "en")  # no Arabic yet
    client.close()  # a view: the shared client stays open
    english = shared.services()
    assert english[0].service_name == "Pothole" and english[0].language == "en"
    assert "locale" not in recorder.requests[-1].url.params
    shared.close()


def test_open311_categories_offline_come_from_the_copy_in_that_language(
    city: CitySim, tmp_path
) -> None:
    cache = PublicCache(tmp_path)
    shared = Open311Client(city.open311_url)
    sr.load_categories(shared.in_language("es"), cache)
    sr.load_categories(shared.in_language("fr"), cache)
    city.set_network("open311", up=False)
    spanish = sr.load_categories(shared.in_language("es"), cache)
    assert spanish.from_cache and spanish.items[0].name == "Bache"
    assert spanish.items[0].questions[0].language == "es"
    unseen = sr.load_categories(shared.in_language("ar"), cache)  # the latest copy, French
    assert unseen.items[0].name == "Nid-de-poule" and unseen.items[0].language == "fr"
    shared.close()


def test_a_server_that_says_no_language_leaves_it_unknown(tmp_path) -> None:
    with CitySim(profile="open311-english-only") as sim:
        shared = Open311Client(sim.open311_url)
        categories = sr.load_categories(shared.in_language("ar"), PublicCache(tmp_path))
        assert categories.items[0].name == "Pothole" and categories.items[0].language is None
        shared.close()


def test_gateway_asks_in_the_resident_language_and_keeps_the_answer_language(
    city: CitySim, recorder: Recorder
) -> None:
    shared = GatewayClient(city.gateway_url, client=recorder.client(city.gateway_url))
    arabic = shared.in_language("ar")
    project = arabic.project("PRJ-004")
    assert recorder.requests[-1].headers["Accept-Language"] == "ar, en;q=0.5"
    assert project.language == "ar"
    assert [m.name for m in project.milestones] == ["الاستشارة", "التصميم"]
    assert project.description.get("ar") == project.description.get("en")  # English only
    nearby = arabic.projects(41.387, 2.17, 5000)
    assert all(p.language == "ar" for p in nearby)
    categories = arabic.data_summary("RES-0003")
    assert categories[0].language == "ar" and categories[0].retention == "طوال مدة الإقامة"
    arabic.close()
    plain = shared.project("PRJ-004")  # the shared client, still open, asks for nothing
    assert "Accept-Language" not in recorder.requests[-1].headers
    assert plain.language == "en" and plain.milestones[0].name == "Consultation"
    shared.close()
