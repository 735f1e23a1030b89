"""USB through the real pyusb + python-escpos ``Usb`` path on the emulated backend."""

from __future__ import annotations

import errno
import logging
import threading

import pytest
import usb.core
from escpos.printer import Usb

from drivers.device import DeviceState, DisconnectedError
from drivers.printer.device import PrintResult
from drivers.printer.emulator import EmulatedUsbBackend, EmulatedUsbPrinter
from drivers.printer.hotplug import HotplugAction, HotplugEvent, UsbPrinterWatcher, udev_available
from drivers.printer.status import PaperLevel
from drivers.printer.transport import find_usb_printers, open_link
from drivers.printer.uri import parse_uri
from tests.drivers.printer.test_device import receipt

from .conftest import Rig


def test_escpos_usb_class_runs_on_the_emulated_bus() -> None:
    device = EmulatedUsbPrinter(0x04B8, 0x0E15)
    backend = EmulatedUsbBackend([device])
    p = Usb(0x04B8, 0x0E15, usb_args={"backend": backend}, timeout=1000, profile="TM-T20II")
    p.textln("hello usb")
    p.qr("USB-QR", native=True)
    p.cut()
    assert p.is_online()
    device.printer.set_paper(PaperLevel.NEAR_END)
    assert p.paper_status() == 1
    p.close()
    page = device.printer.pages[0]
    assert page.text_lines[0] == "hello usb"
    assert page.qr_payloads == ("USB-QR",)


def test_unplugged_device_raises_enodev() -> None:
    device = EmulatedUsbPrinter()
    backend = EmulatedUsbBackend([device])
    dev = usb.core.find(backend=backend, idVendor=0x04B8)
    dev.set_configuration()
    device.unplug()
    with pytest.raises(usb.core.USBError) as info:
        dev.write(0x01, b"x", 100)
    assert info.value.errno == errno.ENODEV
    usb.util.dispose_resources(dev)


def test_finds_printers_by_class_and_by_known_id() -> None:
    unknown_vendor = EmulatedUsbPrinter(0x1234, 0x5678, address=5)  # class 7 interface only
    epson = EmulatedUsbPrinter(0x04B8, 0x0E15, address=6)
    found = find_usb_printers(EmulatedUsbBackend([unknown_vendor, epson]))
    by_id = {(p.vid, p.pid): p for p in found}
    assert set(by_id) == {(0x1234, 0x5678), (0x04B8, 0x0E15)}
    assert by_id[(0x04B8, 0x0E15)].model == "TM-T20II"
    assert by_id[(0x1234, 0x5678)].model is None
    assert (by_id[(0x1234, 0x5678)].out_ep, by_id[(0x1234, 0x5678)].in_ep) == (0x01, 0x82)
    assert by_id[(0x04B8, 0x0E15)].uri == "usb://04b8:0e15"


def test_usb_auto_picks_the_first_printer_and_its_profile() -> None:
    backend = EmulatedUsbBackend([EmulatedUsbPrinter(0x0416, 0x5011)])
    link = open_link(parse_uri("usb://auto"), usb_backend=backend)
    try:
        assert link.profile.name == "POS-5890"
        assert not link.profile.qr_native
    finally:
        link.close()


def test_missing_usb_printer_is_not_found() -> None:
    with pytest.raises(DisconnectedError) as info:
        open_link(parse_uri("usb://04b8:0e15"), usb_backend=EmulatedUsbBackend([]))
    assert info.value.key == "printer.not_found"


def test_unplug_mid_job_then_hotplug_back(
    usb_rig: Rig, service_for, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="drivers.printer.device")
    assert usb_rig.usb_device is not None
    service, recorder = service_for(usb_rig)
    usb_rig.usb_device.unplug_after_bytes(200)

    outcome = service.print_document(receipt("REF-UNPLUG", lines=10), timeout=10)

    assert outcome.result is PrintResult.DISCONNECTED
    assert outcome.show_on_screen
    assert service.state is DeviceState.ABSENT
    assert usb_rig.printer.pages == ()  # never cut
    assert usb_rig.printer.current_page.qr_payloads == ()
    mark = recorder.mark()
    usb_rig.usb_device.plug()  # the poll watcher sees it and the service reconnects at once
    assert recorder.wait_for_state(DeviceState.READY, after=mark, timeout=5)
    assert service.print_document(receipt("REF-AGAIN"), timeout=10).printed
    assert usb_rig.printer.pages[-1].qr_payloads == ("REF-AGAIN",)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("unavailable" in m for m in messages) == 1
    assert sum("available again" in m for m in messages) == 1


def test_unplug_while_idle_is_noticed(usb_rig: Rig, service_for) -> None:
    assert usb_rig.usb_device is not None
    service, recorder = service_for(usb_rig)
    mark = recorder.mark()
    usb_rig.usb_device.unplug()
    assert recorder.wait_for_state(DeviceState.ABSENT, after=mark)
    assert service.print_document(receipt(), timeout=10).result is PrintResult.NOT_CONNECTED


def test_poll_watcher_reports_add_and_remove() -> None:
    backend = EmulatedUsbBackend([])
    events: list[HotplugEvent] = []
    seen = threading.Condition()

    def on_event(event: HotplugEvent) -> None:
        with seen:
            events.append(event)
            seen.notify_all()

    watcher = UsbPrinterWatcher(on_event, backend=backend, poll_interval=0.05).start()
    try:
        assert watcher.mode == "poll"
        device = backend.add(EmulatedUsbPrinter(0x04B8, 0x0E15))
        with seen:
            assert seen.wait_for(lambda: len(events) >= 1, 5)
        device.unplug()
        with seen:
            assert seen.wait_for(lambda: len(events) >= 2, 5)
    finally:
        watcher.close()
    assert [e.action for e in events] == [HotplugAction.ADDED, HotplugAction.REMOVED]
    assert (events[0].vid, events[0].pid) == (0x04B8, 0x0E15)


def test_udev_is_used_only_where_udev_runs() -> None:
    watcher = UsbPrinterWatcher(lambda e: None, backend=EmulatedUsbBackend([]))
    assert watcher.mode == "poll"  # an injected backend is polled
    if not udev_available():
        assert UsbPrinterWatcher(lambda e: None).mode == "poll"
