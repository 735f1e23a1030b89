"""What the city holds about a resident (my data and consent)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.text import LocalizedText


@dataclass(frozen=True)
class Profile:
    resident_id: str
    display_name: str
    given_name: str
    family_name: str
    preferred_language: str
    roles: tuple[str, ...]
    address: str | None
    email: str | None
    phone: str | None
    date_of_birth: str | None
    library_patron_id: str | None


@dataclass(frozen=True)
class Consents:
    notices_email: bool
    notices_sms: bool
    statistics: bool
    updated_at: dt.datetime


@dataclass(frozen=True)
class DataCategory:
    category: str
    description: LocalizedText
    records: int
    retention: str
    language: str | None = None  # of ``retention`` (the city's words); None: not said
