"""The printer mechanism shared by the network, serial and USB emulators.

:class:`EmulatedPrinter` consumes ESC/POS bytes, answers real-time ``DLE EOT n`` queries in
stream order like a real printer (also while offline), keeps what it printed as decoded pages,
and can be put into paper-near-end, paper-out, cover-open, cutter-error or powered-off states.
The Simulator window and the tests drive it through the ``set_*`` methods; ``add_listener``
tells them when something changed (called on the transport's thread, never with the lock held).

Data that arrives while the printer cannot print (cover open, paper out, error) is held in the
receive buffer and printed on recovery, as real printers do, unless the host clears the
buffers with ``DLE DC4 8``. Data sent to a powered-off printer is lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from drivers.printer.decoder import (
    ClearBuffers,
    DecodedDocument,
    DocumentBuilder,
    EscPosDecoder,
    Event,
    LineFeed,
    RecoverRequest,
    StatusRequest,
    TransmitStatus,
)
from drivers.printer.profiles import PrinterProfile, get_profile
from drivers.printer.status import (
    ErrorCause,
    PaperLevel,
    RawStatus,
    encode_status,
    encode_transmit_paper,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmulatorCondition:
    """A snapshot of the emulated printer's condition (for the Simulator window)."""

    powered: bool
    cover_open: bool
    paper: PaperLevel
    cutter_error: bool
    pending_events: int
    pages_printed: int

    @property
    def can_print(self) -> bool:
        return (
            self.powered
            and not self.cover_open
            and self.paper is not PaperLevel.OUT
            and not self.cutter_error
        )


Listener = Callable[[EmulatorCondition], None]


