"""A practice session started by a member of staff with their card (#15.11), on the real widgets
of a demo kiosk with real pcscd + vpcd: staff card and PIN, "Start practice session" on the staff
home screen, the practice banner and notice, a made-up person signed in by a tap, a submission
that reaches neither the queue nor the city while the city is up, and the end by the staff card.
``SERVICE_STEP_SCREENS=<dir>`` saves the screens (1080x1920 and 1920x1080)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator.pcscd import VPCD_READERS, CardSlot
from kiosk.demo.practice import practice_people
from kiosk.identity.sign_in_controller import PracticeEnded
from kiosk.identity.sign_in_flow import PracticeEnd, Step
from kiosk.records.audit import read_entries
from kiosk.records.receipts import ReceiptStatus
from kiosk.services.submit import Submission, enqueue, submit
from kiosk.session.machine import EndReason, Role, State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from tests.helpers.screens import render_and_audit
from ui.main import KioskApplication

pytestmark = pytest.mark.pcsc

TIMEOUT = 15_000
PETITION = "PET-001"
SECRETS = ("Daniel", "Kimani", "STAFF-0001", "Amina", "Njoroge", "RES-0001", "111111")


def click(qtbot: QtBot, widget: QPushButton | None) -> None:
    assert widget is not None
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def reader(kiosk: KioskApplication) -> CardSlot:
    assert kiosk.core.demo is not None
    return kiosk.core.demo.card_slots[VPCD_READERS[0]]


def entries(kiosk: KioskApplication) -> list[dict[str, Any]]:
    assert kiosk.core.audit is not None
    return list(read_entries(kiosk.core.audit.path))


class Requests:
    """Every request a city's HTTP service routes (its ``requests_seen`` keeps TLS peers only)."""

    def __init__(self, service: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[tuple[str, str]] = []
        match = service.match

        def noted(method: str, path: str) -> Any:
            self.seen.append((method, path))
            return match(method, path)

        monkeypatch.setattr(service, "match", noted)

    def writes(self) -> list[tuple[str, str]]:
        """Anything sent, or any read of a resident's data (the sync worker's health probes are
        neither)."""
        return [r for r in self.seen if r[0] != "GET" or r[1].startswith("/residents")]


def staff_signs_in(qtbot: QtBot, kiosk: KioskApplication) -> None:
    reader(kiosk).insert("staff-daniel")
    screen = wait_pin_panel(qtbot, kiosk, TIMEOUT)
    type_pin(qtbot, kiosk, "111111", ok=False)
    with qtbot.waitSignal(kiosk.controller.state_changed, timeout=TIMEOUT):
        click(qtbot, screen.pinpad.ok_button)
    assert kiosk.core.session.identity.role is Role.STAFF


def test_staff_card_starts_a_practice_session_that_never_reaches_the_city(
    qtbot: QtBot, card_kiosk: KioskApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk, window, core = card_kiosk, card_kiosk.window, card_kiosk.core
    session, signin = core.session, window.signin
    assert core.demo is not None and core.outbox is not None
    real_gateway = core.gateway
    assert not core.practice and not window.home.practice_button.isVisible()

    # the staff menu: Help a resident, and Start practice session
    staff_signs_in(qtbot, kiosk)
    home = window.home
    assert home.practice_button.isVisible() and home.help_resident_button.isVisible()
    render_and_audit(window, "practice-staff-home")
    with qtbot.waitSignal(signin.practice_changed, timeout=TIMEOUT) as changed:
        click(qtbot, home.practice_button)
    assert changed.args == [True]

    # the staff session was wiped; the kiosk waits for a trainee, its staff card still in
    assert session.state is State.ATTRACT and session.identity.role is Role.NONE
    assert signin.flow.step is Step.PRACTICE and signin.flow.card_in
    assert core.practice and core.practice_city is not None and kiosk.inclusion.practice
    assert core.gateway is not real_gateway
    notice = window.practice_notice
    assert notice is not None and notice.isVisible()
    assert window.top_bar.practice.isVisible()
    assert window.stack.currentWidget() is window.attract  # no "take your card" for staff
    assert not window.attract.card_hint.isVisible()
    render_and_audit(window, "practice-attract")

    rows_before = len(core.outbox.items(limit=1000))
    city = Requests(core.demo.city.gateway, monkeypatch)  # the city, up all along

    # a trainee: Start, a language, then a tap on a made-up person
    click(qtbot, window.attract.start_button)
    click(qtbot, window.language.findChild(QPushButton, "language-en"))
    assert session.state is State.SIGN_IN
    people = window.practice_people
    assert people is not None and people.isVisible()
    assert not window.sign_in.card_steps.isVisible()  # no card is read while practising
    render_and_audit(window, "practice-sign-in")
    amina = practice_people()[0]
    with qtbot.waitSignal(kiosk.controller.state_changed, timeout=TIMEOUT):
        click(qtbot, people.people[amina.id])
    assert session.state is State.HOME and session.identity.display_name == amina.name
    assert session.identity.role is Role.RESIDENT and session.identity.subject_id == "RES-0001"
    assert window.top_bar.practice.isVisible()
    # her data comes from the practice city (what the services read through core.gateway)
    practice_city = core.practice_city
    assert practice_city is not None and core.gateway is not None
    practice = Requests(practice_city.city.gateway, monkeypatch)
    assert core.gateway.profile("RES-0001").resident_id == "RES-0001"
    assert practice.writes() == [("GET", "/residents/me")]

    # a submission while the city is up: a practice receipt, no outbox row, nothing sent
    assert core.sync is not None and core.demo.city.status()["gateway"]["up"]
    report = Submission(
        service_id="petitions",
        title="Sign a petition",
        kind="petition.sign",
        payload={"params": {"petition_id": PETITION}, "body": {}, "resident_id": "RES-0001"},
    )
    outcome = submit(core, report, "en")
    assert outcome.practice and outcome.receipt.practice
    assert outcome.status is ReceiptStatus.QUEUED and outcome.remote_ref is None
    enqueue(core, report)  # the practice sink: nothing written either
    core.sync.wake()
    assert len(core.outbox.items(limit=1000)) == rows_before
    assert city.writes() == []

    # the trainee finishes: the practice goes on for the next one
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT):
        window.finish()
    assert signin.flow.step is Step.PRACTICE and core.practice and notice.isVisible()
    assert window.stack.currentWidget() is window.attract

    # the staff card comes out: everything of the practice goes, back to the normal attract
    with qtbot.waitSignal(signin.practice_ended, timeout=TIMEOUT) as ended:
        reader(kiosk).remove()
    assert ended.args == [PracticeEnded(PracticeEnd.CARD_REMOVED, take_card=False)]
    assert not core.practice and core.practice_city is None and core.gateway is real_gateway
    assert not notice.isVisible() and not people.isVisible()
    assert not window.sign_in.card_steps.isHidden() and window.attract.card_hint.isVisible()
    assert not window.top_bar.practice.isVisible() and not kiosk.inclusion.practice
    assert session.state is State.ATTRACT and window.stack.currentWidget() is window.attract
    assert len(core.outbox.items(limit=1000)) == rows_before
    assert city.writes() == []
    # the control: outside practice the same submission is queued and sent to the city
    enqueue(core, report)
    assert len(core.outbox.items(limit=1000)) == rows_before + 1
    qtbot.waitUntil(
        lambda: ("POST", f"/petitions/{PETITION}/signatures") in city.seen, timeout=TIMEOUT
    )

    # audit: who started and ended it as a role, never a name, card or pseudonym
    found = entries(kiosk)
    practice = [(e["event"], e["actor"], e["fields"]) for e in found if "practice" in e["event"]]
    assert practice == [
        ("practice.start", "staff", {}),
        ("practice.end", "staff", {"trigger": "card_removed"}),
    ]
    modes = [e["fields"]["mode"] for e in found if e["event"] == "mode.switch"]
    assert modes[-2:] == ["practice", "normal"]
    started = [e["fields"]["mode"] for e in found if e["event"] == "session.start"]
    assert started[-1] == "practice"  # Amina's session was recorded as practice
    assert core.audit is not None
    text = core.audit.path.read_text(encoding="utf-8")
    assert not [secret for secret in SECRETS if secret in text]


def test_staff_ends_practice_on_screen_and_is_asked_for_their_card(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    kiosk, window, core = card_kiosk, card_kiosk.window, card_kiosk.core
    staff_signs_in(qtbot, kiosk)
    click(qtbot, window.home.practice_button)
    notice = window.practice_notice
    assert notice is not None and core.practice
    with qtbot.waitSignal(window.signin.practice_ended, timeout=TIMEOUT) as ended:
        click(qtbot, notice.end_button)
    assert ended.args == [PracticeEnded(PracticeEnd.STAFF_ENDED, take_card=True)]
    assert not core.practice and not notice.isVisible()
    assert window.take_card is not None and window.stack.currentWidget() is window.take_card
    render_and_audit(window, "practice-ended-take-card")
    with qtbot.waitSignal(window.signin.card_taken, timeout=TIMEOUT):
        reader(kiosk).remove()
    assert window.stack.currentWidget() is window.attract
    ends = [e["fields"] for e in entries(kiosk) if e["event"] == "practice.end"]
    assert ends == [{"trigger": "staff_ended"}]
    assert core.session.state is State.ATTRACT
    assert EndReason.STAFF_ENDED.value == "staff_ended"
