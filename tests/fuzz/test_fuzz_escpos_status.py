"""Fuzz: ESC/POS real-time status bytes (DLE EOT n, GS r) as any printer or clone answers them.

The parser is total: any answer (or none) is a :class:`PrinterStatus`, never an exception; an
invalid byte is "no answer" (unknown), never "offline"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drivers.device import DeviceState
from drivers.printer import status as s
from tests.fuzz.profiles import fuzz_settings

answer = st.one_of(st.none(), st.integers(0, 255), st.integers(-1000, 100_000))


@fuzz_settings()
@given(printer=answer, offline=answer, error=answer, paper=answer)
def test_any_status_round(
    printer: int | None, offline: int | None, error: int | None, paper: int | None
) -> None:
    status = s.parse_status(s.RawStatus(printer, offline, error, paper))
    if printer is None or not s.is_valid_status_byte(printer):
        assert not status.responded and status.online is None
    assert isinstance(status.device_state(), DeviceState)
    key = status.problem_key
    assert key is None or isinstance(key, str)
    status.as_dict()
    assert isinstance(status.can_print, bool)
    s.parse_paper(paper)
    s.parse_error_cause(error)
    if paper is not None:
        s.is_transmit_status_byte(paper)


@fuzz_settings(scale=0.3)
@given(
    online=st.booleans(),
    cover=st.booleans(),
    paper=st.sampled_from(list(s.PaperLevel)),
    cause=st.sampled_from(list(s.ErrorCause)),
)
def test_encoded_conditions_round_trip(
    online: bool, cover: bool, paper: s.PaperLevel, cause: s.ErrorCause
) -> None:
    status = s.parse_status(s.encode_status(online=online, cover_open=cover, paper=paper,
                                            error_cause=cause))  # fmt: skip
    assert status.responded and status.cover_open is cover
