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
* dead kiosk detection, two paths (docs/fleet.md "Dead kiosks"):
  - frozen: 10 kiosks whose link thread (and telemetry) stops at different points of their
    keep-alive period (no DISCONNECT, no FIN: the socket stays open) → the subscriber-side
    liveness rule (kiosk.fleet.liveness, fed by the exporter's own FleetView) says offline
    (p50, max); target ≤ 1.5 × keep-alive (5 s here). For comparison, when the broker's
    Last-Will for the same kiosks arrived: Debian's mosquitto 2.0.11 checks keep-alives
    coarsely (up to ~2.6 × keep-alive; fixed in 2.0.21, mosquitto issue #3138);
  - killed: 3 sockets shut down under the client (FIN, no DISCONNECT: what the kernel does for
    a kill -9) → the Last-Will, the fast path;
* command round-trip (p50/p99): the operator signs (ECDSA P-256) → publishes → the kiosk
  verifies (chain, role, expiry, target, durable nonce) → takes itself out of service (or back)
  → the ack is received;
* kiosk-side telemetry CPU: the worker processes' CPU time over a steady window / N (% of a
  core per kiosk; includes the paho loop, keep-alive pings, 5 s samples, state heartbeats and
  the liveness beats, one every keep-alive / 3).

Kiosks run :data:`PER_PROCESS` to a worker process (paho's select() caps one process near 1024
descriptors); the benchmark process holds the broker, the subscriber and the operator.

Prometheus is part of the run when /usr/bin/prometheus is installed: the real exporter
(``python -m kiosk.fleet.exporter``, its own process, subscribed to the broker) and a real
Prometheus scraping it every second with the shipped rules (deploy/prometheus/rules/, evaluated
every second; started by the fleet tests' helper, tests/kiosk/fleet/engines.py). Per N it adds:

* Prometheus and exporter CPU (% of one core, /proc/<pid>/stat) and RSS over the steady window;
* the exporter's scrape duration (``scrape_duration_seconds``, last and max over the window);
* the number of ``kiosk_up`` series Prometheus holds (must equal N);
* paper out on one kiosk → ``kiosk_printer_paper{level="out"} == 1`` answered by
  /api/v1/query, and → ``ALERTS{alertname="KioskPrinterPaperOut", alertstate="firing"}``
  (3 kiosks, max; polled every 50 ms).

Each N runs under a time limit (``--phase-timeout``); a phase that overruns is reported and
the next one starts. Needs /usr/sbin/mosquitto; prints a skip line without it.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from multiprocessing.connection import Connection
from pathlib import Path
from types import FrameType

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


def _pid_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process (from /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pid_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 0.2).close()
        return True
    except OSError:
        return False


PROMETHEUS = shutil.which("prometheus") or "/usr/bin/prometheus"


class Exporter:
    """The real fleet exporter in its own process (``python -m kiosk.fleet.exporter``)."""

    def __init__(self, broker_port: int, workdir: Path) -> None:
        self.port = _free_port()
        with (workdir / "exporter.log").open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "kiosk.fleet.exporter",
                    "--broker",
                    f"127.0.0.1:{broker_port}",
                    "--prefix",
                    PREFIX,
                    "--listen",
                    f"127.0.0.1:{self.port}",
                ],
                cwd=ROOT,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 20
        while not _port_open(self.port):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"the fleet exporter did not start (see {workdir})")
            time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


