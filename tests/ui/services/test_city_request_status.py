"""The status of street reports on the real widgets, against the demo city's Open311 server:
"My street reports" for a signed-in resident (linked reports only; the city's status and note;
waiting to be sent; offline says when it was last known) and "Check a street report" from the
attract screen without signing in, by scanning the receipt's QR code with the camera (an image
folder decoded by the real scanner) or typing the reference. Screenshots of both at 1080x1920
and 1920x1080 with ``SERVICE_STEP_SCREENS=<dir>``. "My street reports" runs on the service stage
(one screen, no window); the attract screen and speech need the whole kiosk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from citysim import CitySim, Fault, FaultMode
from drivers.printer import PaperLevel
from kiosk.camera.scan_payloads import make_bill_slip, parse_scan
from kiosk.records.receipts import ReceiptStatus
from kiosk.services.submit import SubmitOutcome
from kiosk.session.machine import EndReason, Role
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from tests.ui.accessibility import Spoken, mock_tts
from ui.services.base import wait_for_jobs
from ui.services.city.request_status import (
    CheckRequestScreen,
    MyRequestsScreen,
    MyRequestsStep,
    RequestCard,
    RequestStatusStep,
    ScanReceiptStep,
)
from ui.services.city.street_report import DescribeStep, StreetReportScreen
from ui.services.receipt import ReceiptStep

PDI = "\u2069"
__all__ = ["mock_tts"]


def set_city_request(sim: CitySim, request_id: str, **fields: Any) -> None:
    """What the city's staff do in their 311 system: change a request's fields."""
    state = sim.open311_state
    with state.lock:
        state.requests[request_id].update(fields)


Kiosk = CityKiosk | ServiceStage


def shown_in(kiosk: Kiosk) -> Any:
    """What the visitor sees: the kiosk window, or the stage's host."""
    return kiosk.host if isinstance(kiosk, ServiceStage) else kiosk.app.window


def report(
    kiosk: Kiosk, *, linked: bool, description: str = "", on_screen: Path | None = None
) -> SubmitOutcome:
    """A graffiti report at the kiosk's site through the street-report screen; ``on_screen``:
    the printer fails, the receipt is shown on screen and its QR code is saved there (PNG)."""
    screen = kiosk.open("street_report")
    assert isinstance(screen, StreetReportScreen)
    kiosk.wait_idle(screen)
    kiosk.click(screen.findChild(QPushButton, "report-category-GRAFFITI"))
    kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    describe = screen.current
    assert isinstance(describe, DescribeStep)
    describe.text.setPlainText(description)
    if linked:
        kiosk.click(describe.linked)
    kiosk.click(screen.next_button)
    kiosk.click(screen.next_button)  # Send, on the check-answers step
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    outcome = step.outcome
    if on_screen is not None:
        kiosk.qtbot.waitUntil(lambda: step.print_state == "failed", timeout=30_000)
        kiosk.click(step.show_button)
        assert step.qr.isVisible() and step.verification.isVisible()
        assert step.qr.pixmap().save(str(on_screen))
        render_and_audit(shown_in(kiosk), "receipt-on-screen")
    kiosk.click(step.done_button)
    wait_for_jobs()  # the link to "My street reports" is written off the GUI thread
    return outcome


def cards(screen: Any) -> list[RequestCard]:
    return [c for c in screen.findChildren(RequestCard) if c.isVisible()]


def texts(widget: Any) -> str:
    return "\n".join(lbl.text() for lbl in widget.findChildren(QLabel) if lbl.isVisible())


def request_id(kiosk: Kiosk, reference: str) -> str:
    kiosk.wait_delivered(reference)
    assert kiosk.core.outbox is not None
    remote = kiosk.core.outbox.find(reference).remote_ref
    assert remote
    return str(remote)


