"""Hotplug event parsing for pyudev devices (the udev path itself needs a running udevd)."""

from __future__ import annotations

from types import SimpleNamespace

from drivers.printer.hotplug import HotplugAction, event_from_udev


def udev_device(**props: str) -> SimpleNamespace:
    return SimpleNamespace(properties=props)


def test_add_with_vendor_and_model_ids() -> None:
    event = event_from_udev("add", udev_device(ID_VENDOR_ID="04b8", ID_MODEL_ID="0e15"))
    assert event is not None and event.action is HotplugAction.ADDED
    assert (event.vid, event.pid) == (0x04B8, 0x0E15)


def test_remove_uses_product_when_ids_are_gone() -> None:
    event = event_from_udev("remove", udev_device(PRODUCT="4b8/e15/100"))
    assert event is not None and event.action is HotplugAction.REMOVED
    assert (event.vid, event.pid) == (0x04B8, 0x0E15)


def test_other_actions_and_unknown_ids() -> None:
    assert event_from_udev("bind", udev_device()) is None
    event = event_from_udev("add", udev_device(PRODUCT="garbage"))
    assert event is not None and (event.vid, event.pid) == (None, None)
