"""Dates and times as residents read them: the kiosk's local time, the weekday and month in the
session language (Qt's locale data), never an ISO string or a time-zone name.

``when_text(start, end, "es")`` → ``martes 8 de diciembre, 10:00–10:45``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

_DAY_PATTERNS = {
    "es": "dddd d 'de' MMMM",
    "fr": "dddd d MMMM",
    "ar": "dddd d MMMM",
}
_DEFAULT_DAY_PATTERN = "dddd d MMMM"


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in the kiosk's local time zone (a naive time is taken as local already)."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def day_text(day: dt.date, language: str) -> str:
    """``Tuesday 8 December`` / ``martes 8 de diciembre`` / ``الثلاثاء ٨ ديسمبر``."""
    locale = QLocale(language)
    pattern = _DAY_PATTERNS.get(language, _DEFAULT_DAY_PATTERN)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def date_text(day: dt.date, language: str) -> str:
    """A date with its year (due dates may be next year): ``8 December 2026``."""
    locale = QLocale(language)
    pattern = "d 'de' MMMM 'de' yyyy" if language == "es" else "d MMMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def clock_text(moment: dt.datetime, language: str) -> str:
    """``10:00`` in the local zone, 24-hour, with the language's digits."""
    moment = local(moment)
    locale = QLocale(language)
    return f"{locale.toString(moment.hour).rjust(2, locale.zeroDigit())}:" + locale.toString(
        moment.minute
    ).rjust(2, locale.zeroDigit())


def when_text(start: dt.datetime, end: dt.datetime | None, language: str) -> str:
    """``Tuesday 8 December, 10:00–10:45`` in the local zone and the session language."""
    day = day_text(local(start).date(), language)
    comma = "، " if language == "ar" else ", "
    text = f"{day}{comma}{clock_text(start, language)}"
    return f"{text}–{clock_text(end, language)}" if end is not None else text
