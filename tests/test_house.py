"""The package's shape: no import cycles, stages meet only through artifacts, the core stays
below batch/, and every package folder is installed. Imports are read with ``ast`` (module
level and inside functions; ``if TYPE_CHECKING:`` blocks are skipped: they never run)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "pipeline"
PACKAGE = "magpipe"
STAGES = ("extract", "repair", "split", "align")
CORE = ("artifacts", "config", "errors", "files", "serial", "text")


def _module_names() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its ``__init__``)."""
    names = {}
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join((PACKAGE, *parts))] = path
    return names


MODULES = _module_names()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk_running(tree: ast.AST):
    """Every node that runs: all of them but the bodies of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
            else:
                stack.append(child)


def _resolve(name: str) -> str | None:
    """The magpipe module ``name`` names: itself, or the nearest enclosing module."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(name: str, path: Path) -> set[str]:
    """The magpipe modules that module ``name`` imports (``from pkg import sub`` is ``sub``
    when ``sub`` is a module, else ``pkg``), with the packages whose ``__init__`` that runs."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _walk_running(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            if base.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    out = set()
    for target in filter(None, map(_resolve, found)):
        out.add(target)
        # importing a.b.c runs a.b's __init__ first, unless the importer is inside a.b
        parent = target.rpartition(".")[0]
        while parent and not (name == parent or name.startswith(parent + ".")):
            out.add(parent)
            parent = parent.rpartition(".")[0]
    return out - {name}


GRAPH = {name: imports_of(name, path) for name, path in MODULES.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle among magpipe modules, as a path of names; None when there is none."""
    state: dict[str, int] = {}          # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> list[str] | None:
        state[name] = 1
        path.append(name)
        for nxt in sorted(graph.get(name, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, path)
                if found:
                    return found
        path.pop()
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state:
            found = visit(name, [])
            if found:
                return found
    return None


def _top(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_reader_sees_imports_inside_functions_and_skips_type_checking(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text("from typing import TYPE_CHECKING\n"
                    "if TYPE_CHECKING:\n    from magpipe.batch import cache\n"
                    "def f():\n    from magpipe.text import english\n    import magpipe.errors\n",
                    encoding="utf-8")
    assert imports_of("magpipe.probe", path) == {"magpipe.text.english", "magpipe.text",
                                                  "magpipe.errors"}


def test_no_import_cycle_among_magpipe_modules():
    assert len(GRAPH) > 40                       # the package was found and read
    cycle = find_cycle(GRAPH)
    assert cycle is None, " -> ".join(cycle or [])


def test_a_cycle_through_a_package_init_is_found():
    # the cycle the lexicon once had: its __init__ imported candidates, whose import of
    # lexicon.model runs that __init__
    graph = {"m.lexicon": {"m.candidates"}, "m.candidates": {"m.lexicon.model", "m.lexicon"},
             "m.lexicon.model": set()}
    assert find_cycle(graph) == ["m.candidates", "m.lexicon", "m.candidates"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_stage_imports_another_stage():
    wrong = sorted(f"{name} imports {dep}" for name, deps in GRAPH.items() for dep in deps
                   if _top(name) in STAGES and _top(dep) in STAGES and _top(dep) != _top(name))
    assert not wrong, "stages meet only through artifacts:\n" + "\n".join(wrong)


def test_core_never_imports_batch():
    wrong = sorted(f"{name} imports {dep}" for name, deps in GRAPH.items() for dep in deps
                   if _top(name) in CORE and _top(dep) == "batch")
    assert not wrong, "\n".join(wrong)


def test_every_package_folder_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {p.parent for p in SOURCE.rglob("*.py") if "__pycache__" not in p.parts}
    without_init = sorted(str(f.relative_to(ROOT)) for f in folders
                          if not (f / "__init__.py").exists())
    assert not without_init, f"folders of modules without __init__.py: {without_init}"
    packages = {".".join((PACKAGE, *f.relative_to(SOURCE).parts)) for f in folders}
    assert not packages - listed, f"add to pyproject's packages: {sorted(packages - listed)}"
