"""Book a library appointment, a study room or a digital-help slot, change or cancel a booking.
Free slots come live from the city (online only); booking and cancelling are queued.

Every booking, change and cancellation passes a check step that restates it (its day, time and
place in the resident's language) with "Yes, …" / "No, go back"; the receipt then says the
outcome ("Booked: …", "Booking cancelled", "Changed: …"). A change books the new time first and
cancels the old booking only after that, in the same ordered lane, so a refused new time
(just taken) leaves the old booking as it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from civic.appointments import Appointment, Slot
from kiosk.records.receipts import ReceiptStatus
from kiosk.services import appointments
from kiosk.services.backend_errors import BackendError
from kiosk.services.submit import SubmitError, SubmitOutcome, enqueue, submit
from ui.formatting import ShownWords, alone, when_text
from ui.services.base import ServiceScreen, Step
from ui.services.city.list_step import ListStep, ask_city
from ui.services.confirm_step import CheckStep
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text

MAX_SLOTS = 20


def kind_text(kind: str) -> str:
    names = {
        "library-appointment": QCoreApplication.translate("Appointments", "Library appointment"),
        "room-booking": QCoreApplication.translate("Appointments", "Study room"),
        "digital-help": QCoreApplication.translate("Appointments", "Digital help desk"),
    }
    return names.get(kind, kind)


class AppointmentsScreen(ServiceScreen):
    service_id = "appointments"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-appointments")
        self.push(KindStep(self))

    def title(self) -> str:
        return self.tr("Book an appointment")

    def holder(self) -> str:
        """Whom the gateway books for: the resident, or a library patron's pseudonym (#15.10)."""
        identity = self.context.identity
        core = self.context.core
        key = b""
        if identity.role.value == "patron" and core is not None:
            from kiosk.session.assistance import load_or_create_key

            key = load_or_create_key(core.config.paths.data_dir)
        return appointments.holder_id(identity.role.value, identity.subject_id, key)

    def when(self, start: dt.datetime, end: dt.datetime) -> str:
        return when_text(start, end, self.context.language)

    def change(self, old: Appointment, slot: Slot) -> None:
        """Book ``slot``, then cancel ``old`` (queued behind it in the same lane)."""
        core = self.context.core
        if core is None:
            self.show_message(self.error_text("submit.unavailable"))
            return
        resident = self.holder()
        try:
            booking = appointments.book(
                slot, resident, self.tr("Change a booking"), when=self.when(slot.start, slot.end)
            )
            cancelling = appointments.cancel(
                old, resident, self.tr("Cancel a booking"), when=self.when(old.start, old.end)
            )
        except appointments.AppointmentError:
            self.show_message(self.error_text(""))
            return
        language, cancel = self.context.language, self._cancel

        def work() -> SubmitOutcome:
            outcome = submit(core, booking, language, cancel=cancel)
            # The old time is given up only once the city has confirmed the new one. A new
            # booking that could only be queued may still be refused (the time taken meanwhile):
            # cancelling the old one behind it would leave the resident with no booking at all.
            if outcome.status is ReceiptStatus.SUBMITTED or outcome.practice:
                enqueue(core, cancelling)
            return outcome

        new_when = self.when(slot.start, slot.end)

        def refused(error: Exception) -> None:
            self.gateway_failed(error)

        self.said = lambda: (
            self.tr("Changed: %1, %2. Your old time is cancelled.")
            .replace("%1", isolate(new_when))
            .replace("%2", isolate(slot.location))
        )
        self.said_queued = lambda: (
            self.tr(
                "Saved: %1, %2 will be booked when the network is back. Your old time stays "
                "booked until then: cancel it here once the new one is confirmed."
            )
            .replace("%1", isolate(new_when))
            .replace("%2", isolate(slot.location))
        )
        self.run(
            work,
            self.show_receipt,
            refused,
            busy_text=self.tr("Sending your request…"),
        )

    def gateway_failed(self, error: Exception) -> None:
        key = getattr(error, "key", "") if isinstance(error, (BackendError, SubmitError)) else ""
        if key == "gateway.slot_taken":
            self.show_message(self.tr("This time was just taken. Please choose another."))
        else:
            self.show_message(self.error_text(key or "gateway.unavailable"))


MINE = ""
"""The last item of the kinds list: the resident's own bookings."""


