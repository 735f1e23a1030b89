"""How do you want to sign in? eCitizen card, library card, or continue as a guest."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.config import PrivacySection
from ui.privacy import short_notice
from ui.theme import Theme
from ui.widgets.base import Screen, button, label, set_text


class SignInScreen(Screen):
    """Signals:
    guest_chosen(): continue without signing in.
    privacy_requested(): the resident wants the privacy notice in full (PRIV-08, layer two).
    """

    screen_id = "sign_in"
    guest_chosen = Signal()
    privacy_requested = Signal()

    def __init__(
        self, theme: Theme, privacy: PrivacySection, parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self._privacy = privacy
        layout = self.vbox()
        self.heading = label("title", name="signin-title")
        layout.addWidget(self.heading)
        # PRIV-08 layer one, before anyone signs in; spoken after the title
        self.privacy_notice = label("body", name="signin-privacy")
        self.privacy_button = button(name="signin-privacy-more")
        self.privacy_button.clicked.connect(self.privacy_requested)
        self.card_title = label("subtitle", name="signin-card-title")
        self.card_steps = label("body", name="signin-card-steps")
        layout.addWidget(self.card_title)
        layout.addWidget(self.card_steps)
        self.library_title = label("subtitle", name="signin-library-title")
        self.library_steps = label("body", name="signin-library-steps")
        layout.addWidget(self.library_title)
        layout.addWidget(self.library_steps)
        self._layout, self._extras_at = layout, layout.count()  # for add_practice_people
        layout.addStretch(1)
        self.guest_info = label("body", name="signin-guest-info")
        layout.addWidget(self.guest_info)
        self.guest_button = button("primary", name="signin-guest")
        self.guest_button.clicked.connect(self.guest_chosen)
        layout.addWidget(self.guest_button)
        layout.addStretch(1)
        layout.addWidget(self.privacy_notice)
        layout.addWidget(self.privacy_button)
        for widget in (self.card_steps, self.library_steps, self.guest_info, self.privacy_notice):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.retranslate()

    def add_practice_people(self, people: QWidget) -> None:
        """A practice kiosk's made-up people (ui/practice_people.py), below the card steps."""
        self._layout.insertWidget(self._extras_at, people)

    def title(self) -> str:
        return self.tr("How would you like to continue?")

    def spoken_intro(self) -> str:
        return short_notice(self._privacy)

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        self.card_title.setText(self.tr("With your eCitizen card"))
        self.library_title.setText(self.tr("With your library card"))
        self.library_steps.setText(self.tr("Hold your library card on the reader."))
        if self.theme.simplified:
            # simple mode: plain, short sentences (A11Y-25)
            self.card_steps.setText(self.tr("Put your card in the reader, chip first."))
            self.guest_info.setText(self.tr("No card? Continue as a guest."))
        else:
            self.card_steps.setText(
                self.tr(
                    "Put your card in the reader below the screen, chip first. "
                    "You will then type your PIN."
                )
            )
            self.guest_info.setText(
                self.tr(
                    "As a guest you can read about city projects and this kiosk, and report a "
                    "problem on your street without giving your name."
                )
            )
        set_text(self.guest_button, self.tr("Continue as a guest"))
        self.privacy_notice.setText(short_notice(self._privacy))
        set_text(self.privacy_button, self.tr("How the city uses your data"))
