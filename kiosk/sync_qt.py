"""Qt bridge for the sync worker: connectivity and queue counts as signals (QtCore only)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from offline_queue.outbox import QueueStatus
from offline_queue.sync import Connectivity, ItemFinished, SyncWorker


class SyncBridge(QObject):
    """Signals:
    connectivity_changed(str): a :class:`Connectivity` value ("online", "offline", "unknown").
    counts_changed(object): a :class:`QueueStatus` (counts per state; never payloads).
    item_finished(object): an :class:`ItemFinished` (a queued transaction was delivered or died).
    """

    connectivity_changed = Signal(str)
    counts_changed = Signal(object)
    item_finished = Signal(object)

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        worker.on_state_changed(self._on_state)
        worker.on_counts_changed(self._on_counts)
        worker.on_item_finished(self._on_item)
        self.connectivity = worker.connectivity

    def _on_state(self, state: Connectivity) -> None:  # sync worker thread
        self.connectivity = state
        self.connectivity_changed.emit(state.value)

    def _on_counts(self, status: QueueStatus) -> None:  # sync worker thread
        self.counts_changed.emit(status)

    def _on_item(self, item: ItemFinished) -> None:  # sync worker thread
        self.item_finished.emit(item)

    @property
    def online(self) -> bool:
        return self.connectivity is not Connectivity.OFFLINE
