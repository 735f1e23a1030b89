"""The crash test with small counts: kill -9 the worker and the enqueuer, then drain."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _crash_module():  # bench/ is not a package: load bench/crash.py by path
    spec = importlib.util.spec_from_file_location("bench_crash", ROOT / "bench" / "crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_crash"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["loopback", "citysim"])
def test_kill_minus_nine_loses_and_duplicates_nothing(tmp_path: Path, backend: str) -> None:
    """loopback: the engine's semantics (idempotent vs keyless + reconcile); citysim: the real
    connectors against the demo city, counted by its ledger."""
    crash = _crash_module()
    results = crash.run(
        worker_kills=20,
        total=60,
        enqueuer_kills=3,
        fault_rate=0.25,
        seed=20261126,
        backend=backend,
        data_root=tmp_path,
        verbose=False,
    )
    assert [r.lane for r in results] == ["gateway", "open311", "sip2"]
    for r in results:
        assert r.ok, r
        assert r.lost == 0 and r.duplicated == 0 and r.phantom == 0
        assert r.acknowledged == r.enqueued >= r.receipts
    assert sum(r.enqueued for r in results) >= 60
