"""Receipt printing on the loopback network printer emulator: "print" to last byte acknowledged.

Measured per round: ``PrinterDevice.print_document`` from the call until the outcome, which
covers DLE EOT status before the job, rendering + ESC/POS encoding, sending, the printer's
``GS r 1`` acknowledgement after the last byte (the emulator processes bytes in order), and
DLE EOT status after the job. Beside it, a floor: the same bytes over a bare socket followed by
``GS r 1`` and its answer.

Receipts: a standard English receipt (TM-T20II profile, native QR), the same with a raster QR
(generic 80 mm profile), and an Arabic receipt (text lines drawn as raster images).
Target (issue #4): standard receipt ≤ 300 ms.
"""

from __future__ import annotations

import socket
import statistics
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
sys.path.insert(0, str(_BENCH.parent))

from civic.money import Money  # noqa: E402
from drivers.printer import PrinterDevice, encode_document, get_profile  # noqa: E402
from drivers.printer.emulator import NetworkPrinterEmulator  # noqa: E402
from kiosk.records.receipts import (  # noqa: E402
    Receipt,
    ReceiptStatus,
    receipt_document,
    render_receipt,
)

ROUNDS = 30
TARGET_MS = 300.0


def standard_receipt() -> Receipt:
    return Receipt.create(
        reference="PMT-2026-000123",
        kiosk_id="K-CENTRAL-01",
        site="Central Library",
        issued_at=datetime.now(UTC),
        service="Parking permit renewal",
        status=ReceiptStatus.SUBMITTED,
        key=b"bench-receipt-key-0123456789abcdef",
        amount=Money.of(Decimal("45.00"), "USD"),
        card_last4="4242",
    )


def stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"median {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms  "
        f"max {ordered[-1]:6.1f} ms  (n={len(ordered)})"
    )


def run_service(profile: str, language: str) -> tuple[list[float], int, bool]:
    emu = NetworkPrinterEmulator().start()
    service = PrinterDevice(f"{emu.uri}?profile={profile}", poll_interval=3600).start()
    receipt = standard_receipt()
    samples: list[float] = []
    size = 0
    confirmed = True
    try:
        service.refresh_status()
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            doc = receipt_document(render_receipt(receipt, language, columns=48))
            outcome = service.print_document(doc, timeout=30)
            samples.append((time.perf_counter() - t0) * 1000)
            if not outcome.printed:
                raise SystemExit(f"bench receipt did not print: {outcome.result.value}")
            size = outcome.bytes_sent
            confirmed = confirmed and outcome.confirmed
        pages = emu.printer.pages
        if len(pages) != ROUNDS or pages[-1].qr_payloads != (receipt.qr_payload,):
            raise SystemExit("the emulator did not print what was sent")
    finally:
        service.close()
        emu.close()
    return samples, size, confirmed


def run_floor(profile: str, language: str) -> list[float]:
    data = encode_document(
        receipt_document(render_receipt(standard_receipt(), language, columns=48)),
        get_profile(profile),
    )
    emu = NetworkPrinterEmulator().start()
    samples: list[float] = []
    try:
        with socket.create_connection(("127.0.0.1", emu.port), timeout=5) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                sock.sendall(data + b"\x1dr\x01")
                if not sock.recv(16):
                    raise SystemExit("emulator closed the connection")
                samples.append((time.perf_counter() - t0) * 1000)
    finally:
        emu.close()
    return samples


def main() -> int:
    print(f"printer bench: print -> last byte acknowledged, loopback TCP emulator, {ROUNDS} rounds")
    worst = 0.0
    for title, profile, language in (
        ("standard receipt, native QR (TM-T20II)", "TM-T20II", "en"),
        ("standard receipt, raster QR (generic-80)", "generic-80", "en"),
        ("Arabic receipt, raster lines (TM-T20II)", "TM-T20II", "ar"),
    ):
        samples, size, confirmed = run_service(profile, language)
        floor = run_floor(profile, language)
        ack = "GS r acknowledged" if confirmed else "not acknowledged (no GS r in profile)"
        print(f"- {title}: {size} bytes, {ack}")
        print(f"    service: {stats(samples)}")
        print(f"    floor:   {stats(floor)}")
        if profile == "TM-T20II" and language == "en":
            worst = statistics.median(samples)
    from bench.results import record, reset

    reset("printer")
    record(
        "receipt print -> acknowledged (median)",
        f"{worst:.0f} ms",
        f"<= {TARGET_MS:.0f} ms",
        worst <= TARGET_MS,
        bench="printer",
    )
    verdict = "OK" if worst <= TARGET_MS else "OVER TARGET"
    print(f"standard receipt median {worst:.1f} ms vs target {TARGET_MS:.0f} ms: {verdict}")
    return 0  # a missed target is reported in the table; make bench goes on


if __name__ == "__main__":
    sys.exit(main())
