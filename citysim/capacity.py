"""The demo back end's own capacity, for the drain benchmark's ratio (bench/queue.py).

:func:`measure_capacity` drives a running gateway from a plain ``httpx`` loop (one keep-alive
client per worker thread, no queue, no database) with idempotent mutating calls (the same shape
the sync worker sends) and reports accepted requests per second.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass

import httpx

DEFAULT_PATH = "/statistics"


@dataclass(frozen=True)
class CapacityResult:
    requests: int
    accepted: int
    seconds: float
    workers: int

    @property
    def per_second(self) -> float:
        return self.accepted / self.seconds if self.seconds > 0 else 0.0


def _body(kiosk_id: str) -> dict[str, object]:
    return {
        "kiosk_id": kiosk_id,
        "period_start": "2026-11-26T00:00:00Z",
        "period_end": "2026-11-26T23:59:59Z",
        "suppression_threshold": 5,
        "counters": {"service.projects.viewed": 12},
    }


def measure_capacity(
    gateway_url: str,
    *,
    requests: int = 2000,
    workers: int = 1,
    timeout_s: float = 5.0,
) -> CapacityResult:
    """Send ``requests`` idempotent POSTs (``/statistics``, a fresh key each) and time them.

    ``workers`` threads share the work, each with its own keep-alive ``httpx.Client``; the sync
    worker is a single sender, so compare it with ``workers=1``.
    """
    counts = [0] * workers
    accepted = [0] * workers
    per_worker = [
        requests // workers + (1 if i < requests % workers else 0) for i in range(workers)
    ]
    start_evt = threading.Event()

    def run(index: int) -> None:
        with httpx.Client(base_url=gateway_url, timeout=timeout_s) as client:
            start_evt.wait()
            for _ in range(per_worker[index]):
                response = client.post(
                    DEFAULT_PATH,
                    json=_body("BENCH"),
                    headers={"Idempotency-Key": str(uuid.uuid4())},
                )
                counts[index] += 1
                if response.status_code == 202:
                    accepted[index] += 1

    threads = [
        threading.Thread(target=run, args=(i,), name=f"capacity-{i}") for i in range(workers)
    ]
    for t in threads:
        t.start()
    began = time.perf_counter()
    start_evt.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    return CapacityResult(sum(counts), sum(accepted), elapsed, workers)
