"""Is a kiosk alive? The subscriber-side rule, independent of the broker's keep-alive timing.

Two paths mark a kiosk offline (docs/fleet.md, "Dead kiosks"):

* **the Last-Will** — a dropped link (TCP reset/FIN without DISCONNECT, or the broker's own
  keep-alive check): the broker publishes the retained ``{"online": false}`` presence; every
  consumer believes it *at once*;
* **heartbeat age** — a frozen kiosk (process hung, socket still open) or a broker that checks
  keep-alives coarsely (Debian's mosquitto 2.0.11 took up to 2.6 x keep-alive: mosquitto issue
  #3138, fixed in 2.0.21): the kiosk republishes its retained presence every
  :func:`beat_interval` (keep-alive / 3) as a heartbeat (:class:`Beat`); a consumer that has
  heard nothing *live* from a kiosk for :data:`FACTOR` x keep-alive marks it offline.

Ages are measured on the **subscriber's own monotonic clock, from when a message arrived**:
never from the kiosk's ``ts`` (kiosk and subscriber clocks may disagree by minutes). A
retained copy replayed by the broker when the subscriber (re)subscribes is no proof of life
(the kiosk may have frozen long ago): it counts as heard at the subscriber's start, so a kiosk
that stays silent is declared offline one limit after the subscriber started.

A presence document without ``keepalive_s`` comes from a kiosk without heartbeats (an older
release): only its presence (the Last-Will) decides. Pure functions, no I/O, no clock of their
own: tests give the times.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass

FACTOR = 1.5
"""Offline when nothing was heard for FACTOR x the kiosk's keep-alive (as MQTT's own rule)."""
BEATS_PER_KEEPALIVE = 3
KEEPALIVE_RANGE = (1.0, 3600.0)
"""Keep-alives a subscriber believes (a hostile document cannot make a kiosk immortal)."""


def beat_interval(keepalive_s: float) -> float:
    """How often a kiosk sends its heartbeat: three beats per keep-alive, so one or two lost or
    late beats still keep it inside the 1.5 x keep-alive limit."""
    return keepalive_s / BEATS_PER_KEEPALIVE


def limit(keepalive_s: float) -> float:
    return FACTOR * keepalive_s


@dataclass
class Heard:
    """What one subscriber knows of one kiosk's liveness."""

    online: bool | None = None
    """The last presence document: False is the Last-Will (or a clean stop)."""
    keepalive_s: float | None = None
    """From the presence document; None: the kiosk sends no heartbeats (presence only)."""
    heard_at: float | None = None
    """Subscriber monotonic time of the last *live* message from the kiosk (not a replay)."""
    seq: int | None = None
    """The last heartbeat's sequence number (informational: restarts with the kiosk)."""


def age(heard: Heard, now: float, since: float) -> float:
    """Seconds since the kiosk was last heard live (since the subscriber started, if never)."""
    last = since if heard.heard_at is None else max(heard.heard_at, since)
    return max(0.0, now - last)


def alive(heard: Heard, now: float, since: float) -> bool | None:
    """The rule. ``now`` and ``since`` (when the subscriber started listening) are the
    subscriber's monotonic clock. True/False; None when nothing says either way (no presence
    and no heartbeat yet)."""
    if heard.online is False:
        return False  # the Last-Will: at once
    if heard.keepalive_s is None:
        return heard.online  # a kiosk without heartbeats: presence only
    return age(heard, now, since) <= limit(heard.keepalive_s)


def parse_presence(payload: bytes) -> tuple[bool, float | None, int | None]:
    """``(online, keepalive_s, seq)`` from a presence/heartbeat document (hostile input:
    ValueError). ``keepalive_s`` outside :data:`KEEPALIVE_RANGE` is not believed."""
    try:
        doc = json.loads(payload[:4096])
    except (UnicodeDecodeError, RecursionError) as exc:
        raise ValueError("not a presence document") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("online"), bool):
        raise ValueError("not a presence document")
    keepalive = doc.get("keepalive_s")
    if (
        isinstance(keepalive, bool)
        or not isinstance(keepalive, int | float)
        or not math.isfinite(keepalive)
        or not KEEPALIVE_RANGE[0] <= keepalive <= KEEPALIVE_RANGE[1]
    ):
        keepalive = None
    seq = doc.get("seq")
    return doc["online"], keepalive, seq if isinstance(seq, int) and seq >= 0 else None


class Beat:
    """The kiosk's heartbeat: the retained presence document ``{"kiosk", "online": true,
    "keepalive_s", "seq", "ts"}`` on ``…/status`` (the topic the Last-Will overwrites, which
    every kiosk may already write under the broker ACL). ``ts`` is the kiosk's clock, for
    people reading the document; subscribers never judge by it."""

    def __init__(self, kiosk: str, keepalive_s: float) -> None:
        self.kiosk = kiosk
        self.keepalive_s = float(keepalive_s)
        self.every_s = beat_interval(self.keepalive_s)
        self.seq = 0

    def payload(self, wall: float | None = None) -> bytes:
        self.seq += 1
        doc = {
            "kiosk": self.kiosk,
            "online": True,
            "keepalive_s": self.keepalive_s,
            "seq": self.seq,
            "ts": round(time.time() if wall is None else wall, 3),
        }
        return json.dumps(doc, separators=(",", ":")).encode()
