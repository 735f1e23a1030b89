"""Build the kiosk's Debian package and publish it into a signed apt repository.

    python scripts/release.py package [--light] [--out dist]      (make package)
    python scripts/release.py repo [--deb FILE] [--repo dist/repo]  (make repo)

``package`` builds ``dist/ecitizen-kiosk_<version>_<arch>.deb``: one complete release under
``/opt/ecitizen-kiosk/releases/<version>/`` (a virtual environment on Debian's own
``/usr/bin/python3`` with the kiosk and its pinned dependencies installed) plus the system files
``kiosk provision install`` writes, generated from the same source
(``provisioning.install.package_files``). The version is the project's (pyproject.toml).

The virtual environment is built at its final path, because virtual environments are not
relocatable (script shebangs, ``pyvenv.cfg``, ``activate`` and installer records name it): in a
private mount namespace (``unshare --mount --map-root-user``, no root needed) the staging
directory is bind-mounted on ``/opt/ecitizen-kiosk/releases/<version>``, the venv is created
there and the wheels installed into it; the host's ``/opt`` is never touched. The Debian side
uses dpkg's own tools: ``dpkg-gencontrol`` (control file from ``debian/control``, Installed-Size,
substitution variables) and ``dpkg-deb --root-owner-group --build``; maintainer scripts,
copyright and lintian overrides come from ``debian/``.

``--light`` (or ``KIOSK_PACKAGE_LIGHT=1``): the kiosk without its dependencies (no PySide6,
OpenCV...), a package of a few MB built in seconds, for tests. ``--version`` builds the tree as
another version (tests and benches that need two releases; the app's metadata says it too).

``repo`` publishes a package with ``aptly`` (Debian's; it keeps every version published,
which reprepro 5.3 in Debian 12 cannot) into ``dist/repo`` (``public/`` is what a web
server serves: ``dists/``, ``pool/`` and the public key), signed with the city's release key.
Without ``--gnupghome`` a demo key is generated once into ``build/release-key/`` (gitignored,
never committed); ``ecitizen-kiosk-release.gpg`` is its public key, which provisioning installs
as the source's only ``Signed-By=`` key.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ecitizen-kiosk"
INSTALL_ROOT = "/opt/ecitizen-kiosk"
SOURCE_DIRS = ("kiosk", "drivers", "ui", "offline_queue", "provisioning", "citysim")
SUITE = "kiosk"
COMPONENT = "main"
ARCHITECTURES = ("amd64", "arm64")
KEY_FILE = "ecitizen-kiosk-release.gpg"
DEMO_KEY_UID = "eCitizen Kiosk release key (demo) <kiosk-release@city.example>"
PYTHON = "/usr/bin/python3"
"""Debian's interpreter: the release's venv links to it, the package depends on it."""
RELEASE_PIP_CACHE = REPO_ROOT / "build" / "pip-cache"
"""pip's cache for the release's venv (gitignored), apart from the development venv's."""


class BuildError(Exception):
    """The package or the repository cannot be built (a missing tool, a failed step)."""


