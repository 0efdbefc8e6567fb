"""The journal and newsletter layout families (``fixtures/layouts_journal.py``): the generator
is deterministic, its truth agrees with the text the PDFs carry, and the layout bench generates
them as development families (they were held out in the fifth round and looked at since).

Generation runs in a child process (``python fixtures/layouts_journal.py``), as the bench
runs it, so that two runs share no registered fonts or random state.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from layout_generated import (
    assert_articles_printed_whole,
    assert_same_files,
    assert_scanned_copy,
    assert_text_layer_matches,
    compact,
    load_bench,
    made_with_missing_faces,
    printed,
    truth_of,
)
from layout_generated import generate as run_generator

FAMILIES = ("journal", "newsletter")
SEED = 2300
DOCS = 2
TOLERANCE = 2.0        # points around a truth box


def generate(out: Path, *extra: str, seed: int = SEED, docs: int = DOCS) -> list[Path]:
    return run_generator("layouts_journal.py", out, *extra, seed=seed, docs=docs)


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("journal"))


def test_same_seed_gives_the_same_bytes_and_another_seed_other_documents(docs, tmp_path):
    assert_same_files(docs, generate(tmp_path / "again"))
    assert len(docs) == DOCS * len(FAMILIES)
    other = generate(tmp_path / "other", seed=SEED + 1, docs=1)
    for pdf in other:
        assert pdf.read_bytes() != (docs[0].parent / pdf.name).read_bytes()


def test_text_layer_holds_each_truth_block_in_its_box_and_nothing_outside_them(docs):
    """Every truth block's text is printed inside its box, and every printed character is in
    some truth block: furniture too (headers, labels, sidebars, ads, contents), so the split
    scorer sees every printed word."""
    for pdf in docs:
        assert_text_layer_matches(pdf, TOLERANCE)


def test_every_truth_paragraph_title_and_caption_is_printed_whole(docs):
    """Each truth paragraph is in its article's body blocks joined in reading order (a
    paragraph cut by a column or page break comes back together), and so each title and each
    caption with its credit, in the language it is printed in."""
    for pdf in docs:
        assert_articles_printed_whole(pdf)
        truth = truth_of(pdf)
        for index, article in enumerate(truth["articles"]):
            vi_caps = printed(truth, index, "vi", ("caption", "credit"))
            en_caps = printed(truth, index, "en", ("caption",))
            for cap in article["captions"]:
                assert cap["vi"] or cap["en"]
                if cap["vi"]:      # the pool has no collected photo: every caption a credit
                    assert compact(f"{cap['vi']} Ảnh: {cap['credit']}") in vi_caps
                if cap["en"]:
                    assert compact(f"{cap['en']} Photo: {cap['credit_en']}") in en_caps


def test_journal_pages_hold_several_entries_with_keyword_lines(docs):
    for pdf in (d for d in docs if d.name.startswith("journal")):
        truth = truth_of(pdf)
        per_page = [len({b["article"] for b in p["blocks"] if b["article"] is not None})
                    for p in truth["pages"]]
        assert max(per_page) >= 2, pdf.name
        assert len(truth["articles"]) >= 5
        keywords = [b for p in truth["pages"] for b in p["blocks"] if b["role"] == "keywords"]
        assert {b["text"].split()[0] for b in keywords} <= {"Từ", "Keywords:"}
        assert all(a["captions"] == [] for a in truth["articles"])


def test_newsletter_sets_vietnamese_in_two_columns_english_in_three_after_contents(docs):
    for pdf in (d for d in docs if d.name.startswith("newsletter")):
        truth = truth_of(pdf)
        first, second = truth["pages"][:2]
        assert (first["layout"], second["layout"]) == ("contents", "contents")
        assert {b["lang"] for b in first["blocks"] if b["role"] == "contents"} == {"vi"}
        assert {b["lang"] for b in second["blocks"] if b["role"] == "contents"} == {"en"}
        assert [len(c["vi"]) for c in truth["contents"]] == [len(truth["articles"])]
        for page in truth["pages"][2:]:
            body = [b for b in page["blocks"] if b["role"] == "body"]
            langs = {b["lang"] for b in page["blocks"] if b["role"] not in ("page-number", "ad")}
            assert len(langs) == 1, page["number"]      # one language a page (ads: both)
            wanted = {"vi": "two-column", "en": "three-column"}[langs.pop()]
            assert page["layout"] in (wanted, "photos")
            text = [b for b in page["blocks"] if b["role"] in ("body", "title", "intro")]
            assert (page["layout"] == "photos") == (not text)
            assert len({round(b["box"][0]) for b in body}) <= int(wanted[:5] == "three") + 2
        for b in (b for p in truth["pages"] for b in p["blocks"]):
            if b["role"] in ("sidebar", "ad", "contents", "header", "page-number"):
                assert b["article"] is None


def test_scanned_copy_is_image_only_with_the_truth_of_its_plain_twin(tmp_path):
    out = generate(tmp_path, "--scan", "--family", "journal", docs=1)
    scanned = next(p for p in out if p.name == "journal-1-scanned.pdf")
    truth = assert_scanned_copy(scanned)
    assert len(truth["articles"]) >= 3


def test_generation_works_with_dejavu_alone(tmp_path):
    """Without the Debian typefaces, DejaVu stands in under the faces' names and the truth
    says so."""
    for family in FAMILIES:
        params, fonts = made_with_missing_faces("journal_kit", "layouts_journal", family,
                                                tmp_path / f"{family}.pdf", tmp_path / "none")
        assert params["face_file"].startswith("DejaVu")
        assert fonts and all("DejaVu" in f for f in fonts), fonts


def test_the_layout_bench_generates_them_as_development_families(monkeypatch):
    bench = load_bench(monkeypatch)
    assert set(FAMILIES) <= set(bench.FAMILIES)
    assert not (set(FAMILIES) | {"sections", "furniture"}) & bench.HELD_OUT   # looked at
    generator = {Path(f).name for f in bench.GENERATOR}
    assert {"layouts_journal.py", "journal_kit.py", "layouts_newsletter.py"} <= generator
    layouts = sys.modules.get("layouts")
    assert layouts is not None and set(FAMILIES) <= set(layouts.FAMILIES)
