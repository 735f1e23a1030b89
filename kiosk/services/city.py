"""The city's read-only services as the UI reaches them (a port of the application layer).

Service screens never hold the gateway client: they ask :class:`CityServices` for the values of
the civic vocabulary (:mod:`civic`) and get :mod:`kiosk.services.backend_errors` when the city
cannot answer (the connector's ``key`` kept). Every call blocks on the network: call it on a worker
thread, never the GUI thread.

Without a gateway (the kiosk still starting, or none configured) the port is still there:
:attr:`CityServices.available` is False and every call raises
``BackendUnavailable("offline")``, so a screen checks one flag instead of ``None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING

from civic.appointments import Appointment
from civic.bills import Bill
from civic.participation import Consultation, Petition
from civic.permits import Licence
from civic.residents import Consents, DataCategory, Profile
from kiosk.services import appointments, bills, elections, notices, projects, street_report
from kiosk.services.backend_errors import BackendUnavailable, backend_errors
from kiosk.services.catalog import CatalogStore, catalog_store
from kiosk.services.public_cache import PublicCache

if TYPE_CHECKING:
    from civic.notices import Notice
    from kiosk.camera.scan_payloads import ScanPayload
    from kiosk.config import KioskConfig
    from offline_queue.connectors.gateway import GatewayClient
    from offline_queue.connectors.open311 import Open311Client


class CityServices:
    """Typed read calls on the city's gateway (and its Open311 street-report categories),
    errors re-classified for the UI.

    Attributes:
        available: a gateway client is there (False: every gateway call raises ``offline``).
        reports_available: an Open311 client is there (street-report categories).
    """

    def __init__(
        self,
        gateway: GatewayClient | None,
        config: KioskConfig,
        problems: MutableMapping[str, str] | None = None,
        open311: Open311Client | None = None,
    ) -> None:
        self._gateway = gateway
        self._config = config
        self._problems = problems
        self._open311 = open311

    def in_language(self, language: str) -> CityServices:
        """The same services asking the gateway for ``language`` (``Accept-Language``; the
        connection pool is shared): plain-text answers come in it where the city has them,
        several-language texts keep all theirs. The session's language travels this way from
        :attr:`ui.services.context.ServiceContext.city` to every call."""
        gateway = self._gateway.in_language(language) if self._gateway is not None else None
        return CityServices(gateway, self._config, self._problems, self._open311)

    @property
    def available(self) -> bool:
        return self._gateway is not None

    @property
    def reports_available(self) -> bool:
        return self._open311 is not None

    def _client(self) -> GatewayClient:
        if self._gateway is None:
            raise BackendUnavailable("offline")
        return self._gateway

    @property
    def _data_dir(self) -> Path:
        return self._config.paths.data_dir

    # --- the resident's own records ------------------------------------------------------------

    def profile(self, resident_id: str) -> Profile:
        with backend_errors():
            return self._client().profile(resident_id)

    def consents(self, resident_id: str) -> Consents:
        with backend_errors():
            return self._client().consents(resident_id)

    def data_summary(self, resident_id: str) -> tuple[DataCategory, ...]:
        with backend_errors():
            return self._client().data_summary(resident_id)

    def library_patron_id(self, resident_id: str) -> str:
        """The library card linked to the resident's account ("" when none)."""
        return self.profile(resident_id).library_patron_id or ""

    def inbox(self, resident_id: str) -> tuple[Notice, ...]:
        """The resident's notices, most urgent first."""
        with backend_errors():
            return notices.inbox(self._client(), resident_id)

    def licences(self, resident_id: str) -> tuple[Licence, ...]:
        with backend_errors():
            return self._client().licences(resident_id)

    # --- bills -----------------------------------------------------------------------------------

    def bills_by_account(self, text: str) -> tuple[Bill, ...]:
        """Open bills of the account number as typed (``BillError`` for a bad number)."""
        with backend_errors():
            return bills.find_by_account(self._client(), text)

    def bill_by_scan(self, payload: ScanPayload) -> Bill:
        """The bill a scanned slip or barcode names (``BillError`` when it names none)."""
        with backend_errors():
            return bills.find_by_scan(self._client(), payload)

    # --- appointments ----------------------------------------------------------------------------

    def free_slots(self, kind: str, today: dt.date) -> tuple[appointments.DaySlots, ...]:
        with backend_errors():
            return appointments.free_slots(self._client(), kind, today)

    def upcoming_appointments(self, resident_id: str, now: dt.datetime) -> tuple[Appointment, ...]:
        """The resident's bookings that can still be changed or cancelled, soonest first."""
        with backend_errors():
            return appointments.upcoming(self._client().appointments(resident_id), now)

    # --- participation ---------------------------------------------------------------------------

    def petitions(self, resident_id: str) -> tuple[Petition, ...]:
        with backend_errors():
            return self._client().petitions(resident_id)

    def petition(self, petition_id: str, resident_id: str) -> Petition:
        with backend_errors():
            return self._client().petition(petition_id, resident_id)

    def consultations(self, resident_id: str) -> tuple[Consultation, ...]:
        with backend_errors():
            return self._client().consultations(resident_id)

    def consultation(self, consultation_id: str, resident_id: str) -> Consultation:
        with backend_errors():
            return self._client().consultation(consultation_id, resident_id)

    # --- public information (with the kiosk's saved copy offline) --------------------------------

    def nearby_projects(self) -> projects.ProjectList:
        with backend_errors():
            return projects.nearby(self._client(), self._config, PublicCache(self._data_dir))

    def elections(self, resident_id: str) -> elections.ElectionView:
        """Election information; with ``resident_id`` ("" for none) their own registration."""
        with backend_errors():
            return elections.load(self._client(), resident_id, PublicCache(self._data_dir))

    def catalog(self) -> CatalogStore | None:
        """The service catalog's store (cached offline), or None without a gateway."""
        if self._gateway is None:
            return None
        return catalog_store(self._data_dir, self._gateway.catalog, self._problems)

    def report_categories(self, language: str) -> street_report.Categories:
        """Street-report categories and their questions in ``language`` (Accept-Language; the
        kiosk's saved copy offline)."""
        if self._open311 is None:
            raise BackendUnavailable("offline")
        client = self._open311.in_language(language)
        with backend_errors():
            return street_report.load_categories(client, PublicCache(self._data_dir))
