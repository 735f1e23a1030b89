"""One service screen on a started core against the demo city, without the kiosk window.

Most service tests need the screen, the core, the session and the city, not the home screen,
the sign-in screens or the inclusion layer. The stage builds what ``KioskApplication`` builds
for a service screen and nothing else (issue #17)::

    def test_x(service_stage: ServiceStage) -> None:
        service_stage.sign_in()                      # Amina Njoroge, RES-0001 (no card)
        screen = service_stage.open("permits")       # as the home tile opens it
        service_stage.wait_idle(screen)
        render_and_audit(service_stage.host, "permits-start")

The kiosk's own pages open the same way (``open_view("diagnostics")`` for a technician), and a
module changes the stage's devices by overriding ``stage_devices`` (e.g. no printer).

What is real: the core (``build_core`` + ``start`` on the start thread, as ``CoreStarter``), the
session controller, the sync bridge, planning statistics, the translations (``set_language``
retranslates every widget), the theme (``set_preference`` re-themes the screen), the session
wipe (the screen is wiped and dropped when the session ends), the top bar above the screen
(so the screen has the room it has in the window), the core's bridges as the window gets them
(``kiosk.runtime.bridges.build_bridges``) and the on-screen keyboard under the screen, which
opens on a touched field with the keys the screen attached (``open_keyboard``, ``tap_keys``,
``tap_in_place``). The window's inclusion features are a recording :class:`Assist`
(``stage.assist``: what was announced, read aloud, or asked of a helper, who steps back at once).
What is not there: the home, sign-in and card screens, speech itself, the key guard, card
sign-in. Tests of those use ``city_kiosk``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import KioskConfig, with_devices
from kiosk.runtime.app import KioskCore, build_core
from kiosk.runtime.bridges import build_bridges
from kiosk.session.controller import SessionController
from kiosk.session.machine import EndReason, State
from kiosk.sync.bridge import SyncBridge
from tests.helpers.assist import Recorder
from tests.helpers.city_kiosk import TIMEOUT_MS, CityRig, city_config, speed_up, start_city
from ui.assist import register
from ui.chrome import TopBar
from ui.fonts import install_emoji_font
from ui.i18n import Translations
from ui.keyboard import OnScreenKeyboard
from ui.main import CoreStarter
from ui.service_views import offered
from ui.services.base import ServiceScreen, wait_for_jobs
from ui.services.context import ServiceContext
from ui.theme import Theme
from ui.widgets.base import Screen


class StageHost(QWidget):
    """The top-level widget the screen is shown in: the kiosk's top bar above it, its style
    sheet, ``theme`` and ``current_screen()`` (what the accessibility audit reads), and
    ``card``, which :meth:`ServiceScreen.signer` reads from the screen's window (a test puts
    a card there to sign a declaration, as the window's card bridge would be)."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.setObjectName("service-stage")
        self.theme = theme
        self.card: object | None = None
        self.setStyleSheet(theme.style_sheet())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = TopBar(theme, self)
        layout.addWidget(self.top_bar)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.blank = Screen(theme)  # stands for the home (or attract) screen
        self.stack.addWidget(self.blank)
        # the window's on-screen keyboard (ui.inclusion puts it under the stack), closed: it
        # takes no room, and the audit checks each shown field's keys against it
        self.keyboard = OnScreenKeyboard(theme, self)
        self.keyboard.hide()
        layout.addWidget(self.keyboard)
        self.resize(1080, 1920)

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget


