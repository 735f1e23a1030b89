"""Lockdown (OPS-01, OPS-02, OPS-05): escape keys, technician mode (the guard relaxed, audited,
time-limited), one top-level window outside demo mode, no escape-route APIs in ui/, a corrupt
queue at start-up (degraded, moved aside, shown to the technician), and a full data disk (#9):
at the first start (no crash, the attract screen, the technician told; a real tiny tmpfs,
tests/helpers/fullfs.py) and while running (home warns before any form). Crash → restart:
tests/test_service_unit.py (Restart=always, WatchdogSec) and
tests/kiosk/runtime/test_watchdog_freeze.py (a frozen loop stops the pings)."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig, Mode, load_demo_config, shell_only
from kiosk.diagnostics.report import collect
from kiosk.records.audit import read_entries, verify
from kiosk.session.machine import Identity, Role, State
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)
from ui.main import KioskApplication
from ui.screens.diagnostics import DiagnosticsScreen
from ui.technician import TechnicianMode

from .conftest import show_kiosk

UI = Path(__file__).resolve().parents[2] / "ui"
K = Qt.Key
M = Qt.KeyboardModifier

ESCAPES = [
    (K.Key_F4, M.AltModifier),
    (K.Key_Tab, M.AltModifier),
    (K.Key_F2, M.ControlModifier | M.AltModifier),
    (K.Key_Delete, M.ControlModifier | M.AltModifier),
    (K.Key_Backspace, M.ControlModifier | M.AltModifier),
    (K.Key_Super_L, M.NoModifier),
    (K.Key_D, M.MetaModifier),
    (K.Key_Q, M.ControlModifier),
    (K.Key_W, M.ControlModifier),
    (K.Key_Escape, M.NoModifier),
    (K.Key_Escape, M.ControlModifier),
    (K.Key_Menu, M.NoModifier),
    (K.Key_F11, M.NoModifier),
]


def _production(config: KioskConfig) -> KioskConfig:
    config = shell_only(config)
    return config.model_copy(
        update={"kiosk": config.kiosk.model_copy(update={"mode": Mode.PRODUCTION})}
    )


@pytest.fixture
def production_app(
    qapp: QApplication, demo_config: KioskConfig, qtbot
) -> Iterator[KioskApplication]:
    app = KioskApplication(qapp, _production(demo_config), windowed=True)
    show_kiosk(app, qtbot, start_core=True)
    yield app
    app.dispose()


@pytest.mark.parametrize(("key", "mods"), ESCAPES)
def test_escape_combinations_are_swallowed(production_app: KioskApplication, qtbot, key, mods):
    app = production_app
    app.controller.sign_in(Identity(Role.RESIDENT, "Rita", "RES-1"))
    blocked: list[str] = []
    app.guard.escape_blocked.connect(blocked.append)
    QTest.keyClick(app.window, key, mods)
    assert blocked, f"{key.name} with {mods} was not blocked"
    assert app.window.isVisible()
    assert app.core.session.state is State.HOME


def _locked(app: KioskApplication) -> bool:
    return app.guard.locked


def test_guard_relaxed_only_for_technicians(production_app: KioskApplication) -> None:
    app = production_app
    app.controller.sign_in(Identity(Role.STAFF, "Sam", "STAFF-1"))
    assert _locked(app)
    app.window.finish()
    app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess", "TECH-1"))
    assert not _locked(app)
    blocked: list[str] = []
    app.guard.escape_blocked.connect(blocked.append)
    QTest.keyClick(app.window, K.Key_Escape)
    assert blocked == []
    app.window.finish()
    assert _locked(app)


def test_technician_mode_is_audited_without_the_technicians_name(
    production_app: KioskApplication, qtbot
) -> None:
    app = production_app
    app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess Technician", "TECH-0007"))
    app.window._on_service_chosen("diagnostics")
    screen = app.window.service_screen
    assert isinstance(screen, DiagnosticsScreen)
    qtbot.waitUntil(lambda: screen._report is not None, timeout=20000)
    assert not _locked(app)  # relaxed in technician mode only
    app.window.finish()
    assert _locked(app)
    audit = app.config.paths.data_dir / "audit.jsonl"
    events = [e["event"] for e in read_entries(audit)]
    for event in ("technician.enter", "technician.exit", "role.change"):
        assert event in events
    log_text = json.dumps(list(read_entries(audit)))
    assert "TECH-0007" not in log_text and "Tess" not in log_text
    assert verify(audit).ok


def test_time_limit_forces_reauthentication(production_app: KioskApplication, qtbot) -> None:
    app = production_app
    mode = TechnicianMode(app.controller, app.guard, None, limit_s=0.2)
    app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess", "TECH-1"))
    assert mode.active and not _locked(app)
    with qtbot.waitSignal(app.controller.session_ended, timeout=5000):
        pass
    assert app.core.session.state in (State.ATTRACT, State.ENDING)
    assert _locked(app)
    assert mode.remaining_s() == 0.0  # no longer in technician mode
    mode.dispose()


def _visible_top_levels() -> list[str]:
    return sorted(
        w.objectName() or type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.isWindow()
    )


def test_no_second_top_level_window_outside_demo(production_app: KioskApplication, qtbot) -> None:
    app = production_app
    assert app.simulator is None
    assert _visible_top_levels() == ["main-window"]
    app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess", "TECH-1"))
    app.window._on_service_chosen("diagnostics")
    screen = app.window.service_screen
    assert isinstance(screen, DiagnosticsScreen)
    qtbot.waitUntil(lambda: screen._report is not None, timeout=20000)
    app.window._on_home()
    app.window._on_service_chosen("about")
    app.window._open_help()
    app.window._open_access()
    assert _visible_top_levels() == ["main-window"]
    app.window.finish()
    assert _visible_top_levels() == ["main-window"]


BANNED_NAMES = {
    "QFileDialog",
    "QDesktopServices",
    "openUrl",
    "QPrintDialog",
    "QPageSetupDialog",
    "QPrintPreviewDialog",
    "QWebEngineView",
    "QWebEnginePage",
    "QMenu",
    "QInputDialog",
    "QColorDialog",
    "QFontDialog",
    "customContextMenuRequested",
    "QQmlDebuggingEnabler",
}
BANNED_MODULES = ("PySide6.QtWebEngine", "PySide6.QtPrintSupport", "PySide6.QtQml")


def test_no_escape_route_apis_in_ui() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.alias):
                name = node.name.rsplit(".", 1)[-1]
                if node.name.startswith(BANNED_MODULES):
                    problems.append(f"{path.relative_to(UI.parent)}: imports {node.name}")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                BANNED_MODULES
            ):
                problems.append(f"{path.relative_to(UI.parent)}: imports {node.module}")
            if name in BANNED_NAMES:
                problems.append(f"{path.relative_to(UI.parent)}:{node.lineno}: {name}")  # type: ignore[attr-defined]
    assert problems == []


def test_corrupt_queue_at_start_is_degraded_moved_aside_and_shown(
    qapp: QApplication, demo_config: KioskConfig, qtbot
) -> None:
    data_dir = demo_config.paths.data_dir
    (data_dir / "queue.db").write_bytes(b"\x00garbage, not SQLite\x00" * 512)
    app = KioskApplication(qapp, _production(demo_config), windowed=True)
    try:
        with qtbot.waitSignal(app.starter.started, timeout=30000) as started:
            app.window.ensure_built()
            app.starter.start()
        assert started.args == [""]  # the kiosk started (degraded), it did not crash
        core = app.core
        assert core.problems.get("queue") == "queue.degraded"
        assert core.store is not None and core.store.alerts
        alert = core.store.alerts[0]
        assert alert.reason == "corrupt" and Path(alert.path).exists()
        assert (data_dir / "queue.db").exists()  # a fresh, empty queue took its place
        report = collect(core)
        alerts = report.get("alerts")
        assert alerts is not None and alerts.status == "error"
        assert "queue.store.moved_aside" in alerts.details["problems"]
        app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess", "TECH-1"))
        app.window._on_service_chosen("diagnostics")
        screen = app.window.service_screen
        assert isinstance(screen, DiagnosticsScreen)
        qtbot.waitUntil(lambda: screen._report is not None, timeout=20000)
        assert "queue.store.moved_aside" in screen.rows["alerts"].text()
        app.window.finish()
    finally:
        app.dispose()


# --- a full data disk (#9) ---------------------------------------------------------------
# (moved from test_disk_full.py; the first start on a full disk used to raise ENOSPC from the
# pseudonym key)


def _production_on(data: object) -> KioskConfig:
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
    app = KioskApplication(qapp, _production_on(data), windowed=True)
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
    app = KioskApplication(qapp, _production_on(data), windowed=True)
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
