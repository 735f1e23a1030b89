"""A fleet operator's signed command took the kiosk out of service (lock cause ``remote``,
kiosk.security.tamper.REMOTE; issue #18): the technician's diagnostics screen says so — not "a card
reader was unplugged" — and residents see the usual out-of-service text on the attract screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.security.tamper import REMOTE
from kiosk.session.machine import Identity, Role
from ui.main import KioskApplication
from ui.screens.diagnostics import DiagnosticsScreen

TIMEOUT_MS = 15_000


def test_remote_lock_is_explained_to_the_technician_not_as_an_unplug(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    app = card_kiosk  # the demo kiosk with a card reader (pcscd + vpcd): the lock is there
    tamper = app.core.tamper
    assert tamper is not None
    tamper.take_out_of_service()  # what kiosk.fleet.actions does for "out_of_service"
    qtbot.waitUntil(lambda: app.window.out_of_service, timeout=TIMEOUT_MS)
    assert tamper.sensor == REMOTE
    attract = app.window.attract
    assert attract.out_of_service.isVisible()
    resident_text = attract.out_of_service.text()
    assert resident_text.startswith("This kiosk is out of service. Please use another kiosk")
    assert "IT team" not in resident_text and "unplugged" not in resident_text

    app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess Technician", "TECH-0007"))
    app.window._on_service_chosen("diagnostics")
    screen = app.window.service_screen
    assert isinstance(screen, DiagnosticsScreen)
    assert screen.service_notice.isVisible()
    notice = screen.service_notice.text()
    assert notice.startswith("Taken out of service by the city's IT team.")
    assert "unplugged" not in notice and "card reader" not in notice

    assert tamper.back_in_service()
    qtbot.waitUntil(lambda: not app.window.out_of_service, timeout=TIMEOUT_MS)
