"""The unread-notices badge on home: counted off the GUI thread for a signed-in resident
against the demo city, none for guests or offline, forgotten at sign-out, a late count dropped."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.services import notices
from kiosk.session.machine import EndReason
from offline_queue.connectors.gateway import GatewayClient
from tests.helpers.city_kiosk import CityKiosk, city_kiosk  # noqa: F401  (fixture)
from ui.screens.home import HomeScreen
from ui.services.base import wait_for_jobs
from ui.services.city.bills import BillsScreen, BillStep
from ui.services.confirm_step import CheckStep
from ui.services.receipt import ReceiptStep


def _unread(home: HomeScreen) -> object:
    return home.unread


def _expected(kiosk: CityKiosk, resident: str) -> tuple[int, int]:
    with GatewayClient(kiosk.city.gateway_url) as client:
        items = client.notices(resident)
    return notices.count_unread(items), notices.count_urgent(items)


def test_resident_sees_the_count_and_sign_out_forgets_it(
    city_kiosk: CityKiosk,  # noqa: F811
) -> None:
    home = city_kiosk.app.window.home
    unread, urgent = _expected(city_kiosk, "RES-0001")
    assert unread > 0
    city_kiosk.sign_in()
    city_kiosk.qtbot.waitUntil(lambda: home.notices_line.isVisible(), timeout=20_000)
    assert home.unread == (unread, urgent)
    assert str(unread) in home.notices_line.text()
    tile = home.tiles["notices"]
    assert home.notices_line.text() in tile.text()
    assert home.notices_line.text() in tile.accessibleName()
    badge = home.notices_line.text()
    city_kiosk.app.controller.end(EndReason.SIGN_OUT)
    assert _unread(home) is None and not home.notices_line.isVisible()
    assert badge not in tile.text() and badge not in tile.accessibleName()


def test_no_badge_for_guests_or_offline(city_kiosk: CityKiosk) -> None:  # noqa: F811
    home = city_kiosk.app.window.home
    city_kiosk.sign_in_guest()
    wait_for_jobs()
    QApplication.processEvents()
    assert home.unread is None and not home.notices_line.isVisible()
    city_kiosk.app.controller.end(EndReason.SIGN_OUT)
    city_kiosk.go_offline()
    city_kiosk.sign_in()
    wait_for_jobs()
    QApplication.processEvents()
    assert home.unread is None and not home.notices_line.isVisible()


def test_a_count_arriving_after_sign_out_is_dropped(city_kiosk: CityKiosk) -> None:  # noqa: F811
    home = city_kiosk.app.window.home
    city_kiosk.sign_in()
    city_kiosk.app.controller.end(EndReason.SIGN_OUT)  # before the count came back
    wait_for_jobs()
    QApplication.processEvents()
    QApplication.processEvents()
    assert home.unread is None and not home.notices_line.isVisible()


def test_a_paid_bill_loses_its_due_notice_and_urgent_badge(
    city_kiosk: CityKiosk,  # noqa: F811
) -> None:
    """Paying the bill a due notice is about retires the notice: back home, the urgent count
    drops by one (from tests/ui/services/test_city_bills.py: it needs the home screen)."""
    home = city_kiosk.app.window.home
    city_kiosk.sign_in()
    city_kiosk.qtbot.waitUntil(lambda: home.unread is not None, timeout=20_000)
    assert home.unread is not None
    urgent = home.unread[1]
    assert urgent >= 1  # "Water bill due in 10 days" (BILL-1001)
    screen = city_kiosk.open("bills")
    assert isinstance(screen, BillsScreen)
    field = screen.findChild(QLineEdit, "bills-account")
    assert field is not None
    field.setText("1001")
    city_kiosk.click(screen.next_button)
    city_kiosk.wait_idle(screen)
    city_kiosk.click(screen.findChild(QPushButton, "bills-bill-BILL-1001"))
    bill = screen.current
    assert isinstance(bill, BillStep)
    city_kiosk.click(bill.pay_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    city_kiosk.click(check.yes_button)
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    receipt = screen.current
    assert isinstance(receipt, ReceiptStep)
    before = home.unread
    city_kiosk.click(receipt.done_button)  # home counts the notices again
    city_kiosk.qtbot.waitUntil(lambda: home.unread not in (None, before), timeout=20_000)
    after: tuple[int, int] | None = home.unread
    # the due notice is retired with the bill (a "Bill paid" notice, not urgent, is new)
    assert after is not None and after[1] == urgent - 1
