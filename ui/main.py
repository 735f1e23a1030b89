"""Starts the kiosk: QApplication, core services, the window, and in demo mode the Simulator."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig, Mode
from kiosk.records.logs import Redactor, install_excepthooks, setup_logging
from kiosk.records.qtlog import install_qt_message_handler, uninstall_qt_message_handler
from kiosk.runtime.app import KioskCore, build_core
from kiosk.runtime.unixsignals import UnixSignalHandler
from kiosk.runtime.watchdog import Watchdog
from kiosk.session.controller import SessionController
from kiosk.session.machine import EndReason
from ui.fonts import install_emoji_font
from ui.i18n import Translations
from ui.inclusion import Inclusion
from ui.lockdown import KeyGuard
from ui.main_window import MainWindow

if TYPE_CHECKING:  # (imported where used: off the path to the first frame)
    from kiosk.identity.card_bridge import CardSignInBridge
    from kiosk.identity.staff_card import StaffCardRouter
    from kiosk.records.audit_trail import SecurityAudit
    from kiosk.security.tamper_bridge import TamperBridge
    from kiosk.sync.bridge import SyncBridge
    from ui.assisted import AssistedStart
    from ui.handover import HandoverStart
    from ui.practice_people import PracticePeople
    from ui.simulator import SimulatorWindow
    from ui.technician import TechnicianMode

logger = logging.getLogger(__name__)


class CoreStarter(QObject):
    """Starts the core (demo rig, queue, devices) on its own thread after the first frame.

    Signals:
        started(str): the core is up; the argument is an error description or "".
    """

    started = Signal(str)

    def __init__(self, core: KioskCore, parent: QObject) -> None:
        # Parented (owned by Qt on the GUI thread): the start thread holds a reference to this
        # object, and if that were the last one the object would be destroyed on that thread,
        # where ~QObject needs Qt's connection lock and then the GIL while the GUI thread holds
        # the GIL and waits for that lock (a deadlock seen in tests that drop the app early).
        super().__init__(parent)
        self._core = core
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="core-start", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._core.start()
        except Exception as exc:  # environmental failures become a degraded kiosk, not a crash
            logger.exception("kiosk core start failed")
            self._report(exc.__class__.__name__)
        else:
            self._report("")

    def _report(self, error: str) -> None:
        try:
            self.started.emit(error)
        except RuntimeError:  # the application was torn down while the core was starting
            logger.info("core started after the window was gone; nothing to attach")

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


class KioskApplication:
    """Owns the Qt side of a running kiosk; built by :func:`build_application`.

    Attributes:
        core: services below the UI.
        controller: the session's Qt adapter.
        window: the kiosk window.
        simulator: the demo Simulator window (None outside demo mode).
    """

    def __init__(
        self,
        app: QApplication,
        config: KioskConfig,
        *,
        windowed: bool,
        clock: Callable[[], float] = time.monotonic,
        redactor: Redactor | None = None,
    ) -> None:
        self.app = app
        self.config = config
        install_emoji_font()  # emoji in back-end text get glyphs, not boxes (issue #16 item 9)
        self.core: KioskCore = build_core(config, clock=clock, redactor=redactor)
        self.controller = SessionController(self.core.session)
        self.translations = Translations(app)
        self.translations.switch(config.languages.default)
        self.controller.language_changed.connect(self.translations.switch)
        self._guard_installed = False
        self._disposed = False
        self.guard = KeyGuard(app)
        self.guard.activity_seen.connect(self.controller.touch)
        self.window = MainWindow(config, self.controller, dpi=_screen_dpi(app, config))
        # The escape-key guard is installed with the first frame, inside its paint, before the
        # event loop delivers anything else: a Python filter on Qt's own start-up events makes
        # PySide6 build the Python side of every Qt class before the first frame (~30 ms). Until
        # that frame the window shows nothing to act on, and it refuses to close by itself.
        # (Connected before the inclusion layer's keypad: the keypad filter still runs first.)
        self.window.first_painted.connect(self._install_guard)
        # speech, keypad, on-screen keyboard, simplified/assisted/practice modes (ui/inclusion.py)
        self.inclusion = Inclusion(self.window)
        self.window.signin.practice_changed.connect(self._on_practice_changed)
        fullscreen = config.display.fullscreen and not windowed
        self.window.apply_window_mode(
            fullscreen=fullscreen, hide_cursor=config.display.hide_cursor and not windowed
        )
        self.practice_people: PracticePeople | None = None  # practice kiosks only
        self.simulator: SimulatorWindow | None = None  # demo only; opened after the first frame
        self.warm_pending: list[str] = []  # service modules still to import (_warm_services)
        self._shown = False
        self._fullscreen = fullscreen
        self.card: CardSignInBridge | None = None
        self.staff_card: StaffCardRouter | None = None
        self.assisted: AssistedStart | None = None
        self.handover: HandoverStart | None = None
        self.sync: SyncBridge | None = None
        self.security_audit: SecurityAudit | None = None
        self.technician: TechnicianMode | None = None
        self.tamper: TamperBridge | None = None
        self.starter = CoreStarter(self.core, app)
        self.starter.started.connect(self._on_core_started)
        # queued: the first frame reaches the screen before the core starts loading
        self.window.first_painted.connect(self.starter.start, Qt.ConnectionType.QueuedConnection)
        if config.is_demo:
            self.window.first_painted.connect(
                self._open_simulator, Qt.ConnectionType.QueuedConnection
            )

    def _on_practice_changed(self, on: bool) -> None:
        """A practice session started by staff: receipts and banner say PRACTICE (#15.11)."""
        self.inclusion.practice = on or self.config.kiosk.mode is Mode.PRACTICE

    def _install_guard(self) -> None:
        if not self._guard_installed and not self._disposed:
            self._guard_installed = True
            self.app.installEventFilter(self.guard)

    def _open_simulator(self) -> None:
        """The demo's Simulator window (never in production), beside the kiosk once it shows."""
        if self.simulator is not None or not self.config.is_demo or self._disposed:
            return  # (a queued call may arrive after dispose, e.g. in tests)
        from ui.simulator import SimulatorWindow

        self.simulator = SimulatorWindow(self.controller)
        if self._shown:
            self.simulator.show()
            self._place_simulator()

    def _place_simulator(self) -> None:
        """Beside the kiosk window when the screen has room (one VNC screen holds both)."""
        simulator = self.simulator
        screen = self.window.screen()
        if simulator is None or screen is None or self.window.isFullScreen():
            return
        kiosk = self.window.frameGeometry()
        room = screen.availableGeometry()
        if kiosk.right() + 1 + simulator.frameGeometry().width() <= room.right() + 1:
            simulator.move(kiosk.right() + 1, kiosk.top())

    def _on_core_started(self, error: str) -> None:
        """GUI thread, after the core came up on its starter thread: connect the UI to it."""
        from kiosk.runtime.bridges import build_bridges
        from ui.technician import TechnicianMode

        core = self.core
        if error:
            logger.error("kiosk core did not start: %s", error)
        bridges = build_bridges(core, self.app)
        self.sync = bridges.sync
        if self.sync is not None:
            self.window.attach_sync(self.sync)
        self.security_audit = bridges.security_audit
        # OPS-05: technician card + PIN only; lockdown relaxed and the 30-minute limit while in it
        self.technician = TechnicianMode(
            self.controller, self.guard, self.security_audit, parent=self.app
        )
        # practice sessions started by staff switch the core's back ends and are audited
        self.window.signin.attach_practice(core, self.security_audit)
        if core.audit is not None:  # assisted-session entries go to the core's audit log
            self.inclusion.attach_audit(core.audit)
        if bridges.cards is not None:
            from ui.assisted import AssistedStart
            from ui.handover import HandoverStart

            self.card = bridges.cards.card
            self.staff_card = bridges.cards.staff_card
            self.window.attach_card(self.card)
            self.tamper = bridges.cards.tamper
            if self.tamper is not None:  # OPS-07: out of service after a reader was unplugged
                self.tamper.out_of_service_changed.connect(self.window.set_out_of_service)
                self.window.set_out_of_service(self.tamper.locked)
            self.assisted = AssistedStart(self.window, self.inclusion, self.staff_card, self.app)
            # one-reader kiosks: staff sign in, "Help a resident", the next resident is asked
            self.handover = HandoverStart(
                self.window,
                self.inclusion,
                self.card,
                self.assisted,
                core.config.idle.handover_seconds,
                self.app,
            )
            core.closers.append(self.handover.close)
        self.window.attach_core(core)
        if self.security_audit is not None and self.window.fingerprint is not None:
            self.window.fingerprint.finished.connect(self.security_audit.fingerprint_verified)
        self._open_simulator()
        if self.simulator is not None:
            self.simulator.attach_core(core)
        if core.practice and core.demo is not None and core.demo.card_slots:
            from ui.practice_people import PracticePeople  # made-up people to sign in as (#15.11)

            first_reader = next(iter(core.demo.card_slots.values()))
            self.practice_people = PracticePeople(first_reader, self.window.sign_in)
            self.window.sign_in.add_practice_people(self.practice_people)
        from ui.services.planning import attach_planning  # anonymous statistics for planners

        self.planning = attach_planning(core, self.sync, self.window)
        core.start_watching()
        self._warm_services()

    def _warm_services(self) -> None:
        """Import the service screens' modules while the kiosk waits on its attract screen, one
        per event-loop turn, so a resident's first tap on a tile does not pay for the import
        (~200 ms for the street report; bench/touch.py). Kept out of start-up: the first
        frame comes first."""
        import pkgutil

        import ui.services

        self.warm_pending = [
            info.name
            for info in pkgutil.walk_packages(ui.services.__path__, "ui.services.")
            if not info.ispkg
        ]
        timer = QTimer(self.app)
        timer.setInterval(20)  # a tap between two imports is served in between

        def next_module() -> None:
            if not self.warm_pending or self._disposed:
                timer.stop()
                timer.deleteLater()
                return
            name = self.warm_pending.pop(0)
            try:
                importlib.import_module(name)
            except ImportError:  # a broken module fails again, visibly, when it is opened
                logger.exception("service module %s could not be imported", name)

        timer.timeout.connect(next_module)
        timer.start()

    def show(self) -> None:
        if self._fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(self.config.display.width, self.config.display.height)
            self.window.show()
        self._shown = True
        if self.simulator is not None:
            self.simulator.show()
            self._place_simulator()

    def shutdown(self) -> None:
        """Clean shutdown: wipe the session, stop timers, close devices, quit."""
        logger.info("kiosk shutting down")
        self.core.session.end(EndReason.SHUTDOWN)
        self.dispose()
        self.app.quit()

    def dispose(self) -> None:
        """Release everything this object installed into the QApplication (tests reuse it)."""
        # the starter outlives this object (it belongs to the QApplication): a core that comes up
        # after dispose must not call back into a dead application
        self.starter.started.disconnect(self._on_core_started)
        self._disposed = True
        self.controller.stop()
        if self.technician is not None:
            self.technician.dispose()
        self.inclusion.dispose()
        self.controller.language_changed.disconnect(self.translations.switch)
        self.translations.uninstall()
        self.app.removeEventFilter(self.guard)
        self.core.close()
        self.window.allow_close = True
        self.window.hide()
        self.window.deleteLater()
        if self.simulator is not None:
            self.simulator.hide()
            self.simulator.deleteLater()


def _screen_dpi(app: QApplication, config: KioskConfig) -> float:
    if config.display.dpi is not None:
        return config.display.dpi
    screen = app.primaryScreen()
    dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
    # virtual and mis-reporting screens give nonsense: stay within what real panels have
    return dpi if 50.0 <= dpi <= 400.0 else 96.0


def run_kiosk(config: KioskConfig, *, windowed: bool = False) -> int:
    """Run the kiosk until it is told to stop; returns the process exit code."""
    from kiosk.security.hardening import harden_process

    redactor = Redactor()
    logs = setup_logging(config.paths.data_dir, config.logging.level, redactor=redactor)
    harden_process()  # SEC-03: before any resident data exists in this process
    restore_hooks = install_excepthooks()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ecitizen-kiosk")
    install_qt_message_handler()
    if app.platformName() == "vnc":  # scripts/run.sh on a machine without a display
        from ui.vnc import restrict_to_loopback

        restrict_to_loopback()
    # under cage the compositor is systemd's main process and the kiosk its child
    watchdog = Watchdog(allow_parent=True)
    signals = UnixSignalHandler()
    signals.install()
    kiosk = KioskApplication(app, config, windowed=windowed, redactor=redactor)

    def on_termination(signum: int) -> None:
        logger.info("termination requested by signal %d", signum)
        watchdog.stopping("shutting down")
        kiosk.shutdown()

    signals.termination_requested.connect(on_termination)
    kiosk.window.first_painted.connect(lambda: watchdog.ready("attract screen shown"))
    watchdog.start()
    kiosk.show()
    logger.info("kiosk %s started in %s mode", config.kiosk.id, config.kiosk.mode.value)
    try:
        return app.exec()
    finally:
        signals.uninstall()
        watchdog.close()
        uninstall_qt_message_handler()
        restore_hooks()
        logs.close()
