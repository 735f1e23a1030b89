"""A pyusb backend that emulates USB receipt printers.

Pass an :class:`EmulatedUsbBackend` as ``backend=`` to ``usb.core.find`` (python-escpos:
``Usb(vid, pid, usb_args={"backend": backend})``) and the real pyusb and python-escpos code
paths run against :class:`EmulatedUsbPrinter` devices: descriptors with a printer-class
interface (7/1/2) and bulk OUT 0x01 / IN 0x82 endpoints, ``bulk_write`` into the printer
mechanism, ``bulk_read`` of its ``DLE EOT`` answers, and unplugging (``ENODEV``), also in the
middle of a job.
"""

from __future__ import annotations

import errno
import threading
from array import array
from types import SimpleNamespace
from typing import Any

import usb.backend
import usb.core

from drivers.printer.emulator.core import EmulatedPrinter
from drivers.printer.profiles import KNOWN_USB_PRINTERS, get_profile

OUT_EP = 0x01
IN_EP = 0x82
_BULK = 0x02


def _enodev() -> usb.core.USBError:
    return usb.core.USBError("No such device (it may have been disconnected)", -4, errno.ENODEV)


class EmulatedUsbPrinter:
    """One emulated USB printer on the emulated bus.

    Attributes:
        printer: the mechanism (paper, cover, what was printed).
    """

    def __init__(
        self,
        vid: int = 0x04B8,
        pid: int = 0x0E15,
        *,
        printer: EmulatedPrinter | None = None,
        bus: int = 1,
        address: int = 4,
        serial_number: str = "EMU0001",
        manufacturer: str = "EPSON",
        product: str = "TM-T20II",
    ) -> None:
        model = KNOWN_USB_PRINTERS.get((vid, pid))
        name = f"usb {vid:04x}:{pid:04x}"
        self.printer = printer or EmulatedPrinter(get_profile(model), name=name)
        self.vid = vid
        self.pid = pid
        self.bus = bus
        self.address = address
        self.strings = {1: manufacturer, 2: product, 3: serial_number}
        self._plugged = True
        self._unplug_after: int | None = None
        self._written = 0
        self._in = bytearray()
        self._cond = threading.Condition()

    @property
    def plugged(self) -> bool:
        """On the bus: plugged in and switched on."""
        return self._plugged and self.printer.condition.powered

    def unplug(self) -> None:
        with self._cond:
            self._plugged = False
            self._in.clear()
            self._cond.notify_all()

    def plug(self) -> None:
        with self._cond:
            self._plugged = True
            self._unplug_after = None

    def unplug_after_bytes(self, count: int) -> None:
        """The cable is pulled after ``count`` more bytes were written (unplug mid-job)."""
        with self._cond:
            self._unplug_after = self._written + count

    # -- used by the backend
    def write(self, data: bytes) -> int:
        with self._cond:
            if not self.plugged:
                raise _enodev()
            if self._unplug_after is not None and self._written + len(data) > self._unplug_after:
                accepted = data[: self._unplug_after - self._written]
                self._written += len(accepted)
                self._plugged = False
                self._unplug_after = None
                self._cond.notify_all()
                self.printer.receive(accepted)
                raise _enodev()
            self._written += len(data)
        reply = self.printer.receive(data)
        with self._cond:
            self._in += reply
            self._cond.notify_all()
        return len(data)

    def read(self, size: int, timeout_ms: int) -> bytes:
        timeout = None if timeout_ms <= 0 else timeout_ms / 1000
        with self._cond:
            if not self.plugged:
                raise _enodev()
            got = self._cond.wait_for(lambda: bool(self._in) or not self.plugged, timeout)
            if not self.plugged:
                raise _enodev()
            if not got:
                raise usb.core.USBTimeoutError("Operation timed out", -7, errno.ETIMEDOUT)
            data = bytes(self._in[:size])
            del self._in[:size]
            return data


