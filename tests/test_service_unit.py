"""kiosk.service: systemd accepts it, and it says what the design requires."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[1] / "kiosk.service"
EXEC_START = "/opt/ecitizen-kiosk/current/venv/bin/kiosk"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze not installed")

# OPS-03: the exposure score `systemd-analyze security` reports may not get worse than this
# (1.4 with systemd 252; docs/systemd-security.md records the full output).
MAX_EXPOSURE = 1.5


def parse_unit(text: str) -> dict[str, list[tuple[str, str]]]:
    """Sections to (key, value) lists: units repeat keys (DeviceAllow=), so no dict per key."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {raw!r}"
        current.append((key.strip(), value.strip()))
    return sections


def values(section: list[tuple[str, str]], key: str) -> list[str]:
    return [v for k, v in section if k == key]


def single(section: list[tuple[str, str]], key: str) -> str:
    [value] = values(section, key)
    return value


def runnable_copy(tmp_path: Path) -> Path:
    """The unit with ExecStart pointing to an executable that exists on this machine.

    Everything else is byte for byte the shipped unit, so every other complaint still shows.
    """
    text = UNIT.read_text(encoding="utf-8")
    assert text.count(f"ExecStart={EXEC_START} ") == 1
    fake = tmp_path / "kiosk"
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake.chmod(0o755)
    copy = tmp_path / "kiosk.service"
    copy.write_text(text.replace(f"ExecStart={EXEC_START} ", f"ExecStart={fake} "), "utf-8")
    return copy


