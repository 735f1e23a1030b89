"""The emulated printer mechanism and its serial/network transports."""

from __future__ import annotations

import socket

import serial

from drivers.printer.emulator import (
    EmulatedPrinter,
    EmulatorCondition,
    NetworkPrinterEmulator,
    SerialPrinterEmulator,
)
from drivers.printer.status import PaperLevel, RawStatus, parse_status

EOT = {n: b"\x10\x04" + bytes([n]) for n in (1, 2, 3, 4)}


def status_of(printer: EmulatedPrinter) -> RawStatus:
    return RawStatus(*(printer.receive(EOT[n])[0] for n in (1, 2, 3, 4)))


def test_answers_dle_eot_like_a_real_printer() -> None:
    p = EmulatedPrinter()
    assert status_of(p) == RawStatus(0x12, 0x12, 0x12, 0x12)
    p.set_paper(PaperLevel.NEAR_END)
    assert status_of(p).paper == 0x1E
    p.set_paper(PaperLevel.OUT)
    raw = status_of(p)
    assert (raw.printer, raw.offline_cause, raw.paper) == (0x1A, 0x32, 0x7E)
    p.set_paper(PaperLevel.OK)
    p.set_cover_open(True)
    assert status_of(p).offline_cause == 0x16
    p.set_cover_open(False)
    p.set_cutter_error(True)
    assert parse_status(status_of(p)).problem_key == "printer.cutter_error"


def test_keeps_what_it_printed_and_holds_data_while_the_cover_is_open() -> None:
    p = EmulatedPrinter()
    p.receive(b"\x1b@one\n\x1dV\x00")
    p.set_cover_open(True)
    p.receive(b"two\n\x1dV\x00")
    assert [page.text_lines for page in p.pages] == [("one",)]
    assert p.condition.pending_events > 0
    p.set_cover_open(False)  # printed on recovery, as real printers do
    assert [page.text_lines for page in p.pages] == [("one",), ("two",)]
    assert p.wait_for_pages(2, timeout=0.1)


def test_clear_buffers_drops_held_data() -> None:
    p = EmulatedPrinter()
    p.set_paper(PaperLevel.OUT)
    p.receive(b"lost\n\x1dV\x00\x10\x14\x08\x01\x03\x14\x01\x06\x02\x08")
    p.set_paper(PaperLevel.OK)
    assert p.pages == ()


def test_powered_off_answers_nothing_and_listeners_hear_changes() -> None:
    p = EmulatedPrinter()
    seen: list[EmulatorCondition] = []
    p.add_listener(seen.append)
    p.set_offline(True)
    assert p.receive(EOT[1]) == b""
    p.set_offline(False)
    assert [c.powered for c in seen] == [False, True]
    p.reset()
    assert p.condition.can_print and p.pages == ()


def test_network_emulator_speaks_over_loopback() -> None:
    with NetworkPrinterEmulator() as emu:
        assert emu.uri.startswith("tcp://127.0.0.1:")
        with socket.create_connection(("127.0.0.1", emu.port), timeout=2) as s:
            s.sendall(b"hello\n\x1dV\x00" + EOT[1])
            assert s.recv(16) == b"\x12"
        assert emu.printer.wait_for_pages(1, timeout=2)
        assert emu.printer.pages[0].text_lines == ("hello",)


def test_serial_emulator_speaks_over_a_pty() -> None:
    with SerialPrinterEmulator() as emu:
        assert emu.device.startswith("/dev/")
        with serial.Serial(emu.device, 9600, timeout=2) as port:
            port.write(b"hello\n\x1dV\x00" + EOT[4])
            assert port.read(1) == b"\x12"
            emu.printer.set_offline(True)
            port.write(EOT[1])
            port.timeout = 0.2
            assert port.read(1) == b""  # a dead serial line
        assert emu.printer.pages[0].text_lines == ("hello",)


def test_rigs_for_every_transport() -> None:
    from drivers.printer.device import PrinterDevice
    from drivers.printer.emulator import start_emulated_printer

    for transport in ("tcp", "serial", "usb"):
        with start_emulated_printer(transport) as rig:
            service = PrinterDevice(rig.uri, usb_backend=rig.usb_backend, status_timeout=0.3)
            with service:
                assert service.refresh_status(timeout=5).responded
            assert rig.uri.startswith({"tcp": "tcp", "serial": "serial", "usb": "usb"}[transport])
