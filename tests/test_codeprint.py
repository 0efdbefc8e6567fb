"""A stage's code fingerprint covers the modules it imports, and only those."""

from __future__ import annotations

import shutil
from pathlib import Path

from magpipe.batch import codeprint


def test_relative_imports_are_resolved_from_the_importing_module():
    source = ("from . import lexicon\nfrom ..artifacts.pages import Page\n"
              "from ...outside import x\nimport json\nimport magpipe.extract.ocr.tesseract\n")
    found = codeprint.imported_modules("magpipe.repair.decoder", source)
    assert {"magpipe.repair.lexicon", "magpipe.artifacts.pages",
            "magpipe.extract.ocr.tesseract"} <= found
    assert not any(name.startswith(("json", "outside")) for name in found)


def test_relative_imports_inside_a_package_init_start_from_the_package():
    found = codeprint.imported_modules("magpipe.repair.lexicon", "from .model import Model\n")
    assert "magpipe.repair.lexicon.model" in found


def _files(module: str) -> set[str]:
    return {p.relative_to(codeprint.ROOT).as_posix() for p in codeprint.closure(module)}


def test_the_align_stage_does_not_depend_on_the_ocr_code():
    names = _files("magpipe.align")
    assert {"align/__init__.py", "align/captions.py", "align/paragraphs.py"} <= names
    assert not {n for n in names if n.startswith(("extract/", "repair/"))}


def test_the_extract_stage_depends_on_the_ocr_code_it_reaches_indirectly():
    names = _files("magpipe.extract")
    assert {"extract/__init__.py", "extract/ocr/page.py", "extract/ocr/tesseract.py",
            "extract/render.py"} <= names


def test_fingerprints_differ_between_stages():
    prints = {codeprint.fingerprint(f"magpipe.{s}") for s in ("extract", "repair", "split")}
    assert len(prints) == 3


def _copy_of_the_package(tmp_path: Path) -> Path:
    root = tmp_path / "magpipe"
    shutil.copytree(codeprint.ROOT, root, ignore=shutil.ignore_patterns("__pycache__", "data"))
    return root


def test_editing_a_module_changes_the_fingerprints_of_the_stages_that_reach_it(tmp_path):
    root = _copy_of_the_package(tmp_path)
    before = {s: codeprint.fingerprint(f"magpipe.{s}", root) for s in ("extract", "align")}
    assert before["align"] == codeprint.fingerprint("magpipe.align")   # same files, same print
    captions = root / "align" / "captions.py"
    captions.write_text(captions.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    codeprint.fingerprint.cache_clear()
    after = {s: codeprint.fingerprint(f"magpipe.{s}", root) for s in ("extract", "align")}
    assert after["align"] != before["align"]
    assert after["extract"] == before["extract"]      # extract never imports align


def test_a_stage_lists_the_libraries_its_code_imports_with_their_versions():
    assert any(lib.startswith("pypdfium2==") for lib in codeprint.libraries("magpipe.extract"))
    assert any(lib.startswith("ftfy==") for lib in codeprint.libraries("magpipe.extract"))
    for stage in ("repair", "split", "align"):
        assert any(lib.startswith("wordfreq==") for lib in codeprint.libraries(f"magpipe.{stage}"))
    assert not any(lib.startswith("pypdfium2") for lib in codeprint.libraries("magpipe.align"))


def test_imports_inside_functions_branches_and_handlers_are_found():
    source = ("def f():\n    try:\n        from magpipe.split import layout\n"
              "    except ImportError:\n        import magpipe.align\n"
              "    finally:\n        pass\n"
              "class C:\n    def g(self):\n        if x:\n            pass\n"
              "        else:\n            with y:\n"
              "                from magpipe.text import damage\n"
              "match z:\n    case 1:\n        import magpipe.eval\n")
    found = codeprint.imported_modules("magpipe.repair.decoder", source)
    assert {"magpipe.split", "magpipe.split.layout", "magpipe.align", "magpipe.text",
            "magpipe.text.damage", "magpipe.eval"} <= found


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(codeprint.ROOT).with_suffix("").parts)
    return ".".join([codeprint.PACKAGE, *(parts[:-1] if parts[-1] == "__init__" else parts)])


