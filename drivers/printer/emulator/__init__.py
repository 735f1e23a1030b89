"""Printer emulators shipped for the demo, practice mode and tests.

- :class:`EmulatedPrinter`: the mechanism (paper, cover, cutter, power; what was printed).
- :class:`NetworkPrinterEmulator`: raw TCP on loopback (``uri`` -> ``tcp://127.0.0.1:port``).
- :class:`SerialPrinterEmulator`: a pseudo-terminal (``uri`` -> ``serial:///dev/pts/N``).
- :class:`EmulatedUsbBackend` + :class:`EmulatedUsbPrinter`: a pyusb backend, so the real
  python-escpos ``Usb`` path runs (pass ``usb_backend=`` to the printer service).
- :func:`start_emulated_printer`: any of the three, ready to use (demo, practice mode).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from drivers.printer.emulator.core import EmulatedPrinter, EmulatorCondition
    from drivers.printer.emulator.network import NetworkPrinterEmulator
    from drivers.printer.emulator.rig import EmulatedPrinterRig, start_emulated_printer
    from drivers.printer.emulator.serial_pty import SerialPrinterEmulator
    from drivers.printer.emulator.usb_backend import EmulatedUsbBackend, EmulatedUsbPrinter

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "EmulatedPrinter": "drivers.printer.emulator.core",
    "EmulatorCondition": "drivers.printer.emulator.core",
    "NetworkPrinterEmulator": "drivers.printer.emulator.network",
    "EmulatedPrinterRig": "drivers.printer.emulator.rig",
    "start_emulated_printer": "drivers.printer.emulator.rig",
    "SerialPrinterEmulator": "drivers.printer.emulator.serial_pty",
    "EmulatedUsbBackend": "drivers.printer.emulator.usb_backend",
    "EmulatedUsbPrinter": "drivers.printer.emulator.usb_backend",
}

__all__ = [
    "EmulatedPrinter",
    "EmulatedPrinterRig",
    "EmulatedUsbBackend",
    "EmulatedUsbPrinter",
    "EmulatorCondition",
    "NetworkPrinterEmulator",
    "SerialPrinterEmulator",
    "start_emulated_printer",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
