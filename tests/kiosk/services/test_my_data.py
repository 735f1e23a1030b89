"""My data's pure parts: masks that keep a value recognisable but useless to a passer-by, and
the GDPR request payloads."""

from __future__ import annotations

import pytest

from kiosk.services.my_data import (
    CORRECTABLE,
    RequestInvalid,
    correction_payload,
    erasure_payload,
    mask,
)


@pytest.mark.parametrize(
    ("field", "value", "masked"),
    [
        ("email", "amina.njoroge@example.org", "a•••@example.org"),
        ("email", "no-at-sign", "n•••"),
        ("phone", "+34 600 123 789", "+34 ••• ••• 789"),
        ("phone", "600123789", "••• ••• 789"),
        ("phone", "112", "•••"),
        ("address", "Carrer de la Riera 12, 2º 1ª, 08001 Riverton", "•••• Riera 12"),
        ("address", "Plaça Nova 3, 08003 Riverton", "•••• Nova 3"),
        ("address", "Somewhere", "••••"),
        ("display_name", "Amina Njoroge", "A•••"),
    ],
)
def test_masks(field: str, value: str, masked: str) -> None:
    assert mask(field, value) == masked


def test_masks_hide_postcode_flat_and_most_digits() -> None:
    address = mask("address", "Carrer de la Riera 12, 2º 1ª, 08001 Riverton")
    assert "08001" not in address and "2º" not in address and "Riverton" not in address
    assert "600" not in mask("phone", "+34 600 123 789")
    assert "njoroge" not in mask("email", "amina.njoroge@example.org")


def test_correction_payload_is_cleaned_and_bounded() -> None:
    payload = correction_payload("RES-0001", "address", "  Carrer Nou 5,\n 08001   Riverton ")
    assert payload == {
        "params": {},
        "body": {"field": "address", "correction": "Carrer Nou 5, 08001 Riverton"},
        "resident_id": "RES-0001",
    }
    for field in CORRECTABLE:
        assert correction_payload("RES-0001", field, "x")["body"]["field"] == field


@pytest.mark.parametrize(
    ("field", "text", "key"),
    [
        ("address", "   ", "my_data.correction_empty"),
        ("address", "x" * 201, "my_data.correction_too_long"),
        ("address", "bad\x00byte", "my_data.control_characters"),
        ("address", "rtl\u202eoverride", "my_data.control_characters"),
        ("birth_date", "2000-01-01", "my_data.unknown_field"),
    ],
)
def test_correction_refused_with_a_key(field: str, text: str, key: str) -> None:
    with pytest.raises(RequestInvalid) as caught:
        correction_payload("RES-0001", field, text)
    assert caught.value.key == key


def test_erasure_payload() -> None:
    assert erasure_payload("RES-0002") == {
        "params": {},
        "body": {"scope": "all"},
        "resident_id": "RES-0002",
    }
    with pytest.raises(RequestInvalid):
        erasure_payload("")
