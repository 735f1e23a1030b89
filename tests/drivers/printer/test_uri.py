"""Printer URIs (pure)."""

from __future__ import annotations

import pytest

from drivers.printer.profiles import get_profile, profile_for_usb
from drivers.printer.uri import PrinterUri, Transport, parse_uri


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("usb://04b8:0e15", PrinterUri(Transport.USB, vid=0x04B8, pid=0x0E15)),
        ("usb://auto", PrinterUri(Transport.USB)),
        ("usb://", PrinterUri(Transport.USB)),
        ("usb://0416", PrinterUri(Transport.USB, vid=0x0416)),
        (
            "serial:///dev/ttyUSB0?baudrate=38400",
            PrinterUri(Transport.SERIAL, device="/dev/ttyUSB0", baudrate=38400),
        ),
        ("serial:///dev/ttyS0", PrinterUri(Transport.SERIAL, device="/dev/ttyS0")),
        ("tcp://192.0.2.10:9100", PrinterUri(Transport.TCP, host="192.0.2.10", port=9100)),
        ("tcp://printer.local", PrinterUri(Transport.TCP, host="printer.local", port=9100)),
        (
            "tcp://127.0.0.1:4000?profile=TM-T20II",
            PrinterUri(Transport.TCP, host="127.0.0.1", port=4000, profile="TM-T20II"),
        ),
    ],
)
def test_parse(uri: str, expected: PrinterUri) -> None:
    assert parse_uri(uri) == expected


@pytest.mark.parametrize(
    "uri",
    [
        "lpt://1",
        "usb://zz:01",
        "usb://04b8:0e15?baudrate=9600",
        "serial://",
        "serial:///dev/ttyS0?baudrate=fast",
        "tcp://",
        "tcp://host:notaport",
        "tcp://host?colour=red",
    ],
)
def test_rejects(uri: str) -> None:
    with pytest.raises(ValueError):
        parse_uri(uri)


def test_round_trip_through_str() -> None:
    for text in ("usb://04b8:0e15", "tcp://10.0.0.2:9100", "serial:///dev/ttyS1?baudrate=19200"):
        assert parse_uri(str(parse_uri(text))) == parse_uri(text)


def test_profiles() -> None:
    assert get_profile(None).name == "generic-80"
    assert get_profile("default").name == "generic-80"
    assert profile_for_usb(0x04B8, 0x0E15).qr_native
    assert profile_for_usb(0x9999, 0x0001).name == "generic-80"
    assert get_profile("POS-5890").width_dots == 384
    with pytest.raises(ValueError):
        get_profile("no-such-printer")
