"""A booklet in printer's spreads (the ``imposed`` layout family): every page of the file a
sheet side holding two booklet pages in the folded sheets' order, read in booklet order
(``split.imposition``). Split and align of a saved file (``tests/data/layouts-imposed/``,
made by ``tools/imposed_test_data.py``), and the page numbers' evidence on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import FURNITURE_ROLES, Block, Lang, Role
from magpipe.artifacts.pages import Page, PageSource, RepairArtifact
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.eval.split_score import score as split_score
from magpipe.split import split
from magpipe.split.imposition import LEFT, RIGHT, booklet_halves, booklet_order

DATA = Path(__file__).parent / "data" / "layouts-imposed"


@pytest.fixture(scope="module")
def spreads():
    pages = RepairArtifact.load(DATA / "spreads.repair.json")
    truth = json.loads((DATA / "spreads.truth.json").read_text(encoding="utf-8"))
    return pages, truth, split(pages, Config())


def _middle(block: Block) -> float:
    return (block.box[0] + block.box[2]) / 2


def test_sheet_sides_are_read_as_booklet_pages_in_booklet_order(spreads) -> None:
    _, truth, result = spreads
    # the file's sheet sides hold pages 8 and 1, 2 and 7, 6 and 3, 4 and 5
    where = {n: (sheet["number"], side) for sheet in truth["pages"]
             for side, n in enumerate(sheet["booklet_pages"])}
    want = [where[n] for n in sorted(where)]
    got = []
    for layout in result.pages:
        sides = {LEFT if _middle(b) < layout.width / 2 else RIGHT for b in layout.blocks}
        assert len(sides) == 1, layout.number       # a layout holds one half's blocks
        got.append((layout.number, sides.pop()))
    assert got == want


def test_intro_goes_on_at_the_next_booklet_page_on_another_sheet(spreads) -> None:
    # the second article's intro starts at the foot of booklet page 2 (the file's second
    # sheet side) and goes on at page 3's head (the third), after pages 7 and 6 in the file
    _, truth, result = spreads
    want = next(a for a in truth["articles"] if a["title"]["vi"].startswith("LÃNH ĐẠO"))
    got = next(a for a in align(result, Config()).articles
               if (a.title.vi or "").startswith("LÃNH ĐẠO"))
    assert (got.intro.vi, got.intro.en) == (want["intro"]["vi"], want["intro"]["en"])
    assert got.pages == (2, 3, 4)


def test_back_cover_imprint_is_no_article_text(spreads) -> None:
    _, _, result = spreads
    cover = [b for b in result.pages[-1].blocks]
    assert any(b.text.startswith("Lang Son Provincial Friendship") for b in cover)
    assert all(b.role in FURNITURE_ROLES for b in cover)


def test_booklet_name_its_running_heads_repeat_is_a_nameplate(spreads) -> None:
    # the name set some 2.3 times the body over the issue line, 1.35 times the first title:
    # inside pages are headed NHỊP CẦU XỨ LẠNG · SỐ 12
    _, _, result = spreads
    first = result.pages[0].blocks
    band = [b for b in first if b.box[3] < 140.0]
    assert [b.text for b in band][:2] == ["NHỊP CẦU XỨ LẠNG", "Lang Son Bridges"]
    assert all(b.role == Role.HEADER for b in band)
    assert next(b for b in first if b.role == Role.TITLE).text.startswith("HỘI ĐÀM")


def test_articles_pair_and_link_in_booklet_order(spreads) -> None:
    pages, truth, result = spreads
    aligned = align(result, Config())
    score = align_score(aligned, truth, fuzzy=True)
    assert score.paired_right == score.articles == 3
    assert score.links_right == score.links_truth
    assert score.links_output == score.links_truth
    assert {n for a in aligned.articles for n in a.pages} <= {p.number for p in pages.pages}
    # the scorer meets each half's blocks by the file's page and word numbers
    kept = split_score(result, pages.pages, truth)
    assert kept.in_chars > 0 and kept.in_correct == kept.in_chars


def _sheet(number: int, left: int | None, right: int | None, width: float = 800.0,
           height: float = 560.0) -> tuple[Page, list[Block]]:
    """A sheet side with a text block in each half and the printed page numbers given."""
    page = Page(number, width, height, PageSource.TEXT_LAYER, "")
    blocks = [Block(f"p{number}-b0", number, (40.0, 60.0, 360.0, 500.0), "text", Lang.VI,
                    Role.BODY),
              Block(f"p{number}-b1", number, (440.0, 60.0, 760.0, 500.0), "text", Lang.VI,
                    Role.BODY)]
    for k, (n, x) in enumerate(((left, 40.0), (right, 750.0))):
        if n is not None:
            blocks.append(Block(f"p{number}-n{k}", number, (x, 540.0, x + 8.0, 550.0), str(n),
                                Lang.UNKNOWN, Role.PAGE_NUMBER))
    return page, blocks


def _order(sheets) -> list[tuple[int, int, int]] | None:
    halves = booklet_halves(sheets)
    return None if halves is None else [(h.number, h.sheet, h.side) for h in halves]


def test_imposed_numbers_put_the_halves_in_booklet_order() -> None:
    sheets = [_sheet(1, None, None), _sheet(2, 2, 7), _sheet(3, 6, 3), _sheet(4, 4, 5)]
    assert _order(sheets) == [(1, 0, RIGHT), (2, 1, LEFT), (3, 2, RIGHT), (4, 3, LEFT),
                              (5, 3, RIGHT), (6, 2, LEFT), (7, 1, RIGHT), (8, 0, LEFT)]
    # a half whose number is not printed takes the sheet's sum less its partner's
    sheets = [_sheet(1, None, None), _sheet(2, 2, None), _sheet(3, 6, 3), _sheet(4, 4, 5)]
    assert [n for n, _, _ in _order(sheets) or []] == list(range(1, 9))


def test_four_page_booklet_numbering_only_its_middle_spread_is_imposed() -> None:
    assert _order([_sheet(1, None, None), _sheet(2, 2, 3)]) == [
        (1, 0, RIGHT), (2, 1, LEFT), (3, 1, RIGHT), (4, 0, LEFT)]


def test_sheets_in_another_order_follow_their_numbers() -> None:
    # the sheets scanned in another order than the printer's: each by its numbers, the one
    # sheet side with no number read taking the one pair no other holds
    sheets = [_sheet(1, 4, 5), _sheet(2, 2, 7), _sheet(3, None, None), _sheet(4, 6, 3)]
    assert _order(sheets) == [(1, 2, RIGHT), (2, 1, LEFT), (3, 3, RIGHT), (4, 0, LEFT),
                              (5, 0, RIGHT), (6, 3, LEFT), (7, 1, RIGHT), (8, 2, LEFT)]


def test_facing_pages_and_portrait_pages_are_not_imposed() -> None:
    # a magazine's spreads: two pages that follow each other on every sheet
    assert _order([_sheet(1, 2, 3), _sheet(2, 4, 5), _sheet(3, 6, 7)]) is None
    # one sheet side's numbers alone may add up to anything, away from their usual place
    assert _order([_sheet(1, None, None), _sheet(2, 2, 3), _sheet(3, None, None)]) is None
    # portrait pages hold one page each
    assert _order([_sheet(k, 2 * k, 9 - 2 * k, 400.0, 560.0) for k in (1, 2)]) is None
    # numbers that disagree: no imposition shown
    assert _order([_sheet(1, 8, 1), _sheet(2, 2, 9), _sheet(3, 6, 5), _sheet(4, 4, 3)]) is None


def test_order_of_blocks_and_regions_follows_the_halves() -> None:
    sheets = [_sheet(1, None, None), _sheet(2, 2, 3)] + [_sheet(3, 6, 3), _sheet(4, 4, 5)]
    sheets[1] = _sheet(2, 2, 7)
    per_page = [(page, blocks, list(range(len(blocks)))) for page, blocks in sheets]
    out = booklet_order(per_page)
    assert [page.number for page, _, _ in out] == [1, 2, 3, 4, 4, 3, 2, 1]
    assert all(len(blocks) == len(regions) for _, blocks, regions in out)
    # page 1's half keeps its text; the back cover, unnumbered, holds no article's text
    assert [b.role for b in out[0][1]] == [Role.BODY]
    assert [b.role for b in out[-1][1]] == [Role.ASIDE]


def _headed(sheet: tuple[Page, list[Block]], sides: tuple[int, ...]) -> tuple[Page, list[Block]]:
    """The sheet side with a running head in the head band of each half of ``sides``."""
    page, blocks = sheet
    heads = [Block(f"p{page.number}-h{side}", page.number,
                   (40.0 + 400.0 * side, 12.0, 200.0 + 400.0 * side, 22.0), "BRIDGES · NO 12",
                   Lang.EN, Role.HEADER) for side in sides]
    return page, heads + blocks


def test_no_number_read_booklet_opening_on_its_outer_sheet_is_imposed() -> None:
    # OCR read no page number; the first sheet side's left half (the back cover) prints no
    # running head and no title, every other sheet side a running head on one half at least
    sheets = [_sheet(1, None, None), _headed(_sheet(2, None, None), (LEFT,)),
              _headed(_sheet(3, None, None), (RIGHT,)), _headed(_sheet(4, None, None),
                                                               (LEFT, RIGHT))]
    assert _order(sheets) == [(1, 0, RIGHT), (2, 1, LEFT), (3, 2, RIGHT), (4, 3, LEFT),
                              (5, 3, RIGHT), (6, 2, LEFT), (7, 1, RIGHT), (8, 0, LEFT)]


def test_no_number_read_spreads_without_a_bare_first_page_are_not_imposed() -> None:
    headed = [_headed(_sheet(k, None, None), (LEFT, RIGHT)) for k in (2, 3)]
    # the first sheet side's left page prints a running head: a magazine's spread
    assert _order([_headed(_sheet(1, None, None), (LEFT,)), *headed]) is None
    # ... or opens an article under its title
    page, blocks = _sheet(1, None, None)
    title = Block("p1-t", 1, (40.0, 30.0, 360.0, 55.0), "TITLE", Lang.VI, Role.TITLE)
    assert _order([(page, [title, *blocks]), *headed]) is None
    # a sheet side past the first with no running head at all
    assert _order([_sheet(1, None, None), headed[0], _sheet(3, None, None)]) is None


def test_no_number_read_spread_whose_title_runs_across_the_fold_is_not_imposed() -> None:
    # a magazine's spread whose left page reads bare (its running head set under the head
    # band): its title runs across both pages, which a back cover and page 1 never share
    headed = [_headed(_sheet(k, None, None), (LEFT, RIGHT)) for k in (2, 3)]
    page, blocks = _sheet(1, None, None)
    title = Block("p1-t", 1, (60.0, 20.0, 740.0, 45.0), "TITLE", Lang.VI, Role.TITLE)
    assert _order([(page, [title, *blocks]), *headed]) is None
    # a title on page 1 alone, however near the fold, leaves the outer sheet read as such
    title = Block("p1-t", 1, (390.0, 20.0, 740.0, 45.0), "TITLE", Lang.VI, Role.TITLE)
    assert _order([(page, [title, *blocks]), *headed]) is not None


def test_scanned_booklet_whose_page_numbers_ocr_lost_is_read_in_booklet_order() -> None:
    # imposed-3-scanned: sheet sides 8|1, 2|7, 6|3, 4|5, no page number read; the back cover
    # (the first sheet side's left half) is read last and kept out of the articles
    pages = RepairArtifact.load(DATA / "spreads-scan.repair.json")
    truth = json.loads((DATA / "spreads-scan.truth.json").read_text(encoding="utf-8"))
    result = split(pages, Config())
    where = {n: (sheet["number"], side) for sheet in truth["pages"]
             for side, n in enumerate(sheet["booklet_pages"])}
    got = []
    for layout in result.pages:
        sides = {LEFT if _middle(b) < layout.width / 2 else RIGHT for b in layout.blocks}
        assert len(sides) == 1, layout.number
        got.append((layout.number, sides.pop()))
    assert got == [where[n] for n in sorted(where)]
    assert all(b.role in FURNITURE_ROLES for b in result.pages[-1].blocks
               if b.role not in (Role.CAPTION, Role.CREDIT))
    kept = split_score(result, pages.pages, truth)
    assert kept.out_correct >= 0.9 * kept.out_chars


def _scan(name: str):
    pages = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return pages, truth, split(pages, Config())


def test_scanned_booklet_with_no_number_read_and_no_running_head_is_read_in_booklet_order(
        ) -> None:
    # two sheet sides (pages 4 and 1, 2 and 3): OCR read no page number, and the file prints
    # no running head, only the English half's head over a rule a little under the furniture
    # margin (``IN ENGLISH · LANG SON BRIDGES``, read as a title) at the second sheet side's
    # left; the back cover's imprint, in a frame OCR does not see, is then the booklet's last
    # page: no article's
    pages, truth, result = _scan("booklet-scan")
    assert [(layout.number, _middle(layout.blocks[0]) < layout.width / 2)
            for layout in result.pages] == [(1, False), (2, True), (2, False), (1, True)]
    imprint = [b for b in result.pages[-1].blocks if b.text.startswith(
        ("Hội Hữu nghị tỉnh", "Lang Son Provincial"))]
    assert len(imprint) == 2 and all(b.role in FURNITURE_ROLES for b in imprint)


def test_scanned_nameplate_read_as_tall_as_the_titles_under_it_is_a_nameplate() -> None:
    # OCR reads the marked capitals of the titles under the nameplate (``DÂN TỘC CHOANG``)
    # nearly as tall as ``NHỊP CẦU XỨ LẠNG``, whose letters are half as wide again: the
    # nameplate and its issue lines are running heads
    pages, truth, result = _scan("nameplate-scan")
    band = [b for b in result.pages[0].blocks if b.box[3] < 140.0 and b.box[0] > 400.0]
    assert band[0].text.startswith("NHỊP C")
    assert any(b.text.startswith("Newsletter of the Provincial") for b in band)
    assert all(b.role == Role.HEADER for b in band)
    scored = split_score(result, pages.pages, truth)
    assert scored.out_correct == scored.out_chars
