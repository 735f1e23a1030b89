"""1:1 verification through FingerprintDevice against the pty emulator."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest

from drivers.device import DeviceState
from drivers.fingerprint import (
    FingerprintDevice,
    RetryBudget,
    VerifyOutcome,
    VerifyStage,
    demo_template,
)
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.fingerprint.protocol import Confirmation, Instruction, LedColour, LedMode
from tests.helpers.fingerprint_fixtures import emulator, service

TIMEOUT = 10

__all__ = ["emulator", "service"]  # shared fixtures (tests/helpers/fingerprint_fixtures.py)


def test_open_reports_parameters(service: FingerprintDevice) -> None:
    assert service.state is DeviceState.READY
    assert service.parameters is not None and service.parameters.packet_size == 128


def test_matched_and_everything_wiped(
    emulator: FingerprintEmulator, service: FingerprintDevice, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    card = bytearray(demo_template("alice"))
    emulator.place_finger(demo_template("alice"))
    stages: list[VerifyStage] = []
    result = service.verify(card, RetryBudget(), finger_timeout=2, progress=stages.append).result(
        TIMEOUT
    )
    assert result.matched and result.outcome is VerifyOutcome.MATCHED
    assert result.tries_left == 5
    assert card == bytearray(512)  # caller's copy zeroed
    assert emulator.char_buffers_are_clear()
    assert stages == [
        VerifyStage.PREPARING,
        VerifyStage.PLACE_FINGER,
        VerifyStage.FINGER_DETECTED,
        VerifyStage.MATCHING,
        VerifyStage.LIFT_FINGER,
    ]
    cmds = emulator.commands
    assert cmds[-7:] == [
        Instruction.GEN_IMG,
        Instruction.IMG2TZ,
        Instruction.MATCH,
        Instruction.DOWN_CHAR,
        Instruction.DOWN_CHAR,
        Instruction.READ_SYS_PARA,
        Instruction.AURA_LED_CONFIG,  # purple flashes: matched
    ]
    assert emulator.led_state == (LedMode.FLASHING, LedColour.PURPLE)
    hexed = demo_template("alice").hex()
    for record in caplog.records:
        msg = record.getMessage()
        assert hexed[:16] not in msg and "score" not in msg


def test_wrong_finger_uses_up_the_budget(
    emulator: FingerprintEmulator, service: FingerprintDevice
) -> None:
    budget = RetryBudget(max_failures=5)
    emulator.place_wrong_finger()
    lefts = []
    for _ in range(5):
        result = service.verify(demo_template("alice"), budget, finger_timeout=1).result(TIMEOUT)
        assert result.outcome is VerifyOutcome.NOT_MATCHED
        lefts.append(result.tries_left)
    assert lefts == [4, 3, 2, 1, 0]
    before = len(emulator.commands)
    emulator.place_finger(demo_template("alice"))
    result = service.verify(demo_template("alice"), budget).result(TIMEOUT)
    assert result.outcome is VerifyOutcome.TRIES_EXHAUSTED
    assert len(emulator.commands) == before  # the sensor was not even asked
    budget.reset()
    assert service.verify(demo_template("alice"), budget).result(TIMEOUT).matched


def test_no_finger_times_out(emulator: FingerprintEmulator, service: FingerprintDevice) -> None:
    result = service.verify(demo_template("alice"), RetryBudget(), finger_timeout=0.3).result(
        TIMEOUT
    )
    assert result.outcome is VerifyOutcome.NO_FINGER
    assert result.tries_left == 5
    assert emulator.char_buffers_are_clear()


def test_finger_placed_while_waiting(
    emulator: FingerprintEmulator, service: FingerprintDevice
) -> None:
    placed = threading.Event()

    def on_stage(stage: VerifyStage) -> None:
        if stage is VerifyStage.PLACE_FINGER and not placed.is_set():
            placed.set()
            emulator.place_persona_finger("bob")

    result = service.verify(
        demo_template("bob"), RetryBudget(), finger_timeout=3, progress=on_stage
    ).result(TIMEOUT)
    assert result.matched


def test_poor_image(emulator: FingerprintEmulator, service: FingerprintDevice) -> None:
    emulator.place_poor_finger(Confirmation.FEW_FEATURES)
    result = service.verify(demo_template("alice"), RetryBudget()).result(TIMEOUT)
    assert result.outcome is VerifyOutcome.POOR_IMAGE
    assert result.tries_left == 5


def test_cancel(service: FingerprintDevice) -> None:
    cancel = threading.Event()

    def on_stage(stage: VerifyStage) -> None:
        if stage is VerifyStage.PLACE_FINGER:
            cancel.set()

    result = service.verify(
        demo_template("alice"), RetryBudget(), cancel=cancel, progress=on_stage
    ).result(TIMEOUT)
    assert result.outcome is VerifyOutcome.CANCELLED


def test_invalid_template(service: FingerprintDevice) -> None:
    result = service.verify(b"\x01" * 100, RetryBudget()).result(TIMEOUT)
    assert result.outcome is VerifyOutcome.INVALID_TEMPLATE


def test_unplug_then_sensor_error_and_reconnect(tmp_path: Path) -> None:
    link = tmp_path / "fingerprint"
    first = FingerprintEmulator()
    link.symlink_to(first.port)
    states: list[DeviceState] = []
    svc = FingerprintDevice(
        str(link), command_timeout=0.3, reconnect_backoff=(0.05, 0.1), on_state=states.append
    )
    second: FingerprintEmulator | None = None
    try:
        svc.open().result(TIMEOUT)
        first.unplug()
        result = svc.verify(demo_template("alice"), RetryBudget()).result(TIMEOUT)
        assert result.outcome is VerifyOutcome.SENSOR_ERROR
        assert result.error_key in {"fingerprint.disconnected", "fingerprint.timeout"}
        assert svc.state is DeviceState.ABSENT
        second = FingerprintEmulator()
        link.unlink()
        link.symlink_to(second.port)
        back = threading.Event()
        for _ in range(100):
            if svc.health().result(TIMEOUT) is DeviceState.READY:
                back.set()
                break
            back.wait(0.05)
        assert back.is_set()
        second.place_persona_finger("alice")
        assert svc.verify(demo_template("alice"), RetryBudget()).result(TIMEOUT).matched
        assert DeviceState.ABSENT in states and states[-1] is DeviceState.READY
    finally:
        svc.close()
        first.close()
        if second is not None:
            second.close()


def test_open_absent_port() -> None:
    svc = FingerprintDevice("/dev/nonexistent-fp")
    try:
        with pytest.raises(Exception) as info:
            svc.open().result(TIMEOUT)
        assert getattr(info.value, "key", None) == "fingerprint.absent"
        assert svc.state is DeviceState.ABSENT
    finally:
        svc.close()


def test_capture_test_reports_no_finger(service: FingerprintDevice) -> None:
    assert service.capture_test(0.2).result(TIMEOUT) is Confirmation.NO_FINGER


def test_one_damaged_reply_is_a_sensor_error_but_not_a_lost_sensor(
    emulator: FingerprintEmulator, service: FingerprintDevice
) -> None:
    emulator.place_persona_finger("alice")

    def damage_download(stage: VerifyStage) -> None:
        if stage is VerifyStage.PREPARING:  # after the ring was lit, before the DownChar
            emulator.corrupt_next_reply()  # the DownChar acknowledgement

    result = service.verify(demo_template("alice"), RetryBudget(), progress=damage_download)
    result = result.result(TIMEOUT)
    assert result.outcome is VerifyOutcome.SENSOR_ERROR
    assert result.error_key == "fingerprint.checksum"
    assert result.tries_left == 5
    assert service.state is DeviceState.READY  # probed and still there
    assert service.verify(demo_template("alice"), RetryBudget()).result(TIMEOUT).matched


def test_a_damaged_ring_reply_does_not_fail_the_verification(
    emulator: FingerprintEmulator, service: FingerprintDevice
) -> None:
    emulator.place_persona_finger("alice")
    emulator.corrupt_next_reply()  # the LED command's acknowledgement
    assert service.verify(demo_template("alice"), RetryBudget()).result(TIMEOUT).matched


def test_led(emulator: FingerprintEmulator, service: FingerprintDevice) -> None:
    assert service.set_led(LedMode.BREATHING, LedColour.BLUE).result(TIMEOUT) is True
    assert emulator.led_state == (LedMode.BREATHING, LedColour.BLUE)
    assert service.health().result(TIMEOUT) is DeviceState.READY


def test_ring_guides_the_finger_and_shows_the_result(
    emulator: FingerprintEmulator, service: FingerprintDevice
) -> None:
    seen: list[tuple[int, int] | None] = []

    def place_when_asked(stage: VerifyStage) -> None:
        if stage is VerifyStage.PLACE_FINGER:
            seen.append(emulator.led_state)  # breathing blue while waiting for the finger
            emulator.place_wrong_finger()

    result = service.verify(
        bytearray(demo_template("alice")),
        RetryBudget(),
        finger_timeout=2,
        progress=place_when_asked,
    ).result(TIMEOUT)
    assert result.outcome is VerifyOutcome.NOT_MATCHED
    assert seen == [(LedMode.BREATHING, LedColour.BLUE)]
    assert emulator.led_state == (LedMode.FLASHING, LedColour.RED)
    emulator.lift_finger()
    no_finger = service.verify(bytearray(demo_template("alice")), RetryBudget(), finger_timeout=0.3)
    assert no_finger.result(TIMEOUT).outcome is VerifyOutcome.NO_FINGER
    assert emulator.led_state == (LedMode.OFF, LedColour.BLUE)


def test_module_without_a_ring_is_asked_once() -> None:
    with FingerprintEmulator(led=False) as plain:
        svc = FingerprintDevice(plain.port, command_timeout=1.0)
        try:
            svc.open().result(TIMEOUT)
            for _ in range(2):
                plain.place_finger(demo_template("alice"))
                result = svc.verify(
                    bytearray(demo_template("alice")), RetryBudget(), finger_timeout=2
                )
                assert result.result(TIMEOUT).matched
            assert plain.commands.count(Instruction.AURA_LED_CONFIG) == 1
            assert plain.led_state is None
        finally:
            svc.close()


def test_watch_notices_an_idle_sensor_unplugged(emulator: FingerprintEmulator) -> None:
    states: list[DeviceState] = []
    svc = FingerprintDevice(
        emulator.port, command_timeout=0.5, reconnect_backoff=(0.05, 0.2), on_state=states.append
    )
    try:
        svc.open().result(TIMEOUT)
        svc.watch(0.1)
        svc.watch(0.1)  # idempotent: one watcher
        assert states[-1] is DeviceState.READY
        emulator.unplug()
        deadline = time.monotonic() + TIMEOUT
        while DeviceState.ABSENT not in states and time.monotonic() < deadline:
            time.sleep(0.05)
        assert DeviceState.ABSENT in states
    finally:
        svc.close()
