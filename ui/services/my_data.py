"""My data and consent: what the city holds (from the gateway), consents changed on the spot,
and a request for a full copy (a queued transaction with a receipt).

The summary needs the network (said plainly offline); the copy request works offline too (it is
queued). A consent change is queued at once (``consents.update``, PUT of all three choices:
idempotent) and shown as saved; the personal details shown are wiped at session end.

The screen is public: address, e-mail and phone are masked ("•••• Riera 12") until the resident
taps one, and masked again after a few seconds. Correction (GDPR Art. 16: which value is wrong
and what it should be, typed on the on-screen keyboard) and erasure (Art. 17, after saying what
erasure means and what the law makes the city keep) are queued transactions whose payloads
:mod:`kiosk.services.my_data` builds.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from civic.forms import FieldChoice, FieldValidation, FormField
from civic.residents import Consents, DataCategory, Profile
from civic.text import LocalizedText
from kiosk.services import my_data
from kiosk.services.submit import enqueue
from ui.forms.engine import FormFlow
from ui.services.base import ServiceScreen, Step, column
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text

CONSENTS = my_data.CONSENTS
MASKED = ("address", "email", "phone")  # shown masked until tapped
REVEAL_MS = 5000  # a revealed value is masked again after this long


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
        layout.addWidget(self.note)
        layout.addWidget(self.details)
        self.reveal_hint = label("body", name="my-data-reveal-hint")
        layout.addWidget(self.reveal_hint)
        self.values: dict[str, QPushButton] = {}
        self.remask: dict[str, QTimer] = {}
        for name in MASKED:
            value = button("toggle", name=f"my-data-reveal-{name}")
            value.setCheckable(True)
            value.toggled.connect(lambda on, n=name: self.revealed(n, on))
            layout.addWidget(value)
            self.values[name] = value
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda n=name: self.values[n].setChecked(False))
            self.remask[name] = timer
        for widget in (self.categories, self.consent_heading):
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
        self.correct_button = button(name="my-data-correct")
        self.correct_button.clicked.connect(service.request_correction)
        self.erase_button = button(name="my-data-erase")
        self.erase_button.clicked.connect(service.ask_erasure)
        layout.addWidget(self.saved)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.correct_button)
        layout.addWidget(self.erase_button)
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

    def revealed(self, name: str, on: bool) -> None:
        """A value was tapped: shown in full for a few seconds, then masked again."""
        if on:
            self.remask[name].start(REVEAL_MS)
        else:
            self.remask[name].stop()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Your data")

    def retranslate(self) -> None:
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
        for widget in (
            self.details,
            self.reveal_hint,
            self.categories,
            self.consent_heading,
            *self.toggles.values(),
        ):
            widget.setVisible(online)
        captions = {
            "address": self.tr("Address"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        for name, value in self.values.items():
            held = getattr(summary.profile, name) if summary is not None else ""
            value.setVisible(bool(held))
            if not held:
                continue
            shown = held if value.isChecked() else my_data.mask(name, held)
            action = self.tr("tap to hide") if value.isChecked() else self.tr("tap to show")
            # isolated so the value keeps its order inside right-to-left text; a phone number
            # or e-mail has no letter to take its direction from: always left to right
            shown = isolate(shown) if name == "address" else isolate(shown, "en")
            set_text(
                value,
                self.tr("%1: %2 (%3)")
                .replace("%1", captions[name])
                .replace("%2", shown)
                .replace("%3", action),
            )
        set_text(
            self.reveal_hint,
            self.tr("Others may see this screen: tap a detail to show it for a few seconds."),
        )
        words = self.words()  # the city's words, each in its own direction
        if summary is not None:
            self.details.setText(summary.profile.display_name)
            self.categories.setText(
                "\n".join(
                    self.tr("%1: %n record(s), kept %2", "", c.records)
                    .replace("%1", words.text(c.description))
                    .replace("%2", words.plain(c.retention, c.language))
                    for c in summary.categories
                )
            )
        self.note_words(words)
        set_text(self.consent_heading, self.tr("Your choices (tap to change)"))
        texts = {
            "notices_email": self.tr("Send me notices by e-mail"),
            "notices_sms": self.tr("Send me notices by SMS"),
            "statistics": self.tr("Count my kiosk visits in anonymous statistics"),
        }
        for name, toggle in self.toggles.items():
            on = toggle.isChecked()
            set_text(
                toggle,
                (self.tr("%1: on") if on else self.tr("%1: off")).replace("%1", texts[name]),
            )
        if self.saved_state == "saved":
            saved = self.tr("Your choice is saved and sent to the city.")
        elif self.saved_state == "failed":
            saved = self.tr("Your choice could not be saved. Please ask staff.")
        else:
            saved = ""
        set_text(self.saved, saved)
        self.saved.setVisible(bool(saved))
        set_text(self.copy_button, self.tr("Ask for a full copy of my data"))
        set_text(self.correct_button, self.tr("Something is wrong: ask for a correction"))
        set_text(self.erase_button, self.tr("Ask the city to erase my data"))

    def wipe(self) -> None:
        self.summary = None
        self.details.clear()
        self.categories.clear()
        for name, value in self.values.items():
            self.remask[name].stop()
            value.setChecked(False)
            value.setText("")


class ErasureStep(Step):
    """What erasure means and what the city must keep, before the resident asks for it."""

    step_id = "my-data-erasure"

    def __init__(self, service: MyDataScreen) -> None:
        super().__init__(service)
        self.my_data = service
        self.explanation = label("body", name="my-data-erasure-explanation")
        self.kept = label("body", name="my-data-erasure-kept")
        page(self, self.explanation, self.kept)

    def title(self) -> str:
        return self.tr("Erase my data")

    def next_text(self) -> str:
        return self.tr("Ask for erasure")

    def advance(self) -> None:
        self.my_data.send_erasure()

    def retranslate(self) -> None:
        set_text(
            self.explanation,
            self.tr(
                "Erasure means the city deletes the personal data it holds about you and no "
                "longer needs: your contact details, your choices, old appointments and notices. "
                "After erasure you can no longer use the city's online services with your "
                "current record. The city answers within one month and tells you what it erased."
            ),
        )
        summary = self.my_data.summary_step.summary
        lines = [
            self.tr(
                "Records the law makes the city keep, such as bills and payments (tax law), stay "
                "until their period ends; the rest is erased. How long each kind is kept:"
            )
        ]
        words = self.words()  # the city's words, each in its own direction
        if summary is not None:
            for c in summary.categories:
                lines.append(
                    self.tr("• %1: %2")
                    .replace("%1", words.text(c.description))
                    .replace("%2", words.plain(c.retention, c.language))
                )
        set_text(self.kept, "\n".join(lines))
        self.note_words(words)


def correction_fields() -> list[FormField]:
    def t(en: str, es: str, fr: str, ar: str) -> LocalizedText:
        return LocalizedText({"en": en, "es": es, "fr": fr, "ar": ar})

    choices = (
        FieldChoice("address", t("My address", "Mi dirección", "Mon adresse", "عنواني")),
        FieldChoice("phone", t("My phone", "Mi teléfono", "Mon téléphone", "هاتفي")),
        FieldChoice(
            "email",
            t("My e-mail", "Mi correo electrónico", "Mon e-mail", "بريدي الإلكتروني"),
        ),
        FieldChoice("display_name", t("My name", "Mi nombre", "Mon nom", "اسمي")),
    )
    return [
        FormField(
            name="field",
            type="choice",
            label=t(
                "What is wrong?",
                "¿Qué dato es incorrecto?",
                "Qu'est-ce qui est faux ?",
                "ما المعلومة الخاطئة؟",
            ),
            required=True,
            help=None,
            validation=FieldValidation(),
            choices=choices,
        ),
        FormField(
            name="correction",
            type="text",
            label=t(
                "Write it as it should be",
                "Escríbalo como debería ser",
                "Écrivez-le tel qu'il devrait être",
                "اكتبها كما يجب أن تكون",
            ),
            required=True,
            help=None,
            validation=FieldValidation(max_length=my_data.MAX_CORRECTION_CHARS),
            choices=(),
        ),
    ]


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
        core, city = context.core, context.city
        if core is None or not city.available:
            self.summary_step.show_summary(None)
            return
        subject = context.identity.subject_id

        def load() -> Summary:
            summary = Summary(
                city.profile(subject), city.consents(subject), city.data_summary(subject)
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
        from kiosk.records.statistics import recorder_for

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
        choices = {name: toggle.isChecked() for name, toggle in step.toggles.items()}
        try:
            submission = my_data.consents_update(
                self.context.identity.subject_id, choices, self.tr("Consent change")
            )
        except my_data.RequestInvalid:
            step.saved_state = "failed"
            step.retranslate()
            return

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
        self.build_and_submit(
            lambda: my_data.copy_request(
                self.context.identity.subject_id,
                delivery,
                self.tr("Copy of my data"),
                (self.tr("The city answers within one month."),),
            ),
            my_data.RequestInvalid,
        )

    def request_correction(self) -> None:
        self.flow = FormFlow(
            self,
            correction_fields(),
            lambda values: self._send_correction(
                str(values.get("field") or ""), str(values.get("correction") or "")
            ),
            title=lambda: self.tr("Correct my data"),
        )
        self.flow.start()

    def _send_correction(self, field: str, correction: str) -> None:
        try:
            submission = my_data.correction(
                self.context.identity.subject_id,
                field,
                correction,
                self.tr("Correction of my data"),
                (
                    self.tr(
                        "A clerk checks the correction and writes to you within one month. "
                        "Until then your data stays as it is."
                    ),
                ),
            )
        except my_data.RequestInvalid:
            self.show_message(self.tr("Please write the correction in plain letters and digits."))
            return
        self.submit(
            submission,
            said=lambda: self.tr("Correction requested: a clerk checks it within one month"),
        )

    def ask_erasure(self) -> None:
        self.push(ErasureStep(self))

    def send_erasure(self) -> None:
        self.build_and_submit(
            lambda: my_data.erasure(
                self.context.identity.subject_id,
                self.tr("Erasure of my data"),
                (
                    self.tr(
                        "The city answers within one month: it says what it erased and what the "
                        "law makes it keep. You can still use the kiosk until then."
                    ),
                ),
            ),
            my_data.RequestInvalid,
            said=lambda: self.tr("Erasure requested: the city answers within one month"),
        )

    def wipe(self) -> None:
        super().wipe()
        if self.flow is not None:
            self.flow.wipe()
