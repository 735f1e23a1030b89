"""Space on the data file system: the start-up check, and files that never end up half-written.

A kiosk whose data file system is full (or below ``[paths] reserve_mb``) still starts: the
attract screen shows, the technician's diagnostics say ``system.disk_full``, and new
transactions are refused with ``queue.store.full`` (``submit.storage_full`` for the resident)
while what is already queued keeps draining. Recovery is live: free space is looked at again on
every enqueue and every diagnostics report, so nothing needs a restart once space is back. The
one exception is a kiosk whose queue could not be opened at all at start (a first start on a
full disk): its queue stays unavailable until the next start (``Restart=always`` or a technician).

Secrets in the data directory exist only outside production (demo and practice keep plain key
files; production reads sealed credentials: :mod:`kiosk.security.credentials`). Where they are
created they are written to a temporary file and linked into place only when complete, so a full
disk leaves no empty key file behind that would break every later start.
"""

from __future__ import annotations

import errno
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from offline_queue.durable import create_file_once


@dataclass(frozen=True)
class Space:
    """Free and total bytes of the data file system against the configured reserve."""

    free_bytes: int
    total_bytes: int
    reserve_bytes: int

    @property
    def below_reserve(self) -> bool:
        return self.free_bytes < max(self.reserve_bytes, 1)


def space(data_dir: Path, reserve_bytes: int) -> Space:
    """statvfs of the file system holding ``data_dir`` (cheap; raises OSError if it is gone)."""
    st = os.statvfs(data_dir)
    return Space(st.f_bavail * st.f_frsize, st.f_blocks * st.f_frsize, reserve_bytes)


def is_no_space(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def load_or_create_secret(path: Path, size: int = 32) -> bytes:
    """A per-kiosk secret file (0600), created complete on first use or not at all."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        create_file_once(path, secrets.token_bytes(size))
        return path.read_bytes()
