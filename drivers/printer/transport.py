"""Connections to real printers over python-escpos, with short timeouts and typed errors.

:func:`open_link` builds the python-escpos printer class for a :class:`PrinterUri` (``Usb``,
``Serial`` or ``Network``), opens it and wraps it in a :class:`Link`: ``write`` in chunks,
``query`` one real-time status byte with a timeout, ``close``. Every failure becomes a
:class:`~drivers.device.DeviceError` with a translation key:

- ``printer.not_found`` / ``printer.disconnected`` (:class:`DisconnectedError`),
- ``printer.timeout`` (:class:`TransientError`).

Reads go to the transport's handle directly (python-escpos's ``_read`` asks for 16 bytes,
which on a serial line waits out the whole timeout for a one-byte status answer).
"""

from __future__ import annotations

import abc
import errno
import logging
import socket
import termios
from dataclasses import dataclass
from typing import Any, Protocol

import serial
import usb.core
import usb.util
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Network, Serial, Usb

from drivers.device import DisconnectedError, TransientError
from drivers.printer.profiles import (
    KNOWN_USB_PRINTERS,
    PrinterProfile,
    get_profile,
    profile_for_usb,
)
from drivers.printer.uri import PrinterUri, Transport

logger = logging.getLogger(__name__)

USB_PRINTER_CLASS = 7
CHUNK = 4096


@dataclass(frozen=True)
class UsbPrinterInfo:
    """A printer found on the USB bus (no serial numbers of residents here, only devices)."""

    vid: int
    pid: int
    bus: int | None
    address: int | None
    in_ep: int | None
    out_ep: int | None
    model: str | None

    @property
    def uri(self) -> str:
        return f"usb://{self.vid:04x}:{self.pid:04x}"

    @property
    def key(self) -> tuple[int, int, int | None, int | None]:
        return (self.vid, self.pid, self.bus, self.address)


def _printer_interface(dev: Any) -> Any | None:
    try:
        for cfg in dev:
            for intf in cfg:
                if intf.bInterfaceClass == USB_PRINTER_CLASS:
                    return intf
    except (usb.core.USBError, IndexError, ValueError):
        logger.debug("cannot read descriptors of %04x:%04x", dev.idVendor, dev.idProduct)
    return None


def _describe(dev: Any) -> UsbPrinterInfo:
    intf = _printer_interface(dev)
    in_ep = out_ep = None
    if intf is not None:
        for ep in intf:
            if usb.util.endpoint_type(ep.bmAttributes) != usb.util.ENDPOINT_TYPE_BULK:
                continue
            if usb.util.endpoint_direction(ep.bEndpointAddress) == usb.util.ENDPOINT_IN:
                in_ep = in_ep or ep.bEndpointAddress
            else:
                out_ep = out_ep or ep.bEndpointAddress
    return UsbPrinterInfo(
        vid=dev.idVendor,
        pid=dev.idProduct,
        bus=dev.bus,
        address=dev.address,
        in_ep=in_ep,
        out_ep=out_ep,
        model=KNOWN_USB_PRINTERS.get((dev.idVendor, dev.idProduct)),
    )


def find_usb_printers(backend: Any = None) -> list[UsbPrinterInfo]:
    """USB printers on the bus: a printer-class interface (7) or a known VID:PID.

    Raises :class:`DisconnectedError` ``printer.usb_unavailable`` when there is no USB
    backend (no libusb).
    """

    def is_printer(dev: Any) -> bool:
        if (dev.idVendor, dev.idProduct) in KNOWN_USB_PRINTERS:
            return True
        return _printer_interface(dev) is not None

    try:
        found = usb.core.find(find_all=True, backend=backend, custom_match=is_printer)
        return [_describe(d) for d in found]
    except usb.core.NoBackendError as exc:
        raise DisconnectedError("printer.usb_unavailable", str(exc)) from exc
    except usb.core.USBError as exc:
        raise TransientError("printer.usb_error", str(exc)) from exc


class Link(Protocol):
    """An open connection to one printer (owned by one thread)."""

    description: str
    profile: PrinterProfile

    def write(self, data: bytes) -> None: ...

    def query(self, request: bytes, timeout: float) -> int | None: ...

    def read_byte(self, timeout: float) -> int | None: ...

    def close(self) -> None: ...


class _EscposLink(abc.ABC):
    """Common part: python-escpos object, chunked writes, error mapping."""

    def __init__(self, printer: Any, profile: PrinterProfile, description: str) -> None:
        self.printer = printer
        self.profile = profile
        self.description = description

    def write(self, data: bytes) -> None:
        for i in range(0, len(data), CHUNK):
            try:
                self.printer._raw(data[i : i + CHUNK])
            except Exception as exc:
                raise self._convert(exc) from exc

    def query(self, request: bytes, timeout: float) -> int | None:
        """Send a status request and return the last answer byte, or ``None`` on no answer."""
        try:
            self._drain()
            self.printer._raw(request)
            return self.read_byte(timeout)
        except (DisconnectedError, TransientError):
            raise
        except Exception as exc:
            raise self._convert(exc) from exc

    def read_byte(self, timeout: float) -> int | None:
        try:
            data = self._read(timeout)
        except (DisconnectedError, TransientError):
            raise
        except Exception as exc:
            raise self._convert(exc) from exc
        return data[-1] if data else None

    @abc.abstractmethod
    def _drain(self) -> None:
        """Drop stale answers (late replies to an earlier query)."""

    @abc.abstractmethod
    def _read(self, timeout: float) -> bytes:
        """Whatever the printer sent within ``timeout`` (``b""`` for nothing)."""

    def _convert(self, exc: Exception) -> Exception:
        if isinstance(exc, DisconnectedError | TransientError):
            return exc
        if isinstance(exc, TimeoutError | socket.timeout):
            return TransientError("printer.timeout", type(exc).__name__)
        if isinstance(exc, usb.core.USBTimeoutError):
            return TransientError("printer.timeout", "usb")
        if isinstance(exc, usb.core.USBError):
            if exc.errno in (errno.ENODEV, errno.EIO, errno.ENOENT, errno.EPIPE):
                return DisconnectedError("printer.disconnected", f"usb errno {exc.errno}")
            return TransientError("printer.usb_error", f"usb errno {exc.errno}")
        if isinstance(exc, serial.SerialTimeoutException):
            return TransientError("printer.timeout", "serial write")
        if isinstance(exc, serial.SerialException | OSError | termios.error):
            # termios.error (not an OSError): tcflush/tcgetattr on a vanished tty
            return DisconnectedError("printer.disconnected", type(exc).__name__)
        return exc  # a bug: let it crash loudly

    def close(self) -> None:
        try:
            self.printer.close()
        except (OSError, usb.core.USBError, serial.SerialException, termios.error):
            logger.debug("closing %s failed", self.description, exc_info=True)


