"""Releases side by side under one install root, and the atomic switch between them.

Layout (``[updates] root``, ``/opt/ecitizen-kiosk`` on a kiosk)::

    <root>/releases/<version>/            one complete release: its own venv with the app
    <root>/releases/<version>/venv/bin/kiosk
    <root>/current  -> releases/<version>  what kiosk.service runs (ExecStart goes through it)
    <root>/previous -> releases/<version>  what a rollback goes back to

A release directory exists under its final name only once it is complete: the verified package
is unpacked with ``dpkg-deb -x`` into ``releases/.<version>.partial``, everything is synced to
disk, and only then is the release renamed into place (``rename(2)``: atomic). The symlinks are
replaced the same way: a new link under a temporary name, ``rename(2)`` over the old one, the
directory fsync'd. A power cut at any point therefore leaves ``current`` naming one complete
release (the old one or the new one), never a mix; what it can leave behind (a ``.partial``
directory, a temporary link, a half-removed old release) is removed by :meth:`ReleaseStore.cleanup`
at the next start.

Tests and the benchmark simulate the power cut with :func:`crash_point`: with
``KIOSK_UPDATE_CRASH_AT=<step>`` in its environment the process SIGKILLs itself on reaching that
step (no clean-up handler runs, as after a power cut).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import subprocess
import uuid
from pathlib import Path

from kiosk.errors import KeyedError
from offline_queue.durable import fsync_dir

logger = logging.getLogger(__name__)

VERSION_RE = re.compile(r"^[0-9][A-Za-z0-9.+~_-]{0,63}$")
"""A release version (a Debian version without an epoch): it names a directory, so no ``/``,
no spaces, no leading dot."""
PACKAGE_NAME = "ecitizen-kiosk"
PACKAGE_ROOT = Path("opt/ecitizen-kiosk")
"""Where the package puts the install root (its releases are ``<PACKAGE_ROOT>/releases/<v>``)."""
ENTRY = Path("venv/bin/kiosk")
"""A release's entry point, relative to its directory."""
CURRENT = "current"
PREVIOUS = "previous"
RELEASES = "releases"
CRASH_ENV = "KIOSK_UPDATE_CRASH_AT"
_PARTIAL = ".partial"
_REMOVING = ".removing"
_TMP_LINK = ".tmp-"

STEPS = (
    "stage.begin",
    "stage.extracted",
    "stage.synced",
    "stage.renamed",
    "switch.begin",
    "link.previous.created",
    "switch.previous",
    "link.current.created",
    "switch.current",
)
"""The crash points of staging and switching, in order (tests kill the updater at each)."""
ROLLBACK_STEPS = (
    "rollback.link.current.created",
    "rollback.current",
    "rollback.link.previous.created",
    "rollback.previous",
)
"""The crash points of switching back after a failed gate, in order."""


def same_release(app_version: str, package_version: str) -> bool:
    """The version the app reports (its Python package's) is the package's: equal, or the
    package's with a Debian revision (``1.4.0`` in ``1.4.0-1``); ``~`` is a pre-release mark
    Python writes without it (``1.4.0~rc1`` is ``1.4.0rc1``)."""
    plain = package_version.replace("~", "")
    return app_version in (package_version, plain) or plain.startswith(app_version + "-")


class ReleaseError(KeyedError):
    """A package or release that cannot be used (``key`` is an error key, e.g.
    ``update.package_layout``); nothing under the root was changed."""


def crash_point(step: str) -> None:
    """Die here, at once, if ``$KIOSK_UPDATE_CRASH_AT`` names ``step`` (power-cut tests)."""
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def check_version(version: str) -> str:
    if not isinstance(version, str) or VERSION_RE.fullmatch(version) is None:
        raise ReleaseError("update.bad_version")
    return version


