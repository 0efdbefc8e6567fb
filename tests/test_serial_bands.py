"""Two articles going on from page to page at once, each in its own part of the pages: a band
set apart (a light tint or a rule across the text width, white alone on a scan) recurring at
the same place on the next page is a stream of its own (``split.serial_bands``); each stream's
broken paragraphs link to its own part of the next page (``split.continuation``), and align
carries each article on with the text linked to it (``align.streams``). Saved ``tandem``
documents (``tools/tandem_test_data.py``, ``tests/data/layouts-tandem/``) and small
synthetic pages."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from align_blocks import make_split
from magpipe.align import align
from magpipe.align.articles import group_articles
from magpipe.artifacts import SplitArtifact
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Drawing, DrawingKind, Page, PageSource, RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.continuation import Piece, link
from magpipe.split.serial_bands import FOOT, HEAD, recurring_bands
from saved_pages import saved

BODY = 9.0


def _saved(name: str) -> tuple[RepairArtifact, dict]:
    return saved("layouts-tandem", name)


@pytest.mark.parametrize("name", ["tint", "parked", "scanned"])
def test_a_band_recurring_on_the_next_page_runs_its_own_article_on(name: str) -> None:
    """The band's text is the serial's (none of it kept out as a note), and every paragraph
    link of the two articles running at once is found, none joined to the other's."""
    artifact, truth = _saved(name)
    result = split(artifact, Config())
    s = split_score(result, artifact.pages, truth)
    assert s.in_correct / s.in_chars > 0.999
    a = align_score(align(result, Config()), truth, fuzzy=True)
    assert a.paired_right == a.articles
    assert a.links_right >= a.links_output - 1 and a.links_right >= a.links_truth - 2
    if name != "scanned":
        assert a.links_right == a.links_output == a.links_truth


def test_the_bands_text_follows_the_main_parts_and_links_to_the_next_pages_band() -> None:
    artifact, _ = _saved("tint")
    result = split(artifact, Config())
    page1, page2, page3 = result.pages
    texts = [b for b in page1.blocks if b.role not in (Role.PAGE_NUMBER, Role.HEADER)]
    tops = [b.box[1] for b in texts]
    band = [k for k, top in enumerate(tops) if top > 590]       # (the tint: 594-863)
    assert band and band == list(range(len(texts) - len(band), len(texts)))   # read last
    assert not any(b.role == Role.ASIDE for b in page2.blocks)
    ids = {b.id: b for p in result.pages for b in p.blocks}
    page2_band = [b for b in page2.blocks if b.box[1] > 590]
    # the serial alone on page 3: its first paragraph goes on from page 2's band
    first = next(b for b in page3.blocks if b.role == Role.BODY and b.lang == "vi")
    assert first.continued_from is not None and ids[first.continued_from] in page2_band


def _page(number: int, lines: list[float], drawings: tuple[Drawing, ...] = (),
          source: PageSource = PageSource.TEXT_LAYER) -> Page:
    """A page whose lines of text stand at the given tops, each across the text width."""
    words = tuple(Word(text="lời", box=(40.0, top, 540.0, top + BODY), size=BODY, line=k)
                  for k, top in enumerate(lines))
    return Page(number=number, width=580.0, height=820.0, source=source, reason="test",
                words=words, drawings=drawings)


def _text(top: float, foot: float) -> list[float]:
    return [top + 12.0 * k for k in range(int((foot - top) / 12.0) + 1)]


TINT = Drawing(DrawingKind.FILL, (36.0, 590.0, 544.0, 780.0), 0.9)


def test_a_tint_across_the_text_width_at_the_same_place_on_two_pages_is_a_band() -> None:
    lines = _text(60.0, 560.0) + _text(600.0, 760.0)
    pages = [_page(1, lines, (TINT,)), _page(2, lines, (TINT,))]
    bands = recurring_bands(pages, [BODY, BODY])
    assert set(bands) == {1, 2} and bands[1].edge == FOOT and bands[1].inner == 590.0
    # on one page only (a boxed note at a page's foot), or lower on the next page: no band
    assert recurring_bands(pages[:1], [BODY]) == {}
    lower = replace(TINT, box=(36.0, 640.0, 544.0, 780.0))
    assert recurring_bands([pages[0], _page(2, lines, (lower,))], [BODY, BODY]) == {}


