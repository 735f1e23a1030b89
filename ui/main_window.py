"""The kiosk's one window: top bar, a stack of screens, in-window overlays, lockdown."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import KioskConfig
from kiosk.identity.sign_in import CardIdentified, SignInFailed
from kiosk.identity.sign_in_controller import FingerprintOffer, PracticeEnded, SignInController
from kiosk.identity.sign_in_flow import SessionEnd
from kiosk.session.controller import SessionController
from kiosk.session.machine import EndReason, Identity, Preferences, Role, State
from ui.chrome import TopBar
from ui.screens.attract import AttractScreen
from ui.widgets.base import Screen

if TYPE_CHECKING:  # card and identity types load with the core, after the first frame
    from kiosk.identity.card_bridge import CardSignInBridge
    from kiosk.identity.fingerprint_confirmation import FingerprintConfirmation
    from kiosk.runtime.app import KioskCore
    from kiosk.sync.bridge import SyncBridge
    from ui.overlay import AccessPanel, HelpPanel, IdleWarning
    from ui.practice_session import PracticeNotice, PracticeSessionPeople
    from ui.privacy import PrivacyPanel
    from ui.screens.card_signin import CardSignInScreen
    from ui.screens.home import HomeScreen
    from ui.screens.language import LanguageScreen
    from ui.screens.signin import SignInScreen
    from ui.screens.take_card import TakeCardScreen
    from ui.services.city.library_signin import LibrarySignIn, PatronVerified
from ui.theme import Theme

logger = logging.getLogger(__name__)

CARD_LEFT_PROBLEM = "card_left_behind"
CARD_LEFT_KEY = "card.left_behind"
"""Diagnostics problem (name, key) while a card left after a session is still in the reader."""


class MainWindow(QWidget):
    """Signals:
    screen_shown(str): a screen became the current page (its ``screen_id``).
    first_painted(): the first frame (the attract screen) was painted.
    wiped(): the session wipe finished clearing the window.
    """

    screen_shown = Signal(str)
    take_card_wait_s = 60.0
    """How long "Take your card" waits for the card before the attract screen comes back."""
    wiped = Signal()
    first_painted = Signal()

    def __init__(
        self,
        config: KioskConfig,
        controller: SessionController,
        dpi: float = 96.0,
        signin: SignInController | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("eCitizen Kiosk")
        self.config = config
        self.controller = controller
        self.session = controller.session
        # sign-in policy (roles, out of service, card removal, fingerprint step, practice) is
        # the adapter's: this window only shows what it says (issue #17). Built before the
        # window's own wipe hook, whose "take your card" reads what the adapter decided.
        self.signin = signin or SignInController(
            controller,
            practice_idle_s=config.idle.warn_after_s + config.idle.warning_s,
            parent=self,
        )
        self._dpi = dpi
        self.allow_close = False
        self.theme = self._theme_for_preferences()
        self.setStyleSheet(self.theme.style_sheet())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = TopBar(self.theme, self)
        layout.addWidget(self.top_bar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        self.attract = AttractScreen(self.theme, config.kiosk.site, config.languages.available)
        self.stack.addWidget(self.attract)
        self.service_screen: Screen | None = None
        self._built = False
        self.language: LanguageScreen
        self.sign_in: SignInScreen
        self.home: HomeScreen
        self.idle_warning: IdleWarning
        self.help_panel: HelpPanel
        self.access_panel: AccessPanel
        self.privacy_panel: PrivacyPanel

        self.attract.start_requested.connect(self._on_start)
        self.attract.language_chosen.connect(self._on_attract_language)
        self.attract.preference_toggled.connect(controller.set_preference)
        self.attract.status_check_requested.connect(self._on_status_check)
        self.attract.offer_status_check("request_status" in config.services.enabled)
        self.top_bar.access_requested.connect(self._open_access)
        self.top_bar.help_requested.connect(self._open_help)
        self.top_bar.home_requested.connect(self._on_home)
        self.top_bar.finish_requested.connect(self.finish)
        controller.state_changed.connect(self._on_state_changed)
        controller.idle_warned.connect(self._on_idle_warned)
        controller.idle_counted.connect(self._on_idle_counted)
        controller.idle_cleared.connect(self._on_idle_cleared)
        controller.preferences_changed.connect(self._on_preferences_changed)
        self.session.add_wipe_hook(self._wipe)
        signin = self.signin
        signin.reading.connect(self._on_reading)
        signin.pin_asked.connect(self._on_pin_asked)
        signin.problem.connect(self._on_problem)
        signin.library_pin_asked.connect(self._on_library_card)
        signin.fingerprint_offered.connect(self._on_fingerprint_offered)
        signin.session_ended.connect(self._on_session_ending)
        signin.card_taken.connect(self._on_card_taken)
        signin.out_of_service_changed.connect(self.attract.set_out_of_service)
        signin.practice_changed.connect(self._on_practice_changed)
        signin.practice_ended.connect(self._on_practice_ended)
        self.card: CardSignInBridge | None = None
        self.card_screen: CardSignInScreen | None = None
        # issue #15.7: a card in the reader when a session ends -> "Take your card"
        self.take_card: TakeCardScreen | None = None
        self._take_card_due = False
        # the ended session's language and access modes, kept for "Take your card" only
        self._carried: Preferences | None = None
        self._defaults: Preferences | None = None
        self.library_signin: LibrarySignIn | None = None
        self.fingerprint: FingerprintConfirmation | None = None
        self.practice_notice: PracticeNotice | None = None
        self.practice_people: PracticeSessionPeople | None = None
        self.core: KioskCore | None = None
        self.sync: SyncBridge | None = None
        self._show(self.attract)
        self._painted = False

    @property
    def painted(self) -> bool:
        """The first frame was painted (the key guard and keypad are in place from then on)."""
        return self._painted

    def ensure_built(self) -> None:
        """Build everything but the attract screen.

        Deferred until just after the first frame (or first use), so the attract screen
        appears as early as possible at start-up.
        """
        if self._built:
            return
        self._built = True
        # imported here, not at module level: none of this is needed for the first frame
        from ui.overlay import AccessPanel, HelpPanel, IdleWarning
        from ui.privacy import PrivacyPanel
        from ui.screens.home import HomeScreen
        from ui.screens.language import LanguageScreen
        from ui.screens.signin import SignInScreen
        from ui.service_views import offered

        config, controller = self.config, self.controller
        languages = config.languages.available
        self.language = LanguageScreen(self.theme, languages)
        self.sign_in = SignInScreen(self.theme, config.privacy)
        self.home = HomeScreen(self.theme, offered(config))
        for screen in (self.language, self.sign_in, self.home):
            self.stack.addWidget(screen)
        self.idle_warning = IdleWarning(self.theme, self)
        self.help_panel = HelpPanel(self.theme, self)
        self.access_panel = AccessPanel(self.theme, self, languages)
        self.privacy_panel = PrivacyPanel(self.theme, self, config.privacy)
        self.sign_in.privacy_requested.connect(self.privacy_panel.open)
        self.language.language_chosen.connect(controller.choose_language)
        self.sign_in.guest_chosen.connect(self._on_guest)
        self.home.service_chosen.connect(self._on_service_chosen)
        self.home.practice_requested.connect(self.signin.start_practice)
        self.access_panel.language_chosen.connect(controller.set_language)
        self.access_panel.preference_toggled.connect(controller.set_preference)
        self.idle_warning.more_time_requested.connect(self._on_more_time)
        self.idle_warning.finish_requested.connect(self.finish)

    # -- navigation --------------------------------------------------------------------------
    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _show(self, screen: Screen) -> None:
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        state = self.session.state
        self.top_bar.set_session_visible(
            state not in (State.ATTRACT, State.ENDING), home=state is State.SERVICE
        )
        if self._built and screen is self.home:
            self.home.focus_first()
        self.screen_shown.emit(screen.screen_id)

    def _on_state_changed(self, _old: str, new: str) -> None:
        self.ensure_built()
        state = State(new)
        if state is State.ATTRACT:
            if self._take_card_due:
                self._take_card_due = False
                self._show_take_card()
            else:
                self._show(self.attract)
        elif state is State.LANGUAGE:
            self._show(self.language)
        elif state is State.SIGN_IN:
            self._show(self.sign_in)
        elif state is State.HOME:
            self.home.set_visitor(self.session.identity.role, self.session.identity.display_name)
            self.home.offer_practice(self.signin.can_start_practice())
            self.home.show_notices(self.core, self.session.identity)  # unread count, off-thread
            self.top_bar.set_signed_in(self.session.identity.display_name)
            self._show(self.home)
            self.home.show_storage_full(self._storage_full())  # said after the screen's title
        elif state is State.SERVICE and self.service_screen is not None:
            self._show(self.service_screen)

    def _storage_full(self) -> bool:
        """The data disk is below its reserve: the queue refuses new requests (statvfs only)."""
        from kiosk.runtime.storage import space

        paths = self.config.paths
        try:
            return space(paths.data_dir, paths.reserve_bytes).below_reserve
        except OSError:  # the data directory is gone: nothing can be saved either
            return True

    # -- out of service (OPS-07: a card reader was unplugged) ----------------------------------
    @property
    def out_of_service(self) -> bool:
        return self.signin.out_of_service

    def set_out_of_service(self, locked: bool) -> None:
        """Residents cannot start a session or sign in; a technician's card still works (the
        diagnostics screen puts the kiosk back in service). A session under way goes on."""
        self.signin.set_out_of_service(locked)

    def _on_start(self) -> None:
        self.signin.start()

    def _on_attract_language(self, language: str) -> None:
        self.signin.start(language)

    def _on_guest(self) -> None:
        self.signin.guest()

    def _on_status_check(self) -> None:
        """ "Check a street report" on the attract screen: straight to scanning the receipt, as
        a guest (nothing personal is shown; Finish or the idle timeout ends it as usual)."""
        self.ensure_built()
        if self.signin.status_check():
            self._on_service_chosen("request_status")

    def _on_service_chosen(self, service_id: str) -> None:
        from ui.service_views import offered
        from ui.services.context import ServiceContext

        view = next(v for v in offered(self.config) if v.service_id == service_id)
        context = ServiceContext(self.theme, self.config, self.controller, self.core, self.sync)
        screen = view.factory(context)
        done = getattr(screen, "done", None)
        if done is not None:
            done.connect(self._on_home)
        self._drop_service_screen()
        self.service_screen = screen
        self.stack.addWidget(screen)
        self.controller.open_service(service_id)

    def _on_home(self) -> None:
        if self.session.state in (State.SERVICE, State.RECEIPT):
            self.controller.go_home()
            self._drop_service_screen()

    def _drop_service_screen(self) -> None:
        if self.service_screen is not None:
            self.stack.removeWidget(self.service_screen)
            self.service_screen.wipe()
            # unparent first: otherwise PySide keeps the Python wrapper (and every attribute of
            # the screen) alive after the C++ widget is deleted (bench/soak.py: +44 MB per 1,000)
            self.service_screen.setParent(None)
            self.service_screen.deleteLater()
            self.service_screen = None

    def _open_help(self) -> None:
        self.ensure_built()
        self.help_panel.open()

    def _on_idle_warned(self) -> None:
        self.ensure_built()
        self.idle_warning.open()

    def _on_idle_counted(self, seconds: int) -> None:
        self.ensure_built()
        self.idle_warning.show_seconds(seconds)

    def _on_idle_cleared(self) -> None:
        if self._built:
            self.idle_warning.close_overlay()

    def _open_access(self) -> None:
        self.ensure_built()
        prefs = self.session.preferences
        self.access_panel.show_preferences(prefs.large_text, prefs.high_contrast, prefs.speech)
        self.access_panel.open()

    def _on_more_time(self) -> None:
        if not self.controller.extend():
            self.idle_warning.more_button.setEnabled(False)

    # -- services below the UI -----------------------------------------------------------------
    def attach_card(self, card: CardSignInBridge) -> None:
        """Card sign-in became available (the core started with a card reader configured)."""
        self.card = card
        self.signin.attach_card(card)

    def attach_core(self, core: KioskCore) -> None:
        """The core is up: services can use the queue, back ends, printer and devices."""
        self.core = core
        if core.fingerprint.available and self.card is not None:
            # fingerprint enabled and a sensor configured: the opt-in step after the PIN
            from kiosk.identity.fingerprint_confirmation import FingerprintConfirmation

            self.fingerprint = FingerprintConfirmation(
                core.fingerprint,
                finger_timeout=core.config.devices.fingerprint.finger_timeout_s,
                parent=self,
            )
            self.card.read_fingerprint_templates(True)
            self.signin.enable_fingerprint_step()

    def attach_sync(self, sync: SyncBridge) -> None:
        self.sync = sync
        sync.connectivity_changed.connect(self.show_connectivity)

    def show_connectivity(self, state: str) -> None:
        """The sync worker's view of the network: show the offline notice when offline."""
        self.top_bar.set_offline(state == "offline")

    # -- card sign-in (what SignInController says) ---------------------------------------------
    def _card_screen(self) -> CardSignInScreen:
        if self.card_screen is None:
            from ui.screens.card_signin import CardSignInScreen

            self.ensure_built()
            self.card_screen = CardSignInScreen(
                self.theme,
                self.signin.submit_pin,
                fingerprint=self.fingerprint,
                templates=self.card,
                privacy=self.config.privacy,
            )
            self.card_screen.privacy_requested.connect(self.privacy_panel.open)
            self.card_screen.sign_in_ready.connect(self._on_card_confirmed)
            self.card_screen.guest_chosen.connect(self._on_guest)
            self.card_screen.cancelled.connect(self.signin.cancel)
            self.stack.addWidget(self.card_screen)
        return self.card_screen

    def _on_reading(self) -> None:
        screen = self._card_screen()
        screen.show_reading()
        self._show(screen)

    def _on_pin_asked(self, identified: CardIdentified) -> None:
        screen = self._card_screen()
        screen.show_identified(identified)
        self._show(screen)

    def _on_problem(self, failure: SignInFailed) -> None:
        screen = self._card_screen()
        screen.show_failure(failure)
        self._show(screen)

    def _on_fingerprint_offered(self, offer: FingerprintOffer) -> None:
        """The optional fingerprint step; the identity comes back through sign_in_ready."""
        screen = self._card_screen()
        if not screen.offer_fingerprint(offer.identity):
            self.signin.fingerprint_done(offer.identity)  # the sensor cannot run it now

    def _on_card_confirmed(self, identity: Identity) -> None:
        """The fingerprint step is over (matched, skipped or not possible)."""
        self.signin.fingerprint_done(identity)

    def _on_library_card(self, uid: str) -> None:
        """A library card (no eCitizen application): an identifier, not proof. The library PIN
        is asked first; nothing of the patron is read before the library confirms it (#14.5)."""
        if self.core is None:
            return
        self.ensure_built()
        library_signin = self._library_signin(self.core)
        library_signin.card_read(uid)
        self._show(library_signin.screen)

    def _library_signin(self, core: KioskCore) -> LibrarySignIn:
        if self.library_signin is None:
            from ui.services.city.library_signin import LibraryPinScreen, LibrarySignIn

            screen = LibraryPinScreen(self.theme, privacy=self.config.privacy)
            screen.privacy_requested.connect(self.privacy_panel.open)
            screen.cancelled.connect(self.signin.cancel)
            screen.guest_chosen.connect(self._on_guest)
            self.library_signin = LibrarySignIn(core, screen, self)
            self.library_signin.signed_in.connect(self._on_library_patron)
            self.wiped.connect(self.library_signin.forget)
        return self.library_signin

    def _on_library_patron(self, answer: PatronVerified) -> None:
        from kiosk.services import library

        core = self.core
        patron, pin = answer.patron, answer.pin
        identity = Identity(Role.PATRON, patron.name, patron.patron_id)
        if core is None or not self.signin.patron_verified(identity):
            answer.wipe()
            return
        verified = library.LibrarySession(core.sip2_factory, patron.patron_id, patron.name, pin)
        library.remember(self.session.data, verified)

    def _on_card_taken(self) -> None:
        """A card left the reader: after a session, "Take your card" or the left-behind notice
        ends (a session's own card ending the session is the adapter's)."""
        if self.take_card is not None and self.stack.currentWidget() is self.take_card:
            self._leave_take_card()
        self._set_card_left_behind(False)

    # -- practice sessions started by staff (#15.11) --------------------------------------------
    def _on_practice_changed(self, on: bool) -> None:
        """The practice notice on the attract screen and the made-up people on the sign-in
        screen while a practice session runs; the PRACTICE banner on every screen."""
        from kiosk.demo.practice import practice_people
        from ui.practice_session import PracticeNotice, PracticeSessionPeople

        self.ensure_built()
        if self.practice_notice is None:
            self.practice_notice = PracticeNotice.on(self.attract)
            self.practice_notice.end_requested.connect(self.signin.end_practice)
        if self.practice_people is None:
            self.practice_people = PracticeSessionPeople(practice_people())
            self.practice_people.chosen.connect(self.signin.practice_sign_in)
            self.sign_in.add_practice_people(self.practice_people)
        self.practice_notice.setVisible(on)
        self.practice_people.setVisible(on)
        # no card is read while the staff card holds the practice: no card instructions
        sign_in, attract = self.sign_in, self.attract
        for widget in (
            sign_in.card_title,
            sign_in.card_steps,
            sign_in.library_title,
            sign_in.library_steps,
        ):
            widget.setVisible(not on)
        attract.card_hint.setVisible(
            not on
            and not attract.card_left.isVisibleTo(attract)
            and not attract.out_of_service.isVisibleTo(attract)
        )
        self.top_bar.set_practice(on or self.config.kiosk.mode.value == "practice")

    def _on_practice_ended(self, ended: PracticeEnded) -> None:
        """Everything of the practice session is gone; the staff card is asked for if it is
        still in (ended on screen), otherwise the normal attract screen is back."""
        if self.session.state is State.ENDING:
            self._take_card_due = ended.take_card  # shown once the wipe is done
        elif ended.take_card:
            self._show_take_card()
        elif self.session.state is State.ATTRACT:
            self._show(self.attract)

    # -- take your card (issue #15.7) -----------------------------------------------------------
    def waive_take_card(self) -> None:
        """The session about to end asks for its card in its own way (a member of staff's
        "Help a resident": the attract screen's handover notice says to take the staff card)."""
        self.signin.waive_take_card()

    def _show_take_card(self) -> None:
        """The session is wiped; the card is still in: ask for it, wait for its removal."""
        if self.take_card is None:
            from ui.screens.take_card import TakeCardScreen

            self.take_card = TakeCardScreen(self.theme, wait_s=self.take_card_wait_s)
            self.take_card.waited_out.connect(self._on_card_not_taken)
            self.stack.addWidget(self.take_card)
        # said in the language and access modes the resident chose (speech too); nothing
        # else of the session is kept, and the defaults come back when the screen goes
        carried, self._carried = self._carried, None
        if carried is not None:
            self._defaults = dataclasses.replace(self.session.preferences)
            self.session.preferences = carried
        self._show(self.take_card)
        self.take_card.begin()

    def _leave_take_card(self) -> None:
        """Back to attract with the default language and access modes for the next person."""
        if self.take_card is not None:
            self.take_card.finish()
        defaults, self._defaults = self._defaults, None
        if defaults is not None and self.session.state is State.ATTRACT:
            self.controller.set_language(defaults.language)
            for name in ("large_text", "high_contrast", "speech", "simplified"):
                self.controller.set_preference(name, getattr(defaults, name))
        self._show(self.attract)

    def _on_card_not_taken(self) -> None:
        """Nobody took the card in time: attract for the next person, with a notice, and staff
        are told through diagnostics (a problem key only: never whose card it is)."""
        if self.take_card is not None and self.stack.currentWidget() is self.take_card:
            self._leave_take_card()
        if self.signin.flow.card_in:
            logger.warning("a card was left in the reader")
            self._set_card_left_behind(True)

    def _set_card_left_behind(self, left: bool) -> None:
        self.attract.show_card_left_behind(left)
        if self.core is not None:
            if left:
                self.core.problems[CARD_LEFT_PROBLEM] = CARD_LEFT_KEY
            else:
                self.core.problems.pop(CARD_LEFT_PROBLEM, None)

    # -- session end -------------------------------------------------------------------------
    def finish(self) -> None:
        """ "Finish and sign out": ends the session through the one wipe routine."""
        if self.session.state not in (State.ATTRACT, State.ENDING):
            self.controller.end(EndReason.SIGN_OUT)

    def _on_session_ending(self, end: SessionEnd) -> None:
        """The adapter's decision inside the wipe (its hook runs before :meth:`_wipe`)."""
        self._take_card_due = end.take_card

    def _wipe(self, _reason: EndReason) -> None:
        """Wipe hook: clear every screen, drop per-session widgets, clipboard, overlays."""
        # the card this session used is still in: "Take your card" once the wipe is done
        self._carried = (
            dataclasses.replace(self.session.preferences) if self._take_card_due else None
        )
        if self._built:
            for overlay in (
                self.idle_warning,
                self.help_panel,
                self.access_panel,
                self.privacy_panel,
            ):
                overlay.close_overlay()
            self.idle_warning.more_button.setEnabled(True)
        self._drop_service_screen()
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if isinstance(widget, Screen):
                widget.wipe()
        self.top_bar.set_signed_in("")
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(clipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(clipboard.Mode.Selection)
        self.wiped.emit()

    # -- look --------------------------------------------------------------------------------
    def _theme_for_preferences(self) -> Theme:
        return Theme.for_preferences(self.session.preferences, self._dpi)

    def _on_preferences_changed(self) -> None:
        theme = self._theme_for_preferences()
        prefs = self.session.preferences
        self.attract.show_preferences(prefs.large_text, prefs.high_contrast, prefs.speech)
        if self._built:
            self.access_panel.show_preferences(prefs.large_text, prefs.high_contrast, prefs.speech)
        if theme != self.theme:
            self.theme = theme
            self.setStyleSheet(theme.style_sheet())
            for index in range(self.stack.count()):
                widget = self.stack.widget(index)
                if isinstance(widget, Screen):
                    widget.apply_theme(theme)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self.ensure_built)  # the rest of the screens, after frame one

    # -- lockdown ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            logger.info("window close refused (kiosk locked)")
            event.ignore()

    def apply_window_mode(self, *, fullscreen: bool, hide_cursor: bool) -> None:
        flags = self.windowFlags()
        if fullscreen:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(flags)
        if hide_cursor:
            self.setCursor(Qt.CursorShape.BlankCursor)
