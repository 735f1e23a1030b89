"""apt as the kiosk's verified downloader of its own releases.

Kiosk updates never go through ``apt upgrade`` (dpkg would delete the running release; the
package is held). Instead the updater asks this module for the ``.deb`` of a version and
unpacks it side by side (:mod:`kiosk.updates.releases`). apt still does what it is good at:
it checks the repository's ``InRelease`` signature against the city's release key and the
package's SHA-256 against the signed index. It runs with a private configuration:

* ``APT_CONFIG`` points at a file of ours that sets ``Dir::Etc::main`` and ``Dir::Etc::parts``
  away from ``/etc/apt`` (apt reads ``APT_CONFIG`` first, so the system's settings, sources,
  preferences and trusted keys are never read),
* one deb822 source with ``Signed-By:`` a copy of the city's keyring: no other key is trusted,
* its own lists, cache, status (empty: nothing is "installed") and log directories in a work
  directory; nothing of the system's apt state changes and no root is needed (as root, apt's
  download methods still drop to ``_apt``).

API::

    source = UpdateSource.from_system()                # provisioning's source file and key
    available_versions(source) -> list[str]            # lowest first (Debian ordering)
    download(source, "0.2.0", dest_dir) -> Path        # the verified .deb, in dest_dir

Every failure is an :class:`UpdateSourceError` with a stable ``key``: ``update.source_missing``,
``update.source_unreachable``, ``update.signature_refused`` (unsigned, wrongly signed, or
signed by another key), ``update.version_unknown``, ``update.hash_mismatch``,
``update.apt_failed`` (anything else apt reported).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import KeyedError
from provisioning.apt_source import (
    DEFAULT_COMPONENT,
    DEFAULT_SUITE,
    PACKAGE,
    AptSource,
    read_source,
)
from provisioning.errors import ProvisioningError

logger = logging.getLogger(__name__)

_VERSION = re.compile(r"(?:[0-9]+:)?[0-9][A-Za-z0-9.+~-]*")


class UpdateSourceError(KeyedError):
    """The repository cannot give a verified package (environmental; the updater retries at
    its next pass).

    Attributes:
        key: a stable key (``update.*``) for the audit log and the fleet.
        detail: what apt said, shortened (never a secret).
    """


@dataclass(frozen=True)
class UpdateSource:
    """The city's kiosk repository.

    Attributes:
        uri: the repository (``http://`` is fine: apt checks the signature).
        keyring: the city's release public key (binary OpenPGP keyring): the only key trusted.
        suite, component: where the package is in the repository.
        architecture: the package architecture ("": this machine's, ``dpkg --print-architecture``).
        package: the package name.
        cache_dir: apt's lists and downloads are kept here between calls (None: a temporary
            directory per call; the index is small).
    """

    uri: str
    keyring: Path
    suite: str = DEFAULT_SUITE
    component: str = DEFAULT_COMPONENT
    architecture: str = ""
    package: str = PACKAGE
    cache_dir: Path | None = None

    @classmethod
    def from_system(cls, root: Path = Path("/"), cache_dir: Path | None = None) -> UpdateSource:
        """The source ``kiosk provision apt-source`` installed in ``root``."""
        try:
            apt = read_source(root)
        except ProvisioningError as exc:
            raise UpdateSourceError("update.source_missing", exc.detail) from None
        return cls(
            apt.uri,
            root / apt.signed_by.lstrip("/"),
            apt.suite,
            apt.component,
            cache_dir=cache_dir,
        )


# --------------------------------------------------------------------------------------------
# Debian version ordering (dpkg's algorithm, deb-version(7))


def _order(c: str) -> int:
    if c == "~":
        return -1
    if c.isdigit():
        return 0
    if c.isalpha():
        return ord(c)
    return ord(c) + 256


def _compare_part(a: str, b: str) -> int:
    i = j = 0
    while i < len(a) or j < len(b):
        first_diff = 0
        while (i < len(a) and not a[i].isdigit()) or (j < len(b) and not b[j].isdigit()):
            ac = _order(a[i]) if i < len(a) and not a[i].isdigit() else 0
            bc = _order(b[j]) if j < len(b) and not b[j].isdigit() else 0
            if ac != bc:
                return ac - bc
            i += 1
            j += 1
        while i < len(a) and a[i] == "0":
            i += 1
        while j < len(b) and b[j] == "0":
            j += 1
        while i < len(a) and a[i].isdigit() and j < len(b) and b[j].isdigit():
            if not first_diff:
                first_diff = ord(a[i]) - ord(b[j])
            i += 1
            j += 1
        if i < len(a) and a[i].isdigit():
            return 1
        if j < len(b) and b[j].isdigit():
            return -1
        if first_diff:
            return first_diff
    return 0


def _split(version: str) -> tuple[int, str, str]:
    epoch, sep, rest = version.partition(":")
    if not sep:
        epoch, rest = "0", version
    upstream, sep, revision = rest.rpartition("-")
    if not sep:
        upstream, revision = rest, ""
    return int(epoch), upstream, revision


def compare_versions(a: str, b: str) -> int:
    """<0, 0 or >0 as Debian orders versions ``a`` and ``b`` (``1.0~rc1 < 1.0 < 1.0+post1``)."""
    ea, ua, ra = _split(a)
    eb, ub, rb = _split(b)
    if ea != eb:
        return ea - eb
    return _compare_part(ua, ub) or _compare_part(ra, rb)


# --------------------------------------------------------------------------------------------
# apt with a private configuration


def _arch() -> str:
    try:
        out = subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        raise UpdateSourceError("update.apt_failed", "dpkg --print-architecture") from None
    return out


def _quote(value: str | Path) -> str:
    text = str(value)
    if '"' in text or "\n" in text:
        raise UpdateSourceError("update.apt_failed", f"unusable path {text!r}")
    return f'"{text}"'


@dataclass(frozen=True)
class _Apt:
    work: Path
    env: dict[str, str]


@contextmanager
def _private_apt(source: UpdateSource, timeout_s: float) -> Iterator[_Apt]:
    if shutil.which("apt-get") is None:
        raise UpdateSourceError("update.apt_failed", "apt-get not found")
    try:
        keyring = source.keyring.read_bytes()
        apt_source = AptSource(source.uri, source.suite, source.component)
    except OSError as exc:
        raise UpdateSourceError("update.source_missing", f"keyring: {exc.strerror}") from None
    except ValueError as exc:
        raise UpdateSourceError("update.source_missing", str(exc)) from None
    arch = source.architecture or _arch()
    if source.cache_dir is not None:
        source.cache_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-apt-", dir=source.cache_dir))
    try:
        # apt's download methods run as _apt when started by root: they must reach the keyring,
        # the lists and the download directory, so the work directory is world-traversable
        # (it holds only public data: the index, the public key, the package)
        work.chmod(0o755)
        for sub in ("etc/sources.list.d", "etc/empty", "state/lists/partial",
                    "cache/archives/partial", "log", "download"):  # fmt: skip
            (work / sub).mkdir(parents=True, mode=0o755)
        (work / "state/status").write_bytes(b"")
        (work / "etc/keyring.gpg").write_bytes(keyring)
        (work / "etc/keyring.gpg").chmod(0o644)
        stanza = AptSource(
            apt_source.uri, apt_source.suite, apt_source.component, str(work / "etc/keyring.gpg")
        )
        (work / "etc/sources.list.d/kiosk.sources").write_text(stanza.deb822(), "utf-8")
        timeout = max(1, round(timeout_s))
        conf: dict[str, str | Path] = {
            "Dir::Etc::main": "/dev/null",
            "Dir::Etc::parts": work / "etc/empty",
            "Dir::Etc::sourcelist": "/dev/null",
            "Dir::Etc::sourceparts": work / "etc/sources.list.d",
            "Dir::Etc::preferences": "/dev/null",
            "Dir::Etc::preferencesparts": work / "etc/empty",
            "Dir::Etc::trusted": "/dev/null",
            "Dir::Etc::trustedparts": work / "etc/empty",
            "Dir::State": work / "state",
            "Dir::State::lists": work / "state/lists",
            "Dir::State::status": work / "state/status",
            "Dir::Cache": work / "cache",
            "Dir::Cache::archives": work / "cache/archives",
            "Dir::Cache::pkgcache": "",
            "Dir::Cache::srcpkgcache": "",
            "Dir::Log": work / "log",
            "APT::Architecture": arch,
            "Acquire::Languages": "none",
            "Acquire::Retries": "0",
            "Acquire::http::Timeout": str(timeout),
            "Acquire::https::Timeout": str(timeout),
            "APT::Get::AllowUnauthenticated": "false",
            "Acquire::AllowInsecureRepositories": "false",
            "Acquire::AllowDowngradeToInsecureRepositories": "false",
        }
        lines = [f"{name} {_quote(value)};" for name, value in conf.items()]
        lines.append(f"APT::Architectures {{ {_quote(arch)}; }};")
        (work / "apt.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
        env = {
            "PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
            "APT_CONFIG": str(work / "apt.conf"),
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
        }
        yield _Apt(work, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _classify(output: str) -> tuple[str, str]:
    """apt's complaint as (key, the line that says it)."""
    checks = (
        ("update.signature_refused", r"is not signed|NO_PUBKEY|BADSIG|EXPKEYSIG|REVKEYSIG"
         r"|signatures (?:couldn't be verified|were invalid)|not signed|InRelease.*invalid"),
        ("update.hash_mismatch", r"Hash Sum mismatch|unexpected size|Hashes of expected file"),
        ("update.version_unknown", r"Version '.*' for '.*' was not found"
         r"|Unable to locate package|has no installation candidate"),
        ("update.source_unreachable", r"Could not connect|Connection refused|Failed to fetch"
         r"|Temporary failure resolving|Could not resolve|timed out|does not have a Release file"
         r"|404\s+Not Found|Some index files failed"),
    )  # fmt: skip
    lines = [x.strip() for x in output.splitlines() if x.strip()]
    for key, pattern in checks:
        for line in lines:
            if re.search(pattern, line):
                return key, line[:300]
    problems = [x for x in lines if x.startswith(("E:", "W:", "Err:"))]
    return "update.apt_failed", (problems[-1] if problems else (lines[-1] if lines else ""))[:300]


def _run(apt: _Apt, argv: list[str], timeout_s: float) -> str:
    try:
        result = subprocess.run(
            argv,
            env=apt.env,
            cwd=apt.work / "download",
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UpdateSourceError("update.source_unreachable", f"{argv[0]} timed out") from None
    output = result.stdout + result.stderr
    # apt-get update exits 0 after some failures; --error-on=any makes most of them errors, and
    # any "E:"/"Err:" line counts whatever the exit status says
    if result.returncode != 0 or re.search(r"(?m)^(E:|Err:)", output):
        key, detail = _classify(output)
        logger.info("apt %s refused: %s (%s)", argv[1], key, detail)
        raise UpdateSourceError(key, detail)
    return output


def _update(apt: _Apt, timeout_s: float) -> None:
    _run(apt, ["apt-get", "-q", "update", "--error-on=any"], timeout_s)


def available_versions(source: UpdateSource, *, timeout_s: float = 120.0) -> list[str]:
    """Every version of the package the signed index lists, lowest first."""
    with _private_apt(source, timeout_s) as apt:
        _update(apt, timeout_s)
        out = _run(apt, ["apt-cache", "madison", source.package], timeout_s)
    versions = set()
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 3 and cells[0] == source.package and _VERSION.fullmatch(cells[1]):
            versions.add(cells[1])
    return _sorted(versions)


def _sorted(versions: set[str]) -> list[str]:
    import functools

    return sorted(versions, key=functools.cmp_to_key(compare_versions))


def download(
    source: UpdateSource, version: str, dest_dir: Path, *, timeout_s: float = 900.0
) -> Path:
    """The package of ``version``, its index signature and its hash checked by apt, moved into
    ``dest_dir``; returns its path."""
    if _VERSION.fullmatch(version) is None:
        raise UpdateSourceError("update.version_unknown", f"not a version: {version!r}")
    with _private_apt(source, timeout_s) as apt:
        _update(apt, timeout_s)
        _run(apt, ["apt-get", "-q", "download", f"{source.package}={version}"], timeout_s)
        found = sorted((apt.work / "download").glob("*.deb"))
        if len(found) != 1:
            raise UpdateSourceError("update.apt_failed", f"apt-get download left {len(found)}")
        fields = _deb_fields(found[0])
        if fields != (source.package, version):
            raise UpdateSourceError("update.apt_failed", f"downloaded {fields}, not {version}")
        dest_dir.mkdir(parents=True, exist_ok=True)
        arch = source.architecture or _arch()
        target = dest_dir / f"{source.package}_{version.replace(':', '%3a')}_{arch}.deb"
        shutil.move(found[0], target)
    logger.info("downloaded %s %s (signature and hash checked by apt)", source.package, version)
    return target


def _deb_fields(deb: Path) -> tuple[str, str]:
    try:
        out = subprocess.run(
            ["dpkg-deb", "--field", str(deb), "Package", "Version"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        raise UpdateSourceError("update.apt_failed", "dpkg-deb cannot read the package") from None
    fields = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    return fields.get("Package", ""), fields.get("Version", "")