class PromQL:
    """Instant queries against Prometheus' HTTP API (/api/v1/query)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def query(self, expr: str) -> list[dict[str, object]]:
        q = urllib.parse.urlencode({"query": expr})
        with urllib.request.urlopen(f"{self.url}/api/v1/query?{q}", timeout=5) as resp:  # noqa: S310
            doc = json.loads(resp.read())
        if doc.get("status") != "success":
            raise RuntimeError(f"prometheus query failed: {doc.get('error')}")
        result: list[dict[str, object]] = doc["data"]["result"]
        return result

    def scalar(self, expr: str) -> float:
        """The first sample's value, NaN when the result is empty."""
        result = self.query(expr)
        if not result:
            return float("nan")
        value = result[0]["value"]
        assert isinstance(value, list)
        return float(value[1])

    def poll(self, expr: str, timeout: float, step_s: float = 0.05) -> float | None:
        """Monotonic time when ``expr`` first returned a non-empty result, None on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.query(expr):
                return time.monotonic()
            time.sleep(step_s)
        return None


class PhaseTimeout(Exception):
    """A benchmark phase ran past ``--phase-timeout``."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise PhaseTimeout


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
        return _pid_cpu_s(self.process.pid)

    def rss_mb(self) -> float:
        return _pid_rss_mb(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class Watcher:
    """An independent subscriber: state documents, presence and acks, with arrival times; the
    state and presence messages also feed the exporter's :class:`FleetView` (the liveness rule's
    real consumer)."""

    def __init__(self, port: int) -> None:
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

        from kiosk.fleet.exporter import FleetView

        self.view = FleetView(PREFIX)
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
        payload = bytes(msg.payload)  # type: ignore[attr-defined]
        if sub in ("state", "status"):
            self.view.handle(topic, payload, bool(msg.retain))  # type: ignore[attr-defined]
        doc = json.loads(payload)
        with self.lock:
            if sub == "state":
                self.states += 1
                self.paper[kiosk] = (doc["devices"]["printer"]["paper"], now)
            elif sub == "status" and doc.get("online") is False:
                self.offline.setdefault(kiosk, now)
            elif sub == "acks":
                self.acks[doc["nonce"]] = now
            self.lock.notify_all()

    def detect(self, names: list[str], timeout: float, step_s: float = 0.01) -> dict[str, float]:
        """When the liveness rule first said offline for each kiosk (monotonic; polled)."""
        from kiosk.fleet import liveness

        found: dict[str, float] = {}
        deadline = time.monotonic() + timeout
        while len(found) < len(names) and time.monotonic() < deadline:
            now = time.monotonic()
            with self.view._lock:
                for name in names:
                    entry = self.view.kiosks.get(name)
                    if (
                        name not in found
                        and entry is not None
                        and liveness.alive(entry.heard, now, self.view.started) is False
                    ):
                        found[name] = now
            time.sleep(step_s)
        return found

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


PER_PROCESS = 200
"""Kiosks per worker process: paho waits with select(), which takes descriptors below 1024, and
each kiosk holds two (its socket and the loop's wake-up pair) plus its files."""


def _worker(conn: Connection, names: list[str], port: int, ca_pem: bytes, work: str) -> None:
    """One process hosting many kiosks; obeys (verb, index) messages from the benchmark."""
    from cryptography import x509

    from tests.kiosk.fleet.simkiosk import SimKiosk

    logging.basicConfig(level=logging.ERROR)
    ca = x509.load_pem_x509_certificate(ca_pem)
    kiosks = [
        SimKiosk(
            name,
            f"Site {int(name[1:]) % 20}",
            port,
            ca,
            Path(work) / name,
            keepalive_s=KEEPALIVE_S,
            heartbeat_s=60.0,
            sample_s=5.0,
            debounce_s=0.2,
        )
        for name in names
    ]
    for k in kiosks:
        k.start()
    while True:
        verb, index = conn.recv()
        if verb == "stop":
            break
        if verb == "cpu":
            conn.send(_process_cpu_s())
        elif verb == "paper":
            kiosk = kiosks[index]
            kiosk.set_paper("low" if kiosk.paper == "ok" else "ok")
            conn.send(kiosk.paper)
        elif verb == "paper_out":
            kiosks[index].set_paper("out")
            conn.send(kiosks[index].paper)
        elif verb == "freeze":  # the kiosk hangs: no ping, no FIN
            kiosks[index].telemetry.stop()
            kiosks[index].link._client.loop_stop()
            conn.send(True)
        elif verb == "cut":  # the connection goes, without DISCONNECT
            kiosks[index].telemetry.stop()
            kiosks[index].link._client.socket().shutdown(socket.SHUT_RDWR)
            kiosks[index].link._client.loop_stop()
            conn.send(True)
    for k in kiosks:
        k.processor.close()
        k.telemetry.stop(1.0)
        k.link._client.loop_stop()  # fast teardown: the broker goes next anyway
    conn.send(True)


class Fleet:
    """N kiosks in ceil(N / PER_PROCESS) worker processes."""

    def __init__(self, n: int, port: int, ca_pem: bytes, work: Path) -> None:
        self.names = [f"k{i:04d}" for i in range(n)]
        ctx = multiprocessing.get_context("fork")  # before any thread of this process
        self.pipes: list[Connection] = []
        self.procs: list[multiprocessing.process.BaseProcess] = []
        for start in range(0, n, PER_PROCESS):
            ours, theirs = ctx.Pipe()
            names = self.names[start : start + PER_PROCESS]
            proc = ctx.Process(target=_worker, args=(theirs, names, port, ca_pem, str(work)))
            proc.start()
            self.pipes.append(ours)
            self.procs.append(proc)

    def ask(self, verb: str, kiosk: int) -> object:
        pipe = self.pipes[kiosk // PER_PROCESS]
        pipe.send((verb, kiosk % PER_PROCESS))
        return pipe.recv()

    def cpu_s(self) -> float:
        total = 0.0
        for pipe in self.pipes:
            pipe.send(("cpu", 0))
            total += float(pipe.recv())
        return total

    def stop(self) -> None:
        for pipe in self.pipes:
            pipe.send(("stop", 0))
        for pipe, proc in zip(self.pipes, self.procs, strict=True):
            pipe.recv()
            proc.join(30)


def run(n: int, events: int, commands: int, steady_s: float, prom: bool) -> dict[str, float]:
    import paho.mqtt.client as mqtt
    from cryptography.hazmat.primitives import serialization
    from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

    from citysim.provisioning import ProvisioningAuthority
    from kiosk.fleet.commands import kiosk_target, make_command, sign_command
    from tests.kiosk.fleet.operators import operator

    work = Path(tempfile.mkdtemp(prefix=f"fleet-bench-{n}-"))
    broker = Broker(work)
    exporter = Exporter(broker.port, work) if prom else None
    city = ProvisioningAuthority(work / "city")
    alice = operator(city, "ops-alice")
    t0 = time.monotonic()
    fleet = Fleet(n, broker.port, city.ca_cert.public_bytes(serialization.Encoding.PEM), work)
    watcher = Watcher(broker.port)
    prometheus = None
    out: dict[str, float] = {}
    try:
        if not watcher.wait(lambda: len(watcher.paper) >= n, 120):
            raise RuntimeError(f"only {len(watcher.paper)} of {n} kiosks published a state")
        out["connect_s"] = time.monotonic() - t0

        api: PromQL | None = None
        if exporter is not None:
            # after the fork: the fleet tests' helper (1 s scrape and evaluation, shipped rules)
            from tests.kiosk.fleet.engines import Prometheus

            (work / "prometheus").mkdir()
            prometheus = Prometheus(work / "prometheus", [f"127.0.0.1:{exporter.port}"])
            prometheus.start()
            api = PromQL(prometheus.url)
            # every kiosk up in Prometheus (kiosk_up == 1 for all N) before the steady window
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if api.scalar("sum(kiosk_up)") >= n:
                        break
                except OSError:
                    pass  # not serving yet
                time.sleep(0.2)
            out["prom_ready_s"] = time.monotonic() - t0

        # steady state: kiosk-side and broker CPU, broker memory (and Prometheus, exporter)
        time.sleep(2.0)
        cpu0, bcpu0, w0 = fleet.cpu_s(), broker.cpu_s(), time.monotonic()
        if exporter is not None and prometheus is not None and prometheus.process is not None:
            ppid, epid = prometheus.process.pid, exporter.process.pid
            pcpu0, ecpu0 = _pid_cpu_s(ppid), _pid_cpu_s(epid)
        time.sleep(steady_s)
        wall = time.monotonic() - w0
        out["kiosk_cpu_pct_per_kiosk"] = 100 * (fleet.cpu_s() - cpu0) / wall / n
        out["broker_cpu_steady_pct"] = 100 * (broker.cpu_s() - bcpu0) / wall
        out["broker_rss_mb"] = broker.rss_mb()
        if api is not None:
            out["prom_cpu_pct"] = 100 * (_pid_cpu_s(ppid) - pcpu0) / wall
            out["prom_rss_mb"] = _pid_rss_mb(ppid)
            out["exporter_cpu_pct"] = 100 * (_pid_cpu_s(epid) - ecpu0) / wall
            out["exporter_rss_mb"] = _pid_rss_mb(epid)
            job = 'job="kiosk-fleet-exporter"'
            window = f"{max(1, round(steady_s))}s"
            out["scrape_s"] = api.scalar(f"scrape_duration_seconds{{{job}}}")
            out["scrape_max_s"] = api.scalar(
                f"max_over_time(scrape_duration_seconds{{{job}}}[{window}])"
            )
            out["kiosk_up_series"] = api.scalar("count(kiosk_up)")

        # device event -> state seen at the subscriber (paced: 20 events/s across the fleet)
        bcpu1, w1 = broker.cpu_s(), time.monotonic()
        latencies: list[float] = []
        rng = random.Random(n)
        for _ in range(events):
            index = rng.randrange(n)
            name = fleet.names[index]
            sent = time.monotonic()
            level = fleet.ask("paper", index)
            if watcher.wait(lambda: watcher.paper[name][0] == level, 10):  # noqa: B023
                latencies.append(watcher.paper[name][1] - sent)
            time.sleep(max(0.0, sent + 0.05 - time.monotonic()))
        out["state_p50_s"], out["state_p99_s"] = _pct(latencies, 0.5), _pct(latencies, 0.99)
        out["state_lost"] = events - len(latencies)

        # command round trip: sign -> publish -> verified, applied (lock file) -> ack seen
        ops = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
        ops.connect("127.0.0.1", broker.port, keepalive=60)
        ops.loop_start()
        locked: set[str] = set()
        round_trips: list[float] = []
        for _ in range(commands):
            name = fleet.names[rng.randrange(n)]
            verb = "back_in_service" if name in locked else "out_of_service"
            locked ^= {name}
            start = time.monotonic()
            signed = make_command(verb, kiosk_target(name), now=time.time())
            envelope = sign_command(signed, alice.key, alice.cert)
            ops.publish(f"{PREFIX}/kiosks/{name}/cmd", envelope, 1)
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

        # paper out -> the metric, then the alert, answered by Prometheus' query API (3 kiosks
        # not touched by the dead-kiosk phase below; scrape and rule evaluation every 1 s)
        if api is not None:
            to_metric: list[float] = []
            to_alert: list[float] = []
            for index in (n - 1, n - 2, n - 3):
                name = fleet.names[index]
                sent = time.monotonic()
                fleet.ask("paper_out", index)
                seen = api.poll(f'kiosk_printer_paper{{kiosk="{name}",level="out"}} == 1', 15)
                fired = api.poll(
                    f'ALERTS{{alertname="KioskPrinterPaperOut",kiosk="{name}",'
                    'alertstate="firing"}',
                    15,
                )
                to_metric.append(float("inf") if seen is None else seen - sent)
                to_alert.append(float("inf") if fired is None else fired - sent)
            out["paper_metric_max_s"], out["paper_alert_max_s"] = max(to_metric), max(to_alert)
            out["paper_metric_p50_s"] = _pct(to_metric, 0.5)
            out["paper_alert_p50_s"] = _pct(to_alert, 0.5)
            out["kiosk_up_series_end"] = api.scalar("count(kiosk_up)")

        # dead kiosks: 10 frozen at different points of their keep-alive period (link thread
        # and telemetry stopped, socket left open), 3 killed (FIN, no DISCONNECT). The time of
        # the drop is taken before asking: the worker stops the kiosk's telemetry first (no beat
        # after that), then joins its paho thread (up to the loop's 1 s select: not counted).
        dropped_at: dict[str, float] = {}
        plan = ["freeze"] * 10 + ["cut"] * 3
        names = [fleet.names[index] for index in range(len(plan))]
        found: dict[str, float] = {}
        detector = threading.Thread(
            target=lambda: found.update(watcher.detect(names, 6 * KEEPALIVE_S + 5))
        )
        detector.start()
        for index, verb in enumerate(plan):
            dropped_at[fleet.names[index]] = time.monotonic()
            fleet.ask(verb, index)
            time.sleep(KEEPALIVE_S / 10)
        watcher.wait(lambda: all(x in watcher.offline for x in names), 5 * KEEPALIVE_S)
        detector.join()
        rule = {k: found.get(k, float("inf")) - t for k, t in dropped_at.items()}
        will = {k: watcher.offline.get(k, float("inf")) - t for k, t in dropped_at.items()}
        frozen = [rule[k] for k in names[:10]]
        out["dead_frozen_p50_s"] = _pct(frozen, 0.5)
        out["dead_frozen_max_s"] = max(frozen)
        out["will_frozen_p50_s"] = _pct([will[k] for k in names[:10]], 0.5)
        out["will_frozen_max_s"] = max(will[k] for k in names[:10])
        out["dead_cut_max_s"] = max(will[k] for k in names[10:])
        out["rule_cut_max_s"] = max(rule[k] for k in names[10:])
    finally:
        signal.alarm(0)  # the teardown is not timed out (it joins the workers itself)
        fleet.stop()
        watcher.close()
        if prometheus is not None:
            prometheus.stop()
        if exporter is not None:
            exporter.stop()
        broker.stop()
        shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,200,500")
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--commands", type=int, default=100)
    parser.add_argument("--steady", type=float, default=10.0)
    parser.add_argument(
        "--phase-timeout", type=int, default=300, help="seconds allowed per N (then the next N)"
    )
    parser.add_argument("--no-prometheus", action="store_true", help="MQTT only")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # 500 kiosks' info lines are not the benchmark
    if not (shutil.which("mosquitto") or Path("/usr/sbin/mosquitto").exists()):
        print("fleet: skipped (mosquitto not installed: apt-get install mosquitto)")
        return 0
    prom = not args.no_prometheus and Path(PROMETHEUS).exists()
    if not prom:
        print("fleet: Prometheus part skipped (--no-prometheus, or apt-get install prometheus)")
    reset()
    signal.signal(signal.SIGALRM, _alarm)
    for n in (int(x) for x in args.sizes.split(",")):
        signal.alarm(args.phase_timeout)
        try:
            r = run(n, args.events, args.commands, args.steady, prom)
        except PhaseTimeout:
            print(f"fleet N={n}: TIMED OUT after {args.phase_timeout} s (phase abandoned)")
            record(f"fleet N={n}", "timed out", f"<= {args.phase_timeout} s", False)
            continue
        finally:
            signal.alarm(0)
        print(
            f"fleet N={n}: connect {r['connect_s']:.1f} s | broker CPU steady "
            f"{r['broker_cpu_steady_pct']:.1f} % load {r['broker_cpu_load_pct']:.1f} %, RSS "
            f"{r['broker_rss_mb']:.1f}/{r['broker_rss_load_mb']:.1f} MB | state visible p50 "
            f"{r['state_p50_s'] * 1000:.0f} ms p99 {r['state_p99_s'] * 1000:.0f} ms "
            f"(lost {r['state_lost']:.0f}) | dead kiosk (keep-alive {KEEPALIVE_S} s): frozen, "
            f"liveness rule p50 {r['dead_frozen_p50_s']:.2f} s max {r['dead_frozen_max_s']:.2f} s "
            f"(broker's Last-Will p50 {r['will_frozen_p50_s']:.1f} s max "
            f"{r['will_frozen_max_s']:.1f} s); killed, Last-Will max {r['dead_cut_max_s']:.2f} s "
            f"(rule {r['rule_cut_max_s']:.2f} s) | command p50 "
            f"{r['cmd_p50_s'] * 1000:.0f} ms p99 {r['cmd_p99_s'] * 1000:.0f} ms "
            f"(lost {r['cmd_lost']:.0f}) | kiosk telemetry CPU "
            f"{r['kiosk_cpu_pct_per_kiosk']:.3f} % of a core per kiosk",
            flush=True,
        )
        if prom:
            print(
                f"fleet N={n} Prometheus: CPU {r['prom_cpu_pct']:.1f} % RSS "
                f"{r['prom_rss_mb']:.0f} MB | exporter CPU {r['exporter_cpu_pct']:.1f} % RSS "
                f"{r['exporter_rss_mb']:.0f} MB | scrape {r['scrape_s'] * 1000:.0f} ms (max "
                f"{r['scrape_max_s'] * 1000:.0f} ms) | kiosk_up series "
                f"{r['kiosk_up_series']:.0f}/{n} | paper out -> metric in API p50 "
                f"{r['paper_metric_p50_s']:.2f} s max {r['paper_metric_max_s']:.2f} s, -> "
                f"KioskPrinterPaperOut firing p50 {r['paper_alert_p50_s']:.2f} s max "
                f"{r['paper_alert_max_s']:.2f} s (scrape and evaluation every 1 s)",
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
                f"fleet N={n} dead kiosk detected (frozen: liveness rule)",
                f"{r['dead_frozen_max_s']:.2f} s",
                f"<= {1.5 * KEEPALIVE_S:.1f} s (1.5 x keep-alive)",
                r["dead_frozen_max_s"] <= 1.5 * KEEPALIVE_S,
            )
            record(
                f"fleet N={n} dead kiosk detected (killed: Last-Will)",
                f"{r['dead_cut_max_s']:.2f} s",
                f"<= {1.5 * KEEPALIVE_S:.1f} s (1.5 x keep-alive)",
                r["dead_cut_max_s"] <= 1.5 * KEEPALIVE_S,
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
            if prom:
                record(
                    f"fleet N={n} kiosk_up series in Prometheus",
                    f"{r['kiosk_up_series']:.0f}",
                    f"== {n}",
                    r["kiosk_up_series"] == n and r["kiosk_up_series_end"] == n,
                )
                record(
                    f"fleet N={n} paper out -> KioskPrinterPaperOut firing (max of 3)",
                    f"{r['paper_alert_max_s']:.2f} s",
                    "<= 5 s (1 s scrape + 1 s evaluation)",
                    r["paper_alert_max_s"] <= 5.0,
                )
                record(
                    f"fleet N={n} Prometheus + exporter",
                    f"Prometheus CPU {r['prom_cpu_pct']:.1f} % RSS {r['prom_rss_mb']:.0f} MB, "
                    f"exporter CPU {r['exporter_cpu_pct']:.1f} % RSS "
                    f"{r['exporter_rss_mb']:.0f} MB, scrape {r['scrape_max_s'] * 1000:.0f} ms",
                    "informational",
                    None,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
