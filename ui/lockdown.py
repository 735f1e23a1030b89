"""Keeps residents inside the kiosk: escape keys, context menus and window closing are refused.

Installed on the QApplication, so it sees every key before any widget. In technician mode the
guard is relaxed (:attr:`KeyGuard.locked` = False). Under cage the compositor also keeps
VT switches and other clients out; this guard covers what reaches the application itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

logger = logging.getLogger(__name__)

_MODS = Qt.KeyboardModifier
BLOCKED_PLAIN_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Close,
    Qt.Key.Key_Launch0,
}


def is_escape_attempt(event: QKeyEvent) -> bool:
    """True for key presses that try to leave, close or switch away from the kiosk."""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    if key in BLOCKED_PLAIN_KEYS:
        return True
    if mods & _MODS.AltModifier and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return True
    if mods & _MODS.ControlModifier and key in (
        Qt.Key.Key_Q,
        Qt.Key.Key_W,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Escape,
    ):
        return True
    if mods & _MODS.MetaModifier:
        return True
    if mods & _MODS.ControlModifier and mods & _MODS.AltModifier:
        return True  # Ctrl+Alt+Fn, Ctrl+Alt+Del, Ctrl+Alt+Backspace
    return Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 and key != Qt.Key.Key_F1


class KeyGuard(QObject):
    """Application-wide event filter.

    Signals:
        escape_blocked(str): an escape attempt was swallowed (the key's name, for the log).
        activity_seen(): the resident touched, clicked or typed (restarts the idle timer).
    """

    escape_blocked = Signal(str)
    activity_seen = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if self.locked and is_escape_attempt(event):
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    name = Qt.Key(event.key()).name
                    logger.info("blocked escape key %s", name)
                    self.escape_blocked.emit(name)
                event.accept()
                return True
            if kind == QEvent.Type.KeyPress:
                self.activity_seen.emit()
        elif kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.TabletPress,
        ):
            self.activity_seen.emit()
        elif kind == QEvent.Type.ContextMenu and self.locked:
            return True
        return False
