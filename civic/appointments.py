"""Appointment slots and a resident's bookings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.text import LocalizedText


@dataclass(frozen=True)
class Slot:
    slot_id: str
    service: str
    title: LocalizedText
    start: dt.datetime
    end: dt.datetime
    location: str
    available: bool


@dataclass(frozen=True)
class Appointment:
    appointment_id: str
    slot_id: str
    service: str
    start: dt.datetime
    end: dt.datetime
    location: str
    status: str
