"""Hypothesis strategies for hostile JSON bodies: random documents, real bodies with one node
replaced, and raw texts no JSON encoder writes (``1e400``, nesting 100 000 deep, NaN, bad UTF-8).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", "en", "2026-13-45", "2026-12-04T10:00:00Z", "1e999", "\u202e", "\x00"]),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)

# text substitutions applied to a serialised body: values an encoder never writes
RAW_LITERALS = ["1e400", "-1e400", "NaN", "Infinity", "1" * 400, "[" * 2000, '"\\ud800"', "{}"]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _paths(child, (*prefix, index))
    return out


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {k: (_replace(v, rest, new) if k == head else v) for k, v in value.items()}
    return [(_replace(v, rest, new) if i == head else v) for i, v in enumerate(value)]


MARK = "__fuzz_raw_literal__"


@st.composite
def mutated(draw: st.DrawFn, seed: Any) -> bytes:
    """``seed`` (a parsed real body) with one to three nodes replaced, serialised; a replaced
    node may become a raw literal no encoder writes."""
    value = seed
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(value)))
        if draw(st.integers(0, 4)) == 0:
            value = _replace(value, path, MARK)
        else:
            value = _replace(value, path, draw(JSON_VALUES))
    text = json.dumps(value)
    if MARK in text:
        text = text.replace(json.dumps(MARK), draw(st.sampled_from(RAW_LITERALS)), 1)
        text = text.replace(json.dumps(MARK), "null")
    return text.encode()


# whole bodies no encoder writes, drawn by name (a 100 kB value must not be repr'd)
RAW_BODIES = {
    "deep-array": b"[" * 100_000,
    "deep-object": b'{"a":' * 50_000,
    "utf16-bom": b"\xff\xfe",
    "empty": b"",
    "null": b"null",
    "nan": b"NaN",
}


def bodies(seeds: list[Any]) -> st.SearchStrategy[bytes]:
    """Bodies for a parser whose real answers look like ``seeds``."""
    return st.one_of(
        st.sampled_from(seeds).flatmap(mutated),
        JSON_VALUES.map(lambda v: json.dumps(v).encode()),
        st.sampled_from(sorted(RAW_BODIES)).map(RAW_BODIES.__getitem__),
        st.binary(max_size=60),
    )


# header values http.server can send (latin-1, no line breaks)
ODD_HEADERS = [
    "²",
    "٣".encode().decode("latin-1"),
    "-1",
    "9" * 40,
    "Wed, 21 Oct 99999 07:28:00 GMT",
    "Fri, 31 Dec 1999 23:59:59 GMT",
    "0",
    "1.5",
    " 120 ",
]
HEADER_VALUES = st.one_of(
    st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=40),
    st.sampled_from(ODD_HEADERS),
)
