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
from kiosk.session import IdlePolicy, Preferences, Session

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
        closers: callables run in reverse order at shutdown (threads joined, devices closed).
    """

    config: KioskConfig
    session: Session
    closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        while self.closers:
            closer = self.closers.pop()
            try:
                closer()
            except Exception:
                logger.exception("error while shutting down a component")


def build_core(config: KioskConfig, *, clock: Callable[[], float] = time.monotonic) -> KioskCore:
    config.paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    policy = IdlePolicy(
        warn_after=config.idle.warn_after_s,
        warning=config.idle.warning_s,
        max_extensions=config.idle.max_extensions,
    )
    session = Session(policy, default_preferences=lambda: default_preferences(config), clock=clock)
    return KioskCore(config=config, session=session)
