"""Petitions and consultations against the demo city (online, offline, already done)."""

from __future__ import annotations

import logging
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

from kiosk.records.receipts import ReceiptStatus
from kiosk.text.bidi import isolate
from tests.helpers.service_stage import ServiceStage
from tests.helpers.soft_card import SoftCard
from ui.services.base import ServiceScreen
from ui.services.participation import (
    ConfirmAnswersStep,
    ConsultationStep,
    ListStep,
    PetitionStep,
)
from ui.services.receipt import ReceiptStep

W = TypeVar("W", bound=QWidget)


def _child(screen: QWidget, cls: type[W], name: str) -> W:
    found: W | None = screen.findChild(cls, name)
    if found is None:
        raise AssertionError(name)
    return found


def _open(kiosk: ServiceStage, service: str) -> ServiceScreen:
    kiosk.host.card = SoftCard()
    kiosk.sign_in()
    screen = kiosk.open(service)
    kiosk.wait_idle(screen)
    return screen


def _item(screen: ServiceScreen, prefix: str, text: str) -> QPushButton:
    for b in screen.findChildren(QPushButton):
        if b.objectName().startswith(f"{prefix}-item-") and text in b.text():
            return b
    raise AssertionError(text)


def _receipt(kiosk: ServiceStage, screen: ServiceScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def test_sign_a_petition_once(
    service_stage: ServiceStage, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    screen = _open(service_stage, "petitions")
    _item(screen, "petitions", "More trees").click()
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, PetitionStep) and step.can_sign()
    screen.next_button.click()
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert "More trees" not in receipt.outcome.receipt.service  # no opinion on the receipt
    assert len(service_stage.city.gateway_state.signatures["PET-001"]) == 1
    ours = [
        r.getMessage()
        for r in caplog.records
        if r.name.split(".")[0] in ("kiosk", "ui", "offline_queue", "drivers")
    ]  # httpx/httpcore are quieted to WARNING by kiosk.records.logs in the product
    assert not [m for m in ours if "PET-001" in m or "More trees" in m]
    receipt.done_button.click()
    screen = service_stage.open("petitions")
    service_stage.wait_idle(screen)
    signed = _item(screen, "petitions", "More trees")
    assert "you signed" in signed.text()
    signed.click()
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, PetitionStep) and not step.can_sign()
    assert "already signed" in step.state.text() and not screen.next_button.isVisible()


def test_closed_petition_cannot_be_signed(service_stage: ServiceStage) -> None:
    screen = _open(service_stage, "petitions")
    _item(screen, "petitions", "Night buses").click()
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, PetitionStep) and "closed" in step.state.text()
    assert not screen.next_button.isVisible()


def test_petitions_offline_say_so(service_stage: ServiceStage) -> None:
    service_stage.go_offline()
    screen = _open(service_stage, "petitions")
    step = screen.current
    assert isinstance(step, ListStep)
    assert "needs the network" in step.note.text()


def test_consultation_answers_queued_offline_then_delivered(service_stage: ServiceStage) -> None:
    screen = _open(service_stage, "consultations")
    _item(screen, "consultations", "Plaça Nova").click()
    service_stage.wait_idle(screen)
    assert isinstance(screen.current, ConsultationStep)
    screen.next_button.click()
    screen.next_button.click()  # q1 is required
    assert _child(screen, QWidget, "field-q1-problem").isVisible()
    _child(screen, QPushButton, "field-q1-b").click()
    _child(screen, QPushButton, "field-q2-benches").click()
    _child(screen, QPushButton, "field-q2-shade").click()
    _child(screen, QPlainTextEdit, "field-q3-input").setPlainText("More shade please")
    screen.next_button.click()
    assert isinstance(screen.current, ConfirmAnswersStep)
    service_stage.go_offline()
    screen.next_button.click()
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    responses = list(service_stage.city.gateway_state.consultation_responses["CON-001"].values())
    assert responses[0]["answers"] == [
        {"question_id": "q1", "choice_ids": ["b"]},
        {"question_id": "q2", "choice_ids": ["benches", "shade"]},
        {"question_id": "q3", "text": "More shade please"},
    ]
    # the free text is gone from the kiosk's widgets once the session ends
    service_stage.finish()
    assert not any(w.toPlainText() for w in service_stage.host.findChildren(QPlainTextEdit))


def test_consultation_answers_summed_up_before_sending(service_stage: ServiceStage) -> None:
    from tests.helpers.screens import render_and_audit

    kiosk = service_stage
    screen = _open(kiosk, "consultations")
    _item(screen, "consultations", "Plaça Nova").click()
    kiosk.wait_idle(screen)
    screen.next_button.click()
    _child(screen, QPushButton, "field-q1-b").click()
    _child(screen, QPushButton, "field-q2-shade").click()
    screen.next_button.click()
    confirm = screen.current
    assert isinstance(confirm, ConfirmAnswersStep)
    shown = [(q.text(), a.text()) for q, a in zip(confirm.questions, confirm.answers, strict=True)]
    assert shown == [
        ("Which layout do you prefer?", "Market space"),
        ("What should it have?", "Shade"),
        ("Anything else?", "Not answered"),
    ]
    render_and_audit(kiosk.host, "consultation-summary")
    # Change: back to the form with the answers kept, and on to the summary again
    kiosk.click(confirm.change_button)
    assert not isinstance(screen.current, ConfirmAnswersStep)
    assert _child(screen.current, QPushButton, "field-q1-b").isChecked()  # type: ignore[arg-type]
    _child(screen, QPlainTextEdit, "field-q3-input").setPlainText("Trees, please")
    screen.next_button.click()
    confirm = screen.current
    assert isinstance(confirm, ConfirmAnswersStep)
    assert confirm.answers[2].text() == isolate("Trees, please")  # the resident's own words
    controller = kiosk.controller
    for name in ("large_text", "high_contrast"):
        controller.set_preference(name, True)
    controller.set_language("ar")
    # the city's own words, in Arabic (retranslated on the language-change event)
    # each an isolated right-to-left run
    kiosk.qtbot.waitUntil(
        lambda: confirm.answers[0].text() == "\u2067مساحة للسوق\u2069", timeout=5_000
    )
    render_and_audit(kiosk.host, "consultation-summary-ar-large-contrast")
    # Send once: a second tap while sending sends nothing more
    screen.next_button.click()
    assert screen.busy
    confirm.advance()
    _receipt(kiosk, screen)
    responses = list(kiosk.city.gateway_state.consultation_responses["CON-001"].values())
    assert len(responses) == 1
    assert responses[0]["answers"][-1] == {"question_id": "q3", "text": "Trees, please"}
