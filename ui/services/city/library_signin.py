"""Library-card sign-in screen: a contactless card is an identifier, the library PIN is proof.

Used by the main window on ``CardSignInBridge.library_card_read``: :meth:`LibrarySignIn.
card_read` shows :class:`LibraryPinScreen` (nothing of the patron is read yet: no name, no
fees), the PIN goes to :class:`kiosk.identity.library_card.LibraryCardSignIn` on a worker
thread, and only a PIN the library system confirmed signs the resident in as a library patron
(``signed_in(PatronVerified)``). Three wrong PINs lock the card on this kiosk for a while,
like the eCitizen card's PIN (:mod:`kiosk.identity.library_card`).
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.config import PrivacySection
from kiosk.identity.library_card import LibraryCardSignIn
from kiosk.services import library
from kiosk.services.backend_errors import BackendError, backend_errors
from ui.privacy import short_notice
from ui.services.base import pool
from ui.services.city.library_password import LibraryPasswordEntry
from ui.theme import Theme
from ui.widgets.base import Screen, button, label, set_text
from ui.widgets.pinpad import EnteredPin, PinPad

if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore

logger = logging.getLogger(__name__)


def _minutes(seconds: int) -> int:
    return max(1, (seconds + 59) // 60)


@dataclasses.dataclass(frozen=True, eq=False)
class PatronVerified:
    """The library confirmed a card's PIN.

    Attributes:
        patron: the patron the library system answered with.
        pin: the PIN or password, kept for this session's reads (the receiver keeps it in
            ``Session.data``, zeroed at the session's end, or zeroes it at once). The same
            ``bytearray`` travels through the signals (object signals carry references), so
            zeroing it zeroes the only copy.
    """

    patron: library.Patron
    pin: bytearray = dataclasses.field(repr=False)

    def wipe(self) -> None:
        self.pin[:] = bytes(len(self.pin))


class _Relay(QObject):
    """Signals (emitted on the pool thread, delivered queued on the GUI thread):
    verified(PatronVerified): the library confirmed the PIN.
    refused(Exception): a :class:`library.LibraryError` (its key is shown), or anything else
        (a back end that cannot be reached, or a bug): "library unavailable" is shown.
    """

    verified = Signal(PatronVerified)
    refused = Signal(Exception)


class _Verify(QRunnable):
    def __init__(
        self,
        signin: LibraryCardSignIn,
        factory: library.Sip2Factory,
        uid: str,
        pin: bytearray,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._signin, self._factory, self._uid = signin, factory, uid
        self._pin, self._relay = pin, relay

    def run(self) -> None:
        kept = bytearray(self._pin)  # for this session's reads; verify() zeroes the original
        try:
            with backend_errors():
                patron = self._signin.verify(self._factory, self._uid, self._pin)
        except (library.LibraryError, BackendError) as exc:
            kept[:] = bytes(len(kept))
            logger.info("library card sign-in refused: %s", exc.key)
            self._relay.refused.emit(exc)
            return
        except Exception as exc:  # a bug: the screen must not stay on "checking"
            kept[:] = bytes(len(kept))
            logger.exception("library card sign-in failed")
            self._relay.refused.emit(exc)
            return
        self._relay.verified.emit(PatronVerified(patron, kept))


class LibraryPinScreen(Screen):
    """The library PIN or password for a library card, before anything of the patron is shown:
    the PIN pad, or a masked text field on the on-screen keyboard when the site's library
    system takes text passwords (:meth:`set_rule`, ``[library] password``).

    Signals:
    pin_entered(EnteredPin): the PIN or password, UTF-8 (the receiver zeroes it).
    cancelled(): start over.
    guest_chosen(): continue as a guest.
    privacy_requested(): the resident wants the privacy notice in full (PRIV-08: a library
        card holder may come straight from the attract screen, past the sign-in screen).
    """

    screen_id = "library-pin"  # a resident-only step (ui/assisted.py): staff look away
    pin_entered = Signal(EnteredPin)
    cancelled = Signal()
    guest_chosen = Signal()
    privacy_requested = Signal()

    def __init__(
        self,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        privacy: PrivacySection | None = None,
    ) -> None:
        super().__init__(theme, parent)
        self._privacy = privacy if privacy is not None else PrivacySection()
        self._tries_left: int | None = None
        self._problem: tuple[str, int] | None = None  # error key, locked seconds
        self._checking = False
        layout = self.vbox()
        # portrait: texts, PIN pad, actions from top to bottom; landscape: texts and actions on
        # the left, the PIN pad on the right (all of it fits one 1080-pixel-high page)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(theme.spacing * 2)
        layout.addLayout(self.columns, 1)
        texts = QWidget()
        text_column = QVBoxLayout(texts)
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.setSpacing(theme.spacing // 2)
        self.heading = label("title", name="library-pin-title")
        self.prompt = label("subtitle", name="library-pin-prompt")
        self.tries = label("body", name="library-pin-tries")
        self.warning = label("subtitle", name="library-pin-last-try")
        self.problem = label("notice", name="library-pin-problem")
        self.problem.hide()
        self.checking = label("subtitle", name="library-pin-checking")
        self.checking.hide()
        for widget in (
            self.heading,
            self.prompt,
            self.tries,
            self.warning,
            self.checking,
        ):
            text_column.addWidget(widget)
        text_column.addStretch(1)
        self.action_area = QWidget()
        action_column = QVBoxLayout(self.action_area)
        action_column.setContentsMargins(0, theme.spacing, 0, theme.spacing)  # away from OK
        action_column.setSpacing(theme.spacing // 2)
        self.cancel_button = button(name="library-pin-cancel")
        self.cancel_button.clicked.connect(self.cancelled)
        self.guest_button = button(name="library-pin-guest")
        self.guest_button.clicked.connect(self.guest_chosen)
        self.privacy_button = button(name="library-pin-privacy")
        self.privacy_button.clicked.connect(self.privacy_requested)
        action_column.addWidget(self.cancel_button)
        action_column.addWidget(self.guest_button)
        action_column.addWidget(self.privacy_button)
        self.entry = LibraryPasswordEntry(library.PasswordRule(), self._on_pin)
        # issue #15.9: a wrong PIN is said right above the PIN pad, where the eyes are
        pad_column = QWidget()
        pad_layout = QVBoxLayout(pad_column)
        pad_layout.setContentsMargins(0, 0, 0, 0)
        pad_layout.setSpacing(theme.spacing // 2)
        pad_layout.addWidget(self.problem)
        pad_layout.addWidget(self.entry, 1)
        self.pad_column = pad_column
        self._pad_layout = pad_layout
        self.columns.addWidget(texts, 0)
        self.columns.addWidget(pad_column, 1)
        self._texts = texts
        self._page = layout
        self._text_column = text_column
        layout.addWidget(self.action_area)  # portrait: below the PIN pad
        self.retranslate()

    @property
    def pinpad(self) -> PinPad:
        """The PIN pad (a "digits" site)."""
        assert self.entry.pinpad is not None, "this site's library takes text passwords"
        return self.entry.pinpad

    @property
    def text_password(self) -> bool:
        return self.entry.rule.text

    def set_rule(self, rule: library.PasswordRule) -> None:
        """What the site's library system takes (from the configuration)."""
        if rule == self.entry.rule:
            return
        old = self.entry
        self.entry = LibraryPasswordEntry(rule, self._on_pin)
        self._pad_layout.replaceWidget(old, self.entry)
        self._pad_layout.setStretchFactor(self.entry, 1)
        old.wipe()
        old.hide()
        old.deleteLater()
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.entry.attach_keyboard()  # the window's keyboard (a text password)
        QTimer.singleShot(0, self._focus_entry)  # once the stack has shown the screen

    def _focus_entry(self) -> None:
        if self.isVisible() and self.entry.isVisible():
            self.entry.focus_entry()

    @property
    def landscape(self) -> bool:
        return self.columns.direction() is QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        wide = size.width() > size.height() * 1.2
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction is not self.columns.direction():
            self.columns.setDirection(direction)  # LeftToRight mirrors in right-to-left
            # landscape: the actions under the texts, beside the PIN pad; portrait: below it
            self.columns.setStretchFactor(self._texts, 2 if wide else 0)
            self.columns.setStretchFactor(self.pad_column, 3 if wide else 1)
            if wide:
                self._page.removeWidget(self.action_area)
                self._text_column.addWidget(self.action_area)
            else:
                self._text_column.removeWidget(self.action_area)
                self._page.addWidget(self.action_area)
        super().resizeEvent(event)

    # -- states -------------------------------------------------------------------------------
    def ask(self, tries_left: int) -> None:
        """A fresh card: ask for its PIN."""
        self._tries_left = tries_left
        self._problem = None
        self._checking = False
        self.entry.clear()
        self._update()
        self.entry.focus_entry()

    def show_problem(self, key: str, tries_left: int | None = None, locked_s: int = 0) -> None:
        self._problem = (key, locked_s)
        if tries_left is not None:
            self._tries_left = tries_left
        self._checking = False
        self.entry.clear()
        self._update()
        if self.isVisible() and self.entry.isVisible():
            self.entry.focus_entry()  # try again: the keyboard is back

    def _on_pin(self, pin: bytearray) -> None:
        self._checking = True
        self._update()
        self.pin_entered.emit(EnteredPin(pin))

    @property
    def can_retry(self) -> bool:
        key = self._problem[0] if self._problem else ""
        return key in ("", "library.wrong_pin", "library.bad_pin", "library.unavailable")

    def _update(self) -> None:
        retry = self.can_retry
        shown = retry and not self._checking
        if not shown:
            self.entry.release_keyboard()
        self.entry.setVisible(shown)
        self.entry.setEnabled(not self._checking)
        self.checking.setVisible(self._checking)
        self.problem.setVisible(self._problem is not None and not self._checking)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def title(self) -> str:
        if self.text_password:
            return self.tr("Your library password")
        return self.tr("Your library PIN — not your eCitizen card PIN")

    def spoken_intro(self) -> str:
        """The short privacy notice, said before the PIN (PRIV-08)."""
        return short_notice(self._privacy)

    def problem_text(self) -> str:
        if self._problem is None:
            return ""
        key, locked_s = self._problem
        if key in ("library.wrong_pin", "library.bad_pin") and self.text_password:
            if self._tries_left == 1:
                return self.tr(
                    "That password was not right. You have one try left: if it is wrong again "
                    "this card will be locked on this kiosk for a while."
                )
            return self.tr("That password was not right. Please try again.")
        if key in ("library.wrong_pin", "library.bad_pin"):
            if self._tries_left == 1:
                return self.tr(
                    "That PIN was not right. You have one try left: if it is wrong again this "
                    "card will be locked on this kiosk for a while."
                )
            return self.tr("That PIN was not right. Please try again.")
        if key == "library.locked" and self.text_password:
            return self.tr(
                "This library card is locked on this kiosk for %n minute(s) because the "
                "password was wrong too many times. Library staff can help you.",
                "",
                _minutes(locked_s),
            )
        if key == "library.locked":
            return self.tr(
                "This library card is locked on this kiosk for %n minute(s) because the PIN "
                "was wrong too many times. Library staff can help you.",
                "",
                _minutes(locked_s),
            )
        if key == "library.unknown_card":
            return self.tr(
                "The library does not know this card. Please ask library staff, or use your "
                "eCitizen card."
            )
        if key == "library.pin_unverifiable":
            return self.tr(
                "The library system cannot check PINs right now, so the kiosk cannot open your "
                "library account. Please ask library staff."
            )
        if key == "library.bad_card":
            return self.tr("This card cannot be read as a library card. Please ask staff.")
        return self.tr(
            "The library system cannot be reached right now. Please try again later or ask "
            "library staff."
        )

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        self.prompt.setText(
            self.tr(
                "You used a library card. To see your loans, holds and fees, type your library "
                "password and press OK. If this is not your library card, take it away."
            )
            if self.text_password
            else self.tr(
                "You used a library card. To see your loans, holds and fees, type your library "
                "PIN and press OK. If this is not your library card, take it away: never type a "
                "bank card's PIN here."
            )
        )
        tries = self._tries_left
        self.tries.setText(
            self.tr("Tries left: %1").replace("%1", str(tries)) if tries is not None else ""
        )
        self.tries.setVisible(tries is not None and self.can_retry)
        self.warning.setText(
            self.tr("Careful: this is your last try before the card is locked on this kiosk.")
        )
        self.warning.setVisible(tries == 1 and self.can_retry and not self._checking)
        set_text(self.problem, self.problem_text())
        self.checking.setText(
            self.tr("Checking your password with the library…")
            if self.text_password
            else self.tr("Checking your PIN with the library…")
        )
        set_text(self.cancel_button, self.tr("Start over"))
        set_text(self.guest_button, self.tr("Continue as a guest"))
        set_text(self.privacy_button, self.tr("How the city uses your data"))

    def wipe(self) -> None:
        self._tries_left = None
        self._problem = None
        self._checking = False
        self.entry.wipe()
        self._update()


