"""The control API of the demo city (its own port, so it works while a service is "down").

- ``GET /status``: ports and network state of each service.
- ``GET /faults``, ``POST /faults`` ``{"service", "endpoint", "mode", ...}`` (see
  :class:`citysim.faults.Fault`), ``DELETE /faults?service=&endpoint=``; ``GET /faults/fired``.
- ``POST /network`` ``{"service": "gateway"|"open311"|"sip2"|"all", "up": bool}``.
- ``GET /ledger`` (every lane) or ``GET /ledger?lane=open311``; ``GET /ledger/duplicates``;
  ``POST /ledger/reset``.
- ``POST /clock`` ``{"offset_s": float}``: shift the gateway's clock (skew tests).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from citysim.faults import Fault, FaultController
from citysim.gateway import GatewayState
from citysim.httpbase import App, Request, Response, Route
from citysim.ledger import Ledger


class ControlledCity(Protocol):
    """What the control API works on (:class:`citysim.CitySim`, which builds it: the package
    knows this module, not the other way round)."""

    @property
    def faults(self) -> FaultController: ...

    @property
    def ledger(self) -> Ledger: ...

    @property
    def gateway_state(self) -> GatewayState: ...

    def status(self) -> dict[str, Any]: ...

    def set_network(self, service: str, up: bool) -> None: ...


class ControlApp(App):
    service = "control"

    def __init__(self, sim: ControlledCity) -> None:
        self.sim = sim

    def routes(self) -> Sequence[Route]:
        return [
            Route("GET", "/status", "status", self.status),
            Route("GET", "/faults", "faults.get", self.get_faults),
            Route("GET", "/faults/fired", "faults.fired", self.fired),
            Route("POST", "/faults", "faults.post", self.post_fault),
            Route("DELETE", "/faults", "faults.delete", self.delete_faults),
            Route("POST", "/network", "network", self.network),
            Route("GET", "/ledger", "ledger", self.ledger),
            Route("GET", "/ledger/duplicates", "ledger.duplicates", self.duplicates),
            Route("POST", "/ledger/reset", "ledger.reset", self.reset),
            Route("POST", "/clock", "clock", self.clock),
        ]

    @staticmethod
    def _body(req: Request) -> dict[str, Any]:
        value = json.loads(req.body.decode("utf-8") or "{}")
        if not isinstance(value, dict):
            raise ValueError("body must be an object")
        return value

    def status(self, req: Request) -> Response:
        return Response.of_json(200, self.sim.status())

    def get_faults(self, req: Request) -> Response:
        return Response.of_json(200, self.sim.faults.armed())

    def fired(self, req: Request) -> Response:
        return Response.of_json(200, self.sim.faults.fired())

    def post_fault(self, req: Request) -> Response:
        try:
            body = self._body(req)
            fault = Fault.from_json(body)
            service, endpoint = str(body["service"]), str(body.get("endpoint", "*"))
        except (ValueError, KeyError) as exc:
            return Response.of_json(400, {"error": str(exc)})
        self.sim.faults.arm(service, endpoint, fault)
        return Response.of_json(201, {"service": service, "endpoint": endpoint, **fault.to_json()})

    def delete_faults(self, req: Request) -> Response:
        self.sim.faults.clear(req.q("service"), req.q("endpoint"))
        return Response.of_json(200, self.sim.faults.armed())

    def network(self, req: Request) -> Response:
        try:
            body = self._body(req)
            service, up = str(body["service"]), bool(body["up"])
            self.sim.set_network(service, up)
        except (ValueError, KeyError) as exc:
            return Response.of_json(400, {"error": str(exc)})
        return Response.of_json(200, self.sim.status())

    def ledger(self, req: Request) -> Response:
        lane = req.q("lane")
        if lane:
            return Response.of_json(200, {lane: self.sim.ledger.counts(lane)})
        return Response.of_json(200, self.sim.ledger.snapshot())

    def duplicates(self, req: Request) -> Response:
        return Response.of_json(200, self.sim.ledger.duplicates(req.q("lane")))

    def reset(self, req: Request) -> Response:
        self.sim.ledger.reset()
        return Response.of_json(200, self.sim.ledger.snapshot())

    def clock(self, req: Request) -> Response:
        try:
            offset = float(self._body(req)["offset_s"])
        except (ValueError, KeyError) as exc:
            return Response.of_json(400, {"error": str(exc)})
        with self.sim.gateway_state.lock:
            self.sim.gateway_state.clock_offset_s = offset
        return Response.of_json(200, {"offset_s": offset})
