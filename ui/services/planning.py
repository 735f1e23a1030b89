"""Wires :mod:`kiosk.records.statistics` to the running kiosk: counts from the session, offline
minutes from the sync bridge, and the daily batch queued off the GUI thread (hourly check)."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.records.statistics import Statistics, queue_daily
from kiosk.services.submit import SubmitError
from ui.services.base import pool

if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore
    from kiosk.sync.bridge import SyncBridge

logger = logging.getLogger(__name__)

FLUSH_EVERY_MS = 3_600_000


class PlanningStatistics(QObject):
    def __init__(
        self, core: KioskCore, sync: SyncBridge | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.statistics = Statistics(core.config.paths.data_dir, core.config.kiosk.id)
        self.statistics.attach(core.session, practising=lambda: core.practice)
        self._offline_since: float | None = None
        if sync is not None:
            sync.connectivity_changed.connect(self._connectivity)
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_EVERY_MS)
        self._timer.timeout.connect(self.flush)
        self._timer.start()
        self.flush()

    def _connectivity(self, state: str) -> None:
        now = time.monotonic()
        if state == "offline" and self._offline_since is None:
            self._offline_since = now
        elif state == "online" and self._offline_since is not None:
            minutes = round((now - self._offline_since) / 60)
            self._offline_since = None
            if minutes:
                self.statistics.record_kiosk("offline.minutes", minutes)

    def flush(self) -> None:
        """Queue finished days (on the service thread pool; SQLite never on the GUI thread)."""
        statistics, core = self.statistics, self.core

        def work() -> None:
            try:
                queue_daily(statistics, core)
            except SubmitError as exc:
                logger.warning("statistics not queued: %s", exc.key)

        pool().start(work)


def attach_planning(
    core: KioskCore, sync: SyncBridge | None, parent: QObject
) -> PlanningStatistics | None:
    """Statistics for planners, except on practice kiosks and without a queue."""
    if core.practice or core.outbox is None:
        return None
    return PlanningStatistics(core, sync, parent)
