"""The demo kiosk with its virtual card readers (real pcscd + vpcd, see
:mod:`tests.helpers.pcsc_fixtures`), started and closed the same way by every card test.

The ``card_kiosk`` fixture (tests/ui/conftest.py) is the usual one; tests that need other
devices or settings build their configuration (:func:`kiosk.config.with_devices`) and call
:func:`start_card_kiosk` / :func:`close_card_kiosk` themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig
from ui.main import KioskApplication
from ui.services.base import wait_for_jobs


def start_card_kiosk(qapp: QApplication, config: KioskConfig, qtbot: Any) -> KioskApplication:
    """A shown demo kiosk whose core started without a problem and whose card reader is there."""
    kiosk = KioskApplication(qapp, config, windowed=True)
    try:
        with qtbot.waitSignal(kiosk.starter.started, timeout=30_000) as started:
            kiosk.window.resize(1080, 1920)
            kiosk.window.show()
        assert started.args == [""]
        assert kiosk.card is not None
        assert kiosk.core.demo is not None and kiosk.core.demo.card_slots
        qtbot.waitUntil(kiosk.card.reader_present, timeout=20_000)
    except BaseException:
        kiosk.dispose()
        raise
    return kiosk


def close_card_kiosk(kiosk: KioskApplication) -> None:
    """Take the virtual cards out, let running service jobs end, dispose of the kiosk."""
    assert kiosk.core.demo is not None
    for slot in kiosk.core.demo.card_slots.values():
        slot.close()
    wait_for_jobs()
    kiosk.dispose()
