"""A library-card holder books a library appointment (issue #15.10): the real widgets against
citysim's gateway. The patron has no resident record: the gateway gets a pseudonym of the
library card under the kiosk's key, never the library number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.identity import library_card
from kiosk.records.receipts import ReceiptStatus
from kiosk.services import appointments
from kiosk.session.machine import Role, State
from tests.helpers.city_kiosk import CityKiosk
from ui.services.city.appointments import (
    AppointmentsScreen,
    BookingsStep,
    ConfirmStep,
    KindStep,
    SlotStep,
)
from ui.services.city.library_signin import LibraryPinScreen
from ui.services.receipt import ReceiptStep

LEO_UID = "04A22B1A5C3E80"  # Leo Martin, LIB-0100, PIN 4567


@pytest.fixture(autouse=True)
def fresh_pin_counts() -> Iterator[None]:
    library_card._SHARED = None
    yield
    library_card._SHARED = None


def _sign_in_leo(kiosk: CityKiosk) -> None:
    app = kiosk.app
    app.controller.begin_sign_in()
    # a library card went in and was read (what the card bridge reports)
    app.window.signin.on_card_inserted()
    app.window.signin.on_library_card(LEO_UID)
    screen = app.window.stack.currentWidget()
    assert isinstance(screen, LibraryPinScreen)
    for digit in "4567":
        kiosk.click(screen.pinpad.keys[digit])
    kiosk.click(screen.pinpad.ok_button)
    kiosk.qtbot.waitUntil(lambda: app.controller.session.state is State.HOME, timeout=10_000)
    assert app.controller.session.identity.role is Role.PATRON


def _current(screen: AppointmentsScreen) -> object:
    """The current step (a function: mypy would keep an earlier isinstance narrowing)."""
    return screen.current


def test_holder_ids() -> None:
    key = bytes(range(32))
    assert appointments.holder_id("resident", "RES-0001", key) == "RES-0001"
    patron = appointments.holder_id("patron", "LIB-0100", key)
    assert patron.startswith("patron-") and len(patron) == len("patron-") + 32
    assert "LIB" not in patron and patron == appointments.holder_id("patron", "LIB-0100", key)
    assert patron != appointments.holder_id("patron", "LIB-0101", key)
    with pytest.raises(appointments.AppointmentError):
        appointments.holder_id("patron", "", key)


def test_library_card_holder_books_a_library_appointment(city_kiosk: CityKiosk) -> None:
    _sign_in_leo(city_kiosk)
    home = city_kiosk.app.window.home
    assert home.tiles["appointments"].isVisible()
    screen = city_kiosk.open("appointments")
    assert isinstance(screen, AppointmentsScreen) and isinstance(screen.current, KindStep)
    city_kiosk.click(screen.findChild(QPushButton, "appointments-kind-library-appointment"))
    city_kiosk.wait_idle(screen)
    slots = _current(screen)
    assert isinstance(slots, SlotStep) and slots.slots
    city_kiosk.click(slots.list.buttons[0])
    confirm = _current(screen)
    assert isinstance(confirm, ConfirmStep)
    slot = confirm.slot
    city_kiosk.click(confirm.yes_button)
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    receipt = _current(screen)
    assert isinstance(receipt, ReceiptStep)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    state = city_kiosk.city.gateway_state
    assert not state.slots[slot.slot_id]["available"]
    (booked,) = [a for a in state.appointments.values() if a["slot_id"] == slot.slot_id]
    holder = booked["resident_id"]
    assert holder.startswith("patron-") and "LIB-0100" not in holder
    # the patron sees the booking under "My bookings"
    city_kiosk.click(receipt.done_button)
    screen = city_kiosk.open("appointments")
    assert isinstance(screen, AppointmentsScreen)
    city_kiosk.click(screen.findChild(QPushButton, "appointments-mine"))
    city_kiosk.wait_idle(screen)
    bookings = _current(screen)
    assert isinstance(bookings, BookingsStep) and len(bookings.items) == 1
