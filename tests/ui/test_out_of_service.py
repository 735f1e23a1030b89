"""OPS-07 through the whole kiosk: a card reader unplugged while it runs puts the kiosk out of
service; residents cannot start or sign in, a technician can and puts it back in service.
The demo kiosk with real pcscd + vpcd; the unplug is the monitor's READER_REMOVED event (a vpcd
reader cannot be pulled out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

import kiosk.runtime.app as kiosk_app_module
from drivers.smartcard.emulator.pcscd import PcscDaemon
from drivers.smartcard.monitor import CardEvent, CardEventKind
from kiosk.config import DISABLED, KioskConfig, with_devices
from kiosk.records.audit import read_entries
from kiosk.security.tamper import LOCK_FILE
from kiosk.session.machine import Role, State
from tests.helpers.card_kiosk import close_card_kiosk, start_card_kiosk, type_pin, wait_pin_panel
from ui.main import KioskApplication
from ui.screens.diagnostics import DiagnosticsScreen

WAIT_MS = 15_000


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_unplugged_reader_locks_the_kiosk_until_a_technician_checks_it(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    kiosk = card_kiosk
    core, window = kiosk.core, kiosk.window
    assert core.tamper is not None and core.demo is not None
    reader, slot = next(iter(core.demo.card_slots.items()))
    attract = window.attract
    assert attract.start_button.isVisible() and not window.out_of_service

    core.tamper.on_card_event(CardEvent(CardEventKind.READER_REMOVED, reader))
    qtbot.waitUntil(lambda: window.out_of_service, timeout=WAIT_MS)
    assert attract.out_of_service.isVisible()
    assert "out of service" in attract.out_of_service.text()
    assert not attract.start_button.isVisible() and not attract.options_column.isVisible()
    assert (core.config.paths.data_dir / LOCK_FILE).exists()
    window._on_start()  # a tap that reached the screen anyway starts nothing
    assert core.session.state is State.ATTRACT

    # a resident's card: refused before any PIN, and no guest session either
    slot.insert("resident-amina")
    screen = None

    def refused() -> bool:
        nonlocal screen
        screen = window.card_screen
        return screen is not None and screen.problem_title.text() == "This kiosk is out of service"

    qtbot.waitUntil(refused, timeout=WAIT_MS)
    assert screen is not None and not screen.guest_button.isVisible()
    assert screen.panels.currentWidget() is not screen.pin_panel
    slot.remove()
    qtbot.waitUntil(lambda: core.session.state is State.ATTRACT, timeout=WAIT_MS)
    assert window.out_of_service

    # a technician's card works: PIN, diagnostics, "Put back in service"
    slot.insert("tech-esther")
    wait_pin_panel(qtbot, kiosk)
    type_pin(qtbot, kiosk, "222222")
    qtbot.waitUntil(lambda: core.session.identity.role is Role.TECHNICIAN, timeout=WAIT_MS)
    window._on_service_chosen("diagnostics")
    diagnostics = window.service_screen
    assert isinstance(diagnostics, DiagnosticsScreen)
    assert diagnostics.service_notice.isVisible()
    click(qtbot, diagnostics.back_in_service_button)  # done on the screen's worker
    qtbot.waitUntil(lambda: not window.out_of_service, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not diagnostics.back_in_service_button.isVisible(), timeout=WAIT_MS)
    assert not (core.config.paths.data_dir / LOCK_FILE).exists()
    slot.remove()
    qtbot.waitUntil(lambda: core.session.state is State.ATTRACT, timeout=WAIT_MS)
    assert attract.start_button.isVisible() and not attract.out_of_service.isVisible()

    trail = [
        (
            e["event"],
            e["fields"].get("state") or e["fields"].get("mode") or e["fields"].get("action"),
        )
        for e in read_entries(core.config.paths.data_dir / "audit.jsonl")
        if e["event"] in ("tamper", "mode.switch", "technician.action")
    ]
    assert trail[:2] == [("tamper", "unplugged"), ("mode.switch", "out_of_service")]
    assert ("technician.action", "back_in_service") in trail
    assert ("mode.switch", "normal") in trail


def test_fingerprint_sensor_unplugged_while_idle_locks_the_kiosk(
    qapp: QApplication,
    demo_config: KioskConfig,
    pcscd: PcscDaemon,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kiosk_app_module, "SENSOR_POLL_S", 0.2)  # the idle poll, made quick
    config = with_devices(demo_config, printer=DISABLED, camera=DISABLED)
    kiosk = start_card_kiosk(qapp, config, qtbot)
    try:
        assert kiosk.core.demo is not None and kiosk.core.demo.fingerprint is not None
        assert kiosk.window.fingerprint is not None
        qtbot.waitUntil(kiosk.window.fingerprint.available, timeout=WAIT_MS)
        assert not kiosk.window.out_of_service
        kiosk.core.demo.fingerprint.unplug()
        qtbot.waitUntil(lambda: kiosk.window.out_of_service, timeout=WAIT_MS)
        assert kiosk.core.tamper is not None and kiosk.core.tamper.sensor == "fingerprint"
        trail = [
            e["fields"]
            for e in read_entries(kiosk.core.config.paths.data_dir / "audit.jsonl")
            if e["event"] == "tamper"
        ]
        assert trail == [{"sensor": "fingerprint", "state": "unplugged"}]
    finally:
        close_card_kiosk(kiosk)
