"""Book an appointment end to end against the demo city: book online (the slot is taken at the
library), book offline (queued, booked once back online), cancel a booking."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.receipts import ReceiptStatus
from tests.helpers.city_kiosk import CityKiosk
from ui.screens.receipt import ReceiptStep
from ui.services.city.appointments import (
    AppointmentsScreen,
    BookingsStep,
    ConfirmStep,
    KindStep,
    SlotStep,
)


def _receipt(kiosk: CityKiosk, screen: AppointmentsScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _open(kiosk: CityKiosk) -> AppointmentsScreen:
    screen = kiosk.open("appointments")
    assert isinstance(screen, AppointmentsScreen) and isinstance(screen.current, KindStep)
    return screen


def _book_first_slot(kiosk: CityKiosk, screen: AppointmentsScreen, kind: str) -> ConfirmStep:
    kiosk.click(screen.findChild(QPushButton, f"appointments-kind-{kind}"))
    kiosk.wait_idle(screen)
    slots = screen.current
    assert isinstance(slots, SlotStep) and slots.slots
    kiosk.click(slots.list.buttons[0])
    confirm = screen.current
    assert isinstance(confirm, ConfirmStep)
    return confirm


def test_book_online_then_cancel(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = _open(city_kiosk)
    confirm = _book_first_slot(city_kiosk, screen, "digital-help")
    slot_id = confirm.slot.slot_id
    assert confirm.when.text()
    city_kiosk.click(screen.next_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert any(confirm.when.text()[:10] in line for line in receipt.outcome.receipt.instructions)
    assert not city_kiosk.city.gateway_state.slots[slot_id]["available"]
    city_kiosk.click(receipt.done_button)
    screen = _open(city_kiosk)
    city_kiosk.click(screen.findChild(QPushButton, "appointments-mine"))
    city_kiosk.wait_idle(screen)
    bookings = screen.current
    assert isinstance(bookings, BookingsStep) and len(bookings.items) == 1
    city_kiosk.click(bookings.list.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert city_kiosk.city.gateway_state.slots[slot_id]["available"]


def test_book_offline_is_queued_then_booked(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in("Carmen Díaz", "RES-0003")
    screen = _open(city_kiosk)
    confirm = _book_first_slot(city_kiosk, screen, "room-booking")
    slot_id = confirm.slot.slot_id
    city_kiosk.go_offline()
    city_kiosk.click(screen.next_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert city_kiosk.city.gateway_state.slots[slot_id]["available"]
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    assert not city_kiosk.city.gateway_state.slots[slot_id]["available"]


def test_slots_need_the_network(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = _open(city_kiosk)
    city_kiosk.go_offline()
    city_kiosk.click(screen.findChild(QPushButton, "appointments-kind-library-appointment"))
    city_kiosk.wait_idle(screen)
    assert isinstance(screen.current, KindStep) and "cannot be reached" in screen.message.text()
