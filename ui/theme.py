"""The one place where the kiosk's look is defined: palettes, sizes and the style sheet.

Sizes are physical: a touch target is at least 11.6 mm (44 CSS px at arm's length, A11Y-16)
whatever the screen's density, computed from the configured or reported DPI.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.session.machine import Preferences

MIN_TARGET_MM = 11.6
MIN_SPACING_MM = 6.4
SIMPLIFIED_BUTTON_SCALE = 1.3
SIMPLIFIED_TILES_PER_PAGE = 4


@dataclass(frozen=True)
class Palette:
    name: str
    window: str
    surface: str
    text: str
    muted_text: str
    primary: str
    primary_text: str
    secondary: str
    secondary_text: str
    border: str
    focus: str
    danger: str
    danger_text: str
    banner: str
    banner_text: str
    overlay: str
    banner_focus: str
    practice: str
    practice_text: str
    assisted: str
    assisted_text: str
    pressed_tile: str
    placeholder: str


STANDARD = Palette(
    name="standard",
    window="#F3F5F8",
    surface="#FFFFFF",
    text="#14171A",
    muted_text="#3D4650",
    primary="#0B5CAD",
    primary_text="#FFFFFF",
    secondary="#FFFFFF",
    secondary_text="#0B3D73",
    border="#56606B",
    focus="#C4410C",
    danger="#A3141E",
    danger_text="#FFFFFF",
    banner="#0B3D73",
    banner_text="#FFFFFF",
    overlay="rgba(10, 20, 30, 215)",
    banner_focus="#FFD23F",
    practice="#FFD23F",
    practice_text="#14171A",
    assisted="#E6F0FA",
    assisted_text="#0B3D73",
    pressed_tile="#D5E3F3",
    placeholder="#58616B",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted_text="#FFFFFF",
    primary="#FFE600",
    primary_text="#000000",
    secondary="#000000",
    secondary_text="#FFE600",
    border="#FFFFFF",
    focus="#00E5FF",
    danger="#FF6B6B",
    danger_text="#000000",
    banner="#000000",
    banner_text="#FFE600",
    overlay="rgba(0, 0, 0, 240)",
    banner_focus="#00E5FF",
    practice="#FFE600",
    practice_text="#000000",
    assisted="#000000",
    assisted_text="#FFFFFF",
    pressed_tile="#3A3A3A",
    placeholder="#C8C8C8",
)


def mm_to_px(mm: float, dpi: float) -> int:
    return math.ceil(mm / 25.4 * dpi)


@dataclass(frozen=True)
class Theme:
    """Everything the screens need to size and colour themselves.

    Attributes:
        palette: standard or high contrast colours.
        text_scale: 1.0 normally, 2.0 in large-text mode.
        dpi: physical dots per inch of the screen.
    """

    palette: Palette = STANDARD
    text_scale: float = 1.0
    dpi: float = 96.0
    simplified: bool = False

    @classmethod
    def for_preferences(cls, preferences: Preferences, dpi: float) -> Theme:
        """The theme for a session's choices (large text, high contrast, simplified)."""
        return cls(
            palette=HIGH_CONTRAST if preferences.high_contrast else STANDARD,
            text_scale=2.0 if preferences.large_text else 1.0,
            dpi=dpi,
            simplified=preferences.simplified,
        )

    @property
    def button_scale(self) -> float:
        """Simplified mode makes every button bigger (fewer, larger choices)."""
        return SIMPLIFIED_BUTTON_SCALE if self.simplified else 1.0

    @property
    def tiles_per_page(self) -> int | None:
        """How many service tiles the home screen shows at once (None: all, scrolling)."""
        return SIMPLIFIED_TILES_PER_PAGE if self.simplified else None

    @property
    def min_target(self) -> int:
        """Smallest side of any touch target, in logical pixels."""
        return math.ceil(max(mm_to_px(MIN_TARGET_MM, self.dpi), 44) * self.button_scale)

    @property
    def spacing(self) -> int:
        return max(mm_to_px(MIN_SPACING_MM, self.dpi), 24)

    @property
    def primary_height(self) -> int:
        """Primary buttons are 1.6 times the minimum target."""
        return max(int(self.min_target * 1.6), int(self.font_px(1.0) * 2.6 * self.button_scale))

    def font_px(self, level: float = 1.0) -> int:
        return round(24 * level * self.text_scale)

    def style_sheet(self) -> str:
        p = self.palette
        t = self.min_target
        return f"""
QWidget {{
    background: {p.window};
    color: {p.text};
    font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", sans-serif;
    font-size: {self.font_px()}px;
}}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {self.font_px(1.7)}px; font-weight: bold; }}
QLabel[role="hero"] {{ font-size: {self.font_px(2.4)}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {self.font_px(1.2)}px; color: {p.muted_text}; }}
QLabel[role="body"] {{ font-size: {self.font_px()}px; }}
QLabel[role="countdown"] {{ font-size: {self.font_px(4.0)}px; font-weight: bold; }}
QLabel[role="notice"] {{
    background: {p.surface}; color: {p.text}; font-weight: bold;
    border: 3px solid {p.danger}; border-radius: 8px; padding: 10px;
}}
/* information, not a problem (content shown in another language): a calm grey frame */
QLabel[role="info"] {{
    background: {p.surface}; color: {p.text};
    border: 3px solid {p.border}; border-radius: 8px; padding: 10px;
}}
QFrame[role="card"] {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: 12px;
}}
QFrame[role="banner"], QWidget[role="banner"] {{ background: {p.banner}; }}
QFrame[role="banner"] QLabel, QWidget[role="banner"] QLabel {{ color: {p.banner_text}; }}
QWidget[role="overlay"] {{ background: {p.overlay}; }}
QPushButton {{
    /* the focus ring is 3px thicker than the border and takes 3px of padding: same size */
    min-height: {t}px; min-width: {t}px;
    padding: 8px 20px;
    border-radius: 10px;
    border: 3px solid {p.border};
    background: {p.secondary};
    color: {p.secondary_text};
    font-size: {self.font_px()}px;
    font-weight: bold;
}}
QPushButton[role="primary"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
    min-height: {self.primary_height}px; font-size: {self.font_px(1.25)}px;
}}
QPushButton[role="tile"] {{
    background: {p.surface}; color: {p.secondary_text};
    min-height: {self.primary_height * 2}px; font-size: {self.font_px(1.15)}px;
    text-align: center;
}}
QPushButton[role="danger"] {{
    background: {p.danger}; color: {p.danger_text}; border-color: {p.danger};
}}
QPushButton[role="toggle"]:checked {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
}}
QPushButton:focus {{ border: 6px solid {p.focus}; padding: 5px 17px; }}
QPushButton[role="primary"]:focus, QPushButton[role="toggle"]:checked:focus {{
    background: {p.secondary}; color: {p.secondary_text};
    border: 6px solid {p.focus}; padding: 5px 17px;
}}
QWidget[role="banner"] QPushButton {{ border-color: {p.banner_text}; }}
QWidget[role="banner"] QPushButton:focus {{
    border: 6px solid {p.banner_focus}; padding: 5px 17px;
}}
/* the marker sits in the top bar: as specific as the bar's banner-text rule, or it is
   drawn in banner text (white on yellow, yellow on yellow in high contrast) */
QLabel[role="practice"], QWidget[role="banner"] QLabel[role="practice"] {{
    background: {p.practice}; color: {p.practice_text}; font-weight: bold;
    font-size: {self.font_px(1.2)}px; padding: 6px;
}}
QFrame[role="assisted"] {{ background: {p.assisted}; border-bottom: 3px solid {p.border}; }}
QFrame[role="assisted"] QLabel {{ color: {p.assisted_text}; }}
QPushButton[role="key"] {{
    /* min sizes are of the content box: with the 3px border and 4px padding a key is exactly
       one target wide and high (11 keys and "Clear all" fit a portrait row in simplified mode) */
    min-height: {t - 14}px; min-width: {t - 14}px; padding: 4px;
    /* at 200 % the letters are as large as body text (48 px): six rows of keys, the field
       and Back/Next fit a landscape screen */
    font-size: {self.font_px(1.1 if self.text_scale < 2 else 1.0)}px;
}}
QPushButton[role="key"]:checked {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
}}
QPushButton[role="key"][shift] {{
    /* the arrow is drawn larger than letters, yet within one target's height, so its row is
       as tall as the others whatever the arrow shows (at 1.8 its row grew 2 px when the
       arrow changed, moving the screen above under a finger; 30 px at 200 %) */
    font-size: {self.font_px(max(1.0, 1.5 / self.text_scale))}px; padding: 0px;
    min-height: {t - 6}px; min-width: {t - 6}px;
}}
QPushButton[role="key"][shift="locked"] {{ border: 6px double {p.primary_text}; }}
QPushButton:pressed {{ background: {p.border}; color: {p.window}; }}
/* a tile paints its text in the palette's button-text colour, which pseudo-states do not
   change: pressed, it keeps that colour on a background it can be read on */
QPushButton[role="tile"]:pressed {{ background: {p.pressed_tile}; color: {p.secondary_text}; }}
/* disabled: every role looks the same, readable (>= 3:1, docs/inclusion.md) and marked by a
   dashed border; as specific as the role rules and after them, so it wins over their
   backgrounds (a disabled primary button was muted text on the primary colour: 1.4:1) */
QPushButton:disabled, QPushButton[role]:disabled, QPushButton[role]:checked:disabled {{
    background: {p.secondary}; color: {p.muted_text};
    border-color: {p.border}; border-style: dashed;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: {p.surface}; color: {p.text};
    border: 3px solid {p.border}; border-radius: 8px;
    padding: 6px 12px; min-height: {t}px;
    font-size: {self.font_px()}px;
    selection-background-color: {p.primary}; selection-color: {p.primary_text};
    placeholder-text-color: {p.placeholder};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus {{
    border: 6px solid {p.focus}; padding: 3px 9px;
}}
QLineEdit:disabled, QPlainTextEdit:disabled {{ color: {p.muted_text}; border-style: dashed; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollBar:vertical {{ width: {t // 2}px; background: {p.window}; }}
/* the page is dragged by touch (QScroller); the bar shows where you are. Its smallest
   height decides how short a scrolling page may get (above the keyboard on a landscape
   screen at 200 % text) */
QScrollBar::handle:vertical {{
    background: {p.border}; min-height: {t // 2}px; border-radius: 6px;
}}
"""
