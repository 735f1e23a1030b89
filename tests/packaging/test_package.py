"""``make package``: the .deb lintian accepts, what it carries, and what it does to a root."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from provisioning.install import package_files, repo_service_file
from provisioning.system_files import SystemOptions
from tests.helpers import debrepo
from tests.packaging.conftest import Packages, project_version

INSTALL_ROOT = "opt/ecitizen-kiosk"
UPDATER_UNITS = ("kiosk-update.service", "kiosk-update.timer", "kiosk-update.path")
ENABLED = {
    "etc/systemd/system/timers.target.wants/kiosk-update.timer": (
        "/lib/systemd/system/kiosk-update.timer"
    ),
    "etc/systemd/system/paths.target.wants/kiosk-update.path": (
        "/lib/systemd/system/kiosk-update.path"
    ),
}
"""What postinst enables: the updater's timer and path unit (they start its oneshot)."""


def fields(deb: Path) -> dict[str, str]:
    out = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    return dict(re.findall(r"(?m)^([A-Za-z-]+): (.*)$", out))


def members(deb: Path, dest: Path) -> Path:
    """The package's files, unpacked into ``dest`` (dpkg-deb -x: what the updater does)."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True)
    return dest


def test_lintian_reports_no_errors_or_warnings(packages: Packages) -> None:
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", "--no-tag-display-limit", str(packages.first)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    tags = [x for x in result.stdout.splitlines() if re.match(r"[EW]: ", x)]
    assert tags == []
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_and_control_fields(packages: Packages) -> None:
    control = fields(packages.first)
    version = project_version()
    assert control["Package"] == "ecitizen-kiosk"
    # the one version: pyproject's, in the package name, the control file and the release path
    assert control["Version"] == packages.first_version == version
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert control["Architecture"] == arch
    assert packages.first.name == f"ecitizen-kiosk_{version}_{arch}.deb"
    # the venv runs on Debian's interpreter: the package needs exactly that python3.X
    python = Path("/usr/bin/python3").resolve().name
    assert re.fullmatch(r"python3\.\d+", python)
    assert control["Depends"].split(", ")[0] == python
    assert "test build" in control["Description"]  # a light build says so
    assert fields(packages.second)["Version"] == f"{version}+post1"


def test_the_release_tree_is_built_for_its_final_path(packages: Packages, tmp_path: Path) -> None:
    tree = members(packages.first, tmp_path / "x")
    release = tree / INSTALL_ROOT / "releases" / packages.first_version
    venv = release / "venv"
    assert os.access(venv / "bin/kiosk", os.X_OK)
    python = Path("/usr/bin/python3").resolve()
    assert os.readlink(venv / f"bin/{python.name}") == str(python)
    cfg = (venv / "pyvenv.cfg").read_text()
    assert f"/opt/ecitizen-kiosk/releases/{packages.first_version}/venv" in cfg
    assert "home = /usr/bin" in cfg
    assert "include-system-site-packages = false" in cfg
    activate = (venv / "bin/activate").read_text()
    assert f"/opt/ecitizen-kiosk/releases/{packages.first_version}/venv" in activate
    # nothing names the machine or directory it was built in
    for path in tree.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            assert b"kiosk-package-" not in data and str(tmp_path).encode() not in data, path
    assert list(tree.rglob("*.pyc")) == [] and list(tree.rglob("__pycache__")) == []
    site = next(venv.glob("lib/python3*/site-packages"))
    assert (site / "kiosk" / "cli.py").is_file()
    assert not (site / "PySide6").exists()  # light build: the kiosk alone
    [dist_info] = site.glob("ecitizen_kiosk-*.dist-info")
    assert dist_info.name == f"ecitizen_kiosk-{project_version()}.dist-info"


def test_system_files_are_provisionings_own(packages: Packages, tmp_path: Path) -> None:
    tree = members(packages.first, tmp_path / "x")
    service_text = repo_service_file().read_text(encoding="utf-8")
    expected = package_files(service_text, SystemOptions())
    assert "lib/systemd/system/kiosk.service" in expected
    for rel, (content, mode) in expected.items():
        assert (tree / rel).read_bytes() == content, rel
        assert (tree / rel).stat().st_mode & 0o777 == mode
    unit = (tree / "lib/systemd/system/kiosk.service").read_text()
    assert unit == service_text  # the repository's unit, byte for byte
    assert re.search(r"(?m)^ExecStart=/opt/ecitizen-kiosk/current/venv/bin/kiosk run ", unit)
    # the packaged texts do not claim `kiosk provision install` wrote them
    udev = (tree / "lib/udev/rules.d/70-ecitizen-kiosk.rules").read_text()
    assert udev.startswith("# Shipped by the ecitizen-kiosk package")
    polkit = (tree / "usr/share/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules").read_text()
    assert polkit.startswith("// Shipped by the ecitizen-kiosk package")
    # the updater's units (issue #19), from the same source, and systemd accepts them as shipped
    units = [tree / "lib/systemd/system" / name for name in UPDATER_UNITS]
    assert all(unit.is_file() for unit in units)
    if shutil.which("systemd-analyze"):
        verify = subprocess.run(
            ["systemd-analyze", "verify", "--man=no", *map(str, units)],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert verify.returncode == 0 and verify.stderr.strip() == "", verify.stderr
    with tarfile.open(fileobj=_control_tar(packages.first)) as control:
        names = {m.name.lstrip("./") for m in control.getmembers()}
        conffiles = control.extractfile("./conffiles")
        assert conffiles is not None
        assert conffiles.read().decode().split() == ["/etc/pam.d/ecitizen-kiosk"]
    assert {"control", "md5sums", "postinst", "prerm", "postrm", "conffiles"} <= names


def _control_tar(deb: Path):  # type: ignore[no-untyped-def]
    import io

    data = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True)
    return io.BytesIO(data.stdout)


def test_install_into_a_throwaway_root(packages: Packages, tmp_path: Path) -> None:
    root = debrepo.empty_root(tmp_path / "root")
    result = debrepo.dpkg(root, "-i", packages.first)
    assert result.returncode == 0, result.stdout + result.stderr
    base = root / INSTALL_ROOT
    v1 = packages.first_version
    # first install: "current" created, relative, naming the package's release
    assert os.readlink(base / "current") == f"releases/{v1}"
    assert (base / "current/venv/bin/kiosk").is_file()
    assert not (base / "previous").exists()
    for rel in ("lib/systemd/system/kiosk.service", "lib/systemd/system/kiosk-cage@.service",
                "lib/udev/rules.d/70-ecitizen-kiosk.rules", "etc/pam.d/ecitizen-kiosk",
                "usr/lib/sysusers.d/ecitizen-kiosk.conf",
                "usr/share/doc/ecitizen-kiosk/copyright",
                *(f"lib/systemd/system/{unit}" for unit in UPDATER_UNITS)):  # fmt: skip
        assert (root / rel).is_file(), rel
    # postinst enabled the updater's timer and path unit (deb-systemd-helper, in DPKG_ROOT);
    # the updater's service is theirs to start; nothing else is enabled by the package
    for link, target in ENABLED.items():
        assert os.readlink(root / link) == target, link
    wants = {p.relative_to(root).as_posix() for p in root.glob("etc/systemd/system/*.wants/*")}
    assert wants == set(ENABLED)
    # postinst ran systemd-sysusers on the root: the kiosk user and its device groups
    if shutil.which("systemd-sysusers"):
        passwd = (root / "etc/passwd").read_text()
        assert re.search(r"(?m)^kiosk:x:\d+:\d+:eCitizen kiosk:/var/lib/ecitizen-kiosk:", passwd)
        assert re.search(r"(?m)^plugdev:x:\d+:kiosk$", (root / "etc/group").read_text())
    # the release's own interpreter finds the release's metadata: the project version
    python = base / "current/venv/bin/python"
    out = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m, sys; "
         "print(m.version('ecitizen-kiosk')); print(sys.prefix)"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert out == [project_version(), str(base / "current/venv")]


def test_the_entry_point_stays_on_the_release_it_started_from(
    packages: Packages, tmp_path: Path
) -> None:
    root = debrepo.empty_root(tmp_path / "root")
    assert debrepo.dpkg(root, "-i", packages.first).returncode == 0
    entry = root / INSTALL_ROOT / "current/venv/bin/kiosk"
    release = (root / INSTALL_ROOT / "releases" / packages.first_version).resolve()
    # a stand-in kiosk.cli shows what the real one would see
    fake = tmp_path / "fake"
    (fake / "kiosk").mkdir(parents=True)
    (fake / "kiosk/__init__.py").write_text("")
    (fake / "kiosk/cli.py").write_text(
        "import sys\ndef main():\n    print(sys.prefix, *sys.argv)\n    return 0\n"
    )
    out = subprocess.run(
        [str(entry), "run", "--config", "x.toml"],
        env={**os.environ, "PYTHONPATH": str(fake)}, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    # started through "current", it runs the release's interpreter: switching "current" later
    # cannot mix two releases in one process
    assert out == [str(release / "venv"), "kiosk", "run", "--config", "x.toml"]
    # the working directory (the kiosk's data directory) is not on the module path
    hijack = tmp_path / "cwd"
    (hijack / "kiosk").mkdir(parents=True)
    (hijack / "kiosk/__init__.py").write_text("")
    (hijack / "kiosk/cli.py").write_text("def main():\n    print('HIJACKED')\n")
    result = subprocess.run([str(entry), "--help"], cwd=hijack, capture_output=True, text=True)
    assert "HIJACKED" not in result.stdout
    assert "No module named 'click'" in result.stderr  # the real kiosk.cli (light: no click)


def test_dpkg_never_moves_current_away_from_a_working_release(
    packages: Packages, tmp_path: Path
) -> None:
    root = debrepo.empty_root(tmp_path / "root")
    base = root / INSTALL_ROOT
    v2 = packages.second_version
    assert debrepo.dpkg(root, "-i", packages.first).returncode == 0
    # the updater's way: the next release unpacked beside it, "current" switched to it
    unpacked = members(packages.second, tmp_path / "unpacked")
    shutil.move(unpacked / INSTALL_ROOT / "releases" / v2, base / "releases" / v2)
    os.symlink(f"releases/{v2}", base / "current.new")
    os.replace(base / "current.new", base / "current")
    # reinstalling the package (dpkg -i, or apt) leaves the running release alone
    result = debrepo.dpkg(root, "-i", packages.first)
    assert result.returncode == 0, result.stderr
    assert os.readlink(base / "current") == f"releases/{v2}"


def test_a_dpkg_upgrade_repairs_current_and_purge_removes_every_release(
    packages: Packages, tmp_path: Path
) -> None:
    root = debrepo.empty_root(tmp_path / "root")
    base = root / INSTALL_ROOT
    v1, v2 = packages.first_version, packages.second_version
    assert debrepo.dpkg(root, "-i", packages.first).returncode == 0
    # bytecode as postinst compiles it on a kiosk: prerm removes it, so dpkg can remove the tree
    cache = next((base / "releases" / v1 / "venv").glob("lib/python3*/site-packages/kiosk"))
    (cache / "__pycache__").mkdir()
    (cache / "__pycache__/cli.cpython-311.pyc").write_bytes(b"x")
    # an administrator disables the path unit (the timer alone still brings updates)
    timer_link, path_link = ENABLED
    disabled = shutil.which("systemctl") is not None
    if disabled:
        subprocess.run(["systemctl", f"--root={root}", "disable", "kiosk-update.path"],
                       capture_output=True, check=True, timeout=60)  # fmt: skip
        assert not os.path.lexists(root / path_link)
    # dpkg itself upgrading (not the kiosk's way, but possible by hand): the old release is
    # deleted by dpkg, so "current" named nothing complete and now names the new release
    result = debrepo.dpkg(root, "-i", packages.second)
    assert result.returncode == 0, result.stderr
    assert not (base / "releases" / v1).exists()
    assert os.readlink(base / "current") == f"releases/{v2}"
    # an updater-unpacked release and "previous" beside it: purge removes them all
    (base / "releases/0.0.9/venv/bin").mkdir(parents=True)
    os.symlink("releases/0.0.9", base / "previous")
    # the upgrade keeps the timer enabled, and the path unit the administrator disabled off
    assert os.readlink(root / timer_link) == ENABLED[timer_link]
    assert os.path.lexists(root / path_link) is not disabled
    result = debrepo.dpkg(root, "--purge", "ecitizen-kiosk")
    assert result.returncode == 0, result.stderr
    assert not base.exists()
    assert not (root / "lib/systemd/system/kiosk.service").exists()
    for link in ENABLED:  # purge forgets the enablement too
        assert not os.path.lexists(root / link), link


def test_diagnostics_and_fleet_report_the_project_version() -> None:
    """The version a kiosk reports is the package's: pyproject's, read from the installed
    distribution's metadata (the test above shows a packaged release has the same)."""
    from kiosk.config import load_demo_config
    from kiosk.diagnostics.report import software_check
    from kiosk.fleet.state import project_version as fleet_version

    assert fleet_version() == project_version()
    assert software_check(load_demo_config()).details["version"] == project_version()
