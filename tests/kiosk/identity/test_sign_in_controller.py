"""The SignInFlow's Qt adapter (kiosk.identity.sign_in_controller.SignInController) on a real
Session and SessionController: what each card event does to the session and which typed signal the
UI gets. Card results are fed to its slots as the card bridge's queued signals deliver them (the
bridge itself is tested with real cards in test_card_qt.py and tests/ui)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator import DemoPki
from kiosk.demo.practice import practice_people
from kiosk.identity.sign_in import (
    CardIdentified,
    Identity,
    SignedIn,
    SignInFailed,
    SignInFailure,
)
from kiosk.identity.sign_in_controller import FingerprintOffer, PracticeEnded, SignInController
from kiosk.identity.sign_in_flow import PracticeEnd, SessionEnd, Step
from kiosk.identity.trust import Role as CardRole
from kiosk.session.controller import SessionController
from kiosk.session.machine import (
    Assurance,
    EndReason,
    IdlePolicy,
    Preferences,
    Role,
    Session,
    State,
)
from tests.helpers.pcsc_fixtures import demo_pki

__all__ = ["demo_pki"]


class PracticeRecorder:
    """The core's and the audit's side of a practice session, as recorded calls."""

    def __init__(self) -> None:
        self.practice = False
        self.calls: list[str] = []

    def begin_practice(self) -> None:
        self.practice = True
        self.calls.append("begin")

    def end_practice(self) -> None:
        self.practice = False
        self.calls.append("end")

    def practice_started(self) -> None:
        self.calls.append("audit started")

    def practice_ended(self, trigger: str) -> None:
        self.calls.append(f"audit ended {trigger}")


@pytest.fixture
def signin(qtbot: QtBot) -> Iterator[SignInController]:
    session = Session(IdlePolicy(), default_preferences=lambda: Preferences("en"))
    controller = SessionController(session)
    adapter = SignInController(controller, practice_idle_s=0.2)
    yield adapter
    controller.stop()


def _identified(pki: DemoPki, persona: str, role: CardRole) -> CardIdentified:
    cert = pki.credentials(persona).auth_cert
    who = Identity("Daniel Kimani", role, "CN=x", "CN=ca", 1, account_id="STAFF-0001")
    return CardIdentified(who, 3, False, cert)


def _sign_in_with_card(
    signin: SignInController, qtbot: QtBot, pki: DemoPki, persona: str, role: CardRole
) -> None:
    with qtbot.waitSignal(signin.reading):
        signin.on_card_inserted()
    assert signin.session.state is State.SIGN_IN
    identified = _identified(pki, persona, role)
    with qtbot.waitSignal(signin.pin_asked) as asked:
        signin.on_identified(identified)
    assert asked.args == [identified]
    signin.flow.pin_entered()  # what submit_pin does before the card worker VERIFYs
    signin.on_signed_in(SignedIn(identified.identity))


def test_card_sign_in_signs_the_session_in_with_the_card_role(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    _sign_in_with_card(signin, qtbot, demo_pki, "staff-daniel", CardRole.STAFF)
    session = signin.session
    assert session.state is State.HOME and session.identity.role is Role.STAFF
    assert session.identity.assurance is Assurance.PIN
    assert session.identity.subject_id == "STAFF-0001"


def test_failures_reach_the_ui_typed_and_late_ones_are_dropped(
    signin: SignInController, qtbot: QtBot
) -> None:
    failure = SignInFailed(SignInFailure.UNKNOWN_CARD)
    with qtbot.assertNotEmitted(signin.problem):
        signin.on_failed(failure)  # no card: stale
    signin.on_card_inserted()
    with qtbot.waitSignal(signin.problem) as shown:
        signin.on_failed(failure)
    assert shown.args == [failure]


def test_out_of_service_refuses_a_staff_card_before_the_pin(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    with qtbot.waitSignal(signin.out_of_service_changed) as changed:
        signin.set_out_of_service(True)
    assert changed.args == [True] and signin.out_of_service
    assert not signin.start()  # no session starts
    assert signin.session.state is State.ATTRACT
    signin.on_card_inserted()  # a card still goes to the sign-in step (technicians)
    with qtbot.waitSignal(signin.problem) as refused, qtbot.assertNotEmitted(signin.pin_asked):
        signin.on_identified(_identified(demo_pki, "staff-daniel", CardRole.STAFF))
    assert refused.args[0].reason is SignInFailure.OUT_OF_SERVICE
    pin = bytearray(b"111111")
    signin.submit_pin(pin)  # a PIN for a refused card is dropped and wiped
    assert pin == bytearray(6) and signin.flow.step is Step.PROBLEM


def test_card_removal_ends_the_session_and_asks_nothing_more(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    _sign_in_with_card(signin, qtbot, demo_pki, "resident-amina", CardRole.RESIDENT)
    with qtbot.waitSignal(signin.session_ended) as ended:
        signin.on_card_removed()
    assert ended.args == [SessionEnd(take_card=False, practice_goes_on=False)]
    assert signin.session.state is State.ATTRACT and signin.flow.step is Step.IDLE


def test_sign_out_with_the_card_in_asks_for_the_card(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    _sign_in_with_card(signin, qtbot, demo_pki, "resident-amina", CardRole.RESIDENT)
    with qtbot.waitSignal(signin.session_ended) as ended:
        signin.controller.end(EndReason.SIGN_OUT)
    assert ended.args == [SessionEnd(take_card=True, practice_goes_on=False)]
    with qtbot.waitSignal(signin.card_taken):
        signin.on_card_removed()  # taken afterwards: nothing else ends


def test_fingerprint_step_is_offered_to_residents_only_when_configured(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    signin.enable_fingerprint_step()
    signin.on_card_inserted()
    identified = _identified(demo_pki, "resident-amina", CardRole.RESIDENT)
    signin.on_identified(identified)
    signin.flow.pin_entered()
    # the card gave no template here (no bridge): no fingerprint step, signed in with the PIN
    with qtbot.assertNotEmitted(signin.fingerprint_offered):
        signin.on_signed_in(SignedIn(identified.identity))
    assert signin.session.identity.role is Role.RESIDENT
    assert signin.session.identity.assurance is Assurance.PIN
    # a late "fingerprint step over" (no step running) signs nobody in again
    signin.fingerprint_done(FingerprintOffer(signin.session.identity).identity)
    assert signin.session.state is State.HOME and signin.flow.step is Step.SIGNED_IN


def test_practice_session_started_by_staff_and_ended_by_the_staff_card(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    recorder = PracticeRecorder()
    signin.attach_practice(recorder, recorder)
    assert not signin.can_start_practice()  # nobody signed in
    _sign_in_with_card(signin, qtbot, demo_pki, "staff-daniel", CardRole.STAFF)
    assert signin.can_start_practice()
    with qtbot.waitSignal(signin.practice_changed) as changed:
        signin.start_practice()
    assert changed.args == [True]
    assert recorder.calls == ["begin", "audit started"]
    assert signin.session.state is State.ATTRACT  # the staff session was wiped
    assert signin.session.identity.role is Role.NONE and signin.flow.practice
    person = practice_people()[0]
    signin.practice_sign_in(person)
    identity = signin.session.identity
    assert signin.session.state is State.HOME
    assert (identity.role, identity.display_name, identity.subject_id) == (
        Role.RESIDENT,
        person.name,
        person.account_id,
    )
    assert identity.assurance is Assurance.NONE
    signin.controller.end(EndReason.SIGN_OUT)  # the trainee finished: the practice goes on
    assert signin.flow.step is Step.PRACTICE and recorder.practice
    signin.practice_sign_in(person)
    with qtbot.waitSignal(signin.practice_ended) as ended:
        signin.on_card_removed()  # the staff card out: everything of the practice goes
    assert ended.args == [PracticeEnded(PracticeEnd.CARD_REMOVED, take_card=False)]
    assert recorder.calls[-2:] == ["end", "audit ended card_removed"]
    assert signin.session.state is State.ATTRACT and signin.flow.step is Step.IDLE


def test_practice_waiting_on_the_attract_screen_ends_after_the_idle_time(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    recorder = PracticeRecorder()
    signin.attach_practice(recorder, recorder)
    _sign_in_with_card(signin, qtbot, demo_pki, "staff-daniel", CardRole.STAFF)
    signin.start_practice()
    with qtbot.waitSignal(signin.practice_ended, timeout=5_000) as ended:
        pass  # nobody practises for practice_idle_s
    assert ended.args == [PracticeEnded(PracticeEnd.IDLE_TIMEOUT, take_card=True)]
    assert recorder.calls[-1] == "audit ended idle_timeout" and not recorder.practice


def test_no_practice_on_a_practice_kiosk(
    signin: SignInController, qtbot: QtBot, demo_pki: DemoPki
) -> None:
    recorder = PracticeRecorder()
    recorder.practice = True  # practises all the time already
    signin.attach_practice(recorder, recorder)
    _sign_in_with_card(signin, qtbot, demo_pki, "staff-daniel", CardRole.STAFF)
    assert not signin.can_start_practice()
