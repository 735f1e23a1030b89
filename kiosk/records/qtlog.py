"""Qt's own messages (qDebug/qWarning/... from Qt and plugins) routed into Python logging.

Without this, Qt writes straight to stderr: the messages bypass the JSON file, the journal
fields and, worst, the redaction filter. :func:`install_qt_message_handler` sends each message
to the ``qt`` logger with the level mapped, the Qt logging category in the ``qt_category``
extra field, and Qt's code location when the build provides one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Final, cast

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

__all__ = ["QT_LEVELS", "install_qt_message_handler", "qt_message_handler"]

logger = logging.getLogger("qt")

QT_LEVELS: Final = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]

_lock = threading.Lock()
_installed = False
_previous: _MessageHandler | None = None


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The handler given to ``qInstallMessageHandler`` (may run on any Qt thread)."""
    level = QT_LEVELS.get(mode, logging.WARNING)
    if not logger.isEnabledFor(level):
        return
    # The PySide6 stubs do not declare QMessageLogContext's members; file, line and function
    # are only filled in by Qt debug builds.
    category = getattr(context, "category", None) or "default"
    record = logger.makeRecord(
        logger.name,
        level,
        getattr(context, "file", None) or "qt",
        getattr(context, "line", None) or 0,
        message.rstrip("\n"),
        (),
        None,
        func=getattr(context, "function", None) or None,
        extra={"qt_category": str(category)},
    )
    logger.handle(record)
    if mode == QtMsgType.QtFatalMsg:
        # Qt aborts as soon as this returns: get the record out first.
        for handler in logging.getLogger().handlers:
            handler.flush()


def install_qt_message_handler() -> None:
    """Route Qt messages into logging (idempotent). Call once, right after QApplication."""
    global _installed, _previous
    with _lock:
        if _installed:
            return
        _previous = cast("_MessageHandler | None", qInstallMessageHandler(qt_message_handler))
        _installed = True


def uninstall_qt_message_handler() -> None:
    """Restore the handler that was active before :func:`install_qt_message_handler`."""
    global _installed, _previous
    with _lock:
        if not _installed:
            return
        qInstallMessageHandler(_previous)
        _previous = None
        _installed = False
