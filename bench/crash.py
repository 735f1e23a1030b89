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
import datetime as dt
import importlib
import json
import os
import random
import shutil
import signal
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path[0] = str(ROOT)  # not bench/ (its queue.py would shadow the standard library's queue)

from offline_queue import crypto  # noqa: E402
from offline_queue.connectors.base import Connector  # noqa: E402
from offline_queue.crypto import FileKeyProvider  # noqa: E402
from offline_queue.outbox import Outbox  # noqa: E402
from offline_queue.policy import RetryPolicy  # noqa: E402
from offline_queue.store import open_store  # noqa: E402
from offline_queue.sync import SyncWorker, WorkerSettings  # noqa: E402
from tests.offline_queue.loopback import LoopbackBackend, write_config  # noqa: E402

LANES = {"gateway": True, "open311": False, "sip2": False}
FAULTS = ("error500", "busy503", "slow_after_commit", "drop_after_commit", "garbage_after_commit")
# Faults are injected at rates no city sees, so the limits that park an item for a person
# (attempts, ambiguous outcomes) are lifted: what is measured is lost/duplicated.
POLICY = RetryPolicy(
    base=0.02,
    cap=0.2,
    unknown_grace=0.1,
    breaker_open=0.2,
    max_attempts=10_000,
    max_unknown=10_000,
)
RECEIPTS = "receipts.log"
BASE_TIME = dt.datetime(2026, 11, 26, 8, 0, 0, tzinfo=dt.UTC)
PATRON = ("LIB-0001", "1234")
PATRON_LOGIN = ("kiosk1", "kioskpw")  # the demo ACS's SC login
STATS_BODY = {
    "kiosk_id": "CRASH",
    "period_start": "2026-11-26T00:00:00Z",
    "period_end": "2026-11-26T23:59:59Z",
    "suppression_threshold": 5,
    "counters": {"service.projects.viewed": 12},
}


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
    review: int = 0  # parked for a person: the server could not say whether it landed
    profile: str | None = None

    def line(self) -> str:
        head = f"profile={self.profile} " if self.profile else ""
        tail = f" review={self.review}" if self.review else ""
        return (
            f"{head}lane={self.lane} kills={self.kills} enqueued={self.enqueued} "
            f"acknowledged={self.acknowledged} lost={self.lost} duplicated={self.duplicated}"
            f"{tail}"
        )

    @property
    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.duplicated == 0
            and self.phantom == 0
            and self.not_done == 0
            and self.acknowledged + self.review >= self.enqueued
            and self.receipts <= self.enqueued
        )


# ------------------------------------------------------------------------- child: enqueuer
def _config(data_dir: Path) -> dict[str, Any]:
    cfg: dict[str, Any] = json.loads((data_dir / "crash.json").read_text())
    return cfg


