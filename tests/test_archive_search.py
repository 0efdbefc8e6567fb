"""The search index: accent- and case-blind, đ folded to d, BM25 order, kept current."""

from __future__ import annotations

import json
import shutil

from archive_inputs import doc_dir, runner
from magpipe.archive import search
from magpipe.cli import app


def test_run_builds_the_index_and_search_finds_accentless_queries(archive_run):
    assert archive_run.exit_code == 0, archive_run.output
    assert (archive_run.out / search.INDEX_NAME).is_file()
    hits = search.search(archive_run.out, "lang son du lich")
    assert hits and hits[0].doc == "tourism"
    assert any(h.vi.startswith("[Lạng] [Sơn] [du] [lịch] mùa xuân") for h in hits)


def test_search_folds_d_bar_and_case_both_ways(archive_run):
    plain = search.search(archive_run.out, "DONG DANG")
    marked = search.search(archive_run.out, "đồng đăng")
    assert plain and [h.vi for h in plain] == [h.vi for h in marked]
    assert any("[Đồng] [Đăng]" in h.vi for h in plain)
    kinh = search.search(archive_run.out, "cho dong kinh")
    assert kinh and "[Chợ] [Đông] [Kinh]" in kinh[0].vi


def test_more_occurrences_rank_first_by_bm25(archive_run):
    hits = [h for h in search.search(archive_run.out, "lang son du lich") if h.doc == "tourism"]
    assert len(hits) == 2
    assert hits[0].vi.count("[du] [lịch]") == 2                 # twice each beats once each
    assert hits[1].vi.startswith("[Lạng] [Sơn] [du] [lịch] mùa xuân")
    assert [h.score for h in hits] == sorted(h.score for h in hits)


def test_cli_search_prints_document_page_article_and_both_languages(archive_run):
    result = runner.invoke(app, ["search", "lang son du lich", "--in", str(archive_run.out)])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[:3]
    assert first[0].startswith("tourism  p. 1  ")
    assert first[1].startswith("  vi: ") and "Lạng" in first[1]
    assert first[2].startswith("  en: ") and "[Lang] [Son]" in first[2]


def test_index_reindexes_only_what_changed_and_drops_what_is_gone(archive_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(archive_run.out, out)
    assert search.update_index(out) == (0, 3)
    align = out / "tourism" / "align.json"
    data = json.loads(align.read_text(encoding="utf-8"))
    data["articles"][0]["title"]["vi"] = "Hà Giang mùa hoa tam giác mạch"
    align.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert search.update_index(out) == (1, 3)
    assert search.search(out, "ha giang")[0].doc == "tourism"
    gone = doc_dir(out, "damaged-textlayer")
    shutil.rmtree(gone)
    result = runner.invoke(app, ["index", str(out)])
    assert result.exit_code == 0 and "2 documents" in result.output
    assert not [h for h in search.search(out, "lang son", limit=50)
                if h.doc == gone.name]


def test_search_without_an_index_or_words_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["search", "lang son", "--in", str(tmp_path)])
    assert result.exit_code == 2 and "magpipe index" in result.output
    (tmp_path / "doc").mkdir()
    assert runner.invoke(app, ["index", str(tmp_path)]).exit_code == 0
    result = runner.invoke(app, ["search", "...", "--in", str(tmp_path)])
    assert result.exit_code == 2 and "no words" in result.output


def test_a_cached_rerun_restores_missing_outputs_and_the_index(archive_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(archive_run.out, out)
    doc = doc_dir(out, "damaged-textlayer")
    (doc / "searchable.pdf").unlink()
    shutil.rmtree(doc / "alto")
    (out / search.INDEX_NAME).unlink()
    result = runner.invoke(app, ["run", str(archive_run.inputs / "damaged-textlayer.pdf"),
                                 "--out", str(out), "--ocr", "never", "--pdf", "--alto",
                                 "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert all(s["cached"] for f in report["files"] for s in f["stages"])
    assert (doc / "searchable.pdf").is_file() and (doc / "alto" / "page-0001.xml").is_file()
    assert search.search(out, "lang son du lich")[0].doc == "tourism"


def _copied_documents(archive_run, tmp_path, names):
    """An output folder holding the tourism document under each of ``names`` (copies: every
    hit of one scores the same in the others)."""
    out = tmp_path / "out"
    out.mkdir()
    for name in names:
        shutil.copytree(archive_run.out / "tourism", out / name)
    return out


def test_equal_scores_come_by_document_name_whatever_order_they_were_indexed_in(
        archive_run, tmp_path):
    out = _copied_documents(archive_run, tmp_path, ["b-copy"])
    assert search.update_index(out) == (1, 1)
    shutil.copytree(out / "b-copy", out / "a-copy")      # indexed after b-copy
    assert search.update_index(out) == (1, 2)
    hits = search.search(out, "lang son du lich", limit=50)
    assert {h.doc for h in hits} == {"a-copy", "b-copy"}
    first = [h for h in hits if h.doc == "a-copy"]
    # each of a-copy's hits comes just before b-copy's same hit (the same score)
    assert [(h.doc, h.vi) for h in hits] == [
        (doc, h.vi) for h in first for doc in ("a-copy", "b-copy")]


def test_an_index_writer_closed_unfinished_leaves_the_index_as_it_was(archive_run, tmp_path):
    out = _copied_documents(archive_run, tmp_path, ["a-copy"])
    assert search.update_index(out) == (1, 1)
    shutil.copytree(out / "a-copy", out / "b-copy")
    writer = search.IndexWriter(out)
    assert writer.document(out / "b-copy")
    assert not writer.document(out / "a-copy")             # indexed as it is: skipped
    writer.close()                                         # a run stopped before its end
    assert {h.doc for h in search.search(out, "lang son du lich", limit=50)} == {"a-copy"}
    writer = search.IndexWriter(out)
    assert writer.document(out / "b-copy")
    assert writer.finish() == (1, 2)                       # done ahead, not done again
    assert {h.doc for h in search.search(out, "lang son du lich", limit=50)} == {
        "a-copy", "b-copy"}
