"""articles.jsonl and the search index taken in a document at a time as a run's reports come
in (``batch.run_outputs.RunOutputs``): the same files as made whole at the end, and nothing
of a stopped run left behind."""

from __future__ import annotations

import shutil

import pytest
from magpipe.archive import search
from magpipe.archive.outputs import document_dirs
from magpipe.artifacts.streamed import iter_articles
from magpipe.batch.report import OK, FileReport, RunReport
from magpipe.batch.run_outputs import ARTICLES, RunOutputs, write_articles


def _copy(archive_run, tmp_path, name):
    out = tmp_path / name
    shutil.copytree(archive_run.out, out)
    (out / ARTICLES).unlink()
    (out / search.INDEX_NAME).unlink()
    (out / "report.json").unlink()
    return out


def _report(out) -> RunReport:
    return RunReport(files=tuple(FileReport(path=str(f), name=f.name, status=OK)
                                 for f in document_dirs(out)), seconds=1.0, workers=1)


def test_documents_taken_in_one_by_one_make_the_outputs_made_at_the_end(archive_run, tmp_path):
    ahead, end = _copy(archive_run, tmp_path, "ahead"), _copy(archive_run, tmp_path, "end")
    report = _report(ahead)
    with RunOutputs(ahead) as outputs:
        for file in report.files:
            outputs.add(file)
    outputs.finish(report)
    write_articles(end, report)
    search.update_index(end)
    assert (ahead / ARTICLES).read_bytes() == (end / ARTICLES).read_bytes()
    assert (ahead / ARTICLES).read_text(encoding="utf-8").count("\n") >= 3
    assert (ahead / "report.json").is_file()
    for query in ("lang son du lich", "dong dang"):
        assert search.search(ahead, query) == search.search(end, query) != []
    assert search.update_index(ahead) == (0, len(report.files))   # all indexed, committed


def test_a_run_stopped_midway_leaves_no_articles_file_and_the_index_as_it_was(archive_run,
                                                                               tmp_path):
    out = _copy(archive_run, tmp_path, "stopped")
    report = _report(out)
    with pytest.raises(KeyboardInterrupt), RunOutputs(out) as outputs:
        outputs.add(report.files[0])
        raise KeyboardInterrupt
    assert not (out / ARTICLES).exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    assert search.update_index(out) == (len(report.files), len(report.files))


def test_a_document_taken_in_is_read_once_for_its_records_and_its_index(archive_run, tmp_path,
                                                                         monkeypatch):
    from magpipe.batch import run_outputs
    out, end = _copy(archive_run, tmp_path, "once"), _copy(archive_run, tmp_path, "twice")
    report = _report(out)
    reads: list[str] = []

    def counted(path):
        reads.append(path.parent.name)
        return iter_articles(path)
    monkeypatch.setattr(run_outputs, "iter_articles", counted)
    monkeypatch.setattr(search, "iter_articles", counted)
    with RunOutputs(out) as outputs:
        for file in report.files:
            outputs.add(file)
    assert sorted(reads) == sorted(f.name for f in report.files)      # once each
    outputs.finish(report)
    monkeypatch.undo()
    write_articles(end, report)
    assert (out / ARTICLES).read_bytes() == (end / ARTICLES).read_bytes()
    # indexed as it is already: read once more, for its records alone
    again = tmp_path / "again"
    shutil.copytree(out, again)
    (again / ARTICLES).unlink()
    with RunOutputs(again) as outputs:
        for file in report.files:
            outputs.add(file)
    outputs.finish(report)
    assert (again / ARTICLES).read_bytes() == (end / ARTICLES).read_bytes()
