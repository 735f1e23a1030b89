"""What a service screen is given: the look, the configuration, the core and the session.

Service screens never construct drivers, stores or clients: they use the ones the composition
root built (``core``), and they report back through the session controller. ``core`` is None
only while the kiosk is still starting (then services that need it say so honestly).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import KioskConfig
from kiosk.session.controller import SessionController
from kiosk.session.machine import Identity, Session
from ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kiosk.camera.camera import Camera
    from kiosk.camera.scan_bridge import CodeScanBridge
    from kiosk.devices.printer import ReceiptPrinter
    from kiosk.records.receipt_journal import Receipts
    from kiosk.runtime.app import KioskCore
    from kiosk.services.city import CityServices
    from kiosk.sync.bridge import SyncBridge


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
    def city(self) -> CityServices:
        """The city's read-only services, asking for the resident's language (``available``
        is False while the kiosk is still starting or no gateway is configured)."""
        if self.core is not None:
            return self.core.city.in_language(self.language)
        from kiosk.services.city import CityServices  # loaded with the core, not at start-up

        return CityServices(None, self.config)

    def camera(self) -> Camera:
        """The kiosk's camera for one photo step, from the composition root (``available`` is
        False when the kiosk has no camera or is still starting)."""
        if self.core is not None:
            return self.core.camera()
        from kiosk.camera.camera import Camera  # loaded with the core, not at start-up

        return Camera.absent()

    @property
    def printer(self) -> ReceiptPrinter:
        """The receipt printer: the core's (an absent one when the kiosk has none), or a printer
        not started yet while the kiosk is starting; never None."""
        if self.core is not None:
            return self.core.printer
        from kiosk.devices.printer import AbsentPrinter  # loaded with the core, not at start-up

        return AbsentPrinter.not_started()

    @property
    def receipts(self) -> Receipts:
        """The receipt desk on that printer (``available`` False without one)."""
        if self.core is not None:
            return self.core.receipts
        from kiosk.records.receipt_journal import AbsentReceiptDesk

        return AbsentReceiptDesk()

    def scan_bridge(self, parent: QObject | None = None) -> CodeScanBridge | None:
        """A camera code scanner built by the composition root (None until the core started:
        screens then offer their typed alternative only)."""
        return self.core.scan_bridge(parent) if self.core is not None else None
