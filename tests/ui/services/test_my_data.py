"""My data and consent against the demo city."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.records.receipts import ReceiptStatus
from tests.helpers.service_stage import ServiceStage
from ui.services.my_data import SummaryStep
from ui.services.receipt import ReceiptStep


def test_summary_consent_change_and_copy_request(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = service_stage.open("my_data")
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, SummaryStep) and step.summary is not None
    assert "Amina Njoroge" in step.details.text() and step.categories.text()
    sms = step.toggles["notices_sms"]
    assert not sms.isChecked()
    sms.click()
    service_stage.wait_idle(screen)
    assert "saved" in step.saved.text()
    service_stage.qtbot.waitUntil(
        lambda: service_stage.city.gateway_state.consents["RES-0001"]["notices_sms"] is True,
        timeout=20_000,
    )
    step.copy_button.click()
    pickup = screen.findChild(QPushButton, "field-delivery-pickup")
    assert pickup is not None
    pickup.click()
    screen.next_button.click()
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    receipt = screen.current
    assert isinstance(receipt, ReceiptStep)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    requests = list(service_stage.city.gateway_state.data_requests.values())
    assert [r["delivery"] for r in requests] == ["pickup"]


def test_offline_summary_said_plainly_copy_still_queued(service_stage: ServiceStage) -> None:
    service_stage.go_offline()
    service_stage.sign_in()
    screen = service_stage.open("my_data")
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, SummaryStep) and step.summary is None
    assert "needs the network" in step.note.text()
    assert not step.toggles["statistics"].isVisible()
    step.copy_button.click()
    email = screen.findChild(QPushButton, "field-delivery-email")
    assert email is not None
    email.click()
    screen.next_button.click()
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    receipt = screen.current
    assert isinstance(receipt, ReceiptStep)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    assert service_stage.city.gateway_state.data_requests