def test_my_street_reports(service_stage: ServiceStage, tmp_path: Path) -> None:
    kiosk = service_stage
    kiosk.sign_in()
    mine = report(kiosk, linked=True, description="Tags on the library wall")
    anonymous = report(kiosk, linked=False)
    assert mine.status is ReceiptStatus.SUBMITTED
    set_city_request(
        kiosk.city,
        request_id(kiosk, mine.reference),
        status="in progress",
        status_notes="<b>Cleaning crew</b> booked for \u202eMonday",
    )
    # the city's 311 service refuses new requests for now: this one waits on the kiosk
    kiosk.city.arm_fault("open311", "requests.post", Fault(FaultMode.UNAVAILABLE, times=None))
    kiosk.go_offline()
    waiting = report(kiosk, linked=True)
    assert waiting.status is ReceiptStatus.QUEUED
    kiosk.go_online()

    screen = kiosk.open("my_requests")
    assert isinstance(screen, MyRequestsScreen)
    kiosk.wait_idle(screen)
    shown = cards(screen)
    assert [c.status.reference for c in shown] in (
        [waiting.reference, mine.reference],
        [mine.reference, waiting.reference],  # same second: either order
    )
    by_ref = {c.status.reference: c for c in shown}
    assert anonymous.reference not in by_ref  # sent without a name: not listed
    sent = by_ref[mine.reference]
    assert "Status: In progress" in sent.stage.text()
    assert "Graffiti" in sent.heading.text() and mine.reference in sent.heading.text()
    assert sent.note.isVisible() and "<b>Cleaning crew</b> booked for Monday" in sent.note.text()
    assert sent.note.textFormat().name == "PlainText"  # the city's markup stays text
    queued = by_ref[waiting.reference]
    assert "Waiting to be sent" in queued.stage.text() and not queued.freshness.isVisible()
    render_and_audit(kiosk.host, "my-requests")

    kiosk.city.set_network("open311", False)  # now the city cannot be asked
    step = screen.current
    assert isinstance(step, MyRequestsStep)
    kiosk.click(screen.next_button)  # "Check again"
    kiosk.wait_idle(screen)
    assert step.offline.isVisible()
    sent = {c.status.reference: c for c in cards(screen)}[mine.reference]
    assert "In progress" in sent.stage.text()  # last known
    assert "cannot be checked right now" in sent.freshness.text()
    assert "This is what it said on" in sent.freshness.text()
    render_and_audit(kiosk.host, "my-requests-offline")


def _receipt_qr_camera(kiosk: CityKiosk, folder: Path, qr_png: Path) -> None:
    """The camera sees the receipt's QR code (an image folder the real scanner decodes)."""
    import cv2
    import numpy as np

    code = cv2.imread(str(qr_png), cv2.IMREAD_GRAYSCALE)
    assert code is not None
    code = cv2.resize(code, (480, 480), interpolation=cv2.INTER_NEAREST)
    frame = np.full((720, 1280, 3), 235, dtype=np.uint8)
    y0, x0 = (720 - code.shape[0]) // 2, (1280 - code.shape[1]) // 2
    frame[y0 : y0 + code.shape[0], x0 : x0 + code.shape[1]] = code[:, :, None]
    folder.mkdir(parents=True, exist_ok=True)
    assert cv2.imwrite(str(folder / "current.png"), frame)
    core = kiosk.core
    devices = core.config.devices
    camera = devices.camera.model_copy(
        update={"driver": "emulated", "source": str(folder) + "/?fps=10"}
    )
    core.config = core.config.model_copy(
        update={"devices": devices.model_copy(update={"camera": camera})}
    )


