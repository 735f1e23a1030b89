"""Card sign-in: reading the card → who you are → PIN → signed in, or a clear error.

The screen shows one of four panels: reading, PIN entry, checking, problem. Every problem has a
translated explanation and a way forward; nothing technical is ever shown. After a correct PIN,
a fifth panel may offer the optional fingerprint confirmation (ui/screens/fingerprint_step.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import PrivacySection
from kiosk.identity.sign_in import CardIdentified, SignInFailed, SignInFailure
from kiosk.session.machine import Assurance, Identity, Role
from ui.privacy import short_notice
from ui.screens.fingerprint_step import FingerprintPanel, TemplateSource
from ui.theme import Theme
from ui.widgets.base import Screen, button, label, set_text
from ui.widgets.panel import Panel
from ui.widgets.pinpad import PinPad

if TYPE_CHECKING:
    from kiosk.identity.fingerprint_confirmation import FingerprintConfirmation


def failure_text(failure: SignInFailed) -> tuple[str, str]:
    """Title and explanation for a sign-in problem (translated)."""
    reason = failure.reason
    if reason is SignInFailure.WRONG_PIN:
        tries = failure.tries_left
        if tries == 1:
            return (
                QCoreApplication.translate("CardSignIn", "Wrong PIN"),
                QCoreApplication.translate(
                    "CardSignIn",
                    "That PIN was not right. You have one try left: if it is wrong again your "
                    "card will be blocked. If you are not sure, ask staff for help.",
                ),
            )
        if tries is not None:
            return (
                QCoreApplication.translate("CardSignIn", "Wrong PIN"),
                QCoreApplication.translate(
                    "CardSignIn", "That PIN was not right. You have %1 tries left."
                ).replace("%1", str(tries)),
            )
        return QCoreApplication.translate("CardSignIn", "Wrong PIN"), QCoreApplication.translate(
            "CardSignIn", "That PIN was not right. Please try again."
        )
    texts = {
        SignInFailure.UNKNOWN_CARD: (
            QCoreApplication.translate("CardSignIn", "We cannot read this card"),
            QCoreApplication.translate(
                "CardSignIn",
                "This card is not one the kiosk knows. Take it out and try your eCitizen card.",
            ),
        ),
        SignInFailure.NOT_ECITIZEN: (
            QCoreApplication.translate("CardSignIn", "This is not an eCitizen card"),
            QCoreApplication.translate(
                "CardSignIn",
                "This card was not issued by the city for eCitizen services. Take it out and "
                "use your eCitizen card, or continue as a guest.",
            ),
        ),
        SignInFailure.NOT_GENUINE: (
            QCoreApplication.translate("CardSignIn", "This card could not be checked"),
            QCoreApplication.translate(
                "CardSignIn", "The card did not pass the security check. Please ask staff for help."
            ),
        ),
        SignInFailure.EXPIRED: (
            QCoreApplication.translate("CardSignIn", "Your card has expired"),
            QCoreApplication.translate(
                "CardSignIn",
                "You can renew your eCitizen card at the city hall desk. Staff can help you.",
            ),
        ),
        SignInFailure.NOT_YET_VALID: (
            QCoreApplication.translate("CardSignIn", "Your card is not active yet"),
            QCoreApplication.translate(
                "CardSignIn", "Your new card can be used from the date printed on it."
            ),
        ),
        SignInFailure.REVOKED: (
            QCoreApplication.translate("CardSignIn", "This card can no longer be used"),
            QCoreApplication.translate(
                "CardSignIn",
                "This card has been cancelled, for example after it was reported lost. "
                "Please ask staff for help.",
            ),
        ),
        SignInFailure.REVOCATION_UNKNOWN: (
            QCoreApplication.translate("CardSignIn", "Cards cannot be checked right now"),
            QCoreApplication.translate(
                "CardSignIn",
                "The kiosk cannot confirm that cards are still valid at the moment. You can "
                "continue as a guest or ask staff for help.",
            ),
        ),
        SignInFailure.BLOCKED: (
            QCoreApplication.translate("CardSignIn", "Your card is blocked"),
            QCoreApplication.translate(
                "CardSignIn",
                "The PIN was entered wrongly too many times. The card is safe, but it must be "
                "unblocked at the city hall desk with an identity document.",
            ),
        ),
        SignInFailure.PIN_INVALID: (
            QCoreApplication.translate("CardSignIn", "That PIN is not valid"),
            QCoreApplication.translate(
                "CardSignIn", "A PIN has 6 to 8 digits. Please type it again."
            ),
        ),
        SignInFailure.PIN_ENTRY_ABORTED: (
            QCoreApplication.translate("CardSignIn", "PIN entry stopped"),
            QCoreApplication.translate(
                "CardSignIn", "The PIN was not entered on the reader in time. Please try again."
            ),
        ),
        SignInFailure.PIN_STATE_UNKNOWN: (
            QCoreApplication.translate("CardSignIn", "We could not finish checking your PIN"),
            QCoreApplication.translate(
                "CardSignIn", "Take your card out and put it in again to continue."
            ),
        ),
        SignInFailure.CARD_REMOVED: (
            QCoreApplication.translate("CardSignIn", "The card was taken out"),
            QCoreApplication.translate(
                "CardSignIn", "Everything was erased. Put your card in again to start over."
            ),
        ),
        SignInFailure.READER_GONE: (
            QCoreApplication.translate("CardSignIn", "The card reader is not working"),
            QCoreApplication.translate(
                "CardSignIn", "You can continue as a guest. Staff have been told about the problem."
            ),
        ),
        SignInFailure.CARD_UNREADABLE: (
            QCoreApplication.translate("CardSignIn", "We could not read your card"),
            QCoreApplication.translate(
                "CardSignIn",
                "Take your card out, check that the chip is clean and facing the right way, "
                "and put it in again.",
            ),
        ),
        SignInFailure.OUT_OF_SERVICE: (
            QCoreApplication.translate("CardSignIn", "This kiosk is out of service"),
            QCoreApplication.translate(
                "CardSignIn", "Please take your card out and use another kiosk, or ask staff."
            ),
        ),
    }
    return texts[reason]


RETRY_PIN = frozenset(
    {SignInFailure.WRONG_PIN, SignInFailure.PIN_INVALID, SignInFailure.PIN_ENTRY_ABORTED}
)


class CardSignInScreen(Screen):
    """Signals:
    guest_chosen(): the resident gave up on the card and continues as a guest.
    cancelled(): the resident wants to start over (the card must be taken out).
    sign_in_ready(Identity): the :class:`kiosk.session.machine.Identity` to sign in with, after the
        fingerprint step that :meth:`offer_fingerprint` started (assurance PIN or
        PIN + fingerprint).
    privacy_requested(): the resident wants the privacy notice in full (PRIV-08).
    """

    screen_id = "card_sign_in"
    guest_chosen = Signal()
    cancelled = Signal()
    privacy_requested = Signal()
    sign_in_ready = Signal(Identity)

    def __init__(
        self,
        theme: Theme,
        submit_pin: Callable[[bytearray | None], None],
        parent: QWidget | None = None,
        *,
        fingerprint: FingerprintConfirmation | None = None,
        templates: TemplateSource | None = None,
        privacy: PrivacySection | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self._submit_pin = submit_pin
        self._privacy = privacy if privacy is not None else PrivacySection()
        self._pending: Identity | None = None  # signed in with the PIN, fingerprint step open
        self._identified: CardIdentified | None = None
        self._failure: SignInFailed | None = None
        layout = self.vbox()
        self.heading = label("title", name="card-title")
        layout.addWidget(self.heading)
        self.panels = QStackedWidget(self)
        layout.addWidget(self.panels, 1)

        self.reading = Panel()
        reading_layout = QVBoxLayout(self.reading)
        self.reading_text = label("subtitle", name="card-reading-text", centred=True)
        reading_layout.addStretch(1)
        reading_layout.addWidget(self.reading_text)
        reading_layout.addStretch(2)

        self.pin_panel = Panel()
        pin_layout = QVBoxLayout(self.pin_panel)
        self.pin_prompt = label("subtitle", name="card-pin-prompt")
        self.tries = label("body", name="card-tries")
        self.warning = label("body", name="card-last-try")
        self.warning.setProperty("role", "subtitle")
        self.pinpad = PinPad(self._on_pin)
        self.pinpad_hint = label("subtitle", name="card-pinpad-reader")
        pin_layout.addWidget(self.pin_prompt)
        pin_layout.addWidget(self.tries)
        pin_layout.addWidget(self.warning)
        # issue #15.9: a wrong PIN is said right above the PIN pad, and the pad stays for the
        # next try (no extra "Try again" page between the resident and the keypad)
        self.pin_error = label("notice", name="card-pin-error")
        self.pin_error.hide()
        pin_layout.addWidget(self.pin_error)
        pin_layout.addWidget(self.pinpad, 1)
        pin_layout.addWidget(self.pinpad_hint)
        # PRIV-08 before the card sign-in completes: the notice in full, one tap away
        self.privacy_button = button(name="card-privacy")
        self.privacy_button.clicked.connect(self.privacy_requested)
        pin_layout.addSpacing(theme.spacing * 2)  # well away from OK: a slip opens no notice
        pin_layout.addWidget(self.privacy_button)

        self.checking = Panel()
        checking_layout = QVBoxLayout(self.checking)
        self.checking_text = label("subtitle", name="card-checking-text", centred=True)
        checking_layout.addStretch(1)
        checking_layout.addWidget(self.checking_text)
        checking_layout.addStretch(2)

        self.problem = Panel()
        problem_layout = QVBoxLayout(self.problem)
        self.problem_title = label("title", name="card-problem-title")
        self.problem_text = label("body", name="card-problem-text")
        self.retry_button = button("primary", name="card-retry")
        self.retry_button.clicked.connect(self._on_retry)
        self.guest_button = button(name="card-guest")
        self.guest_button.clicked.connect(self.guest_chosen)
        self.take_card = label("subtitle", name="card-take-card")
        problem_layout.addWidget(self.problem_title)
        problem_layout.addWidget(self.problem_text)
        problem_layout.addStretch(1)
        problem_layout.addWidget(self.retry_button)
        problem_layout.addWidget(self.take_card)
        problem_layout.addWidget(self.guest_button)

        for panel in (self.reading, self.pin_panel, self.checking, self.problem):
            self.panels.addWidget(panel)
        self.fingerprint_panel: FingerprintPanel | None = None
        if fingerprint is not None and templates is not None:
            self.fingerprint_panel = FingerprintPanel(theme, fingerprint, templates)
            self.fingerprint_panel.done.connect(self._on_fingerprint_done)
            self.fingerprint_panel.phase_changed.connect(
                lambda: set_text(self.heading, self.title())
            )
            self.panels.addWidget(self.fingerprint_panel)
        self.panels.currentChanged.connect(self._fit_panel)
        self._fit_panel()
        self.retranslate()

    def _fit_panel(self, _index: int = 0) -> None:
        for index in range(self.panels.count()):
            self.panels.widget(index).updateGeometry()
        self.panels.updateGeometry()
        self.page_area.verticalScrollBar().setValue(0)

    # -- states -------------------------------------------------------------------------------
    def show_reading(self) -> None:
        self._identified = None
        self._failure = None
        self.pinpad.clear()
        self.panels.setCurrentWidget(self.reading)
        self.retranslate()

    def show_identified(self, identified: CardIdentified) -> None:
        self._identified = identified
        self._failure = None
        self.pinpad.clear()
        self.panels.setCurrentWidget(self.pin_panel)
        self.retranslate()
        if self.fingerprint_panel is not None:
            self.fingerprint_panel.confirmation.refresh()  # fresh sensor state by the PIN's end
        if identified.pinpad:
            self._submit_pin(None)  # the reader's own PIN pad takes the PIN
        else:
            self.pinpad.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_failure(self, failure: SignInFailed) -> None:
        self._failure = failure
        self.pinpad.clear()
        if failure.reason in RETRY_PIN and self._identified is not None:
            tries = failure.tries_left
            if tries is not None:
                self._identified = CardIdentified(
                    self._identified.identity,
                    tries,
                    self._identified.pinpad,
                    self._identified.auth_certificate,
                )
            if tries != 0 and not self._identified.pinpad:  # try again on the same pad
                self.panels.setCurrentWidget(self.pin_panel)
                self.retranslate()
                self.pinpad.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.panels.setCurrentWidget(self.problem)
        self.retranslate()
        self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pin(self, pin: bytearray) -> None:
        self.panels.setCurrentWidget(self.checking)
        self.retranslate()
        self._submit_pin(pin)

    def offer_fingerprint(self, identity: Identity) -> bool:
        """After a correct PIN: offer the optional fingerprint step if it can run (a resident,
        a working sensor, a template on the card). True: offered, and ``identity`` comes back
        through ``sign_in_ready`` once the step is over; False: sign in now with the PIN."""
        panel = self.fingerprint_panel
        if panel is None:
            return False
        if identity.role is not Role.RESIDENT or not panel.can_offer():
            panel.wipe()
            return False
        self._pending = identity
        panel.offer()
        self.panels.setCurrentWidget(panel)
        self.retranslate()
        return True

    def _on_fingerprint_done(self, matched: bool) -> None:
        identity, self._pending = self._pending, None
        if identity is None:
            return
        if matched:
            identity = dataclasses.replace(identity, assurance=Assurance.PIN_FINGERPRINT)
        self.sign_in_ready.emit(identity)

    def _on_retry(self) -> None:
        if self._failure is not None and self._failure.reason in RETRY_PIN and self._identified:
            self.show_identified(self._identified)
        else:
            self.cancelled.emit()

    # -- texts --------------------------------------------------------------------------------
    def spoken_intro(self) -> str:
        """The short privacy notice, said before the PIN (PRIV-08: card holders may come
        straight from the attract screen, past the sign-in screen that shows it)."""
        return short_notice(self._privacy)

    def title(self) -> str:
        if self._identified is not None and self.panels.currentWidget() is self.pin_panel:
            return self.tr("Type your PIN")
        panel = self.fingerprint_panel
        if panel is not None and self.panels.currentWidget() is panel:
            return panel.heading()
        return self.tr("Signing in with your card")

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        self.reading_text.setText(self.tr("Reading your card… Please leave it in the reader."))
        self.checking_text.setText(self.tr("Checking your PIN…"))
        identified = self._identified
        if identified is not None:
            self.pin_prompt.setText(
                self.tr("Hello, %1. Type your PIN and press OK.").replace(
                    "%1", identified.identity.name
                )
            )
            tries = identified.pin_tries_left
            self.tries.setText(
                self.tr("Tries left: %1").replace("%1", str(tries)) if tries is not None else ""
            )
            self.tries.setVisible(tries is not None)
            self.warning.setText(
                self.tr("Careful: this is your last try before the card is blocked.")
            )
            self.warning.setVisible(identified.last_try)
            self.pinpad.setVisible(not identified.pinpad)
            self.pinpad_hint.setText(self.tr("Type your PIN on the keypad of the card reader."))
            self.pinpad_hint.setVisible(identified.pinpad)
        inline = self._failure is not None and self.panels.currentWidget() is self.pin_panel
        self.pin_error.setVisible(inline)
        if self._failure is not None and inline:
            set_text(self.pin_error, "\n".join(failure_text(self._failure)))
        elif not inline:
            set_text(self.pin_error, "")
        if self._failure is not None:
            title, text = failure_text(self._failure)
            set_text(self.problem_title, title)
            self.problem_text.setText(text)
            retry = self._failure.reason in RETRY_PIN and self._identified is not None
            blocked_now = self._failure.tries_left == 0
            set_text(
                self.retry_button,
                self.tr("Try again") if retry and not blocked_now else self.tr("Start over"),
            )
            self.take_card.setText(
                "" if retry else self.tr("Please take your card out of the reader.")
            )
        set_text(self.guest_button, self.tr("Continue as a guest"))
        set_text(self.privacy_button, self.tr("How the city uses your data"))
        # out of service: no session of any kind until a technician has checked the kiosk
        self.guest_button.setVisible(
            self._failure is None or self._failure.reason is not SignInFailure.OUT_OF_SERVICE
        )

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        if self.fingerprint_panel is not None:
            self.fingerprint_panel.apply_theme(theme)

    def wipe(self) -> None:
        self._identified = None
        self._failure = None
        self._pending = None
        if self.fingerprint_panel is not None:
            self.fingerprint_panel.wipe()
        self.pinpad.clear()
        self.pin_prompt.setText("")
        self.panels.setCurrentWidget(self.reading)
        self.retranslate()
