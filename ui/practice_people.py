"""Made-up people of a practice kiosk (#15.11): staff and trainees sign in as one of them by
tapping their card on screen, no Simulator needed.

Each card shows the person's name and their made-up PIN. A tap puts that person's virtual card
into the kiosk's first reader (the demo rig's vpcd slot, the same real card sign-in as with a
physical card: the trainee then types the PIN shown). Only built on a practice kiosk whose
virtual card readers are running; the cards and PINs are invented, never anyone's real ones.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.widgets.base import button, label, set_text

if TYPE_CHECKING:
    from kiosk.demo.controls import DemoPerson, VirtualReader

logger = logging.getLogger(__name__)


def practice_personas() -> list[DemoPerson]:
    """The residents a trainee can be: genuine city cards that sign in (no trick cards)."""
    from kiosk.demo.controls import practice_people  # the demo's people: practice kiosks only

    return list(practice_people())


class PracticePeople(QWidget):
    """Signals:
    chosen(str): a person's card was tapped (the persona id); their card goes into reader 1.
    """

    chosen = Signal(str)

    def __init__(self, slot: VirtualReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice-people")
        self._slot = slot
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = label("subtitle", name="practice-people-title")
        layout.addWidget(self.title)
        self.people: dict[str, QPushButton] = {}
        self._personas = practice_personas()
        for persona in self._personas:
            card = button(name=f"practice-person-{persona.id}")
            card.clicked.connect(lambda _=False, p=persona.id: self._choose(p))
            layout.addWidget(card)
            self.people[persona.id] = card
        self.retranslate()

    def _choose(self, persona: str) -> None:
        self.chosen.emit(persona)
        # the insertion waits for pcscd to see the card: off the GUI thread
        threading.Thread(
            target=self._insert, args=(persona,), name="practice-card", daemon=True
        ).start()

    def _insert(self, persona: str) -> None:
        try:
            self._slot.insert(persona)
        except Exception:  # an emulator hiccup: the trainee taps again, nothing is lost
            logger.exception("practice card could not be inserted")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Practice: tap a made-up person to sign in as them"))
        for persona in self._personas:
            set_text(
                self.people[persona.id],
                self.tr("%1 — practice PIN %2")
                .replace("%1", persona.display_name)
                .replace("%2", persona.pin),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
