"""A client that goes away mid-request is no error of the demo city's servers: no traceback on
stderr (the crash bench kills workers hundreds of times; `make bench` prints a clean table,
issue #16 item 14). Any other failure of a request is still printed."""

from __future__ import annotations

import pytest

from citysim import CitySim


def test_a_reset_connection_prints_nothing_other_errors_still_do(
    city: CitySim, capfd: pytest.CaptureFixture[str]
) -> None:
    server = city.gateway._server
    assert server is not None
    for gone in (ConnectionResetError(104, "reset"), BrokenPipeError(32, "broken pipe")):
        try:
            raise gone
        except ConnectionError:
            server.handle_error(None, ("127.0.0.1", 40000))
    assert "Traceback" not in capfd.readouterr().err
    try:
        raise ValueError("a real bug in a handler")
    except ValueError:
        server.handle_error(None, ("127.0.0.1", 40001))
    err = capfd.readouterr().err
    assert "Traceback" in err and "a real bug in a handler" in err
