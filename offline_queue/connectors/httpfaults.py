"""Shared HTTP fault classification for the REST connectors (QUEUE_AND_BACKENDS.md §4.3, §4.6).

With httpx only a connect failure (``ConnectError`` incl. DNS, ``ConnectTimeout``, ``PoolTimeout``)
means "not sent". A read/write timeout, a reset or a protocol error after the request left may
have been applied: ambiguous.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
from collections.abc import Mapping
from typing import Any

import httpx

from offline_queue.connectors.base import Outcome, SendResult

logger = logging.getLogger(__name__)

RETRY_AFTER_CAP_S = 3600.0


def default_timeout(connect: float = 2.0, read: float = 5.0) -> httpx.Timeout:
    """Short timeouts: a kiosk must never hang on a back end."""
    return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)


def http_client(
    base_url: str,
    *,
    timeout: httpx.Timeout | None = None,
    verify: Any = True,
    cert: Any = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """The ``httpx.Client`` of a REST back end: its base URL, short timeouts (the default
    :func:`default_timeout`), the kiosk's User-Agent plus ``headers``, TLS ``verify``/``cert``."""
    return httpx.Client(
        base_url=base_url.rstrip("/"),
        timeout=timeout or default_timeout(),
        verify=verify,
        cert=cert,
        headers={"User-Agent": "ecitizen-kiosk", **(headers or {})},
    )


def reachable(client: httpx.Client, path: str) -> bool:
    """A cheap GET of ``path`` (2 s) got any HTTP answer: the back end is there."""
    try:
        client.get(path, timeout=2.0)
    except httpx.HTTPError:
        return False
    return True


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """``Retry-After`` as seconds (delay-seconds or HTTP-date), capped; ``None`` if absent/bad."""
    if value is None:
        return None
    value = value.strip()
    if not value.isascii():  # "²" and "٣" are str.isdigit() but no delay-seconds
        return None
    if value.isdigit():
        return min(float(value), RETRY_AFTER_CAP_S)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, min((when - now).total_seconds(), RETRY_AFTER_CAP_S))


def classify_transport_error(exc: httpx.HTTPError, prefix: str) -> SendResult:
    """A transport failure: RETRY (not sent, back end unreached) or UNKNOWN (maybe applied)."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return SendResult(Outcome.RETRY, error_key=f"{prefix}.connect", reached=False)
    if isinstance(exc, httpx.TimeoutException):
        return SendResult(Outcome.UNKNOWN, error_key=f"{prefix}.timeout_after_send")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return SendResult(Outcome.UNKNOWN, error_key=f"{prefix}.connection_lost")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        raise exc  # a configuration bug, not an environmental fault
    return SendResult(Outcome.UNKNOWN, error_key=f"{prefix}.transport")


MAX_JSON_DEPTH = 64  # deeper is garbage: no back-end contract nests that far


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_depth_ok(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if ``value`` (parsed JSON) nests at most ``limit`` arrays/objects deep (iterative:
    a hostile body must not exhaust the stack of whoever walks, prints or stores it later)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return True


def parse_json(text: str | bytes) -> Any:
    """Parse an untrusted JSON document: ``ValueError`` for anything that is not plain JSON
    (bad UTF-8, ``NaN``/``Infinity``, nesting deeper than :data:`MAX_JSON_DEPTH`, a nesting
    that exhausts the parser's recursion)."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc
    if not json_depth_ok(value):
        raise ValueError("JSON nested too deeply")
    return value


def json_or_none(response: httpx.Response) -> Any | None:
    """The parsed JSON body, or ``None`` when it is not JSON (garbage, see :func:`parse_json`)."""
    try:
        return parse_json(response.content)
    except ValueError:  # UnicodeDecodeError is a ValueError
        return None
