"""The one helper for text from elsewhere inside the kiosk's sentences (kiosk.text.bidi)."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.text.bidi import (
    BIDI_CONTROLS,
    FSI,
    LRI,
    LRM,
    PDI,
    RLI,
    RLM,
    ShownWords,
    Worded,
    alone,
    balanced,
    isolate,
    isolates_balanced,
    pick,
    unisolate,
    untrusted_text,
    untrusted_text_cut,
)

# any text, bidi controls, isolates and Arabic included
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(sorted(BIDI_CONTROLS)),
        st.sampled_from("ابتث،؟ .,:12"),
    ),
    max_size=60,
)
# a busy machine (2 cores, other suites) must not fail a pure test on generation speed
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
PLAIN_TEXT = ANY_TEXT.map(lambda t: "".join(c for c in t if c not in BIDI_CONTROLS))


@SETTINGS
@given(ANY_TEXT, st.sampled_from([None, "en", "ar", "es", "ar-EG", "he"]))
def test_any_text_isolated_is_balanced_and_closed_by_its_own_pdi(text: str, lang: str | None):
    out = isolate(text, lang)
    if not text:
        assert out == ""
        return
    assert isolates_balanced(out)
    assert out[0] in (LRI, RLI, FSI) and out[-1] == PDI
    # the outer isolate is open until the very last character: nothing inside closes it
    depth = 0
    for index, char in enumerate(out):
        depth += char in (LRI, RLI, FSI)
        depth -= char == PDI
        assert depth > 0 or index == len(out) - 1


@SETTINGS
@given(ANY_TEXT)
def test_any_text_round_trips_with_only_isolate_marks_changed(text: str):
    inner = unisolate(isolate(text))
    assert inner == balanced(text)
    visible = "".join(c for c in text if c not in (LRI, RLI, FSI, PDI))
    assert "".join(c for c in inner if c not in (LRI, RLI, FSI, PDI)) == visible


@SETTINGS
@given(PLAIN_TEXT, st.sampled_from([None, "en", "ar"]))
def test_text_without_controls_round_trips_exactly(text: str, lang: str | None):
    assert unisolate(isolate(text, lang)) == text


@SETTINGS
@given(ANY_TEXT, st.integers(min_value=1, max_value=80))
def test_untrusted_text_has_no_controls_and_respects_its_limit(text: str, limit: int):
    clean, cut = untrusted_text_cut(text, limit)
    assert len(clean) <= limit
    assert not any(c in BIDI_CONTROLS for c in clean)
    assert not any(unicodedata.category(c) == "Cc" for c in clean)
    assert clean == clean.strip()
    assert not cut or clean.endswith("…")
    assert cut or len(clean) <= len(text)


def test_direction_follows_the_language_when_known_else_the_first_letter():
    assert isolate("A hole in the road surface.", "en") == f"{LRI}A hole in the road surface.{PDI}"
    assert isolate("حفرة في الطريق.", "ar") == f"{RLI}حفرة في الطريق.{PDI}"
    address = "1 Library Square, 08001 Riverton"
    assert isolate(address) == f"{FSI}{address}{PDI}"


def test_a_stray_pdi_cannot_end_the_isolate_and_an_open_one_is_closed():
    assert isolate(f"a{PDI}b{RLI}c") == f"{FSI}ab{RLI}c{PDI}{PDI}"


def test_untrusted_text_drops_overrides_keeps_joiners_and_cuts():
    assert untrusted_text("\u202eevil\u202c  text\n\tok", 40) == "evil text ok"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert untrusted_text(family, 40) == family
    assert untrusted_text_cut("x" * 50, 10) == ("x" * 9 + "…", True)
    assert untrusted_text_cut(42, 10) == ("", False)


def test_pick_prefers_the_language_then_its_base_then_english():
    assert pick({"en": "Pothole", "ar": "حفرة"}, "ar") == Worded("حفرة", "ar")
    assert pick({"en": "Pothole", "ar-EG": "حفرة"}, "ar") == Worded("حفرة", "ar-EG")
    assert pick({"en": "Pothole", "es": ""}, "es") == Worded("Pothole", "en")
    assert pick({"fr": "Nid-de-poule"}, "ar") == Worded("Nid-de-poule", "fr")


def test_foreign_by_language_or_when_unknown_by_letters():
    assert Worded("Pothole", "en").foreign_to("ar")
    assert not Worded("Bache", "es-ES").foreign_to("es")
    assert Worded("Pothole", None).foreign_to("ar")  # Latin letters only, Arabic session
    assert not Worded("12, 4", None).foreign_to("ar")  # nothing to tell
    assert not Worded("Pothole", None).foreign_to("es")  # cannot tell English from Spanish


def test_shown_words_isolates_in_rtl_sessions_and_collects_foreign_languages():
    words = ShownWords("ar")
    assert words.text({"en": "Pothole", "ar": "حفرة"}) == f"{RLI}حفرة{PDI}"
    assert words.text({"en": "Graffiti"}) == f"{LRI}Graffiti{PDI}"
    assert words.plain("Carrer de la Riera 12", None) == f"{FSI}Carrer de la Riera 12{PDI}"
    assert words.foreign == {"en", ""}
    english = ShownWords("en")
    assert english.text({"en": "Pothole"}) == "Pothole"  # nothing to isolate
    assert english.plain("حفرة", None) == f"{FSI}حفرة{PDI}"
    assert english.foreign == {""}


def test_a_label_holding_only_a_run_gets_the_run_s_direction() -> None:
    # an isolate cannot set its paragraph's direction: the mark does, so an Arabic title
    # aligns right and an English paragraph wraps left to right
    assert alone(isolate("حفرة", "ar")) == f"{RLM}{RLI}حفرة{PDI}"
    assert alone(isolate("A hole.", "en")) == f"{LRM}{LRI}A hole.{PDI}"
    assert alone(isolate("12, حفرة")) == f"{RLM}{FSI}12, حفرة{PDI}"
    assert alone("Status: planned") == "Status: planned"  # not a run: unchanged
    assert alone("") == ""
