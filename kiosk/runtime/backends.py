"""Back-end factories: the city's HTTP clients and the offline queue's store, from the config.

The composition root (:meth:`kiosk.runtime.app.KioskCore.start`) builds its gateway, Open311 and
media clients and opens its queue with these functions; the technician's ``kiosk diag all``
(:mod:`kiosk.commands.diag_all`) builds its short-lived gateway client and opens the queue with
the same ones. So a technician's check talks to the city the way the running kiosk does: in
production with mutual TLS, the device certificate presented and only the city CA trusted
(SEC-13, :mod:`kiosk.security.tls`); in demo and practice modes as the demo kiosk does. A production
kiosk without a usable identity gets clients that refuse every handshake (never plain or
anonymous), and the reason in ``problems["tls"]``.

Connectors and the queue are imported when a client or store is built, not when this module is.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Protocol

from kiosk.config import KioskConfig, Mode

if TYPE_CHECKING:
    import httpx

    from offline_queue.connectors.gateway import GatewayClient
    from offline_queue.store import Store


class CityClients(Protocol):
    """Makes one city back end's ``httpx.Client`` (:func:`city_clients`)."""

    def __call__(
        self, url: str, timeout: httpx.Timeout | None = None, *, accept_json: bool = False
    ) -> httpx.Client: ...


def city_clients(config: KioskConfig, problems: MutableMapping[str, str]) -> CityClients:
    """A maker of the city's HTTP clients (gateway, Open311, media): in production every one
    does mutual TLS with the provisioned device certificate (``$CREDENTIALS_DIRECTORY``, else
    ``/etc/ecitizen-kiosk/identity``) and trusts only the city CA; TLS failures reach the log
    and ``problems["tls"]`` (the technician's alerts)."""
    from kiosk.security.tls import TlsHealth, backend_tls, city_http_client
    from offline_queue.connectors.httpfaults import default_timeout

    tls = backend_tls(config.kiosk.mode is Mode.PRODUCTION)
    health = TlsHealth(problems, tls.problem)

    def make(
        url: str, timeout: httpx.Timeout | None = None, *, accept_json: bool = False
    ) -> httpx.Client:
        headers = {"Accept": "application/json"} if accept_json else None
        return city_http_client(
            url, tls, health, timeout=timeout or default_timeout(), headers=headers
        )

    return make


def gateway_client(config: KioskConfig, city: CityClients) -> GatewayClient:
    """The read-only gateway client (typed calls for the UI and diagnostics) over ``city``."""
    from offline_queue.connectors.gateway import GatewayClient

    url = config.backends.gateway_url
    return GatewayClient(url, client=city(url))


def queue_store(config: KioskConfig, *, existing: bool = False) -> Store:
    """The offline queue's store in the data directory (checked, migrated, with the configured
    reserve). With ``existing`` (a technician's status queries), only a queue that is there:
    ``StoreUnavailableError("queue.no_database")`` instead of creating an empty one."""
    from offline_queue.store import StoreUnavailableError, open_store
    from offline_queue.store.db import DB_NAME, probe

    data_dir = config.paths.data_dir
    if existing:
        if not (data_dir / DB_NAME).is_file():
            raise StoreUnavailableError("queue.no_database", str(data_dir))
        # a status query never sets a damaged file aside under the running kiosk: it says so
        verdict = probe(data_dir / DB_NAME)
        if verdict != "ok":
            raise StoreUnavailableError("queue.damaged", verdict)
    return open_store(data_dir, reserve_bytes=config.paths.reserve_bytes)
