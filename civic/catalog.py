"""The city's service catalog: which services a kiosk offers and their forms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from civic.forms import FormField
from civic.money import Money
from civic.text import LocalizedText


@dataclass(frozen=True)
class CatalogService:
    service_id: str
    kind: str
    category: str
    title: LocalizedText
    summary: LocalizedText | None
    help: LocalizedText | None
    eligibility: frozenset[str]
    requires_photo: bool
    requires_signature: bool
    fee: Money | None
    online_only: bool
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class Catalog:
    version: str
    etag: str | None
    languages: tuple[str, ...]
    services: tuple[CatalogService, ...]
    skipped: tuple[str, ...]  # ids (or indexes) of malformed entries that were left out
    raw: Mapping[str, Any]  # the JSON as received, for the offline cache
