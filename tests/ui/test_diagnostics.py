"""Technician diagnostics screen (OPS-06), on the service stage: one screen on a started core,
no window, the devices disabled. Who sees its tile is tested on the home screen
(tests/ui/screens/test_home_tiles.py); technician mode (the key guard relaxed, its audit
entries, the time limit) on the whole kiosk (tests/ui/test_lockdown.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kiosk.config import DISABLED
from kiosk.records.audit import read_entries, verify
from kiosk.session.machine import Identity, Role
from offline_queue.store import StoreUnavailableError
from tests.helpers.service_stage import ServiceStage
from ui.screens.diagnostics import DiagnosticsScreen

CANARY = "Ottoline Canary 0042-SECRET"


@pytest.fixture
def stage_devices() -> Mapping[str, Mapping[str, Any]]:
    """No receipt printer either: every device of the self-tests is "Not installed"."""
    return {"printer": DISABLED}


def _last(screen: DiagnosticsScreen) -> tuple[str, object]:
    result = screen.last_result
    assert result is not None
    return result


def _events(kiosk: ServiceStage) -> list[dict[str, object]]:
    return list(read_entries(kiosk.config.paths.data_dir / "audit.jsonl"))


def _texts(widget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton)]
    parts += [w.text() for w in widget.findChildren(QLineEdit)]
    parts += [w.accessibleName() for w in widget.findChildren(QLabel)]
    return "\n".join(parts)


def _open(kiosk: ServiceStage, qtbot) -> DiagnosticsScreen:
    kiosk.controller.sign_in(Identity(Role.TECHNICIAN, "Tess Technician", "TECH-0007"))
    screen = kiosk.open_view("diagnostics")  # offered to the technician, as the home tile
    assert isinstance(screen, DiagnosticsScreen)
    qtbot.waitUntil(lambda: screen._report is not None, timeout=20000)
    return screen


def test_dashboard_dead_letter_discard_and_audit(service_stage: ServiceStage, qtbot) -> None:
    core = service_stage.core
    assert core.outbox is not None and core.store is not None
    service_stage.go_offline()  # the item stays on the kiosk until it is made dead below
    item = core.outbox.enqueue(backend="gateway", kind="report", payload={"name": CANARY})
    with core.store.write() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state='dead' WHERE tx_id=?", (str(item.tx_id),))
    screen = _open(service_stage, qtbot)
    qtbot.waitUntil(lambda: bool(screen.item_buttons), timeout=10000)
    text = _texts(screen)
    assert CANARY not in text and "Ottoline" not in text
    assert "Could not be sent: 1." in screen.rows["queue"].text()  # plain words, not a dump
    assert "counts" not in screen.rows["queue"].text()
    assert not screen.retry_button.isEnabled()
    screen.item_buttons[0].click()
    screen.reason_buttons["duplicate"].click()
    assert screen.discard_button.isEnabled()
    screen.discard_button.click()
    qtbot.waitUntil(lambda: not screen.item_buttons, timeout=10000)
    assert core.outbox.status().counts.get("dead", 0) == 0
    service_stage.finish()
    # technician.enter/exit and role.change: test_lockdown.py (technician mode, whole kiosk)
    assert "deadletter.decision" in [e["event"] for e in _events(service_stage)]
    log_text = json.dumps(_events(service_stage))
    assert "TECH-0007" not in log_text and "Tess" not in log_text
    assert verify(service_stage.config.paths.data_dir / "audit.jsonl").ok


def test_self_tests_run_off_the_gui_thread(service_stage: ServiceStage, qtbot) -> None:
    screen = _open(service_stage, qtbot)
    for widget, name in (
        (screen.print_button, "printer"),
        (screen.finger_button, "fingerprint"),
        (screen.camera_button, "camera"),
    ):
        screen.last_result = None
        widget.click()
        qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10000)
        assert _last(screen)[0] == name
        assert "Not installed" in screen.rows[name].text()  # stage_devices: devices disabled
    screen.reference.setText("NOPE-0000")
    screen.reprint_button.click()
    qtbot.waitUntil(lambda: "printer" in screen.reprint_result.text().lower(), timeout=5000)


def test_log_export_is_ciphertext_only(
    service_stage: ServiceStage, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from kiosk.records.log_export import decrypt_bundle

    private = ec.generate_private_key(ec.SECP256R1())
    pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (tmp_path / "city.pub.pem").write_bytes(pem)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("KIOSK_EXPORT_KEY", str(tmp_path / "city.pub.pem"))
    monkeypatch.setenv("KIOSK_EXPORT_DIR", str(usb))
    screen = _open(service_stage, qtbot)
    screen.export_usb_button.click()
    qtbot.waitUntil(lambda: any(usb.iterdir()), timeout=10000)
    bundle = next(usb.iterdir()).read_bytes()
    assert bundle.startswith(b"ECKX1")
    decrypt_bundle(bundle, private, service_stage.config.kiosk.id)  # the city can read it
    screen.export_qr_button.click()

    def qr_shown() -> bool:
        pixmap = screen.qr_label.pixmap()
        return pixmap is not None and not pixmap.isNull()

    qtbot.waitUntil(qr_shown, timeout=10000)


def test_a_dead_letter_list_that_cannot_be_read_is_said_and_the_list_kept(
    service_stage: ServiceStage, qtbot
) -> None:
    """The queue refused while the screen asked for the stopped items (locked, damaged): the
    status line says so in plain words; no traceback, the list on screen stays."""
    screen = _open(service_stage, qtbot)
    qtbot.waitUntil(lambda: screen.last_result is not None and _last(screen)[0] == "dead")
    shown = list(screen.item_buttons)

    def refused() -> object:
        raise StoreUnavailableError("queue.unavailable", "locked")

    screen.last_result = None
    screen._run("dead", refused)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10000)
    assert _last(screen)[0] == "dead"
    assert screen.status_line.text().startswith("Failed: ")
    assert screen.item_buttons == shown


def test_back_in_service_after_a_remote_lift_shows_it(service_stage: ServiceStage, qtbot) -> None:
    screen = _open(service_stage, qtbot)
    screen.back_in_service_button.show()  # shown while locked; a fleet operator lifted it since
    screen._back_in_service()
    assert screen.status_line.text() == "The kiosk is back in service."
    assert not screen.back_in_service_button.isVisible()
