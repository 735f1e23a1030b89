"""Dates and times as residents read them on screen: the kiosk's local time, the weekday and
month in the session language, never an ISO string or a time-zone name (the pure functions
live in :mod:`kiosk.local_time`, shared with receipts).

``when_text(start, end, "es")`` → ``martes 8 de diciembre, 10:00–10:45``.
"""

from __future__ import annotations

from kiosk.local_time import clock_text, date_text, day_text, local, moment_text, when_text

__all__ = ["clock_text", "date_text", "day_text", "local", "moment_text", "when_text"]
