"""Idempotent, atomic file writes: nothing is touched when the content and mode already match."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_dir(path: Path, mode: int = 0o755) -> bool:
    """Create ``path`` (and parents) if missing; fix its mode. True if anything changed."""
    changed = False
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        changed = True
    if stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)
        changed = True
    return changed


def write_file(path: Path, content: bytes, mode: int = 0o644) -> bool:
    """Write ``content`` atomically with ``mode`` unless the file already has both.

    The temporary file is created with the final mode (a private key is never readable by
    others, not even for an instant). True if the file was written or its mode fixed.
    """
    try:
        st = path.lstat()
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISREG(st.st_mode) and path.read_bytes() == content:
        if stat.S_IMODE(st.st_mode) == mode:
            return False
        path.chmod(mode)
        return True
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, mode)
    try:
        os.fchmod(fd, mode)  # O_CREAT's mode is filtered by the umask
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return True


def ensure_symlink(path: Path, target: str) -> bool:
    """Make ``path`` a symlink to ``target`` (as ``systemctl enable``/``mask`` would)."""
    if path.is_symlink() and os.readlink(path) == target:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() or path.exists():
        path.unlink()
    os.symlink(target, path)
    return True