@dataclass
class ServiceStage(CityRig):
    """Attributes (besides :class:`CityRig`'s): ``config``, ``host`` (pass it to
    ``render_and_audit``), ``sync``, and ``service_screen`` (the open screen, or None)."""

    config: KioskConfig
    stage_core: KioskCore
    stage_controller: SessionController
    host: StageHost
    translations: Translations
    assist: Recorder
    sync: SyncBridge | None = None
    service_screen: Screen | None = None

    @property
    def core(self) -> KioskCore:
        return self.stage_core

    @property
    def controller(self) -> SessionController:
        return self.stage_controller

    @property
    def theme(self) -> Theme:
        return self.host.theme

    @property
    def window(self) -> QWidget:
        return self.host

    @property
    def keyboard(self) -> OnScreenKeyboard:
        return self.host.keyboard

    def open(self, service_id: str) -> ServiceScreen:
        """Open the service as its home tile does (``MainWindow._on_service_chosen``): only a
        service the home screen offers this visitor."""
        screen = self.open_view(service_id)
        assert isinstance(screen, ServiceScreen)
        return screen

    def open_view(self, service_id: str) -> Screen:
        """:meth:`open` for any view the home screen offers, the kiosk's own pages too (the
        diagnostics screen is a :class:`Screen`, not a service screen)."""
        session = self.controller.session
        assert session.state is State.HOME, f"home is not shown ({session.state})"
        view = next((v for v in offered(self.config) if v.service_id == service_id), None)
        assert view is not None, f"no home tile for {service_id}"
        assert session.identity.role in view.roles, f"no home tile for {service_id}"
        screen = view.factory(self.context())
        self.place(screen, service_id)
        return screen

    def context(self) -> ServiceContext:
        """What the window gives a service screen it opens now."""
        return ServiceContext(self.theme, self.config, self.controller, self.core, self.sync)

    def place(self, screen: Screen, service_id: str) -> None:
        """Show ``screen`` as the open service ``service_id`` (a screen made by the test)."""
        done = getattr(screen, "done", None)
        if done is not None:
            done.connect(self.home)
        self._drop_screen()
        self.service_screen = screen
        self.host.stack.addWidget(screen)
        self.controller.open_service(service_id)

    def home(self) -> None:
        """The top bar's Home (or a screen's ``done``): back home, the screen dropped."""
        if self.controller.session.state in (State.SERVICE, State.RECEIPT):
            self.controller.go_home()
            self._drop_screen()

    def finish(self) -> None:
        """ "Finish and sign out": the session ends through the one wipe routine."""
        if self.controller.session.state not in (State.ATTRACT, State.ENDING):
            self.controller.end(EndReason.SIGN_OUT)

    # -- what the window does for a service screen ---------------------------------------------
    def _on_state_changed(self, _old: str, new: str) -> None:
        state = State(new)
        screen = self.service_screen
        host = self.host
        if state is State.SERVICE and screen is not None:
            host.stack.setCurrentWidget(screen)
        elif state is not State.RECEIPT:
            host.stack.setCurrentWidget(host.blank)
        if state is State.HOME:
            host.top_bar.set_signed_in(self.controller.session.identity.display_name)
        host.top_bar.set_session_visible(
            state not in (State.ATTRACT, State.ENDING), home=state is State.SERVICE
        )

    def _on_preferences_changed(self) -> None:
        theme = Theme.for_preferences(self.controller.session.preferences, self.theme.dpi)
        if theme != self.host.theme:
            self.host.theme = theme
            self.host.setStyleSheet(theme.style_sheet())
            self.host.keyboard.apply_theme(theme)
            for index in range(self.host.stack.count()):
                widget = self.host.stack.widget(index)
                if isinstance(widget, Screen):
                    widget.apply_theme(theme)

    def _wipe(self, _reason: EndReason) -> None:
        self._drop_screen()
        self.host.top_bar.set_signed_in("")

    def _drop_screen(self) -> None:
        screen, self.service_screen = self.service_screen, None
        if screen is not None:
            self.host.stack.removeWidget(screen)
            screen.wipe()
            screen.setParent(None)
            screen.deleteLater()


@pytest.fixture
def stage_devices() -> Mapping[str, Mapping[str, Any]]:
    """Device sections the stage changes after the city's (emulated printer, the rest disabled);
    a module overrides this fixture, e.g. ``{"printer": DISABLED}``."""
    return {}


@pytest.fixture
def service_stage(
    qapp: QApplication,
    demo_config: KioskConfig,
    stage_devices: Mapping[str, Mapping[str, Any]],
    qtbot: Any,
) -> Iterator[ServiceStage]:
    city, printer = start_city()
    core: KioskCore | None = None
    controller: SessionController | None = None
    translations: Translations | None = None
    host: StageHost | None = None
    try:
        config = with_devices(city_config(demo_config, city, printer.uri), **stage_devices)
        install_emoji_font()
        core = build_core(config)
        controller = SessionController(core.session)
        translations = Translations(qapp)
        translations.switch(config.languages.default)
        controller.language_changed.connect(translations.switch)
        dpi = config.display.dpi
        assert dpi is not None  # city_config sets it
        host = StageHost(Theme.for_preferences(core.session.preferences, dpi))
        stage = ServiceStage(
            city=city,
            printer=printer,
            qtbot=qtbot,
            config=config,
            stage_core=core,
            stage_controller=controller,
            host=host,
            translations=translations,
            assist=Recorder(host, host.keyboard),
        )
        register(host, stage.assist)
        # connected before the core starts, as the window is built before it starts
        controller.state_changed.connect(stage._on_state_changed)
        controller.preferences_changed.connect(stage._on_preferences_changed)
        controller.language_changed.connect(host.keyboard.set_language)
        core.session.add_wipe_hook(stage._wipe)
        host.top_bar.home_requested.connect(stage.home)
        host.top_bar.finish_requested.connect(stage.finish)
        starter = CoreStarter(core, qapp)
        with qtbot.waitSignal(starter.started, timeout=TIMEOUT_MS) as started:
            starter.start()
        assert started.args == [""], started.args
        starter.deleteLater()
        # what KioskApplication._on_core_started attaches for service screens
        stage.sync = sync = build_bridges(core, host).sync
        assert sync is not None
        top_bar = host.top_bar
        sync.connectivity_changed.connect(lambda state: top_bar.set_offline(state == "offline"))
        from ui.services.planning import attach_planning

        attach_planning(core, sync, host)
        core.start_watching()
        speed_up(core)
        host.show()
        qtbot.waitExposed(host)
        yield stage
    finally:
        wait_for_jobs()
        if controller is not None:
            controller.stop()
        if core is not None:
            core.close()
        if host is not None:
            host.hide()
            host.deleteLater()
        if translations is not None:
            translations.switch(demo_config.languages.default)
        printer.close()
        city.stop()
