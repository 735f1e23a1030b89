"""``kiosk diag fingerprint`` against the pty emulator."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kiosk.commands.diag_fingerprint import (
    EXIT_ABSENT,
    EXIT_OK,
    EXIT_SENSOR_ERROR,
    fingerprint,
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(fingerprint, [*args, "--capture", "0.3"])
    return result.exit_code, result.output


def test_emulated_sensor_reports_parameters_and_no_finger() -> None:
    code, out = run("--port", "emulated", "--json")
    assert code == EXIT_OK
    report = json.loads(out)
    assert report["handshake"] is True
    assert report["packet_size"] == 128 and report["baud"] == 57600
    assert report["capacity"] == 200 and report["security_level"] == 3
    assert report["capture"] == "no finger"


def test_text_output() -> None:
    code, out = run("--port", "emulated")
    assert code == EXIT_OK
    assert "capture test:   no finger" in out


def test_wrong_password_is_a_sensor_error() -> None:
    code, out = run("--port", "emulated", "--password", "0x1234")
    assert code == EXIT_SENSOR_ERROR
    assert "fingerprint.wrong_password" in out


def test_absent_port() -> None:
    code, out = run("--port", "/dev/nonexistent-fingerprint")
    assert code == EXIT_ABSENT
    assert "fingerprint.absent" in out
