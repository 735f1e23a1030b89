"""The words of a street report's status (``ui.services.city.request_status``): one table per
kind of text, every stage said, every text translated, and which advice wins when a status has
both a problem and a stage. No kiosk, no city: the texts alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.services.request_status import Freshness, Problem, RequestStatus, Stage
from ui.i18n import Translations
from ui.i18n.build import ensure_compiled
from ui.services.city.request_status import (
    LISTING_INCOMPLETE,
    NOT_FOUND_LIVE,
    NOT_PUBLISHED_BY_KIND,
    PROBLEM_ADVICE,
    STAGE_ADVICE,
    STAGE_WORDS,
    explanation_text,
    stage_text,
)


def _status(
    stage: Stage,
    problem: Problem | None = None,
    *,
    freshness: Freshness = Freshness.LIVE,
    status_text: str = "",
) -> RequestStatus:
    return RequestStatus("K-1", stage, freshness, status_text=status_text, problem=problem)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The application's catalogue, English unless a test switches (whatever an earlier test
    on this worker left installed), and English again afterwards."""
    ensure_compiled()
    switcher = Translations(qapp)
    switcher.switch("en")
    yield switcher
    switcher.switch("en")


def test_every_stage_has_its_words_and_an_unknown_one_is_the_citys(
    translations: Translations,
) -> None:
    assert set(STAGE_WORDS) == set(Stage) - {Stage.OTHER}
    for stage in STAGE_WORDS:
        assert stage_text(_status(stage)) == STAGE_WORDS[stage]
    said = stage_text(_status(Stage.OTHER, status_text="Queued for crew"))
    assert said.startswith("The city says: ") and "Queued for crew" in said
    assert said != "The city says: Queued for crew"  # the city's word is isolated


def test_every_text_has_a_translation(translations: Translations) -> None:
    translations.switch("fr")
    tables = [*STAGE_WORDS.values(), *PROBLEM_ADVICE.values(), *STAGE_ADVICE.values()]
    singles = [NOT_PUBLISHED_BY_KIND, LISTING_INCOMPLETE, NOT_FOUND_LIVE]
    said = [stage_text(_status(stage)) for stage in STAGE_WORDS]
    said += [explanation_text(_status(Stage.SENT, problem)) for problem in PROBLEM_ADVICE]
    said += [explanation_text(_status(stage)) for stage in STAGE_ADVICE]
    said += [
        explanation_text(_status(Stage.SENT)),
        explanation_text(_status(Stage.OPEN, Problem.LISTING_INCOMPLETE)),
        explanation_text(_status(Stage.NOT_FOUND)),
    ]
    assert len(said) == len(tables) + len(singles)
    untranslated = [text for text in said if text in tables + singles or not text]
    assert untranslated == []
    assert stage_text(_status(Stage.REFUSED)) == "Refusé par le système de la ville"


def test_a_problem_is_explained_before_the_stage(translations: Translations) -> None:
    assert (
        explanation_text(_status(Stage.REFUSED, Problem.BAD_CODE))
        == PROBLEM_ADVICE[Problem.BAD_CODE]
    )
    assert explanation_text(_status(Stage.WAITING)) == STAGE_ADVICE[Stage.WAITING]
    assert explanation_text(_status(Stage.SENT)) == NOT_PUBLISHED_BY_KIND
    # a problem without advice of its own: the stage's, or nothing
    assert explanation_text(_status(Stage.SENT, Problem.OFFLINE)) == ""
    assert (
        explanation_text(_status(Stage.IN_REVIEW, Problem.OFFLINE)) == STAGE_ADVICE[Stage.IN_REVIEW]
    )
    assert explanation_text(_status(Stage.OPEN, Problem.LISTING_INCOMPLETE)) == LISTING_INCOMPLETE
    assert explanation_text(_status(Stage.NOT_FOUND)) == NOT_FOUND_LIVE
    last_known = _status(Stage.NOT_FOUND, freshness=Freshness.LAST_KNOWN)
    assert explanation_text(last_known) == ""  # not found *now* is only said when just asked
    assert explanation_text(_status(Stage.FIXED)) == ""
