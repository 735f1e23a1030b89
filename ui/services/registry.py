"""What a service view is: its id, title and summary, who may use it, and how to build it.

The entries are listed by :mod:`ui.services.city.registry` and
:mod:`ui.services.resident_registry` and gathered, with the kiosk's own pages, in the table at
the top of ui,
:data:`ui.service_views.SERVICE_VIEWS` (which also says which of them the home grid offers).
This module imports no screen, so the home screen and the entry lists can name
:class:`ServiceView` without importing every service back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.session.machine import Role
from ui.services.context import ServiceContext
from ui.widgets.base import Screen

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
RESIDENTS = frozenset({Role.RESIDENT})
GUESTS_AND_RESIDENTS = frozenset({Role.GUEST, Role.RESIDENT})
EVERYONE = frozenset({Role.GUEST, Role.RESIDENT, Role.PATRON, Role.STAFF})
"""Everyone but a technician."""
LIBRARY_USERS = frozenset({Role.PATRON, Role.RESIDENT})
