"""kiosk/runtime/devices.py: the device factories the composition root and the technician commands
share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.device import DeviceState
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.config import PrinterSection
from kiosk.runtime.devices import camera_grabber, check_printer_uri, printer_device, printer_uri
from tests.drivers.camera.camera_testimages import ASTRONAUT


@pytest.mark.parametrize(
    ("uri", "profile", "expected"),
    [
        ("usb://auto", "default", "usb://auto"),
        ("usb://auto", "TM-T20II", "usb://auto?profile=TM-T20II"),
        (
            "serial:///dev/ttyS0?baudrate=19200",
            "generic-80",
            "serial:///dev/ttyS0?baudrate=19200&profile=generic-80",
        ),
        ("tcp://printer:9100?profile=TM-T20", "generic-80", "tcp://printer:9100?profile=TM-T20"),
    ],
)
def test_the_printer_uri_carries_the_configured_profile(
    uri: str, profile: str, expected: str
) -> None:
    assert printer_uri(PrinterSection(uri=uri, profile=profile)) == expected


@pytest.fixture
def emulator() -> Iterator[NetworkPrinterEmulator]:
    emu = NetworkPrinterEmulator().start()
    yield emu
    emu.close()


def test_the_kiosk_printer_uses_the_configured_profile(emulator: NetworkPrinterEmulator) -> None:
    section = PrinterSection(uri=emulator.uri, profile="TM-T20II")
    with printer_device(printer_uri(section)) as service:
        service.refresh_status(timeout=5)
        assert service.state is DeviceState.READY
        assert service.profile is not None and service.profile.name == "TM-T20II"


def test_a_probe_answers_within_its_timeout(emulator: NetworkPrinterEmulator) -> None:
    with printer_device(emulator.uri, probe_timeout=1.0) as service:
        status = service.refresh_status(timeout=9)
        assert service.state is DeviceState.READY and status.responded


def test_a_camera_grabber_on_an_image_source_gives_frames() -> None:
    with camera_grabber(str(ASTRONAUT), backoff=(1.0, 1.0)) as grabber:
        frame = grabber.wait_frame(0, timeout=5)
        assert frame is not None and (frame.width, frame.height) == (512, 512)


def test_a_printer_uri_with_an_unknown_profile_is_refused_before_a_thread_meets_it() -> None:
    check_printer_uri("tcp://127.0.0.1:9100?profile=POS-5890")
    with pytest.raises(ValueError, match="unknown printer profile"):
        check_printer_uri(printer_uri(PrinterSection(uri="tcp://127.0.0.1:9100", profile="X-1")))


def test_a_kiosk_configured_with_an_unknown_printer_profile_starts_without_the_printer(
    tmp_path: Path,
) -> None:
    from kiosk.config import load_demo_config, shell_only, with_devices
    from kiosk.diagnostics.text import advice, is_specific
    from kiosk.runtime.app import build_core

    config = with_devices(
        shell_only(load_demo_config(tmp_path / "data")),
        printer={"driver": "escpos", "uri": "tcp://127.0.0.1:9", "profile": "NO-SUCH-MODEL"},
    )
    core = build_core(config)
    try:
        core.start()  # no printer thread dies with a traceback: the kiosk starts and says why
        # the core holds an absent printer and desk, never None (#17)
        assert not core.printer.available and not core.receipts.available
        assert core.printer.problem_key == "printer.not_started"
        assert core.problems["printer"] == "printer.bad_uri"
        assert (
            is_specific("printer.bad_uri")
            and "configuration" in advice("printer.bad_uri").next_step
        )
    finally:
        core.close()
