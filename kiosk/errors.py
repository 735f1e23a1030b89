"""The one shape of the kiosk's own errors: a stable key and a detail for the log."""

from __future__ import annotations


class KeyedError(Exception):
    """An error carrying a stable key (what the UI translates, what the audit log and the fleet
    record) and, for the log only, a detail (never personal data, never a secret).

    Attributes:
        key: e.g. ``submit.unavailable``, ``update.signature_refused``.
        detail: what else is known, "" when nothing.
    """

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
