"""deploy/: the alert rules (promtool unit tests), the configs (promtool, amtool), routing by
site, and the whole chain on the real engines: a kiosk core's printer runs out of paper ->
telemetry -> mosquitto -> the fleet exporter -> Prometheus fires KioskPrinterPaperOut."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from citysim.provisioning import ProvisioningAuthority
from drivers.printer import PaperLevel
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.config import KioskConfig
from kiosk.fleet.exporter import FleetExporter
from kiosk.fleet.link import FleetLink, LinkSettings
from kiosk.fleet.metrics import (
    MetricsServer,
    file_sd_targets,
    kiosk_source,
    registry_for,
    server_ssl_context,
)
from kiosk.fleet.metrics import main as metrics_main
from kiosk.fleet.state import DeviceHealth, KioskState, read_state
from kiosk.fleet.telemetry import Telemetry, observe, resident_values_in
from tests.kiosk.fleet.engines import (
    AMTOOL,
    DEPLOY,
    PROMTOOL,
    Mosquitto,
    Prometheus,
    enrol_identity,
    mosquitto,
    printer_core,
    require,
    wait_for,
)

__all__ = ["mosquitto"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_promtool_unit_tests_of_the_alert_rules_pass() -> None:
    promtool = require(PROMTOOL, "prometheus")
    tests = sorted((DEPLOY / "prometheus/tests").glob("*.yml"))
    assert tests
    result = _run(promtool, "test", "rules", *map(str, tests))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout
    rules = _run(promtool, "check", "rules", str(DEPLOY / "prometheus/rules/kiosk.rules.yml"))
    assert rules.returncode == 0, rules.stdout + rules.stderr
    for name in (
        "KioskDown",
        "KioskPrinterPaperOut",
        "KioskPrinterPaperLow",
        "KioskQueueBacklog",
        "KioskDeadLetters",
        "KioskTamper",
        "KioskOutOfService",
        "KioskDiskLow",
        "KioskCrlStale",
    ):
        assert f"alert: {name}\n" in (DEPLOY / "prometheus/rules/kiosk.rules.yml").read_text()


def test_prometheus_config_is_valid_with_its_files_in_place(tmp_path: Path) -> None:
    """promtool checks the shipped config, with the /etc paths pointed at a temporary tree."""
    promtool = require(PROMTOOL, "prometheus")
    etc = tmp_path / "etc"
    (etc / "file_sd").mkdir(parents=True)
    (etc / "rules").mkdir()
    for name in ("city-ca.pem", "prometheus-cert.pem", "prometheus-key.pem"):
        (etc / name).write_text("placeholder\n", encoding="utf-8")
    (etc / "rules/kiosk.rules.yml").write_text(
        (DEPLOY / "prometheus/rules/kiosk.rules.yml").read_text(), encoding="utf-8"
    )
    inventory = tmp_path / "kiosks.json"
    inventory.write_text(
        json.dumps(
            [
                {"kiosk": "lib-01", "site": "Central Library", "metrics": "10.1.0.5:9808"},
                {"kiosk": "hall-01", "site": "City Hall"},  # behind NAT: the exporter's
            ]
        ),
        encoding="utf-8",
    )
    assert (
        metrics_main(
            ["targets", "--inventory", str(inventory), "--out", str(etc / "file_sd/kiosks.json")]
        )
        == 0
    )
    written = json.loads((etc / "file_sd/kiosks.json").read_text())
    assert written == [
        {"labels": {"kiosk": "lib-01", "site": "Central Library"}, "targets": ["10.1.0.5:9808"]}
    ]
    config = (DEPLOY / "prometheus/prometheus.yml").read_text().replace("/etc/prometheus", str(etc))
    (etc / "prometheus.yml").write_text(config, encoding="utf-8")
    result = _run(promtool, "check", "config", str(etc / "prometheus.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    example = json.loads((DEPLOY / "prometheus/file_sd/kiosks.example.json").read_text())
    assert example[0]["labels"]["kiosk"]
    with pytest.raises(ValueError):
        file_sd_targets([{"kiosk": "bad id", "site": "x", "metrics": "h:1"}])
    with pytest.raises(ValueError):
        file_sd_targets([{"kiosk": "k", "site": "x", "metrics": "no-port"}])
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert (
        metrics_main(["targets", "--inventory", str(bad), "--out", str(tmp_path / "o.json")]) == 2
    )


@pytest.mark.parametrize(
    ("labels", "receiver"),
    [
        (
            {"team": "desk", "site": "Central Library", "alertname": "KioskPrinterPaperOut"},
            "central-library-desk",
        ),
        (
            {"team": "desk", "site": "City Hall", "alertname": "KioskPrinterPaperLow"},
            "city-hall-desk",
        ),
        ({"team": "it", "site": "Central Library", "alertname": "KioskTamper"}, "it-security"),
        ({"team": "it", "site": "City Hall", "alertname": "KioskDown"}, "it"),
        ({"team": "desk", "site": "Annex", "alertname": "KioskPrinterPaperOut"}, "it"),
    ],
)
def test_alertmanager_routes_by_site_and_team(labels: dict[str, str], receiver: str) -> None:
    amtool = require(AMTOOL, "prometheus-alertmanager")
    config = str(DEPLOY / "alertmanager/alertmanager.yml")
    check = _run(amtool, "check-config", config)
    assert check.returncode == 0, check.stdout + check.stderr
    routed = _run(
        amtool,
        "config",
        "routes",
        "test",
        f"--config.file={config}",
        *(f"{k}={v}" for k, v in labels.items()),
    )
    assert routed.returncode == 0, routed.stderr
    assert routed.stdout.strip() == receiver


_CHILD = """
import sys, time
from kiosk.fleet.link import FleetLink, LinkSettings
link = FleetLink(LinkSettings(host="127.0.0.1", port=int(sys.argv[1]), kiosk_id="doomed",
                              prefix="city", allow_plain=True, keepalive_s=2))
