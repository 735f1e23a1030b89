"""Declarative forms from the service catalog: labels in the session language, validation.

Pure Python (no Qt): the form engine in ``ui/forms/`` renders :class:`FormField` values from the
catalog and hands the resident's raw entries here. :func:`validate` returns problems as
translation keys per field; :func:`form_body` turns valid entries into the JSON the gateway
expects (numbers as numbers, dates as ISO strings, yes/no as booleans). Photos are not part of
the form body: a service sends the accepted ID photo separately (``photo`` in the request).

What people naturally type is normalised to what the field needs before it is checked
(:func:`clean`): a plate in capitals (``"1234 abc"`` → ``"1234ABC"``), spaces and dashes out of
a digits-only number, Arabic-Indic digits as ASCII digits, surrounding spaces trimmed. The UI
asks :func:`input_kind` which keyboard a field opens and filters typing with
:func:`filter_typing`; :func:`length_rule` is the rule the hint says ("15 digits").

Raw entries, as the widgets give them: text, long text, address → ``str``; number, money →
``str`` as typed (``"12,50"`` and ``"12.50"`` both accepted); date → ``datetime.date`` or an ISO
``str``; choice → the choice's ``value``; yes/no → ``bool``; photo → ``bytes`` (JPEG).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from civic.forms import FormField

TEXT_TYPES = frozenset({"text", "long_text", "address"})
DEFAULT_MAX_LENGTH = {"text": 200, "address": 300, "long_text": 4000}

# translation keys of problems (ui/forms translates them)
REQUIRED = "form.required"
TOO_SHORT = "form.too_short"
TOO_LONG = "form.too_long"
WRONG_FORMAT = "form.wrong_format"
NOT_A_NUMBER = "form.not_a_number"
TOO_SMALL = "form.too_small"
TOO_LARGE = "form.too_large"
NOT_A_DATE = "form.not_a_date"
NOT_A_CHOICE = "form.not_a_choice"
TOO_MANY_DECIMALS = "form.too_many_decimals"


# what a field accepts as typed (which keyboard it opens)
DIGITS = "digits"  # only the digits 0-9: a microchip number, a code, a date part
DECIMAL = "decimal"  # a number or an amount: digits, one separator, a minus
TEXT = "text"

# Arabic-Indic, Persian and full-width digits; the Arabic decimal point
_TO_ASCII_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９٫",
    "012345678901234567890123456789.",
)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./]+")
_DIGITS_PATTERN = re.compile(r"\^?(?:\[0-9\]|\\d)(?:\{(\d+)(?:,(\d*))?\}|([+*]))?\$?")


def ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and full-width digits as ASCII digits (the Arabic keyboard types
    ``١٢٣``; a catalog pattern says ``[0-9]``)."""
    return text.translate(_TO_ASCII_DIGITS)


def _digits_pattern(pattern: str | None) -> tuple[int | None, int | None] | None:
    """(minimum, maximum) digits when ``pattern`` accepts only digits, else None."""
    if not pattern:
        return None
    match = _DIGITS_PATTERN.fullmatch(pattern)
    if match is None:
        return None
    exact, upper, repeat = match.group(1), match.group(2), match.group(3)
    if exact is not None:
        low = int(exact)
        if upper is None:
            return low, low
        return low, (int(upper) if upper else None)
    if repeat == "*":
        return 0, None
    if repeat == "+":
        return 1, None
    return 1, 1


def input_kind(field: FormField) -> str:
    """:data:`DIGITS`, :data:`DECIMAL` or :data:`TEXT`: what the field's input accepts."""
    if field.type in ("number", "money"):
        return DECIMAL
    if field.type == "date":
        return DIGITS
    if field.type in TEXT_TYPES and _digits_pattern(field.validation.pattern) is not None:
        return DIGITS
    return TEXT


def upper_case_only(field: FormField) -> bool:
    """The field's pattern takes capital letters and no small ones (a number plate)."""
    pattern = field.validation.pattern or ""
    return "A-Z" in pattern and "a-z" not in pattern and "(?i" not in pattern


@dataclass(frozen=True)
class LengthRule:
    """How long an answer must be, as the hint says it (None: no bound)."""

    digits: bool
    minimum: int | None
    maximum: int | None


def length_rule(field: FormField) -> LengthRule:
    rules = field.validation
    digits = input_kind(field) == DIGITS and field.type != "date"
    minimum, maximum = rules.min_length, rules.max_length
    bounds = _digits_pattern(rules.pattern)
    if bounds is not None:
        low, high = bounds
        if low is not None:
            minimum = low if minimum is None else max(minimum, low)
        if high is not None:
            maximum = high if maximum is None else min(maximum, high)
    if minimum == 0:
        minimum = None
    return LengthRule(digits=digits, minimum=minimum, maximum=maximum)


def filter_typing(field: FormField, text: str) -> str:
    """What a field keeps of what was typed or pasted, as it is typed: a digits-only field
    keeps its digits (letters, emoji, spaces and dashes dropped; Arabic-Indic digits become
    ASCII), a number keeps digits, separators and a minus, a capitals-only field gets capitals.
    """
    kind = input_kind(field)
    if kind == DIGITS:
        kept = "".join(c for c in ascii_digits(text) if "0" <= c <= "9")
        maximum = length_rule(field).maximum
        return kept[:maximum] if maximum else kept
    if kind == DECIMAL:
        return "".join(c for c in ascii_digits(text) if c in "0123456789.,-")
    if upper_case_only(field):
        return text.upper()
    return text


