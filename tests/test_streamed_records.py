"""``articles.jsonl`` and the search index are written an article at a time: they equal what
the whole align artifact gives, and no align artifact is loaded whole to write them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURES
from magpipe.archive.corpus import one_line, segments
from magpipe.archive.outputs import ALIGN, document_dirs
from magpipe.archive.search import INDEX_NAME
from magpipe.artifacts import AlignArtifact, streamed
from magpipe.artifacts.streamed import iter_articles
from magpipe.cli import app
from magpipe.errors import ArtifactError
from magpipe.text.folding import barred_d_folded
from typer.testing import CliRunner

INPUTS = ("bulletin-digital.pdf", "photos-digital.pdf")


def _run(out: Path) -> None:
    result = CliRunner().invoke(app, ["run", *(str(FIXTURES / n) for n in INPUTS), "--out",
                                      str(out), "-j", "1", "--ocr", "never", "--quiet"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("streamed")
    _run(out)
    return out


def _whole(out: Path) -> list[tuple[str, AlignArtifact]]:
    """Each document folder's align artifact, loaded whole (in the order of the report)."""
    return [(folder.name, AlignArtifact.load(folder / ALIGN)) for folder in document_dirs(out)]


def _index_rows(out: Path) -> list[tuple]:
    with sqlite3.connect(out / INDEX_NAME) as db:
        return db.execute("SELECT vi_folded, en_folded, vi, en, doc, page, article, kind "
                          "FROM segments ORDER BY doc, rowid").fetchall()


def test_records_and_index_equal_those_of_the_whole_artifacts_without_loading_one(
        run_dir: Path, monkeypatch):
    whole = _whole(run_dir)
    records = {a.to_record() for _, art in whole for a in art.articles}
    rows = [(barred_d_folded(one_line(s.vi or "")), barred_d_folded(one_line(s.en or "")),
             one_line(s.vi or ""), one_line(s.en or ""), name, s.page, s.article, s.kind)
            for name, art in sorted(whole, key=lambda p: p[0]) for s in segments(art)]
    assert records and rows
    assert set((run_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()) == records
    assert _index_rows(run_dir) == rows

    def whole_load(*args, **kwargs):
        raise AssertionError("an align artifact was loaded whole")
    monkeypatch.setattr(AlignArtifact, "load", classmethod(whole_load))
    monkeypatch.setattr(AlignArtifact, "from_json", classmethod(whole_load))
    before = (run_dir / "articles.jsonl").read_text(encoding="utf-8")
    (run_dir / "articles.jsonl").unlink()
    (run_dir / INDEX_NAME).unlink()
    _run(run_dir)                     # everything cached: records and index written again
    assert (run_dir / "articles.jsonl").read_text(encoding="utf-8") == before
    assert _index_rows(run_dir) == rows


def test_articles_read_a_chunk_at_a_time_equal_the_whole_load(run_dir: Path, monkeypatch):
    monkeypatch.setattr(streamed, "CHUNK", 7)      # values and numbers cut by chunk ends
    for folder in document_dirs(run_dir):
        assert tuple(iter_articles(folder / ALIGN)) == AlignArtifact.load(folder / ALIGN).articles


def test_a_damaged_or_other_version_align_artifact_is_refused(run_dir: Path, tmp_path: Path):
    text = (document_dirs(run_dir)[0] / ALIGN).read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    with pytest.raises(ArtifactError, match="damaged"):
        list(iter_articles(cut))
    other = tmp_path / "other.json"
    other.write_text(text.replace(f'"version": {AlignArtifact.VERSION}', '"version": 1', 1),
                     encoding="utf-8")
    with pytest.raises(ArtifactError, match="version 1"):
        list(iter_articles(other))
