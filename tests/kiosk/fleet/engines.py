"""The real engines for the fleet tests: Debian ``mosquitto`` (and ``prometheus``) on loopback.

Each fixture skips with a clear message when its binary is absent (``scripts/setup.sh``
installs them). Brokers run from a temporary config on a free port; ``restart()`` keeps the
port so clients can reconnect.
"""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from citysim.provisioning import ProvisioningAuthority
from kiosk.config import KioskConfig
from kiosk.runtime.app import KioskCore
from kiosk.security.tls import TlsIdentity
from provisioning.csr import build_csr
from provisioning.files import ensure_dir, write_file
from provisioning.keystore import FileKeyStore
from provisioning.layout import KioskLayout

MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
PROMETHEUS = shutil.which("prometheus") or "/usr/bin/prometheus"
PROMTOOL = shutil.which("promtool") or "/usr/bin/promtool"
AMTOOL = shutil.which("amtool") or "/usr/bin/amtool"


def require(binary: str, package: str) -> str:
    if not Path(binary).exists():
        pytest.skip(
            f"{Path(binary).name} not installed (apt-get install {package}; scripts/setup.sh)"
        )
    return binary


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(
    condition: Callable[[], object], timeout_s: float = 10.0, step_s: float = 0.02
) -> None:
    """Polls ``condition`` (an external process's state has no signal to wait on)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(step_s)
    raise AssertionError(f"condition not met within {timeout_s} s")


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


class Mosquitto:
    def __init__(self, workdir: Path, port: int | None = None, extra: str = "") -> None:
        self.binary = require(MOSQUITTO, "mosquitto")
        self.port = port or free_port()
        self.workdir = workdir
        self.conf = workdir / "mosquitto.conf"
        self.conf.write_text(
            f"listener {self.port} 127.0.0.1\n"
            # as root, mosquitto would drop to the mosquitto user, who cannot read tmp_path
            f"user {getpass.getuser()}\n"
            + (extra or "allow_anonymous true\n")
            + "persistence false\n"
            "log_dest stderr\n"
            "log_type error\n"
            "log_type warning\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with (self.workdir / "mosquitto.log").open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "-c", str(self.conf)], stderr=log, stdout=log
            )
        wait_for(lambda: _port_open(self.port), 10.0)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture
def mosquitto(tmp_path: Path) -> Iterator[Mosquitto]:
    broker = Mosquitto(tmp_path)
    broker.start()
    yield broker
    broker.stop()


class Subscriber:
    """An independent MQTT 5 client (plain paho, not the code under test) recording messages."""

    def __init__(self, port: int, topic_filter: str = "#") -> None:
        import threading

        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

        self.messages: list[tuple[str, bytes, bool]] = []
        self._cond = threading.Condition()
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
        self.client.on_message = self._on_message
        self.ready = threading.Event()  # subscribed (SUBACK received)
        self.client.on_connect = lambda c, *_: c.subscribe(topic_filter, 1)
        self.client.on_subscribe = lambda *_: self.ready.set()
        self.client.reconnect_delay_set(1, 1)
        self.client.connect("127.0.0.1", port, keepalive=5)
        self.client.loop_start()

    def _on_message(self, _c: object, _u: object, msg: object) -> None:
        with self._cond:
            self.messages.append((msg.topic, bytes(msg.payload), bool(msg.retain)))  # type: ignore[attr-defined]
            self._cond.notify_all()

    def wait(
        self, predicate: Callable[[str, bytes, bool], bool], timeout_s: float = 10.0
    ) -> tuple[str, bytes, bool]:
        """The first message (recorded so far or later) matching ``predicate``."""
        with self._cond:
            found: list[tuple[str, bytes, bool]] = []

            def match() -> bool:
                found[:] = [m for m in self.messages if predicate(*m)]
                return bool(found)

            if not self._cond.wait_for(match, timeout_s):
                raise AssertionError(f"no matching message within {timeout_s} s")
            return found[0]

    def matching(
        self, predicate: Callable[[str, bytes, bool], bool]
    ) -> list[tuple[str, bytes, bool]]:
        with self._cond:
            return [m for m in self.messages if predicate(*m)]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def wait_flushed(port: int, predicate: Callable[[str, bytes, bool], bool]) -> None:
    """Wait until the broker has a message matching ``predicate`` (seen live or retained).

    A subscriber that arrives before a publisher has flushed its retained message gets it
    live, with the retain flag off (MQTT 3.1.1 section 3.3.1.3); a test of what the broker
    *retained* subscribes only after this."""
    probe = Subscriber(port, "#")
    try:
        probe.wait(predicate)
    finally:
        probe.close()


def printer_core(demo_config: KioskConfig, printer_uri: str) -> KioskCore:
    """A real kiosk core (offline city, real queue in the fresh data dir) with a network
    printer emulator as its printer; started."""
    from kiosk.config import shell_only, with_devices
    from kiosk.runtime.app import build_core

    config = with_devices(shell_only(demo_config), printer={"driver": "escpos", "uri": printer_uri})
    core = build_core(config)
    core.start()
    return core


DEPLOY = Path(__file__).resolve().parents[3] / "deploy"


class Prometheus:
    """Debian ``prometheus`` on loopback scraping ``targets`` every second with the shipped
    alert rules evaluated every second."""

    def __init__(self, workdir: Path, targets: list[str], config: Path | None = None) -> None:
        self.binary = require(PROMETHEUS, "prometheus")
        self.port = free_port()
        self.workdir = workdir
        if config is not None:  # a prepared configuration (e.g. the shipped one)
            self.config = config
            self.process: subprocess.Popen[bytes] | None = None
            return
        rules = workdir / "kiosk.rules.yml"
        rules.write_text(
            (DEPLOY / "prometheus/rules/kiosk.rules.yml").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        config = workdir / "prometheus.yml"
        config.write_text(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
            f"rule_files: [{rules}]\n"
            "scrape_configs:\n  - job_name: kiosk-fleet-exporter\n    honor_labels: true\n"
            f"    static_configs:\n      - targets: {targets!r}\n",
            encoding="utf-8",
        )
        self.config = config
        self.process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with (self.workdir / "prometheus.log").open("ab") as log:
            self.process = subprocess.Popen(
                [
                    self.binary,
                    f"--config.file={self.config}",
                    f"--storage.tsdb.path={self.workdir / 'data'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=log,
            )
        wait_for(lambda: _port_open(self.port), 20.0)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None


def enrol_identity(authority: ProvisioningAuthority, root: Path, kiosk_id: str) -> TlsIdentity:
    """A kiosk identity issued the way enrolment issues it (CN = kiosk id, city CA)."""
    layout = KioskLayout(root)
    keys = FileKeyStore(layout.device_key)
    keys.generate()
    result = authority.enrol(authority.issue_token(), build_csr(keys, kiosk_id, "Central"))
    ensure_dir(layout.identity_dir, 0o700)
    write_file(layout.device_cert, result["cert_pem"].encode(), 0o644)
    write_file(layout.city_ca, result["ca_pem"].encode(), 0o644)
    return TlsIdentity.from_layout(layout)
