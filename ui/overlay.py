"""In-window overlays (never separate OS windows): idle warning, help, accessibility panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ui.screens.base import button, label, set_text
from ui.theme import Theme


class Overlay(QWidget):
    """A full-window dimmed layer with a centred card; follows its parent's size."""

    def __init__(self, theme: Theme, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.spacing, theme.spacing, theme.spacing, theme.spacing)
        outer.addStretch(1)
        self.card = QFrame(self)
        self.card.setProperty("role", "card")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(
            theme.spacing, theme.spacing, theme.spacing, theme.spacing
        )
        self.card_layout.setSpacing(theme.spacing)
        outer.addWidget(self.card)
        outer.addStretch(1)
        self._host = parent
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def open(self) -> None:
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        self.hide()


class IdleWarning(Overlay):
    """ "Are you still there?" with a countdown and a one-tap "I need more time".

    Signals:
        more_time_requested(): the resident wants more time.
        finish_requested(): the resident wants to finish now.
    """

    more_time_requested = Signal()
    finish_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent, "idle-warning")
        self.heading = label("title", name="idle-title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("countdown", name="idle-countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = label("body", name="idle-explain")
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_button = button("primary", name="idle-more-time")
        self.more_button.clicked.connect(self.more_time_requested)
        self.finish_button = button(name="idle-finish")
        self.finish_button.clicked.connect(self.finish_requested)
        for widget in (self.heading, self.countdown, self.explain):
            self.card_layout.addWidget(widget)
        self.card_layout.addWidget(self.more_button)
        self.card_layout.addWidget(self.finish_button)
        self._seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Are you still there?"))
        set_text(self.more_button, self.tr("I need more time"))
        set_text(self.finish_button, self.tr("Finish now"))
        self.show_seconds(self._seconds)

    def show_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(str(seconds))
        self.countdown.setAccessibleName(self.tr("%n second(s) left", "", seconds))
        self.explain.setText(
            self.tr(
                "For your privacy, this session will end and everything you entered will be "
                "erased in %n second(s).",
                "",
                seconds,
            )
        )

    def open(self) -> None:
        super().open()
        self.more_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpPanel(Overlay):
    """ "Ask staff": how to get help from a person, always in the same place."""

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent, "help-panel")
        self.heading = label("title", name="help-title")
        self.body = label("body", name="help-body")
        self.close_button = button("primary", name="help-close")
        self.close_button.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.body)
        self.card_layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Ask a member of staff"))
        self.body.setText(
            self.tr(
                "Staff at the desk can help you use this kiosk, sit with you while you do it, "
                "or do your request at the counter. You never have to tell anyone your PIN."
            )
        )
        set_text(self.close_button, self.tr("Back to what I was doing"))

    def open(self) -> None:
        super().open()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AccessPanel(Overlay):
    """Language and access modes, reachable from every screen.

    Signals:
        language_chosen(str): a language was picked.
        preference_toggled(str, bool): large text, high contrast or read aloud changed.
    """

    language_chosen = Signal(str)
    preference_toggled = Signal(str, bool)

    def __init__(self, theme: Theme, parent: QWidget, languages: tuple[str, ...]) -> None:
        super().__init__(theme, parent, "access-panel")
        from ui.screens.attract import LANGUAGE_NAMES

        self.heading = label("title", name="access-title")
        self.card_layout.addWidget(self.heading)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in languages:
            choice = button(name=f"access-lang-{code}")
            set_text(choice, LANGUAGE_NAMES[code])
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.card_layout.addWidget(choice)
            self.language_buttons[code] = choice
        self.toggles: dict[str, QPushButton] = {}
        for name in ("large_text", "high_contrast", "speech"):
            toggle = button("toggle", name=f"access-{name.replace('_', '-')}")
            toggle.setCheckable(True)
            toggle.toggled.connect(lambda on, n=name: self.preference_toggled.emit(n, on))
            self.card_layout.addWidget(toggle)
            self.toggles[name] = toggle
        self.close_button = button("primary", name="access-close")
        self.close_button.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Language and display"))
        set_text(self.toggles["large_text"], self.tr("Large text"))
        set_text(self.toggles["high_contrast"], self.tr("High contrast"))
        set_text(self.toggles["speech"], self.tr("Read aloud"))
        set_text(self.close_button, self.tr("Done"))

    def show_preferences(self, large_text: bool, high_contrast: bool, speech: bool) -> None:
        for name, value in (
            ("large_text", large_text),
            ("high_contrast", high_contrast),
            ("speech", speech),
        ):
            toggle = self.toggles[name]
            toggle.blockSignals(True)
            toggle.setChecked(value)
            toggle.blockSignals(False)

    def open(self) -> None:
        super().open()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
