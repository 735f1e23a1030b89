"""Fuzz: the kiosk configuration file (``kiosk.config.load_config`` over arbitrary TOML text).

The shipped configurations seed the mutations (a value replaced by any TOML value: NUL
characters, nesting, huge numbers, inf/nan, dates, tables where strings belong), plus raw text.
Declared error: ``ConfigError`` (each problem a ``field: reason`` line), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import ConfigError, KioskConfig, load_config
from tests.fuzz.hostile_json import _paths, _replace
from tests.fuzz.profiles import fuzz_settings

REPO = Path(__file__).resolve().parents[2]
SEEDS = [
    tomllib.loads((REPO / "kiosk" / "resources" / "demo.toml").read_text(encoding="utf-8")),
    tomllib.loads((REPO / "config" / "example-site.toml").read_text(encoding="utf-8")),
]

TOML_SCALARS = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["~nosuchuser/x", "/tmp/a\x00b", "", "..", "demo", "production", "http://x"]),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 1, 1)),
    st.dates(),
)
TOML_VALUES = st.recursive(
    TOML_SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.from_regex(r"[a-z_]{1,10}", fullmatch=True), children, max_size=3),
    ),
    max_leaves=8,
)


def _key(key: str) -> str:
    return (
        key
        if key.replace("_", "").replace("-", "").isalnum() and key.isascii()
        else json.dumps(key)
    )


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def to_toml(document: dict[str, Any]) -> str:
    """A small TOML writer: top-level scalars, then one [table] per nested table."""
    lines: list[str] = []
    tables: list[tuple[str, dict[str, Any]]] = []
    for key, value in document.items():
        if isinstance(value, dict):
            tables.append((_key(key), value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    while tables:
        name, table = tables.pop(0)
        lines.append(f"[{name}]")
        for key, value in table.items():
            if (
                isinstance(value, dict)
                and value
                and all(isinstance(v, dict) for v in value.values())
            ):
                tables.append((f"{name}.{_key(key)}", value))
            else:
                lines.append(f"{_key(key)} = {_value(value)}")
    return "\n".join(lines) + "\n"


@st.composite
def config_texts(draw: st.DrawFn) -> str:
    document = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(document)[1:]))
        document = _replace(document, path, draw(TOML_VALUES))
    text = to_toml(document)
    if draw(st.integers(0, 5)) == 0:
        lines = text.splitlines()
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text(max_size=40)))
        text = "\n".join(lines)
    return text


RAW = st.sampled_from(
    ["x = " + "[" * 1000 + "]" * 1000, "a = {" * 600 + "}" * 600, "\x00", "[kiosk]\nid = 1e400"]
)


@fuzz_settings(scale=0.5)
@given(text=st.one_of(config_texts(), st.text(max_size=300), RAW))
def test_load_config(tmp_path_factory: Any, text: str) -> None:
    path = tmp_path_factory.mktemp("cfg") / "kiosk.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        config = load_config(path)
    except ConfigError as exc:
        assert exc.problems
        assert "Traceback" not in exc.text()
        return
    assert isinstance(config, KioskConfig)
    assert config.paths.data_dir.is_absolute()