class _NetworkLink(_EscposLink):
    def _drain(self) -> None:
        sock: socket.socket = self.printer.device
        sock.setblocking(False)
        try:
            while True:
                data = sock.recv(64)
                if not data:
                    raise DisconnectedError("printer.disconnected", "connection closed")
        except BlockingIOError:
            pass
        finally:
            sock.settimeout(self.printer.timeout)  # not setblocking(True): that means no timeout

    def _read(self, timeout: float) -> bytes:
        sock: socket.socket = self.printer.device
        sock.settimeout(timeout)
        try:
            data = sock.recv(16)
        except TimeoutError:
            return b""
        finally:
            sock.settimeout(self.printer.timeout)
        if not data:
            raise DisconnectedError("printer.disconnected", "connection closed")
        return data


class _SerialLink(_EscposLink):
    def close(self) -> None:
        port = self.printer._device
        super().close()  # python-escpos flushes first; on a vanished tty that fails...
        if port and port.is_open:
            port.close()  # ...so release the file descriptor ourselves
        self.printer._device = False

    def _drain(self) -> None:
        self.printer.device.reset_input_buffer()

    def _read(self, timeout: float) -> bytes:
        dev: serial.Serial = self.printer.device
        dev.timeout = timeout
        data: bytes = dev.read(1)
        if data and dev.in_waiting:
            data += dev.read(dev.in_waiting)
        return data


class _UsbLink(_EscposLink):
    def _drain(self) -> None:
        while self._read(0.001):
            pass

    def _read(self, timeout: float) -> bytes:
        try:
            data = self.printer.device.read(self.printer.in_ep, 16, max(1, int(timeout * 1000)))
        except usb.core.USBTimeoutError:
            return b""
        return bytes(data)


def open_link(
    uri: PrinterUri,
    *,
    profile: PrinterProfile | None = None,
    usb_backend: Any = None,
    connect_timeout: float = 2.0,
    write_timeout: float = 5.0,
) -> Link:
    """Open the printer at ``uri``; raises :class:`DisconnectedError` when it is not there."""
    if uri.transport is Transport.TCP:
        prof = profile or get_profile(uri.profile)
        net = Network(uri.host, uri.port, timeout=write_timeout, profile=prof.escpos_profile)
        # WORKAROUND: python-escpos 3.1 Network.open() drops the socket unclosed when connect()
        # fails (a ResourceWarning per retry); connect here and hand it the connected socket.
        try:
            sock = socket.create_connection((uri.host, uri.port), timeout=connect_timeout)
        except OSError as exc:
            raise DisconnectedError("printer.not_found", f"tcp {uri.host}:{uri.port}") from exc
        sock.settimeout(write_timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        net.device = sock
        return _NetworkLink(net, prof, str(uri))
    if uri.transport is Transport.SERIAL:
        prof = profile or get_profile(uri.profile)
        ser = Serial(
            uri.device,
            baudrate=uri.baudrate,
            timeout=connect_timeout,
            dsrdtr=False,
            profile=prof.escpos_profile,
        )
        try:
            ser.open()
        except DeviceNotFoundError as exc:
            raise DisconnectedError("printer.not_found", f"serial {uri.device}") from exc
        ser.device.write_timeout = write_timeout
        return _SerialLink(ser, prof, str(uri))
    printers = find_usb_printers(usb_backend)
    match = [
        p
        for p in printers
        if (uri.vid is None or p.vid == uri.vid) and (uri.pid is None or p.pid == uri.pid)
    ]
    if not match:
        raise DisconnectedError("printer.not_found", str(uri))
    info = match[0]
    if profile is not None:
        prof = profile
    elif uri.profile:
        prof = get_profile(uri.profile)
    else:
        prof = profile_for_usb(info.vid, info.pid)
    usb_args: dict[str, Any] = {"bus": info.bus, "address": info.address}
    if usb_backend is not None:
        usb_args["backend"] = usb_backend
    printer = Usb(
        info.vid,
        info.pid,
        usb_args=usb_args,
        timeout=int(write_timeout * 1000),
        in_ep=info.in_ep or 0x82,
        out_ep=info.out_ep or 0x01,
        profile=prof.escpos_profile,
    )
    try:
        printer.open()
    except DeviceNotFoundError as exc:
        raise DisconnectedError("printer.not_found", f"usb {info.vid:04x}:{info.pid:04x}") from exc
    return _UsbLink(printer, prof, f"usb://{info.vid:04x}:{info.pid:04x}")
