"""The entry table of every service view: the kiosk's own pages (about, diagnostics) and the
city and resident services, and which of them the home screen offers.

This is the one module that names every service screen (through factories that import their
screen when it is first built, so none of it is loaded for the first frame). It sits above the
screens and the services: :mod:`ui.services.registry` only defines what an entry is, and the
entry lists (:mod:`ui.services.city.registry`, :mod:`ui.services.resident_registry`) and the
screens never import this table back. The window (and the accessibility walk) read it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.config import KioskConfig
from kiosk.session.machine import Role
from ui.services.city.registry import CITY_SERVICES
from ui.services.context import ServiceContext
from ui.services.registry import ALL_ROLES, ServiceView
from ui.services.resident_registry import RESIDENT_SERVICES
from ui.widgets.base import Screen


def _about(context: ServiceContext) -> Screen:
    from ui.screens.about import AboutScreen

    return AboutScreen(context.theme, context.config)


def _diagnostics(context: ServiceContext) -> Screen:
    from ui.screens.diagnostics import DiagnosticsScreen

    return DiagnosticsScreen(context)


SERVICE_VIEWS: dict[str, ServiceView] = {
    "about": ServiceView(
        "about",
        lambda: QCoreApplication.translate("Services", "About this kiosk and your privacy"),
        lambda: QCoreApplication.translate(
            "Services", "What this kiosk does and what happens to your data"
        ),
        ALL_ROLES,
        _about,
    ),
    "diagnostics": ServiceView(
        "diagnostics",
        lambda: QCoreApplication.translate("Services", "Technician diagnostics"),
        lambda: QCoreApplication.translate(
            "Services", "Device health, self-tests, queue decisions and log export"
        ),
        frozenset({Role.TECHNICIAN}),
        _diagnostics,
    ),
    **CITY_SERVICES,
    **RESIDENT_SERVICES,
}
"""Every service view by id (a service that is not here is not offered: the kiosk never shows
a tile that leads nowhere)."""


def offered(config: KioskConfig) -> list[ServiceView]:
    """Services to show on the home screen: enabled in the configuration and in
    :data:`SERVICE_VIEWS`, in configuration order."""
    return [SERVICE_VIEWS[s] for s in config.services.enabled if s in SERVICE_VIEWS]
