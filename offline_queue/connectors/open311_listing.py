"""Finding one request in an Open311 ``GET requests.json`` listing, across every page.

Deployed GeoReport v2 servers page their listings in different ways (docs/backends.md):
``page``/``page_size`` with ``X-Result-Count`` and ``X-Next-Page-URL`` headers, an RFC 8288
``Link: <…>; rel="next"``, no signal at all (a short or empty page ends it, and a page past the
end may repeat the last one), or no paging (only the newest N). :func:`find_marker` walks the
pages (bounded) looking for the kiosk's marker and answers one of three things:

- ``PRESENT``: the marker is in the listing (with its ``service_request_id``);
- ``ABSENT``: the listing was read to its end and the marker is not in it;
- ``CANNOT_TELL``: the listing could not be read completely (too many pages, a server that
  ignores ``page``, an error, a page leading off-site): never to be taken as "absent".

Whether "absent from the listing" means "absent from the server" is a separate question (a
moderated server hides fresh requests), answered by the connector from what it has learned.
Hostile bodies (wrong shapes, huge numbers, deep nesting) skip the bad entry, never crash.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import enum
import json
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

logger = logging.getLogger(__name__)

PAGE_SIZE = 100  # what many deployed servers cap a page at; asking for more gains nothing
MAX_PAGES = 50  # 5000 requests of one category in the window: beyond that, cannot tell
MAX_RESULT_COUNT = 10_000_000
_LEADING_ZERO_NUMBER = re.compile(r"(:\s*)(0\d+)(\s*[,}\]])")


def lenient_json(content: bytes) -> Any | None:
    """JSON, tolerating the spec's own ``"service_code":001`` (numbers with leading zeros).

    ``None`` for anything unparseable, including nesting too deep to parse."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    for candidate in (text, _LEADING_ZERO_NUMBER.sub(r'\1"\2"\3', text)):
        try:
            return json.loads(candidate)
        except (ValueError, RecursionError):
            continue
    return None