def test_the_import_statements_found_without_parsing_are_those_the_parser_finds():
    import ast
    read = 0
    for path in sorted(codeprint.ROOT.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = codeprint.import_statements(source)
        if found is None:
            continue
        read += 1
        whole, name = ast.parse(source), _module_name(path)
        assert codeprint._imported_in(name, found) == codeprint._imported_in(name, whole), path
        assert codeprint._third_party_in(found) == codeprint._third_party_in(whole), path
    assert read > 100       # nearly every module is read the quick way


def test_import_statements_give_way_to_the_parser_when_unsure():
    assert codeprint.import_statements("try: import yaml\nexcept ImportError: pass\n") is None
    assert codeprint.import_statements("x = 1; import json\n") is None
    assert codeprint.import_statements('"""Say\nimport this, if you can\n"""\n') is None
    assert codeprint.import_statements("# import os\nimport sys\n") is None
    found = codeprint.import_statements(
        "from magpipe.artifacts import (\n    Page,\n    Word,\n)\n\n\ndef f():\n"
        "    import magpipe.extract.ocr.page  # only here\n")
    assert found is not None
    assert codeprint._imported_in("magpipe.x", found) >= {"magpipe.artifacts",
                                                          "magpipe.extract.ocr.page"}


def test_a_string_line_that_reads_as_an_import_only_widens_the_fingerprint():
    source = 'x = """\nfrom magpipe.align import pairing\n"""\nimport magpipe.config\n'
    found = codeprint.import_statements(source)
    assert found is not None
    assert codeprint._imported_in("magpipe.x", found) >= codeprint.imported_modules(
        "magpipe.x", source)


def test_the_owners_of_modules_are_those_the_standard_library_finds():
    import importlib.metadata
    found = {module: [d.metadata["Name"] for d in dists]
             for module, dists in codeprint._owners().items()}
    assert found == importlib.metadata.packages_distributions()
    assert "numpy" in found


def test_a_module_file_is_found_whether_a_module_or_a_package(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "mod.py").write_text("")
    assert codeprint._module_file("magpipe.pkg", tmp_path) == tmp_path / "pkg" / "__init__.py"
    assert codeprint._module_file("magpipe.mod", tmp_path) == tmp_path / "mod.py"
    assert codeprint._module_file("magpipe.none", tmp_path) is None
    assert codeprint._module_file("numpy", tmp_path) is None
    assert codeprint._module_file("magpipe.batch.codeprint") == Path(codeprint.__file__).resolve()


STAGES = ("magpipe.extract", "magpipe.repair", "magpipe.split", "magpipe.align")


def test_a_run_reads_the_stages_code_prints_back_from_their_snapshot(tmp_path, monkeypatch):
    # the first run works them out from the sources and saves them; the next reads them
    # back, the same values, without reading any module's imports again
    from magpipe import snapshots
    monkeypatch.setenv(snapshots.CACHE_ENV, str(tmp_path / "cache"))
    codeprint._saved.cache_clear()
    first = codeprint.saved("magpipe.split", STAGES)
    assert (first.fingerprint, first.libraries) == (codeprint.fingerprint("magpipe.split"),
                                                    codeprint.libraries("magpipe.split"))
    assert list(snapshots.folder().glob("codeprints-*.pickle"))

    def unread(*_args):
        raise AssertionError("a module's imports were read again")

    codeprint._saved.cache_clear()
    monkeypatch.setattr(codeprint, "fingerprint", unread)
    monkeypatch.setattr(codeprint, "libraries", unread)
    assert codeprint.saved("magpipe.split", STAGES) == first
    assert codeprint.saved("magpipe.align", STAGES).fingerprint != first.fingerprint
    codeprint._saved.cache_clear()


def test_a_new_installed_distribution_makes_the_code_prints_anew(tmp_path, monkeypatch):
    from magpipe import snapshots
    monkeypatch.setenv(snapshots.CACHE_ENV, str(tmp_path / "cache"))
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    codeprint._saved.cache_clear()
    codeprint.saved("magpipe.split", STAGES)
    (site / "newlib-1.0.dist-info").mkdir()            # installed since
    codeprint._saved.cache_clear()
    codeprint.saved("magpipe.split", STAGES)
    assert len(list(snapshots.folder().glob("codeprints-*.pickle"))) == 2
    codeprint._saved.cache_clear()


def test_the_lexicon_fingerprint_is_read_back_while_its_files_are_unchanged(tmp_path,
                                                                            monkeypatch):
    from magpipe import lexicon_files, snapshots
    from magpipe.batch import registry
    from magpipe.config import RepairOptions
    monkeypatch.setenv(snapshots.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(registry, "_LEXICON_PRINTS", {})
    first = registry._lexicon(RepairOptions())
    assert first == lexicon_files.fingerprint()

    def unread():
        raise AssertionError("the lexicon files were hashed again")

    monkeypatch.setattr(registry, "_LEXICON_PRINTS", {})     # as in the next run's process
    monkeypatch.setattr(lexicon_files, "fingerprint", unread)
    assert registry._lexicon(RepairOptions()) == first
