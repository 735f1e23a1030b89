"""What every absent device has in common: a state and the reason, never any hardware, and
commands answered at once (:func:`answered`, :func:`refused`: futures already done)."""

from __future__ import annotations

from concurrent.futures import Future
from typing import ClassVar, Self, TypeVar

from drivers.device import DeviceState

T = TypeVar("T")


def answered(value: T) -> Future[T]:
    """A command's future, done at once with ``value`` (nothing was sent to any device)."""
    future: Future[T] = Future()
    future.set_result(value)
    return future


def refused(error: BaseException) -> Future[T]:
    """A command's future, failed at once with ``error`` (raised by its ``result()``)."""
    future: Future[T] = Future()
    future.set_exception(error)
    return future


class AbsentDevice:
    """The null object of one device class: ``available`` False, ``state`` disabled (configured
    without one) or absent with the class's ``NOT_STARTED`` problem key (configured, not
    started: before start, or a bad URI)."""

    NOT_STARTED: ClassVar[str]

    def __init__(self, state: DeviceState, problem_key: str | None) -> None:
        self._state = state
        self._problem = problem_key

    @classmethod
    def disabled(cls) -> Self:
        """The device of a kiosk configured without one (``driver = "disabled"``)."""
        return cls(DeviceState.DISABLED, None)

    @classmethod
    def not_started(cls) -> Self:
        """A configured device the kiosk did not start (before start, or a bad URI)."""
        return cls(DeviceState.ABSENT, cls.NOT_STARTED)

    @property
    def available(self) -> bool:
        return False

    @property
    def state(self) -> DeviceState:
        return self._state

    @property
    def problem_key(self) -> str | None:
        return self._problem
