"""WCAG 2.x contrast ratios computed from the theme's palettes (A11Y-13)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ui.theme import Palette

TEXT_MIN = 4.5
"""Text (any size) against its background."""
NON_TEXT_MIN = 3.0
"""Control boundaries, focus indicators and other meaningful graphics."""

_HEX = re.compile(r"^#([0-9A-Fa-f]{6})$")
_RGBA = re.compile(r"^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$")


def parse_colour(value: str) -> tuple[int, int, int, int]:
    """``#RRGGBB`` or ``rgba(r, g, b, a)`` (alpha 0-255) as an RGBA tuple."""
    match = _HEX.match(value)
    if match:
        raw = match.group(1)
        return int(raw[0:2], 16), int(raw[2:4], 16), int(raw[4:6], 16), 255
    match = _RGBA.match(value)
    if match:
        r, g, b, a = (int(part) for part in match.groups())
        return r, g, b, a
    raise ValueError(f"not a colour: {value!r}")


def composite(top: str, bottom: str) -> tuple[int, int, int]:
    """``top`` drawn over the opaque ``bottom`` colour."""
    r1, g1, b1, a1 = parse_colour(top)
    r2, g2, b2, _ = parse_colour(bottom)
    alpha = a1 / 255
    return (
        round(r1 * alpha + r2 * (1 - alpha)),
        round(g1 * alpha + g2 * (1 - alpha)),
        round(b1 * alpha + b2 * (1 - alpha)),
    )


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(foreground: str | tuple[int, int, int], background: str | tuple[int, int, int]) -> float:
    """WCAG contrast ratio between two opaque colours (1.0 to 21.0)."""
    fg = parse_colour(foreground)[:3] if isinstance(foreground, str) else foreground
    bg = parse_colour(background)[:3] if isinstance(background, str) else background
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class Pair:
    """One foreground/background pairing the style sheet actually draws."""

    what: str
    foreground: str
    background: str
    minimum: float


def pairs(p: Palette) -> list[Pair]:
    """Every colour pairing the kiosk's style sheet uses, with the ratio it needs."""
    return [
        Pair("text on window", p.text, p.window, TEXT_MIN),
        Pair("text on card", p.text, p.surface, TEXT_MIN),
        Pair("muted text on window", p.muted_text, p.window, TEXT_MIN),
        Pair("muted text on card", p.muted_text, p.surface, TEXT_MIN),
        Pair("primary button text", p.primary_text, p.primary, TEXT_MIN),
        Pair("secondary button text", p.secondary_text, p.secondary, TEXT_MIN),
        Pair("tile text", p.secondary_text, p.surface, TEXT_MIN),
        Pair("danger button text", p.danger_text, p.danger, TEXT_MIN),
        Pair("banner text", p.banner_text, p.banner, TEXT_MIN),
        Pair("disabled button text", p.muted_text, p.secondary, TEXT_MIN),
        Pair("pressed button text", p.window, p.border, TEXT_MIN),
        Pair("button border on window", p.border, p.window, NON_TEXT_MIN),
        Pair("button border on card", p.border, p.surface, NON_TEXT_MIN),
        Pair("primary button on window", p.primary, p.window, NON_TEXT_MIN),
        Pair("button border in the top bar", p.banner_text, p.banner, NON_TEXT_MIN),
        Pair("focus ring on window", p.focus, p.window, NON_TEXT_MIN),
        Pair("focus ring on card", p.focus, p.surface, NON_TEXT_MIN),
        Pair("focus ring around a focused filled button", p.focus, p.secondary, NON_TEXT_MIN),
        Pair("focus ring in the top bar", p.banner_focus, p.banner, NON_TEXT_MIN),
        Pair("practice marker", p.practice_text, p.practice, TEXT_MIN),
        Pair("assisted banner", p.assisted_text, p.assisted, TEXT_MIN),
    ]
