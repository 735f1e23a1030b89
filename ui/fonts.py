"""Fonts for text the kiosk does not write itself (issue #16 item 9).

Back-end text (Open311 answers, catalogue entries, library titles) may carry emoji. The kiosk's
text fonts (DejaVu Sans, Noto Sans, Noto Sans Arabic; see ui/theme.py) have no emoji glyphs, so
without help an emoji is drawn as an empty box. :func:`install_emoji_font` registers Noto Color
Emoji (Debian ``fonts-noto-color-emoji``, installed by scripts/setup.sh) as the application's
emoji family, which Qt (6.9+) uses for every emoji-presentation sequence whatever the widget's
font. When no emoji font is present, :func:`displayable` strips emoji before display instead, so
a resident sees the words without boxes.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

logger = logging.getLogger(__name__)

EMOJI_FAMILY = "Noto Color Emoji"
EMOJI_FILES = (
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
    Path("/usr/share/fonts/noto/NotoColorEmoji.ttf"),
)
"""Where Debian and other distributions put the font, for when fontconfig does not list it."""

_MODIFIERS = "[\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*"
_EMOJI = re.compile(
    "(?:"
    "[\U0001f1e6-\U0001f1ff]{2}"  # regional-indicator flags
    f"|[\U0001f000-\U0001faff]{_MODIFIERS}"  # pictographs, with skin tones and tags
    f"(?:\u200d[\U0001f000-\U0001faff\u2600-\u27bf]{_MODIFIERS})*"  # ZWJ sequences
    "|[0-9#*]\ufe0f\u20e3"  # keycaps
    "|\ufe0f"  # emoji presentation on a BMP symbol (the symbol itself is in DejaVu Sans)
    ")"
)
"""Emoji the text fonts cannot draw. BMP symbols (☀ ✓ ♿) stay: DejaVu Sans has them."""

_installed: str | None = None
_checked = False


def install_emoji_font() -> str | None:
    """Make Qt draw emoji with a colour emoji font; the family, or None when there is none.

    Needs a QGuiApplication. Idempotent.
    """
    global _installed, _checked
    _checked = True
    families = QFontDatabase.families()
    family: str | None = EMOJI_FAMILY if EMOJI_FAMILY in families else None
    if family is None:
        for path in EMOJI_FILES:
            if path.is_file():
                loaded = QFontDatabase.applicationFontFamilies(
                    QFontDatabase.addApplicationFont(str(path))
                )
                if loaded:
                    family = loaded[0]
                    break
    if family is None:
        logger.warning("no emoji font installed: emoji in back-end text are removed before display")
        _installed = None
        return None
    if family not in QFontDatabase.applicationEmojiFontFamilies():
        QFontDatabase.addApplicationEmojiFontFamily(family)
    _installed = family
    return family


def emoji_family() -> str | None:
    """The emoji family installed by :func:`install_emoji_font` (None: none, or not yet)."""
    return _installed


def has_glyph(family: str, codepoint: int) -> bool:
    """True if ``family`` has a glyph for ``codepoint`` (not Qt's fallback: that very font)."""
    raw = QRawFont.fromFont(QFont(family))
    return raw.isValid() and raw.familyName() == family and raw.supportsCharacter(codepoint)


def strip_emoji(text: str) -> str:
    """``text`` without emoji sequences (and without the space an emoji leaves doubled)."""
    stripped = _EMOJI.sub("", text)
    if stripped == text:
        return text
    return re.sub(r"[ \t]{2,}", " ", stripped).strip()


def displayable(text: str) -> str:
    """Back-end text as the kiosk can draw it: unchanged with an emoji font, else without emoji.

    Looks for the font on first use when start-up did not (screens built outside the kiosk)."""
    if not _checked and QGuiApplication.instance() is not None:
        install_emoji_font()
    return text if _installed is not None else strip_emoji(text)
