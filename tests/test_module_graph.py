"""No import cycles (issue #17): the project's module graph, built from the source, is acyclic.

The graph has one node per module of the project's packages and an edge for every import of
another project module wherever it is written: at module level, inside a function (a lazy
import still runs, later) and under ``if TYPE_CHECKING:`` (the type checker follows it, and a
reader must know the other module to read this one). Relative imports are resolved.
``import a.b.c`` is an edge to ``a.b.c``; ``from a.b import c`` is an edge to ``a.b`` (its
``__init__`` runs) and, when ``a.b.c`` is a module, to ``a.b.c`` too. Importing ``a.b.c`` runs
the ``__init__`` of ``a`` and ``a.b`` first, so they get an edge as well, unless they are the
importing module's own packages (those are already being imported when it runs; ``from a.b
import c`` inside ``a.b`` still is an edge to ``a.b``). A name that is not a project module
(``import PySide6``) is no edge. Imports by string (``importlib``, the lazy
command table of ``kiosk/cli.py``) are not seen.

Function-level imports are many (over 200) and most are there to keep start-up cheap, to load
an optional heavy dependency only when used, or to keep a process entry point thin: too many to
justify one by one. The rule is therefore that no import, at function level or not, closes a
cycle, which :func:`test_the_module_graph_is_acyclic` checks (docs/architecture.md, "No import
cycles").
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("civic", "kiosk", "drivers", "ui", "offline_queue", "provisioning", "citysim")


@dataclass(frozen=True)
class Import:
    """One import of a project module by another."""

    source: str
    target: str
    line: int
    where: str  # "module", "function" or "type_checking"

    def __str__(self) -> str:
        return f"{self.source} -> {self.target} (line {self.line}, {self.where})"


def project_modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the project's packages."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(tree: ast.Module) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    """Every import statement of a module, with where it is written."""

    def walk(node: ast.AST, where: str) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child, where
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                yield from walk(child, "function")
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                inner = "type_checking" if where == "module" else where
                for statement in child.body:
                    yield from walk(ast.Module(body=[statement], type_ignores=[]), inner)
                for statement in child.orelse:
                    yield from walk(ast.Module(body=[statement], type_ignores=[]), where)
            else:
                yield from walk(child, where)

    yield from walk(tree, "module")


def imports_of(name: str, path: Path, modules: Set[str]) -> list[Import]:
    """The imports of project modules written in module ``name`` (at ``path``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def resolve(dotted: str) -> str | None:
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    found: list[Import] = []
    for node, where in _statements(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str | None] = []
        if isinstance(node, ast.Import):
            targets = [resolve(alias.name) for alias in node.names]
        else:
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            targets.append(resolve(origin))
            targets += [f"{origin}.{a.name}" for a in node.names if f"{origin}.{a.name}" in modules]
        # importing a.b.c runs a and a.b first: edges to them too, unless they are this
        # module's own packages (already being imported when this module runs)
        ancestors = [
            ".".join(t.split(".")[:n]) for t in targets if t for n in range(1, t.count(".") + 1)
        ]
        own = {".".join(name.split(".")[:n]) for n in range(1, name.count(".") + 1)}
        targets += [a for a in ancestors if a in modules and a not in own]
        for target in dict.fromkeys(targets):
            if target is not None and target != name:
                found.append(Import(name, target, node.lineno, where))
    return found


def all_imports() -> list[Import]:
    modules = project_modules()
    return [i for name, path in modules.items() for i in imports_of(name, path, set(modules))]


def cycles(edges: Mapping[str, Set[str]]) -> list[frozenset[str]]:
    """Tarjan's strongly connected components with more than one module (iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(edges.get(successor, ())))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: set[str] = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(frozenset(component))
    return found


def graph(imports: list[Import]) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {name: set() for name in project_modules()}
    for found in imports:
        edges[found.source].add(found.target)
    return edges


def test_the_module_graph_is_acyclic() -> None:
    imports = all_imports()
    components = cycles(graph(imports))

    def describe(component: frozenset[str]) -> str:
        inner = [str(i) for i in imports if i.source in component and i.target in component]
        return f"{len(component)} modules:\n  " + "\n  ".join(inner)

    assert components == [], "import cycles:\n" + "\n".join(describe(c) for c in components)


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    """The graph builder on a small package: relative, function-level and TYPE_CHECKING
    imports are edges, ``from pkg import module`` is an edge to both, the packages a target is
    in are edges unless they are the importer's own, and a cycle is found."""
    source = """
from __future__ import annotations
import typing
from typing import TYPE_CHECKING
from . import sibling
from .. import top_level
import kiosk.identity.trust
if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore
if typing.TYPE_CHECKING:
    import kiosk.config
def later() -> None:
    from kiosk.identity import sign_in
    import PySide6
"""
    path = tmp_path / "a" / "b" / "c.py"
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    modules = {
        "a",
        "a.top_level",
        "a.b",
        "a.b.c",
        "a.b.sibling",
        "kiosk",
        "kiosk.runtime.app",
        "kiosk.config",
        "kiosk.identity",
        "kiosk.identity.sign_in",
        "kiosk.identity.trust",
    }
    found = {(i.target, i.where) for i in imports_of("a.b.c", path, modules)}
    assert found == {
        ("a.b", "module"),
        ("a.b.sibling", "module"),
        ("a", "module"),
        ("a.top_level", "module"),
        ("kiosk.identity.trust", "module"),
        ("kiosk.identity", "module"),
        ("kiosk", "module"),
        ("kiosk.runtime.app", "type_checking"),
        ("kiosk", "type_checking"),
        ("kiosk.config", "type_checking"),
        ("kiosk", "function"),
        ("kiosk.identity", "function"),
        ("kiosk.identity.sign_in", "function"),
    }
    edges = {"a": {"a.b"}, "a.b": {"a.b.c"}, "a.b.c": {"a"}, "x": {"a"}, "y": {"y"}}
    assert cycles(edges) == [frozenset({"a", "a.b", "a.b.c"})]
