"""Fingerprints of the code a stage runs, so a changed rule makes its cached output stale.

A stage's saved artifact depends on its input, its options, its data and its code. The
first three are in the cache key already (``cache.stage_key``); this module hashes the
source of the stage's module and of every ``pipeline`` module it imports, directly or
not. Only those: a developer tuning the align stage keeps the OCR output cached, while a
change to anything extract imports (the OCR wrapper, the page renderer) reruns extract.

Imports are read with :mod:`ast` from the source files, not from ``sys.modules``, so the
answer does not depend on what else the process imported.

Working the stages' fingerprints out costs a run's main process ~0.14 s of CPU (reading the
import statements of every module, the metadata of every installed distribution): a run
reads them back from a snapshot instead (``saved``, :mod:`magpipe.snapshots`), named by the
package's source (any edit makes a new one) and by the installed distributions' metadata
folders (their names carry the versions: an upgrade makes a new one).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from magpipe import snapshots

if TYPE_CHECKING:
    import importlib.metadata

PACKAGE = "magpipe"
ROOT = Path(__file__).resolve().parents[1]  # the magpipe package folder


def _module_file(name: str, root: Path = ROOT) -> Path | None:
    """``magpipe.artifacts.pages`` -> its file (a package gives its ``__init__.py``)."""
    return _module_path(name, str(root))


@functools.cache
def _module_path(name: str, root: str) -> Path | None:
    # Asked ~3,000 times a run (every name an import statement may mean), most of them
    # more than once: joined as strings, a Path made only for a file found (Path objects
    # for every guess were ~0.1 s of a run's planning).
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    base = os.path.join(root, *parts[1:])
    for path in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(path):
            return Path(path)
    return None


def imported_modules(name: str, source: str) -> set[str]:
    """Names of the ``pipeline`` modules that the source of module ``name`` imports
    (``from . import x``, ``from .x import y``, ``import pipeline.x``); pure."""
    return _imported_in(name, ast.parse(source))


def _import_nodes(body: list) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements of a module, at any depth (in functions too): statements are
    searched, never expressions, which are most of a tree (``ast.walk`` visits them all)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
            continue
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, field, None)
            if inner:
                yield from _import_nodes(inner)


def _imported_in(name: str, tree: ast.Module) -> set[str]:
    package = name if _is_package(name) else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _import_nodes(tree.body):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                up = package.split(".")
                base = ".".join(up[:len(up) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            if module.split(".")[0] != PACKAGE:
                continue
            found.add(module)
            # "from . import lexicon" or "from .artifacts import pages": maybe modules
            found.update(f"{module}.{a.name}" for a in node.names)
    return found


def _is_package(name: str, root: Path = ROOT) -> bool:
    path = _module_file(name, root)
    return path is not None and path.name == "__init__.py"


def _closure_modules(name: str, root: Path) -> dict[str, Path]:
    seen: dict[str, Path] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        path = _module_file(current, root)
        if path is None:
            continue
        seen[current] = path
        parent = current.rpartition(".")[0]
        if parent:                       # importing a.b runs a/__init__.py first
            todo.append(parent)
        todo.extend(_imports_of(current, path))
    return seen


def closure(name: str, root: Path = ROOT) -> list[Path]:
    """The files of module ``name`` and of every ``magpipe`` module it reaches."""
    return sorted(set(_closure_modules(name, root).values()))


@functools.cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


# An import statement that starts its line: ``import a.b as c, d`` or ``from .x import y``,
# ``from x import (y,\n z)`` over several lines; a comment may follow.
_IMPORT_STATEMENT = re.compile(
    r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]*(?:\([^)]*\)|[^\n\\;]*)"
    r"|import[ \t]+[^\n\\;(]*)$", re.MULTILINE)
_IMPORT_WORD = re.compile(r"\bimport\b")


def import_statements(source: str) -> ast.Module | None:
    """A module of just the import statements of ``source``, found without parsing it all
    (``ast.parse`` of every module costs most of a first run's planning: ~0.4 s of CPU);
    None when that cannot be sure, so the caller parses the whole source: when the word
    ``import`` occurs anywhere else (a comment, a string, ``try: import x`` on one line)
    or a found statement does not parse alone. A line of a string that reads as a whole
    import statement is taken as one: a fingerprint may then cover a module more than the
    code imports, never one less (a stage reruns when it need not). Pure."""
    found = [m.group(0).strip() for m in _IMPORT_STATEMENT.finditer(source)]
    if sum(len(_IMPORT_WORD.findall(f)) for f in found) != len(_IMPORT_WORD.findall(source)):
        return None
    try:
        return ast.parse("\n".join(found))
    except SyntaxError:
        return None


@functools.cache
def _imports_tree(path: Path) -> ast.Module:
    """A module's import statements (its whole tree when they cannot be told apart), read
    once for both the modules it reaches and the libraries it imports."""
    return import_statements(path.read_text(encoding="utf-8")) or _tree(path)


@functools.cache
def _imports_of(name: str, path: Path) -> frozenset[str]:
    return frozenset(_imported_in(name, _imports_tree(path)))


@functools.cache
def fingerprint(name: str, root: Path = ROOT) -> str:
    """Hash of the source files ``closure(name)`` lists, paths and contents (the package
    folder is ``root``: the installed one unless a test points at a copy)."""
    digest = hashlib.sha256()
    for path in closure(name, root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _third_party_in(tree: ast.Module) -> set[str]:
    """Top-level names of the modules ``tree`` imports that are neither magpipe's nor the
    standard library's; pure."""
    found: set[str] = set()
    for node in _import_nodes(tree.body):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
    return {n for n in found if n != PACKAGE and n not in sys.stdlib_module_names}


@functools.cache
def _owners() -> Mapping[str, list[importlib.metadata.Distribution]]:
    """Top-level module -> the installed distributions holding it, as
    ``importlib.metadata.packages_distributions`` finds them (a distribution's
    ``top_level.txt``, else the ``.py`` files its RECORD lists), once per process. Without
    reading every distribution's metadata for its name (``libraries`` reads it for the few
    a stage imports) or making a path of every file a RECORD lists: ~0.1 s of a run."""
    import importlib.metadata
    found: dict[str, list[importlib.metadata.Distribution]] = {}
    for dist in importlib.metadata.distributions():
        for module in _top_level(dist):
            found.setdefault(module, []).append(dist)
    return found


def _top_level(dist: importlib.metadata.Distribution) -> Iterable[str]:
    import csv
    declared = (dist.read_text("top_level.txt") or "").split()
    if declared:
        return declared
    record = dist.read_text("RECORD")
    files: Iterable[PurePosixPath]
    if record:      # a path is made only of a name that may end in ".py"
        files = (PurePosixPath(row[0]) for row in csv.reader(record.splitlines())
                 if row and row[0].endswith(".py"))
    else:           # an egg-info's SOURCES.txt, or no list of files
        files = dist.files or ()
    return {f.parts[0] if len(f.parts) > 1 else f.with_suffix("").name
            for f in files if f.suffix == ".py"}


@functools.cache
def _third_party_imports_of(path: Path) -> frozenset[str]:
    return frozenset(_third_party_in(_imports_tree(path)))


@functools.cache
def libraries(name: str) -> tuple[str, ...]:
    """``dist==version`` of every installed distribution whose modules the closure of
    ``name`` imports (pypdfium2, ftfy, wordfreq, ...): a new version of one may change
    the stage's output, so it is part of the stage's cache key."""
    import importlib.metadata
    owners = _owners()
    modules: set[str] = set()
    for path in closure(name):
        modules |= _third_party_imports_of(path)
    found = set()
    for module in modules:
        for dist in owners.get(module, ()):
            name = dist.metadata["Name"]
            found.add(f"{name}=={importlib.metadata.version(name)}")
    return tuple(sorted(found))


@dataclass(frozen=True)
class CodePrint:
    """What a stage module's cache keys take from its code: ``fingerprint`` and
    ``libraries`` of ``module``."""

    module: str
    fingerprint: str
    libraries: tuple[str, ...]


@dataclass(frozen=True)
class CodePrints:
    """The ``CodePrint`` of each of a run's stage modules, kept as one snapshot."""

    prints: tuple[CodePrint, ...]

    @classmethod
    def of(cls, modules: Iterable[str]) -> CodePrints:
        return cls(tuple(CodePrint(m, fingerprint(m), libraries(m)) for m in modules))


def saved(module: str, modules: tuple[str, ...]) -> CodePrint:
    """``module``'s ``CodePrint``, read with those of all ``modules`` (every stage's) from
    their snapshot when this code saved one under the same installed distributions."""
    return next(p for p in _saved(modules).prints if p.module == module)


@functools.cache
def _saved(modules: tuple[str, ...]) -> CodePrints:
    name = "codeprints-" + hashlib.sha256("\0".join(modules).encode()).hexdigest()[:8]
    return snapshots.load_or_build(name, CodePrints, lambda: CodePrints.of(modules),
                                   _distribution_folders())


def _distribution_folders() -> list[Path]:
    """The metadata folder of every installed distribution (``*.dist-info``, ``*.egg-info``
    on ``sys.path``): their names and times tell an install, an upgrade or a removal, at the
    cost of listing a few folders, not reading every distribution's metadata."""
    found = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                found += [Path(e.path) for e in listing
                          if e.name.endswith((".dist-info", ".egg-info"))]
        except OSError:                 # a zip file, a folder gone: no metadata folders
            continue
    return found
