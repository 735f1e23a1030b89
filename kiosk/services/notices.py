"""My notices: the resident's inbox from the gateway, most urgent first.

Pure Python, no Qt. The inbox is personal and online only (never cached on the kiosk). Queued
transactions become visible here once the sync worker delivered them (the back end writes the
notice). :func:`count_unread` is the badge count the home screen can show after sign-in.
"""

from __future__ import annotations

from collections.abc import Sequence

from civic.notices import Notice
from offline_queue.connectors.gateway import GatewayClient

URGENCY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}


def ordered(notices: Sequence[Notice]) -> tuple[Notice, ...]:
    """Most urgent first; unread before read; newest first within the same urgency."""
    newest = sorted(notices, key=lambda n: n.created_at, reverse=True)
    return tuple(sorted(newest, key=lambda n: (URGENCY_ORDER.get(n.urgency, 2), n.read)))


def inbox(gateway: GatewayClient, resident_id: str) -> tuple[Notice, ...]:
    """Raises GatewayError (``GatewayUnavailable`` offline)."""
    return ordered(gateway.notices(resident_id))


def count_unread(notices: Sequence[Notice]) -> int:
    return sum(1 for n in notices if not n.read)


def count_urgent(notices: Sequence[Notice]) -> int:
    return sum(1 for n in notices if not n.read and n.urgency in ("urgent", "high"))
