"""Card sign-in through the real stack (pcscd + vpcd + the PIV emulator), beside its floor.

1. insert → identity ready: from the virtual card connecting to vpcd, through our monitor's
   CARD_INSERTED event, a new CardSession and CardAuthenticator.identify (SELECT, 9E certificate,
   9E challenge, 9A certificate, trust checks, PIN status). Floor: bare pyscard connecting and
   sending exactly the APDUs the flow sent (recorded), in a loop.
2. PIN verify + 9A challenge: CardAuthenticator.sign_in. Floor: the same two APDUs by bare pyscard.

Targets (issue #3): insert → identity ≤ floor + 150 ms (detection included); PIN + challenge
≤ 1.3 × floor. Starts pcscd with the vpcd reader if none is running (and stops it again).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

# run as a script: the repo root (for tests.helpers) instead of bench/ (whose module names,
# e.g. bench/queue.py, would shadow the standard library)
_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
sys.path.insert(0, str(_BENCH.parent))

from smartcard.scard import SCARD_LEAVE_CARD  # noqa: E402
from smartcard.System import readers as pyscard_readers  # noqa: E402

from drivers.smartcard import CardMonitor, CardSession  # noqa: E402
from drivers.smartcard.emulator import DEMO_ROLE_POLICIES, DemoPki, VirtualCard  # noqa: E402
from drivers.smartcard.monitor import CardEvent, CardEventKind  # noqa: E402
from drivers.smartcard.transport import PcscTransport  # noqa: E402
from kiosk.identity import CardAuthenticator, CardIdentified, SignedIn, TrustStore  # noqa: E402
from tests.helpers.pcsc import PcscDaemon, exclusive_pcsc, wait_card_state  # noqa: E402

ROUNDS = 15
PERSONA = "resident-amina"
PIN = b"123456"


class RecordingTransport(PcscTransport):
    def __init__(self, reader: str, log: list[bytes]) -> None:
        super().__init__(reader)
        self.log = log

    def transmit(self, apdu: bytes) -> bytes:
        self.log.append(bytes(apdu))
        return super().transmit(apdu)


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.1f} ms  (min {min(values) * 1000:6.1f})"


def bare_floor(
    reader_name: str, apdus: list[bytes], setup: list[bytes], rounds: int
) -> list[float]:
    reader = next(r for r in pyscard_readers() if str(r) == reader_name)
    times = []
    for _ in range(rounds):
        connection = reader.createConnection()
        t0 = time.perf_counter()
        if not setup:
            connection.connect(disposition=SCARD_LEAVE_CARD)
        else:
            connection.connect(disposition=SCARD_LEAVE_CARD)
            for apdu in setup:
                connection.transmit(list(apdu))
            t0 = time.perf_counter()
        for apdu in apdus:
            connection.transmit(list(apdu))
        times.append(time.perf_counter() - t0)
        connection.disconnect()
    return times


def bare_insert_floor(
    card: VirtualCard, reader_name: str, apdus: list[bytes], rounds: int
) -> list[float]:
    """Insert → bare pyscard sees the card (its own status-change wait) → connect → APDUs."""
    reader = next(r for r in pyscard_readers() if str(r) == reader_name)
    times = []
    for _ in range(rounds):
        card.remove()
        card.wait_removed(5)
        wait_card_state(reader_name, False, 5)
        t0 = time.perf_counter()
        card.insert()
        if not wait_card_state(reader_name, True, 5):
            raise RuntimeError("bare floor: card not detected")
        connection = reader.createConnection()
        connection.connect(disposition=SCARD_LEAVE_CARD)
        for apdu in apdus:
            connection.transmit(list(apdu))
        times.append(time.perf_counter() - t0)
        connection.disconnect()
    return times


def main() -> int:
    with exclusive_pcsc():
        return run()


def run() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="bench-card-"))
    daemon = PcscDaemon(workdir)
    daemon.start()
    reader = daemon.readers[0]
    pki = DemoPki.load_or_create(workdir / "pki")
    trust = TrustStore.from_paths([pki.ca_cert_path], [pki.crl_path], DEMO_ROLE_POLICIES)
    service = CardAuthenticator(trust)
    inserted = threading.Event()

    def on_event(event: CardEvent) -> None:
        if event.kind is CardEventKind.CARD_INSERTED and event.reader == reader:
            inserted.set()

    monitor = CardMonitor(on_event, poll_timeout=1.0)
    monitor.start()
    monitor.wait_ready(5)
    card = VirtualCard(PERSONA, pki)
    detect: list[float] = []
    identify: list[float] = []
    signin: list[float] = []
    identify_apdus: list[bytes] = []
    signin_apdus: list[bytes] = []
    try:
        for round_no in range(ROUNDS + 1):  # round 0 warms up (imports, caches)
            inserted.clear()
            log: list[bytes] = []
            t0 = time.perf_counter()
            if round_no == 0:
                card.connect("127.0.0.1", daemon.ports[0])
            else:
                card.insert()
            if not inserted.wait(5):
                raise RuntimeError("card insert not detected")
            t_detect = time.perf_counter()
            session = CardSession(partial(RecordingTransport, reader, log))
            with session:
                result = service.identify(session)
                t_identity = time.perf_counter()
                assert isinstance(result, CardIdentified), result
                n_identify = len(log)
                t1 = time.perf_counter()
                done = service.sign_in(session, result, bytearray(PIN))
                t2 = time.perf_counter()
                assert isinstance(done, SignedIn), done
            if round_no:
                detect.append(t_detect - t0)
                identify.append(t_identity - t0)
                signin.append(t2 - t1)
            identify_apdus, signin_apdus = log[:n_identify], log[n_identify:]
            card.remove()
            card.wait_removed(5)
            wait_card_state(reader, False, 5)
        monitor.close()
        floor_insert = bare_insert_floor(card, reader, identify_apdus, ROUNDS)
        floor_identify = bare_floor(reader, identify_apdus, [], ROUNDS)
        # sign-in floor: after SELECT, VERIFY + GENERAL AUTHENTICATE 9A
        floor_signin = bare_floor(reader, signin_apdus, identify_apdus[:1], ROUNDS)
    finally:
        card.close()
        monitor.close()
        daemon.stop()

    fi, fs = statistics.median(floor_insert), statistics.median(floor_signin)
    di, ds = statistics.median(identify), statistics.median(signin)
    print(f"card sign-in bench ({ROUNDS} rounds, pcscd + vpcd + emulator, persona {PERSONA})")
    print(f"  insert → CARD_INSERTED event     {ms(detect)}")
    print(f"  insert → identity ready          {ms(identify)}   [{len(identify_apdus)} APDUs]")
    print(f"    floor: insert → bare pyscard detects, connects, same APDUs {ms(floor_insert)}")
    print(f"      of which connect + APDUs alone                          {ms(floor_identify)}")
    print(f"    overhead vs floor {1000 * (di - fi):+.1f} ms (target ≤ +150 ms)")
    print(f"  PIN verify + 9A challenge        {ms(signin)}   [{len(signin_apdus)} APDUs]")
    print(f"    floor (bare pyscard, same APDUs) {ms(floor_signin)}")
    print(f"    ratio {ds / fs:.2f}× (target ≤ 1.3×)")
    from bench.results import record, reset

    reset("card")
    record(
        "card insert -> identity (median)",
        f"{di * 1000:.0f} ms ({1000 * (di - fi):+.0f} ms vs floor)",
        "<= floor + 150 ms",
        1000 * (di - fi) <= 150,
        bench="card",
    )
    record(
        "PIN verify + 9A challenge (median)",
        f"{ds * 1000:.0f} ms ({ds / fs:.2f}x floor)",
        "<= 1.3x bare pyscard",
        ds / fs <= 1.3,
        bench="card",
    )
    per_apdu = fs / max(1, len(signin_apdus))
    print(f"  bare vpcd round trip ≈ {per_apdu * 1000:.1f} ms per APDU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
