"""Lockdown (OPS-01, OPS-02, OPS-05): escape keys, one top-level window outside demo mode, no
escape-route APIs in ui/, and a corrupt queue at start-up (degraded, moved aside, shown to the
technician). Crash → restart: tests/test_service_unit.py (Restart=always, WatchdogSec) and
tests/kiosk/runtime/test_watchdog_freeze.py (a frozen loop stops the pings)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig, Mode, shell_only
from kiosk.diagnostics.report import collect
from kiosk.session.machine import Identity, Role, State
from ui.main import KioskApplication
from ui.screens.diagnostics import DiagnosticsScreen

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
