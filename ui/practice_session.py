"""The screens of a practice session started by staff with their card (#15.11).

A member of staff signs in with their staff card and PIN and chooses "Start practice session" on
their home screen (:attr:`ui.screens.home.HomeScreen.practice_button`); the sign-in policy of it
is :class:`kiosk.identity.sign_in_controller.SignInController`'s. While the session runs:

* the attract screen shows the :class:`PracticeNotice` ("Practice session: touch Start, then tap
  a made-up person") with "Staff: end practice";
* the sign-in screen lists the made-up people (:class:`PracticeSessionPeople`); a tap signs in
  as that person at once (their made-up card is not in any reader: the staff card is, as the
  practice session's key);
* the top bar shows the PRACTICE banner on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.demo.practice import PracticePerson
from ui.widgets.attract_notice import AttractNotice, NoticeHost
from ui.widgets.base import button, label, set_text


class PracticeNotice(AttractNotice):
    """Across the top of the attract screen while a practice session runs.

    Signals:
        end_requested(): staff touched "Staff: end practice".
    """

    notice_id = "attract-practice"
    role = "practice"
    button_name = "attract-practice-end"
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None, attract: NoticeHost | None = None) -> None:
        super().__init__(parent, attract)
        self.end_button = self.button
        self.end_button.clicked.connect(self.end_requested)
        self.hide()
        self.retranslate()

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
