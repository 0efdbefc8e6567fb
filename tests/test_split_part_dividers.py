"""Part dividers of no article (``magpipe.split.part_dividers``): a part's head and blurb in
a drawn panel of their own over an article's head, or alone on a page set larger than the
document's body before a page an article's head opens, are text of no article; the article
under them keeps its head and text. Pages of the ``divider`` family saved by
``tools/divider_test_data.py``; the pure rule on blocks built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import Drawing, DrawingKind, Page, PageSource, RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.part_dividers import HALF_REASON, PAGE_REASON, PANEL_REASON, dividers

DATA = Path(__file__).parent / "data" / "layouts-divider"


def _truth_blocks(name: str) -> list[dict]:
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return [{**b, "page": page["number"]} for page in truth["pages"] for b in page["blocks"]]


def _area(box) -> float:
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


def _holding(blocks: list[Block], truth: dict) -> list[Block]:
    """The blocks on the truth block's page sharing most of its box or lying mostly in it
    (OCR misreads display lines, and a title's two languages may be read as one block: their
    text cannot be matched)."""
    x0, y0, x1, y1 = truth["box"]

    def shared(b: Block) -> float:
        common = _area((max(b.box[0], x0), max(b.box[1], y0), min(b.box[2], x1),
                        min(b.box[3], y1)))
        least = min(_area(b.box), _area(truth["box"]))
        return common / least if least > 0 else 0.0

    return [b for b in blocks if b.page == truth["page"] and shared(b) >= 0.5]


@pytest.mark.parametrize("name", ["page-tint", "band-frame", "scanned-page", "scanned-band"])
def test_a_parts_divider_is_no_articles_text_and_the_article_under_it_keeps_its_head(
        name: str) -> None:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config(), roles="rules")
    blocks = [b for page in result.pages for b in page.blocks]
    want = _truth_blocks(name)
    divider = [b for b in want if b["role"] == "sidebar"]
    assert len(divider) == 6
    for b in divider:
        found = _holding(blocks, b)
        assert found and all(f.role == Role.ASIDE for f in found), \
            (b["text"], [(f.role, f.text[:30]) for f in found])
    titles = [b for b in want if b["role"] == "title"]
    assert titles
    for b in titles:
        found = _holding(blocks, b)
        assert found and all(f.role == Role.TITLE for f in found), (b["text"], found)


# ---- the rule on blocks built by hand: a page of 600 x 800 points, body 9 pt

BODY = {1: 9.0, 2: 9.0}
PANEL = Drawing(DrawingKind.FILL, (30.0, 40.0, 570.0, 220.0), 0.9)


def _page(number: int, lines: int, drawings: tuple[Drawing, ...] = ()) -> Page:
    """A page whose words 0..lines-1 each stand on a line of their own."""
    words = tuple(Word(text="w", box=(40.0, 50.0 + 12 * k, 60.0, 59.0 + 12 * k), size=9.0,
                       line=k) for k in range(lines))
    return Page(number=number, width=600.0, height=800.0, source=PageSource.TEXT_LAYER,
                reason="", words=words, drawings=drawings)


def _block(k: int, role: Role, lang: Lang, top: float, bottom: float, page: int = 1,
           words: tuple[int, ...] = ()) -> Block:
    return Block(id=f"p{page}-b{k}", page=page, box=(40.0, top, 540.0, bottom), text=f"t{k}",
                 lang=lang, role=role, words=words)


def _band(last: Role = Role.BODY, blurb_lines: int = 2) -> list[Block]:
    """A part's number, name and blurbs over an article's head and text, on page 1."""
    return [_block(0, Role.SECTION, Lang.VI, 50, 60), _block(1, Role.TITLE, Lang.VI, 80, 100),
            _block(2, Role.TITLE, Lang.EN, 104, 120),
            _block(3, Role.BODY, Lang.VI, 150, 172, words=tuple(range(blurb_lines))),
            _block(4, last, Lang.EN, 180, 202, words=(0, 1)),
            _block(5, Role.TITLE, Lang.VI, 245, 300), _block(6, Role.TITLE, Lang.EN, 310, 350),
            _block(7, Role.BODY, Lang.VI, 360, 700)]


def test_a_head_and_blurb_in_a_panel_right_over_an_articles_head_are_a_divider() -> None:
    found = dividers([(_page(1, 12, (PANEL,)), _band())], BODY)
    assert found == {f"p1-b{k}": PANEL_REASON for k in range(5)}


def test_the_same_blocks_with_no_panel_drawn_are_no_divider() -> None:
    # (a title and a short text over another article: a brief, a boxed story read as one)
    assert dividers([(_page(1, 12), _band())], BODY) == {}


def test_a_panel_whose_text_is_signed_or_long_is_no_divider() -> None:
    assert dividers([(_page(1, 12, (PANEL,)), _band(last=Role.BYLINE))], BODY) == {}
    assert dividers([(_page(1, 12, (PANEL,)), _band(blurb_lines=12))], BODY) == {}


def _strip_on_next_page(head: bool) -> list[Block]:
    """Page 2's blocks: text in the band at the same place as page 1's (a serial going on),
    under a head of its own (the next part's divider) or none."""
    strip = [_block(3, Role.BODY, Lang.VI, 150, 172, page=2, words=(0, 1)),
             _block(4, Role.BODY, Lang.EN, 180, 202, page=2, words=(0, 1))]
    if head:
        strip = [_block(1, Role.TITLE, Lang.VI, 80, 100, page=2),
                 _block(2, Role.TITLE, Lang.EN, 104, 120, page=2), *strip]
    return [*strip, _block(7, Role.BODY, Lang.VI, 245, 700, page=2)]


def test_a_serials_strip_going_on_overleaf_in_the_same_band_is_no_divider() -> None:
    # (a serial's first instalment in a tinted strip over the features' head has a divider's
    # shape; its strip recurs on the next page holding only its text: seed 5400's tandem-3)
    pages = [(_page(1, 12, (PANEL,)), _band()), (_page(2, 12, (PANEL,)),
                                                 _strip_on_next_page(head=False))]
    streams = frozenset({*(f"p1-b{k}" for k in range(5)), "p2-b3", "p2-b4"})
    assert dividers(pages, BODY, streams) == {}
    # dividers set as bands on pages that follow each other each hold their part's head
    pages[1] = (pages[1][0], _strip_on_next_page(head=True))
    streams |= {"p2-b1", "p2-b2"}
    found = dividers(pages, BODY, streams)
    assert {k for k, v in found.items() if k.startswith("p1-")} == \
        {f"p1-b{k}" for k in range(5)}


def test_a_panel_far_over_the_head_is_no_divider() -> None:
    far = Drawing(DrawingKind.FILL, (30.0, 40.0, 570.0, 210.0), 0.9)
    blocks = _band()
    blocks[5:] = [_block(5, Role.TITLE, Lang.VI, 300, 330),
                  _block(6, Role.TITLE, Lang.EN, 334, 350),
                  _block(7, Role.BODY, Lang.VI, 360, 700)]
    assert dividers([(_page(1, 12, (far,)), blocks)], BODY) == {}


def _half_kept_out(lines: int = 2, lang: Lang = Lang.EN) -> list[Block]:
    """A band's head and Vietnamese blurb kept out as a box down the left column, the
    English blurb beside the blurb in the right one, an article's head under them."""
    left = [Block(id=f"p1-b{k}", page=1, box=(40.0, top, 280.0, top + 20), text=f"t{k}",
                  lang=Lang.VI, role=Role.ASIDE, words=(0, 1) if k == 2 else (0,))
            for k, top in enumerate((50.0, 80.0, 150.0))]
    right = Block(id="p1-b3", page=1, box=(300.0, 151.0, 540.0, 172.0), text="t3", lang=lang,
                  role=Role.BODY, words=tuple(range(lines)))
    return [*left, right, _block(5, Role.TITLE, Lang.VI, 245, 300),
            _block(6, Role.TITLE, Lang.EN, 310, 350), _block(7, Role.BODY, Lang.VI, 360, 700)]


def test_a_blurb_level_with_its_twin_in_a_box_kept_out_over_a_head_is_the_boxs_half() -> None:
    assert dividers([(_page(1, 12), _half_kept_out())], BODY) == {"p1-b3": HALF_REASON}


def test_a_text_beside_a_box_in_its_own_language_or_much_longer_is_no_half() -> None:
    assert dividers([(_page(1, 12), _half_kept_out(lang=Lang.VI))], BODY) == {}
    assert dividers([(_page(1, 12), _half_kept_out(lines=6))], BODY) == {}


def _own_page() -> list[tuple[Page, list[Block]]]:
    """A part's head and blurbs alone on page 1, an article's head opening page 2."""
    first = [_block(0, Role.TITLE, Lang.VI, 300, 330), _block(1, Role.TITLE, Lang.EN, 334, 350),
             _block(2, Role.BODY, Lang.VI, 360, 400, words=(0, 1, 2)),
             _block(3, Role.BODY, Lang.EN, 410, 450, words=(0, 1, 2))]
    second = [_block(0, Role.TITLE, Lang.VI, 50, 90, page=2),
              _block(1, Role.TITLE, Lang.EN, 95, 120, page=2),
              _block(2, Role.BODY, Lang.VI, 130, 700, page=2)]
    return [(_page(1, 3), first), (_page(2, 40), second)]


def test_a_head_and_blurb_alone_on_a_page_set_large_before_an_articles_head_are_a_divider(
        ) -> None:
    found = dividers(_own_page(), {1: 13.5, 2: 9.0})
    assert found == {f"p1-b{k}": PAGE_REASON for k in range(4)}


def test_a_short_article_alone_on_a_page_at_the_bodys_size_is_no_divider() -> None:
    assert dividers(_own_page(), {1: 9.0, 2: 9.0}) == {}
