"""Benchmark results for the one table ``make bench`` ends with (printed by bench/zz_report.py).

Every bench records its measures with :func:`record`; the lines go to one JSON-lines file per
bench script under ``$KIOSK_BENCH_RESULTS`` (default: ``<tmp>/ecitizen-kiosk-bench``), which the
script truncates at its start (:func:`reset`), so the table shows the latest run of each bench.
Run alone (``scripts/bench.sh`` runs every ``bench/*.py``), this module does nothing.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path


def results_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "ecitizen-kiosk-bench"
    return Path(os.environ.get("KIOSK_BENCH_RESULTS", str(default)))


def _file(bench: str | None) -> Path:
    name = bench or Path(sys.argv[0]).stem
    return results_dir() / f"{name}.jsonl"


def reset(bench: str | None = None) -> None:
    """Forget this bench's previous results (call first in ``main``)."""
    path = _file(bench)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")


def record(
    measure: str, value: str, target: str, ok: bool | None, *, bench: str | None = None
) -> None:
    """One table row: what, the measured value, its target, met (None: informational)."""
    path = _file(bench)
    path.parent.mkdir(parents=True, exist_ok=True)
    row = {
        "bench": bench or Path(sys.argv[0]).stem,
        "measure": measure,
        "value": value,
        "target": target,
        "ok": ok,
        "at": time.time(),
    }
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def load() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    directory = results_dir()
    if not directory.is_dir():
        return rows
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows
