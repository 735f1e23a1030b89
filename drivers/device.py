"""Shared device vocabulary: states, typed errors and the log-once availability rule.

Every device class (smart card, fingerprint, camera, printer) reports its state with
:class:`DeviceState` and raises subclasses of :class:`DeviceError`. The error kind tells the
application what to do with it: environmental errors become UI states, bugs crash loudly.
"""

from __future__ import annotations

import enum
import logging
import threading


class DeviceState(enum.Enum):
    """The shared state vocabulary of every device."""

    ABSENT = "absent"
    CONNECTING = "connecting"
    READY = "ready"
    BUSY = "busy"
    DEGRADED = "degraded"
    ERROR = "error"
    DISABLED = "disabled"


class ErrorKind(enum.Enum):
    """What the application should do about a device error."""

    TRANSIENT = "transient"  # retry later, nothing for the user to do
    DISCONNECTED = "disconnected"  # device gone; supervisor reconnects
    NEEDS_USER_ACTION = "needs_user_action"  # e.g. paper out, remove card
    FATAL = "fatal"  # device unusable until a technician acts
    SECURITY = "security"  # a check failed; stop the flow


class DeviceError(Exception):
    """Base of every environmental device error.

    Attributes:
        key: a stable translation key for the UI (never ``str(exc)`` on screen).
        kind: what the application should do about it.
    """

    kind: ErrorKind = ErrorKind.TRANSIENT

    def __init__(self, key: str, detail: str = "", *, kind: ErrorKind | None = None) -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
        if kind is not None:
            self.kind = kind


class TransientError(DeviceError):
    kind = ErrorKind.TRANSIENT


class DisconnectedError(DeviceError):
    kind = ErrorKind.DISCONNECTED


class NeedsUserActionError(DeviceError):
    kind = ErrorKind.NEEDS_USER_ACTION


class FatalDeviceError(DeviceError):
    kind = ErrorKind.FATAL


class SecurityError(DeviceError):
    kind = ErrorKind.SECURITY


class AvailabilityLog:
    """Logs the loss of a device once and its return once (never on every poll).

    Thread-safe; one instance per device.
    """

    def __init__(self, logger: logging.Logger, name: str) -> None:
        self._logger = logger
        self._name = name
        self._available: bool | None = None
        self._lock = threading.Lock()

    def lost(self, reason: str) -> None:
        with self._lock:
            if self._available is False:
                return
            self._available = False
        self._logger.info("%s unavailable: %s", self._name, reason)

    def back(self) -> None:
        with self._lock:
            was = self._available
            self._available = True
        if was is False:
            self._logger.info("%s available again", self._name)
        elif was is None:
            self._logger.debug("%s available", self._name)

    @property
    def available(self) -> bool | None:
        return self._available
