"""A run stores its extract and repair artifacts a page per file: the process handing out
page jobs never holds a document, readers rebuild one page at a time, and the page files
are what a killed run resumes from."""

from __future__ import annotations

import gc
import json
import logging
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest
from batch_inputs import pages_of
from conftest import SAVED
from magpipe.artifacts import ExtractArtifact, RepairArtifact
from magpipe.artifacts.paged import folder_of, saved_pages
from magpipe.batch import orchestrator
from magpipe.batch.cache import StagePaths
from magpipe.batch.engines import LocalEngine
from magpipe.cli import app
from magpipe.config import Config, OcrMode
from magpipe.errors import ArtifactError
from magpipe.files import doc_folder_name
from typer.testing import CliRunner

runner = CliRunner()


def _long_pdf(target: Path, copies: int) -> Path:
    return pages_of("bulletin-digital.pdf", [1, 2, 3, 4, 5, 6] * copies, target)


def _long_artifact(pages: int) -> ExtractArtifact:
    one = ExtractArtifact.load(SAVED / "extract-digital.json")
    copies = [p for _ in range(pages // len(one.pages)) for p in one.pages]
    many = tuple(replace(p, number=k + 1) for k, p in enumerate(copies))
    return replace(one, pages=many, doc=replace(one.doc, page_count=len(many)))


def _traced_peak(action) -> tuple[object, int]:
    gc.collect()
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _size_in_memory(make) -> int:
    """Bytes the objects ``make`` returns hold once made (traced while they are alive)."""
    gc.collect()
    tracemalloc.start()
    try:
        kept = make()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0]
        del kept
        return size
    finally:
        tracemalloc.stop()


def test_a_saved_artifact_is_a_header_and_a_file_per_page(tmp_path: Path):
    artifact = _long_artifact(12)
    paths = StagePaths.of(tmp_path, "extract")
    paths.save(artifact)
    header = json.loads(paths.artifact.read_text(encoding="utf-8"))
    assert header["page_files"] == {"folder": "extract.pages", "count": 12}
    assert "pages" not in header
    assert sorted(p.name for p in folder_of(paths.artifact).glob("*.json")) == \
        [f"{n:05d}.json" for n in range(1, 13)]
    assert ExtractArtifact.load(paths.artifact) == artifact


def test_loading_a_long_artifact_reads_one_page_at_a_time(tmp_path: Path):
    artifact = _long_artifact(60)
    paths = StagePaths.of(tmp_path, "extract")
    paths.save(artifact)
    size = _size_in_memory(lambda: ExtractArtifact.load(paths.artifact))
    loaded, peak = _traced_peak(lambda: ExtractArtifact.load(paths.artifact))
    assert loaded == artifact
    # parsing the whole JSON text at once peaked at several times the artifact it rebuilt
    assert peak < 1.5 * size
    _, streamed = _traced_peak(lambda: sum(1 for _ in saved_pages(ExtractArtifact,
                                                                  paths.artifact)))
    assert streamed < size / 4           # a page at a time (and the shared texts), of 60


def test_a_damaged_page_file_is_named_when_loading(tmp_path: Path):
    paths = StagePaths.of(tmp_path, "extract")
    paths.save(_long_artifact(12))
    broken = folder_of(paths.artifact) / "00007.json"
    broken.write_text('{"number": 7, "width": "wide"', encoding="utf-8")
    with pytest.raises(ArtifactError, match="00007.json"):
        ExtractArtifact.load(paths.artifact)
    broken.write_text(json.dumps({"number": 7, "width": "wide"}), encoding="utf-8")
    with pytest.raises(ArtifactError, match="00007.json.*damaged"):
        ExtractArtifact.load(paths.artifact)


def test_the_main_process_never_holds_the_pages_it_hands_out(tmp_path: Path, caplog):
    caplog.set_level(logging.WARNING, logger="magpipe")     # no page's log line kept by pytest
    config = Config(out_dir=tmp_path / "out", workers=2, ocr=OcrMode.NEVER, progress=False)
    pdf = _long_pdf(tmp_path / "bound.pdf", 10)
    with LocalEngine(2) as engine:
        orchestrator.start_document(_long_pdf(tmp_path / "warm.pdf", 1), "warm", config,
                                    engine.map_pages, keep=False)   # imports, code prints
        started, peak = _traced_peak(lambda: orchestrator.start_document(
            pdf, "bound", config, engine.map_pages, keep=False))
    assert isinstance(started, orchestrator.Started) and started.extracted is None
    header = tmp_path / "out" / "bound" / "extract.json"
    size = _size_in_memory(lambda: ExtractArtifact.load(header))
    # it received every page from the workers, and held them all until extract.json was
    # written: more than the artifact itself
    assert peak < size / 3, (peak, size)
    assert [p.number for p in saved_pages(ExtractArtifact, header)] == list(range(1, 61))


def test_a_killed_extract_resumes_from_the_pages_it_stored(tmp_path: Path):
    pdf = _long_pdf(tmp_path / "bound.pdf", 2)
    out = tmp_path / "out"
    first = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1"])
    assert first.exit_code == 0, first.output
    folder = out / doc_folder_name(pdf)
    reference = ExtractArtifact.load(folder / "extract.json")
    articles = (out / "articles.jsonl").read_text(encoding="utf-8")
    # what a run killed after its fifth page leaves: five page files, no header, no key
    (folder / "extract.json").unlink()
    (folder / ".extract.key").unlink()
    for number in range(6, 13):
        (folder / "extract.pages" / f"{number:05d}.json").unlink()
    again = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1", "-v"])
    assert again.exit_code == 0, again.output
    assert "resuming: 5 pages stored by an earlier run" in again.output
    resumed = ExtractArtifact.load(folder / "extract.json")
    assert [replace(p, seconds=0.0) for p in resumed.pages] == \
        [replace(p, seconds=0.0) for p in reference.pages]
    assert (out / "articles.jsonl").read_text(encoding="utf-8") == articles


def test_an_emptied_page_file_makes_extract_run_again_for_that_page(tmp_path: Path):
    pdf = _long_pdf(tmp_path / "bound.pdf", 2)
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1"]).exit_code == 0
    folder = out / doc_folder_name(pdf)
    (folder / "extract.pages" / "00004.json").write_text("")    # a power cut's leftover
    again = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1", "-v"])
    assert again.exit_code == 0, again.output
    assert "resuming: 11 pages stored by an earlier run" in again.output
    assert ExtractArtifact.load(folder / "extract.json").pages[3].words


def test_a_single_stage_reads_a_run_folders_paged_artifact(tmp_path: Path):
    pdf = _long_pdf(tmp_path / "bound.pdf", 1)
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1"]).exit_code == 0
    folder = out / doc_folder_name(pdf)
    target = tmp_path / "repair.json"
    result = runner.invoke(app, ["repair", str(folder / "extract.json"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert RepairArtifact.load(target) == RepairArtifact.load(folder / "repair.json")


def test_pages_repair_left_alone_are_not_written_twice(tmp_path: Path):
    pdf = _long_pdf(tmp_path / "bound.pdf", 1)
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1"]).exit_code == 0
    folder = out / doc_folder_name(pdf)
    extracted = ExtractArtifact.load(folder / "extract.json")
    repaired = RepairArtifact.load(folder / "repair.json")
    for before, after in zip(extracted.pages, repaired.pages, strict=True):
        same_file = ((folder / "extract.pages" / f"{before.number:05d}.json").stat().st_ino
                     == (folder / "repair.pages" / f"{after.number:05d}.json").stat().st_ino)
        assert same_file == (before == after), before.number
    assert any(b == a for b, a in zip(extracted.pages, repaired.pages, strict=True))
    # extracting again first removes the extract page files: the repair ones stay
    import shutil
    shutil.rmtree(folder / "extract.pages")
    assert RepairArtifact.load(folder / "repair.json") == repaired