def analyze(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert SYSTEMD_ANALYZE is not None
    return subprocess.run(
        [SYSTEMD_ANALYZE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        check=False,
    )


@needs_analyze
def test_systemd_analyze_verify_has_no_complaints(tmp_path):
    copy = runnable_copy(tmp_path)
    result = analyze("verify", str(copy), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert result.stderr.strip() == ""


@needs_analyze
def test_verify_of_the_shipped_unit_only_misses_the_installed_binary(tmp_path):
    # On a development machine the venv under /opt does not exist; that must be the only issue.
    if Path(EXEC_START).exists():
        pytest.skip("the kiosk is installed here; covered by the test above")
    result = analyze("verify", str(UNIT), cwd=tmp_path)
    complaints = [line for line in result.stderr.splitlines() if line.strip()]
    assert complaints == [
        f"kiosk.service: Command {EXEC_START} is not executable: No such file or directory"
    ]


@needs_analyze
def test_security_exposure_stays_low(tmp_path):
    copy = runnable_copy(tmp_path)
    result = analyze("security", "--offline=yes", "--no-pager", str(copy), cwd=tmp_path)
    if "--offline" in result.stderr and result.returncode != 0:
        pytest.skip("this systemd-analyze has no --offline")
    match = re.search(r"Overall exposure level for kiosk\.service: (\d+\.\d+)", result.stdout)
    assert match, result.stdout + result.stderr
    assert float(match.group(1)) <= MAX_EXPOSURE, result.stdout


def test_unit_settings():
    unit = parse_unit(UNIT.read_text(encoding="utf-8"))
    service = unit["Service"]
    expected = {
        "Type": "notify",
        "NotifyAccess": "main",
        "WatchdogSec": "30",
        "Restart": "always",
        "RestartSec": "2",
        "User": "kiosk",
        "Group": "kiosk",
        "StateDirectory": "ecitizen-kiosk",
        "CacheDirectory": "ecitizen-kiosk",
        "LogsDirectory": "ecitizen-kiosk",
        "ExecStart": f"{EXEC_START} run --config /etc/ecitizen-kiosk/kiosk.toml",
        "UMask": "0077",
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "ProtectKernelTunables": "yes",
        "ProtectKernelModules": "yes",
        "ProtectKernelLogs": "yes",
        "ProtectControlGroups": "yes",
        "RestrictSUIDSGID": "yes",
        "LockPersonality": "yes",
        "RestrictRealtime": "yes",
        "RestrictNamespaces": "yes",
        "SystemCallArchitectures": "native",
        "DevicePolicy": "closed",
        "CapabilityBoundingSet": "",
        "LimitCORE": "0",
    }
    assert {key: single(service, key) for key in expected} == expected
    assert set(single(service, "SupplementaryGroups").split()) == {
        "dialout",
        "lp",
        "video",
        "plugdev",
        "audio",  # speech output: DeviceAllow=char-alsa is useless without it
    }
    assert "QT_QPA_PLATFORM=wayland" in values(service, "Environment")
    assert values(service, "MemoryDenyWriteExecute") == []  # see the comment in the unit
    allowed = {v.split()[0] for v in values(service, "DeviceAllow")}
    assert {"char-usb_device", "char-ttyUSB", "char-ttyACM", "char-video4linux"} <= allowed
    assert single(unit["Install"], "WantedBy") == "graphical.target"


def test_syscalls_and_addresses_are_restricted() -> None:
    service = parse_unit(UNIT.read_text(encoding="utf-8"))["Service"]
    assert values(service, "SystemCallFilter") == [
        "@system-service",
        "~@privileged @resources",
        "mbind",  # allowed back: OpenBLAS's NUMA policy for its own buffers
    ]
    assert single(service, "SystemCallErrorNumber") == "EPERM"
    assert single(service, "PrivateMounts") == "yes"
    # every address denied but localhost; provisioning adds the city's networks in a drop-in
    assert single(service, "IPAddressDeny") == "any"
    assert single(service, "IPAddressAllow") == "localhost"


def test_every_supplementary_group_is_provisioned() -> None:
    from provisioning.system_files import SystemOptions, sysusers

    service = parse_unit(UNIT.read_text(encoding="utf-8"))["Service"]
    members = {
        line.split()[2] for line in sysusers(SystemOptions()).splitlines() if line.startswith("m ")
    }
    assert set(single(service, "SupplementaryGroups").split()) <= members


@needs_analyze
def test_the_network_drop_in_is_accepted_and_applies(tmp_path: Path) -> None:
    from provisioning.system_files import network_dropin

    copy = runnable_copy(tmp_path)
    plain = analyze("security", "--offline=yes", "--no-pager", str(copy), cwd=tmp_path)
    if "--offline" in plain.stderr and plain.returncode != 0:
        pytest.skip("this systemd-analyze has no --offline")
    assert "IP address allow list with only localhost entries" in plain.stdout
    dropin = tmp_path / "kiosk.service.d" / "60-network.conf"
    dropin.parent.mkdir()
    dropin.write_text(network_dropin(["10.20.0.0/16", "192.0.2.7/32"]), encoding="utf-8")
    result = analyze("verify", str(copy), cwd=tmp_path)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr
    root = tmp_path / "root"
    units = root / "etc" / "systemd" / "system"
    (units / "kiosk.service.d").mkdir(parents=True)
    (units / "kiosk.service").write_text(copy.read_text(encoding="utf-8"), encoding="utf-8")
    (units / "kiosk.service.d" / dropin.name).write_text(dropin.read_text(), encoding="utf-8")
    installed = analyze(
        "security", "--offline=yes", f"--root={root}", "--no-pager", "kiosk.service", cwd=tmp_path
    )
    assert "IP address allow list with non-localhost entries" in installed.stdout


STRACE = shutil.which("strace")
KIOSK_RUN = (sys.executable, "-m", "kiosk.cli", "run", "--config")


@needs_analyze
@pytest.mark.skipif(STRACE is None, reason="strace not installed")
def test_kiosk_run_calls_nothing_the_filter_denies(tmp_path: Path) -> None:
    """`kiosk run` in production (offscreen Qt, the sync worker delivering over mutual TLS)
    under strace: no system call of @privileged or @resources, except SQLite's fchown of its
    WAL files, which it makes only when running as root (never as User=kiosk)."""
    from citysim import CitySim
    from citysim.provisioning import ProvisioningAuthority
    from tests.kiosk.test_production_run import production_site, queue_feedback

    assert STRACE is not None and SYSTEMD_ANALYZE is not None
    denied = set()
    for group in ("@privileged", "@resources"):
        listing = analyze("syscall-filter", group, cwd=tmp_path).stdout
        for line in listing.splitlines():
            word = line.strip()
            if not word or word.startswith("#"):
                continue
            if word.startswith("@"):
                if word == group:
                    continue
                sub = analyze("syscall-filter", word, cwd=tmp_path).stdout.splitlines()
                denied |= {w.strip() for w in sub[1:] if w.strip() and w.strip()[0] not in "#@"}
            else:
                denied.add(word)
    assert {"setuid", "chown", "setpriority", "sched_setaffinity", "setrlimit"} <= denied

    authority = ProvisioningAuthority(tmp_path / "city")
    trace = tmp_path / "strace.txt"
    with CitySim(
        open311_port=None, control_port=None, tls=authority.server_ssl_context(["127.0.0.1"])
    ) as city:
        site = production_site(tmp_path, city, authority)
        queue_feedback(site)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CREDENTIALS_DIRECTORY": str(site.credentials),
        }
        proc = subprocess.Popen(
            [STRACE, "-f", "-qq", "-o", str(trace), *KIOSK_RUN, str(site.config)],
            env=env,
            cwd=UNIT.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while not city.gateway_state.feedback and time.monotonic() < deadline:
                time.sleep(0.1)
            assert city.gateway_state.feedback, "the kiosk never delivered"
        finally:
            kiosk_pid = _traced_child(trace)
            if kiosk_pid is not None:
                os.kill(kiosk_pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    calls = set()
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"\d+\s+(?:<\.\.\. )?([a-z_0-9]+)[( ]", line)
        if match:
            calls.add(match.group(1))
    assert {"openat", "connect", "prlimit64"} <= calls  # the trace is real
    allowed_as_root = {"fchown"} if os.geteuid() == 0 else set()
    # allowed again after the deny list, each with its reason in the unit
    reallowed = {"mbind"}
    assert all(f"SystemCallFilter={name}\n" in UNIT.read_text() for name in reallowed)
    assert calls & (denied - reallowed) <= allowed_as_root, sorted(calls & denied)


def _traced_child(trace: Path) -> int | None:
    """The kiosk's pid: the first pid in strace's output (strace itself is not traced)."""
    try:
        first = trace.read_text(encoding="utf-8", errors="replace").split(maxsplit=1)
    except FileNotFoundError:
        return None
    return int(first[0]) if first and first[0].isdigit() else None
