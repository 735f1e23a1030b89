"""The screens of a practice session started by staff with their card (#15.11).

A member of staff signs in with their staff card and PIN and chooses "Start practice session" on
their home screen (:attr:`ui.screens.home.HomeScreen.practice_button`); the sign-in policy of it
is :class:`kiosk.sign_in_qt.SignInController`'s. While the session runs:

* the attract screen shows the :class:`PracticeNotice` ("Practice session: touch Start, then tap
  a made-up person") with "Staff: end practice";
* the sign-in screen lists the made-up people (:class:`PracticeSessionPeople`); a tap signs in
  as that person at once (their made-up card is not in any reader: the staff card is, as the
  practice session's key);
* the top bar shows the PRACTICE banner on every screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.practice import PracticePerson
from ui.widgets.base import LANDSCAPE_RATIO, button, label, set_text

if TYPE_CHECKING:
    from ui.screens.attract import AttractScreen


class PracticeNotice(QFrame):
    """Across the top of the attract screen while a practice session runs.

    Signals:
        end_requested(): staff touched "Staff: end practice".
    """

    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None, attract: AttractScreen | None = None) -> None:
        super().__init__(parent)
        self._attract = attract
        self.setObjectName("attract-practice")
        self.setProperty("role", "practice")
        # the button under the texts on a portrait screen, beside them on a landscape one
        # (where the attract screen has no height to spare)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.columns.setContentsMargins(12, 8, 12, 8)
        self.columns.setSpacing(6)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.heading = label("subtitle", name="attract-practice-title", centred=True)
        self.body = label("body", name="attract-practice-body", centred=True)
        self.end_button = button(name="attract-practice-end")
        self.end_button.clicked.connect(self.end_requested)
        texts.addWidget(self.heading)
        texts.addWidget(self.body)
        self.columns.addLayout(texts, 1)
        self.columns.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()
        self.retranslate()

    @classmethod
    def on(cls, attract: AttractScreen) -> PracticeNotice:
        """The notice of ``attract``, put across the top of its page the first time."""
        found = attract.findChild(PracticeNotice, "attract-practice")
        if found is not None:
            return found
        page = attract.page_area.widget()
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        notice = cls(page, attract)
        layout.insertWidget(0, notice)
        return notice

    def resizeEvent(self, event: QResizeEvent) -> None:
        screen = self.window().size()
        wide = screen.width() > screen.height() * LANDSCAPE_RATIO
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction is not self.columns.direction():
            self.columns.setDirection(direction)  # LeftToRight mirrors in right-to-left
        super().resizeEvent(event)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if self._attract is not None:
            self._attract.set_notice_shown(visible)

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Practice session"))
        set_text(
            self.body,
            self.tr(
                "Touch the start button, then tap a made-up person to sign in as them. Nothing "
                "is sent to the city; everything is wiped when the practice ends."
            ),
        )
        set_text(self.end_button, self.tr("Staff: end practice"))

    def text(self) -> str:
        """What the notice says (for speech)."""
        return f"{self.heading.text()}. {self.body.text()}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PracticeSessionPeople(QWidget):
    """The made-up people on the sign-in screen of a practice session.

    Signals:
        chosen(PracticePerson): a person was tapped: sign in as them.
    """

    chosen = Signal(PracticePerson)

    def __init__(self, people: list[PracticePerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice-session-people")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = label("subtitle", name="practice-session-title")
        layout.addWidget(self.title)
        self._people = people
        self.people: dict[str, QPushButton] = {}
        for person in people:
            card = button(name=f"practice-session-{person.id}")
            card.clicked.connect(lambda _=False, p=person: self.chosen.emit(p))
            layout.addWidget(card)
            self.people[person.id] = card
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Practice: tap a made-up person to sign in as them"))
        for person in self._people:
            set_text(self.people[person.id], person.name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
