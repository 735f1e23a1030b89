"""The sync worker: drains the outbox lanes through the connectors, off the GUI thread.

One worker thread (or one process: ``python -m offline_queue.sync``) owns delivery. Each loop
iteration is one ``BEGIN IMMEDIATE`` transaction that records the previous batch's results and
claims the next due lane heads (and, for idempotent back ends, a pipeline of the following items
of the same lane), then sends them in lane order, stopping a lane at its first non-acknowledged
item. Results are durable before the next send of the same lane is *recorded*; for a back end
without idempotency the ``in_flight`` mark is durable before the send, so a crash leaves it for
start-up recovery to move to ``unknown`` and reconciliation.

Observers are plain callables (no Qt): the lead bridges them to Qt signals. They are called on
the worker thread and must not block.

The worker thread is **supervised**: when it dies (a bug, or damage in the database that its
start-up check could not see), a supervisor thread logs it, asks for a full integrity check at
the next start when the database is damaged, and restarts the loop after a backoff (1 s, 2 s,
4 s ... 60 s). After ``alert_after`` deaths without a healthy minute in between, problem
observers get ``"queue.sync.stopped"`` (a technician alert); they get None once a restarted loop
has run healthy again.
"""

from __future__ import annotations

import argparse
import enum
import fcntl
import importlib
import logging
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from offline_queue.connectors.base import Connector, Outcome, Probe, SendResult
from offline_queue.outbox import UNORDERED, Claimed, Finished, Outbox, QueueStatus
from offline_queue.policy import RetryPolicy
from offline_queue.store.db import is_corrupt_error, request_full_check
from offline_queue.store.models import State

logger = logging.getLogger(__name__)


