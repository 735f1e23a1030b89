"""Fault injection for the demo city back end, per service and per endpoint.

A :class:`Fault` is armed on ``(service, endpoint)`` where service is ``gateway``, ``open311`` or
``sip2`` and endpoint is the gateway's OpenAPI ``operationId``, an Open311 endpoint name
(``services``, ``service_definition``, ``requests.post``, ``requests.get``, ``request``,
``tokens``, ``discovery``) or a SIP2 message code (``"11"``), or ``"*"`` for all of them.
Faults fire ``times`` times (``None``: until cleared) with a probability drawn from a seeded RNG,
so the crash test is reproducible.

"Network down" is not a fault here: it closes the listening socket and live connections of a
service (see :meth:`citysim.CitySim.set_network`), so clients see connection refused.
"""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass, replace


class FaultMode(enum.Enum):
    ERROR = "error"  # answer `status` (default 500) with `body`, before applying anything
    UNAVAILABLE = "unavailable"  # 503 with Retry-After, before applying anything
    DROP_BEFORE = "drop_before"  # close the connection without applying (connection reset)
    SLOW_AFTER_COMMIT = "slow_after_commit"  # apply, then wait `delay` s before answering
    DROP_AFTER_COMMIT = "drop_after_commit"  # apply, then close the connection, no answer
    GARBAGE_AFTER_COMMIT = "garbage_after_commit"  # apply, then answer 2xx with a garbage body
    CORRUPT_CHECKSUM = "corrupt_checksum"  # SIP2: answer with a wrong AZ checksum (97 recovers)


AFTER_COMMIT = frozenset(
    {FaultMode.SLOW_AFTER_COMMIT, FaultMode.DROP_AFTER_COMMIT, FaultMode.GARBAGE_AFTER_COMMIT}
)


@dataclass(frozen=True)
class Fault:
    mode: FaultMode
    status: int = 500
    body: str | None = None  # raw response body for ERROR (None: a service-specific default)
    retry_after: str = "1"  # Retry-After for UNAVAILABLE: delay-seconds or an HTTP-date
    delay: float = 1.0  # seconds, for SLOW_AFTER_COMMIT
    times: int | None = 1  # how many times it fires; None = until cleared
    probability: float = 1.0

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Fault:
        mode = FaultMode(str(data["mode"]))
        times_raw = data.get("times", 1)
        return cls(
            mode=mode,
            status=int(str(data.get("status", 500))),
            body=None if data.get("body") is None else str(data["body"]),
            retry_after=str(data.get("retry_after", "1")),
            delay=float(str(data.get("delay", 1.0))),
            times=None if times_raw is None else int(str(times_raw)),
            probability=float(str(data.get("probability", 1.0))),
        )

    def to_json(self) -> dict[str, object]:
        return {
            "mode": self.mode.value,
            "status": self.status,
            "body": self.body,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "times": self.times,
            "probability": self.probability,
        }


class FaultController:
    """Thread-safe registry of armed faults; every server asks it once per request."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._faults: dict[tuple[str, str], Fault] = {}
        self._rng = random.Random(seed)
        self._fired: dict[tuple[str, str, str], int] = {}

    def arm(self, service: str, endpoint: str, fault: Fault) -> None:
        with self._lock:
            self._faults[(service, endpoint)] = fault

    def clear(self, service: str | None = None, endpoint: str | None = None) -> None:
        with self._lock:
            for key in list(self._faults):
                if (service is None or key[0] == service) and (
                    endpoint is None or key[1] == endpoint
                ):
                    del self._faults[key]

    def armed(self) -> dict[str, dict[str, object]]:
        with self._lock:
            return {f"{s}:{e}": f.to_json() for (s, e), f in self._faults.items()}

    def fired(self) -> dict[str, int]:
        """How many times each fault fired, keyed ``service:endpoint:mode``."""
        with self._lock:
            return {":".join(k): v for k, v in self._fired.items()}

    def take(self, service: str, endpoint: str) -> Fault | None:
        """The fault to apply to this request, if any (consumes one of its ``times``)."""
        with self._lock:
            for key in ((service, endpoint), (service, "*")):
                fault = self._faults.get(key)
                if fault is None:
                    continue
                if fault.probability < 1.0 and self._rng.random() >= fault.probability:
                    return None
                if fault.times is not None:
                    if fault.times <= 1:
                        del self._faults[key]
                    else:
                        self._faults[key] = replace(fault, times=fault.times - 1)
                fired_key = (service, endpoint, fault.mode.value)
                self._fired[fired_key] = self._fired.get(fired_key, 0) + 1
                return fault
            return None
