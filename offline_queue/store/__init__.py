"""The queue's SQLite store: typed models, durable engine, migrations, corruption handling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from offline_queue.store.db import (
        Store,
        StoreAssertionError,
        StoreError,
        StoreFullError,
        StoreUnavailableError,
        TechnicianAlert,
        open_store,
    )
    from offline_queue.store.models import ACTIVE_STATES, TERMINAL_STATES, State

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "Store": "offline_queue.store.db",
    "StoreAssertionError": "offline_queue.store.db",
    "StoreError": "offline_queue.store.db",
    "StoreFullError": "offline_queue.store.db",
    "StoreUnavailableError": "offline_queue.store.db",
    "TechnicianAlert": "offline_queue.store.db",
    "open_store": "offline_queue.store.db",
    "ACTIVE_STATES": "offline_queue.store.models",
    "TERMINAL_STATES": "offline_queue.store.models",
    "State": "offline_queue.store.models",
}

__all__ = [
    "ACTIVE_STATES",
    "TERMINAL_STATES",
    "State",
    "Store",
    "StoreAssertionError",
    "StoreError",
    "StoreFullError",
    "StoreUnavailableError",
    "TechnicianAlert",
    "open_store",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
