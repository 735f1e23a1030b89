"""The demo camera: an image folder whose one picture the Simulator window switches.

In demo mode the camera driver is "emulated" with source "demo": the composition root's demo
rig points the camera at ``<data dir>/demo-camera/`` (an image-folder source, decoded by real
OpenCV every frame) and the Simulator replaces ``current.png`` atomically to put something in
front of the lens: nothing, Amina's water bill (its payment-slip QR), a library card (Codabar
barcode) or a face. Codes are built with :mod:`kiosk.camera.scan_payloads` from the demo city's own
bill data, so what the kiosk reads is what the back end knows.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.camera.scan_payloads import make_bill_slip, make_library_card

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import zxingcpp

    Image = npt.NDArray[np.uint8]

# OpenCV, numpy and zxing are imported only when a picture with a code is drawn (from the
# Simulator), never while the demo starts: the kiosk's start-up path stays light.

logger = logging.getLogger(__name__)

SCENES = ("nothing", "bill_qr", "library_card", "face")
SCENE_LABELS = {
    "nothing": "Nothing in front of the camera",
    "bill_qr": "Amina's water bill (QR code)",
    "library_card": "A library card (barcode)",
    "face": "A face",
}
FRAME_SIZE = (1280, 720)  # width, height
CURRENT = "current.png"
FACE_IMAGE = Path(__file__).resolve().parents[2] / "tests" / "data" / "faces" / "astronaut.jpg"


@dataclass(frozen=True)
class DemoBill:
    """The bill printed on the demo paper (the demo city's BILL-1001)."""

    account_digits: str
    bill_id: str
    amount_cents: int
    due: dt.date


def _gray_png(width: int, height: int, value: int) -> bytes:
    """A plain gray PNG (pure Python: the empty scene needs no imaging library)."""
    row = b"\x00" + bytes([value]) * (width * 3)
    raw = zlib.compress(row * height, 6)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _background() -> Image:
    import numpy as np

    w, h = FRAME_SIZE
    ramp = np.linspace(70, 110, w, dtype=np.float32)
    frame = np.repeat(np.repeat(ramp[None, :, None], h, axis=0), 3, axis=2)
    return np.asarray(frame, dtype=np.uint8)


def _paste_code(frame: Image, code: Image, caption: str) -> Image:
    import cv2

    out = frame.copy()
    h, w = out.shape[:2]
    paper_w, paper_h = int(w * 0.45), int(h * 0.85)
    x0, y0 = (w - paper_w) // 2, (h - paper_h) // 2
    out[y0 : y0 + paper_h, x0 : x0 + paper_w] = 245
    gray = code if code.ndim == 2 else cv2.cvtColor(code, cv2.COLOR_BGR2GRAY)
    scale = min((paper_w - 80) / gray.shape[1], (paper_h - 160) / gray.shape[0])
    size = (max(1, int(gray.shape[1] * scale)), max(1, int(gray.shape[0] * scale)))
    resized = cv2.resize(gray, size, interpolation=cv2.INTER_NEAREST)
    cx, cy = x0 + (paper_w - size[0]) // 2, y0 + 110
    out[cy : cy + size[1], cx : cx + size[0]] = resized[:, :, None]
    cv2.putText(out, caption, (x0 + 30, y0 + 70), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (40, 40, 40), 2)
    return out


def _code_image(text: str, fmt: zxingcpp.BarcodeFormat) -> Image:
    import numpy as np
    import zxingcpp

    barcode = zxingcpp.create_barcode(text, fmt)
    image = np.asarray(zxingcpp.write_barcode_to_image(barcode, size_hint=600))
    return np.asarray(image, dtype=np.uint8)


def render_scene(name: str, bill: DemoBill, face_image: Path = FACE_IMAGE) -> Image:
    """The camera picture of one scene (BGR, :data:`FRAME_SIZE`)."""
    import cv2
    import zxingcpp

    frame = _background()
    if name == "nothing":
        return frame
    if name == "bill_qr":
        text = make_bill_slip(bill.account_digits, bill.bill_id, bill.amount_cents, bill.due)
        return _paste_code(frame, _code_image(text, zxingcpp.BarcodeFormat.QRCode), "Water bill")
    if name == "library_card":
        text = "A" + make_library_card("1001", "100") + "A"
        card = _code_image(text, zxingcpp.BarcodeFormat.Codabar)
        return _paste_code(frame, card, "Riverton Library")
    if name == "face":
        face = cv2.imread(str(face_image), cv2.IMREAD_COLOR)
        if face is None:
            logger.warning("demo camera: face picture missing")
            return frame
        w, h = FRAME_SIZE
        scale = h / face.shape[0]
        face = cv2.resize(face, (int(face.shape[1] * scale), h), interpolation=cv2.INTER_AREA)
        x0 = (w - face.shape[1]) // 2
        frame[:, x0 : x0 + face.shape[1]] = face[:, : w - x0]
        return frame
    raise ValueError(f"unknown demo camera scene {name!r}")


class DemoCameraScene:
    """Owns the demo camera folder; :meth:`show` swaps the picture the camera sees."""

    def __init__(self, folder: Path, bill: DemoBill) -> None:
        self.folder = folder
        self.bill = bill
        self.current = ""
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for stale in folder.glob("*.png"):
            stale.unlink()
        self.show("nothing")

    @property
    def source(self) -> str:
        """The camera source URI (an image folder, re-read every frame)."""
        return str(self.folder) + os.sep

    def show(self, name: str) -> None:
        if name == "nothing":
            data = _gray_png(*FRAME_SIZE, 90)
        else:
            import cv2

            ok, encoded = cv2.imencode(".png", render_scene(name, self.bill))
            if not ok:
                raise OSError("could not encode the demo camera picture")
            data = encoded.tobytes()
        tmp = self.folder / ".next.png.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, self.folder / CURRENT)
        self.current = name
        logger.info("demo camera shows: %s", name)
