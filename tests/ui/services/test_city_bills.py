"""Pay a utility bill end to end against the demo city: account number and scanned QR,
pay online (submitted) and offline (queued, delivered once back online), counter slip."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from kiosk.receipts import ReceiptStatus
from kiosk.scan_payloads import make_bill_slip, parse_scan
from tests.helpers.city_kiosk import CityKiosk
from ui.screens.receipt import ReceiptStep
from ui.services.city.bills import BillListStep, BillsScreen, BillStep, FindBillStep


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
    city_kiosk.click(bill.pay_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert city_kiosk.city.gateway_state.bills["BILL-1001"]["status"] == "paid"


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
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
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
