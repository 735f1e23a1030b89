"""QR and 1-D barcode scanning with zxing-cpp on downscaled frames, in a worker thread.

The worker takes the grabber's newest frame at most ``rate_hz`` times a second and cycles
through three cheap passes, each about 10 ms or less on a 1280×720 frame (bench/camera.py):

* the whole frame downscaled to ``max_side`` (codes anywhere in view);
* the centre ``roi`` at full resolution, rotations tried (small codes held up to the camera,
  vertical 1-D barcodes);
* the whole frame at full resolution, 1-D symbologies only, no rotations (thin bars away
  from the centre).

A code is reported once it was decoded ``confirmations`` times within a few passes, and
the same text is not reported again for ``repeat_after`` seconds. The scanner only returns text:
it never opens, follows or executes anything. Validation is the core's job
(:mod:`kiosk.camera.scan_payloads`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from drivers.camera.grabber import CameraGrabber
from drivers.camera.source import Image

logger = logging.getLogger(__name__)

#: Codes the kiosk reads: QR for slips, tickets and receipts; common 1-D symbologies for bills
#: and library cards.
DEFAULT_FORMATS = (
    zxingcpp.BarcodeFormat.QRCode
    | zxingcpp.BarcodeFormat.MicroQRCode
    | zxingcpp.BarcodeFormat.Codabar
    | zxingcpp.BarcodeFormat.Code39
    | zxingcpp.BarcodeFormat.Code128
    | zxingcpp.BarcodeFormat.ITF
    | zxingcpp.BarcodeFormat.EAN13
    | zxingcpp.BarcodeFormat.EAN8
    | zxingcpp.BarcodeFormat.UPCA
    | zxingcpp.BarcodeFormat.DataMatrix
)

#: The 1-D subset, for the full-resolution pass (QR codes are found by the downscaled one).
LINEAR_FORMATS = (
    zxingcpp.BarcodeFormat.Codabar
    | zxingcpp.BarcodeFormat.Code39
    | zxingcpp.BarcodeFormat.Code128
    | zxingcpp.BarcodeFormat.ITF
    | zxingcpp.BarcodeFormat.EAN13
    | zxingcpp.BarcodeFormat.EAN8
    | zxingcpp.BarcodeFormat.UPCA
)

#: Longest text we hand on; anything longer is not one of our payloads.
MAX_TEXT = 1024


@dataclass(frozen=True, slots=True)
class DecodedCode:
    """One decoded symbol: zxing format name (``QRCode``, ``Codabar``…), text, corners in frame
    pixel coordinates (top-left, top-right, bottom-right, bottom-left)."""

    format: str
    text: str
    corners: tuple[tuple[int, int], ...]


def _to_gray(image: Image) -> Image:
    if image.ndim == 3:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    return image


def _read(
    gray: Image,
    scale: float,
    offset: tuple[int, int],
    *,
    rotate: bool,
    formats: object,
    downscale: bool = True,
) -> list[DecodedCode]:
    found = zxingcpp.read_barcodes(
        gray, formats=formats, try_rotate=rotate, try_downscale=downscale, is_pure=False
    )
    out = []
    for barcode in found:
        text = barcode.text
        if not text or len(text) > MAX_TEXT:
            continue
        pos = barcode.position
        corners = tuple(
            (round(pt.x / scale) + offset[0], round(pt.y / scale) + offset[1])
            for pt in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
        )
        out.append(DecodedCode(barcode.format.name, text, corners))
    return out


def decode_full(
    image: Image, *, max_side: int = 960, rotate: bool = False, formats: object = DEFAULT_FORMATS
) -> list[DecodedCode]:
    """Decode the whole frame, downscaled so its longer side is at most ``max_side``."""
    gray = _to_gray(image)
    h, w = gray.shape[:2]
    scale = min(1.0, max_side / max(h, w))
    if scale < 1.0:
        size = (round(w * scale), round(h * scale))
        gray = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    return _read(gray, scale, (0, 0), rotate=rotate, formats=formats)


def decode_linear_full_res(image: Image) -> list[DecodedCode]:
    """1-D symbologies on the whole frame at full resolution (thin bars survive), no rotations."""
    return _read(
        _to_gray(image), 1.0, (0, 0), rotate=False, formats=LINEAR_FORMATS, downscale=False
    )


def decode_centre(
    image: Image, *, roi: tuple[int, int] = (640, 480), formats: object = DEFAULT_FORMATS
) -> list[DecodedCode]:
    """Decode the centre ``roi`` (width, height) at full resolution, rotations included."""
    gray = _to_gray(image)
    h, w = gray.shape[:2]
    rw, rh = min(roi[0], w), min(roi[1], h)
    x0, y0 = (w - rw) // 2, (h - rh) // 2
    crop = np.ascontiguousarray(gray[y0 : y0 + rh, x0 : x0 + rw])
    # no extra downscaled scans: large codes are the downscaled full-frame pass's job
    return _read(crop, 1.0, (x0, y0), rotate=True, formats=formats, downscale=False)


PASS_COUNT = 3


def scan_pass(
    image: Image, index: int, *, max_side: int = 960, roi: tuple[int, int] = (640, 480)
) -> list[DecodedCode]:
    """Run pass ``index % PASS_COUNT`` of the worker's cycle on one frame."""
    which = index % PASS_COUNT
    if which == 0:
        return decode_full(image, max_side=max_side)
    if which == 1:
        return decode_centre(image, roi=roi)
    return decode_linear_full_res(image)


