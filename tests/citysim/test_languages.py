"""The demo city answers in the language asked for where it has the text, says which in
Content-Language, and leaves some texts in English (a realistic mix)."""

from __future__ import annotations

import httpx

from citysim import CitySim
from citysim.languages import choose, wanted


def test_accept_language_by_quality_with_locale_first() -> None:
    assert wanted("fr;q=0.4, ar-EG, en;q=0.5") == ["ar", "en", "fr"]
    assert wanted("es, *;q=0.1", locale="fr_FR") == ["fr", "es"]
    assert wanted("en;q=0, x y, ar;q=abc") == []
    assert choose(["de", "fr"], {"en", "fr"}) == "fr"
    assert choose(["de"], {"en", "fr"}) == "en"


def test_open311_categories_in_arabic_but_questions_only_in_english(city: CitySim) -> None:
    with httpx.Client(base_url=city.open311_url, timeout=5.0) as api:
        services = api.get("/services.json", params={"locale": "ar"})
        assert services.headers["Content-Language"] == "ar"
        names = {s["service_code"]: s["service_name"] for s in services.json()}
        assert names["POTHOLE"] == "حفرة في الطريق"
        arabic = api.get("/services/POTHOLE.json", headers={"Accept-Language": "ar, en;q=0.5"})
        assert arabic.headers["Content-Language"] == "en"
        assert arabic.json()["attributes"][0]["description"] == "How big is it?"
        spanish = api.get("/services/POTHOLE.json", headers={"Accept-Language": "es"})
        assert spanish.headers["Content-Language"] == "es"
        size = spanish.json()["attributes"][0]
        assert size["description"] == "¿Qué tamaño tiene?"
        assert [v["key"] for v in size["values"]] == ["small", "medium", "large"]
        plain = api.get("/services.json")
        assert plain.headers["Content-Language"] == "en"
        assert {s["service_name"] for s in plain.json()} >= {"Pothole", "Graffiti"}


def test_english_only_open311_profile_ignores_the_language_and_says_nothing() -> None:
    with (
        CitySim(profile="open311-english-only") as sim,
        httpx.Client(base_url=sim.open311_url, timeout=5.0) as api,
    ):
        answer = api.get("/services.json", params={"locale": "ar"})
        assert "Content-Language" not in answer.headers
        assert answer.json()[0]["service_name"] == "Pothole"


def test_gateway_plain_texts_follow_accept_language(city: CitySim) -> None:
    with httpx.Client(base_url=city.gateway_url, timeout=5.0) as api:
        arabic = api.get("/projects/PRJ-004", headers={"Accept-Language": "ar"})
        assert arabic.headers["Content-Language"] == "ar"
        project = arabic.json()
        assert [m["name"] for m in project["milestones"]] == ["الاستشارة", "التصميم"]
        assert set(project["title"]) == {"en", "es", "fr", "ar"}
        assert set(project["description"]) == {"en"}  # not translated yet
        german = api.get("/projects/PRJ-004", headers={"Accept-Language": "de"})
        assert german.headers["Content-Language"] == "en"
        assert german.json()["milestones"][0]["name"] == "Consultation"
        petitions = api.get("/petitions", headers={"Accept-Language": "fr"})
        assert petitions.headers["Content-Language"] == "en"  # plain texts (authors) as written
