"""Every key a connector can end an item with (REVIEW or REJECTED) has staff wording.

The keys are read from the connectors' source (``offline_queue/connectors/*.py``): string
literals passed as ``error_key`` with ``Outcome.REVIEW``/``Outcome.REJECTED``, the SIP2
refusals (``_refused("sip2...")``), the Open311 review keys (``_undecided(..., review_key)``).
A key computed at run time is listed in :data:`DYNAMIC` with where its values come from: a
function's returned literals, or a documented family in ``deadletters.PATTERNS``. A new final
key, or a new computed one, fails here until it is worded.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.deadletters import DETAILS, PATTERNS, detail_of, explain
from offline_queue.outbox import Outbox
from offline_queue.sync import SyncWorker
from tests.offline_queue.conftest import ScriptedConnector

CONNECTORS = Path(__file__).resolve().parents[2] / "offline_queue" / "connectors"
FINAL = {"REVIEW", "REJECTED"}

# (file, error_key expression) -> where its values come from: ("returns", file, function) for
# the string literals a function returns, ("pattern", example) for a PATTERNS family
DYNAMIC: dict[tuple[str, str], list[tuple[str, str, str]]] = {
    ("gateway.py", "key"): [("pattern", "gateway.http_422", ""), ("pattern", "gateway.x", "")],
    ("media.py", "problem"): [("returns", "media.py", "photo_problem")],
    ("open311.py", "form"): [("returns", "open311.py", "build_form")],
    ("open311.py", "jpeg"): [
        ("returns", "media.py", "photo_bytes"),
        ("returns", "media.py", "photo_problem"),
    ],
    # MediaUploader.upload: photo_problem's keys or the gateway's (classify_response)
    ("open311.py", "uploaded.error_key or 'media.rejected'"): [
        ("returns", "media.py", "photo_problem"),
        ("pattern", "gateway.payload_too_large", ""),
    ],
    ("open311.py", "f'open311.http_{status}'"): [("pattern", "open311.http_403", "")],
    ("open311.py", "review_key"): [],  # the literals passed to _undecided (collected)
    ("sip2.py", "key"): [],  # _refused(key, ...): the literals passed to it (collected)
    ("sip2.py", "exc.key"): [("pattern", "sip2.renew_unsupported", "")],
}


def _calls(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            yield (f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")), node


def _strings(node: ast.AST) -> set[str]:
    """Whole string literals in an expression (an f-string's pieces are not keys)."""
    if isinstance(node, ast.JoinedStr):
        return set()
    return {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def _returned(file: str, function: str) -> set[str]:
    tree = ast.parse((CONNECTORS / file).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == function:
            return {
                r.value.value
                for r in ast.walk(node)
                if isinstance(r, ast.Return)
                and isinstance(r.value, ast.Constant)
                and isinstance(r.value.value, str)
            }
    raise AssertionError(f"{file}: no function {function}")


def final_keys() -> tuple[set[str], set[tuple[str, str]]]:
    """(literal keys, computed key expressions) of every REVIEW/REJECTED result."""
    literal: set[str] = set()
    computed: set[tuple[str, str]] = set()
    for path in sorted(CONNECTORS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, call in _calls(tree):
            if name == "SendResult" and call.args:
                first = call.args[0]
                if not (isinstance(first, ast.Attribute) and first.attr in FINAL):
                    continue
                keys = [kw.value for kw in call.keywords if kw.arg == "error_key"]
                keys += call.args[1:2]  # SendResult(outcome, error_key, ...)
                for value in keys:
                    if isinstance(value, ast.Constant):
                        literal.add(str(value.value))
                    else:
                        literal.update(_strings(value))
                        computed.add((path.name, ast.unparse(value)))
            elif name == "_refused" and call.args and isinstance(call.args[0], ast.Constant):
                literal.add(str(call.args[0].value))
            elif name == "_undecided" and len(call.args) >= 3:
                literal.update(_strings(call.args[2]))
    return literal, computed


def test_the_source_scan_sees_the_connectors_keys() -> None:
    literal, computed = final_keys()
    assert len(literal) >= 25  # the scan really read the connectors
    assert {"open311.review_marker_not_listed", "sip2.renew_refused", "gateway.bad_payload"} <= (
        literal
    )
    assert ("open311.py", "f'open311.http_{status}'") in computed


def test_every_review_or_rejected_key_has_staff_wording() -> None:
    literal, computed = final_keys()
    unknown = sorted(computed - DYNAMIC.keys())
    assert not unknown, f"computed keys with no documented source: {unknown}"
    keys = set(literal)
    examples: set[str] = set()
    for site in computed:
        for source, a, b in DYNAMIC[site]:
            if source == "returns":
                keys |= _returned(a, b)
            else:
                examples.add(a)
    missing = sorted(k for k in keys if detail_of(k) is None)
    assert not missing, f"keys without staff wording in offline_queue/deadletters.py: {missing}"
    for example in examples:  # each family is really a documented pattern
        assert example not in DETAILS and detail_of(example), example
    assert {"media.too_large", "media.not_jpeg", "open311.no_location"} <= keys


def test_patterns_word_the_part_the_back_end_gave() -> None:
    assert detail_of("open311.http_403") == "the Open311 server answered HTTP 403"
    assert detail_of("gateway.http_422") == "the city gateway answered HTTP 422"
    assert detail_of("gateway.card_declined") == (
        "the city gateway refused it (its problem code 'card_declined')"
    )
    assert detail_of("sip2.patron_status_unsupported") == (
        "the library system does not take this message (patron_status)"
    )
    assert detail_of("sip2._unsupported") is None  # nothing between prefix and suffix
    assert detail_of("somebody.else") is None
    assert all(wording.count("{rest}") == 1 for _, _, wording in PATTERNS)


@pytest.mark.parametrize(
    ("result", "text"),
    [
        (
            SendResult(Outcome.REVIEW, "open311.review_marker_not_listed"),
            "needs review: " + DETAILS["open311.review_marker_not_listed"],
        ),
        (
            SendResult(Outcome.REJECTED, "open311.no_location"),
            "refused by the back end (open311.no_location): the queued report has no location;"
            " nothing was applied",
        ),
        (
            SendResult(Outcome.REJECTED, "vendor.whatever"),
            "refused by the back end (vendor.whatever): no reason the kiosk knows;"
            " nothing was applied",
        ),
    ],
)
def test_staff_see_the_wording_of_a_dead_item(
    outbox: Outbox, result: SendResult, text: str
) -> None:
    conn = ScriptedConnector("gw")
    conn.script.append(result)
    e = outbox.enqueue(backend="gw", kind="k", payload={}, max_attempts=1)
    assert SyncWorker(outbox, {"gw": conn}).drain(5)
    item = outbox.find(e.reference)
    assert item.state == "dead" and explain(item).text == text
