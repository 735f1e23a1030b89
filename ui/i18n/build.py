"""The Qt Linguist workflow for the kiosk: ``python -m ui.i18n.build update|compile``.

``update`` (``make translations``) runs ``pyside6-lupdate`` over every Python source of ``ui/``
and ``kiosk/`` into the committed ``kiosk_<lang>.ts`` files (translators edit these in Qt
Linguist), regenerates the pseudo-locale ``xx`` from the English file, and compiles.

``compile`` runs ``pyside6-lrelease`` into ``kiosk_<lang>.qm`` beside them. ``.qm`` files are build
outputs (not committed): ``make run``, ``make test``, ``make unit`` and ``make screens`` compile
first, and :func:`ensure_compiled` compiles stale or missing files for tests and tools started
directly. ``compile`` never rewrites a ``.ts`` (a test run must not change committed sources).

The pseudo-locale ``xx`` (not offered to residents) makes every text about 40 % longer, marks
its ends with ``[`` ``]`` and wraps it in right-to-left marks: untranslated text, clipping and
bidi problems show at a glance.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("en", "es", "fr", "ar")
PSEUDO = "xx"
SOURCE_DIRS = ("ui", "kiosk")

_BIN = Path(sys.executable).parent


def ts_path(language: str) -> Path:
    return HERE / f"kiosk_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"kiosk_{language}.qm"


def _tool(name: str) -> str:
    candidate = _BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[Path]:
    files: list[Path] = []
    for directory in SOURCE_DIRS:
        files.extend(sorted((ROOT / directory).rglob("*.py")))
    return [f for f in files if "__pycache__" not in f.parts]


def update() -> None:
    """Extract every translatable text into the ``.ts`` files, then rebuild ``xx``."""
    files = [str(f.relative_to(ROOT)) for f in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    write_pseudo()


_ACCENTS = str.maketrans(
    "aceinouyACEINOUY",
    "åçéîñöüýÅÇÉÎÑÖÜÝ",
)
RLM = "\u200f"


def pseudo_text(text: str) -> str:
    """``Start %1`` → ``RLM[Šţåŕţ %1 ~~~~]RLM``: longer, accented, placeholders untouched."""
    out: list[str] = []
    index = 0
    while index < len(text):
        if (
            text[index] == "%"
            and index + 1 < len(text)
            and (text[index + 1].isdigit() or text[index + 1] == "n")
        ):
            out.append(text[index : index + 2])
            index += 2
            continue
        out.append(text[index].translate(_ACCENTS))
        index += 1
    # the padding comes in words, as longer words of a real language would: one unbreakable
    # run of 60 tildes made a long sentence wider than any screen (a word cannot wrap)
    length = max(2, round(len(text) * 0.4))
    padding = " ".join("~" * min(6, length - start) for start in range(0, length, 7))
    return f"{RLM}[{''.join(out)} {padding}]{RLM}"


def write_pseudo() -> None:
    """``kiosk_xx.ts`` from ``kiosk_en.ts``: every message translated by :func:`pseudo_text`."""
    tree = ET.parse(ts_path("en"))  # noqa: S314 (our own committed file, not untrusted input)
    root = tree.getroot()
    root.set("language", "en")  # plural rules of English; the file name says xx
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = pseudo_text(form)
        else:
            translation.text = pseudo_text(source)
    tree.write(ts_path(PSEUDO), encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    """``.ts`` → ``.qm`` for every language and the pseudo-locale."""
    if not ts_path(PSEUDO).exists():
        write_pseudo()
    for language in (*LANGUAGES, PSEUDO):
        # into a new file, then renamed over the old one: a running kiosk (or test) has the old
        # .qm memory-mapped by QTranslator, and rewriting it in place would crash that process
        target = qm_path(language)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            subprocess.run(
                [_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(partial)],
                check=True,
                capture_output=True,
            )
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)


def stale() -> bool:
    for language in (*LANGUAGES, PSEUDO):
        ts, qm = ts_path(language), qm_path(language)
        if not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime):
            return True
    return False


def ensure_compiled() -> None:
    """Compile when a ``.qm`` is missing or older than its ``.ts``."""
    if stale():
        compile_all()


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "compile"
    if command == "update":
        update()
        compile_all()
    elif command == "compile":
        compile_all()
    elif command == "pseudo":
        write_pseudo()
    else:
        print(f"usage: {argv[0]} update|compile|pseudo", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
