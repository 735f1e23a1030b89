"""Library-card sign-in: a contactless card without an eCitizen application is looked up in the
library system by its UID (SIP2 patron status 23/24) off the GUI thread.

Used by the main window on ``CardSignInBridge.library_card_read``: ``found(uid, name)`` → sign in
as a library patron; ``failed(key)`` → the card screen's "unknown card".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from kiosk.services import library
from offline_queue.connectors.sip2 import Sip2Error
from ui.services.base import pool

if TYPE_CHECKING:
    from kiosk.app import KioskCore

logger = logging.getLogger(__name__)


class _Lookup(QRunnable):
    def __init__(self, owner: LibraryCardLookup, factory: library.Sip2Factory, uid: str) -> None:
        super().__init__()
        self._owner, self._factory, self._uid = owner, factory, uid

    def run(self) -> None:
        try:
            status = library.card_status(self._factory, self._uid)
        except (library.LibraryError, Sip2Error) as exc:
            logger.info("library card not accepted: %s", exc.key)
            self._owner.failed.emit(exc.key)
            return
        self._owner.found.emit(self._uid.upper(), status.name)


class LibraryCardLookup(QObject):
    """Signals:
    found(str, str): the card's UID (the patron id for SIP2) and the patron's name.
    failed(str): translation key (unknown card, library system unreachable).
    """

    found = Signal(str, str)
    failed = Signal(str)

    def __init__(self, core: KioskCore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self.found.connect(self.deleteLater)
        self.failed.connect(self.deleteLater)

    def lookup(self, uid: str) -> None:
        factory = self._core.sip2_factory
        if factory is None:
            self.failed.emit("library.unavailable")
            return
        pool().start(_Lookup(self, factory, uid))
