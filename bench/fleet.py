"""Fleet benchmark (issue #18): N kiosks in one process against one local Mosquitto.

Each simulated kiosk runs the real fleet code (tests/kiosk/fleet/simkiosk.py): its own FleetLink
(one paho client and thread), the real telemetry thread (production timings: heartbeat 60 s,
sample 5 s, debounce 0.2 s) and the real command processor with the real out-of-service
handler (the tamper lock file, fsync'd) and replay cache. For N = 50, 200, 500 it prints:

* broker CPU (% of one core, from /proc/<pid>/stat) and memory (VmRSS) at steady state and
  under the event/command load;
* device event → state document seen by a subscriber (p50/p99): a printer's paper level
  changes, the telemetry thread notices, publishes the retained state, an independent
  subscriber receives it (includes the 0.2 s debounce);
* dead kiosk detection: a kiosk whose link thread stops (no DISCONNECT, no FIN: a frozen or
  cut-off kiosk) → its Last-Will "offline" seen; target ≤ 1.5 × keep-alive (5 s here); and a
  socket shut down under the client (FIN, no DISCONNECT) for comparison;
* command round-trip (p50/p99): the operator signs (ECDSA P-256) → publishes → the kiosk
  verifies (chain, role, expiry, target, durable nonce) → takes itself out of service (or back)
  → the ack is received;
* kiosk-side telemetry CPU: this process's CPU time over a steady window / N (% of a core per
  kiosk; includes the paho loop, keep-alive pings, 5 s samples and heartbeats).

Prometheus is not part of this run (the exporter reads the same retained states; see
docs/fleet.md). Needs /usr/sbin/mosquitto; prints a skip line without it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "bench":
    sys.path[0] = str(ROOT)  # not bench/ (its queue.py would shadow the standard library's)

from bench.results import record, reset  # noqa: E402

KEEPALIVE_S = 5
PREFIX = "ecitizen"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Broker:
    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
        self.port = _free_port()
        conf = workdir / "mosquitto.conf"
        conf.write_text(
            f"listener {self.port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
            "max_keepalive 120\nmax_connections -1\nlog_dest none\n",
            encoding="utf-8",
        )
        self.process = subprocess.Popen([binary, "-c", str(conf)])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("mosquitto did not start")

    def cpu_s(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class Watcher:
    """An independent subscriber: state documents, presence and acks, with arrival times."""

    def __init__(self, port: int) -> None:
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

        self.lock = threading.Condition()
        self.paper: dict[str, tuple[str, float]] = {}
        self.offline: dict[str, float] = {}
        self.acks: dict[str, float] = {}
        self.states = 0
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
        self.client.on_message = self._on_message
        ready = threading.Event()
        self.client.on_subscribe = lambda *_a: ready.set()
        self.client.connect("127.0.0.1", port, keepalive=60)
        self.client.loop_start()
        self.client.subscribe(
            [(f"{PREFIX}/kiosks/+/{sub}", 1) for sub in ("state", "status", "acks")]
        )
        ready.wait(10)

    def _on_message(self, _c: object, _u: object, msg: object) -> None:
        now = time.monotonic()
        topic: str = msg.topic  # type: ignore[attr-defined]
        kiosk, sub = topic.split("/")[2], topic.split("/")[3]
        doc = json.loads(msg.payload)  # type: ignore[attr-defined]
        with self.lock:
            if sub == "state":
                self.states += 1
                self.paper[kiosk] = (doc["devices"]["printer"]["paper"], now)
            elif sub == "status" and doc.get("online") is False:
                self.offline.setdefault(kiosk, now)
            elif sub == "acks":
                self.acks[doc["nonce"]] = now
            self.lock.notify_all()

    def wait(self, predicate: object, timeout: float) -> bool:
        with self.lock:
            return self.lock.wait_for(predicate, timeout)  # type: ignore[arg-type]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _process_cpu_s() -> float:
    t = os.times()
    return t.user + t.system


def run(n: int, events: int, commands: int, steady_s: float) -> dict[str, float]:
    from citysim.provisioning import ProvisioningAuthority
    from kiosk.fleet.commands import kiosk_target, make_command, sign_command
    from tests.kiosk.fleet.operators import operator
    from tests.kiosk.fleet.simkiosk import SimKiosk

    work = Path(tempfile.mkdtemp(prefix=f"fleet-bench-{n}-"))
    broker = Broker(work)
    city = ProvisioningAuthority(work / "city")
    alice = operator(city, "ops-alice")
    watcher = Watcher(broker.port)
    kiosks = [
        SimKiosk(
            f"k{i:04d}",
            f"Site {i % 20}",
            broker.port,
            city.ca_cert,
            work / f"k{i:04d}",
            keepalive_s=KEEPALIVE_S,
            heartbeat_s=60.0,
            sample_s=5.0,
            debounce_s=0.2,
        )
        for i in range(n)
    ]
    out: dict[str, float] = {}
    try:
        t0 = time.monotonic()
        for k in kiosks:
            k.start()
        if not watcher.wait(lambda: len(watcher.paper) >= n, 120):
            raise RuntimeError(f"only {len(watcher.paper)} of {n} kiosks published a state")
        out["connect_s"] = time.monotonic() - t0

        # steady state: kiosk-side and broker CPU, broker memory
        time.sleep(2.0)
        cpu0, bcpu0, w0 = _process_cpu_s(), broker.cpu_s(), time.monotonic()
        time.sleep(steady_s)
        wall = time.monotonic() - w0
        out["kiosk_cpu_pct_per_kiosk"] = 100 * (_process_cpu_s() - cpu0) / wall / n
        out["broker_cpu_steady_pct"] = 100 * (broker.cpu_s() - bcpu0) / wall
        out["broker_rss_mb"] = broker.rss_mb()

        # device event -> state seen at the subscriber (paced: 20 events/s across the fleet)
        bcpu1, w1 = broker.cpu_s(), time.monotonic()
        latencies: list[float] = []
        rng = random.Random(n)
        for _ in range(events):
            kiosk = kiosks[rng.randrange(n)]
            level = "low" if kiosk.paper == "ok" else "ok"
            sent = time.monotonic()
            kiosk.set_paper(level)
            name = kiosk.kiosk_id
            if watcher.wait(lambda: watcher.paper[name][0] == level, 10):  # noqa: B023
                latencies.append(watcher.paper[name][1] - sent)
            time.sleep(max(0.0, sent + 0.05 - time.monotonic()))
        out["state_p50_s"], out["state_p99_s"] = _pct(latencies, 0.5), _pct(latencies, 0.99)
        out["state_lost"] = events - len(latencies)

        # command round trip: sign -> publish -> verified, applied (lock file) -> ack seen
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

        ops = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
        ops.connect("127.0.0.1", broker.port, keepalive=60)
        ops.loop_start()
        round_trips: list[float] = []
        for _ in range(commands):
            kiosk = kiosks[rng.randrange(n)]
            name = "back_in_service" if kiosk.tamper.locked else "out_of_service"
            start = time.monotonic()
            signed = make_command(name, kiosk_target(kiosk.kiosk_id), now=time.time())
            envelope = sign_command(signed, alice.key, alice.cert)
            ops.publish(f"{PREFIX}/kiosks/{kiosk.kiosk_id}/cmd", envelope, 1)
            if watcher.wait(lambda: signed.nonce in watcher.acks, 10):  # noqa: B023
                round_trips.append(watcher.acks[signed.nonce] - start)
            time.sleep(max(0.0, start + 0.1 - time.monotonic()))
        ops.disconnect()
        ops.loop_stop()
        out["cmd_p50_s"], out["cmd_p99_s"] = _pct(round_trips, 0.5), _pct(round_trips, 0.99)
        out["cmd_lost"] = commands - len(round_trips)
        wall1 = time.monotonic() - w1
        out["broker_cpu_load_pct"] = 100 * (broker.cpu_s() - bcpu1) / wall1
        out["broker_rss_load_mb"] = broker.rss_mb()

        # dead kiosks: 3 frozen (link thread stopped, socket left open), 3 cut (FIN, no DISCONNECT)
        frozen, cut = kiosks[:3], kiosks[3:6]
        dropped_at: dict[str, float] = {}
        for k in frozen:
            k.telemetry.stop()
            k.link._client.loop_stop()  # the kiosk freezes: no ping, no FIN
            dropped_at[k.kiosk_id] = time.monotonic()
        for k in cut:
            k.telemetry.stop()
            dropped_at[k.kiosk_id] = time.monotonic()
            k.link._client.socket().shutdown(socket.SHUT_RDWR)
            k.link._client.loop_stop()
        names = list(dropped_at)
        watcher.wait(lambda: all(x in watcher.offline for x in names), 4 * KEEPALIVE_S)
        seen = {k: watcher.offline.get(k, float("inf")) - t for k, t in dropped_at.items()}
        out["dead_frozen_max_s"] = max(seen[k.kiosk_id] for k in frozen)
        out["dead_cut_max_s"] = max(seen[k.kiosk_id] for k in cut)
    finally:
        for k in kiosks:
            k.processor.close()
            k.telemetry.stop(1.0)
            k.link._client.loop_stop()  # fast teardown: the broker goes next anyway
        watcher.close()
        broker.stop()
        shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,200,500")
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--commands", type=int, default=100)
    parser.add_argument("--steady", type=float, default=10.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # 500 kiosks' info lines are not the benchmark
    if not (shutil.which("mosquitto") or Path("/usr/sbin/mosquitto").exists()):
        print("fleet: skipped (mosquitto not installed: apt-get install mosquitto)")
        return 0
    reset()
    for n in (int(x) for x in args.sizes.split(",")):
        r = run(n, args.events, args.commands, args.steady)
        print(
            f"fleet N={n}: connect {r['connect_s']:.1f} s | broker CPU steady "
            f"{r['broker_cpu_steady_pct']:.1f} % load {r['broker_cpu_load_pct']:.1f} %, RSS "
            f"{r['broker_rss_mb']:.1f}/{r['broker_rss_load_mb']:.1f} MB | state visible p50 "
            f"{r['state_p50_s'] * 1000:.0f} ms p99 {r['state_p99_s'] * 1000:.0f} ms "
            f"(lost {r['state_lost']:.0f}) | dead kiosk: frozen {r['dead_frozen_max_s']:.1f} s "
            f"(keep-alive {KEEPALIVE_S} s), cut {r['dead_cut_max_s']:.2f} s | command p50 "
            f"{r['cmd_p50_s'] * 1000:.0f} ms p99 {r['cmd_p99_s'] * 1000:.0f} ms "
            f"(lost {r['cmd_lost']:.0f}) | kiosk telemetry CPU "
            f"{r['kiosk_cpu_pct_per_kiosk']:.3f} % of a core per kiosk",
            flush=True,
        )
        if n == 500 or n == max(int(x) for x in args.sizes.split(",")):
            record(
                f"fleet N={n} state visible p99",
                f"{r['state_p99_s'] * 1000:.0f} ms",
                "<= 1000 ms",
                r["state_p99_s"] <= 1.0 and r["state_lost"] == 0,
            )
            record(
                f"fleet N={n} dead kiosk detected",
                f"{r['dead_frozen_max_s']:.1f} s",
                f"<= {1.5 * KEEPALIVE_S:.1f} s (1.5 x keep-alive)",
                r["dead_frozen_max_s"] <= 1.5 * KEEPALIVE_S,
            )
            record(
                f"fleet N={n} command round trip p99",
                f"{r['cmd_p99_s'] * 1000:.0f} ms",
                "<= 2000 ms",
                r["cmd_p99_s"] <= 2.0 and r["cmd_lost"] == 0,
            )
            record(
                f"fleet N={n} kiosk telemetry CPU",
                f"{r['kiosk_cpu_pct_per_kiosk']:.3f} % of a core",
                "<= 1 %",
                r["kiosk_cpu_pct_per_kiosk"] <= 1.0,
            )
            record(
                f"fleet N={n} broker",
                f"CPU {r['broker_cpu_load_pct']:.1f} %, RSS {r['broker_rss_load_mb']:.1f} MB",
                "informational",
                None,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
