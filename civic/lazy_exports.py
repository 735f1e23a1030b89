"""One way for a package to export names from its submodules lazily (PEP 562).

A package's ``__init__`` that imported its submodules would form an import-lock cycle with a
thread importing one of them directly (modules are imported from two threads at start-up:
``tests/test_import_safety.py``). So a package names what it exports and loads each on first use::

    __getattr__ = lazy_exports(__name__, {"Store": "offline_queue.store.db", ...})

It lives in ``civic/`` because that is the bottom layer: every package of the project (ui,
kiosk, drivers, offline_queue) may import it under the import-linter layers, and it imports
nothing of the project and no Qt, as civic must (docs/architecture.md, "Layers").
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``exports`` maps each exported name to the
    submodule defining it. The first use imports the submodule and keeps the value in the
    package, so later uses are plain attribute reads; any other name is an AttributeError."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
