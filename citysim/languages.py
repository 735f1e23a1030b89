"""Which language a citysim answer is in: the kiosk asks (``Accept-Language``, Open311's
``locale``), the demo city answers in the first language it has the text in and says which in
``Content-Language`` (RFC 9110 §8.5 / §12.5.4).

Like a real city, the demo city has some texts in Spanish, French and Arabic and others only in
English (a resident's petition, a new project's description, the questions of a street-report
category): the kiosk then shows English inside an Arabic screen and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

DEFAULT = "en"
_RANGE = re.compile(
    r"^\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$"
)


def wanted(accept_language: str | None, locale: str | None = None) -> list[str]:
    """The base languages a request asks for, best first: Open311's ``locale`` parameter, then
    ``Accept-Language`` by quality (``q=0`` excluded); malformed ranges are ignored."""
    out: list[str] = []
    if locale:
        out.append(locale.replace("_", "-").split("-")[0].lower())
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        match = _RANGE.match(part)
        if match is None or match.group(1) == "*":
            continue
        try:
            quality = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if quality > 0:
            ranked.append((-quality, index, match.group(1).split("-")[0].lower()))
    out += [lang for _, _, lang in sorted(ranked)]
    return list(dict.fromkeys(out))


def choose(asked: Iterable[str], available: Iterable[str]) -> str:
    """The first language asked for that is available, else English."""
    have = set(available)
    return next((lang for lang in asked if lang in have), DEFAULT)


def localized(texts: Mapping[str, str], language: str) -> str:
    """``texts[language]``, else the English text."""
    return texts.get(language) or texts[DEFAULT]