class LibrarySignIn(QObject):
    """The library-card sign-in of one kiosk (lives as long as the window: the wrong-PIN
    counts outlive sessions).

    Signals:
    signed_in(PatronVerified): the verified :class:`library.Patron` and a ``bytearray`` with
        its PIN for this session's reads (kept in ``Session.data``, zeroed at its end).
    """

    signed_in = Signal(PatronVerified)

    def __init__(self, core: KioskCore, screen: LibraryPinScreen, parent: QObject) -> None:
        super().__init__(parent)
        self._core = core
        self.screen = screen
        try:
            self.verifier: LibraryCardSignIn | None = core.library_card_sign_in()
        except OSError as exc:  # the pseudonym key cannot be read: cards are refused, said so
            logger.error("library card sign-in unavailable: %s", type(exc).__name__)
            self.verifier = None
        if self.verifier is not None:
            screen.set_rule(self.verifier.rule)
        self._uid = ""
        self._generation = 0
        screen.pin_entered.connect(self._on_pin)

    def card_read(self, uid: str) -> None:
        """A library card was read: ask for its PIN (or say why not). Nothing is looked up."""
        self._generation += 1
        self._uid = uid
        if self.verifier is None:
            self.screen.show_problem("library.unavailable")
            return
        try:
            self.verifier.check_card(uid)
        except library.LibraryError as exc:
            self.screen.show_problem(exc.key, exc.tries_left, exc.locked_s)
            return
        self.screen.ask(self.verifier.tries_left(uid))

    def forget(self) -> None:
        """The session ended: drop the card and any answer still on its way."""
        self._generation += 1
        self._uid = ""

    def _on_pin(self, pin: EnteredPin) -> None:
        factory = self._core.sip2_factory
        if factory is None or not self._uid or self.verifier is None:
            pin.wipe()
            self.screen.show_problem("library.unavailable")
            return
        generation = self._generation
        relay = _Relay(self)

        def verified(answer: PatronVerified) -> None:
            relay.deleteLater()
            if generation != self._generation:
                answer.wipe()
                return
            self.signed_in.emit(answer)

        def refused(error: Exception) -> None:
            relay.deleteLater()
            if generation != self._generation:
                return
            if isinstance(error, library.LibraryError):
                self.screen.show_problem(error.key, error.tries_left, error.locked_s)
            else:
                self.screen.show_problem("library.unavailable")

        relay.verified.connect(verified, Qt.ConnectionType.QueuedConnection)
        relay.refused.connect(refused, Qt.ConnectionType.QueuedConnection)
        pool().start(_Verify(self.verifier, factory, self._uid, pin.digits, relay))
