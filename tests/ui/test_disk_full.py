"""A full data disk at start, through the whole application (issue #9 lockdown): no crash, the
attract screen shows, the technician's diagnostics screen names the full disk. A real tiny tmpfs
(tests/helpers/fullfs.py); the first start on it used to raise ENOSPC from the pseudonym key."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig, Mode, load_demo_config
from kiosk.session.machine import Identity, Role
from tests.conftest import shell_only
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)
from ui.main import KioskApplication
from ui.screens.diagnostics import DiagnosticsScreen

from .conftest import show_kiosk


def _production(data: object) -> KioskConfig:
    config = shell_only(load_demo_config(data))  # type: ignore[arg-type]
    return config.model_copy(
        update={
            "kiosk": config.kiosk.model_copy(update={"mode": Mode.PRODUCTION}),
            "paths": config.paths.model_copy(update={"reserve_mb": 0.25}),
        }
    )


def test_first_start_on_full_disk_shows_attract_and_tells_the_technician(
    qapp: QApplication, tiny_fs: TinyFs, qtbot
) -> None:
    data = tiny_fs.root / "data"
    data.mkdir(mode=0o700)
    tiny_fs.fill()
    app = KioskApplication(qapp, _production(data), windowed=True)
    try:
        show_kiosk(app, qtbot, start_core=True)  # started degraded, not failed
        assert app.window.current_screen() is app.window.attract
        assert app.core.problems["queue"] == "queue.store.full"
        app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess", "TECH-1"))
        app.window._on_service_chosen("diagnostics")
        screen = app.window.service_screen
        assert isinstance(screen, DiagnosticsScreen)
        qtbot.waitUntil(lambda: screen._report is not None, timeout=20000)
        assert "system.disk_full" in screen.rows["system"].text()
        assert "queue.store.full" in screen.rows["alerts"].text()
        app.window.finish()
    finally:
        app.dispose()


def test_home_warns_before_any_form_while_new_requests_cannot_be_saved(
    qapp: QApplication, tiny_fs: TinyFs, qtbot
) -> None:
    data = tiny_fs.root / "data"
    data.mkdir(mode=0o700)
    app = KioskApplication(qapp, _production(data), windowed=True)
    try:
        show_kiosk(app, qtbot, start_core=True)
        home = app.window.home

        def guest_at_home() -> None:
            app.controller.start()
            app.controller.choose_language("en")
            app.controller.sign_in(Identity(Role.GUEST))
            assert app.window.current_screen() is home

        guest_at_home()
        assert not home.storage_line.isVisible()
        app.window.finish()
        tiny_fs.fill(leave=64 * 1024)  # below the 256 KiB reserve: the queue refuses new work
        guest_at_home()
        assert home.storage_line.isVisible()
        assert "cannot save new requests" in home.storage_line.text()
        app.window.finish()
        tiny_fs.release()  # space came back
        guest_at_home()
        assert not home.storage_line.isVisible()
        app.window.finish()
    finally:
        app.dispose()
