"""`kiosk provision install --root DIR`: the system files, and idempotence."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.commands.provision import provision
from provisioning.errors import ProvisioningError
from provisioning.install import (
    install_system,
    package_files,
    planned_files,
    repo_service_file,
)
from provisioning.system_files import SystemOptions, display_of

SERVICE = """\
[Unit]
Description=test kiosk

[Service]
Type=notify
User=kiosk
ExecStart=/opt/kiosk/bin/kiosk run --config /etc/ecitizen-kiosk/kiosk.toml
Environment=QT_QPA_PLATFORM=wayland
Environment=XDG_RUNTIME_DIR=/run/test-display
Environment="WAYLAND_DISPLAY=wayland-1"

[Install]
WantedBy=graphical.target
"""

EXPECTED_FILES = {
    "etc/sysusers.d/ecitizen-kiosk.conf",
    "etc/systemd/system/kiosk.service",
    "etc/systemd/system/kiosk-cage@.service",
    "etc/systemd/system/kiosk.service.d/50-display.conf",
    "etc/systemd/system/kiosk-update.service",
    "etc/systemd/system/kiosk-update.timer",
    "etc/systemd/system/kiosk-update.path",
    "etc/pam.d/ecitizen-kiosk",
    "etc/udev/rules.d/70-ecitizen-kiosk.rules",
    "etc/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules",
    "etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf",
    "etc/systemd/journald.conf.d/60-ecitizen-kiosk.conf",
}
EXPECTED_LINKS = {
    "etc/systemd/system/graphical.target.wants/kiosk.service": "/etc/systemd/system/kiosk.service",
    "etc/systemd/system/graphical.target.wants/kiosk-cage@tty1.service": (
        "/etc/systemd/system/kiosk-cage@.service"
    ),
    "etc/systemd/system/timers.target.wants/kiosk-update.timer": (
        "/etc/systemd/system/kiosk-update.timer"
    ),
    "etc/systemd/system/paths.target.wants/kiosk-update.path": (
        "/etc/systemd/system/kiosk-update.path"
    ),
    "etc/systemd/system/default.target": "/usr/lib/systemd/system/graphical.target",
    "etc/systemd/system/ctrl-alt-del.target": "/dev/null",
}


@pytest.fixture
def service_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.service"
    path.write_text(SERVICE)
    return path


def _snapshot(root: Path) -> dict[str, tuple[object, ...]]:
    """Every entry under root: kind, mode, content or link target, and mtime."""
    snap: dict[str, tuple[object, ...]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            rel = str(path.relative_to(root))
            if stat.S_ISLNK(st.st_mode):
                snap[rel] = ("link", os.readlink(path), st.st_mtime_ns)
            elif stat.S_ISDIR(st.st_mode):
                snap[rel] = ("dir", stat.S_IMODE(st.st_mode), st.st_mtime_ns)
            else:
                snap[rel] = (
                    "file",
                    stat.S_IMODE(st.st_mode),
                    path.read_bytes(),
                    st.st_mtime_ns,
                    st.st_ino,
                )
    return snap


def _ini(text: str) -> dict[str, list[str]]:
    """key → values, over all sections (enough for these assertions)."""
    values: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "[")) and "=" in line:
            k, _, v = line.partition("=")
            values.setdefault(k, []).append(v)
    return values


def test_install_writes_every_file(tmp_path: Path, service_file: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    report = install_system(root, service_file)
    assert set(report.changed) == EXPECTED_FILES | set(EXPECTED_LINKS)
    for rel in EXPECTED_FILES:
        assert stat.S_IMODE((root / rel).stat().st_mode) == 0o644, rel
    for rel, target in EXPECTED_LINKS.items():
        assert os.readlink(root / rel) == target
    assert (root / "etc/systemd/system/kiosk.service").read_text() == SERVICE

    sysusers = (root / "etc/sysusers.d/ecitizen-kiosk.conf").read_text()
    assert 'u kiosk - "eCitizen kiosk" /var/lib/ecitizen-kiosk /usr/sbin/nologin' in sysusers
    for group in ("dialout", "lp", "plugdev", "video", "audio"):
        assert f"m kiosk {group}\n" in sysusers

    cage = _ini((root / "etc/systemd/system/kiosk-cage@.service").read_text())
    # cage puts the socket exactly where kiosk.service's Environment= looks for it
    assert cage["RuntimeDirectory"] == ["test-display"]
    assert cage["ExecStart"][0].startswith("/usr/bin/env XDG_RUNTIME_DIR=/run/test-display ")
    assert " -s " not in cage["ExecStart"][0] + " "  # no VT switching (OPS-01)
    assert "/usr/bin/cage -d -- " in cage["ExecStart"][0]
    assert "/run/test-display/wayland-1" in cage["ExecStartPost"][0]
    assert cage["User"] == ["kiosk"]
    assert cage["TTYPath"] == ["/dev/%I"]
    assert cage["Conflicts"] == ["getty@%i.service"]
    assert cage["DefaultInstance"] == ["tty1"]
    dropin = _ini((root / "etc/systemd/system/kiosk.service.d/50-display.conf").read_text())
    assert dropin == {
        "Wants": ["kiosk-cage@tty1.service"],
        "After": ["kiosk-cage@tty1.service"],
    }

    udev = (root / "etc/udev/rules.d/70-ecitizen-kiosk.rules").read_text()
    assert 'ENV{ID_USB_INTERFACES}=="*:07????:*"' in udev
    for vid_pid in ('"10c4", ATTRS{idProduct}=="ea60"', '"1a86", ATTRS{idProduct}=="7523"',
                    '"0403", ATTRS{idProduct}=="6001"'):  # fmt: skip
        assert vid_pid in udev
    assert udev.count('SYMLINK+="fingerprint"') == 5
    assert 'SUBSYSTEM=="video4linux", MODE="0660", GROUP="video"' in udev
    assert "0666" not in udev and 'MODE="0777"' not in udev

    polkit = (root / "etc/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules").read_text()
    assert '"org.debian.pcsc-lite.access_pcsc"' in polkit
    assert '"org.debian.pcsc-lite.access_card"' in polkit
    assert 'subject.user == "kiosk"' in polkit

    logind = _ini((root / "etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf").read_text())
    for key, value in [("NAutoVTs", "0"), ("ReserveVT", "0"), ("HandlePowerKey", "ignore"),
                       ("HandleRebootKey", "ignore"), ("HandleSuspendKey", "ignore")]:  # fmt: skip
        assert logind[key] == [value]
    journald = _ini((root / "etc/systemd/journald.conf.d/60-ecitizen-kiosk.conf").read_text())
    assert journald["Storage"] == ["persistent"]
    assert journald["SystemMaxUse"] == ["512M"]
    assert journald["Seal"] == ["yes"]
    pam = (root / "etc/pam.d/ecitizen-kiosk").read_text()
    assert "session  required pam_systemd.so" in pam

    # the updater: its oneshot service, started by the (enabled) timer and path unit
    updater = _ini((root / "etc/systemd/system/kiosk-update.service").read_text())
    assert updater["Type"] == ["oneshot"]
    assert updater["ExecStart"][0].startswith(
        "/bin/sh -c '/opt/ecitizen-kiosk/current/venv/bin/kiosk update run --config "
        "/etc/ecitizen-kiosk/kiosk.toml --if-provisioned || exec "
        "/opt/ecitizen-kiosk/previous/venv/bin/kiosk "
    )
    timer = _ini((root / "etc/systemd/system/kiosk-update.timer").read_text())
    assert (timer["OnBootSec"], timer["OnUnitInactiveSec"]) == (["2min"], ["15min"])
    path = _ini((root / "etc/systemd/system/kiosk-update.path").read_text())
    assert path["PathChanged"] == ["/var/lib/ecitizen-kiosk/update-target.json"]
    assert path["Unit"] == ["kiosk-update.service"]


def test_second_run_changes_nothing(tmp_path: Path, service_file: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    install_system(root, service_file)
    before = _snapshot(root)
    report = install_system(root, service_file)
    assert report.changed == []
    assert _snapshot(root) == before  # contents, modes, link targets, mtimes, inodes


def test_run_repairs_drift(tmp_path: Path, service_file: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    install_system(root, service_file)
    logind = root / "etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf"
    good = logind.read_text()
    logind.write_text(good.replace("HandlePowerKey=ignore", "HandlePowerKey=poweroff"))
    (root / "etc/udev/rules.d/70-ecitizen-kiosk.rules").chmod(0o666)
    (root / "etc/systemd/system/ctrl-alt-del.target").unlink()
    untouched = root / "etc/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules"
    mtime = untouched.stat().st_mtime_ns
    report = install_system(root, service_file)
    assert sorted(report.changed) == [
        "etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf",
        "etc/systemd/system/ctrl-alt-del.target",
        "etc/udev/rules.d/70-ecitizen-kiosk.rules",
    ]
    assert logind.read_text() == good
    assert stat.S_IMODE((root / "etc/udev/rules.d/70-ecitizen-kiosk.rules").stat().st_mode) == 0o644
    assert untouched.stat().st_mtime_ns == mtime


def test_options_and_errors(tmp_path: Path, service_file: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    install_system(root, service_file, SystemOptions(user="kiosk2", tty="tty7"))
    assert (root / "etc/systemd/system/graphical.target.wants/kiosk-cage@tty7.service").is_symlink()
    assert (
        'subject.user == "kiosk2"'
        in (root / "etc/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules").read_text()
    )
    with pytest.raises(ValueError):
        SystemOptions(user="Robert'); DROP")
    with pytest.raises(ValueError):
        SystemOptions(tty="ttyS0")
    with pytest.raises(ProvisioningError) as info:
        install_system(root, tmp_path / "missing.service")
    assert info.value.key == "provisioning.service_file_missing"
    bad = tmp_path / "bad.service"
    bad.write_text("[Service]\nEnvironment=XDG_RUNTIME_DIR=/tmp/x\n")
    with pytest.raises(ProvisioningError) as info:
        install_system(root, bad)
    assert info.value.key == "provisioning.service_file_invalid"
    with pytest.raises(ProvisioningError) as info:
        install_system(tmp_path / "no-root", service_file)
    assert info.value.key == "provisioning.root_missing"


def test_repository_unit_is_installable(tmp_path: Path) -> None:
    """The real kiosk.service at the repository root installs, and cage matches its display."""
    unit = repo_service_file()
    if not unit.exists():
        pytest.skip("kiosk.service not in the repository yet")
    root = tmp_path / "root"
    root.mkdir()
    install_system(root)
    display = display_of(unit.read_text())
    cage = (root / "etc/systemd/system/kiosk-cage@.service").read_text()
    assert f"XDG_RUNTIME_DIR={display.runtime_dir} " in cage
    assert f"{display.runtime_dir}/{display.socket}" in cage


@pytest.mark.skipif(shutil.which("systemd-sysusers") is None, reason="needs systemd-sysusers")
def test_sysusers_file_creates_the_user(tmp_path: Path, service_file: Path) -> None:
    """systemd-sysusers itself reads the file and creates the user and groups in the root."""
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    install_system(root, service_file)
    for _ in range(2):  # idempotent on the systemd side too
        subprocess.run(
            # (systemd 252 does not resolve the file argument inside --root)
            [
                "systemd-sysusers",
                f"--root={root}",
                str(root / "etc/sysusers.d/ecitizen-kiosk.conf"),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    passwd = (root / "etc/passwd").read_text().splitlines()
    kiosk = [line for line in passwd if line.startswith("kiosk:")]
    assert len(kiosk) == 1
    assert kiosk[0].endswith(":/var/lib/ecitizen-kiosk:/usr/sbin/nologin")
    groups = {line.split(":")[0]: line for line in (root / "etc/group").read_text().splitlines()}
    for group in ("kiosk", "dialout", "lp", "plugdev", "video", "audio"):
        assert group in groups
    for group in ("dialout", "lp", "plugdev", "video", "audio"):
        assert "kiosk" in groups[group].split(":")[3].split(",")


def test_cli_install_twice(tmp_path: Path, service_file: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    runner = CliRunner()
    args = ["install", "--root", str(root), "--service-file", str(service_file)]
    first = runner.invoke(provision, args)
    assert first.exit_code == 0, first.output
    assert f"{len(EXPECTED_FILES) + len(EXPECTED_LINKS)} changed" in first.output
    before = _snapshot(root)
    second = runner.invoke(provision, args)
    assert second.exit_code == 0
    assert "0 changed" in second.output
    assert _snapshot(root) == before
    bad = runner.invoke(provision, [*args, "--tty", "console"])
    assert bad.exit_code == 2


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_cage_unit_passes_systemd_analyze_verify(tmp_path: Path, service_file: Path) -> None:
    fake_cage = tmp_path / "cage"
    fake_cage.write_text("#!/bin/sh\nexit 0\n")
    fake_cage.chmod(0o755)
    root = tmp_path / "root"
    root.mkdir()
    install_system(root, service_file, SystemOptions(cage=str(fake_cage)))
    template = (root / "etc/systemd/system/kiosk-cage@.service").read_text()
    instance = tmp_path / "kiosk-cage@tty1.service"
    instance.write_text(template)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(instance)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""


def test_pin_the_city_key(tmp_path: Path, service_file: Path) -> None:
    from citysim.provisioning import ProvisioningAuthority

    city = ProvisioningAuthority(tmp_path / "city")
    other = ProvisioningAuthority(tmp_path / "other")
    root = tmp_path / "root"
    root.mkdir()
    runner = CliRunner()
    args = ["install", "--root", str(root), "--service-file", str(service_file)]
    pin = root / "etc/ecitizen-kiosk/city-provisioning.pub.pem"
    out = runner.invoke(provision, [*args, "--city-key", str(city.bundle_public_key_path)])
    assert out.exit_code == 0, out.output
    assert pin.read_bytes() == city.bundle_public_key_path.read_bytes()
    again = runner.invoke(provision, [*args, "--city-key", str(city.bundle_public_key_path)])
    assert "0 changed" in again.output
    swap = runner.invoke(provision, [*args, "--city-key", str(other.bundle_public_key_path)])
    assert swap.exit_code == 1 and "provisioning.city_key_conflict" in swap.output
    assert pin.read_bytes() == city.bundle_public_key_path.read_bytes()
    junk = tmp_path / "junk.pem"
    junk.write_text("junk")
    bad = runner.invoke(provision, [*args, "--city-key", str(junk)])
    assert bad.exit_code == 1 and "provisioning.city_key_invalid" in bad.output


def test_a_packaged_kiosk_uses_the_packages_files(tmp_path: Path, service_file: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    # an earlier unpackaged install, one of its files edited on site since
    install_system(root, service_file)
    edited = "etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf"
    (root / edited).write_text((root / edited).read_text() + "HandlePowerKey=poweroff\n")
    # then the Debian package is installed: its files where it ships them
    for rel, (content, mode) in package_files(SERVICE, SystemOptions()).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(content)
        (root / rel).chmod(mode)

    report = install_system(root)  # packaged: found the package's kiosk.service
    # no copy under /etc hides the package's files (the next package's version would not
    # apply); the edited one is kept and named
    assert report.shadowing == [edited]
    assert (root / edited).exists()
    for rel in EXPECTED_FILES - {edited, "etc/pam.d/ecitizen-kiosk"}:
        assert not (root / rel).exists(), rel
        assert rel in report.changed
    assert (root / "etc/pam.d/ecitizen-kiosk").read_text().startswith("# Shipped by")
    wants = root / "etc/systemd/system/graphical.target.wants"
    assert os.readlink(wants / "kiosk.service") == "/lib/systemd/system/kiosk.service"
    assert os.readlink(wants / "kiosk-cage@tty1.service") == (
        "/lib/systemd/system/kiosk-cage@.service"
    )
    assert os.readlink(root / "etc/systemd/system/ctrl-alt-del.target") == "/dev/null"
    # the updater's timer and path unit enabled from the package's files, as its postinst does
    units = root / "etc/systemd/system"
    assert os.readlink(units / "timers.target.wants/kiosk-update.timer") == (
        "/lib/systemd/system/kiosk-update.timer"
    )
    assert os.readlink(units / "paths.target.wants/kiosk-update.path") == (
        "/lib/systemd/system/kiosk-update.path"
    )
    assert install_system(root).changed == []


def test_package_files_are_the_installs_files_at_the_packages_paths() -> None:
    installed = planned_files(SERVICE, SystemOptions())
    packaged = package_files(SERVICE, SystemOptions())
    assert len(installed) == len(packaged)
    header = "Written by `kiosk provision install`"
    for (rel, (text, _)), (prel, (ptext, _)) in zip(
        sorted(installed.items(), key=lambda x: Path(x[0]).name),
        sorted(packaged.items(), key=lambda x: Path(x[0]).name),
        strict=True,
    ):
        assert Path(rel).name == Path(prel).name
        body = text.decode().split("\n", 1)[1] if header in text.decode()[:60] else text.decode()
        assert ptext.decode().endswith(body), prel  # only the header differs
        assert not prel.startswith("etc/") or prel == "etc/pam.d/ecitizen-kiosk"
