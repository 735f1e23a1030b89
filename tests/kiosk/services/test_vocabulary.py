"""Status words as back ends spell them map to one phase or stage (kiosk.services.vocabulary)."""

from __future__ import annotations

import pytest

from kiosk.services.request_status import Stage, stage_for
from kiosk.services.vocabulary import Phase, phase_of, word_key


@pytest.mark.parametrize(
    ("word", "phase"),
    [
        ("consultation", Phase.CONSULTATION),
        ("Public Consultation", Phase.CONSULTATION),
        ("planned", Phase.PLANNED),
        ("in_progress", Phase.IN_PROGRESS),
        ("Under construction", Phase.UNDER_CONSTRUCTION),
        ("under-construction", Phase.UNDER_CONSTRUCTION),
        ("Completed", Phase.COMPLETED),
        ("done", Phase.COMPLETED),
        ("canceled", Phase.CANCELLED),
        ("on hold", Phase.ON_HOLD),
        ("tendering", Phase.OTHER),
    ],
)
def test_project_phases_in_any_spelling(word: str, phase: Phase) -> None:
    assert phase_of(word) is phase


def test_one_spelling_rule_for_projects_and_street_reports() -> None:
    assert word_key("In Progress") == word_key("in_progress") == word_key("in-progress")
    assert stage_for("In-Progress") is Stage.IN_PROGRESS
