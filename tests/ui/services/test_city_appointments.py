"""Book an appointment end to end against the demo city: book online (the slot is taken at the
library), book offline (queued, booked once back online), cancel a booking."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPushButton

from kiosk.records.receipts import ReceiptStatus
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
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


def _receipt(kiosk: ServiceStage, screen: AppointmentsScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _open(kiosk: ServiceStage) -> AppointmentsScreen:
    screen = kiosk.open("appointments")
    assert isinstance(screen, AppointmentsScreen) and isinstance(screen.current, KindStep)
    return screen


def _book_first_slot(kiosk: ServiceStage, screen: AppointmentsScreen, kind: str) -> ConfirmStep:
    kiosk.click(screen.findChild(QPushButton, f"appointments-kind-{kind}"))
    kiosk.wait_idle(screen)
    slots = screen.current
    assert isinstance(slots, SlotStep) and slots.slots
    kiosk.click(slots.list.buttons[0])
    confirm = screen.current
    assert isinstance(confirm, ConfirmStep)
    return confirm


def test_book_online_then_cancel(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = _open(service_stage)
    confirm = _book_first_slot(service_stage, screen, "digital-help")
    slot = confirm.slot
    when = when_text(slot.start, slot.end, "en")
    assert confirm.when.text() == when and not ISO.search(when) and "UTC" not in when
    assert confirm.yes_button.isVisible() and confirm.no_button.isVisible()
    render_and_audit(service_stage.host, "appointments-check")
    service_stage.click(confirm.yes_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text() == f"Booked: {isolate(when)}, {isolate(slot.location)}"
    lines = receipt.outcome.receipt.instructions
    assert when in lines and not any(ISO.search(ln) or "UTC" in ln for ln in lines)
    assert not service_stage.city.gateway_state.slots[slot.slot_id]["available"]
    service_stage.click(receipt.done_button)
    booking = _my_booking(service_stage)
    screen = _screen(service_stage)
    service_stage.click(booking.cancel_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    where = isolate(slot.location)
    assert check.question.text() == f"Cancel your visit on {isolate(when)} at {where}?"
    assert check.yes_button.text() == "Yes, cancel"
    render_and_audit(service_stage.host, "appointments-cancel-check")
    service_stage.click(check.no_button)  # "No, go back" cancels nothing
    assert screen.current is booking
    assert not service_stage.city.gateway_state.slots[slot.slot_id]["available"]
    service_stage.click(booking.cancel_button)
    check = screen.current
    assert isinstance(check, CheckStep)
    service_stage.click(check.yes_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text() == f"Booking cancelled: {isolate(when)}, {where}"
    assert service_stage.city.gateway_state.slots[slot.slot_id]["available"]


def _screen(kiosk: ServiceStage) -> AppointmentsScreen:
    screen = kiosk.service_screen
    assert isinstance(screen, AppointmentsScreen)
    return screen


def _my_booking(kiosk: ServiceStage) -> BookingStep:
    screen = _open(kiosk)
    kiosk.click(screen.findChild(QPushButton, "appointments-mine"))
    kiosk.wait_idle(screen)
    bookings = screen.current
    assert isinstance(bookings, BookingsStep) and len(bookings.items) == 1
    kiosk.click(bookings.list.buttons[0])
    booking = screen.current
    assert isinstance(booking, BookingStep)
    return booking


def test_change_a_booking_books_the_new_time_then_cancels_the_old(
    service_stage: ServiceStage,
) -> None:
    service_stage.sign_in()
    screen = _open(service_stage)
    confirm = _book_first_slot(service_stage, screen, "digital-help")
    old = confirm.slot
    service_stage.click(confirm.yes_button)
    service_stage.click(_receipt(service_stage, screen).done_button)
    booking = _my_booking(service_stage)
    screen = _screen(service_stage)
    service_stage.click(booking.change_button)
    service_stage.wait_idle(screen)
    slots = screen.current
    assert isinstance(slots, SlotStep) and slots.replacing is not None
    new = slots.slots[0]
    assert new.slot_id != old.slot_id  # the booked time is no longer free
    service_stage.click(slots.list.buttons[0])
    check = screen.current
    assert isinstance(check, CheckStep)
    new_when = when_text(new.start, new.end, "en")
    assert check.question.text() == f"Change your visit to {isolate(new_when)}?"
    assert when_text(old.start, old.end, "en") in check.facts.text()
    service_stage.click(check.yes_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text().startswith(f"Changed: {isolate(new_when)}")
    state = service_stage.city.gateway_state
    assert not state.slots[new.slot_id]["available"]
    service_stage.qtbot.waitUntil(lambda: state.slots[old.slot_id]["available"], timeout=10_000)


def test_a_change_that_can_only_be_queued_keeps_the_old_booking(
    service_stage: ServiceStage,
) -> None:
    """The network drops between choosing the new time and saying yes: the new booking is
    queued and may yet be refused, so the old one is not cancelled behind it."""
    service_stage.sign_in()
    screen = _open(service_stage)
    confirm = _book_first_slot(service_stage, screen, "digital-help")
    old = confirm.slot
    service_stage.click(confirm.yes_button)
    service_stage.click(_receipt(service_stage, screen).done_button)
    booking = _my_booking(service_stage)
    screen = _screen(service_stage)
    service_stage.click(booking.change_button)
    service_stage.wait_idle(screen)
    slots = screen.current
    assert isinstance(slots, SlotStep)
    new = slots.slots[0]
    service_stage.click(slots.list.buttons[0])
    check = screen.current
    assert isinstance(check, CheckStep)
    service_stage.go_offline()
    service_stage.click(check.yes_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    outbox = service_stage.core.outbox
    assert outbox is not None
    with outbox.store.read() as conn:
        cancels = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE kind = 'appointment.cancel'"
        ).scalar()
    assert cancels == 0  # nothing queued to give up the old time
    assert "Your old time stays booked" in receipt.status_title.text()
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    state = service_stage.city.gateway_state
    assert not state.slots[new.slot_id]["available"]
    assert not state.slots[old.slot_id]["available"]  # still the resident's


def test_book_offline_is_queued_then_booked(service_stage: ServiceStage) -> None:
    service_stage.sign_in("Carmen Díaz", "RES-0003")
    screen = _open(service_stage)
    confirm = _book_first_slot(service_stage, screen, "room-booking")
    slot_id = confirm.slot.slot_id
    service_stage.go_offline()
    service_stage.click(confirm.yes_button)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert receipt.status_title.text() == "Saved — will be sent when the network is back"
    assert service_stage.city.gateway_state.slots[slot_id]["available"]
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    assert not service_stage.city.gateway_state.slots[slot_id]["available"]


def test_slots_need_the_network(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = _open(service_stage)
    service_stage.go_offline()
    service_stage.click(screen.findChild(QPushButton, "appointments-kind-library-appointment"))
    service_stage.wait_idle(screen)
    assert isinstance(screen.current, KindStep) and "cannot be reached" in screen.message.text()


def test_the_check_page_reads_in_the_residents_language(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = _open(service_stage)
    confirm = _book_first_slot(service_stage, screen, "library-appointment")
    slot = confirm.slot
    service_stage.controller.set_language("es")
    settle()  # Qt delivers LanguageChange as a posted event
    expected = when_text(slot.start, slot.end, "es")
    assert confirm.when.text() == expected and not ISO.search(expected)
    weekdays = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    assert expected.startswith(weekdays) and " de " in expected
    # both answers are on screen without scrolling, at the kiosk's portrait and landscape sizes
    for width, height in ((1080, 1920), (1920, 1080)):
        service_stage.host.resize(width, height)
        settle()
        window = service_stage.host
        for widget in (confirm.yes_button, confirm.no_button):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            assert widget.isVisible() and top_left.y() + widget.height() <= window.height()
