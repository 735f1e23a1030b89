"""Election information (read only): the resident's polling station, the next elections and
their deadlines, how to register and how to vote by post. Offline: the saved public part with
the time it was valid; the resident's own station needs the network (personal, never saved).
The kiosk takes no votes (docs/services.md, "Why there is no election voting")."""

from __future__ import annotations

import datetime as dt

from civic.elections import PollingStation
from kiosk.services import elections
from kiosk.session.machine import Role
from ui import formatting
from ui.formatting import ShownWords, alone
from ui.services.base import ServiceScreen, Step
from ui.services.city.common import date_text, session_language
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import isolate, label, set_text


class ElectionsScreen(ServiceScreen):
    service_id = "elections"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-elections")
        self.push(ElectionInfoStep(self))

    def title(self) -> str:
        return self.tr("Election information")


def as_of_text(when: dt.datetime) -> str:
    """The local date and time the information was valid, as residents read it (weekday and
    month in the session language, never ISO)."""
    return formatting.moment_text(when, session_language())


class ElectionInfoStep(Step):
    step_id = "elections-info"

    def __init__(self, screen: ElectionsScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.view: elections.ElectionView | None = None
        self.status = label("body", name="elections-status")
        self.station_caption = label("subtitle", name="elections-station-caption")
        self.station = label("body", name="elections-station")
        self.dates_caption = label("subtitle", name="elections-dates-caption")
        self.dates = label("body", name="elections-dates")
        self.register_caption = label("subtitle", name="elections-register-caption")
        self.register = label("body", name="elections-register")
        self.post_caption = label("subtitle", name="elections-post-caption")
        self.post = label("body", name="elections-post")
        self.stations_caption = label("subtitle", name="elections-stations-caption")
        self.stations = label("body", name="elections-stations")
        self.no_voting = label("body", name="elections-no-voting")
        # shown once the information is loaded
        self._sections = (
            self.station_caption,
            self.station,
            self.dates_caption,
            self.dates,
            self.register_caption,
            self.register,
            self.post_caption,
            self.post,
            self.stations_caption,
            self.stations,
        )
        page(self, self.status, *self._sections, self.no_voting)
        city = screen.context.city
        if not city.available:
            self.unavailable = True
            return
        self.unavailable = False
        identity = screen.context.identity
        resident = identity.subject_id if identity.role is Role.RESIDENT else ""
        screen.run(lambda: city.elections(resident), self._loaded, self._failed)

    def title(self) -> str:
        return self.tr("Elections")

    def shown(self) -> None:
        if self.unavailable:
            self._failed(elections.ElectionsError("elections.unavailable"))

    def _failed(self, _error: Exception) -> None:
        self.owner.show_message(
            self.tr(
                "Election information is not available on this kiosk yet: it needs the "
                "network once. Please try again later or ask staff."
            )
        )

    def _loaded(self, view: elections.ElectionView) -> None:
        self.view = view
        self.retranslate()

    def _station_text(self, station: PollingStation, words: ShownWords) -> str:
        access = (
            self.tr("Step-free access.")
            if station.step_free
            else self.tr("Not step-free: ask the city for an accessible station.")
        )
        # the address keeps its order inside Arabic text
        return f"{words.text(station.name)}\n{isolate(station.address)}\n{access}"

    def retranslate(self) -> None:
        view = self.view
        loaded = view is not None
        for widget in self._sections:
            widget.setVisible(loaded)
        set_text(
            self.no_voting,
            self.tr(
                "You cannot vote at this kiosk: voting happens at your polling station or by "
                "post, where the secrecy of your vote is protected."
            ),
        )
        if view is None:
            set_text(self.status, "")
            self.status.setVisible(False)
            return
        info = view.info
        words = self.words()  # the city's words, each in its own direction
        if view.from_cache:
            status = self.tr(
                "The network is down: this is the information saved on this kiosk, as of %1. "
                "Dates can change; please check again later."
            ).replace("%1", as_of_text(info.as_of))
        else:
            status = self.tr("Information from the city as of %1.").replace(
                "%1", as_of_text(info.as_of)
            )
        set_text(self.status, status)
        self.status.setVisible(True)
        resident = self.owner.context.identity.role is Role.RESIDENT
        set_text(self.station_caption, self.tr("Your polling station"))
        self.station_caption.setVisible(resident)
        self.station.setVisible(resident)
        if view.from_cache:
            text = self.tr(
                "Your own polling station needs the network: it is not saved on this kiosk. "
                "It is also printed on the polling card sent to your home."
            )
        elif info.registration is None:
            text = self.tr(
                "The city has no polling station for you. If you think you can vote here, "
                "please ask staff or City Hall."
            )
        elif info.registration.registered:
            text = self.tr("You are registered to vote. Your polling station:") + "\n"
            text += self._station_text(info.registration.polling_station, words)
        else:
            text = self.tr(
                "You are not on the electoral roll yet. See below how to register. Once "
                "registered, your polling station will be:"
            )
            text += "\n" + self._station_text(info.registration.polling_station, words)
        set_text(self.station, text)
        set_text(self.dates_caption, self.tr("Next elections"))
        lines = []
        for e in elections.upcoming(info):
            lines.append(
                self.tr(
                    "%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal "
                    "vote by %6."
                )
                .replace("%1", words.text(e.title))
                .replace("%2", date_text(e.date))
                .replace("%3", isolate(e.polls_open))
                .replace("%4", isolate(e.polls_close))
                .replace("%5", date_text(e.registration_deadline))
                .replace("%6", date_text(e.postal_vote_deadline))
            )
        set_text(self.dates, "\n\n".join(lines) if lines else self.tr("No elections are planned."))
        set_text(self.register_caption, self.tr("How to register"))
        set_text(self.register, alone(words.text(info.how_to_register)))
        set_text(self.post_caption, self.tr("How to vote by post"))
        set_text(self.post, alone(words.text(info.how_to_vote_by_post)))
        set_text(self.stations_caption, self.tr("All polling stations"))
        set_text(
            self.stations,
            "\n\n".join(self._station_text(s, words) for s in info.polling_stations),
        )
        self.note_words(words)

    def wipe(self) -> None:
        self.view = None
        for widget in (self.station, self.dates, self.stations):
            widget.clear()
