"""zxing-cpp decoding on generated frames and a generated video; debounce; the scan worker."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.camera.grabber import CameraGrabber
from drivers.camera.scanner import (
    CodeScanner,
    Debouncer,
    DecodedCode,
    decode_centre,
    decode_codes,
    decode_full,
)
from kiosk.camera.scan_payloads import (
    BillSlip,
    LibraryCard,
    PayloadRejected,
    make_bill_barcode,
    make_bill_slip,
    make_library_card,
    parse_scan,
)
from tests.drivers.camera.camera_testimages import (
    bgr,
    canvas,
    code_image,
    place,
    scene_with,
    write_video,
)

SLIP = make_bill_slip("12345678", "WTR-2026-0042", 12550, dt.date(2026, 12, 31))
CARD = make_library_card("0417", "00012345")
BILL = make_bill_barcode("12345678", "004211", 12550)


def texts(codes: list[DecodedCode]) -> set[str]:
    return {c.text for c in codes}


def test_clean_qr_full_frame_pass() -> None:
    frame = scene_with("QRCode", SLIP, module_px=5)
    codes = decode_full(frame)
    assert texts(codes) == {SLIP}
    code = codes[0]
    assert code.format == "QRCode"
    xs = [x for x, _ in code.corners]
    assert 450 < min(xs) < max(xs) < 830  # corners in frame coordinates
    assert isinstance(parse_scan(code.text, code.format), BillSlip)


@pytest.mark.parametrize(
    "degrade",
    [
        pytest.param(lambda f: f, id="clean"),
        pytest.param(lambda f: cv2.GaussianBlur(f, (0, 0), 1.5), id="blur1.5"),
        pytest.param(lambda f: (f * 0.35).astype(np.uint8), id="dark"),
        pytest.param(
            lambda f: np.clip(f + np.random.default_rng(1).normal(0, 20, f.shape), 0, 255).astype(
                np.uint8
            ),
            id="noise20",
        ),
    ],
)
def test_degraded_qr(degrade) -> None:
    frame = degrade(scene_with("QRCode", SLIP, module_px=6))
    assert SLIP in texts(decode_codes(frame))


def test_heavily_blurred_larger_qr() -> None:
    frame = np.asarray(
        cv2.GaussianBlur(scene_with("QRCode", SLIP, module_px=8), (0, 0), 3), np.uint8
    )
    assert SLIP in texts(decode_codes(frame))


def test_rotated_qr() -> None:
    frame = scene_with("QRCode", SLIP, module_px=5, angle=30)
    assert SLIP in texts(decode_codes(frame))


def test_perspective_qr() -> None:
    frame = scene_with("QRCode", SLIP, module_px=6)
    src = np.array([[0, 0], [1280, 0], [1280, 720], [0, 720]], np.float32)
    dst = np.array([[120, 40], [1160, 0], [1280, 720], [0, 650]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = np.asarray(cv2.warpPerspective(frame, matrix, (1280, 720)), np.uint8)
    assert SLIP in texts(decode_codes(warped))


def test_small_qr_needs_the_centre_pass() -> None:
    # ~3 px per module at 1280x720: too small after downscaling, fine at full resolution.
    sym = code_image("QRCode", SLIP, module_px=3)
    frame = bgr(
        place(
            canvas(), cv2.resize(sym, None, fx=0.9, fy=0.9, interpolation=cv2.INTER_AREA), 640, 360
        )
    )
    assert SLIP in texts(decode_centre(frame))
    assert SLIP in texts(decode_codes(frame))


def test_one_d_codes_and_vertical() -> None:
    cod = code_image("Codabar", "A" + CARD + "B", module_px=3)
    itf = code_image("ITF", BILL, module_px=3)
    frame = place(place(canvas(), cod, 400, 200), itf, 800, 520)
    found = {(c.format, c.text) for c in decode_codes(bgr(frame))}
    assert ("Codabar", "A" + CARD + "B") in found
    assert ("ITF", BILL) in found
    card = parse_scan("A" + CARD + "B", "Codabar")
    assert isinstance(card, LibraryCard) and card.number == CARD
    vertical = bgr(place(canvas(), code_image("Code128", BILL, module_px=2), 640, 360, angle=90))
    assert BILL in texts(decode_centre(vertical))


def test_several_codes_in_one_frame() -> None:
    qr1 = code_image("QRCode", SLIP, 4)
    qr2 = code_image("QRCode", "ECR1:K7Q2-M9P4:ABCDE-FGHIJ", 4)
    frame = bgr(place(place(canvas(), qr1, 320, 360), qr2, 960, 360))
    assert texts(decode_codes(frame)) == {SLIP, "ECR1:K7Q2-M9P4:ABCDE-FGHIJ"}


@pytest.mark.parametrize(
    ("payload", "key"),
    [
        ("https://evil.example/pay?x=1", "scan.link_not_accepted"),
        ("javascript:alert(1)", "scan.link_not_accepted"),
        ("WIFI:S:free;T:nopass;;", "scan.link_not_accepted"),
        ("hello world", "scan.unknown_format"),
        (SLIP[:-2] + "00" if not SLIP.endswith("00") else SLIP[:-2] + "01", "scan.bad_check"),
    ],
)
def test_garbage_payloads_decode_but_are_rejected(payload: str, key: str) -> None:
    frame = scene_with("QRCode", payload, module_px=5)
    codes = decode_codes(frame)
    assert texts(codes) == {payload}  # decoded faithfully, then refused by the core
    with pytest.raises(PayloadRejected) as info:
        parse_scan(codes[0].text, codes[0].format)
    assert info.value.key == key


def test_no_code() -> None:
    assert decode_codes(bgr(canvas())) == []


def test_debouncer_confirms_and_suppresses_repeats() -> None:
    code = DecodedCode("QRCode", SLIP, ())
    d = Debouncer(confirmations=2, window=4, repeat_after=3.0, max_age=1.0)
    assert d.feed([code], 0.0) == []
    assert d.feed([], 0.1) == []  # the other pass missed it
    assert d.feed([code], 0.2) == [code]
    assert d.feed([code], 0.3) == []  # still in view
    assert d.feed([], 2.0) == []
    assert d.feed([], 5.0) == []
    assert d.feed([code], 6.5) == []  # needs confirming again
    assert d.feed([code], 6.6) == [code]


def test_scanner_worker_on_video(tmp_path: Path) -> None:
    # 1280x720 MJPG video: two seconds of background, then a slip moving across the view.
    bg = canvas()
    sym = code_image("QRCode", SLIP, 5)
    frames = [bgr(bg)] * 10 + [bgr(place(bg, sym, 300 + 20 * i, 360)) for i in range(30)]
    path = tmp_path / "scan.avi"
    write_video(path, frames, fps=30)
    got: list[DecodedCode] = []
    done = threading.Event()

    def on_code(code: DecodedCode) -> None:
        got.append(code)
        done.set()

    with (
        CameraGrabber(f"file:{path}") as grabber,
        CodeScanner(grabber, on_code, rate_hz=30) as scanner,
    ):
        assert done.wait(10)
        time.sleep(0)  # nothing more to wait for: the event is the condition
    assert got[0].text == SLIP
    assert len([c for c in got if c.text == SLIP]) == 1  # reported once while in view
    assert scanner.passes >= 2
