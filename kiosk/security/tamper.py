"""Tamper response for the card readers and the fingerprint sensor (OPS-07): one unplugged while
the kiosk runs puts the kiosk out of service until a technician has looked at it.

A card reader that disappears and comes back is how a skimmer gets between the reader and the
kiosk (and a fingerprint module swapped for one that always says "match" defeats the check that
runs on the module), so an unplugged device is recorded in the audit log (``tamper``:
``unplugged``, later ``replugged``) and locks the kiosk: residents cannot start a session or sign
in with a card; only a technician's card is accepted, and the technician puts the kiosk back in
service from the diagnostics screen. The lock is kept in the data directory, so restarting the
kiosk does not lift it. The sensor is polled (``FingerprintDevice.watch``), so it is missed
while idle for one poll at most.

Readers present when the card service first lists them are the baseline; a reader seen for the
first time later is added to it. Readers that vanish because pcscd itself went away (the
monitor reports ``SERVICE_LOST`` first) are not tampering: they come back with the service.

Pure Python; card events arrive on the card monitor's thread (:meth:`TamperGuard.on_card_event`),
sensor states on the sensor's worker, and ``on_change`` is called there too (the Qt side moves it
to the GUI thread).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from drivers.device import DeviceState
from drivers.smartcard.monitor import CardEvent, CardEventKind
from kiosk.records.audit import AuditLog, record_or_log
from offline_queue.durable import create_file_once, fsync_dir

logger = logging.getLogger(__name__)

LOCK_FILE = "out-of-service.json"
CARD_READER = "card_reader"
FINGERPRINT = "fingerprint"
REMOTE = "remote"  # put out of service by a fleet operator's signed command (kiosk.fleet)


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
        self._sensor_present: bool | None = None  # the fingerprint sensor, once it answered
        self._locked = self._path.exists()
        self._sensor = self._saved_sensor() if self._locked else CARD_READER
        if self._locked:
            logger.warning("kiosk is out of service (%s unplugged earlier)", self._sensor)

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
            self._unplugged(CARD_READER)
        elif replugged:
            self._replugged(CARD_READER)

    # -- fingerprint sensor side --------------------------------------------------------------
    def on_fingerprint_state(self, state: DeviceState) -> None:
        """Give this to the fingerprint service as ``on_state`` (its worker thread). A module
        swapped for one that always answers "match" is the attack on match-on-module sensors."""
        if state in (DeviceState.READY, DeviceState.BUSY):
            with self._lock:
                replugged, self._sensor_present = self._sensor_present is False, True
            if replugged:
                self._replugged(FINGERPRINT)
        elif state is DeviceState.ABSENT:
            with self._lock:
                tripped = self._sensor_present is True
                if self._sensor_present is not None:
                    self._sensor_present = False
            if tripped:
                self._unplugged(FINGERPRINT)

    @property
    def sensor(self) -> str:
        """The device whose unplugging locked the kiosk ("card_reader" or "fingerprint")."""
        return self._sensor

    # -- technician side ----------------------------------------------------------------------
    def back_in_service(self) -> bool:
        """A technician checked the kiosk: lift the lock. False if it could not be lifted (the
        lock file cannot be removed), in which case the kiosk stays out of service."""
        if not self._locked:
            return True
        try:
            self._path.unlink(missing_ok=True)
            fsync_dir(self._path.parent)
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

    def take_out_of_service(self) -> None:
        """A fleet operator's signed command (``kiosk.fleet.actions``): the same lock as after
        an unplug (kept across restarts, lifted by :meth:`back_in_service`), cause ``remote``."""
        logger.warning("kiosk put out of service by a fleet command")
        if not self._locked:
            self._sensor = REMOTE
        self._set_locked(True)

    # -- internals ----------------------------------------------------------------------------
    def _unplugged(self, sensor: str) -> None:
        logger.error("%s unplugged: kiosk out of service", sensor)
        self._record("tamper", "system", sensor=sensor, state="unplugged")
        if not self._locked:
            self._sensor = sensor
        self._set_locked(True)

    def _replugged(self, sensor: str) -> None:
        logger.warning("%s is back; the kiosk stays out of service until checked", sensor)
        self._record("tamper", "system", sensor=sensor, state="replugged")

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

    def _saved_sensor(self) -> str:
        try:
            sensor = json.loads(self._path.read_text(encoding="utf-8")).get("sensor")
        except (OSError, ValueError, AttributeError):
            return CARD_READER  # unreadable: still locked, and a reader is the likelier cause
        return sensor if sensor in (CARD_READER, FINGERPRINT, REMOTE) else CARD_READER

    def _write_lock_file(self) -> None:
        """Kept across restarts, on disk before anything else happens (a power cut right after
        the unplug keeps the lock); written once: a second unplug leaves the first cause. If the
        disk refuses, the lock holds until the next start."""
        try:
            create_file_once(self._path, json.dumps({"sensor": self._sensor}).encode(), 0o644)
        except OSError as exc:
            logger.error("out-of-service lock not saved: %s", type(exc).__name__)

    def _record(self, event: str, actor: str, **fields: object) -> None:
        record_or_log(self._audit, event, actor, **fields)
