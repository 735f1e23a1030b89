"""Dates and times as residents read them: the kiosk's local time, the weekday and month in the
session language (Qt's locale data, QtCore only), never an ISO string or a time-zone name.

``when_text(start, end, "es")`` → ``martes 8 de diciembre, 10:00–10:45``. Used on screen
(ui/formatting.py) and on receipts (kiosk/records/receipts.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

_DAY_PATTERNS = {"es": "dddd d 'de' MMMM"}
_DEFAULT_DAY_PATTERN = "dddd d MMMM"
_YEAR_PATTERNS = {"es": " 'de' yyyy"}
_DEFAULT_YEAR_PATTERN = " yyyy"


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in the kiosk's local time zone (a naive time is taken as local already)."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: dt.date, language: str) -> str:
    """``Tuesday 8 December`` / ``martes 8 de diciembre`` / ``الثلاثاء ٨ ديسمبر``."""
    pattern = _DAY_PATTERNS.get(language, _DEFAULT_DAY_PATTERN)
    return QLocale(language).toString(_qdate(day), pattern)


def date_text(day: dt.date, language: str) -> str:
    """A date with its year (due dates may be next year): ``8 December 2026``."""
    pattern = "d 'de' MMMM 'de' yyyy" if language == "es" else "d MMMM yyyy"
    return QLocale(language).toString(_qdate(day), pattern)


def clock_text(moment: dt.datetime, language: str) -> str:
    """``10:00`` in the local zone, 24-hour, with the language's digits."""
    moment = local(moment)
    locale = QLocale(language)
    zero = locale.zeroDigit()
    hours = locale.toString(moment.hour).rjust(2, zero)
    minutes = locale.toString(moment.minute).rjust(2, zero)
    return f"{hours}:{minutes}"


def _comma(language: str) -> str:
    return "، " if language == "ar" else ", "


def when_text(start: dt.datetime, end: dt.datetime | None, language: str) -> str:
    """``Tuesday 8 December, 10:00–10:45`` in the local zone and the session language."""
    day = day_text(local(start).date(), language)
    text = f"{day}{_comma(language)}{clock_text(start, language)}"
    return f"{text}–{clock_text(end, language)}" if end is not None else text


def moment_text(moment: dt.datetime, language: str) -> str:
    """A moment with its year, for receipts: ``Thursday 26 November 2026, 16:45``."""
    day = local(moment).date()
    pattern = _DAY_PATTERNS.get(language, _DEFAULT_DAY_PATTERN) + _YEAR_PATTERNS.get(
        language, _DEFAULT_YEAR_PATTERN
    )
    text = QLocale(language).toString(_qdate(day), pattern)
    return f"{text}{_comma(language)}{clock_text(moment, language)}"
