"""SignInFlow without Qt: every move, every invalid move, roles, out of service, card removal in
every step, the fingerprint decision and practice sessions (#17, #15.11)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import CardReaderSection
from kiosk.identity.sign_in_flow import (
    CARD_ROLES,
    PERSON_ROLES,
    InvalidMove,
    OnCard,
    OnFailed,
    OnIdentified,
    OnRemoved,
    OnVerified,
    Person,
    PracticeEnd,
    SignInFlow,
    Step,
    offer_fingerprint,
)
from kiosk.identity.trust import Role as CardRole
from kiosk.identity.trust import role_policies, trust_config
from kiosk.session.machine import EndReason, Role

# -- getting a flow into each step -------------------------------------------------------------


def _reading() -> SignInFlow:
    flow = SignInFlow()
    assert flow.card_inserted() is OnCard.READ
    return flow


def _pin(role: CardRole = CardRole.RESIDENT) -> SignInFlow:
    flow = _reading()
    assert flow.identified(role) is OnIdentified.ASK_PIN
    return flow


def _checking(role: CardRole = CardRole.RESIDENT) -> SignInFlow:
    flow = _pin(role)
    flow.pin_entered()
    return flow


def _fingerprint() -> SignInFlow:
    flow = SignInFlow(fingerprint_configured=True)
    flow.card_inserted()
    flow.identified(CardRole.RESIDENT)
    flow.pin_entered()
    assert flow.pin_verified(simplified=False, template_ready=True) is OnVerified.OFFER_FINGERPRINT
    return flow


def _library_pin() -> SignInFlow:
    flow = _reading()
    assert flow.library_card() is OnIdentified.ASK_PIN
    return flow


def _problem() -> SignInFlow:
    flow = _checking()
    assert flow.failed() is OnFailed.SHOW
    return flow


def _signed_in(role: CardRole = CardRole.RESIDENT) -> SignInFlow:
    flow = _checking(role)
    assert flow.pin_verified(simplified=False, template_ready=False) is OnVerified.SIGN_IN
    return flow


def _guest() -> SignInFlow:
    flow = SignInFlow()
    flow.guest()
    return flow


def _practice() -> SignInFlow:
    flow = _signed_in(CardRole.STAFF)
    flow.start_practice()
    flow.session_ended(EndReason.SIGN_OUT)  # the staff session's wipe
    return flow


def _practising() -> SignInFlow:
    flow = _practice()
    flow.practice_sign_in()
    return flow


STEPS: dict[Step, Callable[[], SignInFlow]] = {
    Step.IDLE: SignInFlow,
    Step.READING: _reading,
    Step.PIN: _pin,
    Step.CHECKING: _checking,
    Step.FINGERPRINT: _fingerprint,
    Step.LIBRARY_PIN: _library_pin,
    Step.PROBLEM: _problem,
    Step.SIGNED_IN: _signed_in,
    Step.PRACTICE: _practice,
    Step.PRACTICE_SIGNED_IN: _practising,
}


def test_every_step_is_reached() -> None:
    assert set(STEPS) == set(Step)
    for step, make in STEPS.items():
        assert make().step is step


# -- moves ---------------------------------------------------------------------------------------


def test_card_sign_in_moves_through_reading_pin_checking_to_signed_in() -> None:
    flow = SignInFlow()
    assert flow.card_inserted() is OnCard.READ and flow.step is Step.READING and flow.card_in
    assert flow.identified(CardRole.RESIDENT) is OnIdentified.ASK_PIN and flow.step is Step.PIN
    flow.pin_entered()
    assert flow.step is Step.CHECKING
    assert flow.pin_verified(simplified=False, template_ready=False) is OnVerified.SIGN_IN
    assert flow.step is Step.SIGNED_IN and flow.role is Role.RESIDENT


def test_a_wrong_pin_shows_the_problem_and_the_pin_is_asked_again() -> None:
    flow = _checking()
    assert flow.failed() is OnFailed.SHOW and flow.step is Step.PROBLEM
    flow.pin_entered()  # the pad stays for the next try
    assert flow.step is Step.CHECKING


def test_identify_failure_goes_to_problem_and_guest_is_offered() -> None:
    flow = _reading()
    assert flow.failed() is OnFailed.SHOW and flow.step is Step.PROBLEM
    flow.guest()
    assert flow.step is Step.SIGNED_IN and flow.role is Role.GUEST


def test_library_card_then_library_pin_signs_in_a_patron() -> None:
    flow = _library_pin()
    assert flow.person is Person.LIBRARY_CARD_HOLDER
    assert flow.patron_verified() and flow.step is Step.SIGNED_IN and flow.role is Role.PATRON


def test_fingerprint_step_then_signed_in() -> None:
    flow = _fingerprint()
    flow.fingerprint_done()
    assert flow.step is Step.SIGNED_IN and flow.role is Role.RESIDENT


def test_guest_from_the_sign_in_screen_and_from_the_library_pin() -> None:
    assert _guest().role is Role.GUEST
    flow = _library_pin()
    flow.guest()
    assert flow.role is Role.GUEST


def test_a_guest_who_inserts_a_card_starts_afresh() -> None:
    flow = _guest()
    assert flow.card_inserted() is OnCard.RESTART
    assert flow.step is Step.SIGNED_IN  # the caller ends the guest's session first
    flow.session_ended(EndReason.SIGN_OUT)
    assert flow.card_inserted() is OnCard.READ and flow.step is Step.READING


def test_a_second_card_is_ignored_once_signed_in_with_a_card() -> None:
    flow = _signed_in()
    assert flow.card_inserted() is OnCard.IGNORE and flow.step is Step.SIGNED_IN


def test_session_end_returns_every_step_to_idle() -> None:
    for step, make in STEPS.items():
        if step in (Step.PRACTICE, Step.PRACTICE_SIGNED_IN):
            continue
        flow = make()
        flow.session_ended(EndReason.SIGN_OUT)
        assert flow.step is Step.IDLE and flow.person is None and flow.role is Role.NONE, step


# -- stale card-worker results change nothing ---------------------------------------------------


@pytest.mark.parametrize("step", [s for s in Step if s is not Step.READING])
def test_late_identify_and_library_results_are_stale(step: Step) -> None:
    flow = STEPS[step]()
    assert flow.identified(CardRole.RESIDENT) is OnIdentified.STALE
    assert flow.library_card() is OnIdentified.STALE
    assert flow.step is step


@pytest.mark.parametrize("step", [s for s in Step if s is not Step.CHECKING])
def test_late_pin_results_are_stale(step: Step) -> None:
    flow = STEPS[step]()
    assert flow.pin_verified(simplified=False, template_ready=False) is OnVerified.STALE
    assert flow.step is step


@pytest.mark.parametrize(
    "step", [s for s in Step if s not in (Step.READING, Step.PIN, Step.CHECKING, Step.PROBLEM)]
)
def test_late_failures_are_stale(step: Step) -> None:
    flow = STEPS[step]()
    assert flow.failed() is OnFailed.STALE and flow.step is step


@pytest.mark.parametrize("step", [s for s in Step if s is not Step.LIBRARY_PIN])
def test_a_late_library_confirmation_is_stale(step: Step) -> None:
    flow = STEPS[step]()
    assert not flow.patron_verified() and flow.step is step


# -- invalid moves raise -------------------------------------------------------------------------


def _moves() -> dict[str, tuple[Callable[[SignInFlow], object], set[Step]]]:
    """Each UI move and the steps it is allowed in."""
    return {
        "pin_entered": (lambda f: f.pin_entered(), {Step.PIN, Step.PROBLEM}),
        "fingerprint_done": (lambda f: f.fingerprint_done(), {Step.FINGERPRINT}),
        "guest": (
            lambda f: f.guest(),
            {Step.IDLE, Step.PROBLEM, Step.LIBRARY_PIN, Step.PRACTICE},
        ),
        "start_practice": (lambda f: f.start_practice(), set()),  # needs a staff card
        "practice_sign_in": (lambda f: f.practice_sign_in(), {Step.PRACTICE}),
        "end_practice": (
            lambda f: f.end_practice(PracticeEnd.STAFF_ENDED),
            {Step.PRACTICE, Step.PRACTICE_SIGNED_IN},
        ),
        "card_inserted": (
            lambda f: f.card_inserted(),
            {Step.IDLE, Step.SIGNED_IN, Step.PRACTICE, Step.PRACTICE_SIGNED_IN},
        ),
    }


@pytest.mark.parametrize("move", list(_moves()))
@pytest.mark.parametrize("step", list(Step))
def test_every_move_outside_its_steps_raises(move: str, step: Step) -> None:
    action, allowed = _moves()[move]
    flow = STEPS[step]()
    if step in allowed:
        action(flow)  # allowed: no exception
        return
    with pytest.raises(InvalidMove) as raised:
        action(flow)
    assert raised.value.step is step
    assert flow.step is step  # nothing moved


def test_start_practice_needs_a_signed_in_staff_card_still_in() -> None:
    for role in (CardRole.RESIDENT, CardRole.TECHNICIAN):
        with pytest.raises(InvalidMove):
            _signed_in(role).start_practice()
    staff = _signed_in(CardRole.STAFF)
    staff.card_removed()
    with pytest.raises(InvalidMove):
        staff.start_practice()
    assert _signed_in(CardRole.STAFF).can_start_practice()


# -- roles ---------------------------------------------------------------------------------------


def test_roles_of_every_person() -> None:
    assert CARD_ROLES == {
        CardRole.RESIDENT: Role.RESIDENT,
        CardRole.STAFF: Role.STAFF,
        CardRole.TECHNICIAN: Role.TECHNICIAN,
    }
    assert {person: PERSON_ROLES[person] for person in Person} == {
        Person.RESIDENT: Role.RESIDENT,
        Person.STAFF: Role.STAFF,
        Person.TECHNICIAN: Role.TECHNICIAN,
        Person.LIBRARY_CARD_HOLDER: Role.PATRON,
        Person.GUEST: Role.GUEST,
        Person.PRACTICE_PERSON: Role.RESIDENT,
    }
    for card_role, role in CARD_ROLES.items():
        assert _signed_in(card_role).role is role
    assert _practising().role is Role.RESIDENT and _practising().person is Person.PRACTICE_PERSON


def test_the_trust_role_map_is_built_once_from_the_config(tmp_path: Path) -> None:
    section = CardReaderSection(
        ca_files=(tmp_path / "ca.pem",),
        crl_file=tmp_path / "crl.der",
        resident_policy_oid="1.2.3.1",
        staff_policy_oid="1.2.3.2",
        technician_policy_oid="1.2.3.3",
    )
    roles = {
        "1.2.3.1": CardRole.RESIDENT,
        "1.2.3.2": CardRole.STAFF,
        "1.2.3.3": CardRole.TECHNICIAN,
    }
    assert role_policies(section) == roles
    config = trust_config(section)
    assert config.role_policies == roles
    assert config.ca_paths == (tmp_path / "ca.pem",)
    assert config.crl_paths == (tmp_path / "crl.der",)


# -- out of service ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [CardRole.RESIDENT, CardRole.STAFF])
def test_out_of_service_refuses_residents_and_staff_before_the_pin(role: CardRole) -> None:
    flow = _reading()
    flow.set_out_of_service(True)
    assert flow.identified(role) is OnIdentified.REFUSE_OUT_OF_SERVICE
    assert flow.step is Step.PROBLEM
    with pytest.raises(InvalidMove):
        flow.pin_entered()  # no PIN for a refused card


def test_out_of_service_still_reads_a_technician_card() -> None:
    flow = _reading()
    flow.set_out_of_service(True)
    assert flow.identified(CardRole.TECHNICIAN) is OnIdentified.ASK_PIN
    flow.pin_entered()
    assert flow.pin_verified(simplified=False, template_ready=False) is OnVerified.SIGN_IN
    assert flow.role is Role.TECHNICIAN


def test_out_of_service_refuses_library_cards_starts_and_guests() -> None:
    flow = _reading()
    flow.set_out_of_service(True)
    assert flow.library_card() is OnIdentified.REFUSE_OUT_OF_SERVICE
    idle = SignInFlow()
    idle.set_out_of_service(True)
    assert not idle.may_start()
    with pytest.raises(InvalidMove):
        idle.guest()
    idle.set_out_of_service(False)
    assert idle.may_start()


@pytest.mark.parametrize("make", [_pin, _library_pin])
def test_a_lock_while_a_pin_is_asked_refuses_the_card_at_once(
    make: Callable[[], SignInFlow],
) -> None:
    flow = make()
    assert flow.set_out_of_service(True)  # the adapter says "out of service" now
    assert flow.step is Step.PROBLEM and not flow.may_check_pin()
    with pytest.raises(InvalidMove):
        flow.pin_entered()  # a PIN typed after the lock is never checked


def test_a_lock_while_a_technician_types_the_pin_lets_the_technician_on() -> None:
    flow = _pin(CardRole.TECHNICIAN)
    assert not flow.set_out_of_service(True)
    assert flow.step is Step.PIN and flow.may_check_pin()
    flow.pin_entered()
    assert flow.step is Step.CHECKING


def test_out_of_service_lets_a_session_under_way_go_on() -> None:
    flow = _signed_in()
    flow.set_out_of_service(True)
    assert flow.step is Step.SIGNED_IN and flow.role is Role.RESIDENT
    assert not _signed_in(CardRole.STAFF).out_of_service


def test_no_practice_out_of_service() -> None:
    flow = _signed_in(CardRole.STAFF)
    flow.set_out_of_service(True)
    assert not flow.can_start_practice()


# -- card removal in every step ------------------------------------------------------------------

REMOVAL: dict[Step, OnRemoved] = {
    Step.IDLE: OnRemoved.TAKEN,  # a card left after its session
    Step.READING: OnRemoved.END_SESSION,
    Step.PIN: OnRemoved.END_SESSION,
    Step.CHECKING: OnRemoved.END_SESSION,
    Step.FINGERPRINT: OnRemoved.END_SESSION,
    Step.LIBRARY_PIN: OnRemoved.END_SESSION,
    Step.PROBLEM: OnRemoved.END_SESSION,
    Step.SIGNED_IN: OnRemoved.END_SESSION,
    Step.PRACTICE: OnRemoved.END_PRACTICE,
    Step.PRACTICE_SIGNED_IN: OnRemoved.END_PRACTICE,
}


@pytest.mark.parametrize("step", list(Step))
def test_card_removal_in_every_step(step: Step) -> None:
    flow = STEPS[step]()
    assert flow.card_removed() is REMOVAL[step]
    assert not flow.card_in


def test_a_left_card_taken_during_a_guest_session_ends_nothing() -> None:
    flow = _signed_in()
    flow.session_ended(EndReason.IDLE_TIMEOUT)  # the card stays in: "Take your card"
    flow.guest()  # the next person goes on as a guest
    assert flow.card_removed() is OnRemoved.TAKEN and flow.step is Step.SIGNED_IN


# -- take your card ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "asked"),
    [
        (EndReason.SIGN_OUT, True),
        (EndReason.IDLE_TIMEOUT, True),
        (EndReason.STAFF_ENDED, True),
        (EndReason.CARD_REMOVED, False),
        (EndReason.TECHNICIAN_ENTRY, False),
        (EndReason.SHUTDOWN, False),
    ],
)
def test_take_your_card_after_a_session_with_its_card_in(reason: EndReason, asked: bool) -> None:
    assert _signed_in().session_ended(reason).take_card is asked
    assert not _guest().session_ended(reason).take_card  # no card


def test_take_your_card_waived_once() -> None:
    flow = _signed_in(CardRole.STAFF)
    flow.waive_take_card()  # "Help a resident": the handover notice asks for the card
    assert not flow.session_ended(EndReason.SIGN_OUT).take_card
    flow.card_removed()
    flow.card_inserted()
    flow.identified(CardRole.RESIDENT)
    flow.pin_entered()
    flow.pin_verified(simplified=False, template_ready=False)
    assert flow.session_ended(EndReason.SIGN_OUT).take_card  # the waiver was used up


# -- the fingerprint decision --------------------------------------------------------------------


@pytest.mark.parametrize("person", list(Person))
@pytest.mark.parametrize("configured", [True, False])
@pytest.mark.parametrize("simplified", [True, False])
@pytest.mark.parametrize("template", [True, False])
def test_fingerprint_decision(
    person: Person, configured: bool, simplified: bool, template: bool
) -> None:
    expected = person is Person.RESIDENT and configured and not simplified and template
    decided = offer_fingerprint(
        person, configured=configured, simplified=simplified, template_ready=template
    )
    assert decided is expected


@pytest.mark.parametrize("role", list(CardRole))
def test_fingerprint_step_in_the_flow(role: CardRole) -> None:
    flow = SignInFlow(fingerprint_configured=True)
    flow.card_inserted()
    flow.identified(role)
    flow.pin_entered()
    decision = flow.pin_verified(simplified=False, template_ready=True)
    resident = role is CardRole.RESIDENT
    assert decision is (OnVerified.OFFER_FINGERPRINT if resident else OnVerified.SIGN_IN)
    simplified = SignInFlow(fingerprint_configured=True)
    simplified.card_inserted()
    simplified.identified(role)
    simplified.pin_entered()
    assert simplified.pin_verified(simplified=True, template_ready=True) is OnVerified.SIGN_IN


# -- practice sessions ---------------------------------------------------------------------------


def test_practice_starts_from_a_staff_card_and_keeps_the_card_as_its_key() -> None:
    flow = _signed_in(CardRole.STAFF)
    flow.start_practice()
    assert flow.practice and flow.step is Step.PRACTICE and flow.card_in
    end = flow.session_ended(EndReason.SIGN_OUT)  # the staff session is wiped
    assert not end.take_card and end.practice_goes_on and flow.step is Step.PRACTICE
    assert flow.card_inserted() is OnCard.IGNORE  # no other card during practice


def test_a_made_up_person_signs_out_and_the_next_one_practises() -> None:
    flow = _practising()
    end = flow.session_ended(EndReason.SIGN_OUT)
    assert end.practice_goes_on and not end.take_card and flow.step is Step.PRACTICE
    flow.practice_sign_in()
    assert flow.step is Step.PRACTICE_SIGNED_IN


def test_a_guest_may_practise_too() -> None:
    flow = _practice()
    flow.guest()
    assert flow.step is Step.PRACTICE_SIGNED_IN and flow.role is Role.GUEST


@pytest.mark.parametrize(
    "reason", [EndReason.IDLE_TIMEOUT, EndReason.SHUTDOWN, EndReason.TECHNICIAN_ENTRY]
)
def test_other_session_ends_end_the_practice(reason: EndReason) -> None:
    flow = _practising()
    end = flow.session_ended(reason)
    assert not end.practice_goes_on and flow.practice  # the caller ends the practice
    assert flow.end_practice(PracticeEnd.IDLE_TIMEOUT)  # the staff card is still in
    assert flow.step is Step.IDLE and not flow.practice


def test_practice_ended_by_the_staff_card_leaves_no_card_to_take() -> None:
    flow = _practising()
    assert flow.card_removed() is OnRemoved.END_PRACTICE
    assert not flow.end_practice(PracticeEnd.CARD_REMOVED)
    assert flow.step is Step.IDLE
    assert not flow.session_ended(EndReason.CARD_REMOVED).take_card
    assert flow.card_inserted() is OnCard.READ  # the next card is read as usual
