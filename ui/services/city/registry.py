"""Registry entries of the city services (gathered in :data:`ui.service_views.SERVICE_VIEWS`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.services.context import ServiceContext
from ui.services.registry import (
    EVERYONE,
    GUESTS_AND_RESIDENTS,
    LIBRARY_USERS,
    RESIDENTS,
    ServiceView,
)
from ui.widgets.base import Screen


def _bills(context: ServiceContext) -> Screen:
    from ui.services.city.bills import BillsScreen

    return BillsScreen(context)


def _notices(context: ServiceContext) -> Screen:
    from ui.services.city.notices import NoticesScreen

    return NoticesScreen(context)


def _projects(context: ServiceContext) -> Screen:
    from ui.services.city.projects import ProjectsScreen

    return ProjectsScreen(context)


def _appointments(context: ServiceContext) -> Screen:
    from ui.services.city.appointments import AppointmentsScreen

    return AppointmentsScreen(context)


def _street_report(context: ServiceContext) -> Screen:
    from ui.services.city.street_report import StreetReportScreen

    return StreetReportScreen(context)


def _my_requests(context: ServiceContext) -> Screen:
    from ui.services.city.request_status import MyRequestsScreen

    return MyRequestsScreen(context)


def _request_status(context: ServiceContext) -> Screen:
    from ui.services.city.request_status import CheckRequestScreen

    return CheckRequestScreen(context)


def _elections(context: ServiceContext) -> Screen:
    from ui.services.city.elections import ElectionsScreen

    return ElectionsScreen(context)


def _library(context: ServiceContext) -> Screen:
    from ui.services.city.library import LibraryScreen

    return LibraryScreen(context)


CITY_SERVICES: dict[str, ServiceView] = {
    "bills": ServiceView(
        "bills",
        lambda: QCoreApplication.translate("Services", "Pay a utility bill"),
        lambda: QCoreApplication.translate(
            "Services", "Water and waste bills: scan the bill or type the account number"
        ),
        GUESTS_AND_RESIDENTS,  # a guest: by the bill's code, as a counter slip (#15.12)
        _bills,
    ),
    "projects": ServiceView(
        "projects",
        lambda: QCoreApplication.translate("Services", "City projects"),
        lambda: QCoreApplication.translate(
            "Services", "Works near this kiosk: status, budget and milestones"
        ),
        EVERYONE,
        _projects,
    ),
    "notices": ServiceView(
        "notices",
        lambda: QCoreApplication.translate("Services", "My notices"),
        lambda: QCoreApplication.translate(
            "Services", "Bills due, application updates and reminders, most urgent first"
        ),
        RESIDENTS,
        _notices,
    ),
    "appointments": ServiceView(
        "appointments",
        lambda: QCoreApplication.translate("Services", "Book an appointment"),
        lambda: QCoreApplication.translate(
            "Services", "Library appointment, study room or digital help; cancel a booking"
        ),
        LIBRARY_USERS,  # a library card holder too (#15.10)
        _appointments,
    ),
    "street_report": ServiceView(
        "street_report",
        lambda: QCoreApplication.translate("Services", "Report a street problem"),
        lambda: QCoreApplication.translate(
            "Services", "Potholes, broken lights, graffiti: tell the city where"
        ),
        EVERYONE,
        _street_report,
    ),
    "my_requests": ServiceView(
        "my_requests",
        lambda: QCoreApplication.translate("Services", "My street reports"),
        lambda: QCoreApplication.translate(
            "Services", "What the city did with the problems you reported, and its notes"
        ),
        RESIDENTS,
        _my_requests,
    ),
    "request_status": ServiceView(
        "request_status",
        lambda: QCoreApplication.translate("Services", "Check a street report"),
        lambda: QCoreApplication.translate(
            "Services", "Scan the code on your receipt to see what the city is doing"
        ),
        EVERYONE,
        _request_status,
    ),
    "elections": ServiceView(
        "elections",
        lambda: QCoreApplication.translate("Services", "Election information"),
        lambda: QCoreApplication.translate(
            "Services", "Your polling station, election dates, registering and voting by post"
        ),
        EVERYONE,
        _elections,
    ),
    "library": ServiceView(
        "library",
        lambda: QCoreApplication.translate("Services", "My library account"),
        lambda: QCoreApplication.translate(
            "Services", "Loans, holds and fees: renew loans and pay fees"
        ),
        LIBRARY_USERS,
        _library,
    ),
}
