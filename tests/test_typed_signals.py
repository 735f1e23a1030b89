"""Signals carry typed values (issue #17): no ``Signal(object)`` unpacked by an ``isinstance``.

A signal is declared with the class it carries and its slots take that class
(docs/architecture.md, "Signals carry typed values"). Built from the source: every
``Signal(...)`` assigned in a class body of the project's Qt packages, with ``object`` among its
arguments, must be one of the relays below, which carry results of any type.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kiosk", "ui")

CARRY_ANY = {
    # a service job's result (whatever its function returns) or the exception it raised
    ("ui/services/base.py", "_Relay", "finished"),
    # a diagnostics job's result: a report, a check, dead letters, a QR bundle or a text
    ("ui/screens/diagnostics.py", "_Relay", "finished"),
}


def object_signals() -> set[tuple[str, str, str]]:
    """(file, class, signal) of every class-level ``Signal(...)`` with ``object`` in it."""
    found: set[tuple[str, str, str]] = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.ClassDef):
                    continue
                for statement in node.body:
                    if not (
                        isinstance(statement, ast.Assign)
                        and isinstance(statement.value, ast.Call)
                        and isinstance(statement.value.func, ast.Name)
                        and statement.value.func.id == "Signal"
                    ):
                        continue
                    untyped = any(
                        isinstance(arg, ast.Name) and arg.id == "object"
                        for arg in statement.value.args
                    )
                    if untyped:
                        for target in statement.targets:
                            if isinstance(target, ast.Name):
                                file = path.relative_to(ROOT).as_posix()
                                found.add((file, node.name, target.id))
    return found


def test_signals_are_declared_with_the_type_they_carry() -> None:
    # equal, not a subset: a relay that no longer carries ``object`` leaves this list too
    assert object_signals() == CARRY_ANY
