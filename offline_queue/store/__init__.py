"""The queue's SQLite store: typed models, durable engine, migrations, corruption handling."""

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
