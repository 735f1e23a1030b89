"""``kiosk diag all --json``: the technician report on the command line.

Issue #17: its gateway client and printer are built as the running kiosk builds them, so a
production kiosk's check does mutual TLS with the device certificate (against citysim requiring
client certificates) and the printer probe uses the configured profile (the network emulator).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from citysim import CitySim
from citysim.provisioning import ProvisioningAuthority
from drivers.printer.decoder import ImageBlock, QrCode
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.cli import main
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store
from tests.kiosk.test_production_run import KIOSK_ID, enrol_identity
from tests.offline_queue.test_damage import _non_utf8_report


def test_json_report_counts_without_contents(data_dir: Path) -> None:
    store = open_store(data_dir)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
        outbox.enqueue(backend="gateway", kind="report", payload={"text": "SECRET-CANARY-99"})
    finally:
        store.close()
    result = CliRunner().invoke(
        main,
        ["diag", "all", "--json", "--no-devices", "--data-dir", str(data_dir), "--timeout", "1"],
    )
    assert "SECRET-CANARY-99" not in result.output
    report = json.loads(result.output)
    assert report["checks"]["queue"]["counts"]["pending"] == 1
    assert report["checks"]["software"]["version"]
    assert "disk_free_mb" in report["checks"]["system"]
    assert result.exit_code in (0, 1, 2)
    assert result.exit_code == {"ok": 0, "warning": 1, "error": 2}.get(report["result"], 0)


def test_human_output(data_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["diag", "all", "--no-devices", "--data-dir", str(data_dir), "--timeout", "1"]
    )
    assert "queue" in result.output and "software" in result.output


def test_a_damaged_queue_is_reported_and_left_where_it_is(data_dir: Path) -> None:
    store = open_store(data_dir)
    store.close()
    _non_utf8_report(data_dir / "queue.db")
    before = (data_dir / "queue.db").read_bytes()
    result = CliRunner().invoke(
        main,
        ["diag", "all", "--json", "--no-devices", "--data-dir", str(data_dir), "--timeout", "1"],
    )
    report = json.loads(result.output)
    assert report["checks"]["queue"]["status"] == "error"
    assert report["checks"]["queue"]["key"] == "queue.damaged"
    # a status query never sets the file aside under the running kiosk (a kiosk start does)
    assert (data_dir / "queue.db").read_bytes() == before
    assert not list(data_dir.glob("queue.db.corrupt-*"))
    assert result.exit_code == 2


# --- issue #17: the back ends and the printer as the running kiosk builds them ---------------


@pytest.fixture
def authority(tmp_path: Path) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path / "city")


@pytest.fixture
def mtls_city(authority: ProvisioningAuthority) -> Iterator[CitySim]:
    """The gateway over HTTPS that refuses a handshake without a city client certificate."""
    context = authority.server_ssl_context(["127.0.0.1"], require_client_cert=True)
    with CitySim(open311_port=None, control_port=None, tls=context) as sim:
        yield sim


@pytest.fixture
def printer_emulator() -> Iterator[NetworkPrinterEmulator]:
    emulator = NetworkPrinterEmulator().start()
    yield emulator
    emulator.close()


def production_config(tmp_path: Path, city: CitySim, printer: str) -> Path:
    """A production kiosk.toml (mutual TLS to ``city``; the printer on TCP with a 58 mm profile);
    its data directory holds a queue the kiosk made."""
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    open_store(data_dir).close()
    host, port = city.sip2_address
    config = tmp_path / "kiosk.toml"
    config.write_text(
        "[kiosk]\n"
        f'id = "{KIOSK_ID}"\n'
        'site = "Central Library"\n'
        'mode = "production"\n'
        "[devices.card_reader]\n"
        'driver = "disabled"\n'
        "[devices.printer]\n"
        'driver = "escpos"\n'
        f'uri = "{printer}"\n'
        'profile = "POS-5890"\n'
        "[devices.camera]\n"
        'driver = "disabled"\n'
        "[backends]\n"
        f'gateway_url = "{city.gateway_url}"\n'
        f'open311_url = "{city.gateway_url}/open311/v2"\n'
        f'sip2_host = "{host}"\n'
        f"sip2_port = {port}\n"
        "sip2_plaintext_accepted_risk = true\n"
        "[paths]\n"
        f'data_dir = "{data_dir}"\n',
        encoding="utf-8",
    )
    return config


def diag_all_json(config: Path, credentials: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(
        main,
        ["diag", "all", "--json", "--config", str(config), "--timeout", "2", *args],
        env={"CREDENTIALS_DIRECTORY": str(credentials), "KIOSK_DATA_DIR": None},
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.output)


def test_production_gateway_over_mutual_tls_with_the_device_certificate(
    tmp_path: Path,
    authority: ProvisioningAuthority,
    mtls_city: CitySim,
    printer_emulator: NetworkPrinterEmulator,
) -> None:
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    enrol_identity(authority, credentials)
    config = production_config(tmp_path, mtls_city, printer_emulator.uri)
    _code, report = diag_all_json(config, credentials)
    backend = report["checks"]["backend"]
    assert backend["status"] == "ok" and backend["reachable"] is True, backend
    assert "tls" not in report["checks"]["alerts"]["problems"]
    # the kiosk's own queue, opened as it is (not a new one)
    assert report["checks"]["queue"]["status"] != "error", report["checks"]["queue"]


def test_production_without_a_device_certificate_says_tls(
    tmp_path: Path, mtls_city: CitySim, printer_emulator: NetworkPrinterEmulator
) -> None:
    credentials = tmp_path / "credentials"  # enrolment never happened: no device-cert/key
    credentials.mkdir(mode=0o700)
    config = production_config(tmp_path, mtls_city, printer_emulator.uri)
    code, report = diag_all_json(config, credentials, "--no-devices")
    backend = report["checks"]["backend"]
    assert backend["status"] == "error" and backend["key"] == "tls.not_enrolled", backend
    assert backend["reachable"] is False and backend["cause"] == "gateway.unavailable"
    assert "tls.not_enrolled" in report["checks"]["alerts"]["problems"]
    assert code == 2


def test_the_printer_probe_uses_the_configured_profile(
    tmp_path: Path,
    authority: ProvisioningAuthority,
    mtls_city: CitySim,
    printer_emulator: NetworkPrinterEmulator,
) -> None:
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    config = production_config(tmp_path, mtls_city, printer_emulator.uri)
    _code, report = diag_all_json(config, credentials)
    assert report["checks"]["printer"]["status"] == "ok"
    assert report["checks"]["printer"]["profile"] == "POS-5890"
    _code, report = diag_all_json(config, credentials, "--test-page")
    assert report["checks"]["printer"]["result"] == "printed", report["checks"]["printer"]
    page = printer_emulator.printer.pages[-1]
    # the 58 mm profile: its name on the page, the QR as an image (no QR engine), a full cut
    assert "Profile: POS-5890" in page.text_lines
    assert not any(isinstance(item, QrCode) for item in page.items)
    assert any(isinstance(item, ImageBlock) for item in page.items)
    assert page.qr_payloads and page.cut and not page.partial_cut
