"""Elections, polling stations and a resident's registration."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.text import LocalizedText


@dataclass(frozen=True)
class Election:
    election_id: str
    title: LocalizedText
    date: dt.date
    registration_deadline: dt.date
    postal_vote_deadline: dt.date
    polls_open: str
    polls_close: str


@dataclass(frozen=True)
class PollingStation:
    station_id: str
    name: LocalizedText
    address: str
    lat: float
    lon: float
    district: str
    step_free: bool


@dataclass(frozen=True)
class Registration:
    """The resident's own entry (personal: never cached)."""

    registered: bool
    polling_station: PollingStation


@dataclass(frozen=True)
class ElectionInfo:
    as_of: dt.datetime
    elections: tuple[Election, ...]
    how_to_register: LocalizedText
    how_to_vote_by_post: LocalizedText
    polling_stations: tuple[PollingStation, ...]
    asked_for_resident: bool  # the call carried a resident id
    registration: Registration | None  # None: not asked, or not on the roll
