"""Declarative forms from the service catalog: labels in the session language, validation.

Pure Python (no Qt): the form engine in ``ui/forms/`` renders :class:`FormField` values from the
catalog and hands the resident's raw entries here. :func:`validate` returns problems as
translation keys per field; :func:`form_body` turns valid entries into the JSON the gateway
expects (numbers as numbers, dates as ISO strings, yes/no as booleans). Photos are not part of
the form body: a service sends the accepted ID photo separately (``photo`` in the request).

Raw entries, as the widgets give them: text, long text, address → ``str``; number, money →
``str`` as typed (``"12,50"`` and ``"12.50"`` both accepted); date → ``datetime.date`` or an ISO
``str``; choice → the choice's ``value``; yes/no → ``bool``; photo → ``bytes`` (JPEG).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from offline_queue.connectors.gateway import FormField

FIELD_TYPES = (
    "text",
    "number",
    "money",
    "date",
    "choice",
    "address",
    "photo",
    "yes_no",
    "long_text",
)
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
    """The problem with ``value`` for ``field`` (a translation key), or None."""
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
