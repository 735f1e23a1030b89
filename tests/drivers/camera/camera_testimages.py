"""Deterministic test images: codes drawn by zxing-cpp's writer, placed, warped, degraded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

DATA = Path(__file__).resolve().parents[2] / "data" / "faces"
ASTRONAUT = DATA / "astronaut.jpg"

Img = npt.NDArray[Any]

FORMATS = {
    "QRCode": zxingcpp.BarcodeFormat.QRCode,
    "Codabar": zxingcpp.BarcodeFormat.Codabar,
    "Code128": zxingcpp.BarcodeFormat.Code128,
    "ITF": zxingcpp.BarcodeFormat.ITF,
}


def code_image(fmt: str, text: str, module_px: int = 4, bar_height: int = 80) -> Img:
    """A grey image of the symbol with a quiet zone, ``module_px`` pixels per module."""
    bitmap = np.array(zxingcpp.write_barcode(FORMATS[fmt], text, width=0, height=0))
    if fmt == "QRCode":
        img = np.kron(bitmap, np.ones((module_px, module_px), np.uint8))
    else:
        row = bitmap[:1]
        img = np.repeat(np.kron(row, np.ones((1, module_px), np.uint8)), bar_height, axis=0)
        img = cv2.copyMakeBorder(
            img, 0, 0, 10 * module_px, 10 * module_px, cv2.BORDER_CONSTANT, value=255
        )
    return cv2.copyMakeBorder(img, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)


def canvas(width: int = 1280, height: int = 720, value: int = 170) -> Img:
    rng = np.random.default_rng(7)
    base = np.full((height, width), value, np.uint8)
    noise = rng.integers(-12, 12, size=(height // 8, width // 8), dtype=np.int16)
    texture = cv2.resize(noise.astype(np.float32), (width, height))
    return np.clip(base + texture, 0, 255).astype(np.uint8)


def place(bg: Img, sym: Img, cx: int, cy: int, angle: float = 0.0) -> Img:
    """Paste ``sym`` centred at (cx, cy), rotated by ``angle`` degrees (white corners)."""
    out = bg.copy()
    if angle:
        h, w = sym.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        cos, sin = abs(m[0, 0]), abs(m[0, 1])
        nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
        m[0, 2] += nw / 2 - w / 2
        m[1, 2] += nh / 2 - h / 2
        sym = cv2.warpAffine(sym, m, (nw, nh), borderValue=255)
    h, w = sym.shape
    y0, x0 = cy - h // 2, cx - w // 2
    out[y0 : y0 + h, x0 : x0 + w] = sym
    return out


def bgr(gray: Img) -> Img:
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)


def scene_with(fmt: str, text: str, **kw) -> Img:
    module_px = kw.pop("module_px", 4)
    return bgr(
        place(
            canvas(), code_image(fmt, text, module_px), kw.pop("cx", 640), kw.pop("cy", 360), **kw
        )
    )


def write_video(path: Path, frames: list[Img], fps: float = 30.0, fourcc: str = "MJPG") -> None:
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*fourcc), fps, (w, h))
    assert writer.isOpened()
    for f in frames:
        writer.write(f if f.ndim == 3 else bgr(f))
    writer.release()


def astronaut() -> Img:
    img = cv2.imread(str(ASTRONAUT), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def synthetic_face(h: int = 480, w: int = 640, cx: int = 320, cy: int = 230, s: float = 1.0) -> Img:
    """A drawn face (hair, shaded skin, brows, eyes, nose, mouth) the Haar cascade detects."""
    img = (np.linspace(170, 220, w)[None, :] * np.ones((h, 1))).astype(np.uint8)
    fw, fh = int(90 * s), int(120 * s)
    cv2.ellipse(img, (cx, cy - int(30 * s)), (int(100 * s), int(110 * s)), 0, 180, 360, 40, -1)
    mask = np.zeros_like(img)
    cv2.ellipse(mask, (cx, cy), (fw, fh), 0, 0, 360, 255, -1)
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 190 - 0.25 * np.abs(xx - cx) / s - 0.1 * np.maximum(0, yy - cy) / s
    img = np.where(mask > 0, shade.clip(0, 255).astype(np.uint8), img)
    for dx in (-1, 1):
        ex, ey = cx + dx * int(38 * s), cy - int(28 * s)
        cv2.ellipse(img, (ex, ey - int(18 * s)), (int(26 * s), int(6 * s)), 0, 0, 360, 50, -1)
        cv2.ellipse(img, (ex, ey), (int(22 * s), int(11 * s)), 0, 0, 360, 235, -1)
        cv2.circle(img, (ex, ey), int(9 * s), 40, -1)
    pts = np.array(
        [
            [cx, cy - int(10 * s)],
            [cx - int(14 * s), cy + int(30 * s)],
            [cx + int(14 * s), cy + int(30 * s)],
        ]
    )
    cv2.fillPoly(img, [pts], 150)
    cv2.ellipse(img, (cx, cy + int(30 * s)), (int(16 * s), int(6 * s)), 0, 0, 360, 110, -1)
    cv2.ellipse(img, (cx, cy + int(62 * s)), (int(32 * s), int(10 * s)), 0, 0, 360, 80, -1)
    return bgr(cv2.GaussianBlur(img, (0, 0), 2 * s))


def face_scene(face_frac: float, cx: int = 640, cy: int = 324, w: int = 1280, h: int = 720) -> Img:
    """The astronaut scaled so her face box is ``face_frac`` of the frame height, its centre at
    (cx, cy), on a plain light background."""
    im = astronaut()
    size = int(h * face_frac / (96 / 512))
    sm = cv2.resize(im, (size, size), interpolation=cv2.INTER_AREA)
    out = np.full((h, w, 3), 200, np.uint8)
    fx, fy = int(225 / 512 * size), int(114 / 512 * size)
    x0, y0 = cx - fx, cy - fy
    sx0, sy0, dx0, dy0 = max(0, -x0), max(0, -y0), max(0, x0), max(0, y0)
    cw, ch = min(size - sx0, w - dx0), min(size - sy0, h - dy0)
    out[dy0 : dy0 + ch, dx0 : dx0 + cw] = sm[sy0 : sy0 + ch, sx0 : sx0 + cw]
    return out
