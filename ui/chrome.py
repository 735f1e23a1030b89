"""The bar on top of every screen: where you are, access options, help and "finish"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.screens.base import button, label, set_text
from ui.theme import Theme


class TopBar(QWidget):
    """Signals:
    access_requested(): open the language and display panel.
    help_requested(): open "ask staff".
    home_requested(): back to the home screen.
    finish_requested(): finish and sign out (ends the session through the wipe).
    """

    access_requested = Signal()
    help_requested = Signal()
    home_requested = Signal()
    finish_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("top-bar")
        self.setProperty("role", "banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.spacing // 2, theme.spacing // 2, theme.spacing // 2, 8)
        layout.setSpacing(theme.spacing // 2)
        self.access_button = button(name="bar-access")
        self.access_button.clicked.connect(self.access_requested)
        self.help_button = button(name="bar-help")
        self.help_button.clicked.connect(self.help_requested)
        self.home_button = button(name="bar-home")
        self.home_button.clicked.connect(self.home_requested)
        self.who = label("body", name="bar-who")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_button = button("danger", name="bar-finish")
        self.finish_button.clicked.connect(self.finish_requested)
        layout.addWidget(self.access_button)
        layout.addWidget(self.help_button)
        layout.addWidget(self.home_button)
        layout.addWidget(self.who, 1)
        layout.addWidget(self.finish_button)
        self._signed_in_name = ""
        self.retranslate()
        self.set_session_visible(False)

    def retranslate(self) -> None:
        set_text(self.access_button, self.tr("Aa  Language"))
        self.access_button.setAccessibleName(self.tr("Language and display options"))
        set_text(self.help_button, self.tr("Ask staff"))
        set_text(self.home_button, self.tr("Home"))
        set_text(self.finish_button, self.tr("Finish and sign out"))
        self._show_who()

    def set_session_visible(self, visible: bool, *, home: bool = False) -> None:
        """Session controls appear once a session started; home only inside a service."""
        self.finish_button.setVisible(visible)
        self.home_button.setVisible(visible and home)

    def set_signed_in(self, name: str) -> None:
        self._signed_in_name = name
        self._show_who()

    def _show_who(self) -> None:
        if self._signed_in_name:
            self.who.setText(self.tr("Signed in: %1").replace("%1", self._signed_in_name))
        else:
            self.who.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
