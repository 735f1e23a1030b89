"""Bills the city issues (water, taxes, fines...)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.money import Money
from civic.text import LocalizedText


@dataclass(frozen=True)
class Bill:
    bill_id: str
    bill_code: str
    account_number: str
    kind: str
    description: LocalizedText
    amount: Money
    issued_at: dt.datetime
    due_date: dt.date
    status: str
