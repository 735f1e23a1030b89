"""``kiosk diag printer`` against the loopback network printer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from drivers.printer import PaperLevel
from drivers.printer.decoder import ImageBlock, QrCode
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.commands.diag_printer import (
    EXIT_OFFLINE,
    EXIT_OK,
    EXIT_PAPER_OR_ERROR,
    EXIT_UNKNOWN,
    printer,
)


@pytest.fixture
def emu() -> Iterator[NetworkPrinterEmulator]:
    e = NetworkPrinterEmulator().start()
    yield e
    e.close()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(printer, [*args, "--timeout", "1"])
    return result.exit_code, result.output


def test_status_fields(emu: NetworkPrinterEmulator) -> None:
    code, out = run("--uri", emu.uri)
    assert code == EXIT_OK
    assert "state:        ready" in out and "paper:        ok" in out


def test_json_and_test_page_with_a_qr(emu: NetworkPrinterEmulator) -> None:
    code, out = run("--uri", emu.uri + "?profile=TM-T20II", "--test-page", "--json")
    report = json.loads(out)
    assert code == EXIT_OK and report["test_page"]["result"] == "printed"
    assert report["status"]["online"] is True and report["profile"] == "TM-T20II"
    page = emu.printer.pages[-1]
    assert "Printer test page" in page.text_lines
    (payload,) = page.qr_payloads
    assert payload.startswith("KIOSK-PRINTER-TEST:") and payload in page.text_lines


def test_near_end_is_still_ok(emu: NetworkPrinterEmulator) -> None:
    emu.printer.set_paper(PaperLevel.NEAR_END)
    code, out = run("--uri", emu.uri, "--json")
    assert code == EXIT_OK and json.loads(out)["status"]["paper_near_end"] is True


def test_paper_out_is_non_zero(emu: NetworkPrinterEmulator) -> None:
    emu.printer.set_paper(PaperLevel.OUT)
    code, out = run("--uri", emu.uri, "--json", "--test-page")
    report = json.loads(out)
    assert code == EXIT_PAPER_OR_ERROR
    assert report["status"]["paper_out"] is True and report["test_page"]["result"] == "paper_out"
    assert emu.printer.pages == ()


def test_offline_is_non_zero() -> None:
    code, out = run("--uri", "tcp://127.0.0.1:9", "--json")
    report = json.loads(out)
    assert code == EXIT_OFFLINE and report["state"] == "absent"
    assert report["problem"] == "printer.not_found"


def test_printer_without_status_is_unknown(emu: NetworkPrinterEmulator) -> None:
    emu.printer.answers_status = False
    code, out = run("--uri", emu.uri)
    assert code == EXIT_UNKNOWN and "no (status unknown)" in out


def test_bad_uri() -> None:
    code, out = run("--uri", "lpt://1")
    assert code == 2 and "unsupported printer URI" in out


def kiosk_toml(tmp_path: Path, printer: str) -> Path:
    """A kiosk configuration whose printer is ``printer`` with the 58 mm profile."""
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[kiosk]\nid = "T-01"\nsite = "Test"\nmode = "demo"\n'
        f'[devices.printer]\nuri = "{printer}"\nprofile = "POS-5890"\n'
        f'[paths]\ndata_dir = "{tmp_path / "data"}"\n',
        encoding="utf-8",
    )
    return config


def test_the_configured_printer_is_probed_with_its_profile(
    emu: NetworkPrinterEmulator, tmp_path: Path
) -> None:
    """#17: without --uri, the kiosk's printer as the kiosk builds it: URI and profile from the
    configuration (the 58 mm profile: the QR as an image, a full cut)."""
    code, out = run("--config", str(kiosk_toml(tmp_path, emu.uri)), "--test-page", "--json")
    report = json.loads(out)
    assert code == EXIT_OK and report["profile"] == "POS-5890"
    page = emu.printer.pages[-1]
    assert "Profile: POS-5890" in page.text_lines
    assert not any(isinstance(item, QrCode) for item in page.items)
    assert any(isinstance(item, ImageBlock) for item in page.items)
    assert page.qr_payloads and page.cut and not page.partial_cut


def test_profile_option_and_uri_profile(emu: NetworkPrinterEmulator, tmp_path: Path) -> None:
    config = str(kiosk_toml(tmp_path, emu.uri))
    _code, out = run("--config", config, "--profile", "TM-T20II", "--json")
    assert json.loads(out)["profile"] == "TM-T20II"
    _code, out = run("--config", config, "--uri", emu.uri + "?profile=TM-T88", "--json")
    assert json.loads(out)["profile"] == "TM-T88"


def test_unknown_profile_is_refused_in_one_line(emu: NetworkPrinterEmulator) -> None:
    code, out = run("--uri", emu.uri, "--profile", "TM-9999")
    assert code == 2 and "unknown printer profile 'TM-9999'" in out
    assert "Traceback" not in out
