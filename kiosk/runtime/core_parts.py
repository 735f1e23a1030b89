"""The running core as the parts it starts see it: a structural view of ``KioskCore``.

The composition root (:mod:`kiosk.runtime.app`) builds :class:`~kiosk.runtime.app.KioskCore` and
hands it to what it starts or serves: the submission path (:mod:`kiosk.services.submit`), fleet
telemetry and remote commands (:mod:`kiosk.fleet`), the update self-check
(:mod:`kiosk.updates.selfcheck`) and the diagnostics (:mod:`kiosk.diagnostics.report`). They type it
as :class:`CoreParts`, which names only the values the core holds (configuration, session, devices,
queue, clients), so none of them imports the composition root back: that import closed an import
cycle through ``kiosk.runtime.app`` (issue #17, docs/architecture.md "No import cycles").
``KioskCore`` matches it structurally; mypy checks that where the core is handed over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from drivers.smartcard.monitor import CardEvent, CardMonitor
    from kiosk.config import KioskConfig
    from kiosk.devices.fingerprint import FingerprintSensor
    from kiosk.devices.printer import ReceiptPrinter
    from kiosk.identity.trust import TrustStore
    from kiosk.records.audit import AuditLog
    from kiosk.records.logs import Redactor
    from kiosk.records.receipt_journal import Receipts
    from kiosk.security.tamper import TamperGuard
    from kiosk.session.machine import Session
    from offline_queue.connectors.gateway import GatewayClient
    from offline_queue.outbox import Outbox
    from offline_queue.store import Store
    from offline_queue.sync import SyncWorker


class CoreParts(Protocol):
    """What the core holds, read-only (``None``: that part is disabled or not started; the
    printer, the receipt desk and the fingerprint sensor are never ``None``: absent ones say so,
    issue #17).

    Attributes:
        config: the validated configuration (in demo mode: pointing at the emulators).
        session: the session state machine.
        redactor: values of the signed-in resident that logs must never show.
        problems: technician alerts by part (``"queue"`` → ``"queue.degraded"``); parts add
            and remove their own.
        practice: nothing goes to the city (a practice kiosk or a staff-started practice).
    """

    @property
    def config(self) -> KioskConfig: ...

    @property
    def session(self) -> Session: ...

    @property
    def redactor(self) -> Redactor: ...

    @property
    def problems(self) -> dict[str, str]: ...

    @property
    def practice(self) -> bool: ...

    @property
    def audit(self) -> AuditLog | None: ...

    @property
    def store(self) -> Store | None: ...

    @property
    def outbox(self) -> Outbox | None: ...

    @property
    def sync(self) -> SyncWorker | None: ...

    @property
    def gateway(self) -> GatewayClient | None: ...

    @property
    def printer(self) -> ReceiptPrinter: ...

    @property
    def receipts(self) -> Receipts: ...

    @property
    def receipt_key(self) -> bytes: ...

    @property
    def fingerprint(self) -> FingerprintSensor: ...

    @property
    def trust(self) -> TrustStore | None: ...

    @property
    def card_monitor(self) -> CardMonitor | None: ...

    @property
    def card_listeners(self) -> list[Callable[[CardEvent], None]]: ...

    @property
    def tamper(self) -> TamperGuard | None: ...