class EmulatedPrinter:
    """An ESC/POS printer mechanism without a transport. Thread-safe."""

    def __init__(
        self,
        profile: PrinterProfile | None = None,
        *,
        name: str = "emulated",
        answers_status: bool = True,
    ) -> None:
        """``answers_status=False`` emulates a cheap clone that ignores DLE EOT and GS r."""
        self.profile = profile or get_profile("TM-T20II")
        self.name = name
        self.answers_status = answers_status
        self._lock = threading.Lock()
        self._decoder = EscPosDecoder(dict(self.profile.code_pages) | _extra_pages())
        self._builder = DocumentBuilder()
        self._pending: list[Event] = []
        self._powered = True
        self._cover_open = False
        self._paper = PaperLevel.OK
        self._cutter_error = False
        self._paper_left_lines: int | None = None
        self._received = bytearray()
        self._status_queries = 0
        self._listeners: list[Listener] = []
        self._printed = threading.Condition(self._lock)

    # ------------------------------------------------------------------ wire side
    def receive(self, data: bytes) -> bytes:
        """Feed bytes from the host; returns the bytes the printer sends back."""
        with self._lock:
            if not self._powered:
                return b""
            self._received += data
            reply = bytearray()
            changed = False
            for event in self._decoder.feed(data):
                if isinstance(event, StatusRequest):
                    self._status_queries += 1
                    byte = self._status_byte(event.n)
                    if byte is not None and self.answers_status:
                        reply.append(byte)
                elif isinstance(event, ClearBuffers):
                    self._pending.clear()
                elif isinstance(event, RecoverRequest):
                    if event.n in (1, 2) and self._cutter_error:
                        self._cutter_error = False
                        changed = True
                    if event.n == 2:
                        self._pending.clear()
                elif isinstance(event, TransmitStatus) and self._can_print():
                    if event.n in (1, 49) and self.answers_status:
                        reply.append(encode_transmit_paper(self._paper))
                elif self._can_print():
                    changed |= self._print(event)
                else:
                    self._pending.append(event)
            snapshot = self._snapshot()
        if changed:
            self._notify(snapshot)
        return bytes(reply)

    def _status_byte(self, n: int) -> int | None:
        raw = self._raw_status()
        return {1: raw.printer, 2: raw.offline_cause, 3: raw.error_cause, 4: raw.paper}.get(n)

    def _raw_status(self) -> RawStatus:
        return encode_status(
            online=self._powered,
            cover_open=self._cover_open,
            paper=self._paper,
            error_cause=ErrorCause.AUTOCUTTER if self._cutter_error else ErrorCause.NONE,
        )

    def _can_print(self) -> bool:
        return (
            self._powered
            and not self._cover_open
            and self._paper is not PaperLevel.OUT
            and not self._cutter_error
        )

    def _print(self, event: Event) -> bool:
        """Put one event on paper; True when a page was finished or the paper ran out."""
        page = self._builder.add(event)
        changed = page is not None
        if isinstance(event, LineFeed) and self._paper_left_lines is not None:
            self._paper_left_lines -= 1 + event.extra_lines
            if self._paper_left_lines <= 0:
                self._paper_left_lines = None
                self._paper = PaperLevel.OUT
                logger.debug("%s: paper ran out", self.name)
                changed = True
        if page is not None:
            self._printed.notify_all()
        return changed

    def _replay_pending(self) -> None:
        while self._pending and self._can_print():
            self._print(self._pending.pop(0))

    # ------------------------------------------------------------------ control side
    def _snapshot(self) -> EmulatorCondition:
        return EmulatorCondition(
            powered=self._powered,
            cover_open=self._cover_open,
            paper=self._paper,
            cutter_error=self._cutter_error,
            pending_events=len(self._pending),
            pages_printed=len(self._builder.pages),
        )

    def _change(self, fn: Callable[[], None]) -> None:
        with self._lock:
            fn()
            self._replay_pending()
            snapshot = self._snapshot()
        self._notify(snapshot)

    def _notify(self, snapshot: EmulatorCondition) -> None:
        for listener in list(self._listeners):
            listener(snapshot)

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(condition)`` after every change (on the caller's/transport thread)."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @property
    def condition(self) -> EmulatorCondition:
        with self._lock:
            return self._snapshot()

    def set_paper(self, level: PaperLevel) -> None:
        """Paper OK, near end or out (``UNKNOWN`` is not a paper state)."""
        if level is PaperLevel.UNKNOWN:
            raise ValueError("an emulated printer always knows its paper level")

        def apply() -> None:
            self._paper = level
            self._paper_left_lines = None

        self._change(apply)

    def set_cover_open(self, is_open: bool) -> None:
        def apply() -> None:
            self._cover_open = is_open

        self._change(apply)

    def set_cutter_error(self, jammed: bool) -> None:
        def apply() -> None:
            self._cutter_error = jammed

        self._change(apply)

    def set_powered(self, powered: bool) -> None:
        """Power off = offline: no answers, data lost, the transports drop the link."""

        def apply() -> None:
            self._powered = powered
            if not powered:
                self._pending.clear()
                self._decoder = EscPosDecoder(dict(self.profile.code_pages) | _extra_pages())
                self._builder.discard_current()

        self._change(apply)

    def set_offline(self, offline: bool) -> None:
        """Simulator wording for :meth:`set_powered` (``offline=True`` = switched off)."""
        self.set_powered(not offline)

    def run_out_of_paper_after(self, lines: int) -> None:
        """The roll ends after ``lines`` more printed lines (paper-out mid-job)."""
        if lines < 1:
            raise ValueError("lines must be positive")

        def apply() -> None:
            self._paper_left_lines = lines

        self._change(apply)

    def reset(self) -> None:
        """Back to a healthy printer with nothing printed (Simulator "reset")."""

        def apply() -> None:
            self._powered = True
            self._cover_open = False
            self._paper = PaperLevel.OK
            self._cutter_error = False
            self._paper_left_lines = None
            self._pending.clear()
            self._builder = DocumentBuilder()
            self._decoder = EscPosDecoder(dict(self.profile.code_pages) | _extra_pages())
            self._received.clear()
            self._status_queries = 0

        self._change(apply)

    # ------------------------------------------------------------------ what was printed
    @property
    def pages(self) -> tuple[DecodedDocument, ...]:
        """Finished (cut) pages, oldest first."""
        with self._lock:
            return tuple(self._builder.pages)

    @property
    def current_page(self) -> DecodedDocument:
        """What is on the paper after the last cut."""
        with self._lock:
            return self._builder.current()

    @property
    def received(self) -> bytes:
        with self._lock:
            return bytes(self._received)

    @property
    def status_queries(self) -> int:
        with self._lock:
            return self._status_queries

    def wait_for_pages(self, count: int, timeout: float) -> bool:
        """Block until at least ``count`` pages were cut (tests, Simulator); False on timeout."""
        with self._printed:
            return self._printed.wait_for(lambda: len(self._builder.pages) >= count, timeout)


def _extra_pages() -> dict[int, str]:
    """Code pages every emulated printer decodes besides the profile's."""
    return {15: "iso8859_7", 37: "cp864", 50: "cp1256"}
