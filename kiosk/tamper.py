"""Tamper response for the card readers (OPS-07): a reader unplugged while the kiosk runs puts the
kiosk out of service until a technician has looked at it.

A card reader that disappears and comes back is how a skimmer gets between the reader and the
kiosk, so an unplugged reader is recorded in the audit log (``tamper``: ``unplugged``, later
``replugged``) and locks the kiosk: residents cannot start a session or sign in with a card; only
a technician's card is accepted, and the technician puts the kiosk back in service from the
diagnostics screen. The lock is kept in the data directory, so restarting the kiosk does not
lift it.

Readers present when the card service first lists them are the baseline; a reader seen for the
first time later is added to it. Readers that vanish because pcscd itself went away (the
monitor reports ``SERVICE_LOST`` first) are not tampering: they come back with the service.

Pure Python; card events arrive on the card monitor's thread (:meth:`TamperGuard.on_card_event`)
and ``on_change`` is called there too (the Qt side moves it to the GUI thread).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from drivers.smartcard.monitor import CardEvent, CardEventKind
from kiosk.audit import AuditLog, record_or_log

logger = logging.getLogger(__name__)

LOCK_FILE = "out-of-service.json"
CARD_READER = "card_reader"


class TamperGuard:
    """Watches the card readers; holds the out-of-service lock.

    Args:
        data_dir: where the lock is kept across restarts.
        audit: the audit log (None: nothing recorded, the lock still works).
        reader_filter: only readers whose name contains this count ("" = all).
        on_change: called with the new locked state whenever it changes.
    """

    def __init__(
        self,
        data_dir: Path,
        audit: AuditLog | None,
        *,
        reader_filter: str = "",
        on_change: Callable[[bool], None] | None = None,
    ) -> None:
        self._path = data_dir / LOCK_FILE
        self._audit = audit
        self._filter = reader_filter
        self._on_change = on_change
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}  # reader -> present
        self._service_up = True
        self._locked = self._path.exists()
        if self._locked:
            logger.warning("kiosk is out of service (a card reader was unplugged earlier)")

    @property
    def locked(self) -> bool:
        """Out of service: only a technician may sign in."""
        return self._locked

    def set_on_change(self, on_change: Callable[[bool], None] | None) -> None:
        self._on_change = on_change

    # -- card monitor side --------------------------------------------------------------------
    def on_card_event(self, event: CardEvent) -> None:
        """Give this to the card monitor's listeners (any thread)."""
        if event.reader and self._filter and self._filter not in event.reader:
            return
        kind = event.kind
        tripped = replugged = False
        with self._lock:
            if kind is CardEventKind.SERVICE_LOST:
                self._service_up = False
            elif kind is CardEventKind.SERVICE_BACK:
                self._service_up = True
            elif kind is CardEventKind.READER_ADDED:
                replugged = self._known.get(event.reader) is False
                self._known[event.reader] = True
            elif (
                kind is CardEventKind.READER_REMOVED
                and self._service_up
                and self._known.get(event.reader)
            ):
                self._known[event.reader] = False
                tripped = True
        if tripped:
            logger.error("a card reader was unplugged: kiosk out of service")
            self._record("tamper", "system", sensor=CARD_READER, state="unplugged")
            self._set_locked(True)
        elif replugged:
            logger.warning("an unplugged card reader is back; the kiosk stays out of service")
            self._record("tamper", "system", sensor=CARD_READER, state="replugged")

    # -- technician side ----------------------------------------------------------------------
    def back_in_service(self) -> bool:
        """A technician checked the kiosk: lift the lock. False if it could not be lifted (the
        lock file cannot be removed), in which case the kiosk stays out of service."""
        if not self._locked:
            return True
        try:
            self._path.unlink(missing_ok=True)
        except OSError as exc:
            logger.error("out-of-service lock not lifted: %s", type(exc).__name__)
            return False
        with self._lock:
            for reader, present in list(self._known.items()):
                if not present:
                    del self._known[reader]  # a reader still missing is no longer expected
        self._record("mode.switch", "technician", mode="normal")
        self._set_locked(False)
        return True

    # -- internals ----------------------------------------------------------------------------
    def _set_locked(self, locked: bool) -> None:
        if locked:
            self._write_lock_file()
            if not self._locked:
                self._record("mode.switch", "system", mode="out_of_service")
        if locked == self._locked:
            return
        self._locked = locked
        if self._on_change is not None:
            self._on_change(locked)

    def _write_lock_file(self) -> None:
        """Kept across restarts; if the disk refuses, the lock holds until the next start."""
        temporary = self._path.with_suffix(".tmp")
        try:
            temporary.write_text(json.dumps({"sensor": CARD_READER}), encoding="utf-8")
            os.replace(temporary, self._path)
        except OSError as exc:
            logger.error("out-of-service lock not saved: %s", type(exc).__name__)

    def _record(self, event: str, actor: str, **fields: object) -> None:
        record_or_log(self._audit, event, actor, **fields)
