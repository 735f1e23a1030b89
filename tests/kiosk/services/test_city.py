"""The CityServices port and the back-end error taxonomy, without Qt: the demo city on
loopback for the live answers, a closed port for the network being down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from citysim import CitySim
from kiosk.config import KioskConfig, load_demo_config
from kiosk.services import bills
from kiosk.services.backend_errors import (
    BackendBadAnswer,
    BackendError,
    BackendNotFound,
    BackendNotReached,
    BackendRefused,
    BackendUnavailable,
    backend_errors,
    classified,
)
from kiosk.services.city import CityServices
from offline_queue.connectors.gateway import (
    GatewayAuthError,
    GatewayBadResponse,
    GatewayClient,
    GatewayError,
    GatewayNotFound,
    GatewayRejected,
    GatewayUnavailable,
)
from offline_queue.connectors.open311 import Open311BadResponse, Open311NotFound
from offline_queue.connectors.sip2 import Sip2Ambiguous, Sip2LoginError, Sip2Unsupported

DOWN = "http://127.0.0.1:9"  # the discard port: nothing listens


@pytest.fixture
def config(tmp_path: Path) -> KioskConfig:
    return load_demo_config(tmp_path)


@pytest.fixture
def services(city: CitySim, config: KioskConfig) -> Iterator[CityServices]:
    with GatewayClient(city.gateway_url) as client:
        yield CityServices(client, config, {})


# --- the taxonomy ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (GatewayUnavailable("gateway.unavailable", 503), BackendUnavailable),
        (GatewayNotFound("gateway.not_found", 404, "no_such_bill"), BackendNotFound),
        (GatewayAuthError("gateway.unauthenticated", 401), BackendRefused),
        (GatewayRejected("gateway.closed", 409, "closed"), BackendRefused),
        (GatewayBadResponse("gateway.bad_response", 200), BackendBadAnswer),
        (GatewayError("gateway.unavailable"), BackendUnavailable),
        (Open311NotFound("open311.not_found", 404), BackendNotFound),
        (Open311BadResponse("open311.bad_response", 200), BackendBadAnswer),
        (Sip2LoginError("sip2.login_refused"), BackendNotReached),
        (Sip2Ambiguous("sip2.no_answer"), BackendUnavailable),
        (Sip2Unsupported("fee_paid"), BackendRefused),
    ],
)
def test_connector_errors_keep_their_key_and_say_what_may_follow(
    error: Exception, kind: type[BackendError]
) -> None:
    mapped = classified(error)
    assert type(mapped) is kind
    assert isinstance(mapped, BackendError)
    assert mapped.key == getattr(error, "key", None)
    assert mapped.status == getattr(error, "status", None)
    assert mapped.__cause__ is error


def test_only_connector_errors_are_mapped() -> None:
    refusal = bills.BillError("bills.not_found")
    assert classified(refusal) is refusal
    bug = KeyError("x")
    assert classified(bug) is bug
    with pytest.raises(KeyError), backend_errors():
        raise bug


def test_nothing_sent_is_a_kind_of_unavailable() -> None:
    """A screen that queues on BackendNotReached and says "try later" on BackendUnavailable
    never shows "try later" for a request that could simply be queued."""
    assert issubclass(BackendNotReached, BackendUnavailable)


def test_the_context_manager_raises_the_mapped_error_chained() -> None:
    with pytest.raises(BackendNotFound) as caught, backend_errors():
        raise GatewayNotFound("gateway.not_found", 404)
    assert isinstance(caught.value.__cause__, GatewayNotFound)


# --- the port, live ----------------------------------------------------------------------------


def test_reads_return_the_civic_vocabulary(services: CityServices) -> None:
    assert services.available
    found = services.bills_by_account("1001")
    assert [b.bill_id for b in found][:2] == ["BILL-1001", "BILL-1002"]
    inbox = services.inbox("RES-0001")
    assert inbox and all(n.title.get("en") for n in inbox)
    assert services.profile("RES-0001").resident_id == "RES-0001"
    assert services.petitions("RES-0001")
    petition = services.petitions("RES-0001")[0]
    assert services.petition(petition.petition_id, "RES-0001").text is not None
    today = dt.datetime.now(dt.UTC).date()
    assert all(d.day > today for d in services.free_slots("digital-help", today))


def test_a_refusal_of_the_application_layer_passes_unchanged(services: CityServices) -> None:
    with pytest.raises(bills.BillError):
        services.bills_by_account("12a4")


def test_not_found_is_a_backend_error_with_the_gateway_key(services: CityServices) -> None:
    with pytest.raises(BackendNotFound) as caught:
        services.petition("PET-NOPE", "RES-0001")
    assert caught.value.key == "gateway.not_found"


def test_network_down_is_unavailable_with_the_gateway_key(config: KioskConfig) -> None:
    with GatewayClient(DOWN) as down:
        services = CityServices(down, config)
        with pytest.raises(BackendUnavailable) as caught:
            services.inbox("RES-0001")
    assert caught.value.key == "gateway.unavailable"


def test_without_a_gateway_the_port_is_there_and_says_offline(config: KioskConfig) -> None:
    services = CityServices(None, config)
    assert not services.available
    assert services.catalog() is None
    for call in (
        lambda: services.inbox("RES-0001"),
        lambda: services.petitions("RES-0001"),
        lambda: services.library_patron_id("RES-0001"),
        services.nearby_projects,
    ):
        with pytest.raises(BackendUnavailable) as caught:
            call()
        assert caught.value.key == "offline"