class KindStep(ListStep[str]):
    step_id = "appointments-kind"
    intro_name = "appointments-intro"

    def __init__(self, screen: AppointmentsScreen) -> None:
        super().__init__(screen, [*appointments.SERVICES, MINE])
        self.owner = screen

    def title(self) -> str:
        return self.tr("What would you like to book?")

    def item_name(self, item: str) -> str:
        return f"appointments-kind-{item}" if item != MINE else "appointments-mine"

    def item_text(self, item: str, words: ShownWords) -> str:
        return kind_text(item) if item != MINE else self.tr("My bookings (change or cancel)")

    def intro_text(self) -> str:
        return self.tr(
            "Free times are shown live from the library. You can also change or cancel a booking."
        )

    def chosen(self, item: str) -> None:
        if item == MINE:
            self.mine()
        else:
            self.choose(item)

    def choose(self, kind: str) -> None:
        today = dt.datetime.now(dt.UTC).date()
        ask_city(
            self,
            lambda city: city.free_slots(kind, today),
            lambda days: self._show_slots(kind, days),
            self.owner.gateway_failed,
        )

    def _show_slots(self, kind: str, days: tuple[appointments.DaySlots, ...]) -> None:
        self.owner.push(SlotStep(self.owner, kind, days))

    def _show_bookings(self, items: tuple[Appointment, ...]) -> None:
        self.owner.push(BookingsStep(self.owner, items))

    def mine(self) -> None:
        if not self.owner.context.city.available:
            self.owner.show_message(self.owner.error_text("offline"))
            return
        resident = self.owner.holder()
        now = dt.datetime.now(dt.UTC)
        ask_city(
            self,
            lambda city: city.upcoming_appointments(resident, now),
            self._show_bookings,
            self.owner.gateway_failed,
        )


class SlotStep(ListStep[Slot]):
    step_id = "appointments-slots"
    intro_name = "appointments-slots-intro"

    def __init__(
        self,
        screen: AppointmentsScreen,
        kind: str,
        days: tuple[appointments.DaySlots, ...],
        replacing: Appointment | None = None,
    ) -> None:
        super().__init__(screen, [s for d in days for s in d.slots][:MAX_SLOTS])
        self.owner = screen
        self.kind = kind
        self.replacing = replacing

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.items

    def item_name(self, item: Slot) -> str:
        return f"appointments-slot-{item.slot_id}"

    def item_text(self, item: Slot, words: ShownWords) -> str:
        return self.owner.when(item.start, item.end)

    def intro_text(self) -> str:
        return (
            self.tr("Choose a time.") if self.items else self.tr("No free times in the next days.")
        )

    def chosen(self, item: Slot) -> None:
        self.choose(item)

    def choose(self, slot: Slot) -> None:
        if self.replacing is None:
            self.owner.push(ConfirmStep(self.owner, slot))
            return
        old, owner = self.replacing, self.owner
        owner.push(
            CheckStep(
                owner,
                title=lambda: owner.tr("Check your change"),
                question=lambda: owner.tr("Change your visit to %1?").replace(
                    "%1", isolate(owner.when(slot.start, slot.end))
                ),
                facts=lambda: [
                    slot.location,
                    owner.tr("Your booking on %1 will be cancelled.").replace(
                        "%1", isolate(owner.when(old.start, old.end))
                    ),
                ],
                yes=lambda: owner.tr("Yes, change it"),
                on_yes=lambda: owner.change(old, slot),
                name="appointments-change-check",
            )
        )

    def title(self) -> str:
        return kind_text(self.kind)


class ConfirmStep(Step):
    """The booking's check page: what, when, where, then "Yes, book this time" / "No, go
    back" right under them (no scrolling to a button at the foot of the screen)."""

    step_id = "appointments-confirm"
    final = True  # its own "No, go back" replaces the screen's Back

    def __init__(self, screen: AppointmentsScreen, slot: Slot) -> None:
        super().__init__(screen)
        self.owner = screen
        self.slot = slot
        self.booked = False
        self.what = label("subtitle", name="appointments-what")
        self.when = label("title", name="appointments-when")
        self.where = label("body", name="appointments-where")
        self.yes_button = button("primary", name="appointments-book")
        self.no_button = button(name="appointments-not-book")
        page(self, self.what, self.when, self.where, self.yes_button, self.no_button)
        self.yes_button.clicked.connect(self.advance)
        self.no_button.clicked.connect(screen.back)

    def title(self) -> str:
        return self.tr("Check your booking")

    def advance(self) -> None:
        if self.booked or self.owner.busy:
            return
        slot, owner = self.slot, self.owner
        when = owner.when(slot.start, slot.end)
        try:
            submission = appointments.book(slot, owner.holder(), owner.title(), when=when)
        except appointments.AppointmentError:
            owner.show_message(owner.error_text(""))
            return
        self.booked = True
        self.yes_button.setEnabled(False)
        owner.submit(
            submission,
            owner.gateway_failed,
            said=lambda: owner.tr("Booked: %1, %2")
            .replace("%1", isolate(owner.when(slot.start, slot.end)))
            .replace("%2", isolate(slot.location)),
        )

    def retranslate(self) -> None:
        words = self.words()  # the city's words, each in its own direction
        set_text(self.what, alone(words.text(self.slot.title)))
        set_text(self.when, self.owner.when(self.slot.start, self.slot.end))
        set_text(self.where, alone(isolate(self.slot.location)))  # keeps its order
        self.note_words(words)
        set_text(self.yes_button, self.tr("Yes, book this time"))
        set_text(self.no_button, self.tr("No, go back"))


