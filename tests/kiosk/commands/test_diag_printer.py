"""``kiosk diag printer`` against the loopback network printer."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from drivers.printer import PaperLevel
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