def test_a_white_fill_a_tables_rule_and_an_articles_heads_make_no_band() -> None:
    lines = _text(60.0, 560.0) + _text(600.0, 760.0)
    white = replace(TINT, shade=1.0)          # a white panel (a backdrop's ground): no tint
    assert recurring_bands([_page(n, lines, (white,)) for n in (1, 2)], [BODY, BODY]) == {}
    rule = Drawing(DrawingKind.RULE, (36.0, 580.0, 544.0, 581.0), 0.0)
    frame = Drawing(DrawingKind.FRAME, (36.0, 580.0, 544.0, 780.0), 0.0)   # a table's top
    assert recurring_bands([_page(n, lines, (rule,)) for n in (1, 2)], [BODY, BODY])
    assert recurring_bands([_page(n, lines, (rule, frame)) for n in (1, 2)],
                           [BODY, BODY]) == {}
    # over the rule, an article's heads at the same place on facing pages: the running head,
    # a rubric, a title set large, a byline and a dateline (four lines about the body's
    # size), no band
    heads = _page(1, [20.0, 40.0, 70.0, 100.0, 120.0] + _text(200.0, 760.0),
                  (replace(rule, box=(36.0, 150.0, 544.0, 151.0)),))
    big = tuple(replace(w, size=2 * BODY) if w.line == 2 else w for w in heads.words)
    heads = replace(heads, words=big)
    assert recurring_bands([heads, replace(heads, number=2)], [BODY, BODY]) == {}


def test_a_rule_parts_a_band_and_a_running_heads_rule_none() -> None:
    rule = Drawing(DrawingKind.RULE, (36.0, 300.0, 544.0, 301.0), 0.0)
    head = Drawing(DrawingKind.RULE, (36.0, 40.0, 544.0, 41.0), 0.0)
    lines = [28.0] + _text(60.0, 290.0) + _text(310.0, 760.0)
    pages = [_page(n, lines, (head, rule)) for n in (1, 2)]
    bands = recurring_bands(pages, [BODY, BODY])
    assert bands[1].edge == HEAD and bands[1].inner == 300.5     # the upper, shallower side
    assert recurring_bands([_page(n, lines, (head,)) for n in (1, 2)], [BODY, BODY]) == {}


def test_a_scans_band_is_parted_by_a_row_of_white_alone() -> None:
    lines = _text(60.0, 270.0) + _text(300.0, 760.0)     # white 279-300: over two body sizes
    scans = [_page(n, lines, source=PageSource.OCR) for n in (1, 2)]
    assert recurring_bands(scans, [BODY, BODY])[2].edge == HEAD
    # a text layer's white alone parts nothing (its tints and rules are drawn)
    assert recurring_bands([_page(n, lines) for n in (1, 2)], [BODY, BODY]) == {}
    # a paragraph's space is no band's
    tight = _text(60.0, 270.0) + _text(282.0, 760.0)     # white 273-282: a body size
    assert recurring_bands([_page(n, tight, source=PageSource.OCR) for n in (1, 2)],
                           [BODY, BODY]) == {}


def _piece(id_: str, page: int, region: int, text: str, stream: int = 0) -> Piece:
    return Piece(id=id_, page=page, region=region, lang="vi", role=Role.BODY, text=text,
                 stream=stream)


def test_each_stream_links_to_its_own_part_of_the_next_page() -> None:
    pieces = [_piece("main1", 1, 0, "và tiếp tục"), _piece("band1", 1, 1, "đang kể", 1),
              _piece("main2", 2, 0, "phát triển."), _piece("band2", 2, 1, "câu chuyện", 1),
              # page 3: no band, the main part's article ended: the serial takes the page
              _piece("page3", 3, 0, "của làng.")]
    assert link(pieces) == {"main2": "main1", "band2": "band1", "page3": "band2"}
    # without streams, the main part's head would go on from the band's foot
    plain = [replace(p, stream=0) for p in pieces]
    assert link(plain)["main2"] == "band1"


