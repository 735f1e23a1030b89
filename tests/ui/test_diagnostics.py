"""Technician diagnostics screen and technician mode (OPS-05, OPS-06)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kiosk.records.audit import read_entries, verify
from kiosk.session.machine import Identity, Role, State
from ui.main import KioskApplication
from ui.screens.diagnostics import DiagnosticsScreen
from ui.technician import TechnicianMode

CANARY = "Ottoline Canary 0042-SECRET"


def _start_core(kiosk: KioskApplication, qtbot) -> None:
    kiosk.window.ensure_built()
    if not kiosk.core.started:
        with qtbot.waitSignal(kiosk.starter.started, timeout=30000):
            kiosk.starter.start()
    qtbot.waitUntil(lambda: kiosk.technician is not None, timeout=10000)


def _locked(kiosk: KioskApplication) -> bool:
    return kiosk.guard.locked


def _last(screen: DiagnosticsScreen) -> tuple[str, object]:
    result = screen.last_result
    assert result is not None
    return result


def _events(kiosk: KioskApplication) -> list[dict[str, object]]:
    return list(read_entries(kiosk.config.paths.data_dir / "audit.jsonl"))


def _texts(widget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton)]
    parts += [w.text() for w in widget.findChildren(QLineEdit)]
    parts += [w.accessibleName() for w in widget.findChildren(QLabel)]
    return "\n".join(parts)


def _open(kiosk: KioskApplication, qtbot) -> DiagnosticsScreen:
    kiosk.controller.sign_in(Identity(Role.TECHNICIAN, "Tess Technician", "TECH-0007"))
    assert "diagnostics" in kiosk.window.home._allowed()
    kiosk.window._on_service_chosen("diagnostics")
    screen = kiosk.window.service_screen
    assert isinstance(screen, DiagnosticsScreen)
    qtbot.waitUntil(lambda: screen._report is not None, timeout=20000)
    return screen


def test_only_technicians_see_the_service(kiosk_app: KioskApplication, qtbot) -> None:
    kiosk_app.window.ensure_built()
    kiosk_app.controller.sign_in(Identity(Role.RESIDENT, "Rita Resident", "RES-1"))
    assert "diagnostics" not in kiosk_app.window.home._allowed()
    assert "about" in kiosk_app.window.home._allowed()


def test_dashboard_dead_letter_discard_and_audit(kiosk_app: KioskApplication, qtbot) -> None:
    _start_core(kiosk_app, qtbot)
    core = kiosk_app.core
    assert core.outbox is not None and core.store is not None
    item = core.outbox.enqueue(backend="gateway", kind="report", payload={"name": CANARY})
    with core.store.write() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state='dead' WHERE tx_id=?", (str(item.tx_id),))
    screen = _open(kiosk_app, qtbot)
    assert not _locked(kiosk_app)  # relaxed in technician mode only
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
    kiosk_app.window.finish()
    assert _locked(kiosk_app)
    events = [e["event"] for e in _events(kiosk_app)]
    for event in ("technician.enter", "deadletter.decision", "technician.exit", "role.change"):
        assert event in events
    log_text = json.dumps(_events(kiosk_app))
    assert "TECH-0007" not in log_text and "Tess" not in log_text
    assert verify(kiosk_app.config.paths.data_dir / "audit.jsonl").ok


def test_self_tests_run_off_the_gui_thread(kiosk_app: KioskApplication, qtbot) -> None:
    _start_core(kiosk_app, qtbot)
    screen = _open(kiosk_app, qtbot)
    for widget, name in (
        (screen.print_button, "printer"),
        (screen.finger_button, "fingerprint"),
        (screen.camera_button, "camera"),
    ):
        screen.last_result = None
        widget.click()
        qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10000)
        assert _last(screen)[0] == name
        assert "Not installed" in screen.rows[name].text()  # shell config: devices disabled
    screen.reference.setText("NOPE-0000")
    screen.reprint_button.click()
    qtbot.waitUntil(lambda: "printer" in screen.reprint_result.text().lower(), timeout=5000)


def test_log_export_is_ciphertext_only(
    kiosk_app: KioskApplication, qtbot, tmp_path: Path, monkeypatch
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
    _start_core(kiosk_app, qtbot)
    screen = _open(kiosk_app, qtbot)
    screen.export_usb_button.click()
    qtbot.waitUntil(lambda: any(usb.iterdir()), timeout=10000)
    bundle = next(usb.iterdir()).read_bytes()
    assert bundle.startswith(b"ECKX1")
    decrypt_bundle(bundle, private, kiosk_app.config.kiosk.id)  # the city can read it
    screen.export_qr_button.click()

    def qr_shown() -> bool:
        pixmap = screen.qr_label.pixmap()
        return pixmap is not None and not pixmap.isNull()

    qtbot.waitUntil(qr_shown, timeout=10000)


def test_time_limit_forces_reauthentication(kiosk_app: KioskApplication, qtbot) -> None:
    kiosk_app.window.ensure_built()
    mode = TechnicianMode(kiosk_app.controller, kiosk_app.guard, None, limit_s=0.2)
    kiosk_app.controller.sign_in(Identity(Role.TECHNICIAN, "Tess", "TECH-1"))
    assert mode.active and not _locked(kiosk_app)
    with qtbot.waitSignal(kiosk_app.controller.session_ended, timeout=5000):
        pass
    assert kiosk_app.core.session.state in (State.ATTRACT, State.ENDING)
    assert _locked(kiosk_app)
    assert mode.remaining_s() == 0.0  # no longer in technician mode
    mode.dispose()
