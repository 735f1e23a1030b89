"""Which service screens exist, who may use them, and how to build them.

The home grid shows the services that are both enabled in the configuration and registered
here, in configuration order. A service that is not built yet is simply not offered: the kiosk
never shows a tile that leads nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.config import KioskConfig
from kiosk.session import Role
from ui.screens.base import Screen
from ui.services.context import ServiceContext

ScreenFactory = Callable[[ServiceContext], Screen]
"""Builds a fresh screen for one use of a service (dropped when the resident leaves it)."""


@dataclass(frozen=True)
class ServiceView:
    service_id: str
    title: Callable[[], str]
    summary: Callable[[], str]
    roles: frozenset[Role]
    factory: ScreenFactory


ALL_ROLES = frozenset({Role.GUEST, Role.RESIDENT, Role.PATRON, Role.STAFF, Role.TECHNICIAN})


def _about(context: ServiceContext) -> Screen:
    from ui.screens.about import AboutScreen

    return AboutScreen(context.theme, context.config)


def _diagnostics(context: ServiceContext) -> Screen:
    from ui.screens.diagnostics import DiagnosticsScreen

    return DiagnosticsScreen(context)


REGISTRY: dict[str, ServiceView] = {
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
}


def _add_city_services() -> None:
    from ui.services.city.registry import CITY_SERVICES

    REGISTRY.update(CITY_SERVICES)


_add_city_services()


def _add_resident_services() -> None:
    from ui.services.resident_registry import RESIDENT_SERVICES

    REGISTRY.update(RESIDENT_SERVICES)


_add_resident_services()


def offered(config: KioskConfig) -> list[ServiceView]:
    """Services to show on the home screen, in configuration order."""
    return [REGISTRY[s] for s in config.services.enabled if s in REGISTRY]
