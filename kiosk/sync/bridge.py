"""Qt bridge for the sync worker: connectivity, queue counts and answered requests as signals
(QtCore only)."""

from __future__ import annotations

import enum
import logging
import uuid

from PySide6.QtCore import QObject, Signal

from offline_queue.deadletters import classify
from offline_queue.outbox import OutboxError, QueueStatus, reference_for
from offline_queue.store import State
from offline_queue.sync import Connectivity, ItemFinished, SyncWorker

logger = logging.getLogger(__name__)


class Answer(enum.Enum):
    """What became of a queued request once the sync worker is done with it, in the words the
    resident is told (the dead-letter classes of :mod:`offline_queue.deadletters`)."""

    SENT = "sent"  # the back end acknowledged it
    REFUSED = "refused"  # the back end refused it for good: nothing was done
    IN_REVIEW = "in_review"  # it may have arrived and the back end cannot say: staff check
    NEEDS_STAFF = "needs_staff"  # it could not be sent: staff send it or contact the resident


_DEAD_ANSWERS = {
    "needs_review": Answer.IN_REVIEW,
    "refused": Answer.REFUSED,
    "gave_up": Answer.NEEDS_STAFF,
    "undecryptable": Answer.NEEDS_STAFF,
}


class SyncBridge(QObject):
    """Signals:
    connectivity_changed(str): a :class:`Connectivity` value ("online", "offline", "unknown").
    counts_changed(QueueStatus): the queue's counts per state (never payloads).
    item_finished(ItemFinished): a queued transaction was delivered or died.
    request_answered(str, str): a queued request's reference and its :class:`Answer` value, once
        the sync worker is done with it (delivered, or dead: needs a person). Screens showing
        that request as saved for later update on it.
    """

    connectivity_changed = Signal(str)
    counts_changed = Signal(QueueStatus)
    item_finished = Signal(ItemFinished)
    request_answered = Signal(str, str)

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
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
        if item.state is State.DONE:
            self.request_answered.emit(reference_for(uuid.UUID(item.tx_id)), Answer.SENT.value)
        elif item.state is State.DEAD:
            try:  # why it died is the row's (its queue key and its last attempt), not the event's
                view = self._worker.outbox.find(item.tx_id)
            except OutboxError as exc:
                logger.warning("answered item not found in the queue: %s", exc.key)
                return
            answer = _DEAD_ANSWERS[classify(view.last_error, view.last_outcome)]
            self.request_answered.emit(view.reference, answer.value)

    @property
    def online(self) -> bool:
        return self.connectivity is not Connectivity.OFFLINE
