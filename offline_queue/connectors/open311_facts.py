"""What the Open311 connector has learned about its server, kept across restarts.

GeoReport v2 servers differ in ways the kiosk can only observe (docs/backends.md, "Open311
GeoReport v2"): whether a request the server has just acknowledged shows up in its listing
(moderated servers hide it), whether a ``search`` filter really filters, which photo upload it
honours, and how far its clock is from ours. The connector records each observation here; the
facts live in a small JSON file in the queue's data directory (no personal data: counts, a mode,
a clock offset) and a corrupt or hostile file just means "nothing learned yet".
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

RECENT = 10  # visibility checks remembered: the listing is trusted only if all of them passed
MAX_SKEW_S = 7 * 86400.0  # a Date header further off than this is not believed


@dataclass
class ServerFacts:
    # last visibility checks of freshly acknowledged requests (True: listed right away)
    recent_visibility: list[bool] = field(default_factory=list)
    # "works": a `search=` filter found a fresh request by its marker (and only it);
    # "ignored": it answered with other requests; "unknown": not seen yet
    search: str = "unknown"
    media: str = ""  # learned photo upload: "multipart" | "media_url" | "" (not yet)
    skew_s: float | None = None  # server clock minus kiosk clock, from Date headers
    # a fresh request was listed without the marker (description cut or rewritten): the
    # listing can never prove a request absent
    marker_lost: bool = False

    @property
    def listing(self) -> str:
        """ "authoritative" (fresh requests are listed), "hides_new" or "unknown"."""
        if not self.recent_visibility:
            return "unknown"
        return "authoritative" if all(self.recent_visibility) else "hides_new"

    @classmethod
    def from_json(cls, raw: Any) -> ServerFacts:
        facts = cls()
        if not isinstance(raw, dict):
            return facts
        seen = raw.get("recent_visibility")
        if isinstance(seen, list):
            facts.recent_visibility = [v for v in seen if isinstance(v, bool)][-RECENT:]
        if raw.get("search") in ("works", "ignored"):
            facts.search = raw["search"]
        if raw.get("media") in ("multipart", "media_url"):
            facts.media = raw["media"]
        facts.marker_lost = raw.get("marker_lost") is True
        skew = raw.get("skew_s")
        if isinstance(skew, int | float) and math.isfinite(skew) and abs(skew) <= MAX_SKEW_S:
            facts.skew_s = float(skew)
        return facts


class FactsStore:
    """Thread-safe holder of one server's :class:`ServerFacts`, optionally persisted."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._facts = self._load()

    def _load(self) -> ServerFacts:
        if self.path is None:
            return ServerFacts()
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return ServerFacts()
        except (OSError, ValueError, RecursionError):
            logger.warning("open311 server facts unreadable: starting from nothing learned")
            return ServerFacts()
        return ServerFacts.from_json(raw)

    def get(self) -> ServerFacts:
        with self._lock:
            return dataclasses.replace(
                self._facts, recent_visibility=list(self._facts.recent_visibility)
            )

    def update(self, change: Callable[[ServerFacts], None]) -> ServerFacts:
        with self._lock:
            before = json.dumps(dataclasses.asdict(self._facts), sort_keys=True)
            change(self._facts)
            self._facts.recent_visibility = self._facts.recent_visibility[-RECENT:]
            after = json.dumps(dataclasses.asdict(self._facts), sort_keys=True)
            if after != before:
                self._save(after)
            return dataclasses.replace(
                self._facts, recent_visibility=list(self._facts.recent_visibility)
            )

    def _save(self, text: str) -> None:
        if self.path is None:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError:
            logger.warning("open311 server facts not saved (kept in memory)")

    def saw_visibility(self, visible: bool) -> None:
        def change(f: ServerFacts) -> None:
            f.recent_visibility.append(visible)

        facts = self.update(change)
        if not visible:
            logger.warning("open311: a fresh request is not listed (listing is %s)", facts.listing)

    def saw_skew(self, skew_s: float) -> None:
        if not math.isfinite(skew_s) or abs(skew_s) > MAX_SKEW_S:
            return

        def change(f: ServerFacts) -> None:
            # only a change of more than a few seconds is worth a write
            if f.skew_s is None or abs(f.skew_s - skew_s) > 5.0:
                f.skew_s = skew_s

        self.update(change)

    def saw_marker_lost(self) -> None:
        def change(f: ServerFacts) -> None:
            f.marker_lost = True

        self.update(change)
        logger.error("open311: the listing shows a fresh request without its marker")

    def set_media(self, mode: str) -> None:
        def change(f: ServerFacts) -> None:
            f.media = mode

        self.update(change)
        logger.info("open311: photo upload learned: %s", mode)

    def set_search(self, verdict: str) -> None:
        def change(f: ServerFacts) -> None:
            f.search = verdict

        self.update(change)
