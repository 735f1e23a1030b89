"""Audit checkpoints shipped off the kiosk through the offline queue (SEC-16).

:class:`CheckpointShipper` enqueues the head of the audit log (``seq``, entry hash, entry HMAC,
time, kiosk id, signed with the device key) as an ``audit.checkpoint`` transaction for the
gateway (``POST /audit/checkpoints``, idempotent by the transaction id like every queued call):

* at start, every ``every_entries`` new entries, every ``every_s`` seconds when the log moved,
  and at shutdown (before the queue closes);
* on its own thread: the audit writer (often the GUI thread) only sets a flag.

Once the gateway acknowledged one (the queue row is ``done`` with ``remote_ref`` ``SEQ:HASH``),
the shipper copies it to the local anchor ``<data dir>/audit.anchor`` (HMAC'd with the audit
key). ``kiosk audit verify`` checks the chain against the newer of that copy and the queue's own
acknowledged record, so cutting the tail, deleting the log or rewriting it is detected even
with the key; the city keeps every checkpoint and checks their continuity.

Nothing here raises into the kiosk: a failure is logged and retried at the next occasion.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kiosk.records.audit import (
    ANCHOR_FILE_NAME,
    AuditEntry,
    AuditLog,
    Checkpoint,
    CheckpointError,
    Signer,
    checkpoint_document,
    read_anchor,
    write_anchor,
)
from offline_queue.outbox import Outbox
from offline_queue.store.db import Store

logger = logging.getLogger(__name__)

CHECKPOINT_KIND = "audit.checkpoint"
CHECKPOINT_LANE = "audit"
EVERY_ENTRIES = 50
EVERY_S = 300.0


_ACKED_SQL = (
    "SELECT remote_ref FROM outbox WHERE kind = ? AND state = 'done'"
    " AND remote_ref IS NOT NULL ORDER BY id DESC LIMIT 20"
)


def _newest(refs: Iterable[object]) -> Checkpoint | None:
    best: Checkpoint | None = None
    for ref in refs:
        try:
            found = Checkpoint.parse(str(ref))
        except ValueError:
            continue
        if best is None or found.seq > best.seq:
            best = found
    return best


def acknowledged_checkpoint(store: Store) -> Checkpoint | None:
    """The newest checkpoint the gateway acknowledged, from the queue's record (``done`` rows of
    kind ``audit.checkpoint``; the gateway answers ``{"checkpoint": "SEQ:HASH"}``)."""
    with store.read() as conn:
        rows = conn.exec_driver_sql(_ACKED_SQL, (CHECKPOINT_KIND,)).scalars()
        return _newest(rows)


def acknowledged_in_file(queue_db: Path) -> Checkpoint | None:
    """The same, read from a queue database file opened read-only (the ``kiosk audit verify``
    tool never changes, repairs or moves the queue); None when it cannot be read."""
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{queue_db}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        return _newest(row[0] for row in db.execute(_ACKED_SQL, (CHECKPOINT_KIND,)))
    except sqlite3.Error:
        return None
    finally:
        db.close()


class CheckpointShipper:
    """Ships audit checkpoints and keeps the local anchor (see the module docstring).

    Args:
        audit: the (keyed) audit log; the shipper registers as its listener.
        outbox: the queue the checkpoints travel through.
        kiosk_id: this kiosk (the certificate's CN in production).
        signer: signs with the device key (``kiosk.records.audit.file_signer``); None: unsigned
        (demo). certificate_pem: the device certificate shipped with signed checkpoints.
        audit_key: HMAC key of the local anchor (the audit key).
    """

    def __init__(
        self,
        audit: AuditLog,
        outbox: Outbox,
        kiosk_id: str,
        *,
        signer: Signer | None = None,
        certificate_pem: bytes | None = None,
        audit_key: bytes | None = None,
        every_entries: int = EVERY_ENTRIES,
        every_s: float = EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._audit = audit
        self._outbox = outbox
        self._kiosk_id = kiosk_id
        self._signer = signer
        self._certificate = certificate_pem
        self._key = audit_key
        self._every_entries = max(1, every_entries)
        self._every_s = every_s
        self._clock = clock
        self.anchor_path = audit.path.parent / ANCHOR_FILE_NAME
        self._lock = threading.Lock()  # one shipment at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending = 0  # entries written since the last shipment
        self._last_seq = -1  # seq of the last shipped head
        self._last_at = clock()
        self.shipped = 0
        self.failures = 0
        audit.add_listener(self._on_entry)

    # -- the writer's side: count only ----------------------------------------------------------
    def _on_entry(self, entry: AuditEntry) -> None:
        self._pending += 1
        if self._pending >= self._every_entries:
            self._wake.set()

    # -- shipping -------------------------------------------------------------------------------
    def ship(self, reason: str = "periodic") -> Checkpoint | None:
        """Enqueue the current head unless it was shipped already; never raises."""
        with self._lock:
            try:
                head = self._audit.checkpoint()
                if head.seq == self._last_seq or head.seq == 0:
                    self._pending = 0
                    return None
                document = checkpoint_document(
                    head,
                    self._kiosk_id,
                    signer=self._signer,
                    certificate_pem=self._certificate,
                    reason=reason,
                )
                self._outbox.enqueue(
                    backend="gateway",
                    kind=CHECKPOINT_KIND,
                    lane=CHECKPOINT_LANE,
                    payload={"body": document},
                )
            except Exception as exc:  # environmental (disk, queue): retried later
                self.failures += 1
                logger.error("audit checkpoint not shipped: %s", getattr(exc, "key", type(exc)))
                return None
            self._last_seq = head.seq
            self._last_at = self._clock()
            self._pending = 0
            self.shipped += 1
            logger.info("audit checkpoint queued at seq %d (%s)", head.seq, reason)
            return head

    def refresh_anchor(self) -> Checkpoint | None:
        """Copy the newest acknowledged checkpoint to the local anchor; never raises."""
        try:
            acked = acknowledged_checkpoint(self._outbox.store)
            if acked is None or self._key is None:
                return acked  # no local copy without the key that makes it checkable
            try:
                current = read_anchor(self.anchor_path, self._key)
            except CheckpointError:
                current = None  # damaged or forged: replaced by what the city acknowledged
            if current is None or acked.seq > current.seq:
                write_anchor(self.anchor_path, acked, self._key)
            return acked
        except Exception as exc:  # environmental: tried again at the next tick
            logger.error("audit anchor not updated: %s", type(exc).__name__)
            return None

    def _due(self) -> bool:
        if self._pending >= self._every_entries:
            return True
        return self._pending > 0 and self._clock() - self._last_at >= self._every_s

    # -- the thread -----------------------------------------------------------------------------
    def start(self) -> None:
        """Ship the head at start, then watch on a daemon thread."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="audit-checkpoints", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self.ship("start")
        tick = max(0.05, min(self._every_s, 30.0))
        while not self._stop.is_set():
            self._wake.wait(tick)
            self._wake.clear()
            if self._stop.is_set():
                break
            if self._due():
                self.ship("periodic")
            self.refresh_anchor()

    def close(self) -> None:
        """Stop the thread and ship the final head (shutdown): call before the queue closes."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self.ship("shutdown")
        self.refresh_anchor()


def anchor_path(data_dir: Path) -> Path:
    return data_dir / ANCHOR_FILE_NAME