def _item(cfg: dict[str, Any], i: int) -> tuple[str, str, str | None, dict[str, Any]]:
    """The i-th transaction: (backend, kind, lane, payload). Deterministic in i.

    Against citysim the lanes are the kiosk's: statistics uploads and street reports are
    unordered (lane None), library operations are ordered per item."""
    lanes: list[str] = cfg.get("lanes") or list(LANES)
    lane = lanes[i % len(lanes)]
    if cfg["mode"] == "loopback":
        return lane, f"{lane}.tx", lane, {"n": i}
    j = i // len(lanes)  # index within the lane
    if lane == "gateway":
        body = {**STATS_BODY, "kiosk_id": f"CRASH{j % 1000:03d}"}
        return "gateway", "statistics.upload", None, {"body": body}
    when = (BASE_TIME + dt.timedelta(seconds=j)).strftime("%Y-%m-%dT%H:%M:%SZ")
    if lane == "open311":
        payload = {
            "service_code": "POTHOLE",
            "lat": 41.38,
            "long": 2.17,
            "description": f"crash test report {j}",
            "attributes": {"SIZE": "large"},
            "reported_at": when,
        }
        return "open311", "open311.request", None, payload
    items: list[str] = cfg["items"]
    item = items[j % len(items)]
    checkout = (j // len(items)) % 2 == 0  # per item: checkout, checkin, checkout, ...
    payload = {
        "patron_id": PATRON[0],
        "patron_pin": PATRON[1],
        "item_id": item,
        "transaction_date": when,
    }
    kind = "sip2.checkout" if checkout else "sip2.checkin"
    return "sip2", kind, f"sip2:item:{item}", payload


def enqueuer(data_dir: Path, total: int, pause: float) -> None:
    cfg = _config(data_dir)
    store = open_store(data_dir)
    with store.read() as conn:  # resume after the last *committed* row (receipted or not)
        done = int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() or 0)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
    fd = os.open(data_dir / RECEIPTS, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    for i in range(done, total):
        backend, kind, lane, payload = _item(cfg, i)
        e = outbox.enqueue(backend=backend, kind=kind, payload=payload, lane=lane)
        os.write(fd, f"{e.tx_id} {backend}\n".encode())  # the "printed receipt"
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
def _spawn_worker(data_dir: Path, factory: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "offline_queue.sync",
            "--data-dir",
            str(data_dir),
            "--connectors",
            factory,
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
            "--max-unknown",
            str(POLICY.max_unknown),
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


class _Loopback:
    """The trivial loopback back end (tests.offline_queue.loopback)."""

    factory = "tests.offline_queue.loopback:connectors"

    def __init__(self, data_dir: Path, fault_rate: float, seed: int) -> None:
        self.backend = LoopbackBackend(
            LANES, fault_rate=fault_rate, faults=FAULTS, slow_seconds=0.4, seed=seed
        )
        self.lanes = list(LANES)
        write_config(data_dir, self.backend.url, LANES, timeout=0.25)
        (data_dir / "crash.json").write_text(json.dumps({"mode": "loopback"}))

    def progress(self) -> int:
        return self.backend.requests

    def cycle_faults(self, rng: random.Random) -> None:
        return  # the loopback back end draws its own faults per request

    def faults_off(self) -> None:
        self.backend.fault_rate = 0.0

    def applied(self, lane: str) -> Counter[str]:
        return self.backend.applied(lane)

    def marker(self, tx_id: str, kind: str, payload: dict[str, Any]) -> str:
        return tx_id

    def summary(self) -> str:
        return (
            f"back-end POSTs={self.backend.requests} reconciliation lookups={self.backend.lookups}"
        )

    def close(self) -> None:
        self.backend.close()


class _CitySim:
    """The demo city (citysim) with the real Gateway, Open311 and SIP2 connectors."""

    factory = "bench.crash:citysim_connectors"

    def __init__(
        self, data_dir: Path, fault_rate: float, seed: int, profile: str = "default"
    ) -> None:
        from citysim import CitySim
        from citysim.data import library_seed

        self.city = CitySim(seed=seed, profile=profile).start()
        self.fault_rate = fault_rate
        patrons, items = library_seed(dt.datetime.now(dt.UTC))
        held = {h for p in patrons.values() for h in p.holds}
        free = sorted(i for i, it in items.items() if it.charged_to is None and i not in held)
        host, port = self.city.sip2_address
        sip2 = self.city.profile.for_service("sip2")
        # a SIP2 service that accepts and closes every connection can never take anything: the
        # library lane is left out of that run (its own tests cover "not reached")
        self.lanes = [n for n in LANES if not (n == "sip2" and sip2.get("accept_then_close"))]
        login = self.city.sip2.app.login  # the profile's SC login (None: the ACS wants none)
        tls_ca = self.city.sip2.tls_ca_file
        cfg = {
            "mode": "citysim",
            "gateway_url": self.city.gateway_url,
            "open311_url": self.city.open311_url,
            "open311_api_key": self.city.open311_api_key,
            "sip2": [host, port],
            "sip2_login": list(login) if login else None,
            "sip2_tls_ca": str(tls_ca) if tls_ca is not None else None,
            "items": free,
            "lanes": self.lanes,
        }
        (data_dir / "crash.json").write_text(json.dumps(cfg))

    def progress(self) -> int:
        return sum(sum(self.city.ledger.counts(lane).values()) for lane in self.lanes)

    def cycle_faults(self, rng: random.Random) -> None:
        from citysim import Fault, FaultMode

        modes = {
            "gateway": [
                Fault(FaultMode.ERROR, times=None, probability=0.3),
                Fault(FaultMode.UNAVAILABLE, retry_after="0", times=None, probability=0.3),
                Fault(FaultMode.SLOW_AFTER_COMMIT, delay=0.3, times=None, probability=0.3),
                Fault(FaultMode.DROP_AFTER_COMMIT, times=None, probability=0.3),
                Fault(FaultMode.GARBAGE_AFTER_COMMIT, times=None, probability=0.3),
            ],
            "open311": [
                Fault(FaultMode.ERROR, times=None, probability=0.3),
                Fault(FaultMode.UNAVAILABLE, retry_after="0", times=None, probability=0.3),
                Fault(FaultMode.DROP_AFTER_COMMIT, times=None, probability=0.3),
                Fault(FaultMode.GARBAGE_AFTER_COMMIT, times=None, probability=0.3),
            ],
            "sip2": [
                Fault(FaultMode.DROP_BEFORE, times=None, probability=0.3),
                Fault(FaultMode.DROP_AFTER_COMMIT, times=None, probability=0.3),
                Fault(FaultMode.CORRUPT_CHECKSUM, times=None, probability=0.3),
            ],
        }
        for service, faults in modes.items():
            self.city.clear_faults(service)
            if rng.random() < self.fault_rate * 3:
                self.city.arm_fault(service, "*", rng.choice(faults))

    def faults_off(self) -> None:
        self.city.clear_faults()

    def applied(self, lane: str) -> Counter[str]:
        return Counter(self.city.ledger.counts(lane))

    def marker(self, tx_id: str, kind: str, payload: dict[str, Any]) -> str:
        from citysim.ledger import sip2_checkin_marker, sip2_checkout_marker

        if kind.startswith("sip2."):
            when = dt.datetime.fromisoformat(payload["transaction_date"].replace("Z", "+00:00"))
            if kind == "sip2.checkout":
                return sip2_checkout_marker(payload["patron_id"], payload["item_id"], when)
            return sip2_checkin_marker(payload["item_id"], when)
        return tx_id.lower()

    def summary(self) -> str:
        fired = self.city.faults.fired()
        return "faults fired: " + ", ".join(f"{k}={v}" for k, v in sorted(fired.items()))

    def close(self) -> None:
        self.city.stop()


def citysim_connectors(data_dir: Path) -> dict[str, Connector]:
    """Factory for the worker process: the real connectors, pointed at the running citysim."""
    from offline_queue.connectors.gateway import GatewayConnector
    from offline_queue.connectors.open311 import Open311Connector
    from offline_queue.connectors.sip2 import Sip2Client, Sip2Connector

    cfg = _config(data_dir)
    timeout = httpx.Timeout(connect=1.0, read=0.25, write=1.0, pool=1.0)
    host, port = cfg["sip2"]
    login = cfg.get("sip2_login", PATRON_LOGIN)
    tls_ca = cfg.get("sip2_tls_ca")
    sip2 = Sip2Client(
        host,
        port,
        login_user=login[0] if login else "",
        login_password=login[1] if login else "",
        location_code="KIOSK1",
        timeout_s=1.0,
        encoding="auto",
        tls=ssl.create_default_context(cafile=tls_ca) if tls_ca else None,
    )
    return {
        "gateway": GatewayConnector(cfg["gateway_url"], timeout=timeout),
        "open311": Open311Connector(
            cfg["open311_url"],
            cfg["open311_api_key"],
            timeout=timeout,
            state_path=data_dir / "open311-server.json",  # what it learned, across kills
        ),
        "sip2": Sip2Connector(sip2),
    }


def run(
    *,
    worker_kills: int,
    total: int,
    enqueuer_kills: int,
    fault_rate: float,
    seed: int,
    backend: str = "loopback",
    profile: str | None = None,
    data_root: Path | None = None,
    verbose: bool = True,
    kill_window: float = 1.5,
    inline_enqueue: bool = False,
) -> list[LaneResult]:
    """One crash run. ``profile`` (citysim only) names a citysim server profile
    (``citysim.profiles.names()``): the city then behaves like that class of deployed servers.
    ``kill_window``: a worker lives at most about this long (seconds) before its kill.
    ``inline_enqueue``: enqueue everything here first, without an enqueuer process to kill
    (short runs: the worker kills alone)."""
    if profile is not None and backend != "citysim":
        raise ValueError("a server profile needs the citysim back end")
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="queue-crash-", dir=data_root))
    data_dir = root / "data"
    data_dir.mkdir(mode=0o700)
    harness: _Loopback | _CitySim = (
        _Loopback(data_dir, fault_rate, seed)
        if backend == "loopback"
        else _CitySim(data_dir, fault_rate, seed, profile or "default")
    )
    open_store(data_dir).close()  # schema exists before two processes race to create it
    keys = FileKeyProvider.in_data_dir(data_dir)
    # spread the enqueuing over the whole run (about a second per worker life)
    pause = 0.8 * worker_kills / max(total, 1)
    enq: subprocess.Popen[bytes] | None = None
    if inline_enqueue:
        enqueuer(data_dir, total, 0.0)
        enqueuer_kills = 0
    else:
        enq = _spawn_enqueuer(data_dir, total, pause)
    enq_kill_at = sorted(
        rng.sample(range(1, max(worker_kills, 2)), min(enqueuer_kills, worker_kills - 1))
    )
    w_kills = e_kills = 0
    stop_watch = threading.Event()
    t0 = time.monotonic()
    try:
        for k in range(worker_kills):
            if enq is None:
                pass
            elif enq_kill_at and k == enq_kill_at[0]:
                enq_kill_at.pop(0)
                if _kill(enq):
                    e_kills += 1
                enq = _spawn_enqueuer(data_dir, total, pause)
            elif enq.poll() is not None and _rows(data_dir) < total:
                enq = _spawn_enqueuer(data_dir, total, pause)
            harness.cycle_faults(rng)
            start = harness.progress()
            proc = _spawn_worker(data_dir, harness.factory)
            if rng.random() < 0.5:
                stop_watch.wait(rng.uniform(0.0, kill_window))  # anywhere, start-up included
            else:
                target = start + rng.randint(1, 12)
                deadline = time.monotonic() + kill_window * 4 / 3
                while harness.progress() < target and time.monotonic() < deadline:
                    stop_watch.wait(0.002)
                stop_watch.wait(rng.uniform(0.0, 0.02))  # mid-send / mid-commit
            if _kill(proc):
                w_kills += 1
            if verbose and (k + 1) % 50 == 0:
                print(f"  ... {k + 1} worker kills, {time.monotonic() - t0:.0f} s", flush=True)
        # let the enqueuer finish (it may have been killed at the end)
        while _rows(data_dir) < total:
            if enq is None or enq.poll() is not None:
                enq = _spawn_enqueuer(data_dir, total, 0.0)
            stop_watch.wait(0.05)
        if enq is not None:
            enq.wait(60)
        # full drain, faults off
        harness.faults_off()
        store = open_store(data_dir)
        outbox = Outbox(store, keys, policy=POLICY)
        conns = _load(harness.factory)(data_dir)
        worker = SyncWorker(outbox, conns, settings=WorkerSettings(idle_poll=0.05))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            worker.drain(60)
            counts = outbox.status().counts
            if not any(counts[s] for s in ("pending", "in_flight", "unknown")):
                break  # done, or dead (a person decides): nothing more will happen by itself
            stop_watch.wait(0.05)
        for c in conns.values():
            c.close()
        with store.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT tx_id, backend, state, kind, payload, wrapped_key, kek_id FROM outbox"
            ).all()
            review = {tx: key for tx, key in conn.exec_driver_sql(_REVIEW_SQL).all()}
        store.close()
        receipts = _read_receipts(data_dir / RECEIPTS)
        results = []
        for lane in harness.lanes:
            markers: dict[str, str] = {}  # tx id -> marker at the back end
            states: dict[str, str] = {}
            for tx, b, st, kind, payload, wrapped, kek in rows:
                if b != lane:
                    continue
                plain = json.loads(crypto.unseal(keys, tx, kind, payload, wrapped, kek))
                markers[tx] = harness.marker(tx, kind, plain)
                states[tx] = st
            lane_receipts = {tx for tx, ln in receipts if ln == lane}
            applied = harness.applied(lane)
            expected = set(markers.values())
            parked = {tx for tx in markers if tx in review}  # in front of a person, not lost
            results.append(
                LaneResult(
                    lane=lane,
                    kills=w_kills + e_kills,
                    enqueued=len(markers),
                    receipts=len(lane_receipts),
                    acknowledged=sum(1 for m in markers.values() if applied.get(m, 0) >= 1),
                    lost=sum(
                        1
                        for tx in markers.keys() | lane_receipts
                        if tx not in markers or (not applied.get(markers[tx]) and tx not in parked)
                    ),
                    duplicated=sum(n - 1 for n in applied.values() if n > 1),
                    phantom=sum(1 for m in applied if m not in expected),
                    not_done=sum(
                        1 for tx, st in states.items() if st != "done" and tx not in parked
                    ),
                    review=len(parked),
                    profile=profile,
                )
            )
        if verbose:
            print(
                f"worker kills={w_kills} enqueuer kills={e_kills} {harness.summary()} "
                f"elapsed={time.monotonic() - t0:.0f} s"
            )
            if review:
                why = Counter(review.values())
                print("needs review: " + ", ".join(f"{k}={n}" for k, n in sorted(why.items())))
        return results
    finally:
        if enq is not None and enq.poll() is None:
            _kill(enq)
        harness.close()
        shutil.rmtree(root, ignore_errors=True)


