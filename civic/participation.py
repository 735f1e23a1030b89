"""Petitions and public consultations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.text import LocalizedText


@dataclass(frozen=True)
class Petition:
    petition_id: str
    title: LocalizedText
    summary: LocalizedText
    signature_count: int
    goal: int
    closes_at: dt.datetime
    status: str
    signed_by_me: bool | None
    text: LocalizedText | None = None  # only from petition(id)
    author: str | None = None


@dataclass(frozen=True)
class Choice:
    choice_id: str
    label: LocalizedText


@dataclass(frozen=True)
class Question:
    question_id: str
    kind: str
    required: bool
    text: LocalizedText
    choices: tuple[Choice, ...]
    max_length: int | None


@dataclass(frozen=True)
class Consultation:
    consultation_id: str
    title: LocalizedText
    description: LocalizedText
    closes_at: dt.datetime
    status: str
    submitted_by_me: bool | None
    questions: tuple[Question, ...] = ()
