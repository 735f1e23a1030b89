"""Status words from the city's systems, matched the way people write them.

Back ends spell the same status many ways (``in_progress``, ``In Progress``, ``in-progress``;
``Completed``): :func:`word_key` folds case, spaces, ``-``, ``_`` and apostrophes so one table
per vocabulary can name each word once. The street-report statuses
(:func:`kiosk.services.request_status.stage_for`) and the project phases (:func:`phase_of`)
use it; the UI translates the result, never the server's word.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Final

_FOLD = re.compile(r"[\s_\-']+")


def word_key(status: str) -> str:
    """``inprogress`` for ``In progress``, ``in_progress``, ``in-progress``..."""
    return _FOLD.sub("", status).casefold()


class Phase(enum.Enum):
    """Where a city project is (gateway ``Project.status`` and milestone statuses)."""

    PLANNED = "planned"
    CONSULTATION = "consultation"  # residents are being asked
    IN_PROGRESS = "in_progress"
    UNDER_CONSTRUCTION = "under_construction"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    OTHER = "other"  # a word we do not know: the UI shows the city's word, isolated


_PHASES: Final[Mapping[str, Phase]] = {
    "planned": Phase.PLANNED,
    "proposed": Phase.PLANNED,
    "design": Phase.PLANNED,
    "consultation": Phase.CONSULTATION,
    "publicconsultation": Phase.CONSULTATION,
    "inconsultation": Phase.CONSULTATION,
    "inprogress": Phase.IN_PROGRESS,
    "ongoing": Phase.IN_PROGRESS,
    "underconstruction": Phase.UNDER_CONSTRUCTION,
    "construction": Phase.UNDER_CONSTRUCTION,
    "works": Phase.UNDER_CONSTRUCTION,
    "onhold": Phase.ON_HOLD,
    "paused": Phase.ON_HOLD,
    "suspended": Phase.ON_HOLD,
    "completed": Phase.COMPLETED,
    "complete": Phase.COMPLETED,
    "done": Phase.COMPLETED,
    "finished": Phase.COMPLETED,
    "cancelled": Phase.CANCELLED,
    "canceled": Phase.CANCELLED,
}


def phase_of(status: str) -> Phase:
    """The phase a project or milestone status word means (:func:`word_key` spelling)."""
    return _PHASES.get(word_key(status), Phase.OTHER)
