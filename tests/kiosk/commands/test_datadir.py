"""``kiosk queue`` finds the kiosk's real data directory or refuses (issue #15 item 14): it never
creates an empty database when only reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.commands import datadir
from kiosk.commands.queue import queue
from kiosk.resources import __file__ as resources_init
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store

DEMO_TOML = Path(resources_init).with_name("demo.toml")


def _config(tmp_path: Path, data_dir: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        DEMO_TOML.read_text(encoding="utf-8") + f'\n[paths]\ndata_dir = "{data_dir}"\n',
        encoding="utf-8",
    )
    return path


def _seed(data_dir: Path) -> None:
    store = open_store(data_dir)
    Outbox(store, FileKeyProvider.in_data_dir(data_dir)).enqueue(
        backend="gw", kind="report", payload={"x": 1}
    )
    store.close()


@pytest.fixture
def no_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No installed configuration, no environment: the state of a developer's machine."""
    missing = tmp_path / "etc" / "kiosk.toml"
    monkeypatch.setattr(datadir, "INSTALLED_CONFIG", missing)
    monkeypatch.setattr(datadir.find_data_dir, "__kwdefaults__", {"installed": missing})
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.delenv("KIOSK_DATA_DIR", raising=False)
    return missing


def test_without_any_configuration_it_refuses_in_one_line(
    no_installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(queue, ["status"])
    assert r.exit_code == 2
    assert r.output.strip().count("\n") == 0 and "--config" in r.output
    assert not list(tmp_path.rglob("queue.db"))


def test_an_empty_directory_is_refused_and_no_database_is_created(
    no_installed: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    for args in (["status"], ["list"], ["purge"], ["retry", "X", "--reason", "duplicate"]):
        r = CliRunner().invoke(queue, [*args, "--data-dir", str(empty)])
        assert r.exit_code == 2, args
        assert "no queue database" in r.output and r.output.strip().count("\n") == 0
    missing = tmp_path / "missing"
    r = CliRunner().invoke(queue, ["status", "--data-dir", str(missing)])
    assert r.exit_code == 2 and "no kiosk data directory" in r.output
    assert not (empty / "queue.db").exists() and not missing.exists()


def test_the_data_dir_comes_from_the_configuration(
    no_installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "var-lib"
    _seed(data)
    config = _config(tmp_path, data)
    by_option = CliRunner().invoke(queue, ["status", "--json", "--config", str(config)])
    assert by_option.exit_code == 0, by_option.output
    assert json.loads(by_option.output)["counts"]["pending"] == 1
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    by_env = CliRunner().invoke(queue, ["status", "--json"])
    assert by_env.exit_code == 0 and json.loads(by_env.output)["counts"]["pending"] == 1


def test_the_installed_configuration_is_the_default(
    no_installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "var-lib"
    _seed(data)
    installed = _config(tmp_path, data)
    monkeypatch.setattr(datadir.find_data_dir, "__kwdefaults__", {"installed": installed})
    r = CliRunner().invoke(queue, ["list", "--state", "pending", "--json"])
    assert r.exit_code == 0, r.output
    assert len(json.loads(r.output)) == 1


def test_a_broken_configuration_is_refused_in_one_line(no_installed: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[paths\n", encoding="utf-8")
    r = CliRunner().invoke(queue, ["status", "--config", str(bad)])
    assert r.exit_code == 2 and "not valid TOML" in r.output
    assert r.output.strip().count("\n") == 0


def test_audit_without_a_data_dir_uses_the_installed_kiosk_or_refuses(
    no_installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.commands.audit import audit
    from kiosk.records.audit import AuditLog

    refused = CliRunner().invoke(audit, ["tail"])
    assert refused.exit_code == 2 and refused.output.strip().count("\n") == 0
    data = tmp_path / "var-lib"
    data.mkdir()
    with AuditLog.in_data_dir(data) as log:
        log.record("technician.enter", "technician")
    monkeypatch.setenv("KIOSK_CONFIG", str(_config(tmp_path, data)))
    found = CliRunner().invoke(audit, ["tail", "--json"])
    assert found.exit_code == 0, found.output
    assert "technician.enter" in found.output


def test_diag_all_reads_and_never_creates_a_queue(no_installed: Path, tmp_path: Path) -> None:
    from kiosk.cli import main

    empty = tmp_path / "empty"
    empty.mkdir()
    args = ["diag", "all", "--json", "--no-devices", "--timeout", "1", "--data-dir", str(empty)]
    result = CliRunner().invoke(main, args)
    report = json.loads(result.output)
    assert report["checks"]["queue"]["key"] == "queue.no_database"
    assert result.exit_code == 2
    assert not (empty / "queue.db").exists()
