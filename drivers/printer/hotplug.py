"""USB printer hotplug: pyudev events where udev runs, polling the bus otherwise.

pyusb has no hotplug (pyusb issue #64). Where ``udevd`` runs, a pyudev netlink monitor reports
``add``/``remove`` of USB devices at once; in containers and CI there is no udev, so a thread
enumerates printers every few seconds and reports the difference. Callbacks run on the
watcher's thread: hand them to the owning worker (the printer service queues them).
"""

from __future__ import annotations

import enum
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from drivers.device import DeviceError
from drivers.printer.transport import UsbPrinterInfo, find_usb_printers

logger = logging.getLogger(__name__)


class HotplugAction(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class HotplugEvent:
    action: HotplugAction
    vid: int | None
    pid: int | None
    info: UsbPrinterInfo | None = None


HotplugCallback = Callable[[HotplugEvent], None]


def udev_available() -> bool:
    """True when pyudev imports and a udev daemon is running (``/run/udev/control``)."""
    if not os.path.exists("/run/udev/control"):
        return False
    try:
        import pyudev  # noqa: F401
    except ImportError:
        return False
    return True


def _ids_from_udev(device: Any) -> tuple[int | None, int | None]:
    props = device.properties
    vid, pid = props.get("ID_VENDOR_ID"), props.get("ID_MODEL_ID")
    if vid and pid:
        return int(vid, 16), int(pid, 16)
    product = props.get("PRODUCT", "")  # "4b8/e15/100", also present on remove
    parts = product.split("/")
    if len(parts) >= 2:
        try:
            return int(parts[0], 16), int(parts[1], 16)
        except ValueError:
            pass
    return None, None


def event_from_udev(action: str | None, device: Any) -> HotplugEvent | None:
    """A hotplug event from a pyudev ``usb_device`` add/remove (``None`` for other actions)."""
    if action not in ("add", "remove"):
        return None
    vid, pid = _ids_from_udev(device)
    kind = HotplugAction.ADDED if action == "add" else HotplugAction.REMOVED
    return HotplugEvent(kind, vid, pid)


class UsbPrinterWatcher:
    """Reports USB printers coming and going.

    Attributes:
        mode: ``"udev"`` or ``"poll"``.
    """

    def __init__(
        self,
        callback: HotplugCallback,
        *,
        backend: Any = None,
        poll_interval: float = 3.0,
        use_udev: bool | None = None,
    ) -> None:
        self._callback = callback
        self._backend = backend
        self._interval = poll_interval
        if use_udev is None:
            use_udev = backend is None and udev_available()
        self.mode = "udev" if use_udev else "poll"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._observer: Any = None
        self._known: dict[tuple[int, int, int | None, int | None], UsbPrinterInfo] = {}

    def start(self) -> UsbPrinterWatcher:
        if self.mode == "udev":
            self._start_udev()
        else:
            self._known = {p.key: p for p in self._scan()}
            self._thread = threading.Thread(target=self._poll, name="usb-printer-poll", daemon=True)
            self._thread.start()
        return self

    def _start_udev(self) -> None:
        import pyudev

        context = pyudev.Context()
        monitor = pyudev.Monitor.from_netlink(context)
        monitor.filter_by("usb", device_type="usb_device")

        def on_device(device: Any) -> None:
            event = event_from_udev(device.action, device)
            if event is not None:
                self._callback(event)

        self._observer = pyudev.MonitorObserver(
            monitor, callback=on_device, name="usb-printer-udev"
        )
        self._observer.start()

    def _scan(self) -> list[UsbPrinterInfo]:
        try:
            return find_usb_printers(self._backend)
        except DeviceError as exc:
            logger.debug("USB scan failed: %s", exc.key)
            return []

    def scan_now(self) -> None:
        """One poll round (the poll thread calls this; tests may too)."""
        current = {p.key: p for p in self._scan()}
        for key, info in current.items():
            if key not in self._known:
                self._callback(HotplugEvent(HotplugAction.ADDED, info.vid, info.pid, info))
        for key, info in self._known.items():
            if key not in current:
                self._callback(HotplugEvent(HotplugAction.REMOVED, info.vid, info.pid, info))
        self._known = current

    def _poll(self) -> None:
        while not self._stop.wait(self._interval):
            self.scan_now()

    def close(self) -> None:
        self._stop.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
