"""SIP2 settings (issue #14.1): TLS to the ILS, plain SIP2 refused in production unless the site
accepts the risk (then diagnostics show it), the TLS context the kiosk builds, used against
citysim's ``sip2-tls`` profile."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import ValidationError

from citysim import CitySim
from kiosk.config import KioskConfig, production_problems
from kiosk.diagnostics.report import software_check
from kiosk.runtime.app import KioskCore
from offline_queue.connectors.sip2 import Sip2Client, Sip2SessionError


def _config(mode: str = "production", **backends: Any) -> KioskConfig:
    return KioskConfig.model_validate(
        {"kiosk": {"id": "k1", "site": "Library", "mode": mode}, "backends": backends}
    )


def _sip2_problems(config: KioskConfig) -> list[tuple[str, str]]:
    return [p for p in production_problems(config) if p[0].startswith("backends.sip2")]


def test_production_refuses_plain_sip2_unless_the_risk_is_accepted() -> None:
    [(field, reason)] = _sip2_problems(_config())
    assert field == "backends.sip2_tls" and "sip2_plaintext_accepted_risk" in reason
    assert _sip2_problems(_config(sip2_tls=True)) == []
    accepted = _config(sip2_plaintext_accepted_risk=True)
    assert _sip2_problems(accepted) == []
    check = software_check(accepted).as_dict()
    assert check["status"] == "warning" and check["key"] == "sip2.plaintext_accepted_risk"
    assert check["sip2_transport"] == "plaintext" and check["sip2_plaintext_accepted_risk"]
    assert software_check(_config(sip2_tls=True)).as_dict()["sip2_transport"] == "tls"
    assert _sip2_problems(_config(mode="demo")) == []  # production only
    no_library = KioskConfig.model_validate(
        {"kiosk": {"id": "k1", "site": "x"}, "services": {"enabled": ["bills"]}}
    )
    assert _sip2_problems(no_library) == []


def test_sip2_settings_are_validated() -> None:
    with pytest.raises(ValidationError):
        _config(sip2_tls_cert_file="/etc/x.pem")  # a certificate without its key
    with pytest.raises(ValidationError):
        _config(sip2_encoding="ebcdic")
    assert _config(sip2_encoding="utf-8", sip2_user="").backends.sip2_encoding == "utf-8"


def _tls_context(config: KioskConfig, problems: dict[str, str]) -> Any:
    core = SimpleNamespace(config=config, problems=problems)
    return KioskCore._sip2_tls(core)  # type: ignore[arg-type]


def test_the_kiosk_speaks_sip2_over_tls_to_the_ilss_terminator() -> None:
    with CitySim(profile="sip2-tls") as city:
        host, port = city.sip2_address
        assert city.sip2.tls_ca_file is not None
        config = _config(mode="demo", sip2_tls=True, sip2_tls_ca_file=str(city.sip2.tls_ca_file))
        problems: dict[str, str] = {}
        context = _tls_context(config, problems)
        assert problems == {}
        login = city.sip2.app.login
        assert login is not None
        with Sip2Client(
            host, port, login_user=login[0], login_password=login[1], tls=context
        ) as client:
            assert client.patron_status("LIB-0001", "1234").pin_ok
        assert _tls_context(_config(mode="demo"), {}) is None  # plain SIP2


def test_unusable_tls_files_never_fall_back_to_plain(tmp_path: Path) -> None:
    problems: dict[str, str] = {}
    config = _config(sip2_tls=True, sip2_tls_ca_file=str(tmp_path / "missing.pem"))
    context = _tls_context(config, problems)
    assert context is not None and problems == {"sip2_tls": "sip2.tls_config"}
    with CitySim(profile="sip2-tls") as city:
        host, port = city.sip2_address
        with Sip2Client(host, port, login_user="x", login_password="y", tls=context) as c:
            with pytest.raises(Sip2SessionError) as err:
                c.connect()
            assert err.value.key == "sip2.tls_untrusted"
