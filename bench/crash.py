"""Crash test: kill -9 the sync worker process (and the enqueuing process) at random moments
while the back end injects faults, then drain fully and count at the back end.

Run: ``.venv/bin/python bench/crash.py`` (defaults: 200 worker kills, 300 transactions).

* The back end (this process) serves three loopback services: ``gateway`` (Idempotency-Key
  deduplication), ``open311`` and ``sip2`` (no duplicate protection: a resend applies again, as
  measured on real servers; reconciliation looks the transaction marker up). Faults: 500,
  503 + Retry-After, slow after commit, drop after commit, garbage 2xx after commit.
* An enqueuer process enqueues round-robin over the three lanes and appends each receipt (after
  enqueue returned, i.e. after COMMIT) to a file with fsync; it is killed and restarted too.
* A worker process (``python -m offline_queue.sync``) is killed with SIGKILL: half the time at
  a random moment after spawn (start-up, recovery, migrations included), half the time just
  after the back end saw its n-th request (mid-send, mid-commit).
* Then faults stop and a full drain runs. Counted at the back end per lane: every row and
  every receipt must have exactly one effect (lost=0, duplicated=0), no effect without a row.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path[0] = str(ROOT)  # not bench/ (its queue.py would shadow the standard library's queue)

from offline_queue.crypto import FileKeyProvider  # noqa: E402
from offline_queue.outbox import Outbox  # noqa: E402
from offline_queue.policy import RetryPolicy  # noqa: E402
from offline_queue.store import open_store  # noqa: E402
from offline_queue.sync import SyncWorker, WorkerSettings  # noqa: E402
from tests.offline_queue.loopback import LoopbackBackend, write_config  # noqa: E402

LANES = {"gateway": True, "open311": False, "sip2": False}
FAULTS = ("error500", "busy503", "slow_after_commit", "drop_after_commit", "garbage_after_commit")
POLICY = RetryPolicy(base=0.02, cap=0.2, unknown_grace=0.1, breaker_open=0.2, max_attempts=10_000)
RECEIPTS = "receipts.log"


@dataclass(frozen=True)
class LaneResult:
    lane: str
    kills: int
    enqueued: int
    receipts: int
    acknowledged: int
    lost: int
    duplicated: int
    phantom: int
    not_done: int

    def line(self) -> str:
        return (
            f"lane={self.lane} kills={self.kills} enqueued={self.enqueued} "
            f"acknowledged={self.acknowledged} lost={self.lost} duplicated={self.duplicated}"
        )

    @property
    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.duplicated == 0
            and self.phantom == 0
            and self.not_done == 0
            and self.acknowledged == self.enqueued
            and self.receipts <= self.enqueued
        )


# ------------------------------------------------------------------------- child: enqueuer
def enqueuer(data_dir: Path, total: int, pause: float) -> None:
    receipts = data_dir / RECEIPTS
    done = len(_read_receipts(receipts))
    store = open_store(data_dir)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
    fd = os.open(receipts, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    names = list(LANES)
    for i in range(done, total):
        lane = names[i % len(names)]
        e = outbox.enqueue(backend=lane, kind=f"{lane}.tx", payload={"n": i}, lane=lane)
        os.write(fd, f"{e.tx_id} {lane}\n".encode())  # the "printed receipt"
        os.fsync(fd)
        if pause:
            time.sleep(random.uniform(0, 2 * pause))
    os.close(fd)
    store.close()


def _read_receipts(path: Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2 and len(parts[0]) == 36:
            out.append((parts[0], parts[1]))
    return out


# ------------------------------------------------------------------------- parent
def _spawn_worker(data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "offline_queue.sync",
            "--data-dir",
            str(data_dir),
            "--connectors",
            "tests.offline_queue.loopback:connectors",
            "--idle-poll",
            "0.05",
            "--backoff-base",
            str(POLICY.base),
            "--backoff-cap",
            str(POLICY.cap),
            "--unknown-grace",
            str(POLICY.unknown_grace),
            "--breaker-open",
            str(POLICY.breaker_open),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _spawn_enqueuer(data_dir: Path, total: int, pause: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "enqueue",
            "--data-dir",
            str(data_dir),
            "--total",
            str(total),
            "--pause",
            str(pause),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill(proc: subprocess.Popen[bytes]) -> bool:
    """SIGKILL; True if it was still running (a real kill)."""
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    return alive


def run(
    *,
    worker_kills: int,
    total: int,
    enqueuer_kills: int,
    fault_rate: float,
    seed: int,
    data_root: Path | None = None,
    verbose: bool = True,
) -> list[LaneResult]:
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="queue-crash-", dir=data_root))
    data_dir = root / "data"
    data_dir.mkdir(mode=0o700)
    backend = LoopbackBackend(
        LANES, fault_rate=fault_rate, faults=FAULTS, slow_seconds=0.4, seed=seed
    )
    write_config(data_dir, backend.url, LANES, timeout=0.25)
    open_store(data_dir).close()  # schema exists before two processes race to create it
    FileKeyProvider.in_data_dir(data_dir)
    # spread the enqueuing over the whole run (about a second per worker life)
    pause = 0.8 * worker_kills / max(total, 1)
    enq = _spawn_enqueuer(data_dir, total, pause)
    enq_kill_at = sorted(
        rng.sample(range(1, max(worker_kills, 2)), min(enqueuer_kills, worker_kills - 1))
    )
    w_kills = e_kills = 0
    stop_watch = threading.Event()
    t0 = time.monotonic()
    try:
        for k in range(worker_kills):
            if enq_kill_at and k == enq_kill_at[0]:
                enq_kill_at.pop(0)
                if _kill(enq):
                    e_kills += 1
                enq = _spawn_enqueuer(data_dir, total, pause)
            elif enq.poll() is not None and len(_read_receipts(data_dir / RECEIPTS)) < total:
                enq = _spawn_enqueuer(data_dir, total, pause)
            start_requests = backend.requests
            proc = _spawn_worker(data_dir)
            if rng.random() < 0.5:
                stop_watch.wait(rng.uniform(0.0, 1.5))  # anywhere, start-up included
            else:
                target = start_requests + rng.randint(1, 12)
                deadline = time.monotonic() + 2.0
                while backend.requests < target and time.monotonic() < deadline:
                    stop_watch.wait(0.002)
                stop_watch.wait(rng.uniform(0.0, 0.02))  # mid-send / mid-commit
            if _kill(proc):
                w_kills += 1
            if verbose and (k + 1) % 50 == 0:
                print(f"  ... {k + 1} worker kills, {time.monotonic() - t0:.0f} s", flush=True)
        # let the enqueuer finish (it may have been killed at the end)
        while len(_read_receipts(data_dir / RECEIPTS)) < total:
            if enq.poll() is not None:
                enq = _spawn_enqueuer(data_dir, total, 0.0)
            stop_watch.wait(0.05)
        enq.wait(60)
        # full drain, faults off
        backend.fault_rate = 0.0
        store = open_store(data_dir)
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir), policy=POLICY)
        from tests.offline_queue.loopback import connectors

        conns = connectors(data_dir)
        worker = SyncWorker(outbox, conns, settings=WorkerSettings(idle_poll=0.05))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            worker.drain(60)
            counts = outbox.status().counts
            if counts["done"] == sum(counts.values()):
                break
            stop_watch.wait(0.05)
        for c in conns.values():
            c.close()
        with store.read() as conn:
            rows = conn.exec_driver_sql("SELECT tx_id, backend, state FROM outbox").all()
        store.close()
        receipts = _read_receipts(data_dir / RECEIPTS)
        results = []
        for lane in LANES:
            lane_rows = {tx: st for tx, b, st in rows if b == lane}
            lane_receipts = {tx for tx, ln in receipts if ln == lane}
            applied = backend.applied(lane)
            results.append(
                LaneResult(
                    lane=lane,
                    kills=w_kills + e_kills,
                    enqueued=len(lane_rows),
                    receipts=len(lane_receipts),
                    acknowledged=sum(1 for tx in lane_rows if applied.get(tx, 0) >= 1),
                    lost=sum(1 for tx in lane_rows.keys() | lane_receipts if not applied.get(tx)),
                    duplicated=sum(n - 1 for n in applied.values() if n > 1),
                    phantom=sum(1 for tx in applied if tx not in lane_rows),
                    not_done=sum(1 for st in lane_rows.values() if st != "done"),
                )
            )
        if verbose:
            print(
                f"worker kills={w_kills} enqueuer kills={e_kills} back-end POSTs="
                f"{backend.requests} reconciliation lookups={backend.lookups} "
                f"elapsed={time.monotonic() - t0:.0f} s"
            )
        return results
    finally:
        for p in (enq,):
            if p.poll() is None:
                _kill(p)
        backend.close()
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd")
    e = sub.add_parser("enqueue")
    e.add_argument("--data-dir", type=Path, required=True)
    e.add_argument("--total", type=int, required=True)
    e.add_argument("--pause", type=float, default=0.0)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--total", type=int, default=600)
    parser.add_argument("--enqueuer-kills", type=int, default=10)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    if args.cmd == "enqueue":
        enqueuer(args.data_dir, args.total, args.pause)
        return 0
    print(f"crash test: seed={args.seed} faults={args.fault_rate} ({', '.join(FAULTS)})")
    results = run(
        worker_kills=args.kills,
        total=args.total,
        enqueuer_kills=args.enqueuer_kills,
        fault_rate=args.fault_rate,
        seed=args.seed,
    )
    for r in results:
        print(r.line())
    bad = [r for r in results if not r.ok]
    for r in bad:
        print(f"FAILED {r}")
    print(json.dumps({"ok": not bad}))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
