"""City projects near the kiosk: status, budget and milestones (the saved list offline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from civic.projects import Project
from kiosk.services import projects
from kiosk.services.vocabulary import Phase, phase_of
from ui.formatting import ShownWords, alone, untrusted_text
from ui.services.base import ServiceScreen, Step
from ui.services.city.common import date_text, money_text
from ui.services.city.list_step import ListStep, ask_city
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import isolate, label, set_text


class ProjectsScreen(ServiceScreen):
    service_id = "projects"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-projects")
        self.push(ProjectListStep(self))

    def title(self) -> str:
        return self.tr("City projects near you")


def status_text(status: str, words: ShownWords | None = None, language: str | None = None) -> str:
    """A project's or milestone's status in the session language (any spelling the city uses:
    ``consultation``, ``In Progress``, ``under-construction``); a word the kiosk does not know
    is the city's own, cleaned, capitalised and isolated (noted in ``words`` when given, in
    ``language``: the language the city said its plain texts are in)."""
    names = {
        Phase.PLANNED: QCoreApplication.translate("Projects", "Planned"),
        Phase.CONSULTATION: QCoreApplication.translate(
            "Projects", "Public consultation: residents are being asked"
        ),
        Phase.IN_PROGRESS: QCoreApplication.translate("Projects", "In progress"),
        Phase.UNDER_CONSTRUCTION: QCoreApplication.translate("Projects", "Under construction"),
        Phase.ON_HOLD: QCoreApplication.translate("Projects", "On hold"),
        Phase.COMPLETED: QCoreApplication.translate("Projects", "Completed"),
        Phase.CANCELLED: QCoreApplication.translate("Projects", "Cancelled"),
    }
    phase = phase_of(status)
    if phase is not Phase.OTHER:
        return names[phase]
    word = untrusted_text(status.replace("_", " "), 40)
    word = word[:1].upper() + word[1:]
    return words.plain(word, language) if words is not None else isolate(word)


def distance_text(metres: float | None) -> str:
    if metres is None:
        return ""
    if metres < 1000:
        return f"{round(metres / 10) * 10:.0f} m"
    return f"{metres / 1000:.1f} km"


class ProjectListStep(ListStep[Project]):
    step_id = "projects-list"
    intro_name = "projects-summary"

    def __init__(self, screen: ProjectsScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.result: projects.ProjectList | None = None
        ask_city(self, lambda city: city.nearby_projects(), self._loaded, self._failed)

    def title(self) -> str:
        return self.tr("Projects")

    def _failed(self, error: Exception) -> None:
        self.owner.show_message(
            self.tr(
                "The list of projects is not available on this kiosk yet: it needs the "
                "network once. Please try again later."
            )
        )

    def _loaded(self, result: projects.ProjectList) -> None:
        self.result = result
        self.show_items(result.projects)

    def item_name(self, item: Project) -> str:
        return f"projects-{item.project_id}"

    def item_text(self, item: Project, words: ShownWords) -> str:
        status = status_text(item.status, words, item.language)
        return f"{words.text(item.title)}\n{status} · {distance_text(item.distance_m)}"

    def chosen(self, item: Project) -> None:
        self.owner.push(ProjectStep(self.owner, item))

    def intro_text(self) -> str:
        result = self.result
        if result is None:
            return ""
        if result.from_cache:
            when = date_text(result.saved_at.date()) if result.saved_at else ""
            return self.tr(
                "The network is down: this is the list saved on this kiosk on %1."
            ).replace("%1", when)
        return self.tr("Projects around this kiosk, nearest first.")


class ProjectStep(Step):
    step_id = "projects-project"

    def __init__(self, screen: ProjectsScreen, project: Project) -> None:
        super().__init__(screen)
        self.owner = screen
        self.project = project
        self.heading = label("subtitle", name="projects-title")
        self.description = label("body", name="projects-description")
        self.status = label("body", name="projects-status")
        self.budget = label("body", name="projects-budget")
        self.milestones_caption = label("subtitle", name="projects-milestones-caption")
        self.milestones = label("body", name="projects-milestones")
        page(
            self,
            self.heading,
            self.description,
            self.status,
            self.budget,
            self.milestones_caption,
            self.milestones,
        )

    def title(self) -> str:
        return self.tr("Project")

    def retranslate(self) -> None:
        p = self.project
        lang = self.owner.context.language
        words = self.words()  # the city's words, each in its own direction
        set_text(self.heading, alone(words.text(p.title)))
        set_text(self.description, alone(words.text(p.description)))
        status = status_text(p.status, words, p.language)
        set_text(self.status, self.tr("Status: %1").replace("%1", status))
        set_text(
            self.budget,
            self.tr("Budget: %1, spent so far: %2 (%3 %)")
            # amounts are isolated runs: in Arabic "5,000.00 EUR" keeps its order and the
            # share stays after it (it read "EUR (1 %) 5,000.00", #16.10)
            .replace("%1", isolate(money_text(p.budget_planned, lang)))
            .replace("%2", isolate(money_text(p.budget_spent, lang)))
            .replace("%3", str(projects.spent_percent(p))),
        )
        set_text(self.milestones_caption, self.tr("Milestones"))
        set_text(
            self.milestones,
            "\n".join(
                f"{date_text(m.due_date)} · {words.plain(m.name, p.language)}"
                f" · {status_text(m.status, words, p.language)}"
                for m in p.milestones
            ),
        )
        self.note_words(words)
