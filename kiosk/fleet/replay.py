"""The nonces of remote commands already carried out (replay protection, issue #18 part B).

A nonce is remembered until its command's expiry (plus the clock-skew allowance): after that the
command itself is refused as expired, so forgetting the nonce is safe. The set is bounded
(:data:`MAX_ENTRIES`); when it is full of live nonces a new command is refused
(``fleet.replay_cache_full``) rather than a live nonce forgotten.

Durable: ``<data dir>/fleet-nonces.json`` is rewritten whole (temporary file, ``fsync``,
``rename``, directory ``fsync``) *before* the command runs, so a power cut after a command was
carried out can never make it acceptable again. A damaged or unreadable file is moved aside
(``.damaged``) and the cache starts empty with a *floor*: every command issued before the damage
(plus the skew allowance) is refused (``fleet.replay_cache_reset``), since it could be a replay;
the operator simply sends a fresh one.

Thread-safe.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from pathlib import Path

from kiosk.fleet.commands import CLOCK_SKEW_S
from offline_queue.durable import fsync_dir

logger = logging.getLogger(__name__)

NONCE_FILE = "fleet-nonces.json"
MAX_ENTRIES = 10_000


class ReplayCache:
    def __init__(self, data_dir: Path, *, max_entries: int = MAX_ENTRIES) -> None:
        self._path = data_dir / NONCE_FILE
        self._max = max_entries
        self._lock = threading.Lock()
        self._seen: dict[str, int] = {}  # nonce -> forget after (unix seconds)
        self._floor = 0  # commands issued before this are refused (the file was lost)
        self._load()

    def _load(self) -> None:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            logger.error("replay cache unreadable: %s", type(exc).__name__)
            self._reset()
            return
        try:
            doc = json.loads(raw)
            seen = doc["seen"]
            floor = doc.get("floor", 0)
            if not isinstance(seen, dict) or not isinstance(floor, int):
                raise ValueError("shape")
            self._seen = {
                str(k): int(v) for k, v in seen.items() if isinstance(v, int) and len(k) <= 64
            }
            self._floor = floor
        except (ValueError, KeyError, TypeError, AttributeError):
            logger.error("replay cache damaged: moved aside, older commands refused")
            self._reset()

    def _reset(self) -> None:
        with contextlib.suppress(OSError):
            os.replace(self._path, self._path.with_suffix(".damaged"))
        self._seen = {}
        self._floor = int(time.time()) + CLOCK_SKEW_S
        try:
            self._save()
        except OSError as exc:
            logger.error("replay cache not saved: %s", type(exc).__name__)

    def _save(self) -> None:
        tmp = self._path.with_suffix(".tmp")
        data = json.dumps({"floor": self._floor, "seen": self._seen}, separators=(",", ":"))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self._path)
        fsync_dir(self._path.parent)

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)

    def claim(self, nonce: str, issued_at: int, expires_at: int, now: float) -> str | None:
        """Remember ``nonce`` durably. None if it is new (the command may run), else the reason
        key it must be refused with."""
        with self._lock:
            if issued_at < self._floor:
                return "fleet.replay_cache_reset"
            if nonce in self._seen:
                return "fleet.replayed"
            # forget what has expired (those commands are refused as expired anyway)
            self._seen = {n: t for n, t in self._seen.items() if t >= now}
            if len(self._seen) >= self._max:
                return "fleet.replay_cache_full"
            self._seen[nonce] = expires_at + CLOCK_SKEW_S
            try:
                self._save()
            except OSError as exc:
                del self._seen[nonce]
                logger.error("replay cache not saved: %s", type(exc).__name__)
                return "fleet.replay_cache_unavailable"
        return None
