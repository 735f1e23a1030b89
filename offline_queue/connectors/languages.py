"""Asking a back end for content in the resident's language, and reading what it answered in.

The read clients (gateway, Open311) send ``Accept-Language`` (RFC 9110 §12.5.4) with the
resident's language first and English as the fallback every city has; Open311 also gets the
``locale`` query parameter some GeoReport v2 servers take (Helsinki's ``locale=fi_FI``). The
answer's ``Content-Language`` (§8.5) names the language of its plain-text fields; absent or
malformed, the language is unknown (None) and the screen judges by the letters.
"""

from __future__ import annotations

import re

import httpx

_TAG = re.compile(r"^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$")
FALLBACK = "en"


def language_tag(language: str | None) -> str | None:
    """A well-formed language tag (``ar``, ``es-ES``), else None (never sent, never trusted)."""
    if not language:
        return None
    tag = language.strip()
    return tag.replace("_", "-") if _TAG.fullmatch(tag) else None


def accept_language(language: str | None) -> str | None:
    """``ar, en;q=0.5`` for an Arabic session; ``en`` for English; None for no language."""
    tag = language_tag(language)
    if tag is None:
        return None
    if tag.split("-")[0].lower() == FALLBACK:
        return tag
    return f"{tag}, {FALLBACK};q=0.5"


def content_language(response: httpx.Response) -> str | None:
    """The one language an answer says it is in (``Content-Language``); None when it says
    none, several, or something that is not a language tag."""
    value = response.headers.get("Content-Language")
    if not value or "," in value:
        return None
    return language_tag(value)
