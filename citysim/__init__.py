"""The demo city back end: eCitizen gateway, Open311 GeoReport v2 and a SIP2 ACS on loopback.

Used by the demo launcher and by tests; the kiosk application never imports it.

    from citysim import CitySim, Fault, FaultMode

    with CitySim() as city:                       # every port 0 = pick free ports
        city.gateway_url                          # "http://127.0.0.1:PORT"
        city.open311_url                          # "http://127.0.0.1:PORT/open311/v2"
        city.sip2_address                         # ("127.0.0.1", PORT)
        city.control_url                          # the control API (see citysim.control)
        city.arm_fault("gateway", "payBill", Fault(FaultMode.DROP_AFTER_COMMIT))
        city.set_network("open311", up=False)     # connections refused until set up again
        city.ledger.duplicates()                  # markers applied more than once, per lane

Also ``python -m citysim --gateway-port 8311 --open311-port 8312 --sip2-port 6001
--control-port 8319``.
"""

from __future__ import annotations

import datetime as dt
import logging
import ssl
import threading
from types import TracebackType
from typing import Any

from citysim import profiles
from citysim.capacity import CapacityResult, measure_capacity
from citysim.control import ControlApp
from citysim.data import SIP2_LOCATION, SIP2_LOGIN
from citysim.faults import Fault, FaultController, FaultMode
from citysim.gateway import GatewayApp, GatewayState
from citysim.httpbase import CompositeApp, HTTPService
from citysim.ledger import Ledger, txn_marker
from citysim.open311 import DEFAULT_API_KEY, PREFIX, Open311App, Open311State
from citysim.sip2_server import LibraryState, Sip2App, Sip2Service

logger = logging.getLogger(__name__)

SERVICES = ("gateway", "open311", "sip2")

__all__ = [
    "DEFAULT_API_KEY",
    "SERVICES",
    "SIP2_LOCATION",
    "SIP2_LOGIN",
    "CapacityResult",
    "CitySim",
    "Fault",
    "FaultMode",
    "Ledger",
    "measure_capacity",
    "start",
    "txn_marker",
]


class CitySim:
    """All three demo back ends plus the control API, in-process, each on its own thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        gateway_port: int = 0,
        open311_port: int | None = 0,
        sip2_port: int = 0,
        control_port: int | None = 0,
        *,
        seed: int = 0,
        open311_api_key: str = DEFAULT_API_KEY,
        open311_quirks: bool = False,
        sip2_require_login: bool = True,
        now: dt.datetime | None = None,
        profile: str = profiles.DEFAULT,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        """``tls``: the gateway and Open311 serve HTTPS with this server context; one that
        requires client certificates (``ProvisioningAuthority.server_ssl_context()``) makes a
        production-like city that accepts only enrolled kiosks (mutual TLS)."""
        now = now or dt.datetime.now(dt.UTC)
        # the behaviour of deployed servers to reproduce (see citysim/profiles.py); the apps
        # read ``self.profile.for_service(<their name>)``
        self.profile = profiles.get(profile)
        self.faults = FaultController(seed)
        self.ledger = Ledger()
        self.gateway_state = GatewayState(now)
        self.open311_state = Open311State()
        self.library = LibraryState(now)
        self.open311_api_key = open311_api_key
        gateway_app = GatewayApp(self.gateway_state, self.ledger)
        self._open311_app = Open311App(
            self.open311_state,
            self.ledger,
            open311_api_key,
            open311_quirks,
            options=self.profile.for_service("open311"),
        )
        if open311_port is None:  # one port: Open311 under /open311/v2 beside the gateway
            self.gateway = HTTPService(
                CompositeApp(gateway_app, self._open311_app),
                self.faults,
                host,
                gateway_port,
                tls=tls,
            )
            self.open311 = self.gateway
        else:
            self.gateway = HTTPService(gateway_app, self.faults, host, gateway_port, tls=tls)
            self.open311 = HTTPService(self._open311_app, self.faults, host, open311_port, tls=tls)
        self.sip2 = Sip2Service(
            Sip2App(
                self.library,
                self.ledger,
                require_login=sip2_require_login,
                options=self.profile.for_service("sip2"),
            ),
            self.faults,
            host,
            sip2_port,
        )
        self.control = (
            HTTPService(ControlApp(self), self.faults, host, control_port)
            if control_port is not None
            else None
        )
        self._lock = threading.Lock()

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> CitySim:
        self.gateway.start()
        self.open311.start()
        self._open311_app.base_url = self.open311.url
        self.sip2.start()
        if self.control is not None:
            self.control.start()
        logger.info(
            "citysim up: gateway %s, open311 %s, sip2 %s:%d",
            self.gateway.url,
            self.open311_url,
            *self.sip2.address,
        )
        return self

    def stop(self) -> None:
        """Stop every service and join every thread (idempotent)."""
        services = {s for s in (self.control, self.sip2, self.open311, self.gateway) if s}
        stoppers = [threading.Thread(target=s.stop, name="citysim-stop") for s in services]
        for t in stoppers:  # in parallel: each waits for its serve loop to notice
            t.start()
        for t in stoppers:
            t.join()
        logger.info("citysim stopped")

    def __enter__(self) -> CitySim:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- addresses -----------------------------------------------------------------------------

    @property
    def gateway_url(self) -> str:
        return self.gateway.url

    @property
    def open311_url(self) -> str:
        return self.open311.url + PREFIX

    @property
    def sip2_address(self) -> tuple[str, int]:
        return self.sip2.address

    @property
    def control_url(self) -> str | None:
        return self.control.url if self.control is not None else None

    # --- control -------------------------------------------------------------------------------

    def set_network(self, service: str, up: bool) -> None:
        """Simulate "network down" for ``service`` (or ``"all"``): refuse and cut connections.

        With Open311 on the gateway's port (``open311_port=None``) both go down together.
        """
        if service not in (*SERVICES, "all"):
            raise ValueError(f"unknown service {service!r}")
        names = SERVICES if service == "all" else (service,)
        for name in names:
            services: dict[str, HTTPService | Sip2Service] = {
                "gateway": self.gateway,
                "open311": self.open311,
                "sip2": self.sip2,
            }
            svc = services[name]
            with self._lock:
                if up:
                    svc.start()
                else:
                    svc.stop()

    def arm_fault(self, service: str, endpoint: str, fault: Fault) -> None:
        self.faults.arm(service, endpoint, fault)

    def clear_faults(self, service: str | None = None, endpoint: str | None = None) -> None:
        self.faults.clear(service, endpoint)

    def status(self) -> dict[str, Any]:
        return {
            "gateway": {"url": self.gateway_url, "up": self.gateway.up},
            "open311": {"url": self.open311_url, "up": self.open311.up},
            "sip2": {"host": self.sip2.host, "port": self.sip2.port, "up": self.sip2.up},
            "control": {"url": self.control_url},
        }


def start(**kwargs: Any) -> CitySim:
    """Start a :class:`CitySim` (same keyword arguments); call ``.stop()`` when done."""
    return CitySim(**kwargs).start()
