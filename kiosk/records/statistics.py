"""Anonymous aggregate statistics for city planners (counts only), sent daily through the queue.

What is counted (per kiosk and day, never per person): sessions, uses per service, completions,
steps reached per service (drop-off = the difference between consecutive steps), session
languages, accessibility modes used, assisted sessions, feedback ratings, offline minutes and
device faults. No identifier, no time of day, no answers. A session's counts are held in memory
until the session ends and are merged only if the resident did not opt out (the "statistics"
consent of My data, or an opt-out during the session); kiosk-level counters (offline minutes,
device faults) are not about a person and are always kept.

Small counts are suppressed before sending: a counter below :data:`SUPPRESSION_THRESHOLD` is left
out of the batch (the gateway refuses unsuppressed batches). One batch per finished day is queued
as ``statistics.upload`` (:meth:`Statistics.flush`), then forgotten. A batch is the kiosk's id,
the day, the threshold and counters named by kind (``sessions``, ``language.<code>``,
``role.<role>``, ``service.<id>.opened|completed|step.<n>``, ``mode.<mode>``,
``session.assisted``, ``feedback.<rating>``, ``offline.minutes``): no resident id, name or
answer. Batches are unordered in the queue (docs/queue.md "Lane policy"): each day is a
whole aggregate on its own, so one day's upload waits for nothing and holds nothing back. Pure
Python, thread-safe.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
import time
import weakref
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.session.machine import Session, Transition

if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore

logger = logging.getLogger(__name__)

SUPPRESSION_THRESHOLD = 5
FILE_NAME = "statistics.json"
MODES = ("large_text", "high_contrast", "speech", "simplified")
RATINGS = ("good", "ok", "bad")

Enqueue = Callable[[dict[str, Any]], object]
"""Queues one batch body (``statistics.upload``); raises when the queue is unavailable."""


def suppress(counters: dict[str, int], threshold: int = SUPPRESSION_THRESHOLD) -> dict[str, int]:
    """Counters with small counts (1 … threshold-1) left out."""
    return {k: v for k, v in sorted(counters.items()) if v >= threshold}


class Statistics:
    def __init__(
        self,
        data_dir: Path,
        kiosk_id: str,
        *,
        clock: Callable[[], float] = time.time,
        threshold: int = SUPPRESSION_THRESHOLD,
    ) -> None:
        self.path = data_dir / FILE_NAME
        self.kiosk_id = kiosk_id
        self.threshold = threshold
        self._clock = clock
        self._lock = threading.Lock()
        self._days: dict[str, Counter[str]] = {}
        self._session: Counter[str] | None = None
        self._opted_out = False
        self._load()

    # -- persistence -----------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self._days = {
                day: Counter({k: int(v) for k, v in counts.items()})
                for day, counts in raw.get("days", {}).items()
            }
        except FileNotFoundError:
            return
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            logger.warning("statistics file ignored: %s", type(exc).__name__)

    def _save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        data = {"days": {day: dict(c) for day, c in self._days.items()}}
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
            os.replace(tmp, self.path)
        except OSError as exc:
            logger.error("statistics not saved: %s", type(exc).__name__)

    def _today(self) -> str:
        return dt.datetime.fromtimestamp(self._clock(), dt.UTC).date().isoformat()

    # -- recording -------------------------------------------------------------------------------
    def begin_session(self) -> None:
        with self._lock:
            self._session = Counter({"sessions": 1})
            self._opted_out = False

    def record(self, counter: str, n: int = 1) -> None:
        """Count ``counter`` for the current session (dropped if it opts out)."""
        with self._lock:
            if self._session is not None:
                self._session[counter] += n

    def opt_out(self, out: bool = True) -> None:
        """The resident does not want their visit counted (checked at session end)."""
        with self._lock:
            self._opted_out = out

    def end_session(self) -> bool:
        """Merge the session's counts unless it opted out; True when counted."""
        with self._lock:
            session, self._session = self._session, None
            counted = session is not None and not self._opted_out
            self._opted_out = False
            if counted and session is not None:
                self._days.setdefault(self._today(), Counter()).update(session)
                self._save()
            return counted

    def record_kiosk(self, counter: str, n: int = 1) -> None:
        """A kiosk-level count (offline minutes, device faults): not about a person."""
        with self._lock:
            self._days.setdefault(self._today(), Counter())[counter] += n
            self._save()

    # -- sending ---------------------------------------------------------------------------------
    def batches(self) -> list[dict[str, Any]]:
        """Bodies for every finished day (today is still being counted)."""
        today = self._today()
        with self._lock:
            return [
                {
                    "kiosk_id": self.kiosk_id,
                    "period_start": f"{day}T00:00:00Z",
                    "period_end": (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
                    + "T00:00:00Z",
                    "suppression_threshold": self.threshold,
                    "counters": suppress(dict(counts), self.threshold),
                }
                for day, counts in sorted(self._days.items())
                if day < today
            ]

    def flush(self, enqueue: Enqueue) -> int:
        """Queue one batch per finished day, forgetting each once it is queued."""
        sent = 0
        for body in self.batches():
            day = body["period_start"][:10]
            enqueue(body)
            with self._lock:
                self._days.pop(day, None)
                self._save()
            sent += 1
        if sent:
            logger.info("statistics: %d daily batch(es) queued", sent)
        return sent

    # -- session wiring --------------------------------------------------------------------------
    def attach(self, session: Session, practising: Callable[[], bool] | None = None) -> None:
        """Count from the session's transitions (call once, when the core is built).
        ``practising``: true while a practice session started by staff runs; its sessions are
        not counted (made-up people, #15.11)."""
        _RECORDERS[session] = self

        def on_transition(transition: Transition) -> None:
            action = transition.action
            if action == "sign_in":
                self.begin_session()
                if practising is not None and practising():
                    self.opt_out()
                prefs = session.preferences
                self.record(f"language.{prefs.language}")
                self.record(f"role.{session.identity.role.value}")
            elif action == "open_service" and session.service:
                self.record(f"service.{session.service}.opened")
            elif action == "complete" and session.service:
                self.record(f"service.{session.service}.completed")
            elif action == "end":
                prefs = session.preferences
                for mode in MODES:
                    if getattr(prefs, mode, False):
                        self.record(f"mode.{mode}")
                if session.assisted_by is not None:
                    self.record("session.assisted")
                self.end_session()

        session.add_listener(on_transition)


_RECORDERS: weakref.WeakKeyDictionary[Session, Statistics] = weakref.WeakKeyDictionary()


def recorder_for(session: Session) -> Statistics | None:
    """The statistics attached to ``session`` (None when statistics are not wired)."""
    return _RECORDERS.get(session)


def queue_daily(statistics: Statistics, core: KioskCore) -> int:
    """Queue the finished days' batches as ``statistics.upload`` (call about once a day)."""
    from kiosk.services.submit import Submission, enqueue

    def send(body: dict[str, Any]) -> object:
        return enqueue(
            core,
            Submission(
                service_id="statistics",
                title="statistics",
                kind="statistics.upload",
                payload={"params": {}, "body": body},
                lane=None,  # a day's aggregate needs no order (names no resident: unordered)
                summary="statistics.upload",
            ),
        )

    return statistics.flush(send)
