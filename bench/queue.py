"""Offline queue benchmark: durable enqueue vs raw sqlite3, drain rate vs back-end capacity.

Run: ``.venv/bin/python bench/queue.py`` (``--quick`` for smaller counts).

1. Durable enqueue (receipt + encrypted outbox row, one BEGIN IMMEDIATE transaction, WAL,
   synchronous=FULL) against raw ``sqlite3`` doing single-row commits with the same pragmas.
   Blocks of the two alternate so disk noise hits both alike.
2. Drain of N transactions through the sync worker and the real ``GatewayConnector`` to the demo
   city's gateway (``citysim``), against the gateway's own capacity
   (``citysim.measure_capacity``, one sender, the same request shape, no queue).
3. The same against the trivial loopback back end (capacity: the same connector in a loop), plus
   a smaller keyless (Open311/SIP2-like) drain, where every item needs its own durable in_flight
   commit before its send.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    # Run as a script, this directory is sys.path[0] and this file would shadow the standard
    # library's ``queue`` for every module imported afterwards: put the repository root there.
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid

from bench.results import record, reset
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store
from offline_queue.sync import SyncWorker, WorkerSettings
from tests.offline_queue.loopback import LoopbackBackend, LoopbackConnector

PAYLOAD = {
    "service_code": "pothole",
    "lat": 52.0907,
    "long": 5.1214,
    "description": "Deep pothole in the cycle lane near the bus stop, about 40 cm wide." * 2,
    "attribute": {"size": "large", "danger": "yes"},
}


def _pct(lat: list[float], p: float) -> float:
    s = sorted(lat)
    return s[min(len(s) - 1, int(p * len(s)))] * 1e3


def bench_enqueue(root: Path, n: int, block: int = 250) -> None:
    data = root / "enqueue"
    store = open_store(data)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
    raw = sqlite3.connect(root / "raw.db", isolation_level=None)
    for p in ("busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL", "secure_delete=ON"):
        raw.execute("PRAGMA " + p)
    raw.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, tx TEXT UNIQUE, state TEXT, created REAL, b BLOB)"
    )
    blob = os.urandom(len(repr(PAYLOAD)))

    def ours() -> None:
        outbox.enqueue(backend="gw", kind="open311.request", payload=PAYLOAD, lane="open311")

    def baseline() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO t (tx, state, created, b) VALUES (?, 'pending', ?, ?)",
            (str(uuid.uuid4()), time.time(), blob),
        )
        raw.execute("COMMIT")

    for fn in (ours, baseline):  # warm-up
        for _ in range(100):
            fn()
    lat: dict[str, list[float]] = {"ours": [], "raw": []}
    done = 0
    while done < n:
        for name, fn in (("ours", ours), ("raw", baseline)):
            for _ in range(block):
                t0 = time.perf_counter()
                fn()
                lat[name].append(time.perf_counter() - t0)
        done += block
    raw.close()
    store.close()
    tput = {k: len(v) / sum(v) for k, v in lat.items()}
    for k in ("ours", "raw"):
        v = lat[k]
        label = "durable enqueue" if k == "ours" else "raw sqlite3    "
        print(
            f"{label}: n={len(v)} p50={_pct(v, 0.5):.3f} ms p99={_pct(v, 0.99):.3f} ms "
            f"mean={statistics.mean(v) * 1e3:.3f} ms throughput={tput[k]:.0f}/s"
        )
    print(f"enqueue/raw throughput ratio: {tput['ours'] / tput['raw']:.2f}")
    mine = lat["ours"]
    record(
        "durable enqueue p50 / p99",
        f"{_pct(mine, 0.5):.3f} / {_pct(mine, 0.99):.3f} ms",
        "p99 <= 10 ms",
        _pct(mine, 0.99) <= 10.0,
        bench="queue",
    )
    ratio = tput["ours"] / tput["raw"]
    record(
        "enqueue throughput vs raw sqlite3 (WAL+FULL)",
        f"{tput['ours']:.0f}/s ({ratio:.2f}x raw)",
        ">= 0.5x raw sqlite3",
        ratio >= 0.5,
        bench="queue",
    )


def bench_drain(root: Path, n: int, n_keyless: int) -> None:
    backend = LoopbackBackend({"gw": True, "o311": False})
    try:
        # The back end's own capacity: the same connector, the same number of sends, no queue.
        direct = LoopbackConnector("gw", backend.url, idempotent=True, timeout=5.0)
        t0 = time.perf_counter()
        for i in range(n):
            d = Delivery(uuid.uuid4(), "open311.request", "gw", {**PAYLOAD, "i": i})
            assert direct.send(d).outcome is Outcome.ACKED
        capacity = n / (time.perf_counter() - t0)
        direct.close()

        for name, count, lanes in (("gw", n, 1), ("o311", n_keyless, 1)):
            before = backend.counts(name)[0]
            data = root / f"drain-{name}"
            store = open_store(data)
            outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
            for i in range(count):
                outbox.enqueue(
                    backend=name, kind="k", payload={**PAYLOAD, "i": i}, lane=f"{name}:{i % lanes}"
                )
            conn = LoopbackConnector(
                name, backend.url, idempotent=backend.services[name], timeout=5.0
            )
            worker = SyncWorker(
                outbox, {name: conn}, settings=WorkerSettings(), rng=random.Random(1)
            )
            worker.recover()
            t0 = time.perf_counter()
            assert worker.drain(600.0)
            rate = count / (time.perf_counter() - t0)
            st = outbox.status()
            assert st.counts["done"] == count, st.counts
            uniq, dup = backend.counts(name)
            assert (uniq - before, dup) == (count, 0), (uniq, dup)
            conn.close()
            store.close()
            kind = "idempotent, one lane" if name == "gw" else "keyless, one lane"
            keyless = name != "gw"
            record(
                f"drain rate, loopback {kind}",
                f"{rate:.0f}/s ({rate / capacity:.2f}x capacity)",
                # a keyless back end gets one unacknowledged send at a time (no dedup key):
                # its rate is bounded by round trips, not by the back end's capacity
                "info: one send in flight" if keyless else ">= 0.5x back-end capacity",
                None if keyless else rate / capacity >= 0.5,
                bench="queue",
            )
            print(
                f"drain {kind}: n={count} rate={rate:.0f}/s "
                f"back-end capacity={capacity:.0f}/s ratio={rate / capacity:.2f}"
            )
    finally:
        backend.close()


STATS_BODY = {
    "kiosk_id": "BENCH",
    "period_start": "2026-11-26T00:00:00Z",
    "period_end": "2026-11-26T23:59:59Z",
    "suppression_threshold": 5,
    "counters": {"service.projects.viewed": 12},
}


def bench_drain_citysim(root: Path, n: int) -> None:
    """The demo city's gateway (citysim) and the real GatewayConnector: ``statistics.upload``
    items (the same request ``citysim.measure_capacity`` sends) against its own capacity."""
    from citysim import CitySim, measure_capacity
    from offline_queue.connectors.gateway import GatewayConnector

    with CitySim() as city:
        capacity = measure_capacity(city.gateway_url, requests=n, workers=1)
        data = root / "drain-citysim"
        store = open_store(data)
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
        for _ in range(n):
            outbox.enqueue(
                backend="gateway",
                kind="statistics.upload",
                payload={"body": STATS_BODY},
                lane="gateway",
            )
        conn = GatewayConnector(city.gateway_url)
        worker = SyncWorker(outbox, {"gateway": conn}, rng=random.Random(1))
        worker.recover()
        t0 = time.perf_counter()
        assert worker.drain(600.0)
        rate = n / (time.perf_counter() - t0)
        counts = outbox.status().counts
        assert counts["done"] == n, counts
        conn.close()
        store.close()
    record(
        "drain rate, citysim gateway",
        f"{rate:.0f}/s ({rate / capacity.per_second:.2f}x capacity)",
        ">= 0.5x demo back-end capacity",
        rate / capacity.per_second >= 0.5,
        bench="queue",
    )
    print(
        f"drain citysim gateway (GatewayConnector, one lane): n={n} rate={rate:.0f}/s "
        f"gateway capacity={capacity.per_second:.0f}/s ratio={rate / capacity.per_second:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the databases")
    args = parser.parse_args()
    reset("queue")
    root = Path(tempfile.mkdtemp(prefix="queue-bench-", dir=args.dir))
    try:
        bench_enqueue(root, 1000 if args.quick else 3000)
        bench_drain_citysim(root, 2000 if args.quick else 10_000)
        bench_drain(root, 2000 if args.quick else 10_000, 500 if args.quick else 2000)
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