def run(
    argv: Sequence[str | Path], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a tool; its output is shown only when it fails."""
    args = [str(a) for a in argv]
    if shutil.which(args[0]) is None and not os.path.exists(args[0]):
        raise BuildError(f"{args[0]} not found (scripts/setup.sh installs it)")
    result = subprocess.run(args, capture_output=True, text=True, check=False, env=env, cwd=cwd)
    if result.returncode != 0:
        raise BuildError(
            f"{' '.join(args[:4])}... failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return result


# --------------------------------------------------------------------------------------------
# Versions


def project_version(pyproject: Path = REPO_ROOT / "pyproject.toml") -> str:
    """The one version: pyproject.toml's ``[project] version``."""
    with pyproject.open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def debian_version(version: str) -> str:
    """A PEP 440 version as a Debian version that sorts the same way (``1.2.0rc1`` →
    ``1.2.0~rc1``, ``1.2.0.post1`` → ``1.2.0+post1``)."""
    m = re.fullmatch(
        r"(\d+(?:\.\d+)*)(?:[.-]?(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?", version
    )
    if m is None:
        raise BuildError(f"version {version!r}: use a plain release like 1.2.3 (or 1.2.3rc1)")
    release, pre, pre_n, post, dev = m.groups()
    out = release
    if pre:
        out += f"~{pre}{pre_n}"
    if post:
        out += f"+post{post}"
    if dev:
        out += f"~dev{dev}"
    return out


def host_arch() -> str:
    return run(["dpkg", "--print-architecture"]).stdout.strip()


# --------------------------------------------------------------------------------------------
# The release tree


def export_source(dest: Path, version: str | None) -> None:
    """The project's packages, pyproject.toml and README into ``dest`` (no caches); with
    ``version``, pyproject.toml says that version."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCE_DIRS:
        shutil.copytree(REPO_ROOT / name, dest / name, ignore=ignore)
    shutil.copy2(REPO_ROOT / "README.md", dest / "README.md")
    text = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if version is not None:
        text, n = re.subn(r'(?m)^version = "[^"]*"$', f'version = "{version}"', text, count=1)
        assert n == 1, "pyproject.toml: no version line"
    (dest / "pyproject.toml").write_text(text, encoding="utf-8")


def build_wheel(source: Path, out: Path) -> Path:
    """The kiosk's own wheel (setuptools from the dev venv, no build isolation: offline)."""
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", out, source])  # fmt: skip
    [wheel] = out.glob("ecitizen_kiosk-*.whl")
    return wheel


# Runs inside the private mount namespace: $1 staging dir of the release, $2 its final path,
# $3 the Python that runs pip, $4 the interpreter of the venv, then pip's install arguments.
_IN_NAMESPACE = r"""
set -eu
stage="$1"; final="$2"; pip_python="$3"; python="$4"; shift 4
mount -t tmpfs -o mode=0755 ecitizen-kiosk-build /opt
mkdir -p "$final"
mount --bind "$stage" "$final"
"$python" -m venv --without-pip "$final/venv"
"$pip_python" -m pip --python "$final/venv/bin/python" install -q --no-compile \
    --disable-pip-version-check "$@"
"""

ENTRY_POINT = """\
#!/bin/sh
# The kiosk command of this release. It runs the kiosk with the python beside this file's real
# location, so the release works wherever its tree is (/opt/ecitizen-kiosk/releases/<version>,
# or a test's root), and started as /opt/ecitizen-kiosk/current/venv/bin/kiosk it stays on the
# release "current" named at start (readlink -f) even if "current" is switched while it runs.
# -P: neither the working directory (the kiosk's data directory) nor this directory is put on
# the module path.
set -e
here=$(dirname -- "$(readlink -f -- "$0")")
exec "$here/python" -P -c \\
    'import sys; sys.argv[0] = "kiosk"; from kiosk.cli import main; sys.exit(main())' "$@"
"""


def build_release(stage: Path, final: str, wheel: Path, *, light: bool) -> None:
    """Create the release's venv at ``final`` (bind-mounted from ``stage``) and install the
    kiosk: alone (light), or with its pinned dependencies from PyPI."""
    stage.mkdir(parents=True)
    # pyscard has no Linux wheel on PyPI: built here against Debian's python3. pip reuses the
    # wheels it built before from its cache even with --no-binary (pip >= 23.1), and a
    # development venv's pyscard wheel there names its interpreter (RUNPATH, include paths):
    # the release's wheels get a cache of their own, built by Debian's python3 only
    cache = RELEASE_PIP_CACHE / Path(PYTHON).resolve().name
    pip_args: list[str | Path] = (
        ["--no-deps", wheel] if light else ["--cache-dir", cache, "--no-binary=pyscard", wheel]
    )
    if shutil.which("unshare") is None:
        raise BuildError("unshare not found (util-linux)")
    python = Path(PYTHON).resolve()
    namespace = ["unshare", "--mount", "--map-root-user", "--"]
    argv: list[str | Path] = [*namespace, "/bin/sh", "-c", _IN_NAMESPACE, "release-venv",
                              stage, final, sys.executable, python, *pip_args]  # fmt: skip
    try:
        run(argv)
    except BuildError as exc:
        raise BuildError(
            f"{exc}\n(the venv is built in a private mount namespace: unprivileged user "
            "namespaces must be allowed, kernel.unprivileged_userns_clone=1)"
        ) from None
    venv = stage / "venv"
    # the installer's note of where the wheel came from (a build directory): not for kiosks
    dist_info = "lib/python3*/site-packages/ecitizen_kiosk-*.dist-info"
    for direct_url in venv.glob(f"{dist_info}/direct_url.json"):
        direct_url.unlink()
        record = direct_url.parent / "RECORD"
        lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
        record.write_text("".join(x for x in lines if "/direct_url.json," not in x), "utf-8")
    (venv / "bin" / "kiosk").write_text(ENTRY_POINT, encoding="utf-8")
    (venv / "bin" / "kiosk").chmod(0o755)
    # Windows and other shells' activation scripts, and the (empty) C headers directory, have
    # no use on a kiosk
    for name in ("Activate.ps1", "activate.csh", "activate.fish"):
        (venv / "bin" / name).unlink(missing_ok=True)
    shutil.rmtree(venv / "include", ignore_errors=True)
    normalize_tree(venv)


def normalize_tree(venv: Path) -> None:
    """What dh_fixperms and friends would do to third-party files: no bytecode or VCS files
    shipped by wheels, shared objects 0644, executable bits only on ELF programs and scripts;
    and a build fails if a file names the build machine's own Python installation."""
    for cache in list(venv.rglob("__pycache__")):
        shutil.rmtree(cache)
    for vcs in (".gitignore", ".gitattributes", ".gitkeep", ".hgignore"):
        for path in venv.rglob(vcs):
            path.unlink()
    foreign = sys.base_prefix.encode() if not sys.base_prefix.startswith("/usr") else None
    for path in venv.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        mode = path.stat().st_mode & 0o777
        with path.open("rb") as f:
            head = f.read(4)
        is_so = ".so" in path.name and head == b"\x7fELF"
        if mode & 0o111 and (is_so or (head[:2] != b"#!" and head != b"\x7fELF")):
            path.chmod(0o644)
        if foreign is not None and foreign in path.read_bytes():
            raise BuildError(f"{path} names the build machine's {sys.base_prefix}")


def python_dependency() -> str:
    """``python3.11``: the interpreter package the venv's ``bin/python`` link needs."""
    real = Path(PYTHON).resolve()
    if re.fullmatch(r"python3\.\d+", real.name) is None:
        raise BuildError(f"{PYTHON} is not Debian's python3.X ({real})")
    return real.name


# --------------------------------------------------------------------------------------------
# The Debian package


def changelog(version: str, when: int) -> str:
    """A native package's changelog: one entry for this build (the history is git's)."""
    date = email.utils.formatdate(when, usegmt=False, localtime=False)
    date = date.replace("-0000", "+0000")
    return (
        f"{PACKAGE} ({version}) {SUITE}; urgency=medium\n\n"
        f"  * Release {version} of the eCitizen Kiosk (the project's history is in git).\n\n"
        f" -- eCitizen Kiosk maintainers <kiosk-maintainers@city.example>  {date}\n"
    )


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time (reproducible file dates)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    result = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "log", "-1", "--format=%ct"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return int(result.stdout.strip() or 0) or 1_700_000_000


def _write(path: Path, content: bytes | str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    path.chmod(mode)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_system_files(stage: Path) -> list[str]:
    """The kiosk's system files at their packaged paths; returns the conffiles."""
    # scripts/ is not a package: the provisioning code comes from the project tree itself
    sys.path.insert(0, str(REPO_ROOT))
    from provisioning.install import package_files, repo_service_file
    from provisioning.system_files import SystemOptions

    service_text = repo_service_file().read_text(encoding="utf-8")
    conffiles = []
    for rel, (content, mode) in package_files(service_text, SystemOptions()).items():
        _write(stage / rel, content, mode)
        if rel.startswith("etc/"):
            conffiles.append("/" + rel)
    return sorted(conffiles)


def write_control(
    stage: Path, work: Path, version: str, *, light: bool, conffiles: list[str], when: int
) -> None:
    debian = REPO_ROOT / "debian"
    doc = stage / "usr/share/doc" / PACKAGE
    _write(doc / "copyright", (debian / "copyright").read_bytes())
    log = changelog(version, when)
    _write(doc / "changelog.gz", _gzip(log.encode("utf-8")))
    _write(doc / "README.md", (REPO_ROOT / "README.md").read_bytes())
    _write(
        stage / "usr/share/lintian/overrides" / PACKAGE,
        (debian / "lintian-overrides").read_bytes(),
    )
    control_dir = stage / "DEBIAN"
    control_dir.mkdir(mode=0o755)
    for script in ("postinst", "prerm", "postrm"):
        text = (debian / script).read_text(encoding="utf-8").replace("#RELEASE#", version)
        _write(control_dir / script, text, 0o755)
    if conffiles:
        _write(control_dir / "conffiles", "".join(f"{c}\n" for c in conffiles))
    sums = []
    for path in sorted(p for p in stage.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(stage).as_posix()
        if rel.startswith("DEBIAN/") or "/" + rel in conffiles:
            continue
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")  # noqa: S324 (dpkg's format)
    _write(control_dir / "md5sums", "".join(sums))
    (work / "changelog").write_text(log, encoding="utf-8")
    build = " (test build without its dependencies)" if light else ""
    run([
        "dpkg-gencontrol", f"-p{PACKAGE}", f"-c{debian / 'control'}", f"-l{work / 'changelog'}",
        f"-f{work / 'files'}", f"-P{stage}", f"-T{work / 'substvars'}",
        f"-Vkiosk:Python={python_dependency()}", f"-Vkiosk:Build={build}",
        "-Vmisc:Depends=",
    ], cwd=work)  # fmt: skip
    (control_dir / "control").chmod(0o644)


def build_package(
    out: Path, *, light: bool, version: str | None = None, work: Path | None = None
) -> Path:
    """Build the .deb into ``out``; returns its path."""
    os.umask(0o022)
    project = version or project_version()
    deb_version = debian_version(project)
    arch = host_arch()
    when = source_date_epoch()
    with _workdir(work) as tmp:
        src, wheels, stage = tmp / "src", tmp / "wheels", tmp / "root"
        export_source(src, version)
        wheel = build_wheel(src, wheels)
        final = f"{INSTALL_ROOT}/releases/{deb_version}"
        build_release(stage / final.lstrip("/"), final, wheel, light=light)
        conffiles = write_system_files(stage)
        write_control(stage, tmp, deb_version, light=light, conffiles=conffiles, when=when)
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"{PACKAGE}_{deb_version}_{arch}.deb"
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(when)}
        run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, deb], env=env)
    return deb


