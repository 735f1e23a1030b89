"""Pure form validation for every field type, labels with English fallback."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from civic.forms import FIELD_TYPES, FieldChoice, FieldValidation, FormField
from civic.text import LocalizedText
from kiosk.services import forms


def field(
    ftype: str, *, required: bool = True, choices: tuple[str, ...] = (), **rules: object
) -> FormField:
    return FormField(
        name=ftype,
        type=ftype,
        label=LocalizedText({"en": f"{ftype} label", "es": f"etiqueta {ftype}"}),
        required=required,
        help=None,
        validation=FieldValidation(**rules),  # type: ignore[arg-type]
        choices=tuple(FieldChoice(c, LocalizedText({"en": c.title()})) for c in choices),
    )


def test_labels_follow_the_language_with_english_fallback() -> None:
    f = field("text")
    assert forms.label(f, "es") == "etiqueta text"
    assert forms.label(f, "ar") == "text label"
    assert forms.help_text(f, "en") == ""


def test_each_type() -> None:
    assert forms.check(field("text"), "") == forms.REQUIRED
    assert forms.check(field("text", required=False), " ") is None
    plate = field("text", pattern="^[0-9]{4}[A-Z]{3}$", max_length=7)
    assert forms.check(plate, "1234ABC") is None
    assert forms.check(plate, "1234abc") is None  # normalised to capitals, not refused (#16)
    assert forms.check(plate, "123abc") == forms.WRONG_FORMAT
    assert forms.check(field("long_text", min_length=3), "ab") == forms.TOO_SHORT
    assert forms.check(field("long_text"), "x" * 4001) == forms.TOO_LONG
    weight = field("number", min=0.5, max=120)
    assert forms.check(weight, "12,5") is None
    assert forms.check(weight, "0.1") == forms.TOO_SMALL
    assert forms.check(weight, "200") == forms.TOO_LARGE
    assert forms.check(weight, "ten") == forms.NOT_A_NUMBER
    assert forms.check(weight, "1e3") == forms.NOT_A_NUMBER
    assert forms.check(field("money"), "3.505") == forms.TOO_MANY_DECIMALS
    assert forms.check(field("date"), dt.date(2026, 12, 1)) is None
    assert forms.check(field("date"), "2026-02-30") == forms.NOT_A_DATE
    zone = field("choice", choices=("A", "B"))
    assert forms.check(zone, "A") is None
    assert forms.check(zone, "Z") == forms.NOT_A_CHOICE
    assert forms.check(field("yes_no"), False) is None
    assert forms.check(field("yes_no"), None) == forms.REQUIRED
    assert forms.check(field("photo"), None) is None  # the camera step owns photos
    assert forms.check(field("address"), "Carrer Major 1") is None


def test_form_body_normalises() -> None:
    fields = [field("number"), field("money"), field("date"), field("yes_no"), field("photo")]
    values = {
        "number": "12,0",
        "money": "3.5",
        "date": dt.date(2026, 1, 2),
        "yes_no": True,
        "photo": b"\xff",
    }
    assert forms.validate(fields, values) == {}
    assert forms.form_body(fields, values) == {
        "number": 12,
        "money": 3.5,
        "date": "2026-01-02",
        "yes_no": True,
    }


@given(st.text(max_size=30))
def test_check_never_raises(text: str) -> None:
    for ftype in FIELD_TYPES:
        f = field(ftype, choices=("a",), pattern="[a-z]*", min=0, max=10)
        forms.check(f, text)
