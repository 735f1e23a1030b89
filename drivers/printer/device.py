"""The printer service: one owning worker thread, queued jobs, live status, immutable results.

Construct from a URI (``usb://04b8:0e15``, ``serial:///dev/ttyUSB0?baudrate=38400``,
``tcp://192.0.2.10:9100``), ``start()``, then ``submit(document)`` (a ``Future`` of a
:class:`PrintOutcome`) or ``print_document(document)`` (blocking; never on the GUI thread).
Listeners get :class:`StateChanged`, :class:`StatusUpdated` and :class:`JobFinished` events
on the worker thread; the Qt bridge re-emits them as signals.

Per job: DLE EOT status (refuse when the printer says it cannot print), send the job ending
with a cut, wait for the printer to acknowledge the whole job (``GS r 1`` where the profile has
it, watching DLE EOT meanwhile), status again. A job that stops on paper-out, cover-open or an
error clears the printer's buffers (``DLE DC4 8``) so the half receipt does not come out later,
and is reported as not printed. Idle: status every ``poll_interval`` seconds. A lost printer is
logged once and its return once; reconnects back off from 0.5 s to 30 s (with jitter), and USB
hotplug (pyudev, or polling) retries at once.
"""

from __future__ import annotations

import enum
import itertools
import logging
import queue
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from drivers.device import AvailabilityLog, DeviceState, DisconnectedError, TransientError
from drivers.printer.document import PrintDocument, encode_document
from drivers.printer.hotplug import HotplugAction, HotplugEvent, UsbPrinterWatcher
from drivers.printer.profiles import PrinterProfile
from drivers.printer.status import (
    QUERY_ERROR_CAUSE,
    QUERY_OFFLINE_CAUSE,
    QUERY_PAPER,
    QUERY_PRINTER,
    TRANSMIT_PAPER_STATUS,
    UNKNOWN_STATUS,
    PrinterStatus,
    RawStatus,
    is_transmit_status_byte,
    is_valid_status_byte,
    parse_status,
)
from drivers.printer.transport import Link, open_link
from drivers.printer.uri import PrinterUri, Transport, parse_uri

logger = logging.getLogger(__name__)

CLEAR_BUFFERS = b"\x10\x14\x08\x01\x03\x14\x01\x06\x02\x08"
_BACKOFF_MIN = 0.5
_BACKOFF_MAX = 30.0


class PrintResult(enum.Enum):
    PRINTED = "printed"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    PRINTER_ERROR = "printer_error"
    OFFLINE = "offline"  # the printer says offline, or stopped answering
    DISCONNECTED = "disconnected"  # the link broke during the job
    NOT_CONNECTED = "not_connected"  # no printer to send to
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"  # the service closed first
    INTERNAL_ERROR = "internal_error"  # a bug in our code; logged with its traceback

    @property
    def error_key(self) -> str | None:
        return None if self is PrintResult.PRINTED else f"printer.{self.value}"


@dataclass(frozen=True)
class PrintOutcome:
    """How a job ended. ``show_on_screen`` tells the UI to show the reference instead.

    Attributes:
        confirmed: the printer acknowledged the whole job (``GS r``), not just accepted bytes.
    """

    job_id: int
    label: str
    result: PrintResult
    confirmed: bool
    status_before: PrinterStatus
    status_after: PrinterStatus
    bytes_sent: int
    elapsed_s: float

    @property
    def printed(self) -> bool:
        return self.result is PrintResult.PRINTED

    @property
    def show_on_screen(self) -> bool:
        return not self.printed

    @property
    def error_key(self) -> str | None:
        return self.result.error_key


@dataclass(frozen=True)
class StateChanged:
    old: DeviceState
    new: DeviceState
    status: PrinterStatus
    problem_key: str | None


@dataclass(frozen=True)
class StatusUpdated:
    status: PrinterStatus


@dataclass(frozen=True)
class JobFinished:
    outcome: PrintOutcome


