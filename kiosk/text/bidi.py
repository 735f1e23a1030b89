"""Text from elsewhere (the city's back ends, the configuration, a library system) inside the
kiosk's own sentences: cleaned, isolated in its own direction, and known by its language.

Pure Python (no Qt); :mod:`ui.formatting` re-exports it for screens, receipts use it directly.

* :func:`untrusted_text` makes a server string safe to show as plain text: control and format
  characters that could reorder the kiosk's sentence (bidi embeddings, overrides, isolates,
  marks) are dropped, whitespace folds to one space, the length is bounded (with "…").
* :func:`isolate` wraps a run in Unicode directional isolates (UAX #9: LRI/RLI/FSI … PDI), so
  an English sentence inside an Arabic screen keeps its full stop at its end ("A hole in the
  road surface.", not ".A hole in the road surface") and an address keeps its order
  ("Carrer de la Riera 12, 2º 1ª, 08001 Riverton"). The run's direction comes from its language
  when known (LRI for English, RLI for Arabic), else from its first strong letter (FSI). The
  result is always balanced: a stray PDI inside cannot close the isolate early, an isolate
  left open inside is closed before the final PDI.
* :class:`Worded` is a text with the language it is in; :meth:`Worded.foreign_to` says whether
  it is not in the resident's language (the screen then says so, once).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

LRI = "\u2066"  # left-to-right isolate
RLI = "\u2067"  # right-to-left isolate
FSI = "\u2068"  # first-strong isolate: the run's own first letter decides
PDI = "\u2069"  # pop directional isolate
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
_EMBEDDINGS = "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
BIDI_CONTROLS = frozenset(LRM + RLM + ALM + _EMBEDDINGS + LRI + RLI + FSI + PDI)
_INITIATORS = frozenset(LRI + RLI + FSI)
# UAX #9 allows 125 levels; far fewer keep hostile nesting from overflowing (then the bidi
# algorithm ignores further initiators and a PDI could match an outer isolate)
MAX_NESTING = 16

# languages written right to left (content from a back end may be in any of them; the kiosk's
# own interface languages are ui.i18n.RTL_LANGUAGES)
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"}
)

_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})
DEFAULT_LIMIT = 300
"""Characters of a message from elsewhere shown when the caller names no limit."""
# format characters that shape text and cannot reorder it: zero-width joiners (emoji
# sequences, Persian and Indic words) stay
_KEPT_FORMAT = frozenset("\u200c\u200d")


def base_language(tag: str | None) -> str:
    """``ar`` of ``ar-EG`` / ``AR_eg``; "" for none."""
    if not tag:
        return ""
    return tag.strip().replace("_", "-").split("-")[0].casefold()


def is_rtl_language(tag: str | None) -> bool:
    return base_language(tag) in RTL_LANGUAGES


def untrusted_text_cut(value: object, limit: int = DEFAULT_LIMIT) -> tuple[str, bool]:
    """``(text, cut)``: a server string made safe to show as plain text (see the module).

    Bidi controls are dropped; other control, format, private-use and unassigned characters
    become a space (so ``hold\x1b[31m`` stays two words); the zero-width joiners that shape
    emoji and words stay. Non-strings give ``""``; ``cut`` says the text was longer than
    ``limit`` characters and ends in "…".
    """
    if not isinstance(value, str):
        return "", False
    raw = value[: max(limit, 1) * 8]  # bounded work on a huge note
    kept = []
    for char in raw:
        if char.isspace():
            kept.append(" ")
        elif char in _KEPT_FORMAT:
            kept.append(char)
        elif char in BIDI_CONTROLS:
            continue
        elif unicodedata.category(char) in _CONTROL_CATEGORIES:
            kept.append(" ")
        else:
            kept.append(char)
    text = " ".join("".join(kept).split())
    cut = len(text) > limit or len(value) > len(raw)
    if len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    elif cut:
        text = text.rstrip() + "…"
    return text, cut


def untrusted_text(value: object, limit: int = DEFAULT_LIMIT) -> str:
    """:func:`untrusted_text_cut` without the flag."""
    return untrusted_text_cut(value, limit)[0]


def balanced(text: str) -> str:
    """``text`` with its isolates balanced: a PDI that closes nothing is dropped, isolates
    left open are closed at the end, nesting deeper than :data:`MAX_NESTING` is flattened.
    Embeddings and overrides need nothing: the enclosing PDI ends them (UAX #9, X6a)."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char in _INITIATORS:
            if depth >= MAX_NESTING:
                continue
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue
            depth -= 1
        out.append(char)
    return "".join(out) + PDI * depth


def opener_for(language: str | None) -> str:
    """The isolate initiator for a run in ``language``: RLI, LRI, or FSI when unknown."""
    if not base_language(language):
        return FSI
    return RLI if is_rtl_language(language) else LRI


def isolate(text: str, language: str | None = None) -> str:
    """``text`` as one isolated run (see the module); "" stays "".

    ``language``: the language the text is in, when known (its direction then decides, not
    its first letter: "123 Main St" in an Arabic address list is LTR only if its language says
    so); None: first strong letter (FSI)."""
    if not text:
        return text
    return f"{opener_for(language)}{balanced(text)}{PDI}"


def unisolate(text: str) -> str:
    """The run inside one outer isolate made by :func:`isolate` (else ``text`` unchanged)."""
    if len(text) >= 2 and text[0] in _INITIATORS and text[-1] == PDI:
        inner = text[1:-1]
        if balanced(inner) == inner:
            return inner
    return text


def isolates_balanced(text: str) -> bool:
    """Every isolate initiator in ``text`` is closed by its own PDI, and no PDI closes
    nothing (what :func:`isolate` guarantees)."""
    depth = 0
    for char in text:
        if char in _INITIATORS:
            depth += 1
        elif char == PDI:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def alone(text: str) -> str:
    """A label's whole text when it is one isolated run: led by a mark of the run's own
    direction (RLM/LRM), because an isolate cannot give its paragraph a direction (UAX #9 P2
    skips it) and the label would fall back to left-to-right. An Arabic title then aligns
    right; an English paragraph in an Arabic screen reads and wraps left to right. Inside a
    sentence use the run without it: the kiosk's own words set the sentence's direction."""
    if not text or text[0] not in _INITIATORS:
        return text
    opener = text[0]
    if opener == FSI:
        inner = unisolate(text)
        rtl = next(
            (
                unicodedata.bidirectional(c) in ("R", "AL")
                for c in inner
                if unicodedata.bidirectional(c) in ("L", "R", "AL")
            ),
            False,
        )
    else:
        rtl = opener == RLI
    return (RLM if rtl else LRM) + text


def has_rtl_letters(text: str) -> bool:
    """Some letter of ``text`` is written right to left (Arabic, Hebrew...)."""
    return any(
        unicodedata.bidirectional(char) in ("R", "AL") and unicodedata.category(char)[0] == "L"
        for char in text
    )


def has_ltr_letters(text: str) -> bool:
    return any(
        unicodedata.bidirectional(char) == "L" and unicodedata.category(char)[0] == "L"
        for char in text
    )


@dataclass(frozen=True)
class Worded:
    """A text from elsewhere and the language it is in (None: the source did not say).

    Attributes:
        text: the text (already cleaned where it came from an untrusted source).
        language: its language tag ("en", "ar-EG"...), or None when unknown.
    """

    text: str
    language: str | None = None

    def foreign_to(self, wanted: str) -> bool:
        """The text is not in ``wanted`` (the resident's language). Unknown language: only
        what the letters prove (Latin letters and no Arabic ones in an Arabic session)."""
        if not self.text.strip():
            return False
        if self.language:
            return base_language(self.language) != base_language(wanted)
        if is_rtl_language(wanted):
            return has_ltr_letters(self.text) and not has_rtl_letters(self.text)
        return has_rtl_letters(self.text) and not has_ltr_letters(self.text)

    @property
    def right_to_left(self) -> bool:
        """Its language is written right to left (unknown language: it has such letters)."""
        if self.language:
            return is_rtl_language(self.language)
        return has_rtl_letters(self.text)

    def isolated(self) -> str:
        """The text as an isolated run in its own direction."""
        return isolate(self.text, self.language)


class Localized(Protocol):
    """A text in several languages (``civic.text.LocalizedText``)."""

    @property
    def values(self) -> Mapping[str, str]: ...


def pick(text: Localized | Mapping[str, str], wanted: str) -> Worded:
    """The version of a several-language text to show in ``wanted``, with its language: the
    exact language, else the same base language (``ar-EG`` for ``ar``), else English, else
    any there is (as ``LocalizedText.get``)."""
    values = text if isinstance(text, Mapping) else text.values
    exact = values.get(wanted)
    if exact:
        return Worded(exact, wanted)
    base = base_language(wanted)
    for tag, value in values.items():
        if value and base_language(tag) == base:
            return Worded(value, tag)
    english = values.get("en")
    if english:
        return Worded(english, "en")
    for tag, value in values.items():
        if value:
            return Worded(value, tag)
    return Worded("", None)


class ShownWords:
    """The words from elsewhere that one screen shows, for a resident reading ``language``:
    each comes back isolated in its own direction, and the screen learns which of them were
    not in the resident's language (to say so once, not on every line).

    Attributes:
        language: the resident's language.
        foreign: the languages of the texts shown that are not the resident's ("" for a text
            whose language the source did not say).
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self.foreign: set[str] = set()

    def worded(self, worded: Worded) -> str:
        """The text to put in a sentence or a list: an isolated run where directions can mix
        (a right-to-left session, or a right-to-left text in a left-to-right one). A label
        holding nothing but the run wants :func:`alone` around it."""
        if worded.foreign_to(self.language):
            self.foreign.add(base_language(worded.language))
        if is_rtl_language(self.language) or worded.right_to_left:
            return worded.isolated()
        return worded.text

    def text(self, text: Localized | Mapping[str, str] | None) -> str:
        """A several-language text in the resident's language where the source has it."""
        if text is None:
            return ""
        return self.worded(pick(text, self.language))

    def plain(self, text: str, language: str | None) -> str:
        """A one-language text (``language``: what the source said it is, or None)."""
        return self.worded(Worded(text, language))
