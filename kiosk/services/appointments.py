"""Book a library appointment, a study room or a digital-help slot; cancel a booking.

Pure Python, no Qt. Free slots and the resident's bookings come from the gateway (online only:
a slot list from a cache could promise a time that is already taken). Booking and cancelling
are queued gateway transactions (``appointment.book`` / ``appointment.cancel``) keyed by their
tx id; the receipt carries the time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from civic.appointments import Appointment, Slot
from kiosk.services.submit import Submission, ordered
from offline_queue.connectors.gateway import GatewayClient

SERVICES = ("library-appointment", "room-booking", "digital-help")
"""Appointment kinds the gateway offers at this kiosk's library, in display order."""

DAYS_AHEAD = 7


class AppointmentError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class DaySlots:
    day: dt.date
    slots: tuple[Slot, ...]


def free_slots(
    gateway: GatewayClient, service: str, today: dt.date, days: int = DAYS_AHEAD
) -> tuple[DaySlots, ...]:
    """Free slots of one kind from tomorrow on, grouped by day (raises GatewayError offline)."""
    if service not in SERVICES:
        raise AppointmentError("appointments.unknown_service")
    slots = gateway.slots(service, today, today + dt.timedelta(days=days))
    by_day: dict[dt.date, list[Slot]] = {}
    for slot in sorted(slots, key=lambda s: s.start):
        if slot.available:
            by_day.setdefault(slot.start.date(), []).append(slot)
    return tuple(DaySlots(day, tuple(items)) for day, items in sorted(by_day.items()))


def upcoming(bookings: Sequence[Appointment], now: dt.datetime) -> tuple[Appointment, ...]:
    """The resident's bookings that can still be cancelled, soonest first."""
    return tuple(
        sorted(
            (a for a in bookings if a.status == "booked" and a.start > now), key=lambda a: a.start
        )
    )


PATRON_PREFIX = "patron-"
"""Holder ids of library patrons (a library card, no resident record): ``patron-<32 hex>``."""


def holder_id(role: str, subject_id: str, key: bytes) -> str:
    """Whom the gateway books for (issue #15.10): a resident by their resident id; a library
    patron by a pseudonym of their library id under the kiosk's key (the lane pseudonym's
    derivation), so the library number never leaves the kiosk and is never stored by the city.
    """
    if not subject_id:
        raise AppointmentError("appointments.sign_in_required")
    if role == "patron":
        from kiosk.records.audit import pseudonym

        return PATRON_PREFIX + pseudonym(key, "appointments.patron", subject_id)
    return subject_id


def format_when(start: dt.datetime, end: dt.datetime) -> str:
    """Language-neutral time text for receipts: ``2026-11-27 10:00–10:45 UTC``."""
    zone = start.tzname() or ""
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M} {zone}".strip()


def book(slot: Slot, resident_id: str, title: str, *, when: str = "") -> Submission:
    """``when``: the time as the resident reads it (the UI's words, in the session language)
    for the receipt; without it the language-neutral :func:`format_when`."""
    if not slot.available:
        raise AppointmentError("appointments.slot_taken")
    if not resident_id:
        raise AppointmentError("appointments.sign_in_required")
    return Submission(
        service_id="appointments",
        title=title,
        kind="appointment.book",
        payload={"resident_id": resident_id, "params": {}, "body": {"slot_id": slot.slot_id}},
        lane=ordered("appointments", resident_id),  # pseudonymous: never the id in clear
        summary="appointment book",
        instructions=(when or format_when(slot.start, slot.end), slot.location),
    )


def cancel(appointment: Appointment, resident_id: str, title: str, *, when: str = "") -> Submission:
    if appointment.status != "booked":
        raise AppointmentError("appointments.not_cancellable")
    return Submission(
        service_id="appointments",
        title=title,
        kind="appointment.cancel",
        payload={
            "resident_id": resident_id,
            "params": {"appointment_id": appointment.appointment_id},
            "body": {},
        },
        lane=ordered("appointments", resident_id),
        summary="appointment cancel",
        instructions=(when or format_when(appointment.start, appointment.end),),
    )
