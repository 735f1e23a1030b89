"""Times as residents read them: weekday and month in the session language, local time, no ISO
string or zone name (ui/formatting.py on Qt's real locale data)."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

from ui.formatting import date_text, day_text, when_text

START = dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC)
END = START + dt.timedelta(minutes=45)


@pytest.fixture
def utc() -> Iterator[None]:
    """The kiosk's local zone for the test: UTC (the zone is the kiosk's, not the test's)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tuesday 8 December, 10:00–10:45"),
        ("es", "martes 8 de diciembre, 10:00–10:45"),
        ("fr", "mardi 8 décembre, 10:00–10:45"),
        ("ar", "الثلاثاء ٨ ديسمبر، ١٠:٠٠–١٠:٤٥"),
    ],
)
def test_when_in_each_language(utc: None, language: str, expected: str) -> None:
    assert when_text(START, END, language) == expected
    assert "UTC" not in expected and "2026-" not in expected


def test_start_only_and_days(utc: None) -> None:
    assert when_text(START, None, "es") == "martes 8 de diciembre, 10:00"
    assert day_text(START.date(), "en") == "Tuesday 8 December"
    assert date_text(START.date(), "en") == "8 December 2026"
    assert date_text(START.date(), "es") == "8 de diciembre de 2026"


def test_shown_in_the_kiosks_local_time() -> None:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Madrid"  # UTC+1 in December
    time.tzset()
    try:
        assert when_text(START, END, "en") == "Tuesday 8 December, 11:00–11:45"
        late = dt.datetime(2026, 12, 8, 23, 30, tzinfo=dt.UTC)  # already Wednesday in Madrid
        assert when_text(late, None, "en") == "Wednesday 9 December, 00:30"
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_service_lists_follow_the_session_language(utc: None) -> None:
    """Notices, projects and elections use the shared helpers without a language argument: they
    follow the locale ui/i18n sets on every language switch."""
    from PySide6.QtCore import QLocale

    from ui.services.city.common import date_text as list_date
    from ui.services.city.common import time_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("es"))
        assert list_date(START.date()) == "8 de diciembre de 2026"
        assert time_text(START, END) == "martes 8 de diciembre, 10:00–10:45"
    finally:
        QLocale.setDefault(before)