class EmulatedUsbBackend(usb.backend.IBackend):  # type: ignore[misc]
    """A pyusb backend whose bus holds :class:`EmulatedUsbPrinter` devices."""

    def __init__(self, devices: list[EmulatedUsbPrinter] | None = None) -> None:
        super().__init__()
        self._devices: list[EmulatedUsbPrinter] = list(devices or [])
        self._lock = threading.Lock()

    def add(self, device: EmulatedUsbPrinter) -> EmulatedUsbPrinter:
        with self._lock:
            self._devices.append(device)
        return device

    def remove(self, device: EmulatedUsbPrinter) -> None:
        device.unplug()
        with self._lock:
            self._devices.remove(device)

    # ---------------------------------------------------------------- descriptors
    def enumerate_devices(self) -> list[EmulatedUsbPrinter]:
        with self._lock:
            return [d for d in self._devices if d.plugged]

    def get_device_descriptor(self, dev: EmulatedUsbPrinter) -> SimpleNamespace:
        return SimpleNamespace(
            bLength=18,
            bDescriptorType=1,
            bcdUSB=0x0200,
            bDeviceClass=0,
            bDeviceSubClass=0,
            bDeviceProtocol=0,
            bMaxPacketSize0=64,
            idVendor=dev.vid,
            idProduct=dev.pid,
            bcdDevice=0x0100,
            iManufacturer=1,
            iProduct=2,
            iSerialNumber=3,
            bNumConfigurations=1,
            address=dev.address,
            bus=dev.bus,
            port_number=1,
            port_numbers=(1,),
            speed=3,  # high speed
        )

    def get_configuration_descriptor(self, dev: EmulatedUsbPrinter, config: int) -> SimpleNamespace:
        if config != 0:
            raise IndexError(config)
        return SimpleNamespace(
            bLength=9,
            bDescriptorType=2,
            wTotalLength=32,
            bNumInterfaces=1,
            bConfigurationValue=1,
            iConfiguration=0,
            bmAttributes=0xC0,
            bMaxPower=50,
            extra_descriptors=[],
        )

    def get_interface_descriptor(
        self, dev: EmulatedUsbPrinter, intf: int, alt: int, config: int
    ) -> SimpleNamespace:
        if (intf, alt, config) != (0, 0, 0):
            raise IndexError((intf, alt, config))
        return SimpleNamespace(
            bLength=9,
            bDescriptorType=4,
            bInterfaceNumber=0,
            bAlternateSetting=0,
            bNumEndpoints=2,
            bInterfaceClass=7,  # printer
            bInterfaceSubClass=1,
            bInterfaceProtocol=2,  # bidirectional
            iInterface=0,
            extra_descriptors=[],
        )

    def get_endpoint_descriptor(
        self, dev: EmulatedUsbPrinter, ep: int, intf: int, alt: int, config: int
    ) -> SimpleNamespace:
        if ep not in (0, 1) or (intf, alt, config) != (0, 0, 0):
            raise IndexError(ep)
        return SimpleNamespace(
            bLength=7,
            bDescriptorType=5,
            bEndpointAddress=OUT_EP if ep == 0 else IN_EP,
            bmAttributes=_BULK,
            wMaxPacketSize=64,
            bInterval=0,
            bRefresh=0,
            bSynchAddress=0,
            extra_descriptors=[],
        )

    # ---------------------------------------------------------------- handles
    def open_device(self, dev: EmulatedUsbPrinter) -> EmulatedUsbPrinter:
        if not dev.plugged:
            raise _enodev()
        return dev

    def close_device(self, dev_handle: EmulatedUsbPrinter) -> None:
        return None

    def set_configuration(self, dev_handle: EmulatedUsbPrinter, config_value: int) -> None:
        if not dev_handle.plugged:
            raise _enodev()

    def get_configuration(self, dev_handle: EmulatedUsbPrinter) -> int:
        if not dev_handle.plugged:
            raise _enodev()
        return 1

    def set_interface_altsetting(
        self, dev_handle: EmulatedUsbPrinter, intf: int, altsetting: int
    ) -> None:
        if not dev_handle.plugged:
            raise _enodev()

    def claim_interface(self, dev_handle: EmulatedUsbPrinter, intf: int) -> None:
        if not dev_handle.plugged:
            raise _enodev()

    def release_interface(self, dev_handle: EmulatedUsbPrinter, intf: int) -> None:
        return None

    def reset_device(self, dev_handle: EmulatedUsbPrinter) -> None:
        if not dev_handle.plugged:
            raise _enodev()

    def clear_halt(self, dev_handle: EmulatedUsbPrinter, ep: int) -> None:
        return None

    def is_kernel_driver_active(self, dev_handle: EmulatedUsbPrinter, intf: int) -> bool:
        return False

    def detach_kernel_driver(self, dev_handle: EmulatedUsbPrinter, intf: int) -> None:
        return None

    def attach_kernel_driver(self, dev_handle: EmulatedUsbPrinter, intf: int) -> None:
        return None

    # ---------------------------------------------------------------- transfers
    def bulk_write(
        self, dev_handle: EmulatedUsbPrinter, ep: int, intf: int, data: Any, timeout: int
    ) -> int:
        if ep != OUT_EP:
            raise usb.core.USBError("Invalid endpoint", -2, errno.EINVAL)
        return dev_handle.write(bytes(data))

    def bulk_read(
        self, dev_handle: EmulatedUsbPrinter, ep: int, intf: int, buff: array[int], timeout: int
    ) -> int:
        if ep != IN_EP:
            raise usb.core.USBError("Invalid endpoint", -2, errno.EINVAL)
        data = dev_handle.read(len(buff), timeout)
        for i, b in enumerate(data):
            buff[i] = b
        return len(data)

    def ctrl_transfer(
        self,
        dev_handle: EmulatedUsbPrinter,
        bmRequestType: int,  # pyusb's parameter names
        bRequest: int,
        wValue: int,
        wIndex: int,
        data: Any,
        timeout: int,
    ) -> int:
        if not dev_handle.plugged:
            raise _enodev()
        # GET_DESCRIPTOR(STRING) is all the printer answers on the control pipe here.
        if bmRequestType == 0x80 and bRequest == 0x06 and (wValue >> 8) == 3:
            index = wValue & 0xFF
            if index == 0:
                payload = bytes([4, 3, 0x09, 0x04])
            else:
                text = dev_handle.strings.get(index, "").encode("utf-16-le")
                payload = bytes([2 + len(text), 3]) + text
            n = min(len(payload), len(data))
            for i in range(n):
                data[i] = payload[i]
            return n
        raise usb.core.USBError("Pipe error", -9, errno.EPIPE)
