"""A real, tiny, full file system for disk-full tests: a tmpfs mounted for one test.

Mounting needs root (CI runs as root on Debian 12); elsewhere the tests skip with the reason.
The mount is always undone in the fixture's teardown (lazily if something still holds a file
open, so a failing test never leaves a mount behind).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SIZE = "2m"
_CHUNK = 64 * 1024


@dataclass
class TinyFs:
    """A mounted tmpfs; ``fill`` leaves a few bytes free, ``release`` gives space back."""

    root: Path

    @property
    def filler(self) -> Path:
        return self.root / "filler"

    def free(self) -> int:
        st = os.statvfs(self.root)
        return st.f_bavail * st.f_frsize

    def fill(self, leave: int = 0) -> None:
        """Write the filler until at most ``leave`` bytes (rounded to pages) stay free."""
        with open(self.filler, "ab", buffering=0) as out:
            while self.free() > leave:
                want = min(_CHUNK, self.free() - leave)
                try:
                    out.write(b"\0" * max(want, 1))
                except OSError:
                    break

    def release(self) -> None:
        self.filler.unlink(missing_ok=True)


def _mount(target: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs these as root)")
    if shutil.which("mount") is None:
        pytest.skip("no mount(8)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")


def _unmount(target: Path) -> None:
    if subprocess.run(["umount", str(target)], capture_output=True, check=False).returncode:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@pytest.fixture(name="tiny_fs")
def tiny_fs_fixture(tmp_path: Path) -> Iterator[TinyFs]:
    target = tmp_path / "tinyfs"
    target.mkdir()
    _mount(target)
    try:
        yield TinyFs(target)
    finally:
        _unmount(target)
