"""A "next issue" box of no article (``magpipe.split.teasers``). Pages of the ``teaser``
family saved by ``tools/teaser_test_data.py``: the box's label, coming titles and blurbs in
each language are kept out of the articles and the articles' text around it stays in, on a
text layer (under a rule at the page's top, in a frame at its foot) and on OCR (the label
run into the first title, a title cut in two); the same box with one language's half gone
or down to its label, with one coming title, with its titles at the blurbs' size, with
blurbs going on from the line over them or with article text going on under it in its
column is no box, nor OCR's column of short French items, a line a block, beside a byline
(``trilingual``)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact
from magpipe.config import Config
from magpipe.split import geometry_of, split
from magpipe.split.teasers import teasers

DATA = Path(__file__).parent / "data" / "layouts-teaser"


def _load(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, split(pages, Config(), roles="rules"), truth


def _words(text: str) -> list[str]:
    """``text``'s words, folded, without the marks OCR strews around them."""
    return [w for w in (w.strip(".,:;!?'\"“”‘’()") for w in text.casefold().split()) if w]


def _holding(blocks, text: str):
    """The blocks of text whose words are mostly words of ``text`` (truth blocks'); OCR's
    junk (a few letters read off a rule or a photo: ``Role.OTHER``) left aside."""
    words = set(_words(text))
    return [b for b in blocks if _words(b.text) and b.role != Role.OTHER
            and sum(w in words for w in _words(b.text)) * 2 > len(_words(b.text))]


@pytest.mark.parametrize("name", ["ruled-top", "framed-foot", "scanned-run-on", "scanned-cut"])
def test_a_next_issue_box_in_each_language_is_kept_out_and_the_article_text_kept_in(name
                                                                                    ) -> None:
    _, result, truth = _load(name)
    blocks = [b for page in result.pages for b in page.blocks]
    want = [b for page in truth["pages"] for b in page["blocks"]]
    box = [b for b in want if b["role"] == "sidebar"]
    assert {b["lang"] for b in box} == {"vi", "en"}
    # (OCR reads a title and its blurb, or the label, as one block: the box's text as a whole)
    found = _holding(blocks, " ".join(b["text"] for b in box))
    assert all(f.role in FURNITURE_ROLES for f in found), found
    out = {w for f in found for w in _words(f.text)}
    for b in box:
        words = _words(b["text"])
        assert sum(w in out for w in words) >= 0.8 * len(words), b["text"]
    body = [b for b in want if b["role"] in ("body", "intro", "title")]
    assert body
    for b in body:
        found = _holding(blocks, b["text"])
        assert not found or all(f.role not in FURNITURE_ROLES for f in found), b["text"]


def _box():
    """The page ``ruled-top``, its blocks as split leaves them, its body size and the box's
    blocks ``teasers`` finds on it."""
    pages, result, _ = _load("ruled-top")
    page, blocks = pages.pages[0], list(result.pages[0].blocks)
    body = geometry_of(pages)[0].body_size      # (as split measures it)
    found = teasers(page, blocks, body)
    assert {b.lang for b in blocks if b.id in found} == {Lang.VI, Lang.EN}
    return page, blocks, body, [b for b in blocks if b.id in found]


def test_half_a_box_with_no_twin_level_with_it_is_no_box() -> None:
    page, blocks, body, box = _box()
    alone = [b for b in blocks if b not in box or b.lang == Lang.VI]
    assert teasers(page, alone, body) == {}


def test_one_coming_title_over_its_blurb_is_no_box() -> None:
    page, blocks, body, box = _box()
    # each half keeps its label, first title and first blurb (a box story's look)
    kept = {b.id for lang in (Lang.VI, Lang.EN)
            for b in sorted((c for c in box if c.lang == lang), key=lambda c: c.box[1])[:3]}
    assert teasers(page, [b for b in blocks if b not in box or b.id in kept], body) == {}


def test_titles_set_at_the_blurbs_size_are_no_box() -> None:
    page, blocks, body, box = _box()
    size = min(page.words[i].size for b in box for i in b.words)
    flat = replace(page, words=tuple(replace(w, size=size) if i in
                                     {j for b in box for j in b.words} else w
                                     for i, w in enumerate(page.words)))
    assert teasers(flat, blocks, body) == {}


@pytest.mark.parametrize("gap", [0.5, 2.0])     # (x body size: in the stack, or under it)
def test_a_stack_with_article_text_going_on_under_it_in_its_column_is_no_box(gap) -> None:
    page, blocks, body, box = _box()
    for lang in (Lang.VI, Lang.EN):
        half = [b for b in box if b.lang == lang]
        text = max((b for b in blocks if b.lang == lang and b.role == Role.BODY),
                   key=lambda b: len(b.words))
        foot, left = max(b.box[3] for b in half), min(b.box[0] for b in half)
        height = text.box[3] - text.box[1]
        moved = Block(id="moved", page=text.page, text=text.text, lang=text.lang,
                      role=Role.BODY, words=text.words, box=(left, foot + gap * body,
                                                             text.box[2], foot + gap * body
                                                             + height))
        assert not any(b.lang == lang for b in blocks if b.id in teasers(
            page, [*blocks, moved], body)), lang


def test_half_a_box_beside_its_twins_label_alone_is_no_box() -> None:
    page, blocks, body, box = _box()
    label = min((b for b in box if b.lang == Lang.EN), key=lambda b: b.box[1])
    assert teasers(page, [b for b in blocks if b not in box or b.lang == Lang.VI
                          or b is label], body) == {}


def test_blurbs_going_on_from_the_line_over_them_are_no_box() -> None:
    page, blocks, body, box = _box()
    # each half's first blurb starting in lower case: the title over it would be its first
    # line, and each half keeps one coming title over a blurb
    firsts = {lang: sorted((b for b in box if b.lang == lang), key=lambda b: b.box[1])[2].id
              for lang in (Lang.VI, Lang.EN)}
    cut = [replace(b, text=b.text[0].lower() + b.text[1:]) if b.id in firsts.values() else b
           for b in blocks]
    assert teasers(page, cut, body) == {}


def test_short_ocr_lines_beside_a_byline_are_no_box() -> None:
    pages, result, _ = _load("trilingual-briefs")
    blocks = [b for page in result.pages for b in page.blocks]
    assert teasers(pages.pages[0], blocks, geometry_of(pages)[0].body_size) == {}
    assert [b.role for b in blocks if b.text == "KHONG NGHIA"] == [Role.BYLINE]