def test_scan_the_receipt_at_the_attract_screen(city_kiosk: CityKiosk, tmp_path: Path) -> None:
    kiosk = city_kiosk
    kiosk.sign_in_guest()
    kiosk.printer.printer.set_paper(PaperLevel.OUT)  # the receipt is shown on screen instead
    shown_qr = tmp_path / "receipt-qr.png"
    outcome = report(
        kiosk, linked=False, description="Tags at 12 Mill Road, call 555-0199", on_screen=shown_qr
    )
    set_city_request(
        kiosk.city,
        request_id(kiosk, outcome.reference),
        status="Closed",
        status_notes="Removed on 3 December.",
    )
    kiosk.app.controller.end(EndReason.SIGN_OUT)
    window = kiosk.app.window
    kiosk.qtbot.waitUntil(lambda: window.current_screen() is window.attract)
    _receipt_qr_camera(kiosk, tmp_path / "camera", shown_qr)  # a photo of the on-screen code

    render_and_audit(window, "attract")
    kiosk.click(window.attract.status_button)
    screen = window.service_screen
    assert isinstance(screen, CheckRequestScreen)
    assert kiosk.app.controller.session.identity.role is Role.GUEST  # nobody signed in
    scan = screen.current
    assert isinstance(scan, ScanReceiptStep) and scan.scan_button.isEnabled()
    render_and_audit(window, "check-report-scan")
    kiosk.click(scan.scan_button)
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RequestStatusStep), timeout=15_000)
    assert scan.scanner is not None and scan.scanner._grabber is None  # camera off again
    kiosk.wait_idle(screen)
    result = screen.current
    assert isinstance(result, RequestStatusStep) and result.card is not None
    card = result.card
    assert "Status: Closed" in card.stage.text()
    assert "Removed on 3 December." in card.note.text()
    assert outcome.reference in card.heading.text() and "Graffiti" in card.heading.text()
    shown = texts(window)
    assert "Mill Road" not in shown and "555-0199" not in shown  # nothing the resident wrote
    render_and_audit(window, "check-report-status")
    controller = kiosk.app.controller
    for name in ("large_text", "high_contrast"):
        controller.set_preference(name, True)
    controller.set_language("ar")
    render_and_audit(window, "check-report-status-ar-large-contrast")


@pytest.mark.qt_log_ignore("pipewire")  # the speech engine probes for audio (none here)
def test_typed_references_and_other_codes(mock_tts: None, city_kiosk: CityKiosk) -> None:
    kiosk = city_kiosk
    spoken = Spoken(kiosk.app)
    kiosk.app.controller.set_preference("speech", True)
    kiosk.sign_in_guest()
    outcome = report(kiosk, linked=False)
    rid = request_id(kiosk, outcome.reference)
    set_city_request(kiosk.city, rid, status="waiting_for_parts", status_notes="")
    screen = kiosk.open("request_status")
    scan = screen.current
    assert isinstance(scan, ScanReceiptStep)
    assert "no camera" in scan.scan_status.text()  # typing remains
    field = screen.findChild(QLineEdit, "request-status-reference")
    assert field is not None
    field.setText("not a reference")
    kiosk.click(screen.next_button)
    assert "for example K7QX-3M9P" in screen.message.text()
    # another code in front of the camera: said plainly
    assert scan.scanner is not None
    slip = make_bill_slip("00001001", "BILL-1001", 4520, dt.date(2027, 1, 1))
    scan.scanner.payload_read.emit(parse_scan(slip, "QRCode"))
    assert "not the code of an eCitizen receipt" in screen.message.text()
    field.setText(outcome.reference.lower().replace("-", " "))
    kiosk.click(screen.next_button)
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RequestStatusStep), timeout=10_000)
    result = screen.current
    assert isinstance(result, RequestStatusStep) and result.card is not None
    # a status word the kiosk does not know: the city's text, isolated
    assert f"The city says: \u2068waiting_for_parts{PDI}" in result.card.stage.text()
    # speech mode reads the status out: it is what the resident came for (A11Y-07)
    kiosk.qtbot.waitUntil(lambda: "waiting_for_parts" in spoken.all, timeout=5_000)
    kiosk.click(screen.back_button)  # check another receipt
    assert screen.current is scan
    field.setText("ZZZZ-ZZZZ")
    kiosk.click(screen.next_button)
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RequestStatusStep), timeout=10_000)
    result = screen.current
    assert isinstance(result, RequestStatusStep) and result.card is not None
    assert "Not found" in result.card.stage.text()
    kiosk.click(screen.back_button)  # check another receipt
    kiosk.go_offline()  # never read, city down: said plainly
    field.setText(outcome.reference)
    kiosk.click(screen.next_button)
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RequestStatusStep), timeout=10_000)
    result = screen.current
    assert isinstance(result, RequestStatusStep) and result.card is not None
    assert "cannot be checked right now" in result.card.freshness.text()
    assert "This is what it said on" in result.card.freshness.text()  # read before
