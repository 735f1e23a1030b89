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

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from civic.forms import FieldChoice, FieldValidation, FormField
from civic.participation import Consultation, Petition, Question
from kiosk.services.signing import SigningError, sign_document
from kiosk.services.submit import Submission
from kiosk.session import Role
from ui.forms.engine import FormFlow
from ui.screens.base import button, label, set_text
from ui.services.base import ServiceScreen, Step, column
from ui.services.context import ServiceContext

PETITION_STATEMENT = "I support this petition."


class ListStep(Step):
    """A list of items loaded from the gateway (online only; said plainly otherwise)."""

    step_id = "participation-list"

    def __init__(
        self,
        service: ServiceScreen,
        load: Callable[[], tuple[object, ...]],
        describe: Callable[[object], str],
        opened: Callable[[object], None],
        prefix: str,
    ) -> None:
        super().__init__(service)
        self._load = load
        self._describe = describe
        self._opened = opened
        self._prefix = prefix
        layout = column(self)
        self.note = label("body", name=f"{prefix}-note")
        layout.addWidget(self.note)
        self.items_layout = QVBoxLayout()
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.items_layout)
        layout.addStretch(1)
        self.items: tuple[object, ...] | None = None
        self.error = ""
        self.buttons: list[QPushButton] = []

    def load(self) -> None:
        if self.service.context.core is None:
            self.error = "gateway.unavailable"
            self.retranslate()
            return
        self.service.run(self._load, self._loaded, self._failed)

    def _loaded(self, items: tuple[object, ...]) -> None:
        self.items = items
        self.error = ""
        for index, item in enumerate(items):
            choice = button("tile", name=f"{self._prefix}-item-{index}")
            choice.clicked.connect(lambda _=False, i=item: self._opened(i))
            self.items_layout.addWidget(choice)
            self.buttons.append(choice)
        self.retranslate()

    def _failed(self, error: Exception) -> None:
        self.error = str(getattr(error, "key", "gateway.unavailable"))
        self.retranslate()

    def retranslate(self) -> None:
        if self.error:
            text = self.tr(
                "This needs the network, which is not available right now. Please try again later."
            )
        elif self.items is None:
            text = self.tr("Loading…")
        elif not self.items:
            text = self.tr("There is nothing open right now.")
        else:
            text = ""
        set_text(self.note, text)
        self.note.setVisible(bool(text))
        for choice, item in zip(self.buttons, self.items or (), strict=False):
            set_text(choice, self._describe(item))

    def title(self) -> str:
        return self.tr("Choose")


class PetitionStep(Step):
    step_id = "petition"

    def __init__(self, service: PetitionsScreen, petition: Petition) -> None:
        super().__init__(service)
        self.petitions = service
        self.petition = petition
        layout = column(self)
        self.heading = label("subtitle", name="petition-title")
        self.body = label("body", name="petition-text")
        self.facts = label("body", name="petition-facts")
        self.state = label("subtitle", name="petition-state")
        for widget in (self.heading, self.body, self.facts, self.state):
            layout.addWidget(widget)
        layout.addStretch(1)

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
        set_text(self.heading, p.title.get(language))
        text = p.text.get(language) if p.text is not None else p.summary.get(language)
        self.body.setText(text)
        facts = (
            self.tr("%1 of %2 signatures. Open until %3.")
            .replace("%1", str(p.signature_count))
            .replace("%2", str(p.goal))
            .replace("%3", p.closes_at.date().isoformat())
        )
        if p.author:
            facts += "\n" + self.tr("Started by: %1").replace("%1", p.author)
        self.facts.setText(facts)
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
        core = context.core
        subject = context.identity.subject_id

        def load() -> tuple[object, ...]:
            assert core is not None and core.gateway is not None
            return core.gateway.petitions(subject)

        self.list = ListStep(self, load, self._describe, self._open, "petitions")
        self.push(self.list)
        self.list.load()

    def title(self) -> str:
        return self.tr("Petitions")

    @property
    def guest(self) -> bool:
        """A guest reads petitions; signing needs the card."""
        return self.context.identity.role is Role.GUEST

    def _describe(self, item: object) -> str:
        assert isinstance(item, Petition)
        text = item.title.get(self.context.language)
        if item.signed_by_me:
            return self.tr("%1 (you signed)").replace("%1", text)
        if item.status != "open":
            return self.tr("%1 (closed)").replace("%1", text)
        return text

    def _open(self, item: object) -> None:
        assert isinstance(item, Petition)
        core = self.context.core
        assert core is not None and core.gateway is not None
        gateway = core.gateway
        subject = self.context.identity.subject_id
        self.run(
            lambda: gateway.petition(item.petition_id, subject),
            lambda full: self.push(PetitionStep(self, full)),
        )

    def sign(self, petition: Petition) -> None:
        signer = self.signer()
        if signer is None:
            self.show_message(
                self.tr(
                    "Signing needs the eCitizen card you signed in with. Please sign in with "
                    "your card and PIN, or ask staff."
                )
            )
            return
        document = {"petition_id": petition.petition_id, "statement": PETITION_STATEMENT}

        def signed(signature: dict[str, str]) -> None:
            self.submit(
                Submission(
                    service_id=self.service_id,
                    title=self.tr("Petition signature"),
                    kind="petition.sign",
                    payload={
                        "params": {"petition_id": petition.petition_id},
                        "body": {"signature": signature},
                        "resident_id": self.context.identity.subject_id,
                    },
                    summary="petition.sign",
                )
            )

        self.run(lambda: sign_document(signer, document), signed, self._sign_failed)

    def _sign_failed(self, error: Exception) -> None:
        if isinstance(error, SigningError):
            self.show_message(
                self.tr("Your card did not sign. Please keep it in the reader and try again.")
            )
        else:
            self.failed(error)


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
        layout = column(self)
        self.heading = label("subtitle", name="consultation-title")
        self.body = label("body", name="consultation-text")
        self.state = label("subtitle", name="consultation-state")
        for widget in (self.heading, self.body, self.state):
            layout.addWidget(widget)
        layout.addStretch(1)

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
        set_text(self.heading, c.title.get(language))
        self.body.setText(
            c.description.get(language)
            + "\n"
            + self.tr("Open until %1.").replace("%1", c.closes_at.date().isoformat())
        )
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


