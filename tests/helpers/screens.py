"""Render the kiosk window at the portrait and landscape kiosk sizes and run the accessibility
audit's checks on what is visible (clipping, containment, target sizes, accessible names).
``SERVICE_STEP_SCREENS=<dir>`` also saves the PNGs for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ui.a11y_walk.walk import check, settle

SIZES = ((1080, 1920), (1920, 1080))


def render_and_audit(window: QWidget, name: str) -> None:
    out = os.environ.get("SERVICE_STEP_SCREENS")
    original = window.size()
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        problems = check(window, name)  # type: ignore[arg-type]
        assert not problems, [str(p) for p in problems]
        image = window.grab()
        assert not image.isNull()
        if out:
            Path(out).mkdir(parents=True, exist_ok=True)
            image.save(str(Path(out) / f"{name}-{width}x{height}.png"))
    window.resize(original)
    QApplication.processEvents()
