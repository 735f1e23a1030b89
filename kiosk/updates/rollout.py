"""A staged rollout: rings of kiosks moved to a version one after the other, halted by itself.

The operator's ``kiosk fleet rollout start VERSION`` (kiosk/commands/fleet.py) plans the rings
and runs :class:`Rollout` against the fleet broker; this module is the logic, with the broker
behind :class:`FleetIO` (tests drive it with the real broker and simulated kiosks).

Rings (:func:`plan_rings`): the **canary** (named kiosks, or the first *N* in the fleet's
order), then each **percentage** of the fleet, then **all**. The order is a hash of the kiosk
id: stable from one release to the next (a percentage ring always contains the smaller ones),
and spread over sites rather than alphabetical. Each ring lists only the kiosks it adds.

For each ring in turn the controller sends every member a signed ``update.set_target``
(retained, so a kiosk offline now finds it when it comes back), then watches the members'
state documents (:func:`ring_verdict`):

* ``done`` — a member runs the version (``version`` matches, ``update_state`` ``up_to_date``);
* ``failed`` — it rolled back (``update_state`` ``rolled_back`` or ``failed`` for this target)
  or went offline after the ring started;
* kiosks already offline when the ring started are not waited for (they catch up later from the
  retained target) and do not count either way.

The ring passes when every counted member is done or failed and the failed share is at most
``max_failure_share``; then ``soak_s`` of watching (a late rollback or disappearance still
counts) and the next ring. It **halts** by itself when the failed share goes above
``max_failure_share`` (``rollout.failure_share``), when a ring is not done within
``ring_timeout_s`` (``rollout.ring_timeout``), or when an operator halts it
(``kiosk fleet rollout halt``: ``rollout.halted_by_operator``). Halting clears the target of
every kiosk that was sent it and does not run it yet, so nothing more moves; kiosks that
already run the version stay on it (they passed their own health gate).

The rollout's state document (:meth:`Rollout.document`) is published retained on
``<prefix>/rollout/state`` so ``kiosk fleet rollout status`` and ``halt`` work from anywhere.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.updates.releases import same_release

FORMAT = "ecitizen-rollout/1"
FAILED_STATES = ("rolled_back", "failed")


@dataclass(frozen=True)
class Ring:
    name: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class KioskView:
    """What the fleet's retained documents say about one kiosk."""

    kiosk: str
    online: bool
    version: str = "?"
    update_state: str | None = None
    target: str | None = None


@dataclass(frozen=True)
class Verdict:
    status: str  # waiting | done | halt
    done: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()  # (kiosk, why: rolled_back/failed/offline)
    waiting: tuple[str, ...] = ()
    share: float = 0.0


class RolloutError(ValueError):
    """A plan that cannot run (unknown canary, empty fleet, bad percentage)."""


def fleet_order(kiosks: Sequence[str]) -> list[str]:
    return sorted(set(kiosks), key=lambda k: hashlib.sha256(k.encode()).hexdigest())


def plan_rings(
    kiosks: Sequence[str],
    *,
    canary: Sequence[str] = (),
    canary_count: int = 1,
    percents: Sequence[float] = (),
) -> list[Ring]:
    """The rings for ``kiosks`` (see the module docstring)."""
    order = fleet_order(kiosks)
    if not order:
        raise RolloutError("no kiosk known to the broker")
    unknown = sorted(set(canary) - set(order))
    if unknown:
        raise RolloutError(f"unknown canary kiosk(s): {', '.join(unknown)}")
    if any(not 0 < p < 100 for p in percents) or list(percents) != sorted(set(percents)):
        raise RolloutError("percentages must rise strictly, each between 0 and 100")
    chosen = list(canary) if canary else order[: max(1, canary_count)]
    rings = [Ring("canary", tuple(k for k in order if k in chosen))]
    taken = set(chosen)
    for percent in percents:
        upto = order[: math.ceil(len(order) * percent / 100)]
        new = tuple(k for k in upto if k not in taken)
        if new:
            rings.append(Ring(f"{percent:g}%", new))
            taken.update(new)
    rest = tuple(k for k in order if k not in taken)
    if rest:
        rings.append(Ring("all", rest))
    return rings


