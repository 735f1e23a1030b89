"""The PRACTICE marker in the top bar is readable (#15.11): its text contrast, measured from
the pixels the real widget draws, is at least 4.5:1 in the standard and high-contrast themes.

The palette pair alone was fine; the top bar's "banner text" rule (white, yellow in high
contrast) overrode the marker's own colour, so this measures what is on screen."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig, Mode
from ui.a11y_walk.contrast import TEXT_MIN, ratio
from ui.main import KioskApplication
from ui.theme import HIGH_CONTRAST, STANDARD, Palette


@pytest.fixture
def demo_config(demo_config: KioskConfig) -> KioskConfig:
    """This module's kiosk runs in practice mode."""
    return demo_config.model_copy(
        update={"kiosk": demo_config.kiosk.model_copy(update={"mode": Mode.PRACTICE})}
    )


def drawn_contrast(kiosk: KioskApplication) -> tuple[float, tuple[int, int, int]]:
    """(contrast of the marker's text against its background, the background) as drawn.

    The background is the commonest pixel; the text colour the pixel farthest from it in
    contrast (anti-aliased edges lie between the two and only lower the measured ratio)."""
    image = kiosk.window.top_bar.practice.grab().toImage()
    pixels: Counter[tuple[int, int, int]] = Counter()
    for x in range(0, image.width(), 2):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            pixels[(colour.red(), colour.green(), colour.blue())] += 1
    background = pixels.most_common(1)[0][0]
    text = max(pixels, key=lambda rgb: ratio(rgb, background))
    return ratio(text, background), background


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@pytest.mark.parametrize(("high_contrast", "palette"), [(False, STANDARD), (True, HIGH_CONTRAST)])
def test_practice_marker_text_is_readable(
    qtbot: QtBot, kiosk_app: KioskApplication, high_contrast: bool, palette: Palette
) -> None:
    kiosk = kiosk_app
    marker = kiosk.window.top_bar.practice
    assert kiosk.inclusion.practice and marker.isVisible()
    kiosk.controller.start()
    kiosk.controller.choose_language("en")
    kiosk.controller.set_preference("high_contrast", high_contrast)
    qtbot.waitUntil(lambda: kiosk.window.theme.palette.name == palette.name, timeout=5000)
    QApplication.processEvents()
    assert ratio(palette.practice_text, palette.practice) >= TEXT_MIN
    measured, background = drawn_contrast(kiosk)
    assert background == rgb(palette.practice)
    assert measured >= TEXT_MIN, f"{palette.name}: {measured:.2f}:1"
    shots = os.environ.get("KIOSK_SCREENSHOTS")
    if shots:
        kiosk.window.grab().save(str(Path(shots) / f"practice-banner-{palette.name}.png"))
