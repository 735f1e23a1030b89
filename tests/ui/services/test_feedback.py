"""The optional free-text comment after a service: anonymous, queued for the gateway's
POST /feedback (offline then back online: delivered once), never logged, wiped at session end."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from kiosk.services import feedback
from kiosk.services.submit import SubmitInvalid
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from ui.services.base import ServiceScreen
from ui.services.feedback import FeedbackCommentStep
from ui.services.receipt import ReceiptStep

SECRET = "My neighbour at number 7 is rude, call me on 600 123 456"


def _current(screen: ServiceScreen) -> object:
    return screen.current


def _receipt(kiosk: CityKiosk) -> tuple[ServiceScreen, ReceiptStep]:
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


def _comment_step(kiosk: CityKiosk, screen: ServiceScreen, receipt: ReceiptStep) -> QPlainTextEdit:
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
    city_kiosk: CityKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    screen, receipt = _receipt(city_kiosk)
    city_kiosk.click(receipt.ratings["good"])
    text = _comment_step(city_kiosk, screen, receipt)
    city_kiosk.click(screen.next_button)  # empty: said plainly, nothing queued
    assert screen.message.isVisible() and isinstance(screen.current, FeedbackCommentStep)
    text.setPlainText(SECRET)
    render_and_audit(city_kiosk.app.window, "feedback-comment")
    city_kiosk.click(screen.next_button)
    city_kiosk.qtbot.waitUntil(lambda: _current(screen) is receipt, timeout=20_000)
    assert receipt.comment_thanks.isVisible() and not receipt.comment_button.isVisible()
    render_and_audit(city_kiosk.app.window, "feedback-thanks")
    state = city_kiosk.city.gateway_state
    city_kiosk.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    (stored,) = state.feedback
    assert stored["comment"] == SECRET and stored["rating"] == "good"
    assert stored["service_id"] == "street_report"
    assert "RES-0001" not in str(stored)
    assert all("600 123 456" not in r.getMessage() for r in caplog.records)


def test_comment_offline_is_delivered_once_back_online(city_kiosk: CityKiosk) -> None:
    screen, receipt = _receipt(city_kiosk)
    text = _comment_step(city_kiosk, screen, receipt)
    text.setPlainText("Large buttons helped, thank you.")
    city_kiosk.go_offline()
    city_kiosk.click(screen.next_button)
    city_kiosk.qtbot.waitUntil(lambda: _current(screen) is receipt, timeout=20_000)
    assert receipt.comment_thanks.isVisible()
    state = city_kiosk.city.gateway_state
    assert not state.feedback
    city_kiosk.go_online()
    city_kiosk.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    outbox = city_kiosk.core.outbox
    assert outbox is not None
    city_kiosk.qtbot.waitUntil(
        lambda: all(i.state == "done" for i in outbox.items()), timeout=20_000
    )
    assert len(state.feedback) == 1


def test_session_end_wipes_the_comment(city_kiosk: CityKiosk) -> None:
    from kiosk.session.machine import EndReason

    screen, receipt = _receipt(city_kiosk)
    text = _comment_step(city_kiosk, screen, receipt)
    text.setPlainText(SECRET)
    city_kiosk.app.controller.end(EndReason.SIGN_OUT)
    assert text.toPlainText() == ""
