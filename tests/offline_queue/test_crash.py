"""The crash test with small counts: kill -9 the worker and the enqueuer, then drain.

The loopback run checks the engine's semantics (idempotent vs keyless + reconcile) with 12
kills; then every citysim server profile (``citysim.profiles.names()``, read at collection: the
profiles other services register are included) gets a short run with the real connectors,
counted by citysim's ledger. ``make bench`` runs them all with 200+ kills.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from citysim import profiles

ROOT = Path(__file__).resolve().parents[2]


def _crash_module() -> ModuleType:  # bench/ is not a package: load bench/crash.py by path
    if "bench_crash" in sys.modules:
        return sys.modules["bench_crash"]
    spec = importlib.util.spec_from_file_location("bench_crash", ROOT / "bench" / "crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_crash"] = module
    spec.loader.exec_module(module)
    return module


def _check(results: list, lanes: int) -> None:  # type: ignore[type-arg]
    assert len(results) == lanes
    for r in results:
        assert r.ok, r
        assert r.lost == 0 and r.duplicated == 0 and r.phantom == 0
        assert r.acknowledged + r.review >= r.enqueued >= r.receipts


@pytest.mark.slow
def test_kill_minus_nine_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    results = _crash_module().run(
        worker_kills=12,
        total=36,
        enqueuer_kills=3,
        fault_rate=0.25,
        seed=20261126,
        backend="loopback",
        data_root=tmp_path,
        verbose=False,
    )
    assert [r.lane for r in results] == ["gateway", "open311", "sip2"]
    _check(results, 3)
    assert sum(r.enqueued for r in results) >= 36


@pytest.mark.slow
@pytest.mark.parametrize("profile", profiles.names())
def test_kill_minus_nine_against_every_server_profile(tmp_path: Path, profile: str) -> None:
    """Real connectors against citysim behaving like ``profile``: 0 lost, 0 duplicated, every
    item done or (a server that cannot tell) parked for review, never resent."""
    crash = _crash_module()
    results = crash.run(
        worker_kills=1,
        total=6,
        enqueuer_kills=0,
        fault_rate=0.25,
        seed=20261204,
        backend="citysim",
        profile=profile,
        data_root=tmp_path,
        verbose=False,
        kill_window=0.6,
        inline_enqueue=True,
    )
    lanes = 2 if profiles.get(profile).for_service("sip2").get("accept_then_close") else 3
    _check(results, lanes)
    assert all(r.profile == profile for r in results)
