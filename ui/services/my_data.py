"""My data and consent: what the city holds (from the gateway), consents changed on the spot,
and a request for a full copy (a queued transaction with a receipt).

The summary needs the network (said plainly offline); the copy request works offline too (it is
queued). A consent change is queued at once (``consents.update``, PUT of all three choices:
idempotent) and shown as saved; the personal details shown are wiped at session end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QPushButton

from kiosk.services.submit import Submission, enqueue
from offline_queue.connectors.gateway import (
    Consents,
    DataCategory,
    FieldChoice,
    FieldValidation,
    FormField,
    LocalizedText,
    Profile,
)
from ui.forms.engine import FormFlow
from ui.screens.base import button, label, set_text
from ui.services.base import ServiceScreen, Step, column
from ui.services.context import ServiceContext

CONSENTS = ("notices_email", "notices_sms", "statistics")


@dataclass(frozen=True)
class Summary:
    profile: Profile
    consents: Consents
    categories: tuple[DataCategory, ...]


class SummaryStep(Step):
    step_id = "my-data-summary"

    def __init__(self, service: MyDataScreen) -> None:
        super().__init__(service)
        self.my_data = service
        layout = column(self)
        self.note = label("body", name="my-data-note")
        self.details = label("body", name="my-data-details")
        self.categories = label("body", name="my-data-categories")
        self.consent_heading = label("subtitle", name="my-data-consents")
        for widget in (self.note, self.details, self.categories, self.consent_heading):
            layout.addWidget(widget)
        self.toggles: dict[str, QPushButton] = {}
        for name in CONSENTS:
            toggle = button("toggle", name=f"my-data-consent-{name}")
            toggle.setCheckable(True)
            toggle.clicked.connect(lambda _=False, n=name: self.my_data.consent_changed(n))
            layout.addWidget(toggle)
            self.toggles[name] = toggle
        self.saved = label("body", name="my-data-saved")
        self.copy_button = button(name="my-data-copy")
        self.copy_button.clicked.connect(service.request_copy)
        layout.addWidget(self.saved)
        layout.addWidget(self.copy_button)
        layout.addStretch(1)
        self.summary: Summary | None = None
        self.loaded = False
        self.saved_state = ""  # "" | "saved" | "failed"

    def show_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.loaded = True
        if summary is not None:
            for name, toggle in self.toggles.items():
                toggle.setChecked(bool(getattr(summary.consents, name)))
            self.my_data.statistics_choice(summary.consents.statistics)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Your data")

    def retranslate(self) -> None:
        language = self.my_data.context.language
        summary = self.summary
        if not self.loaded:
            note = self.tr("Loading…")
        elif summary is None:
            note = self.tr(
                "What the city holds about you needs the network, which is not available right "
                "now. You can still ask for a full copy: the request is saved and sent later."
            )
        else:
            note = self.tr("This is what the city holds about you.")
        set_text(self.note, note)
        online = summary is not None
        for widget in (self.details, self.categories, self.consent_heading, *self.toggles.values()):
            widget.setVisible(online)
        if summary is not None:
            p = summary.profile
            lines = [p.display_name]
            lines += [v for v in (p.address, p.email, p.phone) if v]
            self.details.setText("\n".join(lines))
            self.categories.setText(
                "\n".join(
                    self.tr("%1: %2 records, kept %3")
                    .replace("%1", c.description.get(language))
                    .replace("%2", str(c.records))
                    .replace("%3", c.retention)
                    for c in summary.categories
                )
            )
        set_text(self.consent_heading, self.tr("Your choices (tap to change)"))
        texts = {
            "notices_email": self.tr("Send me notices by e-mail"),
            "notices_sms": self.tr("Send me notices by SMS"),
            "statistics": self.tr("Count my kiosk visits in anonymous statistics"),
        }
        for name, toggle in self.toggles.items():
            state = self.tr("on") if toggle.isChecked() else self.tr("off")
            set_text(toggle, f"{texts[name]}: {state}")
        if self.saved_state == "saved":
            saved = self.tr("Your choice is saved and sent to the city.")
        elif self.saved_state == "failed":
            saved = self.tr("Your choice could not be saved. Please ask staff.")
        else:
            saved = ""
        set_text(self.saved, saved)
        self.saved.setVisible(bool(saved))
        set_text(self.copy_button, self.tr("Ask for a full copy of my data"))

    def wipe(self) -> None:
        self.summary = None
        self.details.clear()
        self.categories.clear()


def delivery_field() -> FormField:
    def t(en: str, es: str, fr: str, ar: str) -> LocalizedText:
        return LocalizedText({"en": en, "es": es, "fr": fr, "ar": ar})

    return FormField(
        name="delivery",
        type="choice",
        label=t(
            "How would you like to receive the copy?",
            "¿Cómo quiere recibir la copia?",
            "Comment souhaitez-vous recevoir la copie ?",
            "كيف تريد استلام النسخة؟",
        ),
        required=True,
        help=None,
        validation=FieldValidation(),
        choices=(
            FieldChoice(
                "email",
                t("By e-mail", "Por correo electrónico", "Par e-mail", "بالبريد الإلكتروني"),
            ),
            FieldChoice("post", t("By post", "Por correo postal", "Par courrier", "بالبريد")),
            FieldChoice(
                "pickup",
                t(
                    "Collect at the city office",
                    "Recoger en la oficina",
                    "Au guichet de la ville",
                    "الاستلام من مكتب البلدية",
                ),
            ),
        ),
    )


class MyDataScreen(ServiceScreen):
    screen_id = "service-my-data"
    service_id = "my_data"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.summary_step = SummaryStep(self)
        self.push(self.summary_step)
        self.flow: FormFlow | None = None
        core = context.core
        if core is None or core.gateway is None:
            self.summary_step.show_summary(None)
            return
        gateway = core.gateway
        subject = context.identity.subject_id

        def load() -> Summary:
            summary = Summary(
                gateway.profile(subject), gateway.consents(subject), gateway.data_summary(subject)
            )
            core.redactor.register_payload(summary.profile)  # address, e-mail, phone...
            return summary

        self.run(
            load, self.summary_step.show_summary, lambda _e: self.summary_step.show_summary(None)
        )

    def title(self) -> str:
        return self.tr("My data and consent")

    def statistics_choice(self, counted: bool) -> None:
        """The resident's statistics consent also decides whether this visit is counted."""
        from kiosk.statistics import recorder_for

        recorder = recorder_for(self.context.session)
        if recorder is not None:
            recorder.opt_out(not counted)

    def consent_changed(self, name: str) -> None:
        core = self.context.core
        step = self.summary_step
        if name == "statistics":
            self.statistics_choice(step.toggles[name].isChecked())
        if core is None:
            return
        body = {name: toggle.isChecked() for name, toggle in step.toggles.items()}
        submission = Submission(
            service_id=self.service_id,
            title=self.tr("Consent change"),
            kind="consents.update",
            payload={"params": {}, "body": body, "resident_id": self.context.identity.subject_id},
            summary="consents.update",
        )

        def saved(_result: object) -> None:
            step.saved_state = "saved"
            step.retranslate()

        def failed(_error: Exception) -> None:
            step.saved_state = "failed"
            step.retranslate()

        self.run(lambda: enqueue(core, submission), saved, failed)
        step.retranslate()

    def request_copy(self) -> None:
        language = self.context.language
        self.flow = FormFlow(
            self,
            [delivery_field()],
            lambda values: self._send_copy(str(values["delivery"])),
            title=lambda: self.tr("Full copy of my data") if language else "",
        )
        self.flow.start()

    def _send_copy(self, delivery: str) -> None:
        self.submit(
            Submission(
                service_id=self.service_id,
                title=self.tr("Copy of my data"),
                kind="data_copy.request",
                payload={
                    "params": {},
                    "body": {"delivery": delivery, "format": "pdf"},
                    "resident_id": self.context.identity.subject_id,
                },
                summary="data_copy.request",
                instructions=(self.tr("The city answers within one month."),),
            )
        )

    def wipe(self) -> None:
        super().wipe()
        if self.flow is not None:
            self.flow.wipe()
