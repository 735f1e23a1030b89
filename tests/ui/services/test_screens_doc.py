"""Screenshots of the main steps of permits, petitions, consultations and my data at 1080×1920
against the demo city, each screen on the service stage (the top bar above it, as in the
window). Regenerate the documentation images with::

    SERVICE_SCREENS=docs/screens QT_QPA_PLATFORM=offscreen .venv/bin/pytest -q \\
        tests/ui/services/test_screens_doc.py

Without SERVICE_SCREENS the walk still runs (every step renders) and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from tests.helpers.service_stage import ServiceStage
from tests.helpers.soft_card import SoftCard
from ui.services.base import ServiceScreen
from ui.services.receipt import ReceiptStep


def _shot(kiosk: ServiceStage, name: str, taken: list[str]) -> None:
    QApplication.processEvents()
    image = kiosk.host.grab()
    assert not image.isNull() and image.width() == 1080
    out = os.environ.get("SERVICE_SCREENS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(out) / f"{name}.png"))
    taken.append(name)


def _button(screen: ServiceScreen, prefix: str, text: str = "") -> QPushButton:
    for b in screen.findChildren(QPushButton):
        if b.objectName().startswith(prefix) and text in b.text():
            return b
    raise AssertionError(prefix)


def _receipt(kiosk: ServiceStage, screen: ServiceScreen) -> None:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)


def test_main_service_screens(service_stage: ServiceStage) -> None:
    taken: list[str] = []
    service_stage.host.card = SoftCard()
    service_stage.sign_in()
    screen = service_stage.open("permits")
    service_stage.wait_idle(screen)
    _shot(service_stage, "permits-1-choose", taken)
    _button(screen, "permits-apply-parking-permit").click()
    line = screen.findChild(QLineEdit, "field-plate-input")
    assert line is not None
    line.setText("1234ABC")
    _button(screen, "field-zone-b").click()
    day = dt.date.today() + dt.timedelta(days=5)
    for part, value in (("day", day.day), ("month", day.month), ("year", day.year)):
        edit = screen.findChild(QLineEdit, f"field-start_date-{part}")
        assert edit is not None
        edit.setText(str(value))
    _shot(service_stage, "permits-2-form", taken)
    screen.next_button.click()
    _shot(service_stage, "permits-3-review", taken)
    screen.next_button.click()
    _receipt(service_stage, screen)
    _shot(service_stage, "permits-4-receipt", taken)
    screen.leave()

    screen = service_stage.open("petitions")
    service_stage.wait_idle(screen)
    _shot(service_stage, "petitions-1-list", taken)
    _button(screen, "petitions-item-", "Library").click()
    service_stage.wait_idle(screen)
    _shot(service_stage, "petitions-2-read", taken)
    screen.leave()

    screen = service_stage.open("consultations")
    service_stage.wait_idle(screen)
    _button(screen, "consultations-item-", "Plaça").click()
    service_stage.wait_idle(screen)
    _shot(service_stage, "consultations-1-read", taken)
    screen.next_button.click()
    _shot(service_stage, "consultations-2-questions", taken)
    screen.leave()

    screen = service_stage.open("my_data")
    service_stage.wait_idle(screen)
    _shot(service_stage, "my-data-1-summary", taken)
    assert len(taken) == 9
