"""What a service screen is given: the look, the configuration, the core and the session.

Service screens never construct drivers, stores or clients: they use the ones the composition
root built (``core``), and they report back through the session controller. ``core`` is None
only while the kiosk is still starting (then services that need it say so honestly).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import KioskConfig
from kiosk.session import Identity, Session
from kiosk.session_qt import SessionController
from ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from drivers.camera.grabber import CameraGrabber
    from kiosk.app import KioskCore
    from kiosk.scan_qt import CodeScanBridge
    from kiosk.sync_qt import SyncBridge
    from offline_queue.connectors.open311 import Open311Client


@dataclass(frozen=True)
class ServiceContext:
    """Attributes:
    theme: current theme (sizes, palette).
    config: the validated configuration.
    controller: the session's Qt adapter (``complete()``, ``go_home()``, ``end()``...).
    core: the started core (queue, gateway client, printer, receipts, devices), or None.
    sync: the sync bridge (``online``, ``connectivity_changed``), or None.
    """

    theme: Theme
    config: KioskConfig
    controller: SessionController
    core: KioskCore | None
    sync: SyncBridge | None = None

    @property
    def session(self) -> Session:
        return self.controller.session

    @property
    def identity(self) -> Identity:
        return self.controller.session.identity

    @property
    def language(self) -> str:
        return self.controller.session.preferences.language

    @property
    def open311(self) -> Open311Client | None:
        """The composition root's read-only Open311 client (None until the core started)."""
        return self.core.open311 if self.core is not None else None

    def camera_grabber(self) -> CameraGrabber | None:
        """A camera grabber from the composition root (None: no camera, or still starting)."""
        return self.core.camera_grabber() if self.core is not None else None

    def scan_bridge(self, parent: QObject | None = None) -> CodeScanBridge | None:
        """A camera code scanner built by the composition root (None until the core started:
        screens then offer their typed alternative only)."""
        return self.core.scan_bridge(parent) if self.core is not None else None
