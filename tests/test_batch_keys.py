"""What goes into a stage's cache key: the fields of its options dataclass, the Tesseract
version and language files an OCR run reads, the libraries its code imports."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest
from magpipe.batch.orchestrator import stage_cache_key
from magpipe.config import Config, ExtractOptions, OcrMode, Stage
from magpipe.extract.ocr import tesseract

UPSTREAM = "0" * 64
CHANGED = {"ocr": OcrMode.ALWAYS, "languages": "eng", "dpi": 200, "max_pixels": 1000}


def test_every_extract_option_is_in_the_key_and_nothing_else():
    assert {f.name for f in fields(ExtractOptions)} == set(CHANGED)
    base = Config()
    key = stage_cache_key(Stage.EXTRACT, UPSTREAM, base)
    for name, value in CHANGED.items():
        assert stage_cache_key(Stage.EXTRACT, UPSTREAM, replace(base, **{name: value})) != key
    # limits of a run, not of its output: a page over the timeout fails and is retried
    for name, value in {"ocr_timeout": 1.0, "password": "x", "workers": 3}.items():
        assert stage_cache_key(Stage.EXTRACT, UPSTREAM, replace(base, **{name: value})) == key


def test_repair_key_follows_its_switch_and_split_ignores_extract_options():
    base = Config()
    assert stage_cache_key(Stage.REPAIR, UPSTREAM, replace(base, repair=False)) != \
        stage_cache_key(Stage.REPAIR, UPSTREAM, base)
    assert stage_cache_key(Stage.SPLIT, UPSTREAM, replace(base, dpi=200)) == \
        stage_cache_key(Stage.SPLIT, UPSTREAM, base)


@pytest.fixture
def tessdata(tmp_path: Path, monkeypatch):
    """A Tesseract data folder of our own (Tesseract lists any *.traineddata file)."""
    folder = tmp_path / "tessdata"
    folder.mkdir()
    for lang in ("eng", "osd"):
        (folder / f"{lang}.traineddata").write_bytes(lang.encode())
    monkeypatch.setenv("TESSDATA_PREFIX", str(folder))
    tesseract._installed.cache_clear()
    tesseract.engine_fingerprint.cache_clear()
    yield folder
    tesseract._installed.cache_clear()
    tesseract.engine_fingerprint.cache_clear()


def test_a_changed_language_file_changes_the_extract_key(tessdata: Path):
    config = Config(languages="eng")
    key = stage_cache_key(Stage.EXTRACT, UPSTREAM, config)
    assert tesseract.engine_fingerprint("eng").startswith("tesseract ")
    (tessdata / "eng.traineddata").write_bytes(b"eng, retrained")
    tesseract.engine_fingerprint.cache_clear()
    assert stage_cache_key(Stage.EXTRACT, UPSTREAM, config) != key
    # a text-layer-only run does not read them
    never = Config(languages="eng", ocr=OcrMode.NEVER)
    before = stage_cache_key(Stage.EXTRACT, UPSTREAM, never)
    (tessdata / "eng.traineddata").write_bytes(b"eng, retrained again")
    tesseract.engine_fingerprint.cache_clear()
    assert stage_cache_key(Stage.EXTRACT, UPSTREAM, never) == before


def test_the_osd_file_is_in_the_extract_key(tessdata: Path):
    key = stage_cache_key(Stage.EXTRACT, UPSTREAM, Config(languages="eng"))
    (tessdata / "osd.traineddata").write_bytes(b"osd, retrained")
    tesseract.engine_fingerprint.cache_clear()
    assert stage_cache_key(Stage.EXTRACT, UPSTREAM, Config(languages="eng")) != key


def test_pages_stored_under_other_options_are_not_served(tmp_path: Path):
    from magpipe.artifacts import ExtractArtifact, Page, PageSource
    from magpipe.artifacts.paged import PageFolder
    from magpipe.batch.orchestrator import _failed
    page = Page(1, 100.0, 100.0, PageSource.OCR, "stored")
    at_300 = stage_cache_key(Stage.EXTRACT, UPSTREAM, Config())
    at_200 = stage_cache_key(Stage.EXTRACT, UPSTREAM, Config(dpi=200))
    header = tmp_path / "extract.json"
    store = PageFolder(header, ExtractArtifact)
    store.start(at_300)
    store.put(page)
    store = PageFolder(header, ExtractArtifact)
    store.start(at_300)
    assert store.stored(1, _failed) == page
    store.start(at_200)
    assert store.stored(1, _failed) is None                          # OCRed at another resolution
    failed = Page(2, 100.0, 100.0, PageSource.FAILED, "page failed", error="timeout")
    store.put(failed)
    assert store.read(2) == failed                          # in the artifact, with its error
    assert store.stored(2, _failed) is None                          # but tried again by a rerun


def test_the_program_is_asked_its_version_only_when_it_reads_the_pages(tessdata: Path,
                                                                       monkeypatch):
    """With the library reading the pages, its own version names the engine and no
    ``tesseract --version`` is run; with the program, the program's version does."""
    asked: list[tuple[str, ...]] = []
    run = tesseract._tesseract

    def recording(*args: str) -> str:
        asked.append(args)
        return run(*args)

    monkeypatch.setattr(tesseract, "_tesseract", recording)
    for chosen in (tesseract.API, tesseract.CLI):
        monkeypatch.setenv(tesseract.ENGINE_ENV, chosen)
        tesseract.engine_fingerprint.cache_clear()
        asked.clear()
        print_ = tesseract.engine_fingerprint("eng")
        library = tesseract.engine() == tesseract.API
        assert (("--version",) in asked) is not library
        assert ("(library, tesserocr)" in print_) is library
        if library:      # the wheel is installed: the library's version, the data's checksums
            version = tesseract._tesserocr().tesseract_version().splitlines()[0].strip()
            assert print_.startswith(version)