def clean(field: FormField, value: object) -> object:
    """``value`` normalised to what ``field`` needs, where that is unambiguous; anything else
    is returned as it is (trimmed) and :func:`check` says what is wrong."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    ftype = field.type
    if ftype in ("number", "money"):
        return ascii_digits(text).replace(" ", "").replace("\u00a0", "")
    if ftype == "date":
        return ascii_digits(text)
    if ftype not in TEXT_TYPES:
        return text
    if input_kind(field) == DIGITS:
        return _SEPARATORS.sub("", ascii_digits(text))
    pattern = field.validation.pattern
    if not pattern:
        return text
    digits = ascii_digits(text)
    joined = _SEPARATORS.sub("", digits)
    for candidate in (text, digits, digits.upper(), joined, joined.upper()):
        try:
            if re.fullmatch(pattern, candidate):
                return candidate
        except re.error:
            return text
    return text


def label(field: FormField, language: str) -> str:
    """The field's label in ``language`` (English, then any language, as fallback)."""
    return field.label.get(language)


def help_text(field: FormField, language: str) -> str:
    return field.help.get(language) if field.help is not None else ""


def choice_label(field: FormField, value: str, language: str) -> str:
    for choice in field.choices:
        if choice.value == value:
            return choice.label.get(language)
    return value


def is_empty(value: object) -> bool:
    if isinstance(value, list | tuple):
        return not value
    return value is None or (isinstance(value, str | bytes) and not value.strip())


def parse_number(text: str) -> Decimal:
    """``"12,5"`` or ``"12.5"`` → Decimal; ValueError otherwise (no exponents, no NaN)."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValueError("not a number")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError("not a number") from exc


def parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError("not a date")


def check(field: FormField, value: object) -> str | None:
    """The problem with ``value`` for ``field`` (a translation key), or None; ``value`` is
    :func:`clean`-ed first, so ``"1234 abc"`` is a valid plate."""
    value = clean(field, value)
    if is_empty(value):
        if field.required and field.type != "photo":
            return REQUIRED
        return None
    rules = field.validation
    ftype = field.type
    if ftype in ("number", "money"):
        try:
            number = parse_number(str(value))
        except ValueError:
            return NOT_A_NUMBER
        if ftype == "money" and number.as_tuple().exponent < -2:  # type: ignore[operator]
            return TOO_MANY_DECIMALS
        if rules.min is not None and number < Decimal(str(rules.min)):
            return TOO_SMALL
        if rules.max is not None and number > Decimal(str(rules.max)):
            return TOO_LARGE
        return None
    if ftype == "yes_no":
        return None if isinstance(value, bool) else REQUIRED
    if ftype == "choice":
        return None if value in {c.value for c in field.choices} else NOT_A_CHOICE
    if ftype == "multi_choice":  # several answers (consultation questions, not catalog forms)
        allowed = {c.value for c in field.choices}
        ok = isinstance(value, list | tuple) and all(v in allowed for v in value)
        return None if ok else NOT_A_CHOICE
    if ftype == "date":
        try:
            parse_date(value)
        except ValueError:
            return NOT_A_DATE
        return None
    if ftype == "photo":
        return None if isinstance(value, bytes) else REQUIRED
    text = str(value).strip()
    max_length = rules.max_length or DEFAULT_MAX_LENGTH.get(ftype)
    if rules.min_length is not None and len(text) < rules.min_length:
        return TOO_SHORT
    if max_length is not None and len(text) > max_length:
        return TOO_LONG
    if rules.pattern is not None:
        try:
            if not re.fullmatch(rules.pattern, text):
                return WRONG_FORMAT
        except re.error:
            return None  # a broken pattern from the back end: the back end validates again
    return None


def validate(fields: Iterable[FormField], values: Mapping[str, object]) -> dict[str, str]:
    """Problems per field name (empty when the form can be sent)."""
    problems: dict[str, str] = {}
    for field in fields:
        problem = check(field, values.get(field.name))
        if problem is not None:
            problems[field.name] = problem
    return problems


def normalise(field: FormField, value: object) -> Any:
    """A valid value as the gateway wants it (call after :func:`check` found no problem)."""
    value = clean(field, value)
    if field.type in ("number", "money"):
        number = parse_number(str(value))
        return int(number) if number == number.to_integral_value() else float(number)
    if field.type == "date":
        return parse_date(value).isoformat()
    if field.type in TEXT_TYPES:
        return str(value).strip()
    return value


def form_body(fields: Iterable[FormField], values: Mapping[str, object]) -> dict[str, Any]:
    """The ``form`` object of an application: non-empty, non-photo values, normalised."""
    body: dict[str, Any] = {}
    for field in fields:
        value = values.get(field.name)
        if field.type == "photo" or is_empty(value):
            continue
        body[field.name] = normalise(field, value)
    return body


def questions(fields: Iterable[FormField], *, include_photo: bool = False) -> list[FormField]:
    """The fields the form engine asks for (photo fields are the camera step's)."""
    return [f for f in fields if include_photo or f.type != "photo"]
