"""Counts of applied transactions per lane, for the crash test's "duplicated = 0" check.

Every back end records each *effect* it applies under a transaction marker:

- ``gateway``: the ``Idempotency-Key`` of the mutating call (replays are not counted);
- ``open311``: the kiosk's marker ``[txn:<uuid>]`` found in the description or an attribute
  (else ``request:<service_request_id>``);
- ``sip2``: checkouts ``11:<patron>:<item>:<transaction date>`` (a resent checkout that the
  ACS turned into a renewal counts as a second application), checkins
  ``09:<item>:<transaction date>``, renewals ``29:...``, fee paid the ``BK`` transaction id or
  ``37:<patron>:<fee id>:<transaction date>``.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import Counter

from offline_queue.connectors.sip2_protocol import format_date

LANES = ("gateway", "open311", "sip2")
TXN_MARKER_RE = re.compile(r"\[txn:([0-9a-fA-F-]{36})\]")


def txn_marker(tx_id: str) -> str:
    """The marker the kiosk's Open311 connector writes into the description."""
    return f"[txn:{tx_id}]"


def sip2_checkout_marker(patron_id: str, item_id: str, when: dt.datetime) -> str:
    """The ledger marker of a checkout sent with SIP2 transaction date ``when`` (canonical
    patron id, not a card UID)."""
    return f"11:{patron_id}:{item_id}:{format_date(when)}"


def sip2_checkin_marker(item_id: str, when: dt.datetime) -> str:
    return f"09:{item_id}:{format_date(when)}"


def sip2_renew_marker(patron_id: str, item_id: str, when: dt.datetime) -> str:
    return f"29:{patron_id}:{item_id}:{format_date(when)}"


class Ledger:
    """Thread-safe counters ``lane → marker → times applied``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, Counter[str]] = {lane: Counter() for lane in LANES}

    def record(self, lane: str, marker: str) -> None:
        with self._lock:
            self._counts.setdefault(lane, Counter())[marker] += 1

    def counts(self, lane: str) -> dict[str, int]:
        with self._lock:
            return dict(self._counts.get(lane, Counter()))

    def duplicates(self, lane: str | None = None) -> dict[str, dict[str, int]]:
        """Markers applied more than once, per lane."""
        with self._lock:
            lanes = [lane] if lane else list(self._counts)
            return {
                name: {m: c for m, c in self._counts.get(name, Counter()).items() if c > 1}
                for name in lanes
            }

    def snapshot(self) -> dict[str, dict[str, int]]:
        with self._lock:
            return {lane: dict(c) for lane, c in self._counts.items()}

    def reset(self) -> None:
        with self._lock:
            for c in self._counts.values():
                c.clear()