def test_align_carries_each_article_on_with_the_text_linked_to_it() -> None:
    """Page 1: a feature's title and text, then the band's serial; page 2: the feature's text
    (linked to its page-1 piece), the serial's (linked to its), then a new paragraph of the
    serial in the band; page 3: the feature's new paragraph at the head, read first."""
    pages = [[("vi", Role.TITLE, "BÀI MỘT"), ("vi", Role.BODY, "Làng nghề dệt đang"),
              ("vi", Role.TITLE, "TRUYỆN DÀI"), ("vi", Role.BODY, "Ngày ấy, bà tôi kể")],
             [("vi", Role.BODY, "phát triển mạnh."), ("vi", Role.BODY, "chuyện cũ của làng."),
              ("vi", Role.BODY, "Mùa xuân năm ấy, trời rét."),
              ("vi", Role.BYLINE, "MAI THU")],
             [("vi", Role.BODY, "Nghề dệt được giữ gìn.")]]
    artifact = make_split(pages)
    links = {"p2-b0": "p1-b1", "p2-b1": "p1-b3"}
    artifact = replace(artifact, pages=tuple(
        replace(p, blocks=tuple(replace(b, continued_from=links.get(b.id)) for b in p.blocks))
        for p in artifact.pages))
    drafts = {d.title.text: [p.text for p in d.paragraphs]
              for d in group_articles(artifact).drafts if d.title is not None}
    assert drafts["BÀI MỘT"] == ["Làng nghề dệt đang phát triển mạnh.",
                                 "Nghề dệt được giữ gìn."]
    assert drafts["TRUYỆN DÀI"] == ["Ngày ấy, bà tôi kể chuyện cũ của làng.",
                                    "Mùa xuân năm ấy, trời rét."]


def test_a_bands_new_paragraph_at_its_head_goes_on_with_the_article_that_ended_in_it() -> None:
    """Page 1: the serial's title and text in a band at the head, its paragraph ending right at
    the band's foot, then a feature opening in the main part; page 2: a new paragraph of the
    serial at the band's head (no broken paragraph links it), then the feature's text. The
    band's paragraph is the serial's, not the feature's (the article open); where no band was
    found, the same paragraph goes on with the open article, as on any page."""
    pages = [[("vi", Role.TITLE, "TRUYỆN DÀI", 1), ("vi", Role.BODY, "Ngày ấy, bà tôi kể.", 1),
              ("vi", Role.TITLE, "BÀI MỘT", 0), ("vi", Role.BODY, "Làng nghề dệt đang", 0)],
             [("vi", Role.BODY, "Mùa xuân năm ấy, trời rét.", 1),
              ("vi", Role.BODY, "phát triển mạnh.", 0)]]
    artifact = make_split([[item[:3] for item in page] for page in pages])
    streams = {f"p{n}-b{i}": item[3] for n, page in enumerate(pages, 1)
               for i, item in enumerate(page)}
    artifact = replace(artifact, pages=tuple(
        replace(p, blocks=tuple(replace(b, stream=streams[b.id],
                                        continued_from="p1-b3" if b.id == "p2-b1" else None)
                                for b in p.blocks))
        for p in artifact.pages))

    def drafts(split_artifact):
        return {d.title.text: [p.text for p in d.paragraphs]
                for d in group_articles(split_artifact).drafts if d.title is not None}

    assert drafts(artifact) == {"TRUYỆN DÀI": ["Ngày ấy, bà tôi kể.", "Mùa xuân năm ấy, trời rét."],
                                "BÀI MỘT": ["Làng nghề dệt đang phát triển mạnh."]}
    plain = replace(artifact, pages=tuple(
        replace(p, blocks=tuple(replace(b, stream=0) for b in p.blocks))
        for p in artifact.pages))
    assert drafts(plain)["TRUYỆN DÀI"] == ["Ngày ấy, bà tôi kể."]


def test_split_marks_the_bands_blocks_and_old_artifacts_load_with_none_marked() -> None:
    artifact, _ = _saved("tint")
    result = split(artifact, Config())
    page2 = result.pages[1]
    texts = [b for b in page2.blocks if b.role not in (Role.PAGE_NUMBER, Role.HEADER)]
    assert texts and all(b.stream == int(b.box[1] > 590) for b in texts)   # (the tint: 594-863)
    assert not any(b.stream for b in page2.blocks if b.role in (Role.PAGE_NUMBER, Role.HEADER))
    old = json.loads(result.to_json())
    for page in old["pages"]:
        for block in page["blocks"]:
            del block["stream"]
    loaded = SplitArtifact.from_json(json.dumps(old))
    assert not any(b.stream for p in loaded.pages for b in p.blocks)
    assert [b.id for b in loaded.pages[1].blocks] == [b.id for b in page2.blocks]
