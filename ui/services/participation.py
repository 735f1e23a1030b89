"""Petitions and public consultations.

Both are political opinions (special-category data): what the resident signs or answers is only
in the session and in the encrypted queue payload; nothing here logs it, the queue's business
record and the receipt name only the kind of act ("Petition signature", "Consultation
response"), never which petition or what was answered. Free text is wiped at session end.

* Petitions: list, read, sign once with the card (SHA-256 of ``{"petition_id", "statement"}``
  signed in slot 9A); the back end keeps one signature per resident per petition under a
  per-petition pseudonym and the kiosk shows "already signed" from ``signed_by_me``.
* Consultations: questions with choices and free text, submitted once (``submitted_by_me``).
  Binding election voting is out of scope on purpose (see docs/services.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton

from civic.forms import FieldChoice, FieldValidation, FormField
from civic.participation import Consultation, Petition, Question
from kiosk.services import participation
from kiosk.session.machine import Role
from ui.formatting import ShownWords, alone, moment_text
from ui.forms.engine import FormFlow
from ui.services.base import ServiceScreen, Step, column
from ui.services.city import list_step as city_list
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text


class ListStep(city_list.ListStep[object]):
    """Petitions or consultations loaded from the gateway (online only; said plainly
    otherwise), as tiles named ``<prefix>-item-<n>``."""

    step_id = "participation-list"
    button_style = "tile"

    def __init__(
        self,
        service: ServiceScreen,
        load: Callable[[], tuple[object, ...]],
        describe: Callable[[object, ShownWords], str],
        opened: Callable[[object], None],
        prefix: str,
    ) -> None:
        self.intro_name = f"{prefix}-note"
        super().__init__(service)
        self.note = self.intro
        # tiles as far apart as the page's other lines (the city lists keep the style's gap)
        self.list.set_spacing(service.theme.spacing // 2)
        self._load = load
        self._describe = describe
        self._opened = opened
        self._prefix = prefix
        self.loaded = False
        self.error = ""

    @property
    def buttons(self) -> list[QPushButton]:
        return self.list.buttons

    def load(self) -> None:
        if not self.service.context.city.available:
            self.error = "gateway.unavailable"
            self.retranslate()
            return
        self.service.run(self._load, self._loaded, self._failed)

    def _loaded(self, items: tuple[object, ...]) -> None:
        self.loaded = True
        self.error = ""
        self.show_items(items)

    def _failed(self, error: Exception) -> None:
        self.error = str(getattr(error, "key", "gateway.unavailable"))
        self.retranslate()

    def item_name(self, item: object) -> str:
        return f"{self._prefix}-item-{self.items.index(item)}"

    def item_text(self, item: object, words: ShownWords) -> str:
        return self._describe(item, words)

    def chosen(self, item: object) -> None:
        self._opened(item)

    def intro_text(self) -> str:
        if self.error:
            return self.tr(
                "This needs the network, which is not available right now. Please try again later."
            )
        if not self.loaded:
            return self.tr("Loading…")
        if not self.items:
            return self.tr("There is nothing open right now.")
        return ""

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setVisible(bool(self.note.text()))

    def title(self) -> str:
        return self.tr("Choose")


class PetitionStep(Step):
    step_id = "petition"

    def __init__(self, service: PetitionsScreen, petition: Petition) -> None:
        super().__init__(service)
        self.petitions = service
        self.petition = petition
        self.heading = label("subtitle", name="petition-title")
        self.body = label("body", name="petition-text")
        self.facts = label("body", name="petition-facts")
        self.state = label("subtitle", name="petition-state")
        page(self, self.heading, self.body, self.facts, self.state)

    def can_sign(self) -> bool:
        return (
            self.petition.status == "open"
            and not self.petition.signed_by_me
            and not self.petitions.guest
        )

    def title(self) -> str:
        return self.tr("Read the petition")

    def next_text(self) -> str:
        return self.tr("Sign with my card") if self.can_sign() else ""

    def retranslate(self) -> None:
        language = self.petitions.context.language
        p = self.petition
        words = self.words()  # the city's (or the author's) words, each in its own direction
        set_text(self.heading, alone(words.text(p.title)))
        self.body.setText(alone(words.text(p.text if p.text is not None else p.summary)))
        facts = [
            # the count in the same digits as Qt's %n
            self.tr("%1 of %n signature(s).", "", p.goal).replace("%1", str(p.signature_count)),
            self.tr("Open until %1.").replace("%1", moment_text(p.closes_at, language)),
        ]
        if p.author:  # a name: isolated, not "another language"
            facts.append(self.tr("Started by: %1").replace("%1", isolate(p.author)))
        self.facts.setText("\n".join(facts))
        self.note_words(words)
        if p.signed_by_me:
            state = self.tr("You have already signed this petition.")
        elif p.status != "open":
            state = self.tr("This petition is closed.")
        elif self.petitions.guest:
            state = self.tr(
                "To sign this petition, sign in with your eCitizen card: the city counts one "
                "signature per person."
            )
        else:
            state = self.tr(
                "Signing is public support for this petition. The city counts one signature "
                "per person and does not show your name on the petition."
            )
        set_text(self.state, state)

    def advance(self) -> None:
        if self.can_sign():
            self.petitions.sign(self.petition)


class PetitionsScreen(ServiceScreen):
    screen_id = "service-petitions"
    service_id = "petitions"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        city = context.city
        subject = context.identity.subject_id

        def load() -> tuple[object, ...]:
            return city.petitions(subject)

        self.list = ListStep(self, load, self._describe, self._open, "petitions")
        self.push(self.list)
        self.list.load()

    def title(self) -> str:
        return self.tr("Petitions")

    @property
    def guest(self) -> bool:
        """A guest reads petitions; signing needs the card."""
        return self.context.identity.role is Role.GUEST

    def _describe(self, item: object, words: ShownWords) -> str:
        assert isinstance(item, Petition)
        text = words.text(item.title)
        if item.signed_by_me:
            return self.tr("%1 (you signed)").replace("%1", text)
        if item.status != "open":
            return self.tr("%1 (closed)").replace("%1", text)
        return text

    def _open(self, item: object) -> None:
        assert isinstance(item, Petition)
        city = self.context.city
        subject = self.context.identity.subject_id
        self.run(
            lambda: city.petition(item.petition_id, subject),
            lambda full: self.push(PetitionStep(self, full)),
        )

    def sign(self, petition: Petition) -> None:
        signer = self.signer_or_explain()
        if signer is None:
            return
        document = participation.petition_document(petition)

        def signed(signature: dict[str, str]) -> None:
            self.build_and_submit(
                lambda: participation.petition_signature(
                    petition,
                    self.context.identity.subject_id,
                    signature,
                    self.tr("Petition signature"),
                ),
                participation.ParticipationError,
            )

        self.sign_then(signer, document, signed)


def question_field(question: Question) -> FormField:
    """A consultation question as a form-engine field."""
    kinds = {"single_choice": "choice", "multiple_choice": "multi_choice"}
    return FormField(
        name=question.question_id,
        type=kinds.get(question.kind, "long_text"),
        label=question.text,
        required=question.required,
        help=None,
        validation=FieldValidation(max_length=question.max_length),
        choices=tuple(FieldChoice(c.choice_id, c.label) for c in question.choices),
    )


class ConsultationStep(Step):
    step_id = "consultation"

    def __init__(self, service: ConsultationsScreen, consultation: Consultation) -> None:
        super().__init__(service)
        self.consultations = service
        self.consultation = consultation
        self.heading = label("subtitle", name="consultation-title")
        self.body = label("body", name="consultation-text")
        self.state = label("subtitle", name="consultation-state")
        page(self, self.heading, self.body, self.state)

    def can_answer(self) -> bool:
        c = self.consultation
        return c.status == "open" and not c.submitted_by_me and bool(c.questions)

    def title(self) -> str:
        return self.tr("Read the consultation")

    def next_text(self) -> str:
        return self.tr("Answer") if self.can_answer() else ""

    def retranslate(self) -> None:
        language = self.consultations.context.language
        c = self.consultation
        words = self.words()  # the city's words, each in its own direction
        set_text(self.heading, alone(words.text(c.title)))
        self.body.setText(
            words.text(c.description)
            + "\n"
            + self.tr("Open until %1.").replace("%1", moment_text(c.closes_at, language))
        )
        self.note_words(words)
        if c.submitted_by_me:
            state = self.tr("You have already taken part in this consultation.")
        elif c.status != "open":
            state = self.tr("This consultation is closed.")
        else:
            state = self.tr(
                "Your answers are sent once and cannot be changed afterwards. They are used "
                "for this consultation only."
            )
        set_text(self.state, state)

    def advance(self) -> None:
        if self.can_answer():
            self.consultations.answer(self.consultation)


def answer_text(question: Question, value: object, words: ShownWords) -> str:
    """A consultation answer as the resident chose (the city's label, in its own direction) or
    wrote it (isolated: the resident's own words) ("" when not answered)."""
    if value in (None, "", []):
        return ""
    labels = {c.choice_id: words.text(c.label) for c in question.choices}
    if question.kind == "single_choice":
        return labels.get(str(value), isolate(str(value)))
    if question.kind == "multiple_choice" and isinstance(value, list | tuple):
        return "\n".join(labels.get(str(v), isolate(str(v))) for v in value)
    return "\n".join(isolate(line) for line in str(value).strip().splitlines())


class ConfirmAnswersStep(Step):
    """Check your answers: each question with the answer given, a "Change my answers" link
    back to the form (its values kept), then Send, once."""

    step_id = "consultation-confirm"

    def __init__(self, service: ConsultationsScreen, consultation: Consultation) -> None:
        super().__init__(service)
        self.consultations = service
        self.consultation = consultation
        layout = column(self)
        self.text = label("body", name="consultation-confirm-text")
        layout.addWidget(self.text)
        self.questions: list[QLabel] = []
        self.answers: list[QLabel] = []
        for question in consultation.questions:
            q = label("subtitle", name=f"consultation-summary-{question.question_id}-question")
            a = label("body", name=f"consultation-summary-{question.question_id}")
            layout.addWidget(q)
            layout.addWidget(a)
            self.questions.append(q)
            self.answers.append(a)
        self.change_button = button(name="consultation-change")
        self.change_button.clicked.connect(service.back)
        layout.addWidget(self.change_button)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Send your answers")

    def next_text(self) -> str:
        return self.tr("Send my answers")

    def retranslate(self) -> None:
        set_text(
            self.text,
            self.tr(
                "Check your answers. You can still change them. Once sent, they cannot be changed."
            ),
        )
        flow = self.consultations.flow
        values = flow.values if flow is not None else {}
        words = self.words()  # the city's questions and choices, each in its own direction
        for question, q, a in zip(
            self.consultation.questions, self.questions, self.answers, strict=True
        ):
            set_text(q, alone(words.text(question.text)))
            given = answer_text(question, values.get(question.question_id), words)
            set_text(a, given or self.tr("Not answered"))
        set_text(self.change_button, self.tr("Change my answers"))
        self.note_words(words)

    def advance(self) -> None:
        if self.consultations.busy:  # a second tap while sending sends nothing more
            return
        self.consultations.send(self.consultation)


class ConsultationsScreen(ServiceScreen):
    screen_id = "service-consultations"
    service_id = "consultations"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.flow: FormFlow | None = None
        city = context.city
        subject = context.identity.subject_id

        def load() -> tuple[object, ...]:
            return city.consultations(subject)

        self.list = ListStep(self, load, self._describe, self._open, "consultations")
        self.push(self.list)
        self.list.load()

    def title(self) -> str:
        return self.tr("Public consultations")

    def _describe(self, item: object, words: ShownWords) -> str:
        assert isinstance(item, Consultation)
        text = words.text(item.title)
        if item.submitted_by_me:
            return self.tr("%1 (you took part)").replace("%1", text)
        if item.status != "open":
            return self.tr("%1 (closed)").replace("%1", text)
        return text

    def _open(self, item: object) -> None:
        assert isinstance(item, Consultation)
        city = self.context.city
        subject = self.context.identity.subject_id
        self.run(
            lambda: city.consultation(item.consultation_id, subject),
            lambda full: self.push(ConsultationStep(self, full)),
        )

    def answer(self, consultation: Consultation) -> None:
        fields = [question_field(q) for q in consultation.questions]
        language = self.context.language
        if self.flow is not None:
            self.flow.wipe()
        self.flow = FormFlow(
            self,
            fields,
            lambda _values: self.push(ConfirmAnswersStep(self, consultation)),
            title=lambda: consultation.title.get(language),
        )
        self.flow.start()

    def send(self, consultation: Consultation) -> None:
        flow = self.flow
        assert flow is not None
        if self.build_and_submit(
            lambda: participation.consultation_response(
                consultation,
                flow.values,
                self.context.identity.subject_id,
                self.tr("Consultation response"),
            ),
            participation.ParticipationError,
        ):
            flow.wipe()

    def wipe(self) -> None:
        super().wipe()
        if self.flow is not None:
            self.flow.wipe()
