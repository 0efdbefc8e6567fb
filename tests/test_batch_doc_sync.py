"""A document job forces its files to disk together, once, and only then writes their keys
(``batch.doc_sync``); a job that fails midway keeps the stages it finished, and a rerun
resumes from them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from batch_inputs import pages_of
from magpipe import files
from magpipe.batch import doc_sync
from magpipe.cli import app
from typer.testing import CliRunner

runner = CliRunner()
LATER = ("repair", "split", "align")


def _run(pdf: Path, out: Path, *options: str) -> dict[str, bool]:
    result = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1", *options])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    return {s["stage"]: s["cached"] for s in report["files"][0]["stages"]}


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    return pages_of("bulletin-digital.pdf", [1, 2], tmp_path_factory.mktemp("in") / "two.pdf")


def _forced_files(monkeypatch) -> list[str]:
    """The paths of the files ``os.fsync`` forces from now on (each still forced)."""
    forced: list[str] = []
    real_fsync = os.fsync

    def counting(fd):
        forced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)
    monkeypatch.setattr(os, "fsync", counting)
    return forced


def _doc_dir(out: Path) -> Path:
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    return folder


def test_a_document_jobs_files_are_forced_together_before_any_key(pdf, tmp_path, monkeypatch):
    calls: list[tuple[list[str], list[str]]] = []       # (files forced, keys present then)
    real = files.sync_files

    def recording(paths):
        paths = list(paths)
        if paths:
            folder = Path(paths[0]).parent
            calls.append(([Path(p).name for p in paths],
                          sorted(p.name for p in folder.glob(".*.key"))))
        real(paths)
    monkeypatch.setattr(doc_sync, "sync_files", recording)
    forced = _forced_files(monkeypatch)

    out = tmp_path / "out"
    assert _run(pdf, out) == dict.fromkeys(("extract", *LATER), False)
    # one forcing for the document job: its three artifacts and the review page at once,
    # while only extract's key (written by the process that extracted it) was there
    assert calls == [(["repair.json", "split.json", "align.json", "review.html"],
                      [".extract.key"])]
    doc = _doc_dir(out)
    assert all((doc / f".{stage}.key").is_file() for stage in LATER)
    # each of the four was forced there, by name, and nothing else of the document's folder:
    # extract's header is not (``paged.complete`` finds one a power cut left damaged)
    assert sorted(Path(f).name for f in forced if Path(f).parent == doc) == \
        sorted(["repair.json", "split.json", "align.json", "review.html"])
    assert _run(pdf, out) == dict.fromkeys(("extract", *LATER), True)


def test_a_failed_stage_keeps_the_stages_before_it_and_a_rerun_resumes(pdf, tmp_path,
                                                                      monkeypatch):
    from magpipe import split as split_stage
    out = tmp_path / "out"

    def broken(*args, **kwargs):
        raise RuntimeError("split broke")
    with monkeypatch.context() as patch:
        patch.setattr(split_stage, "split", broken)
        result = runner.invoke(app, ["run", str(pdf), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code != 0
    doc = _doc_dir(out)
    assert (doc / ".repair.key").is_file() and (doc / "repair.json").is_file()
    assert not (doc / ".split.key").exists()
    assert _run(pdf, out) == {"extract": True, "repair": True, "split": False, "align": False}


def test_a_stage_made_again_loses_its_key_before_its_artifact_is_written(pdf, tmp_path,
                                                                         monkeypatch):
    out = tmp_path / "out"
    _run(pdf, out)
    doc = _doc_dir(out)
    seen: dict[str, bool] = {}
    real = files.atomic_write_pieces

    def watching(path, pieces, *, durable=True):
        path = Path(path)
        if path.parent == doc and path.name in ("split.json", "align.json"):
            seen[path.name] = (doc / f".{path.stem}.key").exists()
        real(path, pieces, durable=durable)
    from magpipe.artifacts import base
    monkeypatch.setattr(base, "atomic_write_pieces", watching)
    # forced again under the same key: the old key must not vouch for an unforced artifact
    assert _run(pdf, out, "--force", "split") == \
        {"extract": True, "repair": True, "split": False, "align": False}
    assert seen == {"split.json": False, "align.json": False}
    assert (doc / ".split.key").is_file() and (doc / ".align.key").is_file()


def test_sync_files_forces_each_file_once_and_leaves_a_missing_one(tmp_path, monkeypatch):
    names = [tmp_path / f"f{i}" for i in range(3)]
    for p in names:
        p.write_text("x")
    forced = _forced_files(monkeypatch)
    files.sync_files([*names, names[0], tmp_path / "gone"])
    assert sorted(forced) == sorted(str(p) for p in names)


@pytest.mark.parametrize("damage", ["", '{"stage": "extract", "version"'])
def test_a_paged_header_a_power_cut_damaged_makes_its_stage_run_again(pdf, tmp_path, damage):
    """A header not forced to disk (extract's) may be left empty or cut short by a power cut:
    the stage is then not current, and the rerun makes it again from its page files."""
    out = tmp_path / "out"
    _run(pdf, out)
    doc = _doc_dir(out)
    (doc / "extract.json").write_text(damage, encoding="utf-8")
    assert (doc / ".extract.key").is_file()
    assert _run(pdf, out) == dict.fromkeys(("extract", *LATER), False)
    json.loads((doc / "extract.json").read_text(encoding="utf-8"))