class SyncLockedError(Exception):
    """Another sync worker (thread or process) already owns this queue database."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class Connectivity(enum.Enum):
    UNKNOWN = "unknown"  # nothing tried yet
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True)
class ItemFinished:
    """An item left in_flight/unknown for a new state (no payload, no personal data)."""

    tx_id: str
    backend: str
    lane: str
    kind: str
    state: State
    action: str  # "send" | "reconcile"
    outcome: str | None
    error_key: str | None
    remote_ref: str | None


@dataclass
class _Breaker:
    circuit: str = "closed"  # closed | open | half_open
    open_until: float | None = None
    last_success_at: float | None = None
    failures: int = 0


@dataclass(frozen=True)
class WorkerSettings:
    batch: int = 16  # lane heads claimed per iteration
    pipeline: int = 64  # consecutive items of one lane per iteration (idempotent back ends only)
    offline_after: int = 3  # consecutive "not reached" results → offline
    probe_interval: float = 5.0  # while offline
    idle_poll: float = 1.0  # another process may enqueue: look again at least this often
    counts_interval: float = 0.5  # at most this often to observers
    purge_interval: float = 600.0
    restart_backoff: float = 1.0  # first wait before a dead worker loop is restarted
    restart_backoff_cap: float = 60.0
    alert_after: int = 3  # deaths without a healthy period in between: technician alert
    healthy_after: float = 60.0  # a loop that ran this long resets the count (alert cleared)


@dataclass
class _Observers:
    state: list[Callable[[Connectivity], None]] = field(default_factory=list)
    counts: list[Callable[[QueueStatus], None]] = field(default_factory=list)
    finished: list[Callable[[ItemFinished], None]] = field(default_factory=list)
    problem: list[Callable[[str | None], None]] = field(default_factory=list)


class SyncWorker:
    """Delivers queued items through a registry of connectors (back-end name → connector).

    Args:
        outbox: the outbox over an open store.
        connectors: one connector per back-end name used at enqueue.
        settings: loop tuning.
        clock: wall clock (tests may pass a fake one).

    Callbacks (``on_state_changed``, ``on_counts_changed``, ``on_item_finished``): register
    plain callables before :meth:`start`; they run on the worker thread.
    """

    def __init__(
        self,
        outbox: Outbox,
        connectors: Mapping[str, Connector],
        *,
        settings: WorkerSettings | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.outbox = outbox
        self.connectors = dict(connectors)
        self.settings = settings or WorkerSettings()
        self.clock = clock
        self.rng = rng or random.Random()
        self._observers = _Observers()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._connectivity = Connectivity.UNKNOWN
        self._not_reached = 0
        self._next_probe = 0.0
        self._breakers: dict[str, _Breaker] = {}
        self._dirty_breakers: set[str] = set()
        self._finished: list[Finished] = []
        self._counts_due = 0.0
        self._counts_dirty = True
        self._next_purge = 0.0
        self._recovered = False
        self.idle = threading.Event()  # set while nothing is due (tests, bench)
        self.error: BaseException | None = None
        self.restarts = 0  # worker loops restarted by the supervisor in this process
        self.problem: str | None = None  # "queue.sync.stopped" while it keeps dying
        self._supervisor: threading.Thread | None = None
        self._lock_fd: int | None = None
        for name, (circuit, open_until, last_ok, failures) in outbox.backend_states().items():
            self._breakers[name] = _Breaker(circuit, open_until, last_ok, failures)

    # ----------------------------------------------------------- observer API
    def on_state_changed(self, callback: Callable[[Connectivity], None]) -> None:
        self._observers.state.append(callback)

    def on_counts_changed(self, callback: Callable[[QueueStatus], None]) -> None:
        self._observers.counts.append(callback)

    def on_item_finished(self, callback: Callable[[ItemFinished], None]) -> None:
        self._observers.finished.append(callback)

    def on_problem(self, callback: Callable[[str | None], None]) -> None:
        """``"queue.sync.stopped"`` when the worker keeps dying (a technician alert), None when
        it runs again. Called on the supervisor thread."""
        self._observers.problem.append(callback)

    @property
    def connectivity(self) -> Connectivity:
        return self._connectivity

    # ----------------------------------------------------------------- thread
    def start(self) -> None:
        """Start the worker thread and its supervisor. Raises SyncLockedError if another worker
        owns the queue."""
        if self._supervisor is not None:
            raise RuntimeError("sync worker already started")
        self._acquire_lock()
        self._spawn()
        self._supervisor = threading.Thread(
            target=self._supervise, name="sync-supervisor", daemon=True
        )
        self._supervisor.start()

    def _spawn(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        """The worker loop is running (False between a death and its restart)."""
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current send (every blocking connector call has its own timeout)."""
        self._stop.set()
        self._wake.set()
        try:
            for thread in (self._supervisor, self._thread):
                if thread is not None and thread is not threading.current_thread():
                    thread.join(timeout)
                    if thread.is_alive():
                        raise RuntimeError("sync worker did not stop in time")
            self._thread = self._supervisor = None
        finally:
            if self._thread is None:
                self._release_lock()

    def _supervise(self) -> None:
        """Restart the worker loop with backoff when its thread dies; alert when it cannot."""
        deaths = 0
        started = time.monotonic()
        s = self.settings
        while not self._stop.is_set():
            thread = self._thread
            if thread is not None and thread.is_alive():
                thread.join(min(1.0, s.healthy_after / 2))
                if deaths and time.monotonic() - started >= s.healthy_after:
                    deaths = 0
                    logger.info("sync worker healthy again after a restart")
                    self._set_problem(None)
                continue
            if self._stop.is_set():
                break
            deaths += 1
            error = self.error
            if error is not None and is_corrupt_error(error):
                request_full_check(self.outbox.store.path)  # the next start checks it all
            wait = min(s.restart_backoff_cap, s.restart_backoff * 2.0 ** (deaths - 1))
            logger.error(
                "sync worker died (%s, %d in a row); restart in %.0f s",
                type(error).__name__ if error is not None else "no error",
                deaths,
                wait,
            )
            if deaths >= s.alert_after:
                self._set_problem("queue.sync.stopped")
            if self._stop.wait(wait):
                break
            self._recovered = False  # in_flight rows of the dead loop: recovered again
            self.restarts += 1
            started = time.monotonic()
            self._spawn()

    def _set_problem(self, key: str | None) -> None:
        if key == self.problem:
            return
        self.problem = key
        if key is not None:
            logger.error("technician alert %s: deliveries keep failing to run", key)
        for cb in self._observers.problem:
            self._safe(cb, key)

    def wake(self) -> None:
        """Something was enqueued (or a technician acted): look now instead of at the next poll."""
        self._wake.set()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                try:
                    busy = self.run_once()
                except OperationalError:
                    # Disk full, I/O error, lock held past busy_timeout: environmental. Results
                    # not yet recorded stay in memory and are recorded on the next iteration.
                    logger.exception("queue database error; retrying")
                    self._stop.wait(max(self.settings.idle_poll, 1.0))
                    continue
                if not busy:
                    self._idle_wait()
            self._flush()
        except BaseException as exc:
            # The thread ends here; the supervisor restarts the loop (and alerts if it cannot).
            self.error = exc
            logger.exception("sync worker stopped by an error")

    def _acquire_lock(self) -> None:
        """One sync worker per database (the outbox's single-writer rule; flock dies with us)."""
        path = self.outbox.store.path.with_name(self.outbox.store.path.name + ".sync.lock")
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SyncLockedError("queue.sync.already_running") from None
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # ------------------------------------------------------------- one step
    def recover(self) -> None:
        """Start-up recovery (runs once, before the first claim)."""
        self.outbox.recover(self._idempotent)
        self._recovered = True

    def _idempotent(self, backend: str) -> bool:
        c = self.connectors.get(backend)
        return bool(c is not None and c.has_idempotency)

    def run_once(self) -> bool:
        """One iteration: record, claim, send. Returns False when there was nothing to send."""
        if not self._recovered:
            self.recover()
        now = self.clock()
        if now >= self._next_purge:
            self._next_purge = now + self.settings.purge_interval
            self.outbox.purge()
        budgets = self._budgets(now)
        breaker = {
            n: (b.circuit, b.open_until, b.last_success_at, b.failures)
            for n, b in self._breakers.items()
            if n in self._dirty_breakers
        }
        self._dirty_breakers.clear()
        finished = self._finished
        try:
            claimed, ended = self.outbox.apply_and_claim(
                finished, backends=budgets, limit=self.settings.batch, breaker=breaker
            )
        except BaseException:
            self._dirty_breakers.update(breaker)
            raise
        self._finished = []  # recorded: only now forget them
        self._notify_finished(finished, ended)
        if not claimed:
            self._maybe_counts(now, force=bool(ended))
            self.idle.set()
            return False
        self.idle.clear()
        self._send_all(claimed)
        self._maybe_counts(self.clock())
        return True

    def _budgets(self, now: float) -> dict[str, tuple[int, int]]:
        if self._connectivity is Connectivity.OFFLINE:
            if now < self._next_probe:
                return {}
            self._next_probe = now + self.settings.probe_interval * self.rng.uniform(0.8, 1.2)
            if self._probe():
                self._set_connectivity(Connectivity.ONLINE)
            else:
                # No probe method answered: one trial delivery decides.
                return {name: (1, 1) for name in self.connectors if not self._has_probe(name)}
        budgets: dict[str, tuple[int, int]] = {}
        for name, conn in self.connectors.items():
            b = self._breakers.setdefault(name, _Breaker())
            depth = self.settings.pipeline if conn.has_idempotency else 1
            if b.circuit == "open":
                if b.open_until is not None and now < b.open_until:
                    continue
                b.circuit = "half_open"
                self._dirty_breakers.add(name)
            if b.circuit == "half_open":
                budgets[name] = (1, 1)
            else:
                budgets[name] = (depth, self.settings.batch)
        return budgets

    def _has_probe(self, name: str) -> bool:
        return callable(getattr(self.connectors[name], "probe", None))

    def _probe(self) -> bool:
        for name, conn in self.connectors.items():
            if self._has_probe(name):
                probe: Probe = conn  # type: ignore[assignment]
                try:
                    if probe.probe():
                        return True
                except Exception:
                    logger.exception("probe of %s raised (a connector bug)", name)
        return False

    def _send_all(self, claimed: Sequence[Claimed]) -> None:
        # Claimed items are in id order; a lane's items are consecutive within its group.
        stopped_lanes: set[str] = set()
        trial = self._connectivity is Connectivity.OFFLINE  # probe deliveries while offline
        for c in claimed:
            conn = self.connectors[c.backend]
            idem = conn.has_idempotency
            lane = c.delivery.lane
            if (
                lane in stopped_lanes
                or self._stop.is_set()
                or (self._connectivity is Connectivity.OFFLINE and not trial)
                or self._breakers[c.backend].circuit == "open"
            ):
                # Not sent: released without counting (the lane, link or back end said stop).
                self._finished.append(Finished(c, None, idem))
                continue
            result = self._call(conn, c)
            self._observe(c.backend, result, c.action)
            trial = trial and result.reached
            self._finished.append(Finished(c, result, idem))
            if lane == UNORDERED:
                continue  # its own head: nothing waits behind it
            if result.outcome is not Outcome.ACKED:
                stopped_lanes.add(lane)
            if c.action == "reconcile":
                stopped_lanes.add(lane)  # the lane moves on only after the state is recorded

    def _call(self, conn: Connector, c: Claimed) -> SendResult:
        try:
            if c.action == "reconcile":
                return conn.reconcile(c.delivery)
            return conn.send(c.delivery)
        except Exception:
            # A connector must classify every environmental fault; an exception is a bug. The
            # outcome is ambiguous (it may have sent), so treat it as UNKNOWN, never as "not sent".
            logger.exception("connector %s raised (a bug); outcome treated as unknown", c.backend)
            return SendResult(Outcome.UNKNOWN, error_key="queue.connector_raised")

    def _observe(self, backend: str, result: SendResult, action: str = "send") -> None:
        now = self.clock()
        b = self._breakers.setdefault(backend, _Breaker())
        if not result.reached:
            self._not_reached += 1
            if self._not_reached >= self.settings.offline_after:
                self._set_connectivity(Connectivity.OFFLINE)
        else:
            self._not_reached = 0
            self._set_connectivity(Connectivity.ONLINE)
        if not result.reached:
            return  # a link problem (offline detection above), not this back end failing
        if action == "reconcile" and result.outcome is Outcome.UNKNOWN:
            # "Cannot tell yet" (a listing not yet understood, a moderated server) is an answer
            # about one item, not the back end failing: it must not open the circuit and delay
            # every other item of this back end. A reconcile that proves absence (RETRY) or
            # presence is a healthy exchange and closes it as any success does.
            return
        if result.outcome in (Outcome.RETRY, Outcome.UNKNOWN) and action == "send":
            b.failures += 1
            if b.circuit == "half_open" or b.failures >= self.outbox.policy.breaker_threshold:
                if b.circuit != "open":
                    logger.warning("circuit of %s opened after %d failures", backend, b.failures)
                b.circuit = "open"
                b.open_until = now + self.outbox.policy.breaker_open * self.rng.uniform(1.0, 1.5)
            self._dirty_breakers.add(backend)
        else:
            changed = b.circuit != "closed" or b.failures != 0
            if b.circuit != "closed":
                logger.info("circuit of %s closed", backend)
            b.circuit, b.open_until, b.failures = "closed", None, 0
            # persist on a change, and the last-success time at most once a minute
            if changed or b.last_success_at is None or now - b.last_success_at > 60.0:
                b.last_success_at = now
                self._dirty_breakers.add(backend)

    def _set_connectivity(self, new: Connectivity) -> None:
        if new is self._connectivity:
            return
        self._connectivity = new
        if new is Connectivity.OFFLINE:
            logger.warning("back ends unreachable: offline (requests stay queued)")
            self._next_probe = self.clock() + self.settings.probe_interval
        else:
            logger.info("back ends reachable: online")
            self._not_reached = 0
        for cb in self._observers.state:
            self._safe(cb, new)

    def _notify_finished(
        self, finished: Sequence[Finished], ended: Sequence[tuple[Claimed, State]]
    ) -> None:
        if not ended:
            return
        self._counts_dirty = True
        if not self._observers.finished:
            return
        results = {f.claimed.log_id: f.result for f in finished}
        for c, state in ended:
            r = results.get(c.log_id)
            event = ItemFinished(
                tx_id=str(c.delivery.tx_id),
                backend=c.backend,
                lane=c.delivery.lane,
                kind=c.delivery.kind,
                state=state,
                action=c.action,
                outcome=r.outcome.value if r else None,
                error_key=(r.error_key or None) if r else None,
                remote_ref=r.remote_ref if r else None,
            )
            for cb in self._observers.finished:
                self._safe(cb, event)

    @staticmethod
    def _safe(callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except Exception:
            # A bug in an observer (e.g. the Qt bridge) must not stop deliveries.
            logger.exception("sync observer %r raised", callback)

    def _maybe_counts(self, now: float, *, force: bool = False) -> None:
        if not self._observers.counts or not (self._counts_dirty or force):
            return
        if now < self._counts_due and not force:
            return
        self._counts_due = now + self.settings.counts_interval
        self._counts_dirty = False
        status = self.outbox.status()
        for cb in self._observers.counts:
            self._safe(cb, status)

    def _idle_wait(self) -> None:
        now = self.clock()
        wake_at = now + self.settings.idle_poll
        if self._connectivity is Connectivity.OFFLINE:
            wake_at = min(wake_at, self._next_probe)
        else:
            open_until = [
                b.open_until
                for n, b in self._breakers.items()
                if n in self.connectors and b.circuit == "open" and b.open_until is not None
            ]
            usable = [
                n for n in self.connectors if self._breakers.get(n, _Breaker()).circuit != "open"
            ]
            due = self.outbox.next_due(usable) if usable else None
            wake_at = min([wake_at, *open_until, *([due] if due is not None else [])])
        # never spin: something due "now" that could not be claimed waits a little
        self._wake.wait(max(0.005, wake_at - now))
        self._wake.clear()

    def _flush(self) -> None:
        if self._finished:
            finished, self._finished = self._finished, []
            _, ended = self.outbox.apply_and_claim(finished, backends={}, limit=0)
            self._notify_finished(finished, ended)

    def drain(self, timeout: float) -> bool:
        """Run on the calling thread until nothing is due now (tests, bench, CLI)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.run_once():
                self._flush()
                return True
        self._flush()
        return False


def _load_factory(spec: str) -> Callable[[Path], Mapping[str, Connector]]:
    module, _, attr = spec.partition(":")
    factory = getattr(importlib.import_module(module), attr)
    if not callable(factory):
        raise TypeError(f"{spec} is not callable")
    return factory  # type: ignore[no-any-return]


KEY_EXIT = 4
"""Exit status of ``python -m offline_queue.sync`` without a usable queue key."""
QUEUE_KEK_CREDENTIAL = "queue-kek"
"""The sealed credential systemd decrypts into ``$CREDENTIALS_DIRECTORY``
(kiosk.security.credentials)."""


def _existing_key(
    data_dir: Path, key_file: Path | None, environ: Mapping[str, str]
) -> tuple[Path | None, str]:
    """Where the stand-alone worker reads the queue key: ``--key-file``, else the sealed
    credential ``$CREDENTIALS_DIRECTORY/queue-kek``, else the demo file ``<data-dir>/queue.key``;
    only a file that exists. (None, why) when there is none: this tool never creates a key."""
    from offline_queue.crypto import KEY_FILE

    if key_file is not None:
        if key_file.is_file():
            return key_file, ""
        return None, f"--key-file {key_file} does not exist or is not a file"
    creds = environ.get("CREDENTIALS_DIRECTORY")
    if creds and (Path(creds) / QUEUE_KEK_CREDENTIAL).is_file():
        return Path(creds) / QUEUE_KEK_CREDENTIAL, ""
    demo = data_dir / KEY_FILE
    if demo.is_file():
        return demo, ""
    return None, (
        "no queue key: pass --key-file PATH, or run it with the kiosk's sealed credential"
        f" ($CREDENTIALS_DIRECTORY/{QUEUE_KEK_CREDENTIAL}), or keep the demo key"
        f" {demo}; this tool never creates a key (a key beside the data decrypts it)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sync worker as its own process (the crash test kills this with SIGKILL).

    The queue key is only ever read, never created (see :func:`_existing_key`): run by hand on
    a production data directory it must not leave a plain ``queue.key`` beside the data, nor
    replace the key the queue's wrapped data keys need. Exit 4 without a key that opens them.
    """
    from offline_queue.crypto import CryptoError, FileKeyProvider, foreign_kek_ids
    from offline_queue.store import StoreError, open_store

    parser = argparse.ArgumentParser(prog="python -m offline_queue.sync")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument(
        "--connectors", required=True, help="module:factory returning {name: Connector}"
    )
    parser.add_argument(
        "--key-file",
        type=Path,
        help="the queue key (32 bytes, mode 0600); default: $CREDENTIALS_DIRECTORY/"
        f"{QUEUE_KEK_CREDENTIAL}, else <data-dir>/queue.key. Never created.",
    )
    parser.add_argument("--until-idle", action="store_true", help="exit when nothing is due")
    parser.add_argument("--idle-poll", type=float, default=1.0)
    defaults = RetryPolicy()
    parser.add_argument("--backoff-base", type=float, default=defaults.base)
    parser.add_argument("--backoff-cap", type=float, default=defaults.cap)
    parser.add_argument("--unknown-grace", type=float, default=defaults.unknown_grace)
    parser.add_argument("--breaker-open", type=float, default=defaults.breaker_open)
    parser.add_argument("--max-unknown", type=int, default=defaults.max_unknown)
    args = parser.parse_args(argv)
    policy = RetryPolicy(
        base=args.backoff_base,
        cap=args.backoff_cap,
        unknown_grace=args.unknown_grace,
        breaker_open=args.breaker_open,
        max_unknown=args.max_unknown,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    key_path, why = _existing_key(args.data_dir, args.key_file, os.environ)
    if key_path is None:
        logger.error("queue.crypto.key_missing: %s", why)
        return KEY_EXIT
    try:
        keys = FileKeyProvider(key_path, may_create=False)
    except (CryptoError, OSError) as exc:
        logger.error("queue key %s unusable: %s", key_path, getattr(exc, "key", type(exc).__name__))
        return KEY_EXIT
    try:
        store = open_store(args.data_dir)
    except StoreError as exc:
        logger.error("queue database unavailable: %s", exc.key)
        return 2
    for alert in store.alerts:
        logger.error("technician alert %s: %s database moved aside", alert.key, alert.reason)
    with store.read() as conn:
        in_use = {
            str(k)
            for k in conn.exec_driver_sql(
                "SELECT DISTINCT kek_id FROM outbox WHERE wrapped_key IS NOT NULL"
            ).scalars()
            if k is not None
        }
    if foreign_kek_ids(keys, in_use):
        logger.error(
            "queue.crypto.wrong_key: %s does not open this queue's wrapped keys; nothing sent",
            key_path,
        )
        store.close()
        return KEY_EXIT
    connectors = _load_factory(args.connectors)(args.data_dir)
    outbox = Outbox(store, keys, policy=policy)
    worker = SyncWorker(outbox, connectors, settings=WorkerSettings(idle_poll=args.idle_poll))
    try:
        if args.until_idle:
            try:
                worker._acquire_lock()
            except SyncLockedError as exc:
                logger.error("another sync worker owns this queue (%s)", exc.key)
                return 3
            try:
                while not worker.drain(60.0):
                    pass
            finally:
                worker._release_lock()
        else:
            try:
                worker.start()
            except SyncLockedError as exc:
                logger.error("another sync worker owns this queue (%s)", exc.key)
                return 3
            stop = threading.Event()
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
            try:
                while not stop.wait(1.0):
                    pass  # a dead worker loop is restarted by its supervisor
            except KeyboardInterrupt:
                pass
            worker.stop()
    finally:
        for c in connectors.values():
            c.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
