"""Screens that show a request saved on the kiosk follow it when the sync worker has it
answered (SyncBridge.request_answered): the receipt's "Saved: will be sent" becomes "Sent", a
street report's status ("Check a street report" and "My street reports") is asked again, and
My notices fetches the inbox again for the notice the city made. Real widgets on the service
stage (no window), a real queue file, the demo city on loopback; waits on the signal, no sleeps."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from kiosk.records.receipts import ReceiptStatus
from kiosk.services.submit import Submission, submit
from kiosk.sync.bridge import Answer
from tests.helpers.city_kiosk import TIMEOUT_MS
from tests.helpers.service_stage import ServiceStage
from ui.services.base import ServiceScreen
from ui.services.city.notices import InboxStep, NoticesScreen
from ui.services.city.request_status import (
    CheckRequestScreen,
    MyRequestsScreen,
    MyRequestsStep,
    RequestStatusStep,
)
from ui.services.city.street_report import DescribeStep, StreetReportScreen
from ui.services.receipt import ReceiptStep


def _screen(kiosk: ServiceStage, kind: type[ServiceScreen]) -> ServiceScreen:
    """A service screen of its own beside the stage's (the stage shows one at a time)."""
    screen = kind(kiosk.context())
    kiosk.qtbot.addWidget(screen)
    screen.show()
    kiosk.wait_idle(screen)
    return screen


def _report_offline(kiosk: ServiceStage) -> ReceiptStep:
    """A graffiti report linked to the resident, sent while the city cannot be reached: the
    receipt step says it is saved."""
    screen = kiosk.open("street_report")
    assert isinstance(screen, StreetReportScreen)
    kiosk.wait_idle(screen)
    kiosk.click(screen.findChild(QPushButton, "report-category-GRAFFITI"))
    kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    describe = screen.current
    assert isinstance(describe, DescribeStep)
    kiosk.click(describe.linked)
    kiosk.go_offline()
    kiosk.click(screen.next_button)
    kiosk.click(screen.next_button)  # Send, on the check-answers step
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=TIMEOUT_MS)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    assert step.outcome.status is ReceiptStatus.QUEUED
    return step


def _texts(screen: ServiceScreen) -> str:
    widgets = [*screen.findChildren(QLabel), *screen.findChildren(QPushButton)]
    return "\n".join(w.text() for w in widgets)


def test_screens_showing_a_saved_request_update_when_it_is_answered(
    service_stage: ServiceStage,
) -> None:
    kiosk, qtbot = service_stage, service_stage.qtbot
    sync = kiosk.sync
    assert sync is not None
    kiosk.sign_in()
    inbox_screen = _screen(kiosk, NoticesScreen)  # read while the city is up
    inbox = inbox_screen.current
    assert isinstance(inbox, InboxStep) and inbox.loaded
    assert "Data copy requested" not in _texts(inbox_screen)

    receipt = _report_offline(kiosk)
    reference = receipt.outcome.reference
    assert receipt.status_title.text() == "Saved: your request will be sent"
    copy = submit(
        kiosk.core,
        Submission(
            service_id="my_data",
            title="Copy of my data",
            kind="data_copy.request",
            payload={"params": {}, "body": {"delivery": "pickup"}, "resident_id": "RES-0001"},
        ),
        "en",
    )
    assert copy.status is ReceiptStatus.QUEUED

    check = _screen(kiosk, CheckRequestScreen)
    field = check.findChild(QLineEdit, "request-status-reference")
    assert field is not None
    field.setText(reference)
    kiosk.click(check.next_button)
    qtbot.waitUntil(lambda: isinstance(check.current, RequestStatusStep), timeout=TIMEOUT_MS)
    status = check.current
    assert isinstance(status, RequestStatusStep) and status.card is not None
    assert "Waiting to be sent" in status.card.stage.text()
    mine = _screen(kiosk, MyRequestsScreen)
    listed = mine.current
    assert isinstance(listed, MyRequestsStep)
    assert [c.status.reference for c in listed.cards] == [reference]
    assert "Waiting to be sent" in listed.cards[0].stage.text()

    with qtbot.waitSignals(
        [sync.request_answered, sync.request_answered],
        check_params_cbs=[
            lambda ref, answer: (ref, answer) == (reference, Answer.SENT.value),
            lambda ref, answer: (ref, answer) == (copy.reference, Answer.SENT.value),
        ],
        timeout=TIMEOUT_MS,
    ):
        kiosk.go_online()

    # the receipt on screen: sent, no longer "will be sent"
    qtbot.waitUntil(
        lambda: receipt.status_title.text() == "Sent: the city received your request",
        timeout=TIMEOUT_MS,
    )
    assert "confirmed it" in receipt.status_text.text()
    # the street report's status, asked again
    card = lambda: status.card  # noqa: E731
    qtbot.waitUntil(lambda: "Waiting" not in card().stage.text(), timeout=TIMEOUT_MS)  # type: ignore[union-attr]
    assert "Received by the city" in card().stage.text()  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: bool(listed.cards) and "Waiting" not in listed.cards[0].stage.text(),
        timeout=TIMEOUT_MS,
    )
    assert "Received by the city" in listed.cards[0].stage.text()
    # the inbox fetched again: the city's notice for the data copy is there
    qtbot.waitUntil(lambda: "Data copy requested" in _texts(inbox_screen), timeout=TIMEOUT_MS)
