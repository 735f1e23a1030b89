"""Permit applications and licences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.money import Money
from civic.text import LocalizedText


@dataclass(frozen=True)
class Application:
    application_id: str
    service_id: str
    kind: str
    status: str
    fee: Money | None
    submitted_at: dt.datetime
    reference: str


@dataclass(frozen=True)
class Licence:
    licence_id: str
    service_id: str
    title: LocalizedText
    valid_until: dt.date
    status: str
