"""The one lazy-export helper every package's ``__init__`` uses (PEP 562)."""

from __future__ import annotations

import importlib
import re
import sys

import pytest

import drivers.printer
import offline_queue.store
from civic.lazy_exports import lazy_exports


def test_an_exported_name_is_loaded_from_its_submodule_and_kept() -> None:
    from offline_queue.store.db import Store

    offline_queue.store.__dict__.pop("Store", None)
    assert offline_queue.store.Store is Store
    assert offline_queue.store.__dict__["Store"] is Store  # later reads are plain attributes


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    unknown = re.escape("'drivers.printer' has no attribute 'Nothing'")
    with pytest.raises(AttributeError, match=unknown):
        drivers.printer.Nothing  # noqa: B018


def test_every_package_using_it_exports_what_its_all_names() -> None:
    for package in (
        "kiosk.identity",
        "offline_queue.store",
        "drivers.camera",
        "drivers.fingerprint",
        "drivers.printer",
        "drivers.printer.emulator",
        "drivers.smartcard",
        "drivers.smartcard.emulator",
    ):
        module = importlib.import_module(package)
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{package}.{name}"


def test_a_package_of_its_own() -> None:
    module = type(sys)("example_package")
    sys.modules["example_package"] = module
    try:
        module.__getattr__ = lazy_exports("example_package", {"dumps": "json"})  # type: ignore[method-assign]
        import json

        assert module.dumps is json.dumps
    finally:
        del sys.modules["example_package"]
