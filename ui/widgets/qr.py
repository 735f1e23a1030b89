"""QR codes for the screen: the image (PNG bytes, safe to make on a worker thread) and its pixmap.

Used for the log export on the technician screen and the privacy notice's link.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def qr_png(data: bytes | str, *, robust: bool = False) -> bytes:
    """A QR code as PNG bytes; ``robust``: medium error correction (a short link that must scan
    from a screen at an angle) instead of low (as much data as fits)."""
    import qrcode

    level = qrcode.constants.ERROR_CORRECT_M if robust else qrcode.constants.ERROR_CORRECT_L
    code = qrcode.QRCode(error_correction=level, border=2)
    code.add_data(data)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()


def qr_pixmap(png: bytes, side: int) -> QPixmap:
    """The PNG scaled to ``side`` pixels with crisp modules (no smoothing: scanners need edges)."""
    return QPixmap.fromImage(QImage.fromData(png)).scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )
