"""The one Money: minor units on the wire, decimals on the receipt, never a lost cent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from civic.money import Money


def test_decimals_and_minor_units_are_the_same_amount() -> None:
    assert Money.of(Decimal("45.2"), "EUR") == Money(4520, "EUR")
    assert Money.of("45.20", "EUR").amount == Decimal("45.20")
    assert str(Money(5, "USD").amount) == "0.05"
    assert Money.of(Decimal("-1.5"), "EUR").amount_minor == -150
    assert Money.of(Decimal("1.000"), "EUR") == Money(100, "EUR")  # the same value, not a 3rd cent


@pytest.mark.parametrize("amount", ["1.001", "NaN", "Infinity", "sNaN", "twelve"])
def test_a_third_decimal_or_no_number_is_refused(amount: str) -> None:
    with pytest.raises(ValueError):
        Money.of(amount, "EUR")


@pytest.mark.parametrize("currency", ["euro", "eur", "EU", "", "€"])
def test_the_currency_is_an_iso_4217_code(currency: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(100, currency)


def test_minor_units_are_whole_cents() -> None:
    with pytest.raises(ValueError):
        Money(True, "EUR")
    with pytest.raises(ValueError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
