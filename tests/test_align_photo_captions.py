"""The photo pages' captions through the real pipeline (extract, repair, split, align).

``photos-digital.pdf`` whole (text layer: every caption exactly right), and one page of
``photos-scanned.pdf`` (real Tesseract): the page of captions set beside photographs, where
a caption's lines used to be read together with the photograph next to them and came apart
into body blocks, and where an English credit took a mark (``KHÁNH LY``). The align
stage's pairing rules were not written against these captions; the caption-reading rules
fixed with them were (see bench/bench_align.py).
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES, load_truth
from magpipe.artifacts import AlignArtifact
from magpipe.batch.orchestrator import process_document
from magpipe.config import Config
from magpipe.eval.align_score import score
from pypdf import PdfReader, PdfWriter

SCANNED_PAGE = 4          # photos-scanned.pdf: six captions beside their photographs


def _aligned(pdf, out) -> AlignArtifact:
    config = Config(out_dir=out, progress=False, workers=1)
    report = process_document(pdf, pdf.stem, config)
    assert report.status == "ok", report.error
    return AlignArtifact.load(out / pdf.stem / "align.json")


def _truth_of_page(truth: dict, number: int) -> dict:
    """The truth cut to the captions printed on page ``number`` (no article, so only the
    caption figures count)."""
    printed = {b["text"] for b in truth["pages"][number - 1]["blocks"]
               if b["role"] == "caption" and b["lang"] == "vi"}
    caps = [c for t in truth["articles"] for c in t["captions"] if c["vi"] in printed]
    return {"articles": [{"title": {"vi": None, "en": None}, "paragraphs": [], "intro": None,
                          "captions": caps}]}


@pytest.fixture(scope="module")
def digital(tmp_path_factory) -> AlignArtifact:
    return _aligned(FIXTURES / "photos-digital.pdf", tmp_path_factory.mktemp("photos"))


def test_every_caption_of_the_digital_photo_pages_is_exactly_right(digital):
    s = score(digital, load_truth("photos-digital.pdf"))
    assert s.captions == 28
    assert s.captions_exact == 28


def test_both_photo_page_articles_are_paired(digital):
    s = score(digital, load_truth("photos-digital.pdf"))
    assert s.paired_right == s.articles == 2


@pytest.mark.slow
def test_captions_beside_photographs_on_a_scanned_page_are_read_whole(tmp_path):
    page = tmp_path / "photos-scanned-p4.pdf"
    writer = PdfWriter()
    writer.add_page(PdfReader(FIXTURES / "photos-scanned.pdf").pages[SCANNED_PAGE - 1])
    with open(page, "wb") as handle:
        writer.write(handle)
    aligned = _aligned(page, tmp_path / "out")
    truth = _truth_of_page(load_truth("photos-scanned.pdf"), SCANNED_PAGE)
    s = score(aligned, truth, fuzzy=True)
    assert s.captions == 6
    assert s.captions_right == 6            # vi, en and credits, OCR letters aside
    wanted = {(c["credit"], c["credit_en"]) for c in truth["articles"][0]["captions"]}
    got = {(c.credit, c.credit_en) for a in aligned.articles for c in a.captions}
    assert wanted <= got                    # the credits character for character
