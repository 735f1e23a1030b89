"""The receipt step after the paper ran out (issue #15 item 8): "Print again" appears once the
printer is ready again (from its own events); the reprint says COPY, and a queued request
delivered meanwhile is printed as submitted, not "Queued".

``DIAG_SCREENS=<dir>`` also saves screenshots of the step with "Print again" (portrait and
landscape; English, and Arabic with large text and high contrast)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel

from drivers.printer import PaperLevel
from kiosk.records.receipts import ReceiptStatus
from kiosk.services.submit import Submission
from tests.helpers.city_kiosk import TIMEOUT_MS
from tests.helpers.service_stage import ServiceStage
from ui.a11y_walk.walk import settle
from ui.services.base import ServiceScreen, Step
from ui.services.context import ServiceContext
from ui.services.receipt import ReceiptStep


class _Ask(Step):
    step_id = "ask"

    def __init__(self, service: ServiceScreen) -> None:
        super().__init__(service)
        self.text = QLabel("Request a copy", self)

    def next_text(self) -> str:
        return "Send"

    def advance(self) -> None:
        identity = self.service.context.identity
        self.service.submit(
            Submission(
                service_id="my_data",
                title="Copy of my data",
                kind="data_copy.request",
                payload={
                    "params": {},
                    "body": {"delivery": "pickup"},
                    "resident_id": identity.subject_id,
                },
            )
        )


class _Demo(ServiceScreen):
    screen_id = "demo-service"
    service_id = "my_data"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.push(_Ask(self))

    def title(self) -> str:
        return "Demo"


def _submit(kiosk: ServiceStage, *, offline: bool) -> ReceiptStep:
    kiosk.sign_in()
    screen = _Demo(kiosk.context())
    kiosk.place(screen, "my_data")
    if offline:
        kiosk.go_offline()
    kiosk.click(screen.next_button)
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=TIMEOUT_MS)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _save(kiosk: ServiceStage, name: str) -> None:
    out = os.environ.get("DIAG_SCREENS")
    if not out:
        return
    window = kiosk.host
    controller = kiosk.controller
    Path(out).mkdir(parents=True, exist_ok=True)
    for variant, language, accessible in (("en", "en", False), ("ar-hc-large", "ar", True)):
        controller.set_preference("large_text", accessible)
        controller.set_preference("high_contrast", accessible)
        controller.set_language(language)
        for width, height in ((1080, 1920), (1920, 1080)):
            window.resize(width, height)
            settle()
            window.grab().save(str(Path(out) / f"{name}-{variant}-{width}x{height}.png"))
    controller.set_preference("large_text", False)
    controller.set_preference("high_contrast", False)
    controller.set_language("en")
    window.resize(1080, 1920)
    settle()


def test_print_again_after_paper_is_back_says_copy_and_not_queued(
    service_stage: ServiceStage,
) -> None:
    qtbot = service_stage.qtbot
    emulator = service_stage.printer.printer
    emulator.set_paper(PaperLevel.OUT)
    step = _submit(service_stage, offline=True)
    assert step.outcome.status is ReceiptStatus.QUEUED
    qtbot.waitUntil(lambda: step.print_state == "failed", timeout=30_000)
    assert not step.print_again_button.isVisible()  # no paper yet: nothing to press
    pages_before = len(emulator.pages)

    emulator.set_paper(PaperLevel.OK)
    qtbot.waitUntil(step.print_again_button.isVisible, timeout=TIMEOUT_MS)
    assert "ready again" in step.print_text.text()
    _save(service_stage, "receipt-print-again")

    service_stage.go_online()
    service_stage.wait_delivered(step.outcome.reference)
    step.print_again_button.click()
    qtbot.waitUntil(lambda: step.print_state == "printed", timeout=30_000)
    assert not step.print_again_button.isVisible()
    assert emulator.wait_for_pages(pages_before + 1, 10)
    page = emulator.pages[-1]
    assert "COPY" in page.text_lines
    assert step.outcome.reference in page.text
    assert "Queued" not in page.text and "Submitted" in page.text


def test_a_reprint_while_still_queued_keeps_saying_queued(
    service_stage: ServiceStage,
) -> None:
    qtbot = service_stage.qtbot
    emulator = service_stage.printer.printer
    emulator.set_paper(PaperLevel.OUT)
    step = _submit(service_stage, offline=True)
    qtbot.waitUntil(lambda: step.print_state == "failed", timeout=30_000)
    emulator.set_paper(PaperLevel.OK)
    qtbot.waitUntil(step.print_again_button.isVisible, timeout=TIMEOUT_MS)
    step.print_again_button.click()
    qtbot.waitUntil(lambda: step.print_state == "printed", timeout=30_000)
    page = emulator.pages[-1]
    assert "COPY" in page.text_lines and "Queued" in page.text