# Dead items whose last attempt was ambiguous ("needs review": the server cannot say whether it
# landed, so it is never resent automatically); they are counted as review, not as lost.
_REVIEW_SQL = (
    "SELECT o.tx_id, o.last_error FROM outbox o WHERE o.state = 'dead' AND (o.last_error ="
    " 'queue.unknown_unresolved' OR (SELECT a.outcome FROM attempt_log a WHERE a.tx_id = o.tx_id"
    " AND a.action != 'operator' ORDER BY a.id DESC LIMIT 1) IN ('review', 'unknown'))"
)


def _rows(data_dir: Path) -> int:
    con = sqlite3.connect(data_dir / "queue.db", timeout=5.0)
    try:
        return int(con.execute("SELECT count(*) FROM outbox").fetchone()[0])
    finally:
        con.close()


def _load(spec: str) -> Callable[[Path], Mapping[str, Connector]]:
    module, _, attr = spec.partition(":")
    factory: Callable[[Path], Mapping[str, Connector]] = getattr(
        importlib.import_module(module), attr
    )
    return factory


def profile_names(spec: str) -> list[str]:
    """``all`` -> every citysim profile registered now (other services add theirs), else one."""
    from citysim import profiles

    return profiles.names() if spec == "all" else [profiles.get(spec).name]


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd")
    e = sub.add_parser("enqueue")
    e.add_argument("--data-dir", type=Path, required=True)
    e.add_argument("--total", type=int, required=True)
    e.add_argument("--pause", type=float, default=0.0)
    # defaults sized for `make bench` (< 10 min on 2 cores); the full run: --kills 200 --total 600
    parser.add_argument("--kills", type=int, default=40, help="worker kills (per profile)")
    parser.add_argument("--total", type=int, default=150, help="transactions (per profile)")
    parser.add_argument(
        "--kills-total",
        type=int,
        default=None,
        help="with --profile: kills shared out over the profiles (at least 10 each); the"
        " transactions scale with them (3 per kill) unless --total is given",
    )
    parser.add_argument("--enqueuer-kills", type=int, default=10)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--backend", choices=("loopback", "citysim"), default="loopback")
    parser.add_argument(
        "--profile",
        default=None,
        help="a citysim server profile (citysim.profiles.names()) or 'all'; implies citysim",
    )
    args, _ = parser.parse_known_args()
    total_given = "--total" in sys.argv
    args = parser.parse_args()
    if args.cmd == "enqueue":
        enqueuer(args.data_dir, args.total, args.pause)
        return 0
    names: list[str | None] = [None]
    if args.profile is not None:
        args.backend = "citysim"
        names = list(profile_names(args.profile))
    kills, total, enq_kills = args.kills, args.total, args.enqueuer_kills
    if args.kills_total is not None:
        kills = max(10, -(-args.kills_total // len(names)))
        total = args.total if total_given else 3 * kills
        enq_kills = min(enq_kills, max(1, kills // 10))
    print(
        f"crash test: back end={args.backend} profiles={','.join(n or '-' for n in names)}"
        f" seed={args.seed} fault rate={args.fault_rate} kills/profile={kills} total={total}"
    )
    t0 = time.monotonic()
    results: list[LaneResult] = []
    for name in names:
        one = run(
            worker_kills=kills,
            total=total,
            enqueuer_kills=enq_kills,
            fault_rate=args.fault_rate,
            seed=args.seed,
            backend=args.backend,
            profile=name,
        )
        for r in one:
            print(r.line(), flush=True)
        results.extend(one)
    elapsed = time.monotonic() - t0
    kills_done = sum(max((r.kills for r in results if r.profile == n), default=0) for n in names)
    print(f"crash test over {len(names)} profile(s): {kills_done} kills, {elapsed:.0f} s")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.results import record, reset

    bench = "crash" if args.profile is None else "crash_profiles"
    reset(bench)
    what = f"{kills} worker kills, {total} items" + (
        f", {len(names)} profiles ({kills_done} kills)" if args.profile is not None else ""
    )
    record(
        f"crash test: {what}",
        f"lost {sum(r.lost for r in results)}, duplicated {sum(r.duplicated for r in results)}",
        "0 lost, 0 duplicated",
        all(r.ok for r in results),
        bench=bench,
    )
    bad = [r for r in results if not r.ok]
    for r in bad:
        print(f"FAILED {r}")
    print(json.dumps({"ok": not bad}))
    return 0  # failures are in the table (and printed above); make bench goes on


if __name__ == "__main__":
    sys.exit(main())
