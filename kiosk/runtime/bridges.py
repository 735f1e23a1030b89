"""The Qt side of a started core, built in one place: the composition root's second half.

:func:`kiosk.runtime.app.build_core` builds the core without Qt objects that need the GUI
thread; once it has started (on its starter thread), :func:`build_bridges` builds, on the GUI
thread, what carries the core's events to the UI: the sync bridge, the security audit listener,
the resident's card sign-in bridge, the staff-card router in front of it and the tamper lock.
The UI only attaches to what this returns (``ui/main.py``); it never wires a card reader, a
router or an audit listener itself. Every bridge built here is closed with the core (its
``closers``), the audit listener before the log it writes.

An absent part is ``None``. Absent by configuration (no card reader) it needs no word; absent by
fault (no trust anchors, a queue that did not open, an unreadable pseudonym key for the security
audit) the core's ``problems`` say why, from its start (``KioskCore._start_audit`` loads the
pseudonym key first), and the technician's board shows it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from kiosk.identity.card_bridge import CardSignInBridge
    from kiosk.identity.staff_card import StaffCardRouter
    from kiosk.records.audit_trail import SecurityAudit
    from kiosk.runtime.app import KioskCore
    from kiosk.security.tamper_bridge import TamperBridge
    from kiosk.sync.bridge import SyncBridge

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CardBridges:
    """The card readers' side: ``card`` signs residents in, ``staff_card`` routes staff cards
    (assisted sessions, handover) off before ``card`` sees them, ``tamper`` (None without a
    tamper guard) takes the kiosk out of service when a reader was unplugged (OPS-07)."""

    card: CardSignInBridge
    staff_card: StaffCardRouter
    tamper: TamperBridge | None


@dataclass(frozen=True)
class CoreBridges:
    """What :func:`build_bridges` built; ``None`` for a part the core does not have."""

    sync: SyncBridge | None
    security_audit: SecurityAudit | None
    cards: CardBridges | None


def build_bridges(core: KioskCore, parent: QObject) -> CoreBridges:
    """The bridges of the started ``core``, owned by ``parent`` (the application), on the GUI
    thread. Call once, after ``core.start()``."""
    from kiosk.sync.bridge import SyncBridge

    sync = SyncBridge(core.sync, parent) if core.sync is not None else None
    audit = _security_audit(core)
    return CoreBridges(sync, audit, _card_bridges(core, audit, parent))


def _security_audit(core: KioskCore) -> SecurityAudit | None:
    """SEC-17: sign-in outcomes, sessions and role changes into the audit log (a listener on
    the session; no screen is involved). None when the pseudonym key cannot be read."""
    from kiosk.records.audit_trail import for_data_dir

    try:
        audit = for_data_dir(
            core.session, core.audit, core.config.paths.data_dir, practice=core.practice
        )
    except OSError as exc:  # the core's start met the same key and raised the technician alert
        logger.error("security audit unavailable (pseudonym key): %s", type(exc).__name__)
        return None
    core.closers.append(audit.detach)  # runs before the log closes
    return audit


def _card_bridges(
    core: KioskCore, audit: SecurityAudit | None, parent: QObject
) -> CardBridges | None:
    if core.signin is None:
        return None
    from kiosk.identity.card_bridge import CardSignInBridge
    from kiosk.identity.staff_card import StaffCardRouter

    reader = core.config.devices.card_reader.reader
    card = CardSignInBridge(
        core.signin, core.open_card_session, reader_filter=reader, parent=parent
    )
    # staff cards are routed off before the resident's card sign-in sees them
    staff_card = StaffCardRouter(
        core.signin, core.open_card_session, card.on_card_event, reader_filter=reader, parent=parent
    )
    core.card_listeners.append(staff_card.on_card_event)
    core.closers.append(card.close)  # closers run in reverse: the router first, then the card
    core.closers.append(staff_card.close)
    if audit is not None:  # connected before any screen: the attempt is recorded first
        card.identified.connect(audit.card_identified)
        card.signed_in.connect(audit.card_signed_in)
        card.failed.connect(audit.card_failed)
        staff_card.identified.connect(audit.card_identified)
        staff_card.verified.connect(audit.card_signed_in)
        staff_card.failed.connect(audit.card_failed)
    tamper = None
    if core.tamper is not None:
        from kiosk.security.tamper_bridge import TamperBridge

        tamper = TamperBridge(core.tamper, parent)
        core.closers.append(tamper.close)
    return CardBridges(card, staff_card, tamper)
