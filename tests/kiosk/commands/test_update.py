"""`kiosk update` on a test root: run (process manager, packages from a directory), status,
target, and the production refusals."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kiosk.cli import main
from kiosk.updates.releases import ReleaseStore
from kiosk.updates.state import read_target
from tests.kiosk.updates.conftest import debs
from tests.kiosk.updates.fakes import config_toml

__all__ = ["debs"]


def _config(tmp_path: Path, **updates: object) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    path = tmp_path / "kiosk.toml"
    path.write_text(config_toml(tmp_path, data_dir, **updates), encoding="utf-8")
    return path


def test_target_run_and_status(tmp_path: Path, debs: Path) -> None:
    config = _config(tmp_path)
    store = ReleaseStore(tmp_path / "opt")
    store.stage(debs / "ecitizen-kiosk_1.0.0_all.deb", "1.0.0")
    store.switch("1.0.0")
    runner = CliRunner()
    told = runner.invoke(main, ["update", "target", "1.1.0", "--config", str(config)])
    assert told.exit_code == 0 and told.output == "target 1.1.0\n"
    target = read_target(tmp_path / "data")
    assert target is not None and (target.version, target.ring) == ("1.1.0", "local")
    ran = runner.invoke(
        main,
        [
            "update",
            "run",
            "--config",
            str(config),
            "--manager",
            "process",
            "--source-dir",
            str(debs),
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert "phase     up_to_date" in ran.output and "current   1.1.0" in ran.output
    status = runner.invoke(main, ["update", "status", "--config", str(config)])
    assert status.output.splitlines()[:3] == [
        "phase     up_to_date",
        "current   1.1.0",
        "previous  1.0.0",
    ]
    assert "last      1.1.0: serving" in status.output
    as_json = runner.invoke(main, ["update", "status", "--json", "--config", str(config)])
    assert '"phase": "up_to_date"' in as_json.output
    cleared = runner.invoke(main, ["update", "target", "--clear", "--config", str(config)])
    assert cleared.output == "target cleared\n"


def test_bad_input_is_refused_in_one_line(tmp_path: Path) -> None:
    config = _config(tmp_path)
    runner = CliRunner()
    bad = runner.invoke(main, ["update", "target", "../1", "--config", str(config)])
    assert bad.exit_code == 2 and "not a release version" in bad.output
    both = runner.invoke(main, ["update", "target", "1.0", "--clear", "--config", str(config)])
    assert both.exit_code == 2
    missing = runner.invoke(main, ["update", "status", "--config", str(tmp_path / "none.toml")])
    assert missing.exit_code == 2 and "file not found" in missing.output
    production = tmp_path / "production.toml"
    production.write_text(
        config.read_text(encoding="utf-8").replace('mode = "demo"', 'mode = "production"')
        + '\n[devices.card_reader]\ndriver = "disabled"\n[devices.printer]\ndriver = "disabled"\n'
        '[devices.camera]\ndriver = "disabled"\n[backends]\n'
        'gateway_url = "https://10.0.0.1"\nopen311_url = "https://10.0.0.1/open311"\n'
        '[network]\nallow = ["10.0.0.0/8"]\n[services]\nenabled = ["bills"]\n',
        encoding="utf-8",
    )
    refused = runner.invoke(
        main, ["update", "run", "--config", str(production), "--manager", "process"]
    )
    assert refused.exit_code == 2, refused.output
    assert "only from the signed repository" in refused.output


def test_an_unprovisioned_kiosk_has_nothing_to_update_and_says_so(tmp_path: Path) -> None:
    """kiosk-update.service runs from the package's installation on, before `kiosk provision
    install` wrote the configuration: with --if-provisioned that pass succeeds quietly, without
    it a missing configuration is still refused."""
    missing = tmp_path / "etc" / "kiosk.toml"
    runner = CliRunner()
    quiet = runner.invoke(main, ["update", "run", "--config", str(missing), "--if-provisioned"])
    assert quiet.exit_code == 0, quiet.output
    assert quiet.output == f"not provisioned yet ({missing} does not exist): nothing to update\n"
    assert not missing.parent.exists()  # nothing written
    refused = runner.invoke(main, ["update", "run", "--config", str(missing)])
    assert refused.exit_code == 2
    assert str(missing) in refused.output
