"""A ratchet on the test files that boot a whole kiosk (issue #17).

A whole kiosk is a ``KioskApplication``: the window, the core, every bridge and the demo rig,
booted directly or through the fixtures that build one (``kiosk_app``, ``card_kiosk``,
``city_kiosk``, ``start_card_kiosk``, ``show_kiosk``, and the accessibility tests' ``kiosk``,
which wraps ``kiosk_app`` with the mock speech engine: counted as a ``kiosk: KioskApplication``
parameter). A test of one screen or one port does not
need it: service screens run on ``tests/helpers/service_stage.py`` (one screen on a started core),
ports are tested without Qt under ``tests/kiosk``. The count may go down, never up; lower
``CEILING`` when it drops.

History: 37 of 128 files when #17 was filed, 48 of 244 before the service stage, 32 of 247 after,
26 of 250 once the diagnostics, receipt, queued-answer, screens-doc and library-account tests
moved onto it (and the full-disk tests joined test_lockdown.py). Counting the accessibility
tests' ``kiosk`` fixture too (12 files the earlier pattern missed): 38 of 250; 35 of 252 once the
keypad layout, touch scrolling and service-message speech tests ran on widgets of their own; 32
of 256 once the stage had the on-screen keyboard under its screen (the typing and first-tap
tests of forms, the street report and feedback moved onto it).
"""

from __future__ import annotations

import re
from pathlib import Path

CEILING = 32

TESTS = Path(__file__).resolve().parent
BOOTS = re.compile(  # a name, not a module path (tests.helpers.city_kiosk holds TIMEOUT_MS too)
    r"(?<![./])\b(?:kiosk_app|card_kiosk|city_kiosk|start_card_kiosk)\b|"
    r"\bKioskApplication\(|\bshow_kiosk\(|\bkiosk: KioskApplication\b"
)


def booting_files(root: Path = TESTS) -> list[str]:
    return sorted(
        str(path.relative_to(root))
        for path in root.rglob("test_*.py")
        if path.name != Path(__file__).name and BOOTS.search(path.read_text(encoding="utf-8"))
    )


def test_no_more_test_files_boot_a_whole_kiosk() -> None:
    files = booting_files()
    assert len(files) <= CEILING, (
        f"{len(files)} test files boot a whole kiosk (at most {CEILING}): test one screen on "
        "the service stage or a port without Qt instead\n" + "\n".join(files)
    )


def test_the_count_sees_each_way_of_booting_one(tmp_path: Path) -> None:
    ways = {
        "test_a.py": "def test_x(kiosk_app): ...\n",
        "test_b.py": "def test_x(city_kiosk: CityKiosk): ...\n",
        "test_c.py": "app = KioskApplication(qapp, config, windowed=True)\n",
        "test_d.py": "kiosk = start_card_kiosk(qapp, config, qtbot)\n",
        "test_e.py": "def test_x(service_stage): ...\n",  # one screen: not a whole kiosk
        "test_f.py": "from tests.helpers.city_kiosk import TIMEOUT_MS\n",  # a module, no kiosk
        "test_g.py": "from tests.helpers.city_kiosk import city_kiosk\n",  # the fixture
        "test_h.py": "def test_x(qtbot, kiosk: KioskApplication): ...\n",  # accessibility's
        "helper.py": "def test_x(kiosk_app): ...\n",  # not a test file
    }
    for name, text in ways.items():
        (tmp_path / "sub" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "sub" / name).write_text(text, encoding="utf-8")
    assert booting_files(tmp_path) == [f"sub/test_{x}.py" for x in "abcdgh"]