class BookingsStep(ListStep[Appointment]):
    step_id = "appointments-bookings"
    intro_name = "appointments-bookings-intro"

    def __init__(self, screen: AppointmentsScreen, items: tuple[Appointment, ...]) -> None:
        super().__init__(screen, items)
        self.owner = screen

    def title(self) -> str:
        return self.tr("My bookings")

    def item_name(self, item: Appointment) -> str:
        return f"appointments-cancel-{item.appointment_id}"

    def item_text(self, item: Appointment, words: ShownWords) -> str:
        return f"{kind_text(item.service)}\n{self.owner.when(item.start, item.end)}"

    def intro_text(self) -> str:
        if self.items:
            return self.tr("Tap a booking to change or cancel it.")
        return self.tr("You have no bookings.")

    def chosen(self, item: Appointment) -> None:
        self.owner.push(BookingStep(self.owner, item))


class BookingStep(Step):
    """One booking: its day, time and place, "Change the time" and "Cancel this booking"."""

    step_id = "appointments-booking"

    def __init__(self, screen: AppointmentsScreen, appointment: Appointment) -> None:
        super().__init__(screen)
        self.owner = screen
        self.appointment = appointment
        self.what = label("subtitle", name="appointments-booking-what")
        self.when = label("title", name="appointments-booking-when")
        self.where = label("body", name="appointments-booking-where")
        self.change_button = button(name="appointments-change")
        self.cancel_button = button(name="appointments-cancel")
        page(self, self.what, self.when, self.where, self.change_button, self.cancel_button)
        self.change_button.clicked.connect(self.change)
        self.cancel_button.clicked.connect(self.cancel)

    def title(self) -> str:
        return self.tr("Your booking")

    def change(self) -> None:
        """Pick a new time of the same kind (the old booking stays until the new one is made)."""
        old = self.appointment
        today = dt.datetime.now(dt.UTC).date()
        ask_city(
            self,
            lambda city: city.free_slots(old.service, today),
            lambda days: self.owner.push(SlotStep(self.owner, old.service, days, replacing=old)),
            self.owner.gateway_failed,
        )

    def cancel(self) -> None:
        owner, appointment = self.owner, self.appointment
        owner.push(
            CheckStep(
                owner,
                title=lambda: owner.tr("Check your cancellation"),
                question=lambda: owner.tr("Cancel your visit on %1 at %2?")
                .replace("%1", isolate(owner.when(appointment.start, appointment.end)))
                .replace("%2", isolate(appointment.location)),
                facts=lambda: [kind_text(appointment.service)],
                yes=lambda: owner.tr("Yes, cancel"),
                on_yes=self.cancel_now,
                name="appointments-cancel-check",
            )
        )

    def cancel_now(self) -> None:
        owner, appointment = self.owner, self.appointment
        when = owner.when(appointment.start, appointment.end)
        submission = appointments.cancel(
            appointment, owner.holder(), owner.tr("Cancel a booking"), when=when
        )
        owner.submit(
            submission,
            owner.gateway_failed,
            said=lambda: owner.tr("Booking cancelled: %1, %2")
            .replace("%1", isolate(owner.when(appointment.start, appointment.end)))
            .replace("%2", isolate(appointment.location)),
        )

    def retranslate(self) -> None:
        a = self.appointment
        set_text(self.what, kind_text(a.service))
        set_text(self.when, self.owner.when(a.start, a.end))
        set_text(self.where, alone(isolate(a.location)))
        set_text(self.change_button, self.tr("Change the time"))
        set_text(self.cancel_button, self.tr("Cancel this booking"))
