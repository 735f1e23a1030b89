"""The shipped pcscd harness (demo and tests): a pcscd it starts lives as long as its owner."""

from __future__ import annotations

import subprocess
import threading

import pytest

from drivers.smartcard.emulator.pcscd import PcscDaemon

pytestmark = pytest.mark.pcsc


def test_pcscd_started_from_a_short_lived_thread_outlives_that_thread(
    pcscd_restart: PcscDaemon,
) -> None:
    # the demo starts pcscd on the core-start thread, which ends right after start-up
    pcscd_restart.stop()
    starter = threading.Thread(target=pcscd_restart.start)
    starter.start()
    starter.join()
    proc = pcscd_restart._proc
    assert proc is not None
    with pytest.raises(subprocess.TimeoutExpired):
        proc.wait(timeout=1.0)  # a death signal tied to the starter thread would have fired
    assert pcscd_restart.running
