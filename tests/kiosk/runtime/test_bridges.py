"""kiosk.runtime.bridges: the Qt side of a started core, without a window (issue #17).

The card readers' bridges are built and audited by the kiosk, not by ``ui/main.py``: a resident's
card in the demo rig's virtual reader (real pcscd + vpcd) is identified, a PIN signs in, and the
security audit records the attempt, with nothing on screen. Closing the core closes the bridges.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator.pcscd import PcscDaemon
from kiosk.config import DISABLED, KioskConfig, shell_only, with_devices
from kiosk.identity.sign_in import CardIdentified, SignedIn
from kiosk.records.audit import AUDIT_FILE_NAME
from kiosk.runtime.app import KioskCore, build_core
from kiosk.runtime.bridges import build_bridges
from tests.helpers.pcsc import VPCD_READERS
from tests.helpers.pcsc_fixtures import pcscd

__all__ = ["pcscd"]


@pytest.fixture
def card_core(
    demo_config: KioskConfig,
    pcscd: PcscDaemon,
) -> Iterator[KioskCore]:
    config = with_devices(demo_config, printer=DISABLED, camera=DISABLED, fingerprint=DISABLED)
    core = build_core(config)
    try:
        core.start()
        yield core
    finally:
        core.close()


@pytest.mark.pcsc
def test_a_card_signs_in_through_the_bridges_and_is_audited(
    qapp: QApplication, qtbot: QtBot, card_core: KioskCore
) -> None:
    bridges = build_bridges(card_core, qapp)
    assert bridges.sync is not None and bridges.security_audit is not None
    cards = bridges.cards
    assert cards is not None
    card = cards.card
    assert cards.staff_card.on_card_event in card_core.card_listeners
    card_core.start_watching()  # the UI calls it once everything is attached
    qtbot.waitUntil(card.reader_present, timeout=20_000)
    assert card_core.demo is not None
    slot = card_core.demo.card_slots[VPCD_READERS[0]]
    with qtbot.waitSignal(card.identified, timeout=20_000) as identified:
        slot.insert("resident-amina")
    assert isinstance(identified.args[0], CardIdentified)
    with qtbot.waitSignal(card.signed_in, timeout=20_000) as signed_in:
        card.submit_pin(bytearray(b"123456"))
    assert isinstance(signed_in.args[0], SignedIn)
    audit_path = card_core.config.paths.data_dir / AUDIT_FILE_NAME
    entries = [json.loads(line) for line in audit_path.read_bytes().splitlines()]
    attempts = [e for e in entries if e["event"] == "auth.attempt"]
    assert attempts and attempts[-1]["fields"]["result"] == "success"
    text = audit_path.read_text(encoding="utf-8")
    assert "Amina" not in text and "RES-0001" not in text  # pseudonyms only
    slot.close()
    closers = card_core.closers
    assert closers.index(card.close) < closers.index(cards.staff_card.close)  # router first
    assert card_core.tamper is not None  # the demo kiosk guards its readers (OPS-07)
    assert cards.tamper is not None and cards.tamper.close in card_core.closers
    assert not cards.tamper.locked


def test_a_kiosk_without_a_card_reader_has_no_card_bridges(
    qapp: QApplication, demo_config: KioskConfig
) -> None:
    core = build_core(shell_only(demo_config))
    try:
        core.start()
        bridges = build_bridges(core, qapp)
        assert bridges.cards is None
        assert bridges.security_audit is not None  # sessions are audited all the same
        assert bridges.security_audit.detach in core.closers
    finally:
        core.close()
