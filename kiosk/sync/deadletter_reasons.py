"""Why a technician retries or discards a dead letter: the one table of decision reasons.

Each reason is a code (what the audit log records, what ``kiosk queue retry|cancel --reason``
takes) and its plain words for staff (what the diagnostics screen's buttons and the CLI's help
say). The audit log's allow-list (:mod:`kiosk.records.audit`), the queue CLI
(:mod:`kiosk.commands.queue`) and the diagnostics screen read this table; nothing else spells a
reason. Why an item *died* is another table, :data:`offline_queue.deadletters.REASONS`: its
``action`` texts name these codes (tests/kiosk/sync/test_deadletter_reasons.py checks them).

The words are English translation sources in the diagnostics screen's Qt context
(:data:`CONTEXT`, marked with ``QT_TRANSLATE_NOOP`` so ``lupdate`` collects them there); the
screen translates them with ``QCoreApplication.translate(CONTEXT, words)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kiosk.text.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DiagnosticsScreen"


DECISION_REASONS: Mapping[str, str] = MappingProxyType(
    {
        "backend_fixed": QT_TRANSLATE_NOOP("DiagnosticsScreen", "The service is working again"),
        "resident_informed": QT_TRANSLATE_NOOP("DiagnosticsScreen", "The resident was informed"),
        "duplicate": QT_TRANSLATE_NOOP("DiagnosticsScreen", "Duplicate"),
        "invalid_data": QT_TRANSLATE_NOOP("DiagnosticsScreen", "Invalid data"),
        "expired": QT_TRANSLATE_NOOP("DiagnosticsScreen", "Expired"),
        "service_withdrawn": QT_TRANSLATE_NOOP("DiagnosticsScreen", "Service withdrawn"),
        "other_documented": QT_TRANSLATE_NOOP(
            "DiagnosticsScreen", "Other, documented in the ticket"
        ),
    }
)
"""Decision reason code → plain words for staff (English; in this order on screen)."""

DECISION_CODES: tuple[str, ...] = tuple(DECISION_REASONS)
"""The codes alone, in the table's order (the audit log's and the CLI's allow-list)."""
