"""The attract screen: what a passer-by sees. Tap to start, pick a language, pick access modes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QPushButton, QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.base import (
    LANDSCAPE_RATIO,
    Screen,
    button,
    label,
    language_buttons,
    set_text,
    show_toggles,
)


class AttractScreen(Screen):
    """Laid out by its own shape, not by configuration: one column on a portrait screen, two
    side by side on a landscape one (mirrored in right-to-left languages).

    Signals:
    start_requested(): the resident touched "Start".
    language_chosen(str): the resident picked a language (starts the session in it).
    preference_toggled(str, bool): an access mode button was toggled.
    status_check_requested(): "Check a street report" (scan the receipt, no sign-in).
    """

    screen_id = "attract"
    start_requested = Signal()
    language_chosen = Signal(str)
    preference_toggled = Signal(str, bool)
    status_check_requested = Signal()

    def __init__(
        self, theme: Theme, site: str, languages: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self._site = site
        page = self.vbox()
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(theme.spacing)
        page.addLayout(self.columns, 1)
        self.start_column = QWidget(self)
        self.start_column.setObjectName("attract-start-column")
        self.options_column = QWidget(self)
        self.options_column.setObjectName("attract-options-column")
        self.columns.addWidget(self.start_column, 1)
        self.columns.addWidget(self.options_column, 1)
        layout = self._start_layout = QVBoxLayout(self.start_column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.spacing)
        layout.addStretch(1)
        self.welcome = label("hero", name="attract-welcome", centred=True)
        self.site = label("subtitle", name="attract-site", centred=True)
        self.what = label("body", name="attract-what", centred=True)
        layout.addWidget(self.welcome)
        layout.addWidget(self.site)
        layout.addWidget(self.what)
        layout.addStretch(1)
        self.start_button = button("primary", name="attract-start")
        self.start_button.clicked.connect(self.start_requested)
        layout.addWidget(self.start_button)
        # OPS-07: shown instead of the start button while the kiosk is out of service
        self.out_of_service = label("notice", name="attract-out-of-service", centred=True)
        self.out_of_service.hide()
        layout.addWidget(self.out_of_service)
        self.card_hint = label("body", name="attract-card-hint", centred=True)
        layout.addWidget(self.card_hint)
        # issue #15.7: the last session's card is still in the reader (never whose it is)
        self.card_left = label("notice", name="attract-card-left", centred=True)
        self.card_left.hide()
        layout.addWidget(self.card_left)
        # issue #13: what became of a street report, from its receipt's QR code (no sign-in)
        self.status_button = button(name="attract-status-check")
        self.status_button.clicked.connect(self.status_check_requested)
        self._status_offered = True
        layout.addWidget(self.status_button)
        layout.addStretch(1)

        layout = self._options_layout = QVBoxLayout(self.options_column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.spacing)
        layout.addStretch(1)
        self.language_label = label("subtitle", name="attract-language-label", centred=True)
        layout.addWidget(self.language_label)
        languages_row = QGridLayout()
        languages_row.setSpacing(theme.spacing)
        self.language_buttons = language_buttons(
            languages, self.language_chosen, name="attract-lang"
        )
        for index, lang_button in enumerate(self.language_buttons.values()):
            languages_row.addWidget(lang_button, index // 2, index % 2)
        layout.addLayout(languages_row)

        self.access_label = label("subtitle", name="attract-access-label", centred=True)
        layout.addWidget(self.access_label)
        access_row = QGridLayout()
        access_row.setSpacing(theme.spacing)
        self.toggles: dict[str, QPushButton] = {}
        for index, name in enumerate(("large_text", "high_contrast", "speech", "simplified")):
            toggle = button("toggle", name=f"attract-{name.replace('_', '-')}")
            toggle.setCheckable(True)
            toggle.toggled.connect(lambda on, n=name: self.preference_toggled.emit(n, on))
            access_row.addWidget(toggle, index // 2, index % 2)
            self.toggles[name] = toggle
        layout.addLayout(access_row)
        layout.addStretch(1)
        self.retranslate()

    @property
    def landscape(self) -> bool:
        """Two columns side by side (the screen is clearly wider than tall)."""
        return self.columns.direction() is QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        wide = size.width() > size.height() * LANDSCAPE_RATIO
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction is not self.columns.direction():
            self.columns.setDirection(direction)  # LeftToRight mirrors in right-to-left
            self._place_status_button(wide)
        super().resizeEvent(event)

    def _place_status_button(self, wide: bool) -> None:
        """Under the card hint in one column; under the access modes in two (the start column
        is the full one there: at large text it would no longer fit the screen)."""
        self._start_layout.removeWidget(self.status_button)
        self._options_layout.removeWidget(self.status_button)
        if wide:
            self._options_layout.insertWidget(self._options_layout.count() - 1, self.status_button)
        else:
            index = self._start_layout.indexOf(self.card_hint) + 1
            self._start_layout.insertWidget(index, self.status_button)

    def title(self) -> str:
        if self.out_of_service.isVisibleTo(self):
            return self.out_of_service.text()
        return self.tr("Welcome to eCitizen")

    def retranslate(self) -> None:
        set_text(self.welcome, self.tr("Welcome to eCitizen"))
        self.site.setText(self._site)
        self.what.setText(
            self.tr("Pay bills, book the library, report a problem on your street and more.")
        )
        set_text(self.start_button, self.tr("Touch here to start"))
        self.card_hint.setText(self.tr("Or insert your eCitizen card to sign in."))
        set_text(self.card_left, self.tr("A card was left in the reader: please hand it to staff."))
        set_text(self.status_button, self.tr("Check a street report: scan your receipt"))
        set_text(
            self.out_of_service,
            self.tr(
                "This kiosk is out of service. Please use another kiosk or ask staff. "
                "Staff: a technician must check this kiosk before it can be used again."
            ),
        )
        self.language_label.setText(self.tr("Choose your language"))
        self.access_label.setText(self.tr("Make it easier to use"))
        set_text(self.toggles["large_text"], self.tr("Large text"))
        set_text(self.toggles["high_contrast"], self.tr("High contrast"))
        set_text(self.toggles["speech"], self.tr("Read aloud"))
        set_text(self.toggles["simplified"], self.tr("Simple mode"))

    def set_out_of_service(self, locked: bool) -> None:
        """Out of service: no start button, no language or access choices (nothing to start);
        the card hint stays hidden too: only a technician's card is accepted."""
        self.out_of_service.setVisible(locked)
        for widget in (self.start_button, self.options_column):
            widget.setVisible(not locked)
        self.card_hint.setVisible(not locked and not self.card_left.isVisibleTo(self))
        self.status_button.setVisible(self._status_offered and not locked)

    def show_card_left_behind(self, left: bool) -> None:
        """A card from the last session is still in the reader: say so instead of inviting the
        next person to insert theirs."""
        self.card_left.setVisible(left)
        self.card_hint.setVisible(not left and not self.out_of_service.isVisibleTo(self))

    def offer_status_check(self, offered: bool) -> None:
        """Show "Check a street report" (the service is enabled on this kiosk)."""
        self._status_offered = offered
        self.status_button.setVisible(offered and not self.out_of_service.isVisibleTo(self))

    def set_notice_shown(self, shown: bool) -> None:
        """A notice across the top of the page (a member of staff ready to help) greets the
        resident instead of the welcome texts, which step aside so that the start button stays
        in view at large text on a landscape screen."""
        self.welcome.setVisible(not shown)
        self.what.setVisible(not shown)

    def show_preferences(
        self, large_text: bool, high_contrast: bool, speech: bool, simplified: bool | None = None
    ) -> None:
        show_toggles(self.toggles, large_text, high_contrast, speech, simplified)
