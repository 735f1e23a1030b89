"""Pay a utility bill end to end against the demo city: account number and scanned QR,
pay online (submitted) and offline (queued, delivered once back online), counter slip."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPushButton

from kiosk.camera.scan_payloads import make_bill_slip, parse_scan
from kiosk.records.receipts import ReceiptStatus
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.city.bills import BillListStep, BillsScreen, BillStep, FindBillStep
from ui.services.confirm_step import CheckStep
from ui.services.receipt import ReceiptStep
from ui.widgets.base import isolate


def _receipt(kiosk: ServiceStage, screen: BillsScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _find_by_account(kiosk: ServiceStage, screen: BillsScreen, account: str) -> None:
    field = screen.findChild(QLineEdit, "bills-account")
    assert field is not None
    field.setText(account)
    kiosk.click(screen.next_button)
    kiosk.wait_idle(screen)


def test_pay_by_account_number_online(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = service_stage.open("bills")
    assert isinstance(screen, BillsScreen)
    step = screen.current
    assert isinstance(step, FindBillStep)
    # no camera at this kiosk: the scan option says so, typing remains
    assert not step.scan_button.isEnabled() and "no camera" in step.scan_status.text()
    _find_by_account(service_stage, screen, "12x")
    assert screen.message.isVisible() and isinstance(screen.current, FindBillStep)
    _find_by_account(service_stage, screen, "1001")
    listing = screen.current
    assert isinstance(listing, BillListStep)
    service_stage.click(screen.findChild(QPushButton, "bills-bill-BILL-1001"))
    bill = screen.current
    assert isinstance(bill, BillStep)
    assert "45.20 EUR" in bill.amount.text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", bill.due.text())  # a date people read
    # one tap on Pay does not pay: the check step says what will happen
    service_stage.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    assert check.question.text() == f"Pay {isolate('45.20 EUR')} for {isolate('Water bill')}?"
    assert check.yes_button.text() == f"Yes, pay {isolate('45.20 EUR')}"
    assert not screen.back_button.isVisible() and check.no_button.isVisible()
    render_and_audit(service_stage.host, "bills-check")  # fits, readable, big targets
    state = service_stage.city.gateway_state
    assert state.bills["BILL-1001"]["status"] == "open" and not state.payments
    service_stage.click(check.no_button)  # "No, go back" pays nothing
    assert screen.current is bill and not state.payments
    service_stage.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    check.yes_button.click()
    check.confirm()  # a second tap (or one queued behind the first) does nothing
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text() == f"Paid {isolate('45.20 EUR')}"
    assert state.bills["BILL-1001"]["status"] == "paid"
    assert len(state.payments) == 1  # exactly once
    render_and_audit(service_stage.host, "bills-paid")


def test_scanned_bill_paid_offline_is_queued_then_delivered(service_stage: ServiceStage) -> None:
    service_stage.sign_in("Brian Otieno", "RES-0002")
    screen = service_stage.open("bills")
    assert isinstance(screen, BillsScreen)
    find = screen.current
    assert isinstance(find, FindBillStep)
    due = service_stage.city.gateway_state.bills["BILL-2001"]["due_date"]
    import datetime as dt

    qr = make_bill_slip("00002001", "BILL-2001", 3175, dt.date.fromisoformat(due))
    find.scanner.payload_read.emit(parse_scan(qr, "QRCode"))  # what the camera bridge emits
    service_stage.wait_idle(screen)
    bill = screen.current
    assert isinstance(bill, BillStep) and bill.bill.bill_id == "BILL-2001"
    service_stage.go_offline()
    service_stage.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    service_stage.click(check.yes_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert receipt.status_title.text() == "Saved — will be sent when the network is back"
    assert service_stage.city.gateway_state.bills["BILL-2001"]["status"] == "open"
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    assert service_stage.city.gateway_state.bills["BILL-2001"]["status"] == "paid"


def test_lookup_offline_says_so_and_slip_for_the_counter(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = service_stage.open("bills")
    assert isinstance(screen, BillsScreen)
    service_stage.go_offline()
    _find_by_account(service_stage, screen, "1001")
    assert "cannot be reached" in screen.message.text()
    service_stage.go_online()
    sync = service_stage.sync
    assert sync is not None
    service_stage.qtbot.waitUntil(lambda: sync.online, timeout=10_000)
    _find_by_account(service_stage, screen, "1001")
    service_stage.click(screen.findChild(QPushButton, "bills-bill-BILL-1002"))
    bill = screen.current
    assert isinstance(bill, BillStep)
    service_stage.click(bill.slip_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert service_stage.city.gateway_state.slips


def _with_camera(kiosk: ServiceStage, source: str) -> None:
    """As the demo rig does: the started core's config points the camera at a source."""
    core = kiosk.core
    devices = core.config.devices
    camera = devices.camera.model_copy(update={"driver": "emulated", "source": source})
    core.config = core.config.model_copy(
        update={"devices": devices.model_copy(update={"camera": camera})}
    )


def test_scan_the_bill_with_the_demo_camera(service_stage: ServiceStage, tmp_path: Path) -> None:
    import datetime as dt

    from kiosk.demo.camera import DemoBill, DemoCameraScene

    bill = service_stage.city.gateway_state.bills["BILL-1001"]
    scene = DemoCameraScene(
        tmp_path / "camera",
        DemoBill("00001001", "BILL-1001", 4520, dt.date.fromisoformat(bill["due_date"])),
    )
    _with_camera(service_stage, scene.source + "?fps=10")
    service_stage.sign_in()
    screen = service_stage.open("bills")
    find = screen.current
    assert isinstance(find, FindBillStep) and find.scan_button.isEnabled()
    service_stage.click(find.scan_button)
    service_stage.qtbot.waitUntil(lambda: "in front of the camera" in find.scan_status.text())
    scene.show("library_card")  # a code, but not a bill: said so, scanning goes on
    service_stage.qtbot.waitUntil(lambda: "not a bill" in screen.message.text(), timeout=10_000)
    scene.show("bill_qr")
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, BillStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, BillStep) and step.bill.bill_id == "BILL-1001"
    assert find.scanner._grabber is None  # the camera is off again


def test_missing_camera_leaves_account_entry(service_stage: ServiceStage, tmp_path: Path) -> None:
    _with_camera(service_stage, str(tmp_path / "no-such-camera") + "/")
    service_stage.sign_in()
    screen = service_stage.open("bills")
    assert isinstance(screen, BillsScreen)
    find = screen.current
    assert isinstance(find, FindBillStep)
    service_stage.click(find.scan_button)
    service_stage.qtbot.waitUntil(lambda: "not working" in find.scan_status.text(), timeout=10_000)
    assert not find.scan_button.isEnabled() and find.account.isVisible()
    _find_by_account(service_stage, screen, "1001")
    assert isinstance(screen.current, BillListStep)