PrinterEvent = StateChanged | StatusUpdated | JobFinished
Listener = Callable[[PrinterEvent], None]


@dataclass(frozen=True)
class _Job:
    job_id: int
    document: PrintDocument
    future: Future[PrintOutcome]


@dataclass(frozen=True)
class _StatusRequest:
    future: Future[PrinterStatus]


@dataclass(frozen=True)
class _Hotplug:
    event: HotplugEvent


_STOP = object()
_job_ids = itertools.count(1)


class PrinterDevice:
    """One printer, one worker thread.

    Attributes:
        uri: where the printer is.
        state: the current :class:`DeviceState` (read from any thread).
        status: the last :class:`PrinterStatus`.

    Events (to listeners, on the worker thread): ``StateChanged``, ``StatusUpdated``,
    ``JobFinished``.
    """

    def __init__(
        self,
        uri: str | PrinterUri,
        *,
        profile: PrinterProfile | None = None,
        usb_backend: Any = None,
        poll_interval: float = 5.0,
        status_timeout: float = 0.5,
        connect_timeout: float = 2.0,
        write_timeout: float = 5.0,
        ack_timeout: float = 10.0,
        hotplug: bool = True,
        hotplug_poll_interval: float = 3.0,
        name: str = "receipt printer",
    ) -> None:
        self.uri = parse_uri(uri) if isinstance(uri, str) else uri
        self._profile = profile
        self._usb_backend = usb_backend
        self._poll_interval = poll_interval
        self._status_timeout = status_timeout
        self._connect_timeout = connect_timeout
        self._write_timeout = write_timeout
        self._ack_timeout = ack_timeout
        self._name = name
        self._queue: queue.Queue[object] = queue.Queue()
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._availability = AvailabilityLog(logger, name)
        self._link: Link | None = None
        self._answers_status = False
        self._no_response = False
        self._backoff = _BACKOFF_MIN
        self._next_connect = 0.0
        self._next_poll = 0.0
        self._state = DeviceState.ABSENT
        self._status = UNKNOWN_STATUS
        self._problem: str | None = None
        self._watcher: UsbPrinterWatcher | None = None
        if hotplug and self.uri.transport is Transport.USB:
            self._watcher = UsbPrinterWatcher(
                self._on_hotplug, backend=usb_backend, poll_interval=hotplug_poll_interval
            )

    # ------------------------------------------------------------------ public API
    @property
    def available(self) -> bool:
        """A printer is configured here (the kiosk's stand-in for an absent one says False)."""
        return True

    @property
    def state(self) -> DeviceState:
        return self._state

    @property
    def status(self) -> PrinterStatus:
        return self._status

    @property
    def problem_key(self) -> str | None:
        """Translation key of why the printer is not READY (``printer.not_found``, ...)."""
        return self._problem

    @property
    def profile(self) -> PrinterProfile | None:
        """The profile in use (known once connected, or when given)."""
        if self._link is not None:
            return self._link.profile
        return self._profile

    def add_listener(self, listener: Listener) -> None:
        with self._listeners_lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with self._listeners_lock:
            self._listeners.remove(listener)

    def start(self) -> PrinterDevice:
        if self._thread is not None:
            raise RuntimeError("printer service already started")
        self._thread = threading.Thread(target=self._run, name="printer-service", daemon=True)
        self._thread.start()
        if self._watcher is not None:
            self._watcher.start()
        return self

    def submit(self, document: PrintDocument) -> Future[PrintOutcome]:
        """Queue a job; the future resolves to a :class:`PrintOutcome` (never raises for
        printer problems)."""
        future: Future[PrintOutcome] = Future()
        if self._stopping.is_set():
            raise RuntimeError("printer service is closed")
        self._queue.put(_Job(next(_job_ids), document, future))
        return future

    def print_document(self, document: PrintDocument, timeout: float = 60.0) -> PrintOutcome:
        """Blocking :meth:`submit` (for CLI and worker threads, not for the GUI thread)."""
        return self.submit(document).result(timeout)

    def request_status(self) -> Future[PrinterStatus]:
        future: Future[PrinterStatus] = Future()
        self._queue.put(_StatusRequest(future))
        return future

    def refresh_status(self, timeout: float = 10.0) -> PrinterStatus:
        return self.request_status().result(timeout)

    def reconnect_now(self) -> None:
        """Retry the connection at once (e.g. after the technician fixed a cable)."""
        self._queue.put(_Hotplug(HotplugEvent(HotplugAction.ADDED, self.uri.vid, self.uri.pid)))

    def close(self, timeout: float = 10.0) -> None:
        """Stop taking jobs, finish the current one, cancel the rest, join, close the port."""
        self._stopping.set()
        if self._watcher is not None:
            self._watcher.close()
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout)
            if self._thread.is_alive():
                logger.error("printer worker did not stop within %.1f s", timeout)
            self._thread = None
        self._cancel_queued()
        self._close_link()

    def __enter__(self) -> PrinterDevice:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ events
    def _emit(self, event: PrinterEvent) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                # a broken listener must not kill the device thread; it is a bug, log it
                logger.exception("printer event listener failed")

    def _set(self, state: DeviceState, status: PrinterStatus, problem: str | None) -> None:
        old, old_status = self._state, self._status
        self._state, self._status, self._problem = state, status, problem
        if status != old_status:
            self._emit(StatusUpdated(status))
        if state is not old:
            logger.debug("%s: %s -> %s (%s)", self._name, old.value, state.value, problem)
            self._emit(StateChanged(old, state, status, problem))

    def _apply_status(self, status: PrinterStatus) -> None:
        if self._no_response:
            self._availability.lost("no answer to status requests")
            self._set(DeviceState.ERROR, status, "printer.offline")
            return
        self._availability.back()
        self._set(status.device_state(), status, status.problem_key)

    def _on_hotplug(self, event: HotplugEvent) -> None:
        self._queue.put(_Hotplug(event))

    # ------------------------------------------------------------------ worker
    def _run(self) -> None:
        self._set(DeviceState.CONNECTING, UNKNOWN_STATUS, None)
        self._connect()
        while True:
            now = time.monotonic()
            deadline = self._next_connect if self._link is None else self._next_poll
            try:
                msg = self._queue.get(timeout=max(0.0, deadline - now))
            except queue.Empty:
                msg = None
            if msg is _STOP:
                break
            try:
                self._handle(msg)
            except Exception as exc:
                # a bug: keep the device thread (and every later receipt) alive, start over
                # with a fresh connection, and answer the caller instead of leaving it waiting
                logger.exception("printer worker: unexpected error")
                self._fail(msg, exc)
                self._lose("internal error")
        self._cancel_queued()
        self._close_link()

    def _handle(self, msg: object) -> None:
        if msg is None:
            if self._link is None:
                self._connect()
            else:
                self._poll()
        elif isinstance(msg, _Job):
            self._run_job(msg)
        elif isinstance(msg, _StatusRequest):
            msg.future.set_result(self._status_now())
        elif isinstance(msg, _Hotplug):
            self._handle_hotplug(msg.event)

    def _fail(self, msg: object, exc: Exception) -> None:
        if isinstance(msg, _Job) and not msg.future.done():
            outcome = PrintOutcome(
                msg.job_id,
                msg.document.label,
                PrintResult.INTERNAL_ERROR,
                False,
                UNKNOWN_STATUS,
                UNKNOWN_STATUS,
                0,
                0.0,
            )
            msg.future.set_result(outcome)
            self._emit(JobFinished(outcome))
        elif isinstance(msg, _StatusRequest) and not msg.future.done():
            msg.future.set_exception(exc)

    def _matches(self, event: HotplugEvent) -> bool:
        return (self.uri.vid is None or event.vid in (None, self.uri.vid)) and (
            self.uri.pid is None or event.pid in (None, self.uri.pid)
        )

    def _handle_hotplug(self, event: HotplugEvent) -> None:
        if not self._matches(event):
            return
        if event.action is HotplugAction.ADDED:
            if self._link is None:
                self._backoff = _BACKOFF_MIN
                self._connect()
        elif self._link is not None:
            self._lose("unplugged")

    def _connect(self) -> None:
        try:
            self._link = open_link(
                self.uri,
                profile=self._profile,
                usb_backend=self._usb_backend,
                connect_timeout=self._connect_timeout,
                write_timeout=self._write_timeout,
            )
        except (DisconnectedError, TransientError) as exc:
            self._schedule_reconnect()
            self._availability.lost(exc.key)
            self._set(DeviceState.ABSENT, UNKNOWN_STATUS, exc.key)
            return
        self._answers_status = False
        self._no_response = False
        try:
            status = self._query()
        except (DisconnectedError, TransientError) as exc:
            self._lose(exc.key)
            return
        self._backoff = _BACKOFF_MIN
        self._next_poll = time.monotonic() + self._poll_interval
        self._apply_status(status)

    def _schedule_reconnect(self) -> None:
        delay = self._backoff * random.uniform(0.8, 1.2)
        self._next_connect = time.monotonic() + delay
        self._backoff = min(self._backoff * 2, _BACKOFF_MAX)

    def _close_link(self) -> None:
        if self._link is not None:
            self._link.close()
            self._link = None

    def _lose(self, reason: str) -> None:
        self._close_link()
        self._availability.lost(reason)
        self._schedule_reconnect()
        self._set(DeviceState.ABSENT, UNKNOWN_STATUS, "printer.disconnected")

    def _poll(self) -> None:
        self._next_poll = time.monotonic() + self._poll_interval
        try:
            status = self._query()
        except (DisconnectedError, TransientError) as exc:
            self._lose(exc.key)
            return
        self._apply_status(status)

    def _status_now(self) -> PrinterStatus:
        if self._link is None:
            self._connect()
            return self._status
        self._poll()
        return self._status

    def _query(self) -> PrinterStatus:
        """One DLE EOT round (1, then 2/3 when offline, then 4)."""
        link = self._link
        assert link is not None
        t = self._status_timeout
        printer = link.query(QUERY_PRINTER, t)
        if printer is None or not is_valid_status_byte(printer):
            # a printer that answered before and stops answering is offline; one that never
            # answered is a clone without DLE EOT: unknown, rely on write errors
            self._no_response = self._answers_status
            return UNKNOWN_STATUS
        self._answers_status = True
        self._no_response = False
        offline = error = None
        if printer & 0x08:
            offline = link.query(QUERY_OFFLINE_CAUSE, t)
            if offline is not None and offline & 0x40:
                error = link.query(QUERY_ERROR_CAUSE, t)
        paper = link.query(QUERY_PAPER, t)
        return parse_status(RawStatus(printer, offline, error, paper))

    def _silent(self) -> bool:
        """The printer answered status requests before and stopped answering."""
        return self._no_response

    def _await_ack(self, link: Link) -> bool:
        """Wait for the ``GS r 1`` answer; False when the printer stopped or time ran out."""
        deadline = time.monotonic() + self._ack_timeout
        slice_s = min(0.25, self._ack_timeout)
        while time.monotonic() < deadline:
            got = link.read_byte(slice_s)
            if got is not None and is_transmit_status_byte(got):
                return True
            # no answer yet: is the printer still printing, or stopped (paper out, cover)?
            link.write(QUERY_PRINTER)
            got = link.read_byte(self._status_timeout)
            if got is not None and is_transmit_status_byte(got):
                # the ack came first; the status answer follows, drop it
                link.read_byte(self._status_timeout)
                return True
            if got is not None and is_valid_status_byte(got) and got & 0x08:
                return False
            if got is None and self._answers_status:
                return False  # it answered before and went silent: switched off mid-job
        return False

    def _outcome(
        self,
        job: _Job,
        result: PrintResult,
        before: PrinterStatus,
        after: PrinterStatus,
        sent: int,
        started: float,
        confirmed: bool = False,
    ) -> PrintOutcome:
        return PrintOutcome(
            job_id=job.job_id,
            label=job.document.label,
            result=result,
            confirmed=confirmed,
            status_before=before,
            status_after=after,
            bytes_sent=sent,
            elapsed_s=time.monotonic() - started,
        )

    @staticmethod
    def _refusal(status: PrinterStatus) -> PrintResult:
        if status.cover_open:
            return PrintResult.COVER_OPEN
        if status.paper_out:
            return PrintResult.PAPER_OUT
        if status.error:
            return PrintResult.PRINTER_ERROR
        return PrintResult.OFFLINE

    def _run_job(self, job: _Job) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        started = time.monotonic()
        outcome = self._print(job, started)
        logger.info(
            "%s: job %d (%s) %s in %.0f ms",
            self._name,
            job.job_id,
            job.document.label,
            outcome.result.value,
            outcome.elapsed_s * 1000,
        )
        job.future.set_result(outcome)
        self._emit(JobFinished(outcome))

    def _print(self, job: _Job, started: float) -> PrintOutcome:
        if self._link is None:
            self._connect()
        link = self._link
        if link is None:
            return self._outcome(
                job, PrintResult.NOT_CONNECTED, UNKNOWN_STATUS, UNKNOWN_STATUS, 0, started
            )
        before = after = UNKNOWN_STATUS
        sent = 0
        try:
            before = self._query()
            self._apply_status(before)
            if self._silent():
                return self._outcome(job, PrintResult.OFFLINE, before, before, 0, started)
            if not before.can_print:
                return self._outcome(job, self._refusal(before), before, before, 0, started)
            self._set(DeviceState.BUSY, before, None)
            data = encode_document(job.document, link.profile)
            link.write(data)
            sent = len(data)
            confirmed = False
            if link.profile.transmit_status:
                link.write(TRANSMIT_PAPER_STATUS)
                confirmed = self._await_ack(link)
            after = self._query()
            self._next_poll = time.monotonic() + self._poll_interval
            if after.responded and not after.can_print:
                # the rest of this job must not come out when the paper is replaced
                link.write(CLEAR_BUFFERS)
                result = self._refusal(after)
                after = self._query()  # a round trip: the printer has seen the clear
                self._apply_status(after)
                return self._outcome(job, result, before, after, sent, started)
            self._apply_status(after)
            if self._silent():
                return self._outcome(job, PrintResult.OFFLINE, before, after, sent, started)
            return self._outcome(job, PrintResult.PRINTED, before, after, sent, started, confirmed)
        except DisconnectedError as exc:
            self._lose(exc.key)
            return self._outcome(job, PrintResult.DISCONNECTED, before, after, sent, started)
        except TransientError as exc:
            self._lose(exc.key)
            return self._outcome(job, PrintResult.TIMEOUT, before, after, sent, started)

    def _cancel_queued(self) -> None:
        while True:
            try:
                msg = self._queue.get_nowait()
            except queue.Empty:
                return
            if isinstance(msg, _Job) and msg.future.set_running_or_notify_cancel():
                msg.future.set_result(
                    PrintOutcome(
                        msg.job_id,
                        msg.document.label,
                        PrintResult.CANCELLED,
                        False,
                        UNKNOWN_STATUS,
                        UNKNOWN_STATUS,
                        0,
                        0.0,
                    )
                )
            elif isinstance(msg, _StatusRequest) and msg.future.set_running_or_notify_cancel():
                msg.future.set_result(UNKNOWN_STATUS)
