"""Printer emulators shipped for the demo, practice mode and tests.

- :class:`EmulatedPrinter`: the mechanism (paper, cover, cutter, power; what was printed).
- :class:`NetworkPrinterEmulator`: raw TCP on loopback (``uri`` -> ``tcp://127.0.0.1:port``).
- :class:`SerialPrinterEmulator`: a pseudo-terminal (``uri`` -> ``serial:///dev/pts/N``).
- :class:`EmulatedUsbBackend` + :class:`EmulatedUsbPrinter`: a pyusb backend, so the real
  python-escpos ``Usb`` path runs (pass ``usb_backend=`` to the printer service).
- :func:`start_emulated_printer`: any of the three, ready to use (demo, practice mode).
"""

from drivers.printer.emulator.core import EmulatedPrinter, EmulatorCondition
from drivers.printer.emulator.network import NetworkPrinterEmulator
from drivers.printer.emulator.rig import EmulatedPrinterRig, start_emulated_printer
from drivers.printer.emulator.serial_pty import SerialPrinterEmulator
from drivers.printer.emulator.usb_backend import EmulatedUsbBackend, EmulatedUsbPrinter

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
