"""Absent devices are null objects with a state, never None (issue #17): the printer and the
receipt desk of a kiosk without a printer (kiosk/devices/printer.py, AbsentReceiptDesk), and the
fingerprint sensor of a kiosk without one (kiosk/devices/fingerprint.py)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from drivers.device import DeviceError, DeviceState
from drivers.fingerprint import FingerprintDevice, RetryBudget, VerifyOutcome
from drivers.printer import PrintDocument, PrinterDevice, PrintResult, TextLine
from kiosk.config import KioskConfig, shell_only, with_devices
from kiosk.devices.fingerprint import AbsentSensor, FingerprintSensor
from kiosk.devices.printer import AbsentPrinter, ReceiptPrinter
from kiosk.diagnostics import report
from kiosk.diagnostics.report import (
    DISABLED,
    UNKNOWN,
    Check,
    collect,
    fingerprint_state,
    printer_state,
)
from kiosk.records.receipt_journal import JOURNAL_FILE_NAME, AbsentReceiptDesk
from kiosk.records.receipts import Receipt, ReceiptStatus
from kiosk.runtime.app import KioskCore, build_core
from kiosk.services.submit import Submission, submit


def _receipt(reference: str = "K1-ABCD-2345") -> Receipt:
    return Receipt.create(
        reference=reference,
        kiosk_id="K-1",
        site="City Hall",
        issued_at=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
        service="Bulky waste pickup",
        status=ReceiptStatus.QUEUED,
        key=b"k" * 32,
    )


@pytest.fixture
def core(demo_config: KioskConfig) -> Iterator[KioskCore]:
    """A started kiosk whose printer is ``driver = "disabled"`` (no device at all)."""
    core = build_core(shell_only(demo_config))
    core.start()
    yield core
    core.close()


def test_a_core_with_the_printer_disabled_holds_a_disabled_printer_and_an_absent_desk(
    core: KioskCore,
) -> None:
    printer = core.printer
    assert not printer.available
    assert printer.state is DeviceState.DISABLED and printer.problem_key is None
    assert not printer.status.responded and printer.profile is None
    assert not core.receipts.available


def test_a_receipt_on_the_absent_desk_comes_back_show_the_reference_on_screen(
    core: KioskCore,
) -> None:
    future = core.receipts.submit_receipt(_receipt(), "en")
    assert future.done()  # answered at once: nothing waits for a printer
    result = future.result(timeout=0)
    assert result.reference == "K1-ABCD-2345"
    assert result.show_reference_on_screen and result.outcome is None
    assert result.error_key == "printer.not_connected"
    assert not result.journaled  # nothing is kept without a printer, as before
    assert not (core.config.paths.data_dir / JOURNAL_FILE_NAME).exists()
    assert core.receipts.submit_reprint("K1-ABCD-2345") is None  # no reference known


def test_a_submission_on_a_kiosk_without_printer_has_no_print_job(core: KioskCore) -> None:
    """The receipt step then says "This kiosk cannot print receipts" (print_state "none")."""
    submission = Submission("feedback", "Feedback", "feedback.comment", {"body": {"c": "ok"}})
    outcome = submit(core, submission, "en", grace_s=0)
    assert outcome.status is ReceiptStatus.QUEUED and outcome.printing is None


def test_diagnostics_report_the_disabled_printer_as_before(core: KioskCore) -> None:
    assert printer_state(core) == Check("printer", DISABLED)
    assert collect(core).get("printer") == Check("printer", DISABLED)
    assert core.diagnostics().test_print().status == DISABLED


def test_a_configured_printer_not_started_yet_says_not_started(demo_config: KioskConfig) -> None:
    config = with_devices(
        shell_only(demo_config), printer={"driver": "escpos", "uri": "tcp://127.0.0.1:9"}
    )
    core = build_core(config)  # not started: no printer thread, no connection
    try:
        assert not core.printer.available
        assert core.printer.state is DeviceState.ABSENT
        assert printer_state(core) == Check("printer", UNKNOWN, "printer.not_started")
        assert report.test_print(core.printer, config.devices.printer.uri).status == DISABLED
        assert not core.receipts.available
    finally:
        core.close()


def test_the_absent_printer_keeps_listeners_never_calls_them_and_answers_jobs_at_once() -> None:
    printer: ReceiptPrinter = AbsentPrinter.not_started()
    heard: list[object] = []
    printer.add_listener(heard.append)
    outcome = printer.print_document(PrintDocument((TextLine("x"),), label="test"), timeout=0)
    assert outcome.result is PrintResult.NOT_CONNECTED and outcome.show_on_screen
    assert outcome.label == "test" and outcome.bytes_sent == 0 and not outcome.confirmed
    printer.remove_listener(heard.append)
    with pytest.raises(ValueError):  # like the real printer's: removing twice is an error
        printer.remove_listener(heard.append)
    printer.close()
    assert heard == []


def test_the_real_printer_and_the_absent_desk_say_what_they_are() -> None:
    real: ReceiptPrinter = PrinterDevice("tcp://127.0.0.1:9", hotplug=False)  # never started
    assert real.available
    assert not AbsentReceiptDesk().available
    assert AbsentReceiptDesk().submit_receipt(_receipt(), "en").result(60).show_reference_on_screen


def test_a_core_without_a_sensor_holds_a_disabled_one_and_reports_it_as_before(
    core: KioskCore,
) -> None:
    sensor = core.fingerprint
    assert not sensor.available and sensor.state is DeviceState.DISABLED
    assert sensor.parameters is None
    assert fingerprint_state(core) == Check("fingerprint", DISABLED)
    assert collect(core).get("fingerprint") == Check("fingerprint", DISABLED)
    assert core.diagnostics().fingerprint_test().status == DISABLED


def test_a_configured_sensor_not_started_yet_says_not_started(demo_config: KioskConfig) -> None:
    config = with_devices(
        shell_only(demo_config),
        card_reader={"driver": "pcsc", "fingerprint_enabled": True},
        fingerprint={"driver": "serial", "port": "/dev/null"},
    )
    core = build_core(config)  # not started: no port opened
    try:
        assert not core.fingerprint.available
        assert core.fingerprint.state is DeviceState.ABSENT
        assert fingerprint_state(core) == Check("fingerprint", UNKNOWN, "fingerprint.not_started")
    finally:
        core.close()


def test_the_absent_sensor_answers_at_once_and_wipes_the_template() -> None:
    sensor: FingerprintSensor = AbsentSensor.not_started()
    template = bytearray(b"\x5a" * 32)
    budget = RetryBudget(3)
    result = sensor.verify(template, budget).result(timeout=0)
    assert result.outcome is VerifyOutcome.SENSOR_ERROR and result.error_key == "fingerprint.absent"
    assert result.tries_left == 3  # no attempt was spent on a sensor that is not there
    assert template == bytearray(32)
    with pytest.raises(DeviceError) as opened:
        sensor.open().result(timeout=0)
    assert opened.value.key == "fingerprint.absent"
    with pytest.raises(DeviceError):
        sensor.capture_test().result(timeout=0)
    assert sensor.health().result(timeout=0) is DeviceState.ABSENT
    sensor.close()


def test_the_absent_sensor_takes_the_verify_options_and_reaches_no_stage() -> None:
    sensor: FingerprintSensor = AbsentSensor.disabled()
    stages: list[object] = []
    cancel = threading.Event()
    result = sensor.verify(
        b"\x01" * 8, RetryBudget(2), finger_timeout=0.1, cancel=cancel, progress=stages.append
    ).result(timeout=0)
    assert result.outcome is VerifyOutcome.SENSOR_ERROR and result.tries_left == 2
    assert stages == [] and not cancel.is_set()


def test_the_real_sensor_is_available_without_opening_it() -> None:
    real: FingerprintSensor = FingerprintDevice("/dev/null")
    try:
        assert real.available
    finally:
        real.close()


@pytest.mark.pcsc  # the demo card reader: the virtual readers' machine lock
def test_a_receipt_journal_that_cannot_open_leaves_the_rest_of_the_kiosk_starting(
    demo_config: KioskConfig,
) -> None:
    """A journal of a newer release (a rollback) raises JournalError: receipts fall back to the
    absent desk (the reference on screen), the technician is told, and the parts started after
    the printer (fingerprint, card reader, fleet, self-check) still start."""
    off = {"driver": "disabled"}
    config = with_devices(demo_config, camera=off, fingerprint=off)
    journal = config.paths.data_dir / JOURNAL_FILE_NAME
    journal.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(journal)
    con.execute("PRAGMA user_version = 99")
    con.close()
    core = build_core(config)
    try:
        core.start()
        assert core.problems["receipts"] == "journal.newer_schema"
        assert core.printer.available  # the printer itself started
        assert not core.receipts.available
        assert core.signin is not None  # the card reader started after it
    finally:
        core.close()
