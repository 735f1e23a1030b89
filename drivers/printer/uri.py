"""Printer connection URIs (pure parsing, no I/O).

- ``usb://04b8:0e15`` (VID:PID in hex), ``usb://auto`` or ``usb://`` (first printer found),
  optional
  ``?profile=TM-T20II``.
- ``serial:///dev/ttyUSB0?baudrate=38400&profile=POS-5890``.
- ``tcp://192.0.2.10:9100`` (port defaults to 9100).

Every form accepts ``profile=<model>``; USB falls back to the known-ID table, the others to the
generic 80 mm profile.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600


class Transport(enum.Enum):
    USB = "usb"
    SERIAL = "serial"
    TCP = "tcp"


@dataclass(frozen=True)
class PrinterUri:
    """A parsed printer URI.

    Attributes:
        transport: how to reach the printer.
        vid, pid: USB IDs (``None`` = any printer-class device).
        device: serial device path.
        baudrate: serial speed.
        host, port: network printer address.
        profile: model name override.
    """

    transport: Transport
    vid: int | None = None
    pid: int | None = None
    device: str = ""
    baudrate: int = DEFAULT_BAUDRATE
    host: str = ""
    port: int = DEFAULT_TCP_PORT
    profile: str | None = None

    def __str__(self) -> str:
        q = f"?profile={self.profile}" if self.profile else ""
        if self.transport is Transport.USB:
            ids = f"{self.vid:04x}:{self.pid:04x}" if self.vid is not None else ""
            if self.vid is not None and self.pid is None:
                ids = f"{self.vid:04x}"
            return f"usb://{ids}{q}"
        if self.transport is Transport.SERIAL:
            sep = "&" if q else "?"
            return f"serial://{self.device}{q}{sep}baudrate={self.baudrate}"
        return f"tcp://{self.host}:{self.port}{q}"


def _hex16(text: str, what: str, uri: str) -> int:
    try:
        value = int(text, 16)
    except ValueError:
        raise ValueError(f"bad USB {what} {text!r} in {uri!r}") from None
    if not 0 <= value <= 0xFFFF:
        raise ValueError(f"USB {what} out of range in {uri!r}")
    return value


def parse_uri(uri: str) -> PrinterUri:
    """Parse a printer URI; raises ``ValueError`` with a readable message."""
    parts = urlsplit(uri)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    profile = query.pop("profile", None)
    scheme = parts.scheme.lower()
    if scheme == "usb":
        baudrate_given = query.pop("baudrate", None)
        if baudrate_given is not None or query:
            raise ValueError(f"unexpected options {sorted(query)} in {uri!r}")
        ids = parts.netloc or parts.path.lstrip("/")
        if not ids or ids.lower() == "auto":
            return PrinterUri(Transport.USB, profile=profile)
        vid_text, _, pid_text = ids.partition(":")
        vid = _hex16(vid_text, "vendor id", uri)
        pid = _hex16(pid_text, "product id", uri) if pid_text else None
        return PrinterUri(Transport.USB, vid=vid, pid=pid, profile=profile)
    if scheme == "serial":
        device = parts.path or ""
        if parts.netloc:
            device = f"/{parts.netloc}{device}"
        if not device:
            raise ValueError(f"serial URI without a device path: {uri!r}")
        baud_text = query.pop("baudrate", str(DEFAULT_BAUDRATE))
        if query:
            raise ValueError(f"unexpected options {sorted(query)} in {uri!r}")
        try:
            baudrate = int(baud_text)
        except ValueError:
            raise ValueError(f"bad baudrate {baud_text!r} in {uri!r}") from None
        if baudrate <= 0:
            raise ValueError(f"bad baudrate {baud_text!r} in {uri!r}")
        return PrinterUri(Transport.SERIAL, device=device, baudrate=baudrate, profile=profile)
    if scheme in ("tcp", "socket"):
        if query:
            raise ValueError(f"unexpected options {sorted(query)} in {uri!r}")
        if not parts.hostname:
            raise ValueError(f"network URI without a host: {uri!r}")
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise ValueError(f"bad port in {uri!r}") from None
        return PrinterUri(Transport.TCP, host=parts.hostname, port=port, profile=profile)
    raise ValueError(f"unsupported printer URI {uri!r} (use usb://, serial:// or tcp://)")