class ReleaseStore:
    """The releases under ``root`` (see the module docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.releases_dir = root / RELEASES

    # -- reading -------------------------------------------------------------------------------

    def path(self, version: str) -> Path:
        return self.releases_dir / check_version(version)

    def entry(self, version: str) -> Path:
        """The release's ``kiosk`` command."""
        return self.path(version) / ENTRY

    def is_complete(self, version: str) -> bool:
        try:
            return os.access(self.entry(version), os.X_OK)
        except ReleaseError:
            return False

    def releases(self) -> list[str]:
        """Complete releases on disk (unsorted semantics: directory names, sorted as text)."""
        if not self.releases_dir.is_dir():
            return []
        return sorted(
            p.name
            for p in self.releases_dir.iterdir()
            if VERSION_RE.fullmatch(p.name) and p.is_dir() and self.is_complete(p.name)
        )

    def _link(self, name: str) -> str | None:
        try:
            target = os.readlink(self.root / name)
        except OSError:
            return None
        parts = Path(target).parts
        if len(parts) != 2 or parts[0] != RELEASES or VERSION_RE.fullmatch(parts[1]) is None:
            return None
        return parts[1] if self.is_complete(parts[1]) else None

    def current(self) -> str | None:
        """The version ``current`` names (None: no link, or one that names no complete release)."""
        return self._link(CURRENT)

    def previous(self) -> str | None:
        return self._link(PREVIOUS)

    # -- staging a package ---------------------------------------------------------------------

    def stage(self, deb: Path, version: str) -> Path:
        """Unpack the (already verified) package ``deb`` of ``version`` into
        ``releases/<version>``: complete or not at all. A release already there is kept."""
        check_version(version)
        final = self.path(version)
        if self.is_complete(version):
            return final
        fields = _deb_fields(deb)
        if fields.get("Package") != PACKAGE_NAME or fields.get("Version") != version:
            raise ReleaseError("update.package_mismatch")
        crash_point("stage.begin")
        self.releases_dir.mkdir(parents=True, exist_ok=True)
        partial = self.releases_dir / f".{version}{_PARTIAL}"
        _remove_tree(partial)
        partial.mkdir(mode=0o755)
        fsync_dir(self.releases_dir)
        try:
            subprocess.run(
                ["dpkg-deb", "-x", str(deb), str(partial)],
                check=True,
                capture_output=True,
                timeout=600,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            _remove_tree(partial)
            raise ReleaseError("update.unpack_failed", type(exc).__name__) from exc
        crash_point("stage.extracted")
        inner = partial / PACKAGE_ROOT / RELEASES / version
        if not os.access(inner / ENTRY, os.X_OK):
            _remove_tree(partial)
            raise ReleaseError("update.package_layout")
        # everything unpacked reaches the disk before the release gets its final name (one
        # sync(2) rather than an fsync per file of a venv: thousands of files)
        os.sync()
        crash_point("stage.synced")
        if final.exists():  # a leftover from an interrupted removal (is_complete was False)
            _remove_tree(final)
        os.rename(inner, final)
        fsync_dir(self.releases_dir)
        crash_point("stage.renamed")
        _remove_tree(partial)  # the package's other files (system files: installed by apt)
        logger.info("release %s staged", version)
        return final

    # -- switching -----------------------------------------------------------------------------

    def _set_link(self, name: str, version: str, step: str | None = None) -> None:
        tmp = self.root / f".{name}{_TMP_LINK}{uuid.uuid4().hex[:12]}"
        os.symlink(f"{RELEASES}/{version}", tmp)
        crash_point(step or f"link.{name}.created")
        os.rename(tmp, self.root / name)
        fsync_dir(self.root)

    def switch(self, version: str) -> str | None:
        """Make ``version`` current (the old current becomes ``previous``); returns the old one.
        Each link changes atomically: at every instant ``current`` names a complete release."""
        if not self.is_complete(version):
            raise ReleaseError("update.release_incomplete")
        old = self.current()
        if old == version:
            return old
        crash_point("switch.begin")
        if old is not None:
            self._set_link(PREVIOUS, old)
        crash_point("switch.previous")
        self._set_link(CURRENT, version)
        crash_point("switch.current")
        logger.info("switched from release %s to %s", old, version)
        return old

    def switch_back(self, version: str, previous: str | None = None) -> None:
        """Undo a switch: ``version`` (the release the failed one replaced) is current again,
        and ``previous`` is what it was before that switch: ``previous`` if that is a complete
        release other than ``version``, else no link at all (never ``previous`` = ``current``).

        The links are restored as they were before the update, so ``previous`` still names a
        release that served before the current one (what the updater unit falls back to) and
        the next update starts from the state the last good one left. Each link changes
        atomically and the whole is idempotent: a power cut between the two is finished by the
        next call (the updater's journal still says it was rolling back)."""
        if not self.is_complete(version):
            raise ReleaseError("update.release_incomplete")
        if self.current() != version:
            self._set_link(CURRENT, version, "rollback.link.current.created")
            logger.warning("switched back to release %s", version)
        crash_point("rollback.current")
        if previous is None or previous == version or not self.is_complete(previous):
            link = self.root / PREVIOUS
            if os.path.lexists(link):
                link.unlink()
                fsync_dir(self.root)
        elif self.previous() != previous:
            self._set_link(PREVIOUS, previous, "rollback.link.previous.created")
        crash_point("rollback.previous")

    # -- clean-up ------------------------------------------------------------------------------

    def cleanup(self) -> list[str]:
        """Remove what an interrupted update left: ``.partial`` and ``.removing`` directories and
        temporary links. Returns their names (for the log). Never touches a complete release
        that a link names."""
        removed: list[str] = []
        if self.root.is_dir():
            for entry in self.root.iterdir():
                if entry.name.startswith(".") and _TMP_LINK in entry.name and entry.is_symlink():
                    entry.unlink()
                    removed.append(entry.name)
        if self.releases_dir.is_dir():
            for entry in self.releases_dir.iterdir():
                if entry.name.startswith(".") and entry.name.endswith((_PARTIAL, _REMOVING)):
                    _remove_tree(entry)
                    removed.append(entry.name)
        if removed:
            with contextlib.suppress(OSError):
                fsync_dir(self.root)
            logger.warning("update leftovers removed: %s", ", ".join(sorted(removed)))
        return removed

    def prune(self, keep: int, protect: tuple[str | None, ...] = ()) -> list[str]:
        """Remove old releases beyond ``keep`` (never ``current``, ``previous`` or ``protect``);
        oldest directories (by modification time) first. A release is first renamed to
        ``.<v>.removing`` (atomic) so a cut during the removal leaves no half release."""
        kept = {self.current(), self.previous(), *protect} - {None}
        candidates = [v for v in self.releases() if v not in kept]
        candidates.sort(key=lambda v: self.path(v).stat().st_mtime)
        excess = max(0, len(self.releases()) - keep)
        removed = []
        for version in candidates[:excess]:
            doomed = self.releases_dir / f".{version}{_REMOVING}"
            os.rename(self.path(version), doomed)
            fsync_dir(self.releases_dir)
            _remove_tree(doomed)
            removed.append(version)
        if removed:
            logger.info("old releases removed: %s", ", ".join(removed))
        return removed


def _remove_tree(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def _deb_fields(deb: Path) -> dict[str, str]:
    """``Package`` and ``Version`` of a .deb (``dpkg-deb --field``)."""
    try:
        out = subprocess.run(
            ["dpkg-deb", "--field", str(deb), "Package", "Version"],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise ReleaseError("update.not_a_package", type(exc).__name__) from exc
    fields: dict[str, str] = {}
    for line in out.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    return fields
