"""Election information end to end against the demo city: a resident's polling station and the
dates online; offline the saved public part "as of" its time and no personal station; a guest
sees the public part only. Rendered at 1080×1920 and 1920×1080 and audited (clipping, targets,
accessible names); SERVICE_STEP_SCREENS=<dir> saves the PNGs."""

from __future__ import annotations

from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.city.elections import ElectionInfoStep, ElectionsScreen


def _open(kiosk: ServiceStage) -> tuple[ElectionsScreen, ElectionInfoStep]:
    screen = kiosk.open("elections")
    assert isinstance(screen, ElectionsScreen)
    kiosk.wait_idle(screen)
    step = screen.current
    assert isinstance(step, ElectionInfoStep) and step.view is not None
    return screen, step


def test_resident_sees_their_station_then_offline_as_of(service_stage: ServiceStage) -> None:
    service_stage.sign_in()  # Amina, RES-0001: PS-01, the Central Library
    screen, step = _open(service_stage)
    assert not step.view or not step.view.from_cache
    assert "registered" in step.station.text() and "Central Library" in step.station.text()
    assert "Riverton municipal election" in step.dates.text()
    assert step.register.text() and step.post.text()
    assert "cannot vote at this kiosk" in step.no_voting.text()
    render_and_audit(service_stage.host, "elections-online")
    screen.leave()
    service_stage.go_offline()
    screen, step = _open(service_stage)
    assert step.view is not None and step.view.from_cache
    assert "as of" in step.status.text()
    assert "needs the network" in step.station.text()
    assert "Central Library" not in step.station.text()  # personal: never saved
    assert "Riverton municipal election" in step.dates.text()
    render_and_audit(service_stage.host, "elections-offline")


def test_guest_sees_the_public_information(service_stage: ServiceStage) -> None:
    service_stage.sign_in_guest()
    _screen, step = _open(service_stage)
    assert not step.station.isVisible() and not step.station_caption.isVisible()
    assert "Port Civic Centre" in step.stations.text()


def test_session_end_forgets_the_station(service_stage: ServiceStage) -> None:
    from kiosk.session.machine import EndReason

    service_stage.sign_in()
    _screen, step = _open(service_stage)
    service_stage.controller.end(EndReason.SIGN_OUT)
    assert step.view is None and step.station.text() == ""