link.start()
while not link.connected:
    time.sleep(0.01)
print("up", flush=True)
time.sleep(60)
"""


def _value(prometheus: Prometheus, query: str) -> str | None:
    data = httpx.get(f"{prometheus.url}/api/v1/query", params={"query": query}, timeout=5)
    result = data.json()["data"]["result"]
    return str(result[0]["value"][1]) if result else None


def _alerts(prometheus: Prometheus) -> list[dict[str, Any]]:
    response = httpx.get(f"{prometheus.url}/api/v1/alerts", timeout=5)
    return list(response.json()["data"]["alerts"])


@pytest.fixture
def emulator() -> Iterator[NetworkPrinterEmulator]:
    emu = NetworkPrinterEmulator().start()
    yield emu
    emu.close()


@pytest.mark.slow  # started first on an xdist worker (tests/conftest.py)
def test_paper_out_in_the_emulator_fires_the_prometheus_alert(
    demo_config: KioskConfig,
    emulator: NetworkPrinterEmulator,
    mosquitto: Mosquitto,
    tmp_path: Path,
) -> None:
    require(PROMTOOL, "prometheus")
    core = printer_core(demo_config, emulator.uri + "?profile=TM-T20II")
    kiosk = core.config.kiosk.id
    exporter = FleetExporter("127.0.0.1", mosquitto.port, "city", ("127.0.0.1", 0)).start()
    prometheus = Prometheus(tmp_path, [f"127.0.0.1:{exporter.port}"])
    link = FleetLink(
        LinkSettings(
            host="127.0.0.1",
            port=mosquitto.port,
            kiosk_id=kiosk,
            prefix="city",
            allow_plain=True,
            keepalive_s=2,
        )
    )
    started = time.monotonic()
    telemetry = Telemetry(
        link, lambda: read_state(core, started), leaks=resident_values_in(core.redactor)
    )
    observe(core, telemetry)
    link.add_connection_listener(telemetry.poke)
    try:
        prometheus.start()
        link.start()
        telemetry.start()

        def paper(level: str) -> bool:
            query = f'kiosk_printer_paper{{kiosk="{kiosk}",level="{level}"}}'
            return _value(prometheus, query) == "1"

        wait_for(lambda: paper("ok"), 20)  # the chain works before the fault
        assert not [
            a for a in _alerts(prometheus) if a["labels"]["alertname"] == "KioskPrinterPaperOut"
        ]
        fault = time.monotonic()
        emulator.printer.set_paper(PaperLevel.OUT)

        def firing() -> list[dict[str, Any]]:
            return [
                a
                for a in _alerts(prometheus)
                if a["labels"]["alertname"] == "KioskPrinterPaperOut" and a["state"] == "firing"
            ]

        wait_for(lambda: firing(), 20)
        took = time.monotonic() - fault
        [alert] = firing()
        assert alert["labels"]["kiosk"] == kiosk
        assert alert["labels"]["site"] == core.config.kiosk.site
        assert alert["labels"]["team"] == "desk"
        print(f"paper out -> alert firing in {took:.1f} s")
        # another kiosk process is killed -9: its Last-Will makes kiosk_up 0 in Prometheus
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(mosquitto.port)],
            stdout=subprocess.PIPE,
            cwd=DEPLOY.parent,
        )
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == b"up"
            wait_for(lambda: _value(prometheus, 'kiosk_up{kiosk="doomed"}') == "1", 15)
            child.kill()
            child.wait(5)
            wait_for(lambda: _value(prometheus, 'kiosk_up{kiosk="doomed"}') == "0", 15)
        finally:
            child.kill()
            child.wait(5)
            if child.stdout is not None:
                child.stdout.close()
    finally:
        telemetry.stop()
        link.stop()
        exporter.stop()
        prometheus.stop()
        core.close()


def test_exporter_unit_verifies_and_the_module_runs(tmp_path: Path) -> None:
    """deploy/prometheus/kiosk-fleet-exporter.service passes systemd-analyze verify (with this
    venv's python in place of the install path) and its ExecStart module has that CLI."""
    analyze = require("/usr/bin/systemd-analyze", "systemd")
    unit = (DEPLOY / "prometheus/kiosk-fleet-exporter.service").read_text(encoding="utf-8")
    local = tmp_path / "kiosk-fleet-exporter.service"
    local.write_text(
        unit.replace("/opt/ecitizen-kiosk/.venv/bin/python", str(Path(sys.executable).resolve())),
        encoding="utf-8",
    )
    result = _run(analyze, "verify", str(local))
    assert result.returncode == 0, result.stdout + result.stderr
    usage = _run(sys.executable, "-m", "kiosk.fleet.exporter", "--help")
    assert usage.returncode == 0
    for option in ("--broker", "--prefix", "--listen", "--ca", "--cert", "--key"):
        assert option in usage.stdout and option in unit


def test_shipped_scrape_config_reaches_a_kiosk_over_mutual_tls(tmp_path: Path) -> None:
    """The `kiosks` job of deploy/prometheus/prometheus.yml, as shipped (paths moved, interval
    shortened), scrapes a kiosk's HTTPS /metrics found through file_sd: Prometheus' TLS stack
    accepts the kiosk's server certificate, and the kiosk accepts Prometheus' client one."""
    require(PROMTOOL, "prometheus")
    authority = ProvisioningAuthority(tmp_path / "city")
    cert, key = authority.issue_server_certificate(["127.0.0.1"])
    server = MetricsServer(
        registry_for(kiosk_source(lambda: _paper_out_state())),
        "127.0.0.1",
        0,
        server_ssl_context(cert, key, authority.ca_cert_path),
    ).start()
    etc = tmp_path / "etc"
    (etc / "file_sd").mkdir(parents=True)
    (etc / "rules").mkdir()
    (etc / "rules/kiosk.rules.yml").write_text(
        (DEPLOY / "prometheus/rules/kiosk.rules.yml").read_text(), encoding="utf-8"
    )
    # a client certificate as the city CA issues them (clientAuth); Go's x509 cannot parse the
    # operator certificates' 2.25.<uuid> key usage, so Prometheus needs one of these
    scraper = enrol_identity(authority, tmp_path / "scraper", "prometheus")
    shutil.copy(authority.ca_cert_path, etc / "city-ca.pem")
    shutil.copy(scraper.cert_file, etc / "prometheus-cert.pem")
    shutil.copy(scraper.key_file, etc / "prometheus-key.pem")
    inventory = tmp_path / "kiosks.json"
    address = f"127.0.0.1:{server.port}"
    inventory.write_text(
        json.dumps([{"kiosk": "lib-01", "site": "Central Library", "metrics": address}]),
        encoding="utf-8",
    )
    assert (
        metrics_main(
            ["targets", "--inventory", str(inventory), "--out", str(etc / "file_sd/kiosks.json")]
        )
        == 0
    )
    config = (
        (DEPLOY / "prometheus/prometheus.yml")
        .read_text()
        .replace("/etc/prometheus", str(etc))
        .replace("scrape_interval: 30s", "scrape_interval: 1s")
        .replace("evaluation_interval: 30s", "evaluation_interval: 1s")
    )
    (etc / "prometheus.yml").write_text(config, encoding="utf-8")
    prometheus = Prometheus(tmp_path, [], config=etc / "prometheus.yml")
    try:
        prometheus.start()

        def scraped() -> bool:
            found = httpx.get(f"{prometheus.url}/api/v1/targets", timeout=5).json()
            kiosks = [t for t in found["data"]["activeTargets"] if t["labels"]["job"] == "kiosks"]
            errors.extend(t["lastError"] for t in kiosks if t["lastError"])
            return any(t["health"] == "up" for t in kiosks)

        errors: list[str] = []
        try:
            wait_for(scraped, 20)
        except AssertionError:
            raise AssertionError(f"kiosk not scraped: {errors[-3:]}") from None
        query = 'kiosk_printer_paper{job="kiosks",kiosk="lib-01",level="out"}'
        wait_for(lambda: _value(prometheus, query) == "1", 10)
        wait_for(
            lambda: any(
                a["labels"]["alertname"] == "KioskPrinterPaperOut" and a["state"] == "firing"
                for a in _alerts(prometheus)
            ),
            10,
        )
    finally:
        prometheus.stop()
        server.stop()


def _paper_out_state() -> KioskState:
    return KioskState(
        kiosk="lib-01",
        site="Central Library",
        version="0.1.0",
        mode="production",
        in_service=True,
        devices={"printer": DeviceHealth("error", "printer.paper_out", "out")},
        ts=time.time(),
    )
