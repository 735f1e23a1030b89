"""The service plumbing: steps, busy state off the GUI thread, submit → receipt, offline."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from cryptography import x509
from PySide6.QtWidgets import QLabel

from drivers.printer import PaperLevel
from drivers.smartcard.emulator import DemoPki
from kiosk.records.receipts import ReceiptStatus
from kiosk.services.submit import Submission
from tests.helpers.service_stage import ServiceStage
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


def _open(kiosk: ServiceStage) -> _Demo:
    kiosk.sign_in()
    screen = _Demo(kiosk.context())
    kiosk.place(screen, "my_data")
    return screen


def _receipt(kiosk: ServiceStage, screen: ServiceScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def test_run_is_off_the_gui_thread_and_busy_meanwhile(service_stage: ServiceStage) -> None:
    screen = _open(service_stage)
    gate = threading.Event()
    seen: list[object] = []
    gui = threading.get_ident()

    def job() -> int:
        seen.append(threading.get_ident())
        gate.wait(5)
        return 7

    screen.run(job, seen.append)
    assert screen.busy and not screen.next_button.isEnabled()
    assert screen.busy_label.isVisible()
    gate.set()
    service_stage.wait_idle(screen)
    assert seen[0] != gui and seen[1] == 7
    assert screen.next_button.isEnabled()


def test_online_submit_is_acknowledged_and_printed(service_stage: ServiceStage) -> None:
    screen = _open(service_stage)
    service_stage.click(screen.next_button)
    step = _receipt(service_stage, screen)
    assert step.outcome.status is ReceiptStatus.SUBMITTED
    assert "Sent" in step.status_title.text()
    assert step.reference.text() == step.outcome.reference
    assert not screen.back_button.isVisible()  # already saved: no way "back" into the form
    service_stage.qtbot.waitUntil(lambda: step.print_state == "printed", timeout=20_000)
    printer = service_stage.printer.printer
    assert printer.wait_for_pages(1, 10)
    assert step.outcome.reference in printer.pages[-1].text
    assert service_stage.city.gateway_state.data_requests


def test_offline_submit_is_queued_then_delivered(service_stage: ServiceStage) -> None:
    screen = _open(service_stage)
    service_stage.go_offline()
    service_stage.click(screen.next_button)
    step = _receipt(service_stage, screen)
    assert step.outcome.status is ReceiptStatus.QUEUED
    assert "Saved" in step.status_title.text()
    assert not service_stage.city.gateway_state.data_requests
    service_stage.go_online()
    service_stage.wait_delivered(step.outcome.reference)
    assert len(service_stage.city.gateway_state.data_requests) == 1
    step.done_button.click()


def test_printer_failure_offers_the_reference_on_screen(service_stage: ServiceStage) -> None:
    service_stage.printer.printer.set_paper(PaperLevel.OUT)
    screen = _open(service_stage)
    service_stage.click(screen.next_button)
    step = _receipt(service_stage, screen)
    service_stage.qtbot.waitUntil(lambda: step.print_state == "failed", timeout=30_000)
    assert step.show_button.isVisible() and not step.verification.isVisible()
    step.show_button.click()
    assert step.verification.isVisible()
    assert step.outcome.receipt.verification in step.verification.text()


class _CardTakenOut:
    """A card bridge whose card left the reader before signing: no certificate to sign with."""

    def __init__(self) -> None:
        self.digests: list[bytes] = []

    def signing_certificate(self) -> x509.Certificate | None:
        return None

    def sign_digest(self, digest: bytes) -> Future[bytes]:
        self.digests.append(digest)
        done: Future[bytes] = Future()
        done.set_result(b"")
        return done


def test_a_card_that_does_not_sign_is_said_and_nothing_is_sent(
    service_stage: ServiceStage,
) -> None:
    screen = _open(service_stage)
    card = _CardTakenOut()
    signed: list[dict[str, str]] = []
    screen.sign_then(card, {"petition_id": "PET-1"}, signed.append)
    service_stage.wait_idle(screen)
    assert signed == [] and card.digests == []
    assert screen.message.text() == (
        "Your card did not sign. Please keep it in the reader and try again."
    )
    assert not screen.message.isHidden()


class _CardInReader(_CardTakenOut):
    """A card bridge whose card can sign (any certificate will do: nothing is signed here)."""

    def __init__(self, certificate: x509.Certificate) -> None:
        super().__init__()
        self.certificate = certificate

    def signing_certificate(self) -> x509.Certificate | None:
        return self.certificate


def test_signing_without_a_card_says_why(service_stage: ServiceStage, tmp_path: Path) -> None:
    screen = _open(service_stage)  # signed in without a card: the window holds none
    assert screen.signer_or_explain() is None
    assert screen.message.text().startswith("Signing needs the eCitizen card you signed in with")
    assert not screen.message.isHidden()
    service_stage.controller.set_language("fr")  # the sentence is translated where it is written
    assert screen.signer_or_explain() is None
    assert screen.message.text().startswith("La signature nécessite la carte eCitizen")
    pki = DemoPki.load_or_create(tmp_path)
    card = _CardInReader(x509.load_pem_x509_certificate(pki.ca_cert_path.read_bytes()))
    service_stage.host.card = card  # a card that can sign: the card, no message
    screen.show_message("")
    assert screen.signer_or_explain() is card
    assert screen.message.isHidden()
