"""The receipt printer as the core holds it: :class:`ReceiptPrinter`, present or absent.

:class:`drivers.printer.PrinterDevice` is the present printer. A kiosk whose printer is
``driver = "disabled"``, or was not started (a URI or profile the driver does not know, or the
core has not started yet), holds an :class:`AbsentPrinter` instead of ``None``: it reports its
state through the same interface (``state``, ``problem_key``, ``status``) and ``available``
False, takes listeners (and never calls them), and answers every job at once with
``NOT_CONNECTED`` (``show_on_screen``) without touching any hardware (issue #17).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Protocol

from drivers.device import DeviceState
from drivers.printer.device import PrintOutcome, PrintResult
from drivers.printer.status import UNKNOWN_STATUS, PrinterStatus
from kiosk.devices.absent import AbsentDevice, answered

if TYPE_CHECKING:
    from drivers.printer.device import PrinterEvent
    from drivers.printer.document import PrintDocument
    from drivers.printer.profiles import PrinterProfile

NOT_STARTED = "printer.not_started"
"""The problem key of a printer the kiosk was configured with but did not start."""

_job_ids = itertools.count(1)


class ReceiptPrinter(Protocol):
    """What the kiosk reads and asks of its receipt printer (the real device or the absent one).

    Attributes:
        available: a printer was started (False: nothing will ever print).
        state: its :class:`DeviceState` (``disabled`` when the kiosk has none).
        status: the last status it reported.
        problem_key: translation key of why it is not ready, or None.
        profile: the printer model's profile, once known.
    """

    @property
    def available(self) -> bool: ...

    @property
    def state(self) -> DeviceState: ...

    @property
    def status(self) -> PrinterStatus: ...

    @property
    def problem_key(self) -> str | None: ...

    @property
    def profile(self) -> PrinterProfile | None: ...

    def add_listener(self, listener: Callable[[PrinterEvent], None]) -> None: ...

    def remove_listener(self, listener: Callable[[PrinterEvent], None]) -> None: ...

    def submit(self, document: PrintDocument) -> Future[PrintOutcome]: ...

    def print_document(self, document: PrintDocument, timeout: float = 60.0) -> PrintOutcome: ...

    def close(self, timeout: float = 10.0) -> None: ...


class AbsentPrinter(AbsentDevice):
    """The printer of a kiosk that has none, or has not started it: a null object.

    Build it with :meth:`disabled` or :meth:`not_started`. Listeners are kept (and removed) like
    the real printer's but never called: an absent printer has no events.
    """

    NOT_STARTED = NOT_STARTED

    def __init__(self, state: DeviceState, problem_key: str | None) -> None:
        super().__init__(state, problem_key)
        self._listeners: list[Callable[[PrinterEvent], None]] = []

    @property
    def status(self) -> PrinterStatus:
        return UNKNOWN_STATUS

    @property
    def profile(self) -> PrinterProfile | None:
        return None

    def add_listener(self, listener: Callable[[PrinterEvent], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[PrinterEvent], None]) -> None:
        self._listeners.remove(listener)

    def submit(self, document: PrintDocument) -> Future[PrintOutcome]:
        """A job answered at once: not printed (``NOT_CONNECTED``), show it on screen."""
        return answered(
            PrintOutcome(
                job_id=next(_job_ids),
                label=document.label,
                result=PrintResult.NOT_CONNECTED,
                confirmed=False,
                status_before=UNKNOWN_STATUS,
                status_after=UNKNOWN_STATUS,
                bytes_sent=0,
                elapsed_s=0.0,
            )
        )

    def print_document(self, document: PrintDocument, timeout: float = 60.0) -> PrintOutcome:
        return self.submit(document).result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        return None