def text_of(value: Any) -> str:
    """A scalar field as text; "" for null and for wrong shapes (lists, objects)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return ""


def entries_of(body: Any) -> list[dict[str, Any]] | None:
    """The request entries of a listing body: a JSON array, or an object wrapping one
    (``{"requests": […]}``, ``{"service_requests": […]}``, as some servers' extensions do).
    Entries that are not objects are skipped (and logged); ``None`` if there is no list."""
    if isinstance(body, dict):
        for key in ("requests", "service_requests", "request"):
            if isinstance(body.get(key), list):
                body = body[key]
                break
    if not isinstance(body, list):
        return None
    entries = [e for e in body if isinstance(e, dict)]
    if len(entries) != len(body):
        logger.warning("open311 listing: %d malformed entries skipped", len(body) - len(entries))
    return entries


def server_date(response: httpx.Response) -> dt.datetime | None:
    """The server's clock from its ``Date`` header (None when absent or unparseable)."""
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when: dt.datetime = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


class Presence(enum.Enum):
    PRESENT = "present"
    ABSENT = "absent"
    CANNOT_TELL = "cannot_tell"


@dataclass(frozen=True)
class Found:
    presence: Presence
    request_id: str | None = None
    reason: str = ""  # why CANNOT_TELL (an error key), or how the end was recognised
    pages: int = 0
    seen: int = 0
    reached: bool = True  # False: the server could not be reached at all


def _result_count(response: httpx.Response) -> int | None:
    raw = response.headers.get("X-Result-Count", "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:  # "²" is isdigit()
        return None
    count = int(raw)
    return count if count <= MAX_RESULT_COUNT else None


def _next_url(http: httpx.Client, response: httpx.Response) -> httpx.URL | str | None:
    """The next page's URL from ``Link: rel=next`` or ``X-Next-Page-URL``; "offsite" when it
    leads to another origin (never followed); None when the server gives none."""
    target = response.links.get("next", {}).get("url") or response.headers.get("X-Next-Page-URL")
    if not target:
        return None
    try:
        url = response.request.url.join(target)
    except (httpx.InvalidURL, ValueError):
        return "offsite"
    base = http.base_url
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        return "offsite"
    return url


def _honours_page_size(http: httpx.Client, params: Mapping[str, Any], ids: list[str]) -> bool:
    """Page 2 repeated page 1: a server whose page past the end repeats the last page, or one
    that ignores paging? Ask for one entry fewer per page: only the first kind obeys."""
    if len(ids) < 2:
        return True  # no server caps its only page at one request
    try:
        response = http.get(
            "/requests.json", params={**params, "page": 1, "page_size": len(ids) - 1}
        )
    except httpx.HTTPError:
        return False
    entries = entries_of(lenient_json(response.content)) if response.is_success else None
    return entries is not None and len(entries) < len(ids)


def find_marker(
    http: httpx.Client,
    params: Mapping[str, Any],
    needle: str,
    *,
    page_size: int = PAGE_SIZE,
    max_pages: int = MAX_PAGES,
    on_response: Any = None,
) -> Found:
    """Walk ``GET /requests.json`` with ``params`` for an entry whose description contains
    ``needle``. ``on_response(response)`` sees every answer (the connector reads its clock)."""
    seen: set[str] = set()
    first_ids: list[str] | None = None
    longest = 0
    page = 1
    next_url: httpx.URL | None = None
    signalled = False  # the server gave a next-page header at least once
    for pages in range(1, max_pages + 1):
        try:
            if next_url is not None:
                response = http.get(next_url)
            else:
                query = {**params, "page": page, "page_size": page_size}
                response = http.get("/requests.json", params=query)
        except httpx.HTTPError as exc:
            connect = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
            return Found(
                Presence.CANNOT_TELL,
                reason="open311.reconcile_unavailable",
                pages=pages - 1,
                seen=len(seen),
                reached=not (connect and pages == 1),
            )
        if on_response is not None:
            on_response(response)
        if response.status_code >= 400:
            return Found(
                Presence.CANNOT_TELL,
                reason=f"open311.reconcile_http_{response.status_code}",
                pages=pages,
                seen=len(seen),
            )
        entries = entries_of(lenient_json(response.content))
        if entries is None:
            return Found(
                Presence.CANNOT_TELL,
                reason="open311.reconcile_bad_response",
                pages=pages,
                seen=len(seen),
            )
        ids: list[str] = []
        for e in entries:
            rid = text_of(e.get("service_request_id"))
            if needle in text_of(e.get("description")):
                return Found(Presence.PRESENT, rid or None, "found", pages, len(seen) + 1)
            ids.append(rid or f"{text_of(e.get('requested_datetime'))}|{len(seen)}|{len(ids)}")
        total = _result_count(response)
        found_next = _next_url(http, response)
        if found_next == "offsite":
            return Found(Presence.CANNOT_TELL, reason="open311.listing_next_offsite", pages=pages)

        def end(reason: str, pages: int = pages) -> Found:
            return Found(Presence.ABSENT, None, reason, pages, len(seen))

        if not entries:
            if total is not None and len(seen) < total:
                return Found(Presence.CANNOT_TELL, reason="open311.listing_short", pages=pages)
            return end("empty_page")
        new = [i for i in ids if i not in seen]
        if not new:
            if pages == 2 and first_ids == ids and not _honours_page_size(http, params, ids):
                # page 2 is page 1 again and page_size is ignored too: a server without
                # paging (only its newest N); what lies beyond is unseen
                return Found(
                    Presence.CANNOT_TELL,
                    reason="open311.listing_not_paged",
                    pages=pages,
                    seen=len(seen),
                )
            return end("repeated_page")  # a page past the end repeats the last one
        if first_ids is None:
            first_ids = ids
        seen.update(ids)
        if total is not None and len(seen) >= total:
            return end("result_count")
        if isinstance(found_next, httpx.URL):
            signalled = True
            next_url = found_next
            continue
        if signalled:
            return end("no_next_link")  # the server links its pages: no link, last page
        if len(entries) < longest:
            return end("short_page")
        longest = max(longest, len(entries))
        next_url = None
        page += 1
    return Found(
        Presence.CANNOT_TELL, reason="open311.listing_too_long", pages=max_pages, seen=len(seen)
    )
