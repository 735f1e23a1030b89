"""FingerprintConfirmation: attempts on the sensor's worker thread, results as GUI-thread
signals, the session's retry budget, cancellation — against the R30x emulator on a pty."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot
from pytestqt.wait_signal import SignalBlocker

from drivers.fingerprint import FingerprintDevice, VerifyOutcome, VerifyResult, VerifyStage
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.fingerprint.templates import demo_template
from kiosk.identity.fingerprint_confirmation import FingerprintConfirmation
from tests.helpers.fingerprint_fixtures import emulator, service

TIMEOUT_MS = 10000

__all__ = ["emulator", "service"]  # shared fixtures (tests/helpers/fingerprint_fixtures.py)


@pytest.fixture
def confirmation(
    qapp: QCoreApplication, service: FingerprintDevice
) -> Iterator[FingerprintConfirmation]:
    bridge = FingerprintConfirmation(service, max_failures=2, finger_timeout=3.0)
    yield bridge
    bridge.cancel()


def place_stage(qtbot: QtBot, confirmation: FingerprintConfirmation) -> SignalBlocker:
    """Wait for "place your finger" (the template is in the sensor, capture polling runs)."""
    return qtbot.waitSignal(
        confirmation.stage_changed,
        timeout=TIMEOUT_MS,
        check_params_cb=lambda stage: stage is VerifyStage.PLACE_FINGER,
    )


def test_match_arrives_on_the_gui_thread_and_the_template_is_zeroed(
    qtbot: QtBot,
    emulator: FingerprintEmulator,
    confirmation: FingerprintConfirmation,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    threads: list[bool] = []
    confirmation.stage_changed.connect(
        lambda _s: threads.append(QThread.currentThread() is qtbot_thread())
    )
    template = bytearray(demo_template("resident-amina"))
    with place_stage(qtbot, confirmation):
        confirmation.start(template)
    assert template == bytearray(512)  # zeroed before start() returned
    running_before = confirmation.running
    with qtbot.waitSignal(confirmation.finished, timeout=TIMEOUT_MS) as done:
        emulator.place_persona_finger("resident-amina")
    result = done.args[0]
    assert isinstance(result, VerifyResult) and result.outcome is VerifyOutcome.MATCHED
    assert running_before and not confirmation.running
    assert threads and all(threads)  # every signal reached us on the GUI thread
    assert emulator.char_buffers_are_clear()
    secret = demo_template("resident-amina")
    for record in caplog.records:
        text = record.getMessage()
        assert secret.hex()[:16] not in text.lower()
        assert repr(secret[:8])[2:-1] not in text


def qtbot_thread() -> QThread:
    app = QCoreApplication.instance()
    assert app is not None
    return app.thread()


def test_failures_spend_the_budget_and_end_session_renews_it(
    qtbot: QtBot, emulator: FingerprintEmulator, confirmation: FingerprintConfirmation
) -> None:
    outcomes: list[tuple[VerifyOutcome, int]] = []
    for _ in range(2):
        emulator.lift_finger()
        with place_stage(qtbot, confirmation):
            confirmation.start(bytearray(demo_template("resident-amina")))
        with qtbot.waitSignal(confirmation.finished, timeout=TIMEOUT_MS) as done:
            emulator.place_wrong_finger()
        result = done.args[0]
        outcomes.append((result.outcome, result.tries_left))
    assert outcomes == [(VerifyOutcome.NOT_MATCHED, 1), (VerifyOutcome.NOT_MATCHED, 0)]
    assert confirmation.tries_left == 0
    with qtbot.waitSignal(confirmation.finished, timeout=TIMEOUT_MS) as done:
        confirmation.start(bytearray(demo_template("resident-amina")))
    assert done.args[0].outcome is VerifyOutcome.TRIES_EXHAUSTED
    confirmation.end_session()
    assert confirmation.tries_left == 2


def test_cancelled_attempt_reports_nothing(
    qtbot: QtBot, emulator: FingerprintEmulator, confirmation: FingerprintConfirmation
) -> None:
    finished: list[object] = []
    confirmation.finished.connect(finished.append)
    with place_stage(qtbot, confirmation):
        confirmation.start(bytearray(demo_template("resident-amina")))
    confirmation.cancel()
    assert not confirmation.running
    # the sensor's worker is free again once the cancelled attempt returned: a new attempt runs
    with qtbot.waitSignal(confirmation.finished, timeout=TIMEOUT_MS) as done:
        confirmation.start(bytearray(demo_template("resident-amina")))
        emulator.place_persona_finger("resident-amina")
    assert done.args[0].outcome is VerifyOutcome.MATCHED
    assert len(finished) == 1  # only the second attempt's result
    assert emulator.char_buffers_are_clear()


def test_no_finger_within_the_timeout(qtbot: QtBot, confirmation: FingerprintConfirmation) -> None:
    confirmation.finger_timeout = 0.3
    with qtbot.waitSignal(confirmation.finished, timeout=TIMEOUT_MS) as done:
        confirmation.start(bytearray(demo_template("resident-amina")))
    assert done.args[0].outcome is VerifyOutcome.NO_FINGER
    assert done.args[0].tries_left == 2  # not a failed match


def test_unplugged_sensor_is_a_sensor_error_and_not_available(
    qtbot: QtBot, emulator: FingerprintEmulator, confirmation: FingerprintConfirmation
) -> None:
    assert confirmation.available()
    with place_stage(qtbot, confirmation):
        confirmation.start(bytearray(demo_template("resident-amina")))
    with qtbot.waitSignal(confirmation.finished, timeout=TIMEOUT_MS) as done:
        emulator.unplug()
    assert done.args[0].outcome is VerifyOutcome.SENSOR_ERROR
    assert not confirmation.available()
