"""A stage's code fingerprint covers the modules it imports, and only those."""

from __future__ import annotations

from pipeline import codeprint


def test_relative_imports_are_resolved_from_the_importing_module():
    source = ("from . import lexicon\nfrom .artifacts.pages import Page\n"
              "from ..outside import x\nimport json\nimport pipeline.ocr\n")
    found = codeprint.imported_modules("pipeline.repair", source)
    assert {"pipeline.lexicon", "pipeline.artifacts.pages", "pipeline.ocr"} <= found
    assert not any(name.startswith(("json", "outside")) for name in found)


def test_relative_imports_inside_a_package_init_start_from_the_package():
    found = codeprint.imported_modules("pipeline.lexicon", "from .model import Model\n")
    assert "pipeline.lexicon.model" in found


def test_the_align_stage_does_not_depend_on_the_ocr_code():
    names = {p.name for p in codeprint.closure("pipeline.align")}
    assert {"align.py", "captions.py", "paragraphs.py"} <= names
    assert not {"ocr.py", "ocrpage.py", "diacritics.py"} & names


def test_the_extract_stage_depends_on_the_ocr_code_it_reaches_indirectly():
    names = {p.name for p in codeprint.closure("pipeline.extract")}
    assert {"extract.py", "ocrpage.py", "ocr.py", "render.py"} <= names


def test_fingerprints_differ_between_stages_and_are_stable():
    prints = {codeprint.fingerprint(f"pipeline.{s}") for s in ("extract", "repair", "split")}
    assert len(prints) == 3
    assert codeprint.fingerprint("pipeline.align") == codeprint.fingerprint("pipeline.align")
