"""About this kiosk and the privacy notice: the guest's first real destination."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.config import KioskConfig
from ui.theme import Theme
from ui.widgets.base import Screen, button, label, paragraphs, set_paragraphs, set_text


class AboutScreen(Screen):
    """Signals:
    done(): the resident finished reading.
    """

    screen_id = "about"
    done = Signal()

    def __init__(self, theme: Theme, config: KioskConfig, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._config = config
        outer = self.vbox()
        self.heading = label("title", name="about-title")
        outer.addWidget(self.heading)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(theme.spacing // 2)
        self.parts = paragraphs(body, "about", ("what", "privacy", "offline", "who", "kiosk"))
        body.addStretch(1)
        outer.addWidget(self.scrolling(content), 1)
        self.done_button = button("primary", name="about-done")
        self.done_button.clicked.connect(self.done)
        outer.addWidget(self.done_button)
        self.retranslate()

    def title(self) -> str:
        return self.tr("About this kiosk and your privacy")

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        texts = {
            "what": (
                self.tr("What this kiosk does"),
                self.tr(
                    "This is a public eCitizen kiosk of the city. You can pay bills, book "
                    "library appointments, report street problems, apply for permits, sign "
                    "petitions and read your notices, with your eCitizen card, your library "
                    "card or as a guest."
                ),
            ),
            "privacy": (
                self.tr("Your privacy"),
                self.tr(
                    "Everything you type or see here is erased from the kiosk as soon as you "
                    "finish, take out your card, or leave the kiosk alone for a while. Your PIN "
                    "is checked by your card, never stored or seen by the kiosk. If you use your "
                    "fingerprint, it is compared with the copy on your card and never stored."
                ),
            ),
            "offline": (
                self.tr("When the network is down"),
                self.tr(
                    "Your request is saved on this kiosk in encrypted form and sent as soon as "
                    "the network returns. Your receipt always says whether it was sent or saved "
                    "for sending. Nothing is sent twice."
                ),
            ),
            "who": (
                self.tr("Who is responsible"),
                self.tr(
                    "The city's eCitizen office runs this kiosk. Staff at the desk can help you "
                    "and tell you how to get a copy of the data the city holds about you."
                ),
            ),
            "kiosk": (
                self.tr("This kiosk"),
                self.tr("Kiosk %1 at %2")
                .replace("%1", self._config.kiosk.id)
                .replace("%2", self._config.kiosk.site),
            ),
        }
        set_paragraphs(self.parts, texts)
        set_text(self.done_button, self.tr("Back to the services"))
