"""Permits and licences: apply for a permit or renew a licence, from the catalog.

Choose (catalog permits + the resident's renewable licences) → the catalog form (one form
engine) → ID photo when the catalog asks for one → review with the fee and the declaration →
signed by the resident's card (SHA-256 of the application, slot 9A) → queued → receipt. A new
permit type added to the city's catalog appears here without a kiosk release.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from civic.catalog import CatalogService
from civic.permits import Licence
from kiosk.records.receipts import RTL_LANGUAGES
from kiosk.services import forms, permits
from kiosk.services.backend_errors import BackendError
from kiosk.services.catalog import CatalogState
from kiosk.services.permits import Application
from ui.formatting import alone, date_text
from ui.forms.engine import FormFlow
from ui.services.base import ServiceScreen, Step, column
from ui.services.context import ServiceContext
from ui.services.photo import PhotoStep
from ui.widgets.base import button, isolate, label, set_text

PERMIT_KINDS = ("permit", "licence_renewal")


class ChooseStep(Step):
    step_id = "permits-choose"

    def __init__(self, service: PermitsScreen) -> None:
        super().__init__(service)
        self.permits = service
        layout = column(self)
        self.intro = label("body", name="permits-intro")
        self.note = label("body", name="permits-note")
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        self.list_layout = column_in(layout)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.state: CatalogState | None = None
        self.licences: tuple[Licence, ...] | None = None
        self.loaded = False

    def load(self) -> None:
        city = self.permits.context.city
        store = city.catalog()
        if store is None:
            self.loaded = True
            self.retranslate()
            return
        subject = self.permits.context.identity.subject_id

        def work() -> tuple[CatalogState, tuple[Licence, ...] | None]:
            state = store.refresh()
            try:
                licences: tuple[Licence, ...] | None = city.licences(subject)
            except BackendError:
                licences = None
            return state, licences

        self.permits.run(work, self._loaded)

    def _loaded(self, result: tuple[CatalogState, tuple[Licence, ...] | None]) -> None:
        self.state, self.licences = result
        self.loaded = True
        self._rebuild()

    def options(self) -> list[tuple[CatalogService, Licence | None]]:
        catalog = self.state.catalog if self.state is not None else None
        role = self.permits.context.identity.role.value
        return permits.choices(catalog, role, self.licences)

    def _rebuild(self) -> None:
        for old in self.buttons:
            self.list_layout.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        for svc, licence in self.options():
            name = f"permits-{'renew' if licence else 'apply'}-{svc.service_id}"
            choice = button("tile", name=name)
            choice.clicked.connect(
                lambda _=False, s=svc, lic=licence: self.permits.begin(Application(s, lic))
            )
            self.list_layout.addWidget(choice)
            self.buttons.append(choice)
        self.retranslate()

    def retranslate(self) -> None:
        language = self.permits.context.language
        set_text(self.intro, self.tr("Apply for a permit or renew a licence."))
        notes: list[str] = []
        if not self.loaded:
            notes.append(self.tr("Loading the list of permits…"))
        elif self.state is None or self.state.catalog is None:
            notes.append(
                self.tr(
                    "The list of permits is not available on this kiosk yet: it needs the "
                    "network once. Please try again later."
                )
            )
        else:
            if not self.state.fresh:
                notes.append(
                    self.tr(
                        "The network is down: this is the list of permits saved on this kiosk. "
                        "Your application will be sent when the network returns."
                    )
                )
            if self.licences is None:
                notes.append(
                    self.tr("Renewing a licence needs the network to look up your licences.")
                )
        set_text(self.note, "\n".join(notes))
        self.note.setVisible(bool(notes))
        words = self.words()  # the catalog's titles, each in its own direction
        for choice, (svc, licence) in zip(self.buttons, self.options(), strict=False):
            title = words.text(svc.title)
            if licence is None:
                text = self.tr("Apply: %1").replace("%1", title)
            else:
                # the renewal's title already says "Renew …": the date goes on its own line
                valid = self.tr("Your licence is valid until %1.").replace(
                    "%1", date_text(licence.valid_until, language)
                )
                text = f"{title}\n{valid}"
            set_text(choice, text)
        self.note_words(words)

    def title(self) -> str:
        return self.tr("Choose")


def column_in(parent_layout: QVBoxLayout) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    parent_layout.addLayout(layout)
    return layout


class ReviewStep(Step):
    """Answers, fee and the declaration; "Sign with my card and send"."""

    step_id = "permits-review"

    def __init__(self, service: PermitsScreen, application: Application, flow: FormFlow) -> None:
        super().__init__(service)
        self.permits = service
        self.application = application
        self.flow = flow
        layout = column(self)
        self.summary = label("body", name="permits-summary")
        # one row per answer: the question, and under it the answer in bold
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(service.theme.spacing // 2)
        self.fee = label("subtitle", name="permits-fee")
        self.declaration = label("body", name="permits-declaration")
        layout.addWidget(self.summary)
        layout.addLayout(self.rows)
        layout.addWidget(self.fee)
        layout.addWidget(self.declaration)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Check and sign")

    def answers(self) -> list[tuple[str, str]]:
        """The rows shown: (question, answer)."""
        found: list[tuple[str, str]] = []
        for index in range(self.rows.count()):
            row = self.rows.itemAt(index).widget()
            if row is not None:
                question, answer = row.findChildren(QLabel)
                marks = "\u200e\u200f\u2066\u2067\u2068\u2069"  # direction marks, isolates
                found.append((question.text().strip(marks), answer.text().strip(marks)))
        return found

    def _show_answers(self, answers: list[tuple[str, str, str]]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for name, question, shown in answers:
            row = QWidget()
            row.setObjectName(f"permits-answer-{name}")
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            asked = label("body", name=f"permits-answer-{name}-question")
            given = label("body", name=f"permits-answer-{name}-value")
            bold = given.font()
            bold.setBold(True)
            given.setFont(bold)
            set_text(asked, question)
            set_text(given, shown)
            box.addWidget(asked)
            box.addWidget(given)
            self.rows.addWidget(row)

    def next_text(self) -> str:
        return self.tr("Sign with my card and send")

    def retranslate(self) -> None:
        language = self.permits.context.language
        svc = self.application.service
        words = self.words()  # the catalog's words, each in its own direction
        lines = [words.text(svc.title)]
        answers: list[tuple[str, str, str]] = []
        for f in self.flow.fields:
            value = self.flow.values.get(f.name)
            if forms.is_empty(value):
                continue
            if f.type == "choice":
                chosen = next((c for c in f.choices if c.value == str(value)), None)
                shown = words.text(chosen.label) if chosen is not None else str(value)
            elif f.type == "yes_no":
                shown = self.tr("Yes") if value else self.tr("No")
            else:
                shown = str(value)
            # the question, and the answer on its own line ("Electric vehicle?" / "No"),
            # never "Question?: answer"
            # the answer's line takes the language's direction whatever its content (a plate
            # or a date in an Arabic screen stands on the right, isolated)
            mark = "\u200f" if language in RTL_LANGUAGES else "\u200e"
            answers.append((f.name, alone(words.text(f.label)), f"{mark}{isolate(shown)}"))
        if self.application.photo:
            lines.append(self.tr("Photo: taken at this kiosk"))
        set_text(self.summary, "\n".join(lines))
        self._show_answers(answers)
        self.note_words(words)
        money = svc.fee
        if money is None:
            set_text(self.fee, self.tr("No fee."))
        else:
            set_text(
                self.fee,
                self.tr("Fee: %1 %2, charged to your eCitizen account when the city processes it.")
                .replace("%1", f"{money.amount:.2f}")
                .replace("%2", money.currency),
            )
        set_text(
            self.declaration,
            self.tr(
                "I declare that this information is true and complete. My eCitizen card signs "
                "this application; I agree to pay the fee shown."
            ),
        )

    def advance(self) -> None:
        self.permits.sign_and_send(self.application, self.flow)

    def wipe(self) -> None:
        self.application.wipe()


class CounterStep(Step):
    """No camera: the resident is told how to finish at the counter."""

    step_id = "permits-counter"
    final = True

    def __init__(self, service: PermitsScreen) -> None:
        super().__init__(service)
        layout = column(self)
        self.text = label("body", name="permits-counter-text")
        self.done_button = button("primary", name="permits-counter-done")
        self.done_button.clicked.connect(service.leave)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.done_button)

    def title(self) -> str:
        return self.tr("At the counter")

    def retranslate(self) -> None:
        set_text(
            self.text,
            self.tr(
                "Please bring a recent passport-style photo and your eCitizen card to the city "
                "counter; staff will complete this application with you. Nothing was sent."
            ),
        )
        set_text(self.done_button, self.tr("Back to the services"))


class PermitsScreen(ServiceScreen):
    screen_id = "service-permits"
    service_id = "permits"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.application: Application | None = None
        self.flow: FormFlow | None = None
        self.choose = ChooseStep(self)
        self.push(self.choose)
        self.choose.load()

    def title(self) -> str:
        return self.tr("Permits and licences")

    def begin(self, application: Application) -> None:
        self.application = application
        language = self.context.language
        svc = application.service
        self.flow = FormFlow(
            self,
            svc.fields,
            lambda _values: self._form_done(),
            title=lambda: svc.title.get(language),
        )
        self.flow.start()

    def _form_done(self) -> None:
        application, flow = self.application, self.flow
        assert application is not None and flow is not None
        if permits.needs_photo(application.service):
            self.push(PhotoStep(self, self._photo_accepted, self._counter))
        else:
            self.push(ReviewStep(self, application, flow))

    def _photo_accepted(self, photo: bytes) -> None:
        application, flow = self.application, self.flow
        assert application is not None and flow is not None
        application.photo = photo
        self.push(ReviewStep(self, application, flow))

    def _counter(self) -> None:
        self.push(CounterStep(self))

    def sign_and_send(self, application: Application, flow: FormFlow) -> None:
        signer = self.signer_or_explain()
        if signer is None:
            return
        problems = flow.problems()
        if problems:
            self.show_message(self.tr("Some answers need checking. Please go back."))
            return
        self.sign_then(
            signer,
            permits.document(application, flow.body()),
            lambda sig: self._send(application, flow, sig),
        )

    def _send(self, application: Application, flow: FormFlow, signature: dict[str, str]) -> None:
        title = application.service.title.get(self.context.language)
        if self.build_and_submit(
            lambda: permits.submission(
                application, flow.body(), signature, self.context.identity.subject_id, title
            ),
            permits.PermitError,
        ):
            application.wipe()

    def wipe(self) -> None:
        super().wipe()
        if self.application is not None:
            self.application.wipe()
        if self.flow is not None:
            self.flow.wipe()
