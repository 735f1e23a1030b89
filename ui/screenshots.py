"""Screenshots of every screen: ``python -m ui.screenshots OUTDIR`` (``make screens``).

Renders every screen, registered service, overlay and keyboard variant (the same enumeration
as the accessibility walk, :mod:`ui.a11y_walk.walk`, plus an assisted home screen) at 1080×1920
(portrait kiosk) and 1920×1080 (landscape), in English with the standard look and in Arabic
with large text and high
contrast, into ``OUTDIR/<size>-<variant>/<view>.png``. Runs offscreen; the core is built but
not started (no devices, no back ends), as nothing on these screens needs it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
VARIANTS = {
    "en": ("en", {"large_text": False, "high_contrast": False}),
    "ar-large-contrast": ("ar", {"large_text": True, "high_contrast": True}),
}


def render(out_dir: Path, *, dpi: float = 120.0) -> list[Path]:
    """Write every screenshot; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.config import load_demo_config
    from kiosk.runtime.app import build_core
    from kiosk.session.controller import SessionController
    from kiosk.session.machine import Identity, Role
    from ui.a11y_walk.walk import prepare, settle, views
    from ui.i18n import Translations
    from ui.i18n.build import ensure_compiled
    from ui.inclusion import Inclusion
    from ui.main_window import MainWindow

    ensure_compiled()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        config = load_demo_config(Path(data))
        core = build_core(config)
        controller = SessionController(core.session)
        translations = Translations(app)
        translations.switch(config.languages.default)
        controller.language_changed.connect(translations.switch)
        window = MainWindow(config, controller, dpi=dpi)
        inclusion = Inclusion(window)
        window.show()
        try:
            controller.start()
            controller.choose_language("en")
            controller.sign_in(Identity(Role.GUEST))
            for size_name, (width, height) in SIZES.items():
                window.resize(width, height)
                for variant, (language, preferences) in VARIANTS.items():
                    for name, value in preferences.items():
                        controller.set_preference(name, value)
                    controller.set_language(language)
                    settle()
                    prepare(window, helper=False)
                    folder = out_dir / f"{size_name}-{variant}"
                    folder.mkdir(parents=True, exist_ok=True)
                    shown = views(window, inclusion)
                    for view in shown:
                        if view.show() is False:  # does not apply (no field to type in)
                            view.hide()
                            continue
                        settle()
                        path = folder / f"{view.name.replace(':', '-')}.png"
                        window.grab().save(str(path))
                        written.append(path)
                        view.hide()
                    for view in shown:
                        view.release()
                    # an assisted session: "Helped by staff member …" on the home screen
                    prepare(window)
                    window.top_bar.set_session_visible(True)
                    window.stack.setCurrentWidget(window.home)
                    settle()
                    path = folder / "assisted-home.png"
                    window.grab().save(str(path))
                    written.append(path)
        finally:
            controller.stop()
            inclusion.dispose()
            window.allow_close = True
            window.close()
            core.close()
    return written


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m ui.screenshots",
        description="Screenshots of every screen at 1080x1920 and 1920x1080, English and "
        "Arabic with large text and high contrast.",
    )
    parser.add_argument("outdir", type=Path, help="where OUTDIR/<size>-<variant>/<view>.png go")
    outdir: Path = parser.parse_args(argv[1:]).outdir
    files = render(outdir)
    print(f"{len(files)} screenshots in {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
