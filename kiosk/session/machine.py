"""The session state machine (pure Python, no Qt).

A session runs attract → language → sign-in → home ⇄ service flow → receipt → ending → attract.
Every way a session ends (sign-out, card removal, idle timeout, technician entry, crash recovery,
shutdown) goes through :meth:`Session.end`, which runs **one** wipe routine.

The idle policy lives here too, driven by an injectable clock: :meth:`Session.tick` is called
periodically by the UI adapter (a QTimer) and reports when the warning starts and when the session
must be reset.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)


class State(enum.Enum):
    ATTRACT = "attract"
    LANGUAGE = "language"
    SIGN_IN = "sign_in"
    HOME = "home"
    SERVICE = "service"
    RECEIPT = "receipt"
    ENDING = "ending"


class Role(enum.Enum):
    NONE = "none"  # nobody signed in yet
    GUEST = "guest"
    RESIDENT = "resident"
    PATRON = "patron"  # library card sign-in
    STAFF = "staff"  # assisting a resident
    TECHNICIAN = "technician"


class Assurance(enum.Enum):
    """How the signed-in person proved who they are (kept in the session, never logged)."""

    NONE = "none"  # guest, or a library card (an identifier, not proof)
    PIN = "pin"  # eCitizen card + PIN
    PIN_FINGERPRINT = "pin+fingerprint"  # card + PIN, and the finger matched the card's template


class EndReason(enum.Enum):
    SIGN_OUT = "sign_out"
    CARD_REMOVED = "card_removed"
    IDLE_TIMEOUT = "idle_timeout"
    TECHNICIAN_ENTRY = "technician_entry"
    CRASH_RECOVERY = "crash_recovery"
    SHUTDOWN = "shutdown"
    STAFF_ENDED = "staff_ended"


class IdleEvent(enum.Enum):
    WARNED = "warned"  # the "are you still there?" countdown started
    RESET = "reset"  # the countdown ran out: the session was ended


class InvalidTransition(Exception):
    """A bug: the UI asked for a transition the state machine does not allow."""

    def __init__(self, state: State, action: str) -> None:
        super().__init__(f"cannot {action} in state {state.value}")
        self.state = state
        self.action = action


_TRANSITIONS: dict[str, dict[State, State]] = {
    "start": {State.ATTRACT: State.LANGUAGE},
    "choose_language": {State.LANGUAGE: State.SIGN_IN},
    "sign_in": {State.SIGN_IN: State.HOME, State.ATTRACT: State.HOME, State.LANGUAGE: State.HOME},
    "open_service": {State.HOME: State.SERVICE},
    "complete": {State.SERVICE: State.RECEIPT},
    "go_home": {State.SERVICE: State.HOME, State.RECEIPT: State.HOME},
}
"""action → {from_state: to_state}. ``end`` is allowed from every state but ATTRACT/ENDING."""

_SIGN_IN_ROLES = {Role.GUEST, Role.RESIDENT, Role.PATRON, Role.STAFF, Role.TECHNICIAN}


@dataclass(frozen=True)
class IdlePolicy:
    warn_after: float = 90.0  # seconds of inactivity before the warning
    warning: float = 30.0  # length of the warning countdown (≥ 20 s)
    max_extensions: int = 20  # "I need more time" allowed at least this often (≥ 10)

    def __post_init__(self) -> None:
        if self.warning < 20:
            raise ValueError("the idle warning must last at least 20 seconds")
        if self.max_extensions < 10:
            raise ValueError("at least 10 extensions must be allowed")
        if self.warn_after <= 0:
            raise ValueError("warn_after must be positive")


@dataclass(frozen=True)
class Identity:
    """Who is signed in. Personal: held in the session only, never logged."""

    role: Role
    display_name: str = ""
    subject_id: str = ""  # back-end id (e.g. resident id), never shown in logs
    assurance: Assurance = Assurance.NONE


@dataclass
class Preferences:
    """Per-session choices reset at the end of every session."""

    language: str
    large_text: bool = False
    high_contrast: bool = False
    speech: bool = False
    simplified: bool = False


@dataclass(frozen=True)
class Transition:
    old: State
    new: State
    action: str
    reason: EndReason | None = None  # set on the "end" and "finished" transitions


WipeHook = Callable[[EndReason], None]
Listener = Callable[[Transition], None]


@dataclass
class SessionData:
    """Everything a session holds about the resident besides identity.

    Values are kept in a dict; bytearrays are zeroed on wipe (best effort: CPython strings are
    immutable, which is why the UI is also rebuilt on every wipe).
    """

    values: dict[str, Any] = field(default_factory=dict)

    def wipe(self) -> None:
        for value in self.values.values():
            if isinstance(value, bytearray):
                value[:] = bytes(len(value))
            elif hasattr(value, "wipe"):
                value.wipe()
        self.values.clear()


class Session:
    """One kiosk session at a time; the object lives as long as the kiosk.

    Attributes:
        state: the current :class:`State`.
        identity: who is signed in (``Role.NONE`` before sign-in).
        preferences: language and accessibility choices of this session.
        data: everything else the session holds; wiped at the end.
        service: the id of the service being used, if any.
    """

    def __init__(
        self,
        policy: IdlePolicy,
        *,
        default_preferences: Callable[[], Preferences],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._policy = policy
        self._clock = clock
        self._default_preferences = default_preferences
        self._wipe_hooks: list[WipeHook] = []
        self._listeners: list[Listener] = []
        self.state = State.ATTRACT
        self.identity = Identity(Role.NONE)
        self.preferences = default_preferences()
        self.data = SessionData()
        self.service: str | None = None
        self.assisted_by: Identity | None = None
        self._last_activity = clock()
        self._warning_deadline: float | None = None
        self._extensions = 0
        self._wipes = 0

    # -- observers ---------------------------------------------------------------------------
    def add_wipe_hook(self, hook: WipeHook) -> None:
        """Register something to clear at every session end (screens, caches, redactor...)."""
        self._wipe_hooks.append(hook)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    # -- transitions -------------------------------------------------------------------------
    def _go(self, action: str, new: State | None = None) -> None:
        table = _TRANSITIONS.get(action, {})
        target = new if new is not None else table.get(self.state)
        if target is None or (new is not None and self.state not in table):
            raise InvalidTransition(self.state, action)
        old, self.state = self.state, target
        self._last_activity = self._clock()
        self._warning_deadline = None
        logger.info("session %s: %s -> %s", action, old.value, target.value)
        transition = Transition(old, target, action)
        for listener in list(self._listeners):
            listener(transition)

    def start(self) -> None:
        """A tap on the attract screen."""
        self._go("start")

    def choose_language(self, language: str) -> None:
        self.set_language(language)
        self._go("choose_language")

    def sign_in(self, identity: Identity) -> None:
        if identity.role not in _SIGN_IN_ROLES:
            raise InvalidTransition(self.state, f"sign in as {identity.role.value}")
        if self.state not in _TRANSITIONS["sign_in"]:
            raise InvalidTransition(self.state, "sign_in")
        self.identity = identity
        logger.info("signed in as %s", identity.role.value)
        self._go("sign_in")

    def open_service(self, service: str) -> None:
        if self.state is not State.HOME:
            raise InvalidTransition(self.state, "open_service")
        self.service = service
        self._go("open_service")

    def complete(self) -> None:
        self._go("complete")

    def go_home(self) -> None:
        self._go("go_home")
        self.service = None

    def set_language(self, language: str) -> None:
        """Switch language at any moment without losing anything else."""
        self.preferences.language = language

    def start_assistance(self, helper: Identity) -> None:
        if helper.role is not Role.STAFF:
            raise InvalidTransition(self.state, "start assistance without a staff card")
        if self.state in (State.ATTRACT, State.ENDING):
            raise InvalidTransition(self.state, "start assistance")
        self.assisted_by = helper
        logger.info("assisted session started")

    def end_assistance(self) -> None:
        """The helper leaves; the resident's session goes on (AD-01)."""
        if self.assisted_by is not None:
            self.assisted_by = None
            logger.info("assisted session ended, session goes on")

    def end(self, reason: EndReason) -> None:
        """End the session for any reason: the one wipe routine, then back to attract.

        Ending an idle attract screen is a no-op except for a technician entry and shutdown,
        which still wipe (nothing should be there, but the wipe is cheap and certain).
        """
        if self.state is State.ENDING:
            raise InvalidTransition(self.state, "end")
        if self.state is State.ATTRACT and reason not in (
            EndReason.TECHNICIAN_ENTRY,
            EndReason.SHUTDOWN,
            EndReason.CRASH_RECOVERY,
        ):
            return
        old, self.state = self.state, State.ENDING
        logger.info("session ending: %s", reason.value)
        errors: list[Exception] = []
        for listener in list(self._listeners):
            try:
                listener(Transition(old, State.ENDING, "end", reason))
            except Exception as exc:  # a failing listener must not keep the wipe from running
                logger.exception("a session-end listener failed")
                errors.append(exc)
        errors += self._wipe(reason)
        self.state = State.ATTRACT
        for listener in list(self._listeners):
            listener(Transition(State.ENDING, State.ATTRACT, "finished", reason))
        if errors:
            raise errors[0]  # a failing hook is a bug: surface it, but only after the wipe

    def _wipe(self, reason: EndReason) -> list[Exception]:
        """The one wipe routine. Every end path comes here; hooks run even if one fails."""
        errors: list[Exception] = []
        for hook in list(self._wipe_hooks):
            try:
                hook(reason)
            except Exception as exc:  # a failing hook must not leave the rest un-wiped
                logger.exception("a wipe hook failed")
                errors.append(exc)
        self.data.wipe()
        self.identity = Identity(Role.NONE)
        self.assisted_by = None
        self.service = None
        self.preferences = self._default_preferences()
        self._extensions = 0
        self._warning_deadline = None
        self._last_activity = self._clock()
        self._wipes += 1
        return errors

    @property
    def wipe_count(self) -> int:
        return self._wipes

    # -- idle policy -------------------------------------------------------------------------
    @property
    def warning_active(self) -> bool:
        return self._warning_deadline is not None

    @property
    def extensions_left(self) -> int:
        return max(0, self._policy.max_extensions - self._extensions)

    def seconds_left(self) -> float:
        """Seconds left in the warning countdown (0 when no warning)."""
        if self._warning_deadline is None:
            return 0.0
        return max(0.0, self._warning_deadline - self._clock())

    def touch(self) -> None:
        """Any input from the resident outside the warning: restart the inactivity timer."""
        if self._warning_deadline is None:
            self._last_activity = self._clock()

    def extend(self) -> bool:
        """'I need more time': end the warning. Returns False when no extension is left."""
        if self._warning_deadline is None:
            self._last_activity = self._clock()
            return True
        if self._extensions >= self._policy.max_extensions:
            return False
        self._extensions += 1
        self._warning_deadline = None
        self._last_activity = self._clock()
        logger.info("idle warning extended (%d used)", self._extensions)
        return True

    def force_idle(self) -> None:
        """Pretend the resident walked away: the next :meth:`tick` shows the warning.

        Used by the demo's Simulator window and by benchmarks; real kiosks just wait.
        """
        self._last_activity = self._clock() - self._policy.warn_after

    def tick(self) -> IdleEvent | None:
        """Check the idle policy; call it about once a second."""
        if self.state in (State.ATTRACT, State.ENDING):
            return None
        now = self._clock()
        if self._warning_deadline is None:
            if now - self._last_activity >= self._policy.warn_after:
                self._warning_deadline = now + self._policy.warning
                logger.info("idle warning shown")
                return IdleEvent.WARNED
            return None
        if now >= self._warning_deadline:
            self.end(EndReason.IDLE_TIMEOUT)
            return IdleEvent.RESET
        return None
