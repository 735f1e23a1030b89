"""Language choice: the first question after "start", in every language at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.theme import Theme
from ui.widgets.base import Screen, label, language_buttons

PROMPTS = {
    "en": "Choose your language",
    "es": "Elija su idioma",
    "fr": "Choisissez votre langue",
    "ar": "اختر لغتك",
}
"""Shown together, each in its own language, so everyone can read one of them."""


class LanguageScreen(Screen):
    """Signals:
    language_chosen(str): a language was picked.
    """

    screen_id = "language"
    language_chosen = Signal(str)

    def __init__(self, theme: Theme, languages: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(theme, parent)
        layout = self.vbox()
        prompt = label("title", name="language-prompt", centred=True)
        prompt.setText("\n".join(PROMPTS[code] for code in languages))
        prompt.setAccessibleName(" / ".join(PROMPTS[code] for code in languages))
        layout.addWidget(prompt)
        layout.addStretch(1)
        for choice in language_buttons(
            languages, self.language_chosen, name="language", role="primary"
        ).values():
            layout.addWidget(choice)
        layout.addStretch(2)

    def title(self) -> str:
        return self.tr("Choose your language")
