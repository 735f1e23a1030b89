"""The composition root: builds every service of the kiosk core from the validated config.

Nothing else constructs a concrete driver, store or connector; emulators are chosen here too.
The UI (``ui/main.py``) asks for a :class:`KioskCore` and builds the window on top of it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.config import KioskConfig
from kiosk.logs import Redactor
from kiosk.session import IdlePolicy, Preferences, Session, Transition

logger = logging.getLogger(__name__)


def default_preferences(config: KioskConfig) -> Preferences:
    access = config.accessibility
    return Preferences(
        language=config.languages.default,
        large_text=access.large_text,
        high_contrast=access.high_contrast,
        speech=access.speech,
        simplified=access.simplified,
    )


@dataclass
class KioskCore:
    """Everything below the UI, built once per process.

    Attributes:
        config: the validated configuration.
        session: the session state machine.
        redactor: values of the signed-in resident that logs must never show.
        closers: callables run in reverse order at shutdown (threads joined, devices closed).
    """

    config: KioskConfig
    session: Session
    redactor: Redactor
    closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        while self.closers:
            closer = self.closers.pop()
            try:
                closer()
            except Exception:
                logger.exception("error while shutting down a component")


def _redact_resident(session: Session, redactor: Redactor) -> Callable[[Transition], None]:
    """Register the resident's identifiers at sign-in; forget them once the wipe finished."""

    def on_transition(transition: Transition) -> None:
        if transition.action == "sign_in":
            redactor.register(session.identity.display_name, words=True)
            redactor.register(session.identity.subject_id)
        elif transition.action == "finished":
            redactor.clear()

    return on_transition


def build_core(
    config: KioskConfig,
    *,
    clock: Callable[[], float] = time.monotonic,
    redactor: Redactor | None = None,
) -> KioskCore:
    config.paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    redactor = redactor if redactor is not None else Redactor()
    policy = IdlePolicy(
        warn_after=config.idle.warn_after_s,
        warning=config.idle.warning_s,
        max_extensions=config.idle.max_extensions,
    )
    session = Session(policy, default_preferences=lambda: default_preferences(config), clock=clock)
    session.add_listener(_redact_resident(session, redactor))
    return KioskCore(config=config, session=session, redactor=redactor)
