from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.config import ConfigError, Mode, load_config, load_demo_config, parse_config

REPO = Path(__file__).resolve().parents[2]


def test_embedded_demo_config_is_valid_demo_mode(tmp_path: Path) -> None:
    config = load_demo_config(tmp_path)
    assert config.kiosk.mode is Mode.DEMO
    assert config.devices.card_reader.driver == "emulated"
    assert config.backends.start_demo_backend
    assert config.paths.data_dir == tmp_path


def test_shipped_config_files_are_valid() -> None:
    demo = load_config(REPO / "config" / "demo.toml")
    site = load_config(REPO / "config" / "example-site.toml")
    assert demo.is_demo
    assert site.kiosk.mode is Mode.PRODUCTION
    assert site.display.dpi == 69


def test_example_site_documents_every_open311_media_mode() -> None:
    """[backends] open311_media is set in the example with each accepted value explained."""
    text = (REPO / "config" / "example-site.toml").read_text(encoding="utf-8")
    backends = text.split("[backends]", 1)[1].split("\n[", 1)[0]
    assert 'open311_media = "auto"' in backends
    for mode in ("auto", "multipart", "media_url"):
        assert f'#   "{mode}"' in backends, mode
    assert load_config(REPO / "config" / "example-site.toml").backends.open311_media == "auto"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        ('[kiosk]\nsite = "x"\n', "kiosk.id", "required setting is missing"),
        ('[kiosk]\nid = "a b"\nsite = "x"\n', "kiosk.id", "may contain only letters"),
        ('[kiosk]\nid = "a"\nsite = "x"\nsitee = 1\n', "kiosk.sitee", "unknown setting"),
        ('[kiosk]\nid = "a"\nsite = "x"\n[idle]\nwarning_s = 5\n', "idle.warning_s", "20"),
        (
            '[kiosk]\nid = "a"\nsite = "x"\n[idle]\nmax_extensions = 3\n',
            "idle.max_extensions",
            "10",
        ),
        (
            '[kiosk]\nid = "a"\nsite = "x"\n[services]\nenabled = ["bills", "casino"]\n',
            "services.enabled",
            "unknown service(s) casino",
        ),
        (
            '[kiosk]\nid = "a"\nsite = "x"\n[languages]\ndefault = "de"\n',
            "languages",
            "default language 'de'",
        ),
        (
            '[kiosk]\nid = "a"\nsite = "x"\n[backends]\ngateway_url = "ftp://x"\n',
            "backends.gateway_url",
            "http://",
        ),
        (
            '[kiosk]\nid = "a"\nsite = "x"\n[devices.fingerprint]\nfinger_timeout_s = 1\n',
            "devices.fingerprint.finger_timeout_s",
            "5",
        ),
        (
            '[kiosk]\nid = "a"\nsite = "x"\nmode = "production"\n'
            '[devices.printer]\ndriver = "emulated"\n',
            "",
            "production mode cannot use emulated devices: printer",
        ),
    ],
)
def test_bad_config_names_field_and_reason(
    tmp_path: Path, text: str, field: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, text))
    problems = caught.value.problems
    assert any(f == field and reason in r for f, r in problems), problems
    assert str(tmp_path) in caught.value.text()


def test_not_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(_write(tmp_path, "[kiosk\nid="))
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")


def test_relative_data_dir_resolves_beside_file(tmp_path: Path) -> None:
    config = load_config(
        _write(
            tmp_path, '[kiosk]\nid = "a"\nsite = "x"\nmode = "demo"\n[paths]\ndata_dir = "state"\n'
        )
    )
    assert config.paths.data_dir == tmp_path / "state"


def test_config_is_immutable() -> None:
    config = parse_config({"kiosk": {"id": "a", "site": "x", "mode": "demo"}})
    with pytest.raises(ValueError, match="frozen"):
        config.kiosk.id = "b"  # type: ignore[misc]


def test_cli_config_check_ok_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(main, ["config", "check", str(REPO / "config" / "example-site.toml")])
    assert ok.exit_code == 0, ok.output
    assert "OK (kiosk MAD-LIB-CENTRAL-01" in ok.output

    bad = _write(tmp_path, '[kiosk]\nid = "a"\nsite = ""\n[idle]\nwarning_s = "soon"\n')
    result = runner.invoke(main, ["config", "check", str(bad)])
    assert result.exit_code == 2
    assert "kiosk.site:" in result.output
    assert "idle.warning_s:" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


_DEMO = "[kiosk]\nid = 'a'\nsite = 'x'\nmode = 'demo'\n"
HOSTILE_CONFIGS = [
    # (TOML text, expected "field: reason" substring); issue #14: each printed a traceback
    (
        _DEMO + "[paths]\ndata_dir = " + "[" * 1000 + "]" * 1000 + "\n",
        "not valid TOML: nested too deeply",
    ),
    (
        _DEMO + "[paths]\ndata_dir = " + "[" * 40 + "]" * 40 + "\n",
        "paths.data_dir: nested more than 16 levels deep",
    ),
    (
        _DEMO + "[paths]\ndata_dir = '~nosuchuser/x'\n",
        "paths.data_dir: cannot expand '~nosuchuser': no such user",
    ),
    (
        _DEMO + '[paths]\ndata_dir = "/tmp/a\\u0000b"\n',
        "paths.data_dir: contains a NUL character",
    ),
    (
        _DEMO + '[devices.card_reader]\nca_files = ["/etc/\\u0000ca.pem"]\n',
        "devices.card_reader.ca_files: contains a NUL character",
    ),
    (
        _DEMO + "[paths]\nreserve_mb = inf\n",
        "paths.reserve_mb: Input should be a finite number",
    ),
    (
        _DEMO + "latitude = nan\n",
        "kiosk.latitude: Input should be a finite number",
    ),
]


@pytest.mark.parametrize(("text", "message"), HOSTILE_CONFIGS)
def test_hostile_config_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in info.value.text()
    runner = CliRunner()
    for args in (["config", "check", str(path)], ["run", "--config", str(path)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output
        assert "Traceback" not in result.output and result.exception is not None
        assert isinstance(result.exception, SystemExit)
