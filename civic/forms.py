"""Form fields of the service catalog, rendered by the one form engine."""

from __future__ import annotations

from dataclasses import dataclass

from civic.text import LocalizedText

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
"""Every field type a catalog form may use (the gateway's contract; a field of another type is
malformed)."""


@dataclass(frozen=True)
class FieldChoice:
    value: str
    label: LocalizedText


@dataclass(frozen=True)
class FieldValidation:
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class FormField:
    name: str
    type: str  # one of FIELD_TYPES
    label: LocalizedText
    required: bool
    help: LocalizedText | None
    validation: FieldValidation
    choices: tuple[FieldChoice, ...]
