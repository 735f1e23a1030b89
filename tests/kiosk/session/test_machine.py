"""The session state machine, without Qt: every transition, the idle policy, the one wipe."""

from __future__ import annotations

import pytest

from kiosk.session.machine import (
    EndReason,
    Identity,
    IdleEvent,
    IdlePolicy,
    InvalidTransition,
    Preferences,
    Role,
    Session,
    State,
    Transition,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(clock: Clock) -> Session:
    return Session(
        IdlePolicy(warn_after=60, warning=30, max_extensions=10),
        default_preferences=lambda: Preferences(language="en"),
        clock=clock,
    )


def to_home(session: Session, role: Role = Role.RESIDENT) -> None:
    session.start()
    session.choose_language("es")
    session.sign_in(Identity(role, "Ana García", "RES-0001"))


def test_happy_path_through_every_state(session: Session) -> None:
    seen: list[Transition] = []
    session.add_listener(seen.append)
    assert session.state is State.ATTRACT
    session.start()
    assert session.state is State.LANGUAGE
    session.choose_language("fr")
    assert session.state is State.SIGN_IN
    assert session.preferences.language == "fr"
    session.sign_in(Identity(Role.GUEST))
    assert session.state is State.HOME
    session.open_service("about")
    assert (session.state, session.service) == (State.SERVICE, "about")
    session.complete()
    assert session.state is State.RECEIPT
    session.go_home()
    assert (session.state, session.service) == (State.HOME, None)
    session.open_service("about")
    session.go_home()
    session.end(EndReason.SIGN_OUT)
    assert session.state is State.ATTRACT
    assert [t.action for t in seen] == [
        "start",
        "choose_language",
        "sign_in",
        "open_service",
        "complete",
        "go_home",
        "open_service",
        "go_home",
        "end",
        "finished",
    ]
    assert seen[-1].reason is EndReason.SIGN_OUT


def test_card_sign_in_straight_from_attract(session: Session) -> None:
    session.sign_in(Identity(Role.RESIDENT, "Ana", "RES-0001"))
    assert session.state is State.HOME


@pytest.mark.parametrize(
    ("setup", "action"),
    [
        ([], "choose_language"),
        ([], "open_service"),
        ([], "complete"),
        ([], "go_home"),
        (["start"], "start"),
        (["start"], "open_service"),
        (["start", "lang"], "complete"),
        (["start", "lang", "guest"], "start"),
        (["start", "lang", "guest"], "complete"),
        (["start", "lang", "guest"], "go_home"),
        (["start", "lang", "guest", "about"], "open_service"),
        (["start", "lang", "guest", "about"], "sign_in"),
    ],
)
def test_invalid_transitions_raise(session: Session, setup: list[str], action: str) -> None:
    steps = {
        "start": session.start,
        "lang": lambda: session.choose_language("en"),
        "guest": lambda: session.sign_in(Identity(Role.GUEST)),
        "about": lambda: session.open_service("about"),
    }
    for step in setup:
        steps[step]()
    before = session.state
    calls = {
        "start": session.start,
        "choose_language": lambda: session.choose_language("en"),
        "open_service": lambda: session.open_service("x"),
        "complete": session.complete,
        "go_home": session.go_home,
        "sign_in": lambda: session.sign_in(Identity(Role.GUEST)),
    }
    with pytest.raises(InvalidTransition):
        calls[action]()
    assert session.state is before


def test_cannot_sign_in_as_nobody(session: Session) -> None:
    session.start()
    with pytest.raises(InvalidTransition):
        session.sign_in(Identity(Role.NONE))


def test_end_from_ending_raises_and_attract_end_is_noop(session: Session) -> None:
    session.end(EndReason.SIGN_OUT)
    assert session.wipe_count == 0
    session.end(EndReason.TECHNICIAN_ENTRY)
    assert session.wipe_count == 1
    hits: list[EndReason] = []

    def reenter(reason: EndReason) -> None:
        hits.append(reason)
        with pytest.raises(InvalidTransition):
            session.end(EndReason.SIGN_OUT)

    session.add_wipe_hook(reenter)
    to_home(session)
    session.end(EndReason.CARD_REMOVED)
    assert hits == [EndReason.CARD_REMOVED]


@pytest.mark.parametrize("reason", list(EndReason))
@pytest.mark.parametrize("where", ["language", "sign_in", "home", "service", "receipt"])
def test_every_end_path_runs_the_one_wipe(session: Session, reason: EndReason, where: str) -> None:
    wiped: list[EndReason] = []
    session.add_wipe_hook(wiped.append)
    session.start()
    if where != "language":
        session.choose_language("ar")
    if where in ("home", "service", "receipt"):
        session.sign_in(Identity(Role.RESIDENT, "Ana García", "RES-0001"))
        session.assisted_by = Identity(Role.STAFF, "Helper")
    if where in ("service", "receipt"):
        session.open_service("bills")
    if where == "receipt":
        session.complete()
    secret = bytearray(b"123456")
    session.data.values["pin"] = secret
    session.data.values["account"] = "ES-123"
    session.preferences.large_text = True
    session.end(reason)
    assert wiped == [reason]
    assert session.state is State.ATTRACT
    assert session.identity == Identity(Role.NONE)
    assert session.assisted_by is None
    assert session.service is None
    assert session.data.values == {}
    assert secret == bytearray(6)
    assert session.preferences == Preferences(language="en")


@pytest.mark.parametrize("part", ["wipe hook", "end listener"])
def test_a_failing_part_does_not_stop_the_wipe(session: Session, part: str) -> None:
    """A wipe hook, or a listener of the "end" transition (e.g. an audit entry on a full disk),
    that raises must not keep the session's data on screen: the wipe runs, then the error
    surfaces."""
    after: list[EndReason] = []

    def broken_hook(_reason: EndReason) -> None:
        raise RuntimeError("boom")

    def broken_listener(transition: Transition) -> None:
        if transition.action == "end":
            raise OSError(28, "No space left on device")

    if part == "wipe hook":
        session.add_wipe_hook(broken_hook)
    else:
        session.add_listener(broken_listener)
    session.add_wipe_hook(after.append)
    to_home(session)
    with pytest.raises((RuntimeError, OSError)):
        session.end(EndReason.SIGN_OUT)
    assert after == [EndReason.SIGN_OUT]
    assert session.state is State.ATTRACT
    assert session.identity.role is Role.NONE


def test_idle_warning_at_t_idle_minus_w_then_reset(session: Session, clock: Clock) -> None:
    wiped: list[EndReason] = []
    session.add_wipe_hook(wiped.append)
    to_home(session)
    clock.advance(59.9)
    assert session.tick() is None
    clock.advance(0.1)
    assert session.tick() is IdleEvent.WARNED
    assert session.warning_active
    assert session.seconds_left() == pytest.approx(30)
    clock.advance(29.9)
    assert session.tick() is None
    session.touch()  # a stray touch does not cancel the warning: only "more time" does
    assert session.warning_active
    clock.advance(0.1)
    assert session.tick() is IdleEvent.RESET
    assert session.state is State.ATTRACT
    assert wiped == [EndReason.IDLE_TIMEOUT]


def test_activity_restarts_the_inactivity_timer(session: Session, clock: Clock) -> None:
    to_home(session)
    clock.advance(50)
    session.touch()
    clock.advance(50)
    assert session.tick() is None
    clock.advance(10)
    assert session.tick() is IdleEvent.WARNED


def test_tenth_extension_accepted_then_refused(session: Session, clock: Clock) -> None:
    to_home(session)
    for n in range(10):
        clock.advance(60)
        assert session.tick() is IdleEvent.WARNED
        assert session.extensions_left == 10 - n
        assert session.extend() is True
        assert not session.warning_active
    clock.advance(60)
    assert session.tick() is IdleEvent.WARNED
    assert session.extensions_left == 0
    assert session.extend() is False
    assert session.warning_active
    clock.advance(30)
    assert session.tick() is IdleEvent.RESET
    to_home(session)
    assert session.extensions_left == 10  # the count resets with the session


def test_no_idle_on_attract(session: Session, clock: Clock) -> None:
    clock.advance(10_000)
    assert session.tick() is None


def test_force_idle_shows_warning_next_tick(session: Session) -> None:
    to_home(session)
    session.force_idle()
    assert session.tick() is IdleEvent.WARNED


def test_language_switch_keeps_everything_else(session: Session) -> None:
    to_home(session)
    session.open_service("bills")
    session.data.values["form"] = {"account": "1"}
    session.set_language("ar")
    assert session.state is State.SERVICE
    assert session.data.values["form"] == {"account": "1"}
    assert session.preferences.language == "ar"


def test_assistance_needs_a_staff_card(session: Session) -> None:
    to_home(session)
    with pytest.raises(InvalidTransition):
        session.start_assistance(Identity(Role.RESIDENT, "Bob"))
    session.start_assistance(Identity(Role.STAFF, "Helper"))
    assert session.assisted_by is not None


@pytest.mark.parametrize(
    "kwargs",
    [{"warning": 19}, {"max_extensions": 9}, {"warn_after": 0}],
)
def test_idle_policy_limits(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        IdlePolicy(**kwargs)  # type: ignore[arg-type]


def test_session_logs_no_personal_data(session: Session, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    to_home(session)
    session.end(EndReason.SIGN_OUT)
    assert "Ana" not in caplog.text
    assert "RES-0001" not in caplog.text