@contextmanager
def _workdir(work: Path | None) -> Iterator[Path]:
    if work is not None:
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        yield work
        return
    with tempfile.TemporaryDirectory(prefix="kiosk-package-") as tmp:
        yield Path(tmp)


# --------------------------------------------------------------------------------------------
# The signed repository


@dataclass(frozen=True)
class ReleaseKey:
    gnupghome: Path
    fingerprint: str


def _gpg(gnupghome: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(["gpg", "--homedir", str(gnupghome), "--batch", "--no-tty", *args])


def stop_agent(gnupghome: Path) -> None:
    """Stop the gpg-agent that gpg (and aptly through it) started for this home."""
    subprocess.run(
        ["gpgconf", "--homedir", str(gnupghome), "--kill", "all"],
        capture_output=True, check=False,
    )  # fmt: skip


def release_key(gnupghome: Path, *, generate: bool, uid: str = DEMO_KEY_UID) -> ReleaseKey:
    """The signing key in ``gnupghome``; with ``generate``, a new Ed25519 demo key (no
    passphrase, valid 3 years) is made when the home holds none."""
    if not gnupghome.is_dir():
        if not generate:
            raise BuildError(f"{gnupghome}: no GnuPG home")
        gnupghome.mkdir(parents=True, mode=0o700)
    listing = _gpg(gnupghome, "--with-colons", "--list-secret-keys").stdout
    fingerprints = _fingerprints(listing, "sec")
    if not fingerprints and generate:
        _gpg(gnupghome, "--passphrase", "", "--quick-generate-key", uid, "ed25519", "sign", "3y")
        listing = _gpg(gnupghome, "--with-colons", "--list-secret-keys").stdout
        fingerprints = _fingerprints(listing, "sec")
    if len(fingerprints) != 1:
        raise BuildError(f"{gnupghome}: expected one secret signing key, found {len(fingerprints)}")
    return ReleaseKey(gnupghome, fingerprints[0])


def _fingerprints(colons: str, kind: str) -> list[str]:
    """Primary-key fingerprints from ``gpg --with-colons`` output (``sec`` or ``pub``)."""
    out, take = [], False
    for line in colons.splitlines():
        fields = line.split(":")
        if fields[0] in ("sec", "pub", "ssb", "sub"):
            take = fields[0] == kind
        elif fields[0] == "fpr" and take:
            out.append(fields[9])
            take = False
    return out


def export_public_key(key: ReleaseKey, dest: Path) -> Path:
    """The public key as a binary OpenPGP keyring (what apt's ``Signed-By=`` reads)."""
    data = subprocess.run(
        ["gpg", "--homedir", str(key.gnupghome), "--batch", "--export", key.fingerprint],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    if not data:
        raise BuildError(f"{key.gnupghome}: could not export {key.fingerprint}")
    _write(dest, data)
    return dest


def _aptly(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return run(["aptly", f"-config={repo / 'aptly.conf'}", *args], env=env).stdout


def publish(deb: Path, repo: Path, key: ReleaseKey | None, *, replace: bool = False) -> Path:
    """Add ``deb`` to the repository at ``repo`` (created if missing) and publish it, its
    index signed with ``key`` (None: unsigned, for the test that apt refuses it). Every version
    stays published: a staged rollout may hold a ring on an older one, and a kiosk offline for
    weeks still finds the version it was told. Returns the public directory (to be served)."""
    repo.mkdir(parents=True, exist_ok=True)
    conf = {
        "rootDir": str(repo.resolve()),
        "architectures": list(ARCHITECTURES),
        "gpgProvider": "gpg",
        "downloadSourcePackages": False,
        "skipContentsPublishing": True,
    }
    (repo / "aptly.conf").write_text(json.dumps(conf, indent=2) + "\n", encoding="utf-8")
    env = {**os.environ}
    if key is not None:
        env["GNUPGHOME"] = str(key.gnupghome)
    if SUITE not in _aptly(repo, "repo", "list", "-raw").split():
        _aptly(repo, "repo", "create", f"-distribution={SUITE}", f"-component={COMPONENT}", SUITE)
    _aptly(repo, "repo", "add", *(["-force-replace"] if replace else []), SUITE, str(deb))
    published = SUITE in _aptly(repo, "publish", "list", "-raw").split()
    sign = [f"-gpg-key={key.fingerprint}"] if key is not None else ["-skip-signing"]
    try:
        if published:
            _aptly(repo, "publish", "update", *sign, "-skip-contents", SUITE, env=env)
        else:
            _aptly(repo, "publish", "repo", *sign, "-skip-contents", "-origin=eCitizen Kiosk",
                   "-label=eCitizen Kiosk", f"-architectures={','.join(ARCHITECTURES)}",
                   SUITE, env=env)  # fmt: skip
    finally:
        if key is not None:
            stop_agent(key.gnupghome)
    public = repo / "public"
    if key is not None:
        export_public_key(key, public / KEY_FILE)
    return public


# --------------------------------------------------------------------------------------------
# Command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    pkg = sub.add_parser("package", help="build dist/ecitizen-kiosk_<version>_<arch>.deb")
    pkg.add_argument("--out", type=Path, default=REPO_ROOT / "dist")
    pkg.add_argument(
        "--light",
        action="store_true",
        default=os.environ.get("KIOSK_PACKAGE_LIGHT", "") not in ("", "0"),
        help="the kiosk without its dependencies (tests); also KIOSK_PACKAGE_LIGHT=1",
    )
    pkg.add_argument("--version", help="build as this version (tests and benches only)")
    pkg.add_argument("--work", type=Path, help="keep the build tree here (default: a temp dir)")
    rep = sub.add_parser("repo", help="publish a package into the signed repository")
    rep.add_argument("--deb", type=Path, help="default: dist/ecitizen-kiosk_<version>_<arch>.deb")
    rep.add_argument("--repo", type=Path, default=REPO_ROOT / "dist" / "repo")
    rep.add_argument(
        "--gnupghome",
        type=Path,
        help="GnuPG home holding the city's release key (default: a demo key, generated "
        "once into build/release-key/)",
    )
    rep.add_argument(
        "--replace", action="store_true", help="replace a published package of the same version"
    )
    keygen = sub.add_parser("key", help="create a demo release key (if none) and export it")
    keygen.add_argument("--gnupghome", type=Path, default=REPO_ROOT / "build" / "release-key")
    keygen.add_argument("--uid", default=DEMO_KEY_UID)
    keygen.add_argument("--export", type=Path, help="write the public key here")
    rep.add_argument("--unsigned", action="store_true", help="publish without signing (tests)")
    args = parser.parse_args(argv)
    try:
        if args.command == "package":
            deb = build_package(args.out, light=args.light, version=args.version, work=args.work)
            print(deb)
        elif args.command == "key":
            key = release_key(args.gnupghome, generate=True, uid=args.uid)
            if args.export is not None:
                export_public_key(key, args.export)
            stop_agent(key.gnupghome)
            print(key.fingerprint)
        else:
            deb = args.deb or (
                REPO_ROOT / "dist" / f"{PACKAGE}_{debian_version(project_version())}_"
                f"{host_arch()}.deb"
            )
            if not deb.is_file():
                raise BuildError(f"{deb} not found (make package)")
            key = None
            if not args.unsigned:
                home = args.gnupghome or REPO_ROOT / "build" / "release-key"
                key = release_key(home, generate=args.gnupghome is None)
            public = publish(deb, args.repo, key, replace=args.replace)
            print(public)
            if key is not None:
                print(f"signed with {key.fingerprint}; public key {public / KEY_FILE}")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
