"""Qt side of the tamper guard (QtCore only): its lock changes as a signal on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.security.tamper import TamperGuard


class TamperBridge(QObject):
    """Signals:
    out_of_service_changed(bool): the kiosk went out of service (True) or back (False).
    """

    out_of_service_changed = Signal(bool)

    def __init__(self, guard: TamperGuard, parent: QObject) -> None:
        # parented (owned on the GUI thread): the guard calls back from the card monitor's thread
        super().__init__(parent)
        self.guard = guard
        guard.set_on_change(self.out_of_service_changed.emit)  # queued to the GUI thread

    @property
    def locked(self) -> bool:
        return self.guard.locked

    def close(self) -> None:
        self.guard.set_on_change(None)
