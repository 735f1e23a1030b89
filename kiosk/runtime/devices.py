"""Device factories: the one place a concrete driver is built from its configuration.

The composition root (:class:`kiosk.runtime.app.KioskCore`) builds the kiosk's card monitor, card
sessions, trust store, printer, fingerprint sensor and camera (for a photo step and for the code
scanner, :mod:`kiosk.camera.scan_bridge`) with these functions, and hands those it built (or these
factories, for a device a self-test opens briefly) to the diagnostics
(:meth:`kiosk.runtime.app.KioskCore.diagnostics`). The technician's commands (``kiosk diag ...``)
build their short-lived probes with the same functions.

Drivers are imported when a device is built, not when this module is (start-up stays cheap).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drivers.camera.grabber import CameraGrabber
    from drivers.camera.source import CameraError
    from drivers.device import DeviceState
    from drivers.fingerprint.verifier import FingerprintDevice
    from drivers.printer.device import PrinterDevice
    from drivers.smartcard.monitor import CardEvent, CardMonitor
    from drivers.smartcard.session import CardSession
    from kiosk.config import CardReaderSection, PrinterSection
    from kiosk.identity.trust import TrustStore

CAMERA_BACKOFF = (0.5, 5.0)
"""Reconnect back-off of the kiosk's camera (seconds, first and longest)."""


def printer_uri(section: PrinterSection) -> str:
    """The printer's URI with its profile (``profile=`` unless the URI names one already)."""
    uri = section.uri
    if "profile=" not in uri and section.profile != "default":
        uri += ("&" if "?" in uri else "?") + f"profile={section.profile}"
    return uri


def check_printer_uri(uri: str) -> None:
    """Raise ``ValueError`` for a printer URI the driver cannot use (its form, or a profile no
    model has), before a printer thread meets it."""
    from drivers.printer.profiles import get_profile
    from drivers.printer.uri import parse_uri

    get_profile(parse_uri(uri).profile)


def printer_device(uri: str, *, probe_timeout: float | None = None) -> PrinterDevice:
    """The receipt printer at ``uri`` (not yet started). With ``probe_timeout``: a short-lived
    probe for a technician's check (no hotplug watching, no status polling, each step bounded
    by the timeout)."""
    from drivers.printer.device import PrinterDevice

    if probe_timeout is None:
        return PrinterDevice(uri)
    return PrinterDevice(
        uri,
        hotplug=False,
        poll_interval=3600,
        status_timeout=min(0.5, probe_timeout),
        connect_timeout=probe_timeout,
        write_timeout=probe_timeout,
        ack_timeout=max(probe_timeout, 5.0),
    )


def fingerprint_device(
    port: str,
    *,
    baudrate: int,
    password: int | None = None,
    on_state: Callable[[DeviceState], None] | None = None,
) -> FingerprintDevice:
    """The fingerprint sensor on serial ``port`` (not yet opened); ``password``: the module's
    own, when it is not the default."""
    from drivers.fingerprint.verifier import FingerprintDevice

    if password is None:
        return FingerprintDevice(port, baudrate=baudrate, on_state=on_state)
    return FingerprintDevice(port, baudrate=baudrate, password=password, on_state=on_state)


def camera_grabber(
    source: str,
    *,
    backoff: tuple[float, float] = CAMERA_BACKOFF,
    on_state: Callable[[DeviceState, CameraError | None], None] | None = None,
) -> CameraGrabber:
    """A grabber on the camera ``source`` (opened by its ``start()`` or ``with``); ``on_state``
    hears its state changes on the grabber's thread."""
    from drivers.camera.grabber import CameraGrabber

    return CameraGrabber(source, backoff=backoff, on_state=on_state)


def card_monitor(
    on_event: Callable[[CardEvent], None], *, poll_timeout: float | None = None
) -> CardMonitor:
    """A PC/SC monitor calling ``on_event`` on its thread (not yet started)."""
    from drivers.smartcard.monitor import CardMonitor

    if poll_timeout is None:
        return CardMonitor(on_event)
    return CardMonitor(on_event, poll_timeout=poll_timeout)


def open_card_session(reader: str) -> CardSession:
    """Connect to the card in ``reader`` (on a worker thread: it blocks)."""
    from drivers.smartcard.session import CardSession

    return CardSession.open(reader)


def trust_store(section: CardReaderSection) -> TrustStore:
    """The trust store of the card reader's city CAs, CRL and role policies."""
    from kiosk.identity.trust import TrustStore, trust_config

    return TrustStore(trust_config(section))


def scan_readers(timeout: float = 3.0) -> tuple[bool, dict[str, bytes | None]]:
    """One reader scan through the kiosk's own monitor code: (PC/SC up, reader → ATR|None).
    Blocks up to ``timeout``."""

    def noop(_event: CardEvent) -> None:
        return None

    monitor = card_monitor(noop, poll_timeout=0.2)
    monitor.start()
    try:
        ready = monitor.wait_ready(timeout)
        return ready and bool(monitor.service_available), monitor.snapshot()
    finally:
        monitor.close()
