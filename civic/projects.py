"""The city's public works projects near the kiosk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.money import Money
from civic.text import LocalizedText


@dataclass(frozen=True)
class Milestone:
    name: str
    due_date: dt.date
    status: str


@dataclass(frozen=True)
class Project:
    project_id: str
    title: LocalizedText
    description: LocalizedText
    lat: float
    lon: float
    distance_m: float | None
    status: str
    budget_planned: Money
    budget_spent: Money
    milestones: tuple[Milestone, ...]
    updated_at: dt.datetime
    language: str | None = None  # of the plain-text fields (milestone names); None: not said
