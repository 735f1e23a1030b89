"""The city back ends' failures as the application layer names them.

The connectors in ``offline_queue/connectors`` raise their own error types (``GatewayError``,
``Open311Error``, ``Sip2Error`` and their subclasses), each carrying a translation ``key``. The
UI never imports the connectors, so their errors reach it re-classified here, with the same
``key``: :func:`classified` maps one error, :func:`backend_errors` is a context manager (and
decorator) that raises the mapped error in place of the connector's, chained to it.

Classes (what the resident is told depends on the ``key``; the class says what the kiosk may
do next):

* :class:`BackendUnavailable`: the system could not be reached or did not answer (network
  down, timeout, 5xx/429, a SIP2 session lost mid-request). Try later, or queue the request.
* :class:`BackendNotReached`: a subclass: the request certainly never reached the system
  (SIP2 connect refused, login refused), so queueing it cannot do it twice.
* :class:`BackendNotFound`: no such bill, petition, request...
* :class:`BackendRefused`: the system refused the request (401/403, another 4xx, a SIP2
  message the library system does not take).
* :class:`BackendBadAnswer`: the answer did not match the contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from offline_queue.connectors.gateway import (
    GatewayAuthError,
    GatewayBadResponse,
    GatewayError,
    GatewayNotFound,
    GatewayRejected,
    GatewayUnavailable,
)
from offline_queue.connectors.open311 import (
    Open311BadResponse,
    Open311Error,
    Open311NotFound,
    Open311Unavailable,
)
from offline_queue.connectors.sip2 import Sip2Error, Sip2NotSent, Sip2Unsupported


class BackendError(Exception):
    """A city back end did not do what was asked. ``key`` is a translation key; ``status`` the
    HTTP status when there was one; ``code`` the back end's own problem code."""

    def __init__(self, key: str, status: int | None = None, code: str = "") -> None:
        super().__init__(key if status is None else f"{key} (status={status})")
        self.key = key
        self.status = status
        self.code = code


class BackendUnavailable(BackendError):
    """Not reached, or no answer: try again later (or queue the request)."""


class BackendNotReached(BackendUnavailable):
    """Nothing of the request reached the back end: queueing it cannot do it twice."""


class BackendNotFound(BackendError):
    """No such thing (bill, petition, request...)."""


class BackendRefused(BackendError):
    """The back end refused the request (not recognised, not allowed, not supported)."""


class BackendBadAnswer(BackendError):
    """The back end answered, but not as its contract says."""


CONNECTOR_ERRORS: tuple[type[Exception], ...] = (GatewayError, Open311Error, Sip2Error)
"""The connectors' error bases :func:`classified` maps."""

# most specific first: the first class ``isinstance`` matches decides
_MAP: tuple[tuple[type[Exception], type[BackendError]], ...] = (
    (GatewayUnavailable, BackendUnavailable),
    (GatewayNotFound, BackendNotFound),
    (GatewayAuthError, BackendRefused),
    (GatewayRejected, BackendRefused),
    (GatewayBadResponse, BackendBadAnswer),
    (Open311Unavailable, BackendUnavailable),
    (Open311NotFound, BackendNotFound),
    (Open311BadResponse, BackendBadAnswer),
    (Sip2NotSent, BackendNotReached),
    (Sip2Unsupported, BackendRefused),
    (Sip2Error, BackendUnavailable),  # ambiguous or another environmental SIP2 failure
)


def classified(error: Exception) -> Exception:
    """``error`` as a :class:`BackendError` when it is a connector's error (same ``key``,
    chained); any other error unchanged."""
    if not isinstance(error, CONNECTOR_ERRORS):
        return error
    kind: type[BackendError] = BackendUnavailable  # a bare GatewayError/Open311Error
    for source, target in _MAP:
        if isinstance(error, source):
            kind = target
            break
    key = str(getattr(error, "key", "") or "gateway.unavailable")
    status = getattr(error, "status", None)
    mapped = kind(key, status if isinstance(status, int) else None, str(getattr(error, "code", "")))
    mapped.__cause__ = error
    return mapped


@contextmanager
def backend_errors() -> Iterator[None]:
    """Raise a connector's error as its :class:`BackendError` (usable as a decorator too)."""
    try:
        yield
    except CONNECTOR_ERRORS as exc:
        raise classified(exc) from exc
