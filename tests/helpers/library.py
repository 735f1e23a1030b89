"""The library account's test steps, with or without the kiosk window (issue #17): the card
sign-in tests run on a whole kiosk (``city_kiosk``), the account's own tests on the service
stage. Against the demo city's SIP2 server."""

from __future__ import annotations

from offline_queue.connectors import sip2_protocol as sp
from tests.helpers.city import record_sip2
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.service_stage import ServiceStage
from ui.services.city.library import AccountStep, LibraryScreen, PinStep

LEO_UID = "04A22B1A5C3E80"  # Leo Martin, LIB-0100, PIN 4567, no loans

Kiosk = CityKiosk | ServiceStage


def record_messages(kiosk: Kiosk) -> list[sp.Sip2Message]:
    """Every SIP2 message the demo library receives from now on."""
    return record_sip2(kiosk.city)


def wait_loaded(kiosk: Kiosk, screen: LibraryScreen) -> AccountStep:
    kiosk.qtbot.waitUntil(
        lambda: isinstance(screen.current, AccountStep) and screen.current.details is not None,
        timeout=10_000,
    )
    step = screen.current
    assert isinstance(step, AccountStep)
    return step


def open_account(kiosk: Kiosk, pin: str | None) -> tuple[LibraryScreen, AccountStep]:
    """Open the library account; ``pin``: the library wants it on the service's PIN pad."""
    screen = kiosk.open("library")
    assert isinstance(screen, LibraryScreen)
    if pin is not None:
        kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
        pad = screen.current
        assert isinstance(pad, PinStep)
        for digit in pin:
            kiosk.click(pad.pad.keys[digit])
        kiosk.click(pad.pad.ok_button)
    return screen, wait_loaded(kiosk, screen)
