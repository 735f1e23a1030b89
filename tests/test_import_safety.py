"""Modules are imported from two threads at once (the GUI thread and the core-start thread
import lazily, after the first frame), so no package may import itself through its own
``__init__``: a submodule doing ``from pkg import sibling`` while another thread runs
``pkg/__init__.py`` (which imports that submodule) is an import-lock cycle, and Python then
hands one thread a partially initialised module (ImportError, seen as a crash at shutdown)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("civic", "kiosk", "drivers", "ui", "offline_queue", "provisioning", "citysim")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    """Top-level ``from … import`` statements, not those under ``if TYPE_CHECKING:``."""
    found: list[ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append(node)
    return found


def _eager(package: str) -> bool:
    """The package's ``__init__`` imports its own submodules when it is imported."""
    init = ROOT.joinpath(*package.split("."), "__init__.py")
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return any(n.module.startswith(f"{package}.") for n in _runtime_imports(tree) if n.module)


def test_no_submodule_imports_its_own_package() -> None:
    offenders: list[str] = []
    for top in PACKAGES:
        for path in sorted((ROOT / top).rglob("*.py")):
            if path.name in ("__init__.py", "__main__.py"):
                continue
            name = _module_name(path)
            ancestors = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in _runtime_imports(tree):
                if node.module in ancestors and _eager(node.module):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.module}")
    assert offenders == [], "import siblings by their full name: " + ", ".join(offenders)
