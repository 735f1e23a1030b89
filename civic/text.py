"""Text the city sends in several languages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class LocalizedText:
    """One text in several languages (``{"en": ..., "es": ...}``; English is always there)."""

    values: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The text in ``lang``, else English, else any language there is."""
        return (
            self.values.get(lang) or self.values.get("en") or next(iter(self.values.values()), "")
        )
