"""Pay a utility bill end to end against the demo city: account number and scanned QR,
pay online (submitted) and offline (queued, delivered once back online), counter slip."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.camera.scan_payloads import make_bill_slip, parse_scan
from kiosk.records.receipts import ReceiptStatus
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from ui.keyboard import Variant
from ui.services.city.bills import BillListStep, BillsScreen, BillStep, FindBillStep
from ui.services.confirm_step import CheckStep
from ui.services.receipt import ReceiptStep
from ui.widgets.base import isolate


def _receipt(kiosk: CityKiosk, screen: BillsScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _find_by_account(kiosk: CityKiosk, screen: BillsScreen, account: str) -> None:
    field = screen.findChild(QLineEdit, "bills-account")
    assert field is not None
    field.setText(account)
    kiosk.click(screen.next_button)
    kiosk.wait_idle(screen)


def test_pay_by_account_number_online(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    step = screen.current
    assert isinstance(step, FindBillStep)
    # no camera at this kiosk: the scan option says so, typing remains
    assert not step.scan_button.isEnabled() and "no camera" in step.scan_status.text()
    _find_by_account(city_kiosk, screen, "12x")
    assert screen.message.isVisible() and isinstance(screen.current, FindBillStep)
    _find_by_account(city_kiosk, screen, "1001")
    listing = screen.current
    assert isinstance(listing, BillListStep)
    city_kiosk.click(screen.findChild(QPushButton, "bills-bill-BILL-1001"))
    bill = screen.current
    assert isinstance(bill, BillStep)
    assert "45.20 EUR" in bill.amount.text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", bill.due.text())  # a date people read
    # one tap on Pay does not pay: the check step says what will happen
    city_kiosk.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    assert check.question.text() == f"Pay {isolate('45.20 EUR')} for {isolate('Water bill')}?"
    assert check.yes_button.text() == f"Yes, pay {isolate('45.20 EUR')}"
    assert not screen.back_button.isVisible() and check.no_button.isVisible()
    render_and_audit(city_kiosk.app.window, "bills-check")  # fits, readable, big targets
    state = city_kiosk.city.gateway_state
    assert state.bills["BILL-1001"]["status"] == "open" and not state.payments
    city_kiosk.click(check.no_button)  # "No, go back" pays nothing
    assert screen.current is bill and not state.payments
    city_kiosk.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    check.yes_button.click()
    check.confirm()  # a second tap (or one queued behind the first) does nothing
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text() == f"Paid {isolate('45.20 EUR')}"
    assert state.bills["BILL-1001"]["status"] == "paid"
    assert len(state.payments) == 1  # exactly once
    render_and_audit(city_kiosk.app.window, "bills-paid")


def test_scanned_bill_paid_offline_is_queued_then_delivered(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in("Brian Otieno", "RES-0002")
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    find = screen.current
    assert isinstance(find, FindBillStep)
    due = city_kiosk.city.gateway_state.bills["BILL-2001"]["due_date"]
    import datetime as dt

    qr = make_bill_slip("00002001", "BILL-2001", 3175, dt.date.fromisoformat(due))
    find.scanner.payload_read.emit(parse_scan(qr, "QRCode"))  # what the camera bridge emits
    city_kiosk.wait_idle(screen)
    bill = screen.current
    assert isinstance(bill, BillStep) and bill.bill.bill_id == "BILL-2001"
    city_kiosk.go_offline()
    city_kiosk.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    city_kiosk.click(check.yes_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert receipt.status_title.text() == "Saved — will be sent when the network is back"
    assert city_kiosk.city.gateway_state.bills["BILL-2001"]["status"] == "open"
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    assert city_kiosk.city.gateway_state.bills["BILL-2001"]["status"] == "paid"


def test_lookup_offline_says_so_and_slip_for_the_counter(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    city_kiosk.go_offline()
    _find_by_account(city_kiosk, screen, "1001")
    assert "cannot be reached" in screen.message.text()
    city_kiosk.go_online()
    sync = city_kiosk.app.sync
    assert sync is not None
    city_kiosk.qtbot.waitUntil(lambda: sync.online, timeout=10_000)
    _find_by_account(city_kiosk, screen, "1001")
    city_kiosk.click(screen.findChild(QPushButton, "bills-bill-BILL-1002"))
    bill = screen.current
    assert isinstance(bill, BillStep)
    city_kiosk.click(bill.slip_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert city_kiosk.city.gateway_state.slips


def _with_camera(kiosk: CityKiosk, source: str) -> None:
    """As the demo rig does: the started core's config points the camera at a source."""
    core = kiosk.core
    devices = core.config.devices
    camera = devices.camera.model_copy(update={"driver": "emulated", "source": source})
    core.config = core.config.model_copy(
        update={"devices": devices.model_copy(update={"camera": camera})}
    )


