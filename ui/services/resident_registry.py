"""Registry entries of the catalog-driven and participation services (gathered in
:data:`ui.service_views.SERVICE_VIEWS`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.services.context import ServiceContext
from ui.services.registry import GUESTS_AND_RESIDENTS, RESIDENTS, ServiceView
from ui.widgets.base import Screen


def _permits(context: ServiceContext) -> Screen:
    from ui.services.permits import PermitsScreen

    return PermitsScreen(context)


def _petitions(context: ServiceContext) -> Screen:
    from ui.services.participation import PetitionsScreen

    return PetitionsScreen(context)


def _consultations(context: ServiceContext) -> Screen:
    from ui.services.participation import ConsultationsScreen

    return ConsultationsScreen(context)


def _my_data(context: ServiceContext) -> Screen:
    from ui.services.my_data import MyDataScreen

    return MyDataScreen(context)


RESIDENT_SERVICES: dict[str, ServiceView] = {
    "permits": ServiceView(
        "permits",
        lambda: QCoreApplication.translate("Services", "Permits and licences"),
        lambda: QCoreApplication.translate(
            "Services", "Apply for a permit or renew a licence, signed with your card"
        ),
        RESIDENTS,
        _permits,
    ),
    "petitions": ServiceView(
        "petitions",
        lambda: QCoreApplication.translate("Services", "Petitions"),
        lambda: QCoreApplication.translate(
            "Services", "Read petitions and sign them with your card"
        ),
        GUESTS_AND_RESIDENTS,  # a guest reads; signing needs the card
        _petitions,
    ),
    "consultations": ServiceView(
        "consultations",
        lambda: QCoreApplication.translate("Services", "Public consultations"),
        lambda: QCoreApplication.translate(
            "Services", "Give your opinion on city plans (not elections)"
        ),
        RESIDENTS,
        _consultations,
    ),
    "my_data": ServiceView(
        "my_data",
        lambda: QCoreApplication.translate("Services", "My data and consent"),
        lambda: QCoreApplication.translate(
            "Services", "What the city holds about you, your choices, a full copy"
        ),
        RESIDENTS,
        _my_data,
    ),
}
