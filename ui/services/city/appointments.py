"""Book a library appointment, a study room or a digital-help slot, or cancel a booking.
Free slots come live from the city (online only); booking and cancelling are queued."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from kiosk.services import appointments
from kiosk.services.submit import SubmitError
from offline_queue.connectors.gateway import Appointment, GatewayError, Slot
from ui.screens.base import label, set_text
from ui.services.base import ServiceScreen, Step, column
from ui.services.city.common import ButtonList, time_text
from ui.services.context import ServiceContext

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

    def gateway_failed(self, error: Exception) -> None:
        key = getattr(error, "key", "") if isinstance(error, (GatewayError, SubmitError)) else ""
        if key == "gateway.slot_taken":
            self.show_message(self.tr("This time was just taken. Please choose another."))
        else:
            self.show_message(self.error_text(key or "gateway.unavailable"))


class KindStep(Step):
    step_id = "appointments-kind"

    def __init__(self, screen: AppointmentsScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        layout = column(self)
        self.intro = label("body", name="appointments-intro")
        layout.addWidget(self.intro)
        self.list = ButtonList()
        layout.addWidget(self.list)
        layout.addStretch(1)
        names = [f"appointments-kind-{k}" for k in appointments.SERVICES]
        buttons = self.list.set_items([(n, "") for n in [*names, "appointments-mine"]])
        for widget, kind in zip(buttons, appointments.SERVICES, strict=False):
            widget.clicked.connect(lambda _=False, k=kind: self.choose(k))
        buttons[-1].clicked.connect(self.mine)

    def title(self) -> str:
        return self.tr("What would you like to book?")

    def choose(self, kind: str) -> None:
        core = self.owner.context.core
        if core is None or core.gateway is None:
            self.owner.show_message(self.owner.error_text("offline"))
            return
        gateway = core.gateway
        today = dt.datetime.now(dt.UTC).date()
        self.owner.run(
            lambda: appointments.free_slots(gateway, kind, today),
            lambda days: self._show_slots(kind, days),
            self.owner.gateway_failed,
        )

    def _show_slots(self, kind: str, days: tuple[appointments.DaySlots, ...]) -> None:
        self.owner.push(SlotStep(self.owner, kind, days))

    def _show_bookings(self, items: tuple[Appointment, ...]) -> None:
        self.owner.push(BookingsStep(self.owner, items))

    def mine(self) -> None:
        core = self.owner.context.core
        if core is None or core.gateway is None:
            self.owner.show_message(self.owner.error_text("offline"))
            return
        gateway = core.gateway
        resident = self.owner.context.identity.subject_id
        now = dt.datetime.now(dt.UTC)
        self.owner.run(
            lambda: appointments.upcoming(gateway.appointments(resident), now),
            self._show_bookings,
            self.owner.gateway_failed,
        )

    def retranslate(self) -> None:
        set_text(
            self.intro,
            self.tr("Free times are shown live from the library. You can also cancel a booking."),
        )
        self.list.set_texts(
            [kind_text(k) for k in appointments.SERVICES] + [self.tr("My bookings (cancel)")]
        )


class SlotStep(Step):
    step_id = "appointments-slots"

    def __init__(
        self, screen: AppointmentsScreen, kind: str, days: tuple[appointments.DaySlots, ...]
    ) -> None:
        super().__init__(screen)
        self.owner = screen
        self.kind = kind
        self.slots: list[Slot] = [s for d in days for s in d.slots][:MAX_SLOTS]
        layout = column(self)
        self.intro = label("body", name="appointments-slots-intro")
        layout.addWidget(self.intro)
        self.list = ButtonList()
        layout.addWidget(self.list)
        layout.addStretch(1)
        items = [(f"appointments-slot-{s.slot_id}", "") for s in self.slots]
        for widget, slot in zip(self.list.set_items(items), self.slots, strict=True):
            widget.clicked.connect(
                lambda _=False, s=slot: self.owner.push(ConfirmStep(self.owner, s))
            )

    def title(self) -> str:
        return kind_text(self.kind)

    def retranslate(self) -> None:
        set_text(
            self.intro,
            self.tr("Choose a time.") if self.slots else self.tr("No free times in the next days."),
        )
        self.list.set_texts([time_text(s.start, s.end) for s in self.slots])

    def wipe(self) -> None:
        self.slots = []
        self.list.set_items([])


class ConfirmStep(Step):
    step_id = "appointments-confirm"

    def __init__(self, screen: AppointmentsScreen, slot: Slot) -> None:
        super().__init__(screen)
        self.owner = screen
        self.slot = slot
        layout = column(self)
        self.what = label("subtitle", name="appointments-what")
        self.when = label("hero", name="appointments-when")
        self.where = label("body", name="appointments-where")
        for widget in (self.what, self.when, self.where):
            layout.addWidget(widget)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Check your booking")

    def next_text(self) -> str:
        return self.tr("Book this time")

    def advance(self) -> None:
        identity = self.owner.context.identity
        try:
            submission = appointments.book(self.slot, identity.subject_id, self.owner.title())
        except appointments.AppointmentError:
            self.owner.show_message(self.owner.error_text(""))
            return
        self.owner.submit(submission, self.owner.gateway_failed)

    def retranslate(self) -> None:
        lang = self.owner.context.language
        set_text(self.what, self.slot.title.get(lang))
        set_text(self.when, time_text(self.slot.start, self.slot.end))
        set_text(self.where, self.slot.location)


class BookingsStep(Step):
    step_id = "appointments-bookings"

    def __init__(self, screen: AppointmentsScreen, items: tuple[Appointment, ...]) -> None:
        super().__init__(screen)
        self.owner = screen
        self.items = items
        layout = column(self)
        self.intro = label("body", name="appointments-bookings-intro")
        layout.addWidget(self.intro)
        self.list = ButtonList()
        layout.addWidget(self.list)
        layout.addStretch(1)
        buttons = self.list.set_items(
            [(f"appointments-cancel-{a.appointment_id}", "") for a in items]
        )
        for widget, appointment in zip(buttons, items, strict=True):
            widget.clicked.connect(lambda _=False, a=appointment: self.cancel(a))

    def title(self) -> str:
        return self.tr("My bookings")

    def cancel(self, appointment: Appointment) -> None:
        identity = self.owner.context.identity
        submission = appointments.cancel(
            appointment, identity.subject_id, self.tr("Cancel a booking")
        )
        self.owner.submit(submission, self.owner.gateway_failed)

    def retranslate(self) -> None:
        set_text(
            self.intro,
            self.tr("Tap a booking to cancel it.")
            if self.items
            else self.tr("You have no bookings."),
        )
        self.list.set_texts(
            [
                self.tr("Cancel: %1, %2")
                .replace("%1", kind_text(a.service))
                .replace("%2", time_text(a.start, a.end))
                for a in self.items
            ]
        )

    def wipe(self) -> None:
        self.items = ()
        self.list.set_items([])
