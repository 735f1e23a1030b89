"""A pcscd with the vsmartcard-vpcd reader, for the demo and the tests.

If a pcscd with the vpcd reader is already running it is used as is. Otherwise
:class:`PcscDaemon` starts ``pcscd --foreground -c <dir>`` with its own reader.conf.d: one vpcd
entry gives two readers, ``Virtual PCD 00 00`` (the card side connects to 127.0.0.1:35963) and
``Virtual PCD 00 01`` (35964). Shipped in the package so that demo and practice mode work
without hardware; never used on a production kiosk.
"""

from __future__ import annotations

import ctypes
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smartcard import scard

from drivers.smartcard.emulator.personas import PERSONAS, DemoPki
from drivers.smartcard.emulator.vpcd import VirtualCard

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
VPCD_READER_CONF = f"""FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:0x8C7B
LIBPATH      {VPCD_DRIVER}
CHANNELID    0x8C7B
"""
VPCD_READERS = ("Virtual PCD 00 00", "Virtual PCD 00 01")
VPCD_PORTS = (35963, 35964)
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child: get SIGTERM when our process dies, so no pcscd is left behind."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.02) -> bool:
    """Poll ``predicate`` until true or timeout (for states without an event to wait on)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        pause.wait(interval)


def list_readers() -> list[str] | None:
    """Reader names, [] if none, None if pcscd is not reachable."""
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return None
    try:
        hresult, readers = scard.SCardListReaders(ctx, [])
        if hresult == scard.SCARD_S_SUCCESS:
            return list(readers)
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        return None
    finally:
        scard.SCardReleaseContext(ctx)


def wait_card_state(reader: str, present: bool, timeout: float) -> bool:
    """Block on SCardGetStatusChange until the reader has (or has no) card."""
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return False
    try:
        deadline = time.monotonic() + timeout
        state = scard.SCARD_STATE_UNAWARE
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            wait_ms = 0 if state == scard.SCARD_STATE_UNAWARE else int(remaining * 1000)
            hresult, states = scard.SCardGetStatusChange(ctx, wait_ms, [(reader, state)])
            if hresult == scard.SCARD_E_TIMEOUT:
                return False
            if hresult != scard.SCARD_S_SUCCESS:
                return False
            event_state = states[0][1]
            if bool(event_state & scard.SCARD_STATE_PRESENT) == present:
                return True
            state = event_state & ~scard.SCARD_STATE_CHANGED
    finally:
        scard.SCardReleaseContext(ctx)


class PcscDaemon:
    """A pcscd with the vpcd reader, started by us or found running."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.config_dir = workdir / "reader.conf.d"
        self.log_path = workdir / "pcscd.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: object | None = None
        self.owned = False
        self.readers = VPCD_READERS
        self.ports = VPCD_PORTS

    def _ready(self) -> bool:
        readers = list_readers()
        return readers is not None and all(r in readers for r in self.readers)

    def start(self, timeout: float = 15.0) -> None:
        if self._proc is None and self._ready():
            return  # someone else's pcscd, already fine
        if self._proc is None and list_readers() is not None:
            raise RuntimeError("a pcscd without the vpcd reader is running; stop it first")
        if not VPCD_DRIVER.exists():
            raise RuntimeError("vsmartcard-vpcd is not installed")
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "vpcd").write_text(VPCD_READER_CONF)
        argv = ["pcscd", "--foreground", "-c", str(self.config_dir)]
        help_text = subprocess.run(
            ["pcscd", "--help"], capture_output=True, text=True, check=False
        ).stdout
        if "--disable-polkit" in help_text:
            argv.append("--disable-polkit")
        self._proc = self._spawn(argv)
        self.owned = True
        if not wait_until(self._ready, timeout):
            self.stop()
            raise RuntimeError(f"pcscd did not come up with vpcd; see {self.log_path}")

    def _spawn(self, argv: list[str]) -> subprocess.Popen[bytes]:
        """Start pcscd from a thread that lives exactly as long as pcscd.

        The child's death signal (PR_SET_PDEATHSIG) fires when the *thread* that forked it
        ends, not the process: spawned from a short-lived thread (the core-start thread in the
        demo) pcscd would be killed as soon as that thread finished. The owner thread waits for
        pcscd, so it ends with pcscd or with our process, which is what the signal is for.
        """
        spawned: list[subprocess.Popen[bytes] | BaseException] = []
        ready = threading.Event()

        def own() -> None:
            try:
                with self.log_path.open("ab") as log:
                    proc = subprocess.Popen(
                        argv, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
                    )
            except OSError as exc:
                spawned.append(exc)
                ready.set()
                return
            spawned.append(proc)
            ready.set()
            proc.wait()

        threading.Thread(target=own, name="pcscd-owner", daemon=True).start()
        ready.wait()
        result = spawned[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> None:
        """Stop the pcscd we started (SIGTERM, or SIGKILL to simulate a crash)."""
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        wait_until(lambda: list_readers() is None, timeout)

    def restart(self, sig: int = signal.SIGTERM) -> None:
        if not self.owned:
            raise RuntimeError("pcscd was not started by the harness; cannot restart it")
        self.stop(sig)
        self.start()

    @property
    def running(self) -> bool:
        return self._ready()


@dataclass
class CardSlot:
    """One vpcd slot with a virtual card you can insert and remove."""

    reader: str
    port: int
    pki: DemoPki
    state_dir: Path
    card: VirtualCard | None = None

    def insert(self, persona_id: str, timeout: float = 5.0) -> VirtualCard:
        """Insert a persona's card and wait until pcscd reports it present."""
        if self.card is not None and self.card.persona.id != persona_id:
            self.close()
        if self.card is None:
            persona = PERSONAS[persona_id]
            self.card = VirtualCard(
                persona, self.pki if persona.piv else None, state_dir=self.state_dir
            )
            self.card.connect("127.0.0.1", self.port)
        else:
            self.card.insert()
        if not wait_card_state(self.reader, True, timeout):
            raise TimeoutError(f"{persona_id} not seen in {self.reader}")
        return self.card

    def remove(self, timeout: float = 5.0) -> None:
        if self.card is not None:
            self.card.remove()
            self.card.wait_removed(timeout)
        wait_card_state(self.reader, False, timeout)

    def close(self, timeout: float = 5.0) -> None:
        if self.card is not None:
            self.card.close()
            self.card = None
            wait_card_state(self.reader, False, timeout)
