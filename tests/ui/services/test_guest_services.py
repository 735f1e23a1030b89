"""Guests (#15.12), on the real widgets against the demo city: a bill's QR code gives an
anonymous counter slip (no account entry, no "Pay now"), petitions are read-only, and a guest's
confirmation never promises "My notices". ``SERVICE_STEP_SCREENS=<dir>`` saves the screenshots."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton

from kiosk.camera.scan_payloads import make_bill_slip, parse_scan
from kiosk.records.receipts import ReceiptStatus
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.base import ServiceScreen
from ui.services.city.bills import BillsScreen, BillStep, FindBillStep
from ui.services.participation import PetitionStep
from ui.services.receipt import ReceiptStep


def _guest_bill(kiosk: ServiceStage, english: bool = True) -> tuple[BillsScreen, BillStep]:
    kiosk.sign_in_guest()
    screen = kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    find = screen.current
    assert isinstance(find, FindBillStep) and find.scanner is not None
    assert ("payment slip" if english else "قسيمة دفع") in find.intro.text()
    assert not find.account.isVisible() and not screen.next_button.isVisible()
    due = dt.date.fromisoformat(kiosk.city.gateway_state.bills["BILL-2001"]["due_date"])
    qr = make_bill_slip("00002001", "BILL-2001", 3175, due)
    find.scanner.payload_read.emit(parse_scan(qr, "QRCode"))  # what the camera bridge emits
    kiosk.wait_idle(screen)
    bill = screen.current
    assert isinstance(bill, BillStep) and bill.bill.bill_id == "BILL-2001"
    assert not bill.pay_button.isVisible() and bill.slip_button.isVisible()
    assert ("nothing about you" if english else "لا شيء عنك") in bill.how.text()
    return screen, bill


def _receipt(kiosk: ServiceStage, screen: ServiceScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def test_guest_scans_a_bill_and_gets_an_anonymous_counter_slip(service_stage: ServiceStage) -> None:
    screen, bill = _guest_bill(service_stage)
    render_and_audit(service_stage.host, "guest-bill")
    service_stage.click(bill.slip_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    title = receipt.status_title.text()
    assert title.startswith("Payment slip ready: pay") and "at the counter" in title
    assert "31.75" in title
    assert receipt.outcome.receipt.amount is not None
    assert "BILL-2001" in receipt.outcome.receipt.instructions  # the bill's reference
    outbox = service_stage.core.outbox
    assert outbox is not None
    payload = outbox.payload(receipt.outcome.reference)
    assert payload is not None and "resident_id" not in payload  # nothing about the guest
    (slip,) = service_stage.city.gateway_state.slips.values()
    assert slip["bill_id"] == "BILL-2001"
    render_and_audit(service_stage.host, "guest-slip")


def test_guest_slip_in_arabic_high_contrast_large_text(service_stage: ServiceStage) -> None:
    controller = service_stage.controller
    for name in ("large_text", "high_contrast"):
        controller.set_preference(name, True)
    controller.set_language("ar")
    screen, bill = _guest_bill(service_stage, english=False)
    render_and_audit(service_stage.host, "guest-bill-ar-large-contrast")
    service_stage.click(bill.slip_button)
    _receipt(service_stage, screen)
    render_and_audit(service_stage.host, "guest-slip-ar-large-contrast")


def test_guest_confirmation_saved_offline_promises_no_notices(service_stage: ServiceStage) -> None:
    screen, bill = _guest_bill(service_stage)
    service_stage.go_offline()
    service_stage.click(bill.slip_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    text = receipt.status_text.text()
    assert "notices" not in text.lower() and "Keep your reference" in text
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    assert service_stage.city.gateway_state.slips


def test_guest_reads_petitions_but_cannot_sign(service_stage: ServiceStage) -> None:
    service_stage.sign_in_guest()
    screen = service_stage.open("petitions")
    service_stage.wait_idle(screen)

    def items() -> list[QPushButton]:
        return [
            b
            for b in screen.findChildren(QPushButton)
            if b.objectName().startswith("petitions-item-")
            and "More trees" in b.text()
            and b.isVisible()
            and b.isEnabled()
        ]

    service_stage.qtbot.waitUntil(lambda: bool(items()), timeout=10_000)  # the guest sees them
    before = service_stage.city.gateway_state.petitions["PET-001"]["signature_count"]
    service_stage.click(items()[0])
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, PetitionStep) and step.body.text()
    assert not step.can_sign() and not screen.next_button.isVisible()
    assert "sign in with your eCitizen card" in step.state.text()
    step.advance()  # nothing happens: no signature without the card
    assert screen.current is step
    assert service_stage.city.gateway_state.petitions["PET-001"]["signature_count"] == before
    render_and_audit(service_stage.host, "guest-petition")
