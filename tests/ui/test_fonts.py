"""Emoji in back-end text (issue #16 item 9): drawn with the colour emoji font, never as empty
boxes; stripped before display where no emoji font is installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui import fonts
from ui.theme import Theme
from ui.widgets.base import set_text

BIKE = "\U0001f6b2"
POTHOLE = "Pothole \U0001f573\ufe0f on Main Street"


@pytest.fixture
def emoji_font(qtbot: QtBot) -> Iterator[str]:
    family = fonts.install_emoji_font()
    if family is None:
        pytest.skip("fonts-noto-color-emoji is not installed (scripts/setup.sh installs it)")
    yield family


def colourful_pixels(label: QLabel) -> int:
    """Pixels that are neither grey nor white: a colour glyph, never a black-outlined box."""
    image = label.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if colour.hsvSaturation() > 80 and colour.value() > 60:
                count += 1
    return count


def test_the_emoji_font_covers_back_end_emoji(emoji_font: str) -> None:
    assert emoji_font in QFontDatabase.applicationEmojiFontFamilies()
    for codepoint in (0x1F6B2, 0x1F573, 0x1F3DB, 0x1F4DA, 0x2705):
        assert fonts.has_glyph(emoji_font, codepoint), hex(codepoint)
    # the kiosk's text font has none: without the emoji family these would be boxes
    assert not fonts.has_glyph("DejaVu Sans", 0x1F6B2)


def test_an_emoji_in_a_label_is_drawn_in_colour(qtbot: QtBot, emoji_font: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    # the kiosk's own style sheet: its font-family list has no emoji family in it
    big = "QLabel { background: white; color: black; font-size: 48px; }"
    label.setStyleSheet(Theme().style_sheet() + big)
    set_text(label, f"Bike lane {BIKE}")
    label.adjustSize()
    assert BIKE in label.text()  # kept: the font can draw it
    assert colourful_pixels(label) > 20
    set_text(label, "Bike lane")
    label.adjustSize()
    assert colourful_pixels(label) == 0  # the check sees the emoji, not the text


def test_without_an_emoji_font_emoji_are_stripped(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "_installed", None)
    monkeypatch.setattr(fonts, "_checked", True)  # as on a machine without the font
    label = QLabel()
    qtbot.addWidget(label)
    set_text(label, POTHOLE)
    assert label.text() == "Pothole on Main Street"
    assert label.accessibleName() == "Pothole on Main Street"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Bike \U0001f6b2 lane", "Bike lane"),
        ("\U0001f469\U0001f3fd\u200d\U0001f4bb Digital desk", "Digital desk"),  # ZWJ, skin tone
        ("Flag \U0001f1ea\U0001f1f8 Spain", "Flag Spain"),
        ("Opening hours \u2600\ufe0f", "Opening hours \u2600"),  # DejaVu Sans draws ☀
        ("Paid \u2713", "Paid \u2713"),
        ("حفرة \U0001f573 في الشارع", "حفرة في الشارع"),
        ("plain text", "plain text"),
    ],
)
def test_strip_emoji(text: str, shown: str) -> None:
    assert fonts.strip_emoji(text) == shown
