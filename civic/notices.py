"""Notices in a resident's inbox."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civic.text import LocalizedText


@dataclass(frozen=True)
class Notice:
    notice_id: str
    kind: str
    urgency: str
    title: LocalizedText
    body: LocalizedText
    created_at: dt.datetime
    read: bool
    reference: str | None
