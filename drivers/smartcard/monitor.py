"""Reader and card monitor: our own SCardGetStatusChange loop on its own thread.

Not pyscard's CardMonitor (it stops silently when pcscd restarts). The loop waits with a timeout,
uses the ``\\\\?PnP?\\Notification`` pseudo-reader for reader hotplug where PC/SC supports it, and
rebuilds its context with backoff when pcscd goes away (restart, crash, last reader unplugged).
Loss and return of the service are logged once each.

Events are immutable :class:`CardEvent` values delivered to ``on_event`` **on the monitor thread**;
a Qt adapter re-emits them as queued signals.
"""

from __future__ import annotations

import enum
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from smartcard import scard

from drivers.device import AvailabilityLog
from drivers.smartcard.transport import is_service_error

logger = logging.getLogger(__name__)

PNP_READER = "\\\\?PnP?\\Notification"


class CardEventKind(enum.Enum):
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    SERVICE_LOST = "service_lost"
    SERVICE_BACK = "service_back"


@dataclass(frozen=True)
class CardEvent:
    kind: CardEventKind
    reader: str = ""
    atr: bytes = b""


class _ServiceLost(Exception):
    """Internal: the PC/SC context is unusable; rebuild it."""


def _ok(hresult: int) -> bool:
    return bool(hresult == scard.SCARD_S_SUCCESS)


