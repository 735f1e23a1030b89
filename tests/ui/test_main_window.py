"""The UI shell driven through real widgets: flows, idle overlay, lockdown, wipe, sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig, shell_only
from kiosk.session.machine import EndReason, Identity, Role, State
from ui.main import KioskApplication
from ui.theme import mm_to_px

from .conftest import FakeClock


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def start_as_guest(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    click(qtbot, window.attract.start_button)
    assert window.current_screen() is window.language
    click(qtbot, window.language.findChild(QPushButton, "language-en"))
    assert window.current_screen() is window.sign_in
    click(qtbot, window.sign_in.guest_button)
    assert window.current_screen() is window.home


def test_starts_on_attract(kiosk_app: KioskApplication) -> None:
    window = kiosk_app.window
    assert window.current_screen() is window.attract
    assert not window.top_bar.finish_button.isVisible()
    assert window.top_bar.access_button.isVisible()
    assert window.top_bar.help_button.isVisible()


def test_guest_reads_about_and_finishes(qtbot: QtBot, kiosk_app: KioskApplication) -> None:
    window = kiosk_app.window
    start_as_guest(qtbot, kiosk_app)
    assert window.top_bar.finish_button.isVisible()
    tile = window.home.tiles["about"]
    click(qtbot, tile)
    assert window.current_screen().screen_id == "about"
    assert window.top_bar.home_button.isVisible()
    texts = " ".join(label.text() for label in window.current_screen().findChildren(QLabel))
    assert "Your privacy" in texts
    assert "DEMO-001" in texts
    click(qtbot, window.current_screen().findChild(QPushButton, "about-done"))
    assert window.current_screen() is window.home
    with qtbot.waitSignal(kiosk_app.controller.session_ended) as ended:
        click(qtbot, window.top_bar.finish_button)
    assert ended.args == [EndReason.SIGN_OUT.value]
    assert window.current_screen() is window.attract


def test_language_button_on_attract_goes_straight_to_sign_in(
    qtbot: QtBot, kiosk_app: KioskApplication
) -> None:
    window = kiosk_app.window
    with qtbot.waitSignal(kiosk_app.controller.language_changed) as changed:
        click(qtbot, window.attract.language_buttons["ar"])
    assert changed.args == ["ar"]
    assert window.current_screen() is window.sign_in
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    click(qtbot, window.top_bar.finish_button)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert kiosk_app.core.session.preferences.language == "en"


def test_idle_warning_more_time_and_reset(
    qtbot: QtBot, kiosk_app: KioskApplication, clock: FakeClock
) -> None:
    window = kiosk_app.window
    controller = kiosk_app.controller
    start_as_guest(qtbot, kiosk_app)
    clock.advance(kiosk_app.config.idle.warn_after_s)
    with qtbot.waitSignal(controller.idle_warned, timeout=2000):
        pass
    assert window.idle_warning.isVisible()
    assert window.idle_warning.countdown.text() == "30"
    assert window.idle_warning.more_button.hasFocus()
    with qtbot.waitSignal(controller.idle_cleared):
        click(qtbot, window.idle_warning.more_button)
    assert not window.idle_warning.isVisible()
    assert window.current_screen() is window.home

    clock.advance(kiosk_app.config.idle.warn_after_s)
    with qtbot.waitSignal(controller.idle_warned, timeout=2000):
        pass
    clock.advance(12)
    qtbot.waitUntil(lambda: window.idle_warning.countdown.text() == "18", timeout=2000)
    clock.advance(18)
    with qtbot.waitSignal(controller.session_ended, timeout=2000) as ended:
        pass
    assert ended.args == [EndReason.IDLE_TIMEOUT.value]
    assert not window.idle_warning.isVisible()
    assert window.current_screen() is window.attract


def test_enter_key_on_warning_gives_more_time(
    qtbot: QtBot, kiosk_app: KioskApplication, clock: FakeClock
) -> None:
    start_as_guest(qtbot, kiosk_app)
    with qtbot.waitSignal(kiosk_app.controller.idle_warned, timeout=2000):
        clock.advance(kiosk_app.config.idle.warn_after_s)
    with qtbot.waitSignal(kiosk_app.controller.idle_cleared):
        qtbot.keyClick(kiosk_app.window.idle_warning.more_button, Qt.Key.Key_Space)


ESCAPES = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
]


@pytest.mark.parametrize(("key", "modifiers"), ESCAPES)
def test_escape_keys_are_ignored(
    qtbot: QtBot, kiosk_app: KioskApplication, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    window = kiosk_app.window
    start_as_guest(qtbot, kiosk_app)
    with qtbot.waitSignal(kiosk_app.guard.escape_blocked):
        qtbot.keyClick(window.home.tiles["about"], key, modifiers)
    assert window.isVisible()
    assert window.current_screen() is window.home
    assert kiosk_app.core.session.state is State.HOME


def test_window_refuses_to_close(kiosk_app: KioskApplication) -> None:
    assert kiosk_app.window.close() is False
    assert kiosk_app.window.isVisible()


def test_wipe_leaves_nothing_of_the_resident(qtbot: QtBot, kiosk_app: KioskApplication) -> None:
    window = kiosk_app.window
    canary = "Zyxwv Canary-Name"
    kiosk_app.controller.sign_in(Identity(Role.RESIDENT, canary, "RES-CANARY-77"))
    assert canary in window.home.greeting.text()
    click(qtbot, window.home.tiles["about"])
    QGuiApplication.clipboard().setText("RES-CANARY-77")
    kiosk_app.controller.end(EndReason.CARD_REMOVED)
    for widget in QApplication.allWidgets():
        for attribute in ("text", "accessibleName", "toolTip", "windowTitle"):
            value = getattr(widget, attribute, None)
            if callable(value):
                shown = value()
                assert canary not in shown, widget.objectName()
                assert "RES-CANARY-77" not in shown
    assert QGuiApplication.clipboard().text() == ""
    assert window.service_screen is None
    assert window.current_screen() is window.attract


def test_touch_targets_at_least_11_6_mm(qtbot: QtBot, kiosk_app: KioskApplication) -> None:
    window = kiosk_app.window
    minimum = mm_to_px(11.6, 120.0)

    def check_visible_buttons() -> None:
        for widget in window.findChildren(QPushButton):
            if widget.isVisible():
                size = widget.size()
                assert size.height() >= minimum, (widget.objectName(), size)
                assert size.width() >= minimum, (widget.objectName(), size)

    check_visible_buttons()
    start_as_guest(qtbot, kiosk_app)
    check_visible_buttons()
    click(qtbot, window.home.tiles["about"])
    check_visible_buttons()
    kiosk_app.controller.simulate_walk_away()
    check_visible_buttons()


def test_large_text_and_contrast_reset_at_session_end(
    qtbot: QtBot, kiosk_app: KioskApplication
) -> None:
    window = kiosk_app.window
    click(qtbot, window.attract.toggles["large_text"])
    click(qtbot, window.attract.toggles["high_contrast"])
    assert window.theme.text_scale == 2.0
    assert window.theme.palette.name == "high_contrast"
    start_as_guest(qtbot, kiosk_app)
    click(qtbot, window.top_bar.finish_button)
    assert window.theme.text_scale == 1.0
    assert window.theme.palette.name == "standard"
    assert not window.attract.toggles["large_text"].isChecked()


def test_core_starter_is_owned_by_qt_not_by_its_thread(kiosk_app: KioskApplication) -> None:
    """The core-start thread references the starter; were it Python-owned and that reference
    the last one, ~QObject would run on that thread and could deadlock against the GUI thread
    (it waits for the GIL while holding Qt's connection lock)."""
    from shiboken6 import Shiboken

    assert kiosk_app.starter.parent() is kiosk_app.app
    assert not Shiboken.ownedByPython(kiosk_app.starter)


def test_first_frame_is_not_held_up_by_start_up_work(
    qapp: QApplication, demo_config: KioskConfig, clock: FakeClock, qtbot: QtBot
) -> None:
    """Slots run inside the first paint delay the frame reaching the screen: loading the core
    and building the other screens wait until the frame is out (queued after it)."""
    kiosk = KioskApplication(qapp, shell_only(demo_config), windowed=True, clock=clock)
    seen: dict[str, bool] = {}

    def at_first_frame() -> None:
        seen["other screens built"] = kiosk.window._built
        seen["core starting"] = kiosk.starter._thread is not None

    kiosk.window.first_painted.connect(at_first_frame)
    try:
        with qtbot.waitSignal(kiosk.window.first_painted, timeout=10_000):
            kiosk.window.show()
        assert seen == {"other screens built": False, "core starting": False}
        # the key guard is in place from the first frame on
        with qtbot.waitSignal(kiosk.guard.escape_blocked, timeout=5_000):
            qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: kiosk.window._built, timeout=10_000)
        qtbot.waitUntil(lambda: kiosk.starter._thread is not None, timeout=10_000)
        kiosk.starter.wait()
    finally:
        kiosk.dispose()
