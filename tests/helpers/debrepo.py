"""Packages and signed apt repositories with the real tools, for tests and benches.

Everything goes through ``scripts/release.py`` (what ``make package`` and ``make repo`` run), so
the tests build and publish exactly as a release does: a light package (the kiosk without its
dependencies, a few seconds), a GnuPG release key, an aptly repository signed with it, served by
a loopback HTTP server; and ``dpkg --root`` to install a package into a throwaway root.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
RELEASE = REPO_ROOT / "scripts" / "release.py"
TOOLS = ("dpkg-deb", "dpkg-gencontrol", "unshare", "gpg", "aptly", "apt-get", "lintian")


def missing_tools() -> list[str]:
    """The Debian tools these helpers need that are not installed (scripts/setup.sh installs
    them all)."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def release(*args: str | Path, timeout: float = 300) -> str:
    """Run ``scripts/release.py`` with the project's Python; its stdout. Fails with its output."""
    result = subprocess.run(
        [sys.executable, str(RELEASE), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"release.py {args[0]} failed:\n{result.stdout}{result.stderr}"
    return result.stdout


def build_light_package(out: Path, version: str | None = None) -> Path:
    """``make package`` with ``--light`` (optionally as another version); the .deb's path."""
    args: list[str | Path] = ["package", "--light", "--out", out]
    if version is not None:
        args += ["--version", version]
    return Path(release(*args).strip().splitlines()[-1])


def make_key(gnupghome: Path, export: Path, uid: str = "Test release key <t@city.example>") -> str:
    """A new Ed25519 release key in ``gnupghome``, its public key exported to ``export``;
    returns the fingerprint."""
    return release("key", "--gnupghome", gnupghome, "--uid", uid, "--export", export).strip()


def publish(deb: Path, repo: Path, gnupghome: Path | None) -> Path:
    """``make repo`` for ``deb`` into ``repo`` (unsigned without a key); the public directory."""
    signing: list[str | Path] = ["--gnupghome", gnupghome] if gnupghome else ["--unsigned"]
    release("repo", "--deb", deb, "--repo", repo, *signing)
    return repo / "public"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` over HTTP on 127.0.0.1 (a free port); yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, name="apt-repo-http", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def empty_root(root: Path) -> Path:
    """A throwaway root with an empty dpkg database."""
    (root / "var/lib/dpkg/updates").mkdir(parents=True)
    (root / "var/lib/dpkg/info").mkdir()
    (root / "var/lib/dpkg/status").write_text("")
    return root


def dpkg(root: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """dpkg on a throwaway root: maintainer scripts run without chroot, with ``DPKG_ROOT``
    set (the package's scripts honour it), dependencies not required (the root is empty)."""
    return subprocess.run(
        ["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends",
         "--log=/dev/null", *map(str, args)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
