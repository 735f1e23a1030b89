"""Idempotent, atomic file writes: nothing is touched when the content, mode and group already
match. Modes never depend on the umask: files are created with their final mode and directories
(every missing parent too) are chmod-ed after ``mkdir``.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PARENT_MODE = 0o755
"""Mode of a missing parent directory created on the way (``etc``, ``etc/systemd``...)."""


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_parents(path: Path) -> None:
    """Create the missing parents of ``path`` as 0755, whatever the umask (``mkdir -p`` would
    leave ``etc`` 0777 under umask 000)."""
    missing: list[Path] = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    for directory in reversed(missing):
        try:
            directory.mkdir()
        except FileExistsError:
            continue
        directory.chmod(PARENT_MODE)


def ensure_dir(path: Path, mode: int = 0o755) -> bool:
    """Create ``path`` (and parents, 0755) if missing; fix its mode. True if anything changed."""
    changed = False
    if not path.is_dir():
        _make_parents(path)
        path.mkdir(exist_ok=True)
        changed = True
    if stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)
        changed = True
    return changed


def write_file(path: Path, content: bytes, mode: int = 0o644, *, group: int | None = None) -> bool:
    """Write ``content`` atomically with ``mode`` (and group ``group``, a gid; None: the
    writer's) unless the file already has all of them.

    The temporary file is created with the final mode and group before any byte is written (a
    private key or a password is never readable by others, not even for an instant, whatever
    the umask). True if the file was written or its mode or group fixed.
    """
    try:
        st = path.lstat()
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISREG(st.st_mode) and path.read_bytes() == content:
        changed = False
        if group is not None and st.st_gid != group:
            os.chown(path, -1, group, follow_symlinks=False)
            changed = True
        if stat.S_IMODE(st.st_mode) != mode:
            path.chmod(mode)
            changed = True
        return changed
    if not path.parent.is_dir():
        ensure_dir(path.parent, PARENT_MODE)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    # O_EXCL: a leftover (or planted) temporary file is removed, never written through
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW, 0)
    try:
        if group is not None:
            os.fchown(fd, -1, group)
        os.fchmod(fd, mode)  # O_CREAT's mode is filtered by the umask
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return True


def ensure_symlink(path: Path, target: str) -> bool:
    """Make ``path`` a symlink to ``target`` (as ``systemctl enable``/``mask`` would)."""
    if path.is_symlink() and os.readlink(path) == target:
        return False
    if not path.parent.is_dir():
        ensure_dir(path.parent, PARENT_MODE)
    if path.is_symlink() or path.exists():
        path.unlink()
    os.symlink(target, path)
    return True
