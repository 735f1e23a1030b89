"""Production-mode rules of ``kiosk config check`` (and ``kiosk run``): the city's HTTP back ends
over https only (mutual TLS, SEC-13), inside the networks kiosk.service may reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.config import ConfigError, Mode, load_config

BASE = '[kiosk]\nid = "K-1"\nsite = "Central"\nmode = "{mode}"\n'


def _write(tmp_path: Path, backends: str, network: str = "", mode: str = "production") -> Path:
    path = tmp_path / "kiosk.toml"
    text = BASE.format(mode=mode) + "[backends]\n" + backends
    if network:
        text += "[network]\n" + network
    path.write_text(text, encoding="utf-8")
    return path


HTTPS = 'gateway_url = "https://10.20.0.5"\nopen311_url = "https://10.20.0.5/open311/v2"\n'
HTTPS += "sip2_tls = true\n"  # plain SIP2: tests/kiosk/test_sip2_config.py


@pytest.mark.parametrize(
    ("backends", "network", "problems"),
    [
        (
            'gateway_url = "http://10.20.0.5"\nopen311_url = "https://10.20.0.5/open311/v2"\n',
            'allow = ["10.20.0.0/16"]\n',
            [("backends.gateway_url", "production mode refuses plain http://")],
        ),
        (
            'gateway_url = "https://127.0.0.1:8711"\nopen311_url = "http://127.0.0.1:8711/o"\n',
            "",
            [("backends.open311_url", "production mode refuses plain http://")],
        ),
        (HTTPS, 'allow = ["10.30.0.0/16"]\n', [("backends.gateway_url", "outside network.allow")]),
        (
            'gateway_url = "https://gw.city.example"\nopen311_url = "https://10.20.0.5/o"\n',
            "",
            [
                ("backends.open311_url", "10.20.0.5 is outside network.allow"),
                ("network.allow", "list the city's networks (of gw.city.example)"),
            ],
        ),
        (HTTPS, 'allow = ["10.20.0.0/33"]\n', [("network.allow", "not an address or network")]),
    ],
)
def test_production_problems_name_field_and_reason(
    tmp_path: Path, backends: str, network: str, problems: list[tuple[str, str]]
) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(_write(tmp_path, backends, network))
    found = info.value.problems
    for field, reason in problems:
        assert any(f == field and reason in r for f, r in found), found


def test_https_inside_the_allowed_networks_is_fine(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, HTTPS, 'allow = ["10.20.0.0/16", "192.0.2.1"]\n'))
    assert config.network.allow == ("10.20.0.0/16", "192.0.2.1/32")
    # demo and practice may use plain http (the demo city on loopback)
    plain = 'gateway_url = "http://10.1.1.1"\n'
    assert load_config(_write(tmp_path, plain, mode="demo")).kiosk.mode is Mode.DEMO


def test_config_check_and_run_refuse_http_without_a_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, 'gateway_url = "http://127.0.0.1:8710"\n')
    runner = CliRunner()
    for args in (["config", "check", str(path)], ["run", "--config", str(path)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, result.output
        assert "backends.gateway_url: production mode refuses plain http://" in result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
