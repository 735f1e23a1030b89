"""In-window overlays (never separate OS windows): idle warning, help, accessibility panel."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.base import (
    button,
    isolate,
    label,
    language_buttons,
    set_text,
    show_toggles,
    touch_scrolling,
)

logger = logging.getLogger(__name__)


class Overlay(QWidget):
    """A full-window dimmed layer with a centred card; follows its parent's size."""

    def __init__(self, theme: Theme, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the card scrolls when large text makes it taller than the window (nothing clipped)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName(f"{name}-scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        touch_scrolling(self.scroller)
        self.scroller.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        inner = QWidget()
        self.scroller.setWidget(inner)
        outer.addWidget(self.scroller)
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(theme.spacing, theme.spacing, theme.spacing, theme.spacing)
        outer.addStretch(1)
        self.card = QFrame(inner)
        self.card.setProperty("role", "card")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(
            theme.spacing, theme.spacing, theme.spacing, theme.spacing
        )
        self.card_layout.setSpacing(theme.spacing)
        outer.addWidget(self.card)
        outer.addStretch(1)
        self._host = parent
        self._return_focus: QWidget | None = None
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def focus_target(self) -> QWidget | None:
        """The widget that gets the focus whenever the overlay opens (None: leave it)."""
        return None

    def open(self) -> None:
        focus = self._host.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_focus = focus
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        target = self.focus_target()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_overlay(self) -> None:
        """Hide; focus goes back where it was (a keypad user keeps their place)."""
        was_open = self.isVisible()
        self.hide()
        back, self._return_focus = self._return_focus, None
        try:
            if was_open and back is not None and back.isVisible():
                back.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the widget was deleted meanwhile (its screen was dropped)
            logger.debug("focus target of %s is gone", self.objectName())

    def title(self) -> str:
        """What speech reads first when the overlay opens."""
        heading = getattr(self, "heading", None)
        return heading.text() if heading is not None else ""

    def retranslate(self) -> None:
        """Set every visible text (again on a language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


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
        self.heading = label("title", name="idle-title", centred=True)
        self.countdown = label("countdown", name="idle-countdown", centred=True)
        self.explain = label("body", name="idle-explain", centred=True)
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

    def focus_target(self) -> QWidget | None:
        return self.more_button


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

    def focus_target(self) -> QWidget | None:
        return self.close_button


class AccessPanel(Overlay):
    """Language and access modes, reachable from every screen.

    Signals:
        language_chosen(str): a language was picked.
        preference_toggled(str, bool): large text, high contrast, read aloud or simplified changed.
        speech_command(str): "repeat", "slower", "louder" or "quieter" (speech controls, A11Y-03).
    """

    language_chosen = Signal(str)
    preference_toggled = Signal(str, bool)
    speech_command = Signal(str)

    PREFERENCES = ("large_text", "high_contrast", "speech", "simplified")
    SPEECH_COMMANDS = ("repeat", "slower", "louder", "quieter")

    def __init__(self, theme: Theme, parent: QWidget, languages: tuple[str, ...]) -> None:
        super().__init__(theme, parent, "access-panel")
        self.heading = label("title", name="access-title")
        self.card_layout.addWidget(self.heading)
        self.language_buttons = language_buttons(
            languages, self.language_chosen, name="access-lang"
        )
        grid = QGridLayout()
        grid.setSpacing(theme.spacing // 2)
        for index, choice in enumerate(self.language_buttons.values()):
            grid.addWidget(choice, index // 2, index % 2)
        self.card_layout.addLayout(grid)
        self.toggles: dict[str, QPushButton] = {}
        for name in self.PREFERENCES:
            toggle = button("toggle", name=f"access-{name.replace('_', '-')}")
            toggle.setCheckable(True)
            toggle.toggled.connect(lambda on, n=name: self.preference_toggled.emit(n, on))
            self.card_layout.addWidget(toggle)
            self.toggles[name] = toggle
        self.speech_box = QWidget()
        speech_grid = QGridLayout(self.speech_box)
        speech_grid.setContentsMargins(0, 0, 0, 0)
        speech_grid.setSpacing(theme.spacing // 2)
        self.speech_buttons: dict[str, QPushButton] = {}
        for index, command in enumerate(self.SPEECH_COMMANDS):
            control = button(name=f"access-speech-{command}")
            control.clicked.connect(lambda _=False, c=command: self.speech_command.emit(c))
            speech_grid.addWidget(control, index // 2, index % 2)
            self.speech_buttons[command] = control
        self.speech_box.setVisible(False)
        self.card_layout.addWidget(self.speech_box)
        self.close_button = button("primary", name="access-close")
        self.close_button.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Language and display"))
        set_text(self.toggles["large_text"], self.tr("Large text"))
        set_text(self.toggles["high_contrast"], self.tr("High contrast"))
        set_text(self.toggles["speech"], self.tr("Read aloud"))
        set_text(self.toggles["simplified"], self.tr("Simple mode"))
        set_text(self.speech_buttons["repeat"], self.tr("Say it again"))
        set_text(self.speech_buttons["slower"], self.tr("Speak slower"))
        set_text(self.speech_buttons["louder"], self.tr("Louder"))
        set_text(self.speech_buttons["quieter"], self.tr("Quieter"))
        set_text(self.close_button, self.tr("Done"))

    def show_preferences(
        self, large_text: bool, high_contrast: bool, speech: bool, simplified: bool | None = None
    ) -> None:
        show_toggles(self.toggles, large_text, high_contrast, speech, simplified)
        self.speech_box.setVisible(self.toggles["speech"].isChecked())

    def focus_target(self) -> QWidget | None:
        return self.close_button


class AssistConfirm(Overlay):
    """The resident agrees (or not) that a member of staff helps them (AD-01).

    Signals:
        accepted(): the resident agreed.
        declined(): the resident said no.
    """

    accepted = Signal()
    declined = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent, "assist-confirm")
        self.heading = label("title", name="assist-title")
        self.body = label("body", name="assist-body")
        self.yes_button = button("primary", name="assist-yes")
        self.no_button = button(name="assist-no")
        self.yes_button.clicked.connect(self.accepted)
        self.no_button.clicked.connect(self.declined)
        for widget in (self.heading, self.body, self.yes_button, self.no_button):
            self.card_layout.addWidget(widget)
        self._helper = ""
        self._unavailable = False
        self.retranslate()

    def ask(self, helper_name: str) -> None:
        self._helper = isolate(helper_name)
        self._unavailable = False
        self.retranslate()
        self.open()
        self.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_unavailable(self) -> None:
        """Assistance could not start because it cannot be recorded (the audit log's disk is
        full or failing): say so; the only answer is "Close" (``declined``)."""
        self._helper = ""
        self._unavailable = True
        self.retranslate()
        self.open()
        self.no_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget(self) -> None:
        """Drop the helper's name from the texts (the question was answered or withdrawn)."""
        self._helper = ""
        self._unavailable = False
        self.retranslate()

    def retranslate(self) -> None:
        self.yes_button.setVisible(not self._unavailable)
        if self._unavailable:
            set_text(self.heading, self.tr("Help cannot start right now"))
            self.body.setText(
                self.tr(
                    "Every assisted session is recorded, to protect residents, and this kiosk "
                    "cannot record one right now. The resident can go on alone. Please report "
                    "the kiosk to a technician."
                )
            )
            set_text(self.no_button, self.tr("Close"))
            return
        set_text(self.heading, self.tr("Would you like help from %1?").replace("%1", self._helper))
        self.body.setText(
            self.tr(
                "%1 is a member of staff. They can see the screen and type for you when you "
                "ask. Your PIN, fingerprint, photo and declarations are done by you alone. "
                "Either of you can end the session at any time."
            ).replace("%1", self._helper)
        )
        set_text(self.yes_button, self.tr("Yes, help me"))
        set_text(self.no_button, self.tr("No, thank you"))


class StepBack(Overlay):
    """ "Helper, please step back": shown before a step only the resident may do (AD-02).

    Signals:
        resident_ready(str): the resident confirmed they are alone for this step (its name).
    """

    resident_ready = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(theme, parent, "step-back")
        self.heading = label("title", name="step-back-title")
        self.body = label("body", name="step-back-body")
        self.ready_button = button("primary", name="step-back-ready")
        self.ready_button.clicked.connect(self._ready)
        for widget in (self.heading, self.body, self.ready_button):
            self.card_layout.addWidget(widget)
        self.step = ""
        self.retranslate()

    def ask(self, step: str) -> None:
        self.step = step
        self.retranslate()
        self.open()
        self.ready_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ready(self) -> None:
        step = self.step
        self.close_overlay()
        self.resident_ready.emit(step)

    def _explain(self) -> str:
        texts = {
            "pin": self.tr(
                "Only you can type your PIN. Your helper will step away until you are done."
            ),
            "fingerprint": self.tr(
                "Only you can put your finger on the reader. Your helper will step away until "
                "you are done."
            ),
            "photo": self.tr(
                "Only you can be in your photo. Your helper will step away until you are done."
            ),
            "declaration": self.tr(
                "Only you can confirm the declaration. Your helper will step away until you "
                "are done."
            ),
        }
        return texts.get(
            self.step,
            self.tr(
                "Only you can do the next step. Your helper will step away until you are done."
            ),
        )

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Helper, please step back"))
        self.body.setText(self._explain())
        set_text(self.ready_button, self.tr("My helper stepped back"))
