"""Fixtures for the printer tests: the three emulated transports and service factories."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from drivers.device import DeviceState
from drivers.printer.device import PrinterDevice, PrinterEvent, StateChanged
from drivers.printer.emulator import (
    EmulatedPrinter,
    EmulatedUsbBackend,
    EmulatedUsbPrinter,
    NetworkPrinterEmulator,
    SerialPrinterEmulator,
)

FAST = {
    "poll_interval": 0.2,
    "status_timeout": 0.5,
    "connect_timeout": 1.0,
    "write_timeout": 2.0,
    "ack_timeout": 1.0,
    "hotplug_poll_interval": 0.1,
}


class Recorder:
    """Collects service events; waits on a condition, never sleeps."""

    def __init__(self) -> None:
        self.events: list[PrinterEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: PrinterEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def states(self) -> list[DeviceState]:
        with self._cond:
            return [e.new for e in self.events if isinstance(e, StateChanged)]

    def wait_for_state(self, state: DeviceState, timeout: float = 5.0, after: int = 0) -> bool:
        def seen() -> bool:
            return any(isinstance(e, StateChanged) and e.new is state for e in self.events[after:])

        with self._cond:
            return self._cond.wait_for(seen, timeout)

    def mark(self) -> int:
        with self._cond:
            return len(self.events)


@dataclass
class Rig:
    """One emulated printer reachable over one transport."""

    kind: str
    printer: EmulatedPrinter
    uri: str
    usb_backend: Any = None
    usb_device: EmulatedUsbPrinter | None = None


@pytest.fixture
def make_service() -> Iterator[Callable[..., tuple[PrinterDevice, Recorder]]]:
    services: list[PrinterDevice] = []

    def factory(uri: str, **kwargs: Any) -> tuple[PrinterDevice, Recorder]:
        options = {**FAST, **kwargs}
        service = PrinterDevice(uri, **options)
        recorder = Recorder()
        service.add_listener(recorder)
        services.append(service)
        service.start()
        return service, recorder

    yield factory
    for s in services:
        s.close()


@pytest.fixture
def net_rig() -> Iterator[Rig]:
    emu = NetworkPrinterEmulator().start()
    yield Rig("tcp", emu.printer, emu.uri + "?profile=TM-T20II")
    emu.close()


@pytest.fixture
def serial_rig() -> Iterator[Rig]:
    emu = SerialPrinterEmulator().start()
    yield Rig("serial", emu.printer, emu.uri + "&profile=TM-T20II")
    emu.close()


@pytest.fixture
def usb_rig() -> Iterator[Rig]:
    device = EmulatedUsbPrinter(0x04B8, 0x0E15)
    backend = EmulatedUsbBackend([device])
    yield Rig("usb", device.printer, "usb://04b8:0e15", backend, device)


@pytest.fixture(params=["tcp", "serial", "usb"])
def rig(request: pytest.FixtureRequest) -> Rig:
    name = {"tcp": "net_rig", "serial": "serial_rig", "usb": "usb_rig"}[request.param]
    result: Rig = request.getfixturevalue(name)
    return result


@pytest.fixture
def service_for(
    make_service: Callable[..., tuple[PrinterDevice, Recorder]],
) -> Callable[..., tuple[PrinterDevice, Recorder]]:
    def factory(
        rig: Rig, *, wait_for: DeviceState | None = DeviceState.READY, **kwargs: Any
    ) -> tuple[PrinterDevice, Recorder]:
        if rig.usb_backend is not None:
            kwargs.setdefault("usb_backend", rig.usb_backend)
        service, recorder = make_service(rig.uri, **kwargs)
        if wait_for is not None:
            assert recorder.wait_for_state(wait_for), recorder.states()
        return service, recorder

    return factory
