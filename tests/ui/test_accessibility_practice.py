"""Practice mode (AD-06): a PRACTICE marker on every screen and on receipts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig, Mode
from kiosk.records.receipts import Receipt, ReceiptStatus, render_receipt
from ui.a11y_walk.walk import settle, views
from ui.main import KioskApplication

from .accessibility import Spoken, click, compiled_translations, kiosk, mock_tts

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


@pytest.fixture
def demo_config(demo_config: KioskConfig) -> KioskConfig:
    """This module's kiosk runs in practice mode."""
    return demo_config.model_copy(
        update={"kiosk": demo_config.kiosk.model_copy(update={"mode": Mode.PRACTICE})}
    )


def test_practice_marker_on_every_screen(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    inclusion = kiosk.inclusion
    assert inclusion.practice
    marker = window.top_bar.practice
    assert marker.isVisible()  # attract included
    assert marker.text().startswith("PRACTICE")
    kiosk.controller.start()
    kiosk.controller.choose_language("en")
    all_views = views(window, inclusion)
    for view in all_views:
        view.show()
        settle()
        assert marker.isVisible(), view.name
        view.hide()
        view.release()
    kiosk.controller.set_language("es")
    settle()
    assert marker.text().startswith("PRÁCTICA")


def test_practice_receipt_carries_the_flag_and_can_be_read_aloud(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    inclusion = kiosk.inclusion
    receipt = Receipt.create(
        reference="PR-2026-0001",
        kiosk_id=kiosk.config.kiosk.id,
        site=kiosk.config.kiosk.site,
        issued_at=datetime(2026, 11, 26, 10, 0, tzinfo=UTC),
        service="about",
        status=ReceiptStatus.SUBMITTED,
        key=b"k" * 32,
        practice=inclusion.practice,
    )
    rendered = render_receipt(receipt, "en")
    texts = [line.text for line in rendered.lines]
    assert "PRACTICE - NOT A REAL TRANSACTION" in texts
    spoken = Spoken(kiosk)
    click(qtbot, kiosk.window.attract.toggles["speech"])
    inclusion.read_receipt(rendered)
    qtbot.wait(5)
    assert "PRACTICE - NOT A REAL TRANSACTION" in spoken.texts[-1]
    assert "PR-2026-0001" in spoken.texts[-1]