def ring_verdict(
    ring: Ring,
    views: Mapping[str, KioskView],
    version: str,
    online_at_start: set[str],
    max_failure_share: float,
) -> Verdict:
    done: list[str] = []
    failed: list[tuple[str, str]] = []
    waiting: list[str] = []
    counted = [k for k in ring.members if k in online_at_start]
    for kiosk in counted:
        view = views.get(kiosk)
        if view is None or not view.online:
            failed.append((kiosk, "offline"))
        elif same_release(view.version, version) and view.update_state == "up_to_date":
            done.append(kiosk)
        elif view.update_state in FAILED_STATES and view.target == version:
            failed.append((kiosk, str(view.update_state)))
        else:
            waiting.append(kiosk)
    share = len(failed) / len(counted) if counted else 0.0
    if share > max_failure_share:
        status = "halt"
    elif counted and not waiting:
        status = "done"
    else:
        status = "waiting"
    return Verdict(status, tuple(done), tuple(failed), tuple(waiting), share)


class FleetIO(Protocol):
    def views(self) -> dict[str, KioskView]:
        """The fleet now (retained states, liveness)."""
        ...

    def send_target(self, kiosk: str, version: str, ring: str) -> None:
        """A signed, retained ``update.set_target`` (``version`` empty: clear it)."""

    def publish(self, document: Mapping[str, Any]) -> None:
        """The rollout's state document (retained)."""

    def halt_requested(self) -> str | None:
        """A reason when an operator halted this rollout (``kiosk fleet rollout halt``)."""
        ...


@dataclass
class Rollout:
    version: str
    rings: list[Ring]
    max_failure_share: float = 0.0
    ring_timeout_s: float = 3600.0
    soak_s: float = 600.0
    poll_s: float = 2.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    on_progress: Callable[[str], None] = lambda _line: None
    status: str = "running"
    reason: str | None = None
    ring_index: int = 0
    sent: set[str] = field(default_factory=set)
    failed: list[tuple[str, str]] = field(default_factory=list)
    started_at: float = field(default_factory=time.time)

    def document(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "status": self.status,
            "reason": self.reason,
            "ring": self.ring_index,
            "rings": [{"name": r.name, "members": list(r.members)} for r in self.rings],
            "failed": [{"kiosk": k, "why": why} for k, why in self.failed],
            "started_at": round(self.started_at, 3),
            "updated_at": round(time.time(), 3),
        }

    def run(self, io: FleetIO) -> dict[str, Any]:
        """Ring after ring until done or halted; returns the final document."""
        for index, ring in enumerate(self.rings):
            self.ring_index = index
            online = {k for k, v in io.views().items() if v.online}
            for kiosk in ring.members:
                io.send_target(kiosk, self.version, ring.name)
                self.sent.add(kiosk)
            io.publish(self.document())
            self.on_progress(f"ring {ring.name}: {len(ring.members)} kiosk(s) told {self.version}")
            if not self._watch(io, ring, online):
                return self._halt(io)
        self.status = "done"
        io.publish(self.document())
        self.on_progress(f"rollout of {self.version} done")
        return self.document()

    def _watch(self, io: FleetIO, ring: Ring, online: set[str]) -> bool:
        """Until the ring is done and soaked (True), or a halt (False)."""
        started = self.clock()
        passed_at: float | None = None
        while True:
            halt = io.halt_requested()
            if halt is not None:
                self.reason = halt
                return False
            verdict = ring_verdict(ring, io.views(), self.version, online, self.max_failure_share)
            self.failed = [f for f in self.failed if f[0] not in ring.members] + list(
                verdict.failed
            )
            if verdict.status == "halt":
                self.reason = "rollout.failure_share"
                return False
            now = self.clock()
            if verdict.status == "done":
                if passed_at is None:
                    passed_at = now
                    self.on_progress(
                        f"ring {ring.name}: {len(verdict.done)} done, "
                        f"{len(verdict.failed)} failed; soaking {self.soak_s:g} s"
                    )
                if now - passed_at >= self.soak_s:
                    return True
            else:
                passed_at = None
                if now - started >= self.ring_timeout_s:
                    self.reason = "rollout.ring_timeout"
                    return False
            self.sleep(self.poll_s)

    def _halt(self, io: FleetIO) -> dict[str, Any]:
        self.status = "halted"
        views = io.views()
        for kiosk in sorted(self.sent):
            view = views.get(kiosk)
            if view is None or not same_release(view.version, self.version):
                io.send_target(kiosk, "", "halted")  # nothing more moves
        io.publish(self.document())
        self.on_progress(f"rollout of {self.version} HALTED: {self.reason}")
        return self.document()
