"""The printer service over all three transports (TCP loopback, pty, emulated pyusb bus)."""

from __future__ import annotations

import logging
import time

import pytest

from drivers.device import DeviceState, TransientError
from drivers.printer.device import JobFinished, PrintResult
from drivers.printer.document import Align, PrintDocument, QrItem, TextLine
from drivers.printer.emulator import EmulatorCondition
from drivers.printer.status import ErrorCause, PaperLevel
from tests.drivers.printer.conftest import Rig


def receipt(ref: str = "REF-0001", lines: int = 3) -> PrintDocument:
    body = tuple(TextLine(f"line {i}") for i in range(lines))
    return PrintDocument(
        (TextLine("CITY HALL", Align.CENTER, bold=True, large=True), *body, QrItem(ref)),
        label="test receipt",
    )


def test_prints_and_the_paper_reads_back(rig: Rig, service_for) -> None:
    service, recorder = service_for(rig)
    outcome = service.print_document(receipt("REF-0001"), timeout=10)

    assert outcome.result is PrintResult.PRINTED
    assert outcome.confirmed  # GS r 1 came back after the last byte
    assert not outcome.show_on_screen
    page = rig.printer.pages[-1]
    assert page.text_lines[:4] == ("CITY HALL", "line 0", "line 1", "line 2")
    assert page.lines[0].bold and page.lines[0].double_height
    assert page.lines[0].align.value == "center"
    assert page.qr_payloads == ("REF-0001",)
    assert page.cut
    assert any(isinstance(e, JobFinished) for e in recorder.events)
    assert DeviceState.BUSY in recorder.states()
    assert service.state is DeviceState.READY


def test_status_is_queried_before_and_after_each_job(rig: Rig, service_for) -> None:
    service, _ = service_for(rig, poll_interval=60)
    before = rig.printer.status_queries
    service.print_document(receipt(), timeout=10)
    # DLE EOT 1 + 4 before, 1 + 4 after (the printer is online: no 2/3)
    assert rig.printer.status_queries - before >= 4


@pytest.mark.parametrize(
    ("condition", "state", "result", "problem"),
    [
        ("near_end", DeviceState.DEGRADED, PrintResult.PRINTED, None),
        ("paper_out", DeviceState.ERROR, PrintResult.PAPER_OUT, "printer.paper_out"),
        ("cover_open", DeviceState.ERROR, PrintResult.COVER_OPEN, "printer.cover_open"),
        ("cutter", DeviceState.ERROR, PrintResult.PRINTER_ERROR, "printer.cutter_error"),
    ],
)
def test_every_status(rig: Rig, service_for, condition, state, result, problem) -> None:
    service, recorder = service_for(rig)
    mark = recorder.mark()
    if condition == "near_end":
        rig.printer.set_paper(PaperLevel.NEAR_END)
    elif condition == "paper_out":
        rig.printer.set_paper(PaperLevel.OUT)
    elif condition == "cover_open":
        rig.printer.set_cover_open(True)
    else:
        rig.printer.set_cutter_error(True)

    assert recorder.wait_for_state(state, after=mark), recorder.states()
    # on a loaded machine a status poll can go unanswered once (ERROR, "printer.offline") before
    # the condition is read: wait for the printer's own words, not just for the state
    deadline = time.monotonic() + 10
    while service.status.problem_key != problem and time.monotonic() < deadline:
        time.sleep(0.02)
    status = service.status
    assert status.problem_key == problem
    if condition == "cutter":
        assert status.error and status.error_cause is ErrorCause.AUTOCUTTER
    pages_before = len(rig.printer.pages)
    outcome = service.print_document(receipt(), timeout=10)
    assert outcome.result is result
    assert outcome.show_on_screen is (result is not PrintResult.PRINTED)
    if result is PrintResult.PRINTED:
        assert len(rig.printer.pages) == pages_before + 1
    else:
        assert outcome.bytes_sent == 0  # refused before sending anything
        assert len(rig.printer.pages) == pages_before


def test_recovers_when_the_condition_clears(rig: Rig, service_for) -> None:
    service, recorder = service_for(rig)
    rig.printer.set_cover_open(True)
    assert recorder.wait_for_state(DeviceState.ERROR)
    mark = recorder.mark()
    rig.printer.set_cover_open(False)
    assert recorder.wait_for_state(DeviceState.READY, after=mark)
    assert service.print_document(receipt(), timeout=10).printed


def test_paper_out_mid_job(rig: Rig, service_for) -> None:
    service, _ = service_for(rig)
    rig.printer.run_out_of_paper_after(2)
    outcome = service.print_document(receipt("REF-MID", lines=8), timeout=10)

    assert outcome.result is PrintResult.PAPER_OUT
    assert outcome.show_on_screen and outcome.bytes_sent > 0
    assert outcome.status_before.paper is PaperLevel.OK
    assert not outcome.confirmed
    assert service.state is DeviceState.ERROR
    # what came out: the start of the receipt, no QR, no cut
    partial = rig.printer.current_page
    assert partial.text_lines[:2] == ("CITY HALL", "line 0")
    assert partial.qr_payloads == ()
    assert rig.printer.pages == ()
    # the rest was cleared: a new roll does not print half a receipt
    rig.printer.set_paper(PaperLevel.OK)
    assert rig.printer.condition.pending_events == 0
    assert rig.printer.pages == ()


