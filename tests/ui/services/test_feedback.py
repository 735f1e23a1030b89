"""The optional free-text comment after a service: anonymous, queued for the gateway's
POST /feedback (offline then back online: delivered once), never logged, wiped at session end."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from kiosk.services import feedback
from kiosk.services.submit import SubmitInvalid
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.base import ServiceScreen
from ui.services.feedback import FeedbackCommentStep
from ui.services.receipt import ReceiptStep

SECRET = "My neighbour at number 7 is rude, call me on 600 123 456"


def _current(screen: ServiceScreen) -> object:
    return screen.current


def _receipt(kiosk: ServiceStage) -> tuple[ServiceScreen, ReceiptStep]:
    kiosk.sign_in()
    screen = kiosk.open("street_report")
    kiosk.wait_idle(screen)
    kiosk.click(screen.findChild(QPushButton, "report-category-STREETLIGHT"))
    kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    kiosk.click(screen.next_button)
    kiosk.click(screen.next_button)  # Send, on the check-answers step
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return screen, step


def _comment_step(
    kiosk: ServiceStage, screen: ServiceScreen, receipt: ReceiptStep
) -> QPlainTextEdit:
    kiosk.click(receipt.comment_button)
    step = screen.current
    assert isinstance(step, FeedbackCommentStep)
    assert screen.back_button.isVisible()  # back to the confirmation without sending
    text = screen.findChild(QPlainTextEdit, "feedback-comment")
    assert text is not None
    return text


def test_validation() -> None:
    with pytest.raises(SubmitInvalid):
        feedback.submission(feedback.Comment("   "), kiosk_id="K", title="t")
    with pytest.raises(SubmitInvalid):
        feedback.submission(feedback.Comment("x" * 1001), kiosk_id="K", title="t")
    item = feedback.submission(
        feedback.Comment("  Fine\n", service_id="bills", rating="ok"), kiosk_id="K", title="t"
    )
    assert item.kind == "feedback.comment" and "resident_id" not in item.payload
    assert item.payload["body"] == {
        "comment": "Fine",
        "kiosk_id": "K",
        "rating": "ok",
        "service_id": "bills",
    }
    assert item.summary == "feedback comment"


def test_comment_is_sent_anonymously_and_never_logged(
    service_stage: ServiceStage, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    screen, receipt = _receipt(service_stage)
    service_stage.click(receipt.ratings["good"])
    text = _comment_step(service_stage, screen, receipt)
    service_stage.click(screen.next_button)  # empty: said plainly, nothing queued
    assert screen.message.isVisible() and isinstance(screen.current, FeedbackCommentStep)
    text.setPlainText(SECRET)
    render_and_audit(service_stage.host, "feedback-comment")
    service_stage.click(screen.next_button)
    service_stage.qtbot.waitUntil(lambda: _current(screen) is receipt, timeout=20_000)
    assert receipt.comment_thanks.isVisible() and not receipt.comment_button.isVisible()
    render_and_audit(service_stage.host, "feedback-thanks")
    state = service_stage.city.gateway_state
    service_stage.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    (stored,) = state.feedback
    assert stored["comment"] == SECRET and stored["rating"] == "good"
    assert stored["service_id"] == "street_report"
    assert "RES-0001" not in str(stored)
    assert all("600 123 456" not in r.getMessage() for r in caplog.records)


def test_comment_offline_is_delivered_once_back_online(service_stage: ServiceStage) -> None:
    screen, receipt = _receipt(service_stage)
    text = _comment_step(service_stage, screen, receipt)
    text.setPlainText("Large buttons helped, thank you.")
    service_stage.go_offline()
    service_stage.click(screen.next_button)
    service_stage.qtbot.waitUntil(lambda: _current(screen) is receipt, timeout=20_000)
    assert receipt.comment_thanks.isVisible()
    state = service_stage.city.gateway_state
    assert not state.feedback
    service_stage.go_online()
    service_stage.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    outbox = service_stage.core.outbox
    assert outbox is not None
    service_stage.qtbot.waitUntil(
        lambda: all(i.state == "done" for i in outbox.items()), timeout=20_000
    )
    assert len(state.feedback) == 1


def test_session_end_wipes_the_comment(service_stage: ServiceStage) -> None:
    from kiosk.session.machine import EndReason

    screen, receipt = _receipt(service_stage)
    text = _comment_step(service_stage, screen, receipt)
    text.setPlainText(SECRET)
    service_stage.controller.end(EndReason.SIGN_OUT)
    assert text.toPlainText() == ""
