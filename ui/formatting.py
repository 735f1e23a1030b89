"""How residents read things on screen: dates and times, and text from elsewhere.

Dates and times: the kiosk's local time, the weekday and month in the session language, never an
ISO string or a time-zone name (the pure functions live in :mod:`kiosk.text.local_time`, shared with
receipts). ``when_text(start, end, "es")`` → ``martes 8 de diciembre, 10:00–10:45``.

Text from elsewhere (the city's back ends, the configuration, a library system): the one helper
is :mod:`kiosk.text.bidi` (cleaning, Unicode isolates in the text's own direction, the language a
text is in). A screen collects what it shows in a :class:`ShownWords` and, when some of it is
not in the resident's language, says so once with :func:`language_notice_text`
("Shown in English: the city has no text for this in your language.").
"""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtCore import QCoreApplication

from kiosk.text.bidi import (
    ShownWords,
    Worded,
    alone,
    isolate,
    pick,
    untrusted_text,
    untrusted_text_cut,
)
from kiosk.text.local_time import clock_text, date_text, day_text, local, moment_text, when_text

__all__ = [
    "ShownWords",
    "Worded",
    "alone",
    "clock_text",
    "date_text",
    "day_text",
    "isolate",
    "language_notice_text",
    "local",
    "moment_text",
    "pick",
    "untrusted_text",
    "untrusted_text_cut",
    "when_text",
]


def language_notice_text(foreign: Set[str]) -> str:
    """One sentence saying that some of what the screen shows is in another language (its
    languages as collected by :class:`ShownWords`; "" for a text whose language is unknown);
    "" when everything is in the resident's language."""
    if not foreign:
        return ""
    if len(foreign) == 1:
        (language,) = foreign
        if language == "en":
            return QCoreApplication.translate(
                "ContentLanguage",
                "Shown in English: the city has no text for this in your language.",
            )
        if language == "es":
            return QCoreApplication.translate(
                "ContentLanguage",
                "Shown in Spanish: the city has no text for this in your language.",
            )
        if language == "fr":
            return QCoreApplication.translate(
                "ContentLanguage",
                "Shown in French: the city has no text for this in your language.",
            )
        if language == "ar":
            return QCoreApplication.translate(
                "ContentLanguage",
                "Shown in Arabic: the city has no text for this in your language.",
            )
    return QCoreApplication.translate(
        "ContentLanguage",
        "Some of this is shown in the language the city wrote it in: the city has no text "
        "for it in your language.",
    )