class CardMonitor:
    """Watches all PC/SC readers; call :meth:`start`, then :meth:`close` (joins the thread).

    Args:
        on_event: called on the monitor thread with each :class:`CardEvent`; must not block long.
        poll_timeout: the SCardGetStatusChange timeout (seconds); bounds how late a stop or a
            reader change (without PnP support) is noticed.
        backoff: (first, max) seconds between context rebuild attempts; jittered, doubling.
    """

    def __init__(
        self,
        on_event: Callable[[CardEvent], None],
        *,
        poll_timeout: float = 1.0,
        backoff: tuple[float, float] = (0.2, 5.0),
    ) -> None:
        self._on_event = on_event
        self._poll_ms = max(1, int(poll_timeout * 1000))
        self._backoff = backoff
        self._stop = threading.Event()
        self._ctx_lock = threading.Lock()
        self._ctx: int | None = None
        self._thread: threading.Thread | None = None
        self._availability = AvailabilityLog(logger, "PC/SC service")
        self._state_lock = threading.Lock()
        self._readers: dict[str, bytes | None] = {}  # reader -> ATR of the present card or None
        self._ready = threading.Event()

    # --- public ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("monitor already started")
        self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
        self._thread.start()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the loop (SCardCancel wakes the wait) and join the thread."""
        self._stop.set()
        thread = self._thread
        if thread is None:
            return
        deadline = time.monotonic() + timeout
        while thread.is_alive() and time.monotonic() < deadline:
            # repeated: a cancel that lands between two waits is lost
            with self._ctx_lock:
                if self._ctx is not None:
                    scard.SCardCancel(self._ctx)
            thread.join(0.05)
        if thread.is_alive():
            logger.error("card monitor thread did not stop within %.1f s", timeout)

    def wait_ready(self, timeout: float) -> bool:
        """Wait until the first full scan after start (or after a service return) is reported."""
        return self._ready.wait(timeout)

    def snapshot(self) -> dict[str, bytes | None]:
        """Current readers and the ATR of the card in each (None: empty)."""
        with self._state_lock:
            return dict(self._readers)

    @property
    def service_available(self) -> bool | None:
        return self._availability.available

    def __enter__(self) -> CardMonitor:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- thread ----------------------------------------------------------------------------

    def _emit(self, kind: CardEventKind, reader: str = "", atr: bytes = b"") -> None:
        try:
            self._on_event(CardEvent(kind, reader, atr))
        except Exception:
            logger.exception("card event callback failed")

    def _run(self) -> None:
        delay = self._backoff[0]
        lost_reported = False
        while not self._stop.is_set():
            hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if not _ok(hresult):
                self._availability.lost(scard.SCardGetErrorMessage(hresult))
                if not lost_reported:
                    lost_reported = True
                    self._emit(CardEventKind.SERVICE_LOST)
                self._stop.wait(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, self._backoff[1])
                continue
            with self._ctx_lock:
                self._ctx = ctx
            try:
                if self._stop.is_set():
                    break
                self._availability.back()
                if lost_reported:
                    lost_reported = False
                    self._emit(CardEventKind.SERVICE_BACK)
                self._watch(ctx)
                delay = self._backoff[0]
            except _ServiceLost as exc:
                self._availability.lost(str(exc))
                # the service first, then its readers: listeners can tell readers that went
                # with pcscd from a reader unplugged while pcscd runs (tamper, OPS-07)
                lost_reported = True
                self._emit(CardEventKind.SERVICE_LOST)
                self._drop_all()
                self._stop.wait(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, self._backoff[1])
            finally:
                with self._ctx_lock:
                    self._ctx = None
                scard.SCardReleaseContext(ctx)
        self._ready.set()

    def _drop_all(self) -> None:
        with self._state_lock:
            readers = dict(self._readers)
            self._readers.clear()
        self._ready.clear()
        for reader, atr in readers.items():
            if atr is not None:
                self._emit(CardEventKind.CARD_REMOVED, reader)
            self._emit(CardEventKind.READER_REMOVED, reader)

    def _list_readers(self, ctx: int) -> list[str]:
        hresult, readers = scard.SCardListReaders(ctx, [])
        if _ok(hresult):
            return list(readers)
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        raise _ServiceLost(f"list readers: {scard.SCardGetErrorMessage(hresult)}")

    def _pnp_supported(self, ctx: int) -> bool:
        hresult, states = scard.SCardGetStatusChange(
            ctx, 0, [(PNP_READER, scard.SCARD_STATE_UNAWARE)]
        )
        if is_service_error(hresult):
            raise _ServiceLost("status change")
        if hresult not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT):
            return False
        return not int(states[0][1]) & scard.SCARD_STATE_UNKNOWN

    def _watch(self, ctx: int) -> None:
        pnp = self._pnp_supported(ctx)
        pnp_state = scard.SCARD_STATE_UNAWARE
        if pnp:
            _, states = scard.SCardGetStatusChange(ctx, 0, [(PNP_READER, pnp_state)])
            pnp_state = states[0][1] & ~scard.SCARD_STATE_CHANGED
        timeout_ms = self._poll_ms if pnp else min(self._poll_ms, 1000)
        current: dict[str, int] = {}  # reader -> last event state we acknowledged
        relist = True
        while not self._stop.is_set():
            if relist:
                self._sync_readers(self._list_readers(ctx), current)
                relist = not pnp
            request = [(name, state) for name, state in current.items()]
            if pnp:
                request.append((PNP_READER, pnp_state))
            if not request:
                # nothing to wait on and no PnP: wait a poll period, then list again
                self._ready.set()
                self._stop.wait(timeout_ms / 1000)
                relist = True
                continue
            first_pass = any(state == scard.SCARD_STATE_UNAWARE for state in current.values())
            hresult, states = scard.SCardGetStatusChange(
                ctx, 0 if first_pass else timeout_ms, request
            )
            if hresult == scard.SCARD_E_CANCELLED:
                return
            if hresult == scard.SCARD_E_TIMEOUT:
                self._ready.set()
                continue
            if hresult in (scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE):
                relist = True
                continue
            if not _ok(hresult):
                raise _ServiceLost(f"status change: {scard.SCardGetErrorMessage(hresult)}")
            for name, event_state, atr in states:
                if name == PNP_READER:
                    if event_state & scard.SCARD_STATE_CHANGED:
                        relist = True
                    pnp_state = event_state & ~scard.SCARD_STATE_CHANGED
                    continue
                self._reader_state(name, current, event_state, bytes(atr))
            if not relist:
                self._ready.set()

    def _sync_readers(self, names: list[str], current: dict[str, int]) -> None:
        for gone in [n for n in current if n not in names]:
            del current[gone]
            with self._state_lock:
                atr = self._readers.pop(gone, None)
            if atr is not None:
                self._emit(CardEventKind.CARD_REMOVED, gone)
            self._emit(CardEventKind.READER_REMOVED, gone)
        for name in names:
            if name not in current:
                current[name] = scard.SCARD_STATE_UNAWARE
                with self._state_lock:
                    self._readers[name] = None
                self._emit(CardEventKind.READER_ADDED, name)

    def _reader_state(self, name: str, current: dict[str, int], state: int, atr: bytes) -> None:
        if name not in current:
            return
        if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
            # reader vanished between the listing and the wait: the next listing reports it
            current[name] = state & ~scard.SCARD_STATE_CHANGED
            return
        previous_state = current[name]
        current[name] = state & ~scard.SCARD_STATE_CHANGED
        present = bool(state & scard.SCARD_STATE_PRESENT) and not state & scard.SCARD_STATE_MUTE
        with self._state_lock:
            had = self._readers.get(name)
        counter_moved = (
            previous_state != scard.SCARD_STATE_UNAWARE
            and (previous_state >> 16) != (state >> 16)
            and (previous_state >> 16) + 1 < (state >> 16)
        )
        if had is not None and (not present or counter_moved):
            with self._state_lock:
                self._readers[name] = None
            self._emit(CardEventKind.CARD_REMOVED, name)
            had = None
        if present and had is None:
            with self._state_lock:
                self._readers[name] = atr
            self._emit(CardEventKind.CARD_INSERTED, name, atr)
