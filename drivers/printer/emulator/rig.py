"""One call to get an emulated printer for the demo, practice mode or tests.

``start_emulated_printer("tcp" | "serial" | "usb")`` starts the emulator and returns an
:class:`EmulatedPrinterRig` with the ``uri`` and ``usb_backend`` to give the printer service
(``PrinterDevice(rig.uri, usb_backend=rig.usb_backend)``), the ``printer`` mechanism for the
Simulator window, and ``close()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from drivers.printer.emulator.core import EmulatedPrinter
from drivers.printer.emulator.network import NetworkPrinterEmulator
from drivers.printer.emulator.serial_pty import SerialPrinterEmulator
from drivers.printer.emulator.usb_backend import EmulatedUsbBackend, EmulatedUsbPrinter
from drivers.printer.profiles import get_profile

EmulatedTransport = Literal["tcp", "serial", "usb"]


@dataclass
class EmulatedPrinterRig:
    """A running emulated printer.

    Attributes:
        uri: for the printer service.
        usb_backend: pass to the service as ``usb_backend`` (``None`` unless USB).
        printer: the mechanism: ``set_paper``, ``set_cover_open``, ``set_offline``, pages...
        usb_device: the emulated USB device (``unplug``/``plug``), USB only.
    """

    transport: EmulatedTransport
    uri: str
    printer: EmulatedPrinter
    usb_backend: Any = None
    usb_device: EmulatedUsbPrinter | None = None
    _close: Callable[[], None] = field(default=lambda: None, repr=False)

    def close(self) -> None:
        self._close()

    def __enter__(self) -> EmulatedPrinterRig:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_emulated_printer(
    transport: EmulatedTransport = "tcp", model: str = "TM-T20II"
) -> EmulatedPrinterRig:
    """Start an emulated ``model`` printer reachable over ``transport``."""
    profile = get_profile(model)
    printer = EmulatedPrinter(profile, name=f"emulated {transport}")
    if transport == "tcp":
        net = NetworkPrinterEmulator(printer).start()
        return EmulatedPrinterRig("tcp", f"{net.uri}?profile={model}", printer, _close=net.close)
    if transport == "serial":
        pty = SerialPrinterEmulator(printer).start()
        return EmulatedPrinterRig("serial", f"{pty.uri}&profile={model}", printer, _close=pty.close)
    device = EmulatedUsbPrinter(printer=printer)
    backend = EmulatedUsbBackend([device])
    return EmulatedPrinterRig(
        "usb",
        f"usb://{device.vid:04x}:{device.pid:04x}?profile={model}",
        printer,
        usb_backend=backend,
        usb_device=device,
    )
