"""Money: one type for bills, fees, budgets and the amount printed on a receipt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Money:
    """An amount in minor units (cents) of an ISO 4217 currency.

    The city's gateway sends minor units (``amount_minor``); the library system and the
    receipt speak decimals (:meth:`of`, :attr:`amount`). Every currency the kiosk handles has
    two decimals, so a cent is the smallest amount there is.
    """

    amount_minor: int
    currency: str  # ISO 4217

    def __post_init__(self) -> None:
        if isinstance(self.amount_minor, bool) or not isinstance(self.amount_minor, int):
            raise ValueError("amount_minor must be an integer number of cents")
        if not isinstance(self.currency, str) or not _CURRENCY.fullmatch(self.currency):
            raise ValueError("currency must be an ISO 4217 code such as USD")

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """``Money.of(Decimal("12.5"), "EUR")``: a decimal amount with at most two decimals
        (ValueError otherwise: a third decimal is never rounded away silently)."""
        try:
            value = Decimal(amount)
            cents = value.scaleb(2)
            if not value.is_finite() or cents != cents.to_integral_value():
                raise ValueError("amount has more than two decimals")
            return cls(int(cents), currency)
        except InvalidOperation as exc:
            raise ValueError("amount is not a number") from exc

    @property
    def amount(self) -> Decimal:
        """The amount in major units with two decimals (``Decimal("12.50")``)."""
        return Decimal(self.amount_minor).scaleb(-2)
