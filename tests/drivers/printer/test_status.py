"""The DLE EOT parser (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.device import DeviceState
from drivers.printer.status import (
    UNKNOWN_STATUS,
    ErrorCause,
    PaperLevel,
    RawStatus,
    encode_status,
    encode_transmit_paper,
    is_transmit_status_byte,
    is_valid_status_byte,
    parse_paper,
    parse_status,
)


def test_healthy_printer() -> None:
    s = parse_status(RawStatus(printer=0x12, paper=0x12))
    assert s.responded and s.online and s.paper is PaperLevel.OK
    assert s.can_print and s.problem_key is None
    assert s.device_state() is DeviceState.READY


def test_paper_near_end_still_prints_but_degrades() -> None:
    s = parse_status(RawStatus(printer=0x12, paper=0x1E))
    assert s.paper_near_end and s.can_print
    assert s.device_state() is DeviceState.DEGRADED


def test_paper_out_per_epson_bytes() -> None:
    s = parse_status(RawStatus(printer=0x1A, offline_cause=0x32, paper=0x7E))
    assert s.online is False and s.paper_out and not s.can_print
    assert s.problem_key == "printer.paper_out"
    assert s.device_state() is DeviceState.ERROR


def test_cover_open_is_0x16_on_dle_eot_2() -> None:
    s = parse_status(RawStatus(printer=0x1A, offline_cause=0x16, paper=0x12))
    assert s.cover_open and s.problem_key == "printer.cover_open"


def test_error_cause_autocutter() -> None:
    s = parse_status(RawStatus(printer=0x1A, offline_cause=0x52, error_cause=0x1A, paper=0x12))
    assert s.error and s.error_cause is ErrorCause.AUTOCUTTER
    assert s.problem_key == "printer.cutter_error"


def test_offline_without_cause() -> None:
    s = parse_status(RawStatus(printer=0x1A, offline_cause=0x12, paper=0x12))
    assert s.problem_key == "printer.offline" and not s.can_print


def test_paper_end_stop_on_dle_eot_2_means_out_even_without_dle_eot_4() -> None:
    s = parse_status(RawStatus(printer=0x1A, offline_cause=0x32))
    assert s.paper is PaperLevel.OUT


@pytest.mark.parametrize("byte", [None, 0x00, 0xFF, 0x13, 0x92])
def test_no_or_invalid_answer_is_unknown_not_offline(byte: int | None) -> None:
    s = parse_status(RawStatus(printer=byte))
    assert not s.responded and s.online is None
    assert s.can_print  # unknown: rely on write errors
    assert s.device_state() is DeviceState.READY
    assert s == UNKNOWN_STATUS or s.raw.printer == byte


def test_python_escpos_paper_masks_agree() -> None:
    # python-escpos paper_status(): masks 18 ok, 30 near end, 114 out
    assert parse_paper(18) is PaperLevel.OK
    assert parse_paper(30) is PaperLevel.NEAR_END
    assert parse_paper(114) is PaperLevel.OUT


@given(
    online=st.booleans(),
    cover=st.booleans(),
    paper=st.sampled_from([PaperLevel.OK, PaperLevel.NEAR_END, PaperLevel.OUT]),
    cause=st.sampled_from(
        [ErrorCause.NONE, ErrorCause.AUTOCUTTER, ErrorCause.UNRECOVERABLE, ErrorCause.RECOVERABLE]
    ),
)
def test_encode_parse_round_trip(online, cover, paper, cause) -> None:
    raw = encode_status(online=online, cover_open=cover, paper=paper, error_cause=cause)
    for b in (raw.printer, raw.offline_cause, raw.error_cause, raw.paper):
        assert b is not None and is_valid_status_byte(b)
    s = parse_status(raw)
    assert s.cover_open is cover
    assert s.paper is paper
    assert s.error is (cause is not ErrorCause.NONE)
    if s.error:
        assert s.error_cause is cause
    assert s.online is (online and not cover and paper is not PaperLevel.OUT and not s.error)


def test_transmit_status_bytes_are_distinguishable_from_dle_eot() -> None:
    for level in (PaperLevel.OK, PaperLevel.NEAR_END, PaperLevel.OUT):
        b = encode_transmit_paper(level)
        assert is_transmit_status_byte(b) and not is_valid_status_byte(b)
    assert not is_transmit_status_byte(0x12)


def test_as_dict_is_json_ready() -> None:
    d = parse_status(RawStatus(printer=0x12, paper=0x1E)).as_dict()
    assert d["paper"] == "near_end" and d["paper_near_end"] is True and d["online"] is True
