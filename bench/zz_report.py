"""The table at the end of ``make bench``: one row per measure with its target and OK/MISSED.

Named ``zz_`` so that ``scripts/bench.sh`` (which runs ``bench/*.py`` in name order) runs it
last. Rows come from :mod:`bench.results`; a bench that did not record anything in this run
(older than the oldest row of the run) is marked ``stale``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results import load

STALE_S = 3 * 3600


def main() -> int:
    rows = load()
    if not rows:
        print("no benchmark results recorded")
        return 0
    now = time.time()
    widths = (12, 46, 34, 30, 7)
    header = ("bench", "measure", "value", "target", "result")
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print()
    print("=" * len(line))
    print(line)
    print("-" * len(line))
    missed = 0
    for row in rows:
        ok = row["ok"]
        age = now - float(str(row["at"]))
        verdict = "info" if ok is None else ("OK" if ok else "MISSED")
        if age > STALE_S:
            verdict += " (stale)"
        if ok is False:
            missed += 1
        cells = (row["bench"], row["measure"], row["value"], row["target"], verdict)
        print("  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)))
    print("-" * len(line))
    print(f"{len(rows)} measures, {missed} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
