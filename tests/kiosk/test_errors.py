"""The kiosk's keyed errors share one shape (kiosk.errors.KeyedError)."""

from __future__ import annotations

from kiosk.camera.scan_payloads import PayloadRejected
from kiosk.errors import KeyedError
from kiosk.records.audit import AuditLogError
from kiosk.services.submit import SubmitError


def test_a_keyed_error_says_its_key_and_keeps_the_detail_apart() -> None:
    error = SubmitError("submit.unavailable", "OperationalError")
    assert isinstance(error, KeyedError)
    assert (error.key, error.detail, str(error)) == (
        "submit.unavailable",
        "OperationalError",
        "submit.unavailable: OperationalError",
    )
    assert str(SubmitError("submit.unavailable")) == "submit.unavailable"


def test_keyed_errors_stay_what_callers_catch() -> None:
    assert isinstance(AuditLogError("audit.unwritable"), OSError)
    assert isinstance(PayloadRejected("scan.unknown"), ValueError)
