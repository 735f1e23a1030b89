"""Book an appointment end to end against the demo city: book online (the slot is taken at the
library), book offline (queued, booked once back online), cancel a booking."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPushButton

from kiosk.records.receipts import ReceiptStatus
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from ui.a11y_walk.walk import settle
from ui.formatting import when_text
from ui.services.city.appointments import (
    AppointmentsScreen,
    BookingsStep,
    BookingStep,
    ConfirmStep,
    KindStep,
    SlotStep,
)
from ui.services.confirm_step import CheckStep
from ui.services.receipt import ReceiptStep
from ui.widgets.base import isolate

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    slot = confirm.slot
    when = when_text(slot.start, slot.end, "en")
    assert confirm.when.text() == when and not ISO.search(when) and "UTC" not in when
    assert confirm.yes_button.isVisible() and confirm.no_button.isVisible()
    render_and_audit(city_kiosk.app.window, "appointments-check")
    city_kiosk.click(confirm.yes_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text() == f"Booked: {isolate(when)}, {isolate(slot.location)}"
    lines = receipt.outcome.receipt.instructions
    assert when in lines and not any(ISO.search(ln) or "UTC" in ln for ln in lines)
    assert not city_kiosk.city.gateway_state.slots[slot.slot_id]["available"]
    city_kiosk.click(receipt.done_button)
    booking = _my_booking(city_kiosk)
    screen = _screen(city_kiosk)
    city_kiosk.click(booking.cancel_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    where = isolate(slot.location)
    assert check.question.text() == f"Cancel your visit on {isolate(when)} at {where}?"
    assert check.yes_button.text() == "Yes, cancel"
    render_and_audit(city_kiosk.app.window, "appointments-cancel-check")
    city_kiosk.click(check.no_button)  # "No, go back" cancels nothing
    assert screen.current is booking
    assert not city_kiosk.city.gateway_state.slots[slot.slot_id]["available"]
    city_kiosk.click(booking.cancel_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    city_kiosk.click(check.yes_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text() == f"Booking cancelled: {isolate(when)}, {where}"
    assert city_kiosk.city.gateway_state.slots[slot.slot_id]["available"]


def _screen(kiosk: CityKiosk) -> AppointmentsScreen:
    screen = kiosk.app.window.service_screen
    assert isinstance(screen, AppointmentsScreen)
    return screen


def _my_booking(kiosk: CityKiosk) -> BookingStep:
    screen = _open(kiosk)
    kiosk.click(screen.findChild(QPushButton, "appointments-mine"))
    kiosk.wait_idle(screen)
    bookings = screen.current
    assert isinstance(bookings, BookingsStep) and len(bookings.items) == 1
    kiosk.click(bookings.list.buttons[0])
    booking = screen.current
    assert isinstance(booking, BookingStep)
    return booking


def test_change_a_booking_books_the_new_time_then_cancels_the_old(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = _open(city_kiosk)
    confirm = _book_first_slot(city_kiosk, screen, "digital-help")
    old = confirm.slot
    city_kiosk.click(confirm.yes_button)
    city_kiosk.click(_receipt(city_kiosk, screen).done_button)
    booking = _my_booking(city_kiosk)
    screen = _screen(city_kiosk)
    city_kiosk.click(booking.change_button)
    city_kiosk.wait_idle(screen)
    slots = screen.current
    assert isinstance(slots, SlotStep) and slots.replacing is not None
    new = slots.slots[0]
    assert new.slot_id != old.slot_id  # the booked time is no longer free
    city_kiosk.click(slots.list.buttons[0])
    check = screen.current
    assert isinstance(check, CheckStep)
    new_when = when_text(new.start, new.end, "en")
    assert check.question.text() == f"Change your visit to {isolate(new_when)}?"
    assert when_text(old.start, old.end, "en") in check.facts.text()
    city_kiosk.click(check.yes_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text().startswith(f"Changed: {isolate(new_when)}")
    state = city_kiosk.city.gateway_state
    assert not state.slots[new.slot_id]["available"]
    city_kiosk.qtbot.waitUntil(lambda: state.slots[old.slot_id]["available"], timeout=10_000)


def test_a_change_that_can_only_be_queued_keeps_the_old_booking(city_kiosk: CityKiosk) -> None:
    """The network drops between choosing the new time and saying yes: the new booking is
    queued and may yet be refused, so the old one is not cancelled behind it."""
    city_kiosk.sign_in()
    screen = _open(city_kiosk)
    confirm = _book_first_slot(city_kiosk, screen, "digital-help")
    old = confirm.slot
    city_kiosk.click(confirm.yes_button)
    city_kiosk.click(_receipt(city_kiosk, screen).done_button)
    booking = _my_booking(city_kiosk)
    screen = _screen(city_kiosk)
    city_kiosk.click(booking.change_button)
    city_kiosk.wait_idle(screen)
    slots = screen.current
    assert isinstance(slots, SlotStep)
    new = slots.slots[0]
    city_kiosk.click(slots.list.buttons[0])
    check = screen.current
    assert isinstance(check, CheckStep)
    city_kiosk.go_offline()
    city_kiosk.click(check.yes_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    outbox = city_kiosk.core.outbox
    assert outbox is not None
    with outbox.store.read() as conn:
        cancels = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE kind = 'appointment.cancel'"
        ).scalar()
    assert cancels == 0  # nothing queued to give up the old time
    assert "Your old time stays booked" in receipt.status_title.text()
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    state = city_kiosk.city.gateway_state
    assert not state.slots[new.slot_id]["available"]
    assert not state.slots[old.slot_id]["available"]  # still the resident's


def test_book_offline_is_queued_then_booked(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in("Carmen Díaz", "RES-0003")
    screen = _open(city_kiosk)
    confirm = _book_first_slot(city_kiosk, screen, "room-booking")
    slot_id = confirm.slot.slot_id
    city_kiosk.go_offline()
    city_kiosk.click(confirm.yes_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert receipt.status_title.text() == "Saved — will be sent when the network is back"
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


def test_the_check_page_reads_in_the_residents_language(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = _open(city_kiosk)
    confirm = _book_first_slot(city_kiosk, screen, "library-appointment")
    slot = confirm.slot
    city_kiosk.app.controller.set_language("es")
    settle()  # Qt delivers LanguageChange as a posted event
    expected = when_text(slot.start, slot.end, "es")
    assert confirm.when.text() == expected and not ISO.search(expected)
    weekdays = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    assert expected.startswith(weekdays) and " de " in expected
    # both answers are on screen without scrolling, at the kiosk's portrait and landscape sizes
    for width, height in ((1080, 1920), (1920, 1080)):
        city_kiosk.app.window.resize(width, height)
        settle()
        window = city_kiosk.app.window
        for widget in (confirm.yes_button, confirm.no_button):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            assert widget.isVisible() and top_left.y() + widget.height() <= window.height()
