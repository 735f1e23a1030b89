"""The fingerprint step of card sign-in, end to end: the demo rig's virtual card in real pcscd +
vpcd (template read after the PIN), the R30x emulator on a pty behind the real
FingerprintDevice, the real widgets, and speech through Qt's mock engine."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from drivers.device import DeviceState
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.fingerprint.protocol import Instruction
from drivers.fingerprint.templates import demo_template
from drivers.fingerprint.verifier import VerifyStage
from drivers.smartcard.emulator.pcscd import CardSlot, PcscDaemon
from kiosk.config import DISABLED, KioskConfig, with_devices
from kiosk.records.audit import read_entries
from kiosk.session.machine import Assurance, EndReason, Role, State
from tests.helpers.card_kiosk import close_card_kiosk, start_card_kiosk, type_pin, wait_pin_panel
from ui.i18n.build import ensure_compiled
from ui.main import KioskApplication
from ui.screens.card_signin import CardSignInScreen
from ui.screens.fingerprint_step import FingerprintPanel, Phase

pytestmark = [pytest.mark.pcsc, pytest.mark.qt_log_ignore("pipewire")]

WAIT_MS = 15000
PERSONA = "resident-amina"
PIN = "123456"


@pytest.fixture
def fp_kiosk(
    qapp: QApplication,
    demo_config: KioskConfig,
    pcscd: PcscDaemon,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[KioskApplication]:
    """The demo kiosk with its card reader and fingerprint sensor (emulated), speech on."""
    ensure_compiled()
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "mock")
    config = with_devices(demo_config, printer=DISABLED, camera=DISABLED)
    assert config.devices.card_reader.fingerprint_enabled
    sensor = config.devices.fingerprint.model_copy(update={"finger_timeout_s": 20.0})
    config = config.model_copy(
        update={"devices": config.devices.model_copy(update={"fingerprint": sensor})}
    )
    kiosk = start_card_kiosk(qapp, config, qtbot)
    assert kiosk.window.fingerprint is not None
    assert kiosk.window.fingerprint.finger_timeout == 20.0  # the site's setting
    assert kiosk.core.fingerprint is not None
    confirmation = kiosk.window.fingerprint
    qtbot.waitUntil(confirmation.available, timeout=10000)
    yield kiosk
    close_card_kiosk(kiosk)


class Spoken:
    def __init__(self, kiosk: KioskApplication) -> None:
        self.texts: list[str] = []
        kiosk.inclusion.speech.spoken.connect(self.texts.append)

    @property
    def all(self) -> str:
        return "\n".join(self.texts)


def slot_of(kiosk: KioskApplication) -> CardSlot:
    assert kiosk.core.demo is not None
    return next(iter(kiosk.core.demo.card_slots.values()))


def sensor_of(kiosk: KioskApplication) -> FingerprintEmulator:
    assert kiosk.core.demo is not None and kiosk.core.demo.fingerprint is not None
    return kiosk.core.demo.fingerprint


def card_screen(kiosk: KioskApplication) -> CardSignInScreen:
    screen = kiosk.window.card_screen
    assert screen is not None
    return screen


def panel_of(kiosk: KioskApplication) -> FingerprintPanel:
    panel = card_screen(kiosk).fingerprint_panel
    assert panel is not None
    return panel


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def insert_and_type_pin(qtbot: QtBot, kiosk: KioskApplication, persona: str, pin: str) -> None:
    slot_of(kiosk).insert(persona)
    wait_pin_panel(qtbot, kiosk, WAIT_MS)
    type_pin(qtbot, kiosk, pin)


def reach_offer(qtbot: QtBot, kiosk: KioskApplication) -> FingerprintPanel:
    insert_and_type_pin(qtbot, kiosk, PERSONA, PIN)

    def offered() -> bool:
        screen = kiosk.window.card_screen
        panel = screen.fingerprint_panel if screen is not None else None
        return (
            panel is not None
            and screen is not None
            and (screen.panels.currentWidget() is panel and panel.phase is Phase.OFFER)
        )

    qtbot.waitUntil(offered, timeout=WAIT_MS)
    assert kiosk.core.session.state is State.SIGN_IN  # not signed in yet: the step is open
    return panel_of(kiosk)


def start_capture(qtbot: QtBot, kiosk: KioskApplication, panel: FingerprintPanel) -> None:
    """Tap "Confirm"/"Try again" and wait until the sensor polls for the finger."""
    confirmation = kiosk.window.fingerprint
    assert confirmation is not None
    with qtbot.waitSignal(
        confirmation.stage_changed,
        timeout=WAIT_MS,
        check_params_cb=lambda stage: stage is VerifyStage.PLACE_FINGER,
    ):
        click(qtbot, panel.primary_button)
    assert panel.phase is Phase.CAPTURE
    assert panel.text.text() == "Place your finger flat on the fingerprint reader."


def wait_home(qtbot: QtBot, kiosk: KioskApplication) -> None:
    qtbot.waitUntil(lambda: kiosk.core.session.state is State.HOME, timeout=WAIT_MS)


def take_card_out(qtbot: QtBot, kiosk: KioskApplication) -> None:
    """The resident takes their card out: the session ends."""
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=WAIT_MS):
        slot_of(kiosk).remove()


def test_opt_in_match_signs_in_with_pin_and_fingerprint(
    qtbot: QtBot, fp_kiosk: KioskApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fp_kiosk.controller.set_preference("speech", True)
    spoken = Spoken(fp_kiosk)
    panel = reach_offer(qtbot, fp_kiosk)
    assert panel.primary_button.text() == "Confirm with your fingerprint"
    assert panel.skip_button.isVisible() and panel.skip_button.text() == "Skip — PIN is enough"
    assert card_screen(fp_kiosk).heading.text() == "Confirm with your fingerprint?"
    start_capture(qtbot, fp_kiosk, panel)
    sensor = sensor_of(fp_kiosk)
    sensor.place_persona_finger(PERSONA)
    qtbot.waitUntil(lambda: panel.phase is Phase.CONFIRMED, timeout=WAIT_MS)
    assert not panel.skip_button.isVisible()
    wait_home(qtbot, fp_kiosk)
    identity = fp_kiosk.core.session.identity
    assert (identity.role, identity.display_name) == (Role.RESIDENT, "Amina Njoroge")
    assert identity.assurance is Assurance.PIN_FINGERPRINT
    assert sensor.char_buffers_are_clear()
    assert fp_kiosk.card is not None and not fp_kiosk.card.fingerprint_template_ready()
    qtbot.waitUntil(lambda: "Fingerprint confirmed" in spoken.all, timeout=WAIT_MS)
    assert "Confirm with your fingerprint?. Your PIN was right." in spoken.all
    assert "This is optional. Your PIN is enough to sign in." in spoken.all
    assert "Place your finger flat on the fingerprint reader." in spoken.all
    assert "Lift your finger." in spoken.all
    # the security audit has the PIN, then the fingerprint, as attempts (outcome only)
    attempts = [
        (e["fields"]["factor"], e["fields"]["result"])
        for e in read_entries(fp_kiosk.core.config.paths.data_dir / "audit.jsonl")
        if e["event"] == "auth.attempt"
    ]
    assert attempts == [("pin", "success"), ("fingerprint", "success")]
    # nothing of the template (or a score) in any log record
    secret = demo_template(PERSONA)
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        assert secret.hex()[:16] not in text.lower()
        assert secret[:8].hex(" ") not in text.lower()
        assert repr(secret[:8])[2:-1] not in text
    take_card_out(qtbot, fp_kiosk)


def test_five_misses_fall_back_to_the_pin(qtbot: QtBot, fp_kiosk: KioskApplication) -> None:
    fp_kiosk.controller.set_preference("speech", True)
    spoken = Spoken(fp_kiosk)
    panel = reach_offer(qtbot, fp_kiosk)
    sensor = sensor_of(fp_kiosk)
    for attempt in range(1, 6):
        start_capture(qtbot, fp_kiosk, panel)
        sensor.place_wrong_finger()
        expected = Phase.FALLBACK if attempt == 5 else Phase.RETRY

        def answered(expected: Phase = expected) -> bool:
            return panel.phase is expected

        qtbot.waitUntil(answered, timeout=WAIT_MS)
        sensor.lift_finger()
        assert panel.heading() == "Fingerprint not recognised"
        if attempt < 5:
            assert panel.tries.text() == f"Tries left: {5 - attempt}"
            assert panel.primary_button.text() == "Try again"
            assert panel.skip_button.isVisible()
    assert "not recognised after 5 tries" in panel.text.text()
    assert "your PIN is enough" in panel.text.text()
    assert not panel.skip_button.isVisible()
    assert fp_kiosk.card is not None and not fp_kiosk.card.fingerprint_template_ready()
    qtbot.waitUntil(lambda: "not recognised after 5 tries" in spoken.all, timeout=WAIT_MS)
    assert "Lift your finger, then place it flat on the reader again." in spoken.all
    assert panel.primary_button.text() == "Continue"
    click(qtbot, panel.primary_button)
    wait_home(qtbot, fp_kiosk)
    assert fp_kiosk.core.session.identity.assurance is Assurance.PIN
    assert sensor.char_buffers_are_clear()
    take_card_out(qtbot, fp_kiosk)


def test_no_finger_in_time_offers_try_again_without_spending_a_try(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    confirmation = fp_kiosk.window.fingerprint
    assert confirmation is not None
    confirmation.finger_timeout = 0.3
    panel = reach_offer(qtbot, fp_kiosk)
    start_capture(qtbot, fp_kiosk, panel)
    qtbot.waitUntil(lambda: panel.phase is Phase.RETRY, timeout=WAIT_MS)
    assert panel.heading() == "No finger found"
    assert panel.tries.text() == "Tries left: 5"
    # a second try with a finger this time
    confirmation.finger_timeout = 10.0
    start_capture(qtbot, fp_kiosk, panel)
    sensor_of(fp_kiosk).place_persona_finger(PERSONA)
    wait_home(qtbot, fp_kiosk)
    assert fp_kiosk.core.session.identity.assurance is Assurance.PIN_FINGERPRINT
    take_card_out(qtbot, fp_kiosk)


def test_sensor_unplugged_during_capture_continues_with_the_pin(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    panel = reach_offer(qtbot, fp_kiosk)
    start_capture(qtbot, fp_kiosk, panel)
    sensor_of(fp_kiosk).unplug()
    qtbot.waitUntil(lambda: panel.phase is Phase.FALLBACK, timeout=WAIT_MS)
    assert panel.heading() == "The fingerprint reader is not working"
    assert "your PIN is enough" in panel.text.text()
    assert fp_kiosk.card is not None and not fp_kiosk.card.fingerprint_template_ready()
    click(qtbot, panel.primary_button)
    wait_home(qtbot, fp_kiosk)
    assert fp_kiosk.core.session.identity.assurance is Assurance.PIN
    take_card_out(qtbot, fp_kiosk)


def test_sensor_gone_before_the_pin_means_no_offer(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    sensor_of(fp_kiosk).unplug()
    assert fp_kiosk.core.fingerprint is not None and fp_kiosk.core.tamper is not None
    # the sensor seen earlier and now gone locks the kiosk (OPS-07); a technician checks it and
    # puts it back in service with the sensor still missing (no longer expected)
    qtbot.waitUntil(lambda: fp_kiosk.window.out_of_service, timeout=WAIT_MS)
    assert fp_kiosk.core.tamper.back_in_service()
    qtbot.waitUntil(lambda: not fp_kiosk.window.out_of_service, timeout=WAIT_MS)
    slot_of(fp_kiosk).insert(PERSONA)
    # the PIN panel asks the sensor for a health poll: it is found gone before the PIN is typed
    qtbot.waitUntil(
        lambda: fp_kiosk.core.fingerprint is not None
        and fp_kiosk.core.fingerprint.state is DeviceState.ABSENT,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: fp_kiosk.window.card_screen is not None, timeout=WAIT_MS)
    screen = card_screen(fp_kiosk)
    qtbot.waitUntil(lambda: screen.panels.currentWidget() is screen.pin_panel, timeout=WAIT_MS)
    for digit in PIN:
        qtbot.mouseClick(screen.pinpad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.pinpad.ok_button, Qt.MouseButton.LeftButton)
    wait_home(qtbot, fp_kiosk)
    assert fp_kiosk.core.session.identity.assurance is Assurance.PIN
    assert panel_of(fp_kiosk).phase is Phase.IDLE
    assert fp_kiosk.card is not None and not fp_kiosk.card.fingerprint_template_ready()
    take_card_out(qtbot, fp_kiosk)


def test_a_lock_while_the_pin_is_asked_refuses_the_card_and_drops_a_pin_typed_after(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    slot_of(fp_kiosk).insert(PERSONA)
    qtbot.waitUntil(lambda: fp_kiosk.window.card_screen is not None, timeout=WAIT_MS)
    screen = card_screen(fp_kiosk)
    qtbot.waitUntil(lambda: screen.panels.currentWidget() is screen.pin_panel, timeout=WAIT_MS)
    for digit in PIN[:3]:
        qtbot.mouseClick(screen.pinpad.keys[digit], Qt.MouseButton.LeftButton)
    # the kiosk is locked while the resident types (here by the fleet's signed command, the
    # same lock as a device unplugged): no PIN goes to the card
    assert fp_kiosk.core.tamper is not None
    fp_kiosk.core.tamper.take_out_of_service()
    qtbot.waitUntil(lambda: fp_kiosk.window.out_of_service, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: screen.problem_title.text() == "This kiosk is out of service", timeout=WAIT_MS
    )
    for digit in PIN[3:]:
        qtbot.mouseClick(screen.pinpad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.pinpad.ok_button, Qt.MouseButton.LeftButton)  # dropped, no error
    assert fp_kiosk.core.session.state is not State.HOME
    assert screen.problem_title.text() == "This kiosk is out of service"
    assert screen.panels.currentWidget() is screen.problem
    take_card_out(qtbot, fp_kiosk)


def test_skip_signs_in_with_the_pin_and_never_touches_the_sensor(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    panel = reach_offer(qtbot, fp_kiosk)
    click(qtbot, panel.skip_button)
    wait_home(qtbot, fp_kiosk)
    identity = fp_kiosk.core.session.identity
    assert (identity.role, identity.assurance) == (Role.RESIDENT, Assurance.PIN)
    assert Instruction.DOWN_CHAR not in sensor_of(fp_kiosk).commands
    assert fp_kiosk.card is not None and not fp_kiosk.card.fingerprint_template_ready()
    take_card_out(qtbot, fp_kiosk)


def test_card_removed_during_capture_wipes_the_session(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    panel = reach_offer(qtbot, fp_kiosk)
    start_capture(qtbot, fp_kiosk, panel)
    with qtbot.waitSignal(fp_kiosk.controller.session_ended, timeout=WAIT_MS) as ended:
        slot_of(fp_kiosk).remove()
    assert ended.args == [EndReason.CARD_REMOVED.value]
    assert fp_kiosk.window.current_screen() is fp_kiosk.window.attract
    assert fp_kiosk.core.session.identity.role is Role.NONE
    assert panel.phase is Phase.IDLE
    confirmation = fp_kiosk.window.fingerprint
    assert confirmation is not None and not confirmation.running
    assert confirmation.tries_left == 5
    assert fp_kiosk.card is not None and not fp_kiosk.card.fingerprint_template_ready()
    # the cancelled attempt stops polling and clears the sensor's buffers
    sensor = sensor_of(fp_kiosk)
    qtbot.waitUntil(
        lambda: fp_kiosk.core.fingerprint is not None
        and fp_kiosk.core.fingerprint.state is DeviceState.READY,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(sensor.char_buffers_are_clear, timeout=WAIT_MS)
    # a finger placed now is not taken by anyone
    sensor.place_persona_finger(PERSONA)
    assert fp_kiosk.core.session.state is State.ATTRACT


def test_staff_cards_are_not_offered_the_step(qtbot: QtBot, fp_kiosk: KioskApplication) -> None:
    insert_and_type_pin(qtbot, fp_kiosk, "staff-daniel", "111111")
    wait_home(qtbot, fp_kiosk)
    identity = fp_kiosk.core.session.identity
    assert (identity.role, identity.assurance) == (Role.STAFF, Assurance.PIN)
    assert panel_of(fp_kiosk).phase is Phase.IDLE
    take_card_out(qtbot, fp_kiosk)


def test_simplified_mode_signs_in_with_the_pin_without_the_fingerprint_question(
    qtbot: QtBot, fp_kiosk: KioskApplication
) -> None:
    fp_kiosk.controller.set_preference("simplified", True)  # chosen on the attract screen
    insert_and_type_pin(qtbot, fp_kiosk, PERSONA, PIN)
    wait_home(qtbot, fp_kiosk)  # the PIN is enough: no question, nothing said about it
    identity = fp_kiosk.core.session.identity
    assert (identity.role, identity.assurance) == (Role.RESIDENT, Assurance.PIN)
    assert panel_of(fp_kiosk).phase is not Phase.OFFER
    assert card_screen(fp_kiosk).panels.currentWidget() is not panel_of(fp_kiosk)
    assert Instruction.DOWN_CHAR not in sensor_of(fp_kiosk).commands
    take_card_out(qtbot, fp_kiosk)
