"""My data on a public screen (#15.6): details masked by default, a tap shows one for a few
seconds; correction and erasure requests (GDPR Art. 16/17) queued like any transaction, with a
receipt that says what happens next. On the real widgets against the demo city.
``SERVICE_STEP_SCREENS=<dir>`` saves the screenshots."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

import ui.services.my_data as my_data_ui
from kiosk.records.receipts import ReceiptStatus
from offline_queue.store.models import State
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.my_data import ErasureStep, SummaryStep
from ui.services.receipt import ReceiptStep

ADDRESS = "Carrer de la Riera 12, 2º 1ª, 08001 Riverton"


def _summary(service_stage: ServiceStage) -> SummaryStep:
    service_stage.sign_in()
    screen = service_stage.open("my_data")
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, SummaryStep) and step.summary is not None
    return step


def _window_text(service_stage: ServiceStage) -> str:
    window = service_stage.host
    texts = [b.text() for b in window.findChildren(QPushButton) if b.isVisible()]
    texts += [e.text() for e in window.findChildren(QLineEdit) if e.isVisible()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    return "\n".join(texts)


def test_details_masked_then_revealed_then_masked_again(
    service_stage: ServiceStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(my_data_ui, "REVEAL_MS", 300)
    step = _summary(service_stage)
    shown = _window_text(service_stage)
    for secret in (ADDRESS, "08001", "amina.njoroge@", "600 000 001"):
        assert secret not in shown, secret
    address = step.values["address"]
    assert "•••• Riera 12" in address.text() and address.isVisible()
    assert "a•••@example.org" in step.values["email"].text()
    assert "+34 ••• ••• 001" in step.values["phone"].text()
    render_and_audit(service_stage.host, "my-data-masked")
    service_stage.click(address)
    assert ADDRESS in address.text()
    assert "a•••@example.org" in step.values["email"].text()  # only the one tapped
    render_and_audit(service_stage.host, "my-data-address-shown")
    service_stage.qtbot.waitUntil(lambda: ADDRESS not in address.text(), timeout=5_000)
    assert "•••• Riera 12" in address.text() and not address.isChecked()
    service_stage.click(address)  # tap again to hide at once
    service_stage.click(address)
    assert ADDRESS not in address.text()


def test_correction_queued_offline_visible_in_queue_then_delivered(
    service_stage: ServiceStage,
) -> None:
    step = _summary(service_stage)
    screen = step.service
    service_stage.go_offline()
    service_stage.click(step.correct_button)
    service_stage.click(screen.findChild(QPushButton, "field-field-phone"))
    line = screen.findChild(QLineEdit, "field-correction-input")
    assert isinstance(line, QLineEdit) and line.isVisible()
    line.setText("+34 611 222 333")
    render_and_audit(service_stage.host, "my-data-correction-form")
    service_stage.click(screen.next_button)
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    receipt = screen.current
    assert isinstance(receipt, ReceiptStep)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert any("within one month" in line for line in receipt.outcome.receipt.instructions)
    outbox = service_stage.core.outbox
    assert outbox is not None
    item = outbox.find(receipt.outcome.reference)
    assert item.kind == "data.correction_request" and item.state != State.DONE
    assert any(i.reference == item.reference for i in outbox.items())
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    (request,) = service_stage.city.gateway_state.data_requests.values()
    assert request["field"] == "phone" and request["correction"] == "+34 611 222 333"
    assert request["resident_id"] == "RES-0001"


def test_erasure_explained_then_requested(service_stage: ServiceStage) -> None:
    step = _summary(service_stage)
    screen = step.service
    service_stage.click(step.erase_button)
    erasure = screen.current
    assert isinstance(erasure, ErasureStep)
    assert "deletes" in erasure.explanation.text()
    assert "10 years (tax law)" in erasure.kept.text()  # what the law makes the city keep
    assert screen.next_button.text() == "Ask for erasure"
    render_and_audit(service_stage.host, "my-data-erasure")
    service_stage.click(screen.next_button)
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    receipt = screen.current
    assert isinstance(receipt, ReceiptStep)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text().startswith("Erasure requested")
    assert any("what the law makes it keep" in i for i in receipt.outcome.receipt.instructions)
    (request,) = service_stage.city.gateway_state.data_requests.values()
    assert request["kind"] == "erasure" and request["resident_id"] == "RES-0001"


def test_masked_and_correction_in_arabic_high_contrast_large_text(
    service_stage: ServiceStage,
) -> None:
    controller = service_stage.controller
    for name in ("large_text", "high_contrast"):
        controller.set_preference(name, True)
    controller.set_language("ar")
    step = _summary(service_stage)
    assert ADDRESS not in _window_text(service_stage)
    render_and_audit(service_stage.host, "my-data-masked-ar-large-contrast")
    service_stage.click(step.values["phone"])
    render_and_audit(service_stage.host, "my-data-phone-shown-ar-large-contrast")
    service_stage.click(step.correct_button)
    render_and_audit(service_stage.host, "my-data-correction-form-ar-large-contrast")