def answer_text(question: Question, value: object, language: str) -> str:
    """A consultation answer as the resident chose or wrote it ("" when not answered)."""
    if value in (None, "", []):
        return ""
    labels = {c.choice_id: c.label.get(language) for c in question.choices}
    if question.kind == "single_choice":
        return labels.get(str(value), str(value))
    if question.kind == "multiple_choice" and isinstance(value, list | tuple):
        return "\n".join(labels.get(str(v), str(v)) for v in value)
    return str(value).strip()


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
        language = self.consultations.context.language
        flow = self.consultations.flow
        values = flow.values if flow is not None else {}
        for question, q, a in zip(
            self.consultation.questions, self.questions, self.answers, strict=True
        ):
            set_text(q, question.text.get(language))
            given = answer_text(question, values.get(question.question_id), language)
            set_text(a, given or self.tr("Not answered"))
        set_text(self.change_button, self.tr("Change my answers"))

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
        core = context.core
        subject = context.identity.subject_id

        def load() -> tuple[object, ...]:
            assert core is not None and core.gateway is not None
            return core.gateway.consultations(subject)

        self.list = ListStep(self, load, self._describe, self._open, "consultations")
        self.push(self.list)
        self.list.load()

    def title(self) -> str:
        return self.tr("Public consultations")

    def _describe(self, item: object) -> str:
        assert isinstance(item, Consultation)
        text = item.title.get(self.context.language)
        if item.submitted_by_me:
            return self.tr("%1 (you took part)").replace("%1", text)
        if item.status != "open":
            return self.tr("%1 (closed)").replace("%1", text)
        return text

    def _open(self, item: object) -> None:
        assert isinstance(item, Consultation)
        core = self.context.core
        assert core is not None and core.gateway is not None
        gateway = core.gateway
        subject = self.context.identity.subject_id
        self.run(
            lambda: gateway.consultation(item.consultation_id, subject),
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
        answers: list[dict[str, object]] = []
        for question in consultation.questions:
            value = flow.values.get(question.question_id)
            if value in (None, "", []):
                continue
            if question.kind == "single_choice":
                answers.append({"question_id": question.question_id, "choice_ids": [value]})
            elif question.kind == "multiple_choice":
                answers.append({"question_id": question.question_id, "choice_ids": value})
            else:
                answers.append({"question_id": question.question_id, "text": str(value).strip()})
        self.submit(
            Submission(
                service_id=self.service_id,
                title=self.tr("Consultation response"),
                kind="consultation.submit",
                payload={
                    "params": {"consultation_id": consultation.consultation_id},
                    "body": {"answers": answers},
                    "resident_id": self.context.identity.subject_id,
                },
                summary="consultation.submit",
            )
        )
        flow.wipe()

    def wipe(self) -> None:
        super().wipe()
        if self.flow is not None:
            self.flow.wipe()
