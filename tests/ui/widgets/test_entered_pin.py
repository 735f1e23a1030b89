"""The PIN on its way through a Qt signal (issue #17): a typed value whose text shows nothing of
it (SEC-05), carrying the one buffer that the verifier zeroes. Qt-free."""

from __future__ import annotations

import logging

import pytest

from ui.widgets.pinpad import EnteredPin


def test_repr_and_str_show_neither_the_digits_nor_their_length() -> None:
    short, long = EnteredPin(bytearray(b"1234")), EnteredPin(bytearray(b"98765432"))
    for pin in (short, long):
        for text in (repr(pin), str(pin), f"{pin}", f"{pin!r}"):
            assert not any(digit in text for digit in "0123456789"), text
    assert repr(short) == repr(long)  # not even how many digits


def test_a_log_line_with_the_pin_shows_nothing_of_it(caplog: pytest.LogCaptureFixture) -> None:
    pin = EnteredPin(bytearray(b"4567"))
    with caplog.at_level(logging.INFO):
        logging.getLogger("test.entered_pin").info("pin entered: %s %r", pin, pin)
    assert "4567" not in caplog.text and "EnteredPin" in caplog.text


def test_it_carries_the_same_buffer_and_wipe_zeroes_it() -> None:
    digits = bytearray(b"4567")
    pin = EnteredPin(digits)
    assert pin.digits is digits  # no copy: zeroing it zeroes the only copy
    pin.wipe()
    assert digits == bytearray(4)


def test_two_entries_of_the_same_pin_are_not_equal() -> None:
    """No comparison by value (a PIN is never compared outside the card)."""
    assert EnteredPin(bytearray(b"1234")) != EnteredPin(bytearray(b"1234"))