def test_scan_the_bill_with_the_demo_camera(city_kiosk: CityKiosk, tmp_path: Path) -> None:
    import datetime as dt

    from kiosk.demo.camera import DemoBill, DemoCameraScene

    bill = city_kiosk.city.gateway_state.bills["BILL-1001"]
    scene = DemoCameraScene(
        tmp_path / "camera",
        DemoBill("00001001", "BILL-1001", 4520, dt.date.fromisoformat(bill["due_date"])),
    )
    _with_camera(city_kiosk, scene.source + "?fps=10")
    city_kiosk.sign_in()
    screen = city_kiosk.open("bills")
    find = screen.current
    assert isinstance(find, FindBillStep) and find.scan_button.isEnabled()
    city_kiosk.click(find.scan_button)
    city_kiosk.qtbot.waitUntil(lambda: "in front of the camera" in find.scan_status.text())
    scene.show("library_card")  # a code, but not a bill: said so, scanning goes on
    city_kiosk.qtbot.waitUntil(lambda: "not a bill" in screen.message.text(), timeout=10_000)
    scene.show("bill_qr")
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, BillStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, BillStep) and step.bill.bill_id == "BILL-1001"
    assert find.scanner._grabber is None  # the camera is off again


def test_missing_camera_leaves_account_entry(city_kiosk: CityKiosk, tmp_path: Path) -> None:
    _with_camera(city_kiosk, str(tmp_path / "no-such-camera") + "/")
    city_kiosk.sign_in()
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    find = screen.current
    assert isinstance(find, FindBillStep)
    city_kiosk.click(find.scan_button)
    city_kiosk.qtbot.waitUntil(lambda: "not working" in find.scan_status.text(), timeout=10_000)
    assert not find.scan_button.isEnabled() and find.account.isVisible()
    _find_by_account(city_kiosk, screen, "1001")
    assert isinstance(screen.current, BillListStep)


def test_a_paid_bill_loses_its_due_notice_and_urgent_badge(city_kiosk: CityKiosk) -> None:
    home = city_kiosk.app.window.home
    city_kiosk.sign_in()
    city_kiosk.qtbot.waitUntil(lambda: home.unread is not None, timeout=20_000)
    assert home.unread is not None
    urgent = home.unread[1]
    assert urgent >= 1  # "Water bill due in 10 days" (BILL-1001)
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    _find_by_account(city_kiosk, screen, "1001")
    city_kiosk.click(screen.findChild(QPushButton, "bills-bill-BILL-1001"))
    bill = screen.current
    assert isinstance(bill, BillStep)
    city_kiosk.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    city_kiosk.click(check.yes_button)
    receipt = _receipt(city_kiosk, screen)
    before = home.unread
    city_kiosk.click(receipt.done_button)  # home counts the notices again
    city_kiosk.qtbot.waitUntil(lambda: home.unread not in (None, before), timeout=20_000)
    after: tuple[int, int] | None = home.unread
    # the due notice is retired with the bill (a "Bill paid" notice, not urgent, is new)
    assert after is not None and after[1] == urgent - 1


def test_the_account_number_takes_digits_only_from_any_keyboard(city_kiosk: CityKiosk) -> None:
    """The account number opens the numeric pad and keeps digits only, also from a hardware
    keyboard or paste (#16 item 1: it took letters and emoji before), then finds the bills."""
    city_kiosk.sign_in()
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    field = screen.findChild(QLineEdit, "bills-account")
    assert field is not None
    window = city_kiosk.app.window
    window.activateWindow()
    city_kiosk.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    keyboard = city_kiosk.app.inclusion.keyboard
    city_kiosk.qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.target is field)
    assert keyboard.variant is Variant.NUMERIC
    QTest.keyClicks(field, "10 0-ab")
    field.insert("1\U0001f600")  # paste
    assert field.text() == "1001"
    city_kiosk.click(screen.next_button)
    city_kiosk.wait_idle(screen)
    assert isinstance(screen.current, BillListStep)
