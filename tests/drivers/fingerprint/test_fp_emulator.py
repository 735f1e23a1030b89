"""The client against the pty emulator with real pyserial: every flow and fault on the wire."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from drivers.device import ErrorKind
from drivers.fingerprint import protocol as p
from drivers.fingerprint.client import (
    SensorDisconnectedError,
    SensorTimeoutError,
    ZfmClient,
    open_serial,
)
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.fingerprint.protocol import Confirmation, ConfirmationError, Instruction, PacketError
from drivers.fingerprint.templates import demo_template


@pytest.fixture
def emulator() -> Iterator[FingerprintEmulator]:
    emu = FingerprintEmulator(packet_size=128)
    yield emu
    emu.close()


@pytest.fixture
def client(emulator: FingerprintEmulator) -> Iterator[ZfmClient]:
    c = ZfmClient(open_serial(emulator.port), timeout=0.5)
    yield c
    c.close()


def test_handshake_and_system_parameters(client: ZfmClient) -> None:
    client.verify_password()
    params = client.read_system_parameters()
    assert params.packet_size == 128
    assert params.baud_rate == 57600
    assert params.capacity == 200
    assert client.packet_size == 128


def test_password_required_and_wrong_password() -> None:
    with FingerprintEmulator(password=0x1234) as emu:
        c = ZfmClient(open_serial(emu.port), timeout=0.5)
        try:
            with pytest.raises(ConfirmationError) as info:
                c.read_system_parameters()
            assert info.value.code is Confirmation.PASSWORD_REQUIRED
            with pytest.raises(ConfirmationError) as info:
                c.verify_password(0x9999)
            assert info.value.code is Confirmation.WRONG_PASSWORD
            assert info.value.kind is ErrorKind.FATAL
            c.verify_password(0x1234)
            c.read_system_parameters()
        finally:
            c.close()


def test_match_flow(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    tpl = demo_template("alice")
    client.down_char(2, tpl)
    assert client.gen_img() is Confirmation.NO_FINGER
    emulator.place_finger(tpl)
    assert client.gen_img() is Confirmation.OK
    client.img2tz(1)
    assert client.match() is True
    assert client.up_char(1) == bytearray(tpl)
    client.clear_buffers()
    assert emulator.char_buffers_are_clear()
    assert client.match() is False


def test_no_match(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    client.down_char(2, demo_template("alice"))
    emulator.place_wrong_finger()
    assert client.gen_img() is Confirmation.OK
    client.img2tz(1)
    assert client.match() is False


@pytest.mark.parametrize("packet_size", [32, 64, 256])
def test_template_transfer_any_packet_size(packet_size: int) -> None:
    with FingerprintEmulator(packet_size=packet_size) as emu:
        c = ZfmClient(open_serial(emu.port), timeout=0.5)
        try:
            c.read_system_parameters()
            tpl = demo_template("bob")
            c.down_char(1, tpl)
            assert c.up_char(1) == bytearray(tpl)
        finally:
            c.close()


def test_poor_image(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    emulator.place_poor_finger(Confirmation.IMAGE_MESSY)
    assert client.gen_img() is Confirmation.OK
    with pytest.raises(ConfirmationError) as info:
        client.img2tz(1)
    assert info.value.code is Confirmation.IMAGE_MESSY
    assert info.value.kind is ErrorKind.NEEDS_USER_ACTION
    emulator.place_poor_finger(Confirmation.ENROLL_IMAGE_FAIL, at_capture=True)
    assert client.gen_img() is Confirmation.ENROLL_IMAGE_FAIL


def test_img2tz_without_image(client: ZfmClient) -> None:
    with pytest.raises(ConfirmationError) as info:
        client.img2tz(1)
    assert info.value.code is Confirmation.NO_VALID_IMAGE


def test_checksum_error_on_reply(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    emulator.corrupt_next_reply()
    with pytest.raises(PacketError) as info:
        client.gen_img()
    assert info.value.key == "fingerprint.checksum"
    assert client.frame_errors == 1
    assert client.gen_img() is Confirmation.NO_FINGER  # next command works again


def test_corrupt_command_is_refused(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    frame = bytearray(p.encode_command(Instruction.GEN_IMG))
    frame[-1] ^= 0xFF
    client._write(bytes(frame))
    import time

    packet = client._read_packet(time.monotonic() + 1)
    assert packet.confirmation == Confirmation.PACKET_RECEIVE_ERROR


def test_garbage_before_reply_is_skipped(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    emulator.garbage_before_next_reply(b"\x00\xff\xef\x13noise\xef")
    assert client.gen_img() is Confirmation.NO_FINGER


def test_dropped_reply_times_out(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    emulator.drop_next_reply()
    with pytest.raises(SensorTimeoutError) as info:
        client.gen_img()
    assert info.value.key == "fingerprint.timeout"
    assert info.value.kind is ErrorKind.TRANSIENT
    assert client.gen_img() is Confirmation.NO_FINGER


def test_unplug_mid_command(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    emulator.drop_next_reply()
    import threading

    timer = threading.Timer(0.1, emulator.unplug)
    timer.start()
    with pytest.raises((SensorDisconnectedError, SensorTimeoutError)) as info:
        client.gen_img()
    timer.join(5)
    # after the pty is gone, the next command reports the disconnect
    with pytest.raises(SensorDisconnectedError) as info2:
        client.gen_img()
    assert info2.value.kind is ErrorKind.DISCONNECTED
    del info


def test_open_missing_port() -> None:
    with pytest.raises(SensorDisconnectedError) as info:
        open_serial("/dev/does-not-exist-fp")
    assert info.value.key == "fingerprint.absent"


def test_led_support(client: ZfmClient, emulator: FingerprintEmulator) -> None:
    assert client.aura_led(p.LedMode.BREATHING, p.LedColour.BLUE) is True
    assert emulator.led_state == (p.LedMode.BREATHING, p.LedColour.BLUE)
    with FingerprintEmulator(led=False) as bare:
        c = ZfmClient(open_serial(bare.port), timeout=0.3)
        try:
            assert c.aura_led(p.LedMode.ON, p.LedColour.RED) is False
        finally:
            c.close()


def test_library_commands(emulator: FingerprintEmulator, client: ZfmClient) -> None:
    emulator.enroll(3, demo_template("carol"))
    assert client.template_count() == 1
    client.empty_library()
    assert client.template_count() == 0
    assert emulator.commands.count(Instruction.TEMPLATE_NUM) == 2
