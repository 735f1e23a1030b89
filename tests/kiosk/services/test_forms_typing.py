"""What people naturally type is normalised to what the field needs, not refused (#16 item 1)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civic.forms import FieldValidation, FormField
from civic.text import LocalizedText
from kiosk.services import forms


def field(ftype: str = "text", **rules: object) -> FormField:
    return FormField(
        name="f",
        type=ftype,
        label=LocalizedText({"en": "F"}),
        required=True,
        help=None,
        validation=FieldValidation(**rules),  # type: ignore[arg-type]
        choices=(),
    )


PLATE = field(pattern="^[0-9]{4}[A-Z]{3}$", max_length=7)
CHIP = field(pattern="^[0-9]{15}$", min_length=15, max_length=15)
ACCOUNT = field(pattern="^ACC-[0-9]{4}$", max_length=8)


def test_a_plate_typed_in_small_letters_or_with_a_space_is_accepted_in_capitals() -> None:
    for typed in ("1234abc", " 1234 abc ", "1234-Abc", "١٢٣٤abc"):
        assert forms.check(PLATE, typed) is None, typed
        assert forms.form_body([PLATE], {"f": typed}) == {"f": "1234ABC"}
    assert forms.check(PLATE, "12abc") == forms.WRONG_FORMAT
    assert forms.upper_case_only(PLATE) and not forms.upper_case_only(field())
    assert forms.filter_typing(PLATE, "1234ab") == "1234AB"


def test_a_digits_only_number_drops_spaces_and_dashes_and_says_its_length() -> None:
    assert forms.input_kind(CHIP) == forms.DIGITS
    assert forms.check(CHIP, "123 456 789 012 345") is None
    assert forms.form_body([CHIP], {"f": "123-456-789-012-345"}) == {"f": "123456789012345"}
    assert forms.check(CHIP, "12345") == forms.TOO_SHORT
    rule = forms.length_rule(CHIP)
    assert (rule.digits, rule.minimum, rule.maximum) == (True, 15, 15)
    # typing and paste keep the digits only, never letters or emoji, at most 15
    assert forms.filter_typing(CHIP, "12a3😀 4-5") == "12345"
    assert forms.filter_typing(CHIP, "١٢٣") == "123"
    assert forms.filter_typing(CHIP, "9" * 20) == "9" * 15


def test_which_fields_are_digits_only() -> None:
    assert forms.input_kind(field(pattern=r"^\d{4,6}$")) == forms.DIGITS
    assert forms.length_rule(field(pattern=r"^\d{4,6}$")).maximum == 6
    assert forms.input_kind(field(pattern="^[0-9]+$")) == forms.DIGITS
    assert forms.input_kind(PLATE) == forms.TEXT
    assert forms.input_kind(ACCOUNT) == forms.TEXT
    assert forms.input_kind(field("date")) == forms.DIGITS
    assert forms.input_kind(field("number")) == forms.DECIMAL
    assert forms.input_kind(field("money")) == forms.DECIMAL
    assert forms.input_kind(field("long_text")) == forms.TEXT
    assert forms.length_rule(field("long_text", max_length=500)).maximum == 500


def test_numbers_and_patterns_with_separators() -> None:
    money = field("money", min=0, max=100)
    assert forms.check(money, "١٢٫٥") is None
    assert forms.form_body([money], {"f": " 12,50 "}) == {"f": 12.5}
    assert forms.filter_typing(money, "12a,5€") == "12,5"
    assert forms.check(ACCOUNT, "acc-1234") is None
    assert forms.form_body([ACCOUNT], {"f": "acc-1234"}) == {"f": "ACC-1234"}
    # free text keeps what was typed (trimmed), Arabic digits included
    assert forms.form_body([field()], {"f": "  شارع ١٢  "}) == {"f": "شارع ١٢"}
    # a broken pattern from the back end does not raise
    assert forms.clean(field(pattern="(["), "abc") == "abc"


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_cleaning_never_raises_and_digits_fields_keep_only_digits(typed: str) -> None:
    for f in (PLATE, CHIP, ACCOUNT, field("number"), field("date"), field()):
        forms.check(f, typed)
    kept = forms.filter_typing(CHIP, typed)
    assert kept == "" or (kept.isascii() and kept.isdigit() and len(kept) <= 15)
