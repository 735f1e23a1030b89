"""1:1 fingerprint verification over a pty: FingerprintDevice against the shipped emulator.

Measures, with the finger already on the sensor (so only the protocol is timed):
- the full verify (DownChar 512 B → GenImg → Img2Tz → Match → buffers overwritten → sync);
- the bare protocol floor: the same frames written and read with plain os.read/os.write on the
  pty, without our client, parser, worker thread or future.
A pty has no baud-rate delay; the bench prints what the same bytes cost on a 57600-baud line.
A real module adds its own capture and extraction time (not measured here: no hardware).
"""

from __future__ import annotations

import os
import select
import statistics
import sys
import time
from pathlib import Path

_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
sys.path.insert(0, str(_BENCH.parent))

from drivers.fingerprint import FingerprintDevice, RetryBudget, demo_template  # noqa: E402
from drivers.fingerprint import protocol as p  # noqa: E402
from drivers.fingerprint.emulator import FingerprintEmulator  # noqa: E402

ROUNDS = 40


def ms(values: list[float]) -> str:
    v = sorted(x * 1000 for x in values)
    p95 = v[int(len(v) * 0.95) - 1]
    return f"median {statistics.median(v):6.2f} ms  p95 {p95:6.2f}  min {v[0]:6.2f}"


def floor(emu: FingerprintEmulator, template: bytes) -> tuple[list[float], int]:
    """The same exchange with raw os calls on the slave side of the pty; also the number of
    bytes one exchange puts on the line (both directions)."""
    import termios
    import tty

    fd = os.open(emu.port, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    termios.tcflush(fd, termios.TCIFLUSH)
    parser = p.StreamParser()
    line = [0]

    def ack() -> None:
        while True:
            select.select([fd], [], [], 1.0)
            data = os.read(fd, 4096)
            line[0] += len(data)
            for item in parser.feed(data):
                if isinstance(item, p.Packet):
                    return

    def send(frame: bytes) -> None:
        line[0] += len(frame)
        os.write(fd, frame)

    def cmd(instr: int, params: bytes = b"") -> None:
        send(p.encode_command(instr, params))
        ack()

    def down(buffer: int, data: bytes) -> None:
        cmd(p.Instruction.DOWN_CHAR, bytes([buffer]))
        for pid, chunk in p.split_data(data, 128):
            send(p.encode_packet(pid, chunk))

    times = []
    zero = bytes(512)
    try:
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            down(2, template)
            cmd(p.Instruction.GEN_IMG)
            cmd(p.Instruction.IMG2TZ, b"\x01")
            cmd(p.Instruction.MATCH)
            down(2, zero)
            down(1, zero)
            cmd(p.Instruction.READ_SYS_PARA)
            times.append(time.perf_counter() - t0)
    finally:
        os.close(fd)
    return times, line[0] // ROUNDS


def main() -> None:
    template = demo_template("resident-amina")
    with FingerprintEmulator() as emu:
        emu.place_finger(template)
        service = FingerprintDevice(emu.port)
        try:
            service.open().result(timeout=5)
            service.verify(template, RetryBudget()).result(timeout=5)  # warm-up
            times = []
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                result = service.verify(template, RetryBudget()).result(timeout=5)
                times.append(time.perf_counter() - t0)
                assert result.matched, result
        finally:
            service.close()
        raw, line_bytes = floor(emu, template)
    print(f"1:1 verify over a pty, {ROUNDS} rounds, finger already placed, packet size 128:")
    print(f"  FingerprintDevice.verify     {ms(times)}")
    print(f"  raw os.read/os.write floor    {ms(raw)}")
    from bench.results import record, reset

    reset("fingerprint")
    mv, mr = statistics.median(times), statistics.median(raw)
    record(
        "fingerprint 1:1 verify (median)",
        f"{mv * 1000:.0f} ms (floor {mr * 1000:.0f} ms)",
        "<= floor + 100 ms",
        mv - mr <= 0.1,
        bench="fingerprint",
    )
    wire = line_bytes * 10 / 57600
    print(
        f"  (one exchange is {line_bytes} bytes on the line: {wire * 1000:.0f} ms at 57600 baud,"
        " plus the module's capture and extraction time)"
    )


if __name__ == "__main__":
    main()