def decode_codes(image: Image, *, max_side: int = 960) -> list[DecodedCode]:
    """All passes, duplicates removed (for one-off use such as diagnostics and tests)."""
    seen: dict[tuple[str, str], DecodedCode] = {}
    for i in range(PASS_COUNT):
        for code in scan_pass(image, i, max_side=max_side):
            seen.setdefault((code.format, code.text), code)
    return list(seen.values())


CodeCallback = Callable[[DecodedCode], None]


class Debouncer:
    """Reports a code after ``confirmations`` sightings within the last ``window`` passes and
    ``max_age`` seconds; suppresses repeats of the same text for ``repeat_after`` seconds after
    it was last seen. Pure logic with an injected clock."""

    def __init__(
        self,
        confirmations: int = 2,
        window: int = 6,
        repeat_after: float = 3.0,
        max_age: float = 1.5,
    ) -> None:
        self._confirmations = confirmations
        self._window = window
        self._repeat_after = repeat_after
        self._max_age = max_age
        self._history: list[tuple[float, set[tuple[str, str]]]] = []
        self._reported: dict[tuple[str, str], float] = {}

    def feed(self, codes: list[DecodedCode], now: float) -> list[DecodedCode]:
        keys = {(c.format, c.text): c for c in codes}
        self._history.append((now, set(keys)))
        del self._history[: -self._window]
        recent = [seen for t, seen in self._history if now - t <= self._max_age]
        self._reported = {
            k: t for k, t in self._reported.items() if now - t < self._repeat_after or k in keys
        }
        out = []
        for key, code in keys.items():
            seen = sum(1 for h in recent if key in h)
            if seen >= self._confirmations and key not in self._reported:
                self._reported[key] = now
                out.append(code)
            elif key in self._reported:
                self._reported[key] = now  # still in view: keep suppressing
        return out

    def reset(self) -> None:
        self._history.clear()
        self._reported.clear()


class CodeScanner:
    """Worker thread scanning the grabber's newest frame; calls ``on_code`` on that thread."""

    def __init__(
        self,
        grabber: CameraGrabber,
        on_code: CodeCallback,
        *,
        rate_hz: float = 8.0,
        max_side: int = 960,
        roi: tuple[int, int] = (640, 480),
        debouncer: Debouncer | None = None,
    ) -> None:
        self._grabber = grabber
        self._on_code = on_code
        self._interval = 1.0 / rate_hz
        self._max_side = max_side
        self._roi = roi
        self._debouncer = debouncer or Debouncer()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.passes = 0
        self.decode_seconds = 0.0  # total time inside zxing (for the bench)

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("scanner already started")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="code-scanner", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None
        self._debouncer.reset()

    def __enter__(self) -> CodeScanner:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self) -> None:
        last_seq = 0
        while not self._stop.is_set():
            started = time.monotonic()
            frame = self._grabber.wait_frame(last_seq, timeout=0.5)
            if frame is None:
                continue
            last_seq = frame.seq
            t0 = time.perf_counter()
            codes = scan_pass(frame.image, self.passes, max_side=self._max_side, roi=self._roi)
            self.decode_seconds += time.perf_counter() - t0
            self.passes += 1
            for code in self._debouncer.feed(codes, time.monotonic()):
                logger.debug("code decoded: %s", code.format)  # never the text
                self._on_code(code)
            rest = self._interval - (time.monotonic() - started)
            if rest > 0 and self._stop.wait(rest):
                break