def test_offline_printer_is_absent_or_silent_and_logged_once(
    rig: Rig, service_for, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="drivers.printer.device")
    service, recorder = service_for(rig)
    mark = recorder.mark()
    rig.printer.set_offline(True)
    expected = DeviceState.ERROR if rig.kind == "serial" else DeviceState.ABSENT
    assert recorder.wait_for_state(expected, after=mark), recorder.states()
    outcome = service.print_document(receipt(), timeout=10)
    assert outcome.show_on_screen
    assert outcome.result in (
        PrintResult.OFFLINE,
        PrintResult.NOT_CONNECTED,
        PrintResult.DISCONNECTED,
    )
    # several polls while it is gone
    for _ in range(3):
        service.refresh_status(timeout=5)
    mark = recorder.mark()
    rig.printer.set_offline(False)
    service.reconnect_now()  # what USB hotplug does; TCP/serial would wait for the backoff
    assert recorder.wait_for_state(DeviceState.READY, after=mark, timeout=10), recorder.states()
    for _ in range(3):
        service.refresh_status(timeout=5)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("unavailable" in m for m in messages) == 1, messages
    assert sum("available again" in m for m in messages) == 1, messages
    assert service.print_document(receipt(), timeout=10).printed


def test_clone_without_status_still_prints(net_rig: Rig, service_for) -> None:
    net_rig.printer.answers_status = False
    service, _ = service_for(net_rig, ack_timeout=0.3)
    assert not service.status.responded
    outcome = service.print_document(receipt("REF-CLONE"), timeout=10)
    assert outcome.result is PrintResult.PRINTED
    assert not outcome.confirmed  # no GS r answer: accepted, not acknowledged
    assert net_rig.printer.pages[-1].qr_payloads == ("REF-CLONE",)


def test_no_printer_means_not_connected(make_service) -> None:
    service, _ = make_service("tcp://127.0.0.1:9?profile=TM-T20II")
    outcome = service.print_document(receipt(), timeout=10)
    assert outcome.result is PrintResult.NOT_CONNECTED
    assert outcome.show_on_screen
    assert service.state is DeviceState.ABSENT


def test_close_cancels_queued_jobs(net_rig: Rig, make_service) -> None:
    service, _ = make_service(net_rig.uri)
    service.close()
    with pytest.raises(RuntimeError):
        service.submit(receipt())


def test_a_failing_listener_does_not_stop_the_worker(
    net_rig: Rig, service_for, caplog: pytest.LogCaptureFixture
) -> None:
    service, _ = service_for(net_rig)

    def broken(event: object) -> None:
        raise RuntimeError("listener bug")

    service.add_listener(broken)
    with caplog.at_level(logging.ERROR):
        assert service.print_document(receipt(), timeout=10).printed
    assert "listener failed" in caplog.text


def test_switched_off_mid_job_over_serial(serial_rig: Rig, service_for) -> None:
    service, _ = service_for(serial_rig, ack_timeout=5)
    serial_rig.printer.run_out_of_paper_after(1)  # stop processing at the first line...

    def power_cut(condition: EmulatorCondition) -> None:
        if condition.paper is PaperLevel.OUT and condition.powered:
            serial_rig.printer.set_offline(True)

    serial_rig.printer.add_listener(power_cut)
    outcome = service.print_document(receipt(lines=6), timeout=10)
    # ...and the power goes: no answers any more, not a 5 s wait for an acknowledgement
    assert outcome.show_on_screen
    assert outcome.elapsed_s < 3


def test_serial_adapter_unplugged(service_for) -> None:
    from drivers.printer.emulator import SerialPrinterEmulator

    emu = SerialPrinterEmulator().start()
    rig = Rig("serial", emu.printer, emu.uri + "&profile=TM-T20II")
    service, recorder = service_for(rig)
    mark = recorder.mark()
    emu.close()  # the pty goes away like a USB-serial adapter pulled out
    assert recorder.wait_for_state(DeviceState.ABSENT, after=mark), recorder.states()
    outcome = service.print_document(receipt(), timeout=10)
    assert outcome.result is PrintResult.NOT_CONNECTED and outcome.show_on_screen


def test_a_bug_in_a_job_is_reported_and_the_worker_survives(
    net_rig: Rig, service_for, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import drivers.printer.device as service_module

    service, _ = service_for(net_rig)

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(service_module, "encode_document", broken)
    with caplog.at_level(logging.ERROR):
        outcome = service.print_document(receipt(), timeout=10)
    assert outcome.result is PrintResult.INTERNAL_ERROR and outcome.show_on_screen
    assert "unexpected error" in caplog.text
    monkeypatch.undo()
    assert service.print_document(receipt("REF-AFTER"), timeout=10).printed


def test_a_printer_that_stops_reading_times_out_instead_of_hanging() -> None:
    import socket as socket_module

    from drivers.printer.transport import open_link
    from drivers.printer.uri import parse_uri

    with socket_module.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        link = open_link(parse_uri(f"tcp://127.0.0.1:{port}"), write_timeout=0.3)
        conn, _ = server.accept()
        try:
            assert link.query(b"\x10\x04\x01", 0.05) is None  # never answers
            with pytest.raises(TransientError) as info:
                link.write(b"x" * 50_000_000)  # nobody reads: the socket buffers fill up
            assert info.value.key == "printer.timeout"
        finally:
            link.close()
            conn.close()
