"""The review pages a batch run writes show each caption half beside the photos it sits by.

``magpipe run`` writes ``review.html`` with :func:`magpipe.archive.writers.write_review` (page
images, a crop per text), or, when the PDF cannot be drawn, the text-only page of
:func:`magpipe.batch.review.render_review`. Both must show what the align artifact says of
captions (``Caption.photos``): a pair's two halves in one row, each with its own photos, on
its own page when the halves are printed on two pages (``captions``: Vietnamese on page 1,
English on page 3), both halves beside the one photo they share (``interleaved``), and the
crop of a half printed on a page none of its article's text is on (``newsletter-scanned``).
The documents are saved split artifacts (no PDF): the page renderer is replaced by one that
names each page's image, so the test reads which pages were asked for and what was written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.archive import review, writers
from magpipe.archive.review import PageImage, RepairMarks
from magpipe.artifacts import SplitArtifact
from magpipe.batch.review import render_review
from magpipe.config import Config

DATA = Path(__file__).parent / "data"
DOCS = {"captions": DATA / "layouts" / "captions.split.json",
        "interleaved": DATA / "layouts" / "interleaved.split.json",
        "newsletter-scanned": DATA / "layouts-photos" / "newsletter-scanned.split.json"}


@pytest.fixture(scope="module")
def aligned():
    out = {}
    for name, path in DOCS.items():
        artifact = SplitArtifact.load(path)
        out[name] = (artifact, align(artifact, Config()))
    return out


def _batch_review(artifact, aligned_doc, tmp_path, monkeypatch) -> tuple[str, set[int]]:
    """The review page as the batch run writes it, and the pages it had drawn."""
    sizes = {p.number: (p.width, p.height) for p in artifact.pages}
    drawn: set[int] = set()

    def draw(source, doc_dir, numbers, *, source_sha256, password=None, turns=None):
        drawn.update(numbers)
        return {n: PageImage(n, f"pages/page-{n:04d}.jpg", *sizes[n]) for n in numbers}

    monkeypatch.setattr(review, "render_page_images", draw)
    source = tmp_path / "doc.pdf"
    source.write_bytes(b"%PDF-1.4\n")          # only its presence is checked; never drawn
    aligned_doc.save(tmp_path / "align.json")
    # the pages drawn are the ones the page shows
    page = writers.write_review(tmp_path, source=source, aligned=aligned_doc,
                                marks=RepairMarks({}))
    return page.read_text(encoding="utf-8"), drawn


def _caption_cells(page: str) -> list[dict[str, str]]:
    rows = [r for r in re.findall(r'<tr class="link[^"]*".*?</tr>', page, re.S)
            if 'data-field="caption"' in r]
    return [dict(re.findall(r'<td lang="(vi|en)" class="side">(.*?)</td>', r, re.S))
            for r in rows]


def _photo_boxes(c, lang: str) -> list:
    return [ph for ph in c.photos if ph.lang in (lang, "")]


def test_batch_review_shows_a_cross_page_pair_in_one_row_each_half_by_its_photo(
        aligned, tmp_path, monkeypatch):
    artifact, doc = aligned["captions"]
    page, _ = _batch_review(artifact, doc, tmp_path, monkeypatch)
    captions = [c for a in doc.articles for c in a.captions]
    cells = _caption_cells(page)
    assert len(cells) == len(captions)
    crossed = 0
    for c, cell in zip(captions, cells, strict=True):
        for lang in ("vi", "en"):
            half = [s for s in c.sources if s.lang == lang]
            if not half or not (c.vi if lang == "vi" else c.en):
                continue
            pages = set(re.findall(r'class="crop" data-page="(\d+)"', cell[lang]))
            assert pages == {str(s.page) for s in half}
            # the half's own boxes and one more for each photo it sits by, on its page
            photos = [ph for ph in _photo_boxes(c, lang) if ph.page in {s.page for s in half}]
            assert photos
            assert cell[lang].count('class="box"') == len(half) + len(photos)
        if c.vi and c.en and {s.page for s in c.sources if s.lang == "vi"} != {
                s.page for s in c.sources if s.lang == "en"}:
            crossed += 1
    assert crossed


def test_batch_review_shows_a_shared_photo_beside_both_halves(aligned, tmp_path, monkeypatch):
    artifact, doc = aligned["interleaved"]
    page, _ = _batch_review(artifact, doc, tmp_path, monkeypatch)
    captions = [c for a in doc.articles for c in a.captions]
    assert captions and all(c.vi and c.en and [ph.lang for ph in c.photos] == [""]
                            for c in captions)
    for c, cell in zip(captions, _caption_cells(page), strict=True):
        for lang in ("vi", "en"):
            half = [s for s in c.sources if s.lang == lang]
            assert cell[lang].count('class="box"') == len(half) + 1


def test_batch_review_draws_the_page_of_a_caption_half_no_article_text_is_on(
        aligned, tmp_path, monkeypatch):
    artifact, doc = aligned["newsletter-scanned"]
    text_pages = {n for a in doc.articles for n in a.pages}
    caption_pages = {s.page for a in doc.articles for c in a.captions for s in c.sources}
    assert caption_pages - text_pages            # the case this test is about
    page, drawn = _batch_review(artifact, doc, tmp_path, monkeypatch)
    assert caption_pages | text_pages <= drawn
    shown = {int(n) for cell in _caption_cells(page) for text in cell.values()
             for n in re.findall(r'class="crop" data-page="(\d+)"', text)}
    assert caption_pages <= shown


def test_text_only_review_names_each_half_s_photos_on_its_own_page(aligned):
    for name in ("captions", "interleaved"):
        _, doc = aligned[name]
        page = render_review(doc)
        rows = [r for r in re.findall(r"<tr[^>]*>.*?</tr>", page, re.S)
                if '<td class="kind">caption</td>' in r]
        captions = [c for a in doc.articles for c in a.captions]
        assert len(rows) == len(captions)
        for c, row in zip(captions, rows, strict=True):
            cells = dict(re.findall(r'<td lang="(vi|en)">(.*?)</td>', row, re.S))
            for lang, cell in cells.items():
                half_pages = {s.page for s in c.sources if s.lang == lang}
                want = {(str(ph.page), ",".join(f"{v:.1f}" for v in ph.box))
                        for ph in _photo_boxes(c, lang) if ph.page in half_pages}
                got = set(re.findall(r'class="src photo" href="#page-\d+" data-page="(\d+)" '
                                     r'data-box="([^"]+)"', cell))
                assert got == want and want
        # the photos are listed with the page's source boxes
        photo = next(ph for a in doc.articles for c in a.captions for ph in c.photos)
        assert f'<li data-box="{",".join(f"{v:.1f}" for v in photo.box)}">photo' in page
