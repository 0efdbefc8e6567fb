"""A feature set on a chequerboard, text cells and photo cells of one size alternating on a
lattice (``split.lattices``): its text is read cell by cell along the rows, its tinted text
cells are the article's (no boxes of no article: ``split.drawn_boxes``), and align carries a
paragraph on into the next text cell, a row down and beside it (``align.drafts``)."""

from __future__ import annotations

from dataclasses import replace

from magpipe.align.drafts import ArticlePiece, continues
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import Drawing, DrawingKind
from magpipe.artifacts.records import Source
from magpipe.split.drawn_boxes import REASON, drawn_boxes
from magpipe.split.large_leads import large_leads
from magpipe.split.lattice_text import REASON as TEXT_REASON
from magpipe.split.lattice_text import lattice_text
from magpipe.split.lattices import in_text_cell, lattice, lattice_order
from magpipe.split.layout import PageGeometry, Para
from magpipe.split.roles import Facts, PageFacts, role_of

BODY = 9.0
XS = ((40.0, 290.0), (304.0, 554.0))            # two columns of cells, a 14 pt gutter
YS = ((160.0, 360.0), (374.0, 574.0), (588.0, 788.0))   # three rows


def _cell(r: int, c: int) -> tuple[float, float, float, float]:
    return (XS[c][0], YS[r][0], XS[c][1], YS[r][1])


# a chequerboard: text (panels) at (0, 0), (1, 1), (2, 0); photos at the others
PHOTOS = (_cell(0, 1), _cell(1, 0), _cell(2, 1))
PANELS = (_cell(0, 0), _cell(1, 1), _cell(2, 0))


def test_photos_and_tinted_cells_alternating_on_a_lattice_make_a_chequerboard() -> None:
    grid = lattice(PHOTOS, PANELS, BODY)
    assert grid is not None
    assert (len(grid.ys), len(grid.xs)) == (3, 2)
    assert grid.photos == frozenset({(0, 1), (1, 0), (2, 1)})
    assert grid.text_cells() == list(PANELS)        # row by row
    # the photos alone tell it too (text cells on no tint)
    plain = lattice(PHOTOS, (), BODY)
    assert plain is not None and plain.text_cells() == list(PANELS)


def test_a_boxed_note_beside_a_photo_or_photos_side_by_side_make_no_chequerboard() -> None:
    note = (304.0, 200.0, 554.0, 300.0)         # a note, not the photo's size
    assert lattice((_cell(0, 0),), (note,), BODY) is None
    assert not in_text_cell(note, lattice((_cell(0, 0),), (note,), BODY), BODY)
    # a row of photos (a gallery): photos side by side
    assert lattice((_cell(0, 0), _cell(0, 1), _cell(1, 0)), (), BODY) is None
    # a panel on a photo's colour of the board (two panels side by side)
    assert lattice((_cell(1, 0),), (_cell(0, 0), _cell(0, 1)), BODY) is None


def _para(box: tuple[float, float, float, float], k: int) -> Para:
    return Para(lines=(), box=box, region=k)


def test_the_text_cells_are_read_along_the_rows_not_down_the_columns() -> None:
    title = _para((40.0, 60.0, 554.0, 140.0), 0)
    first = _para((46.0, 166.0, 284.0, 300.0), 1)       # cell (0, 0)
    second = _para((46.0, 306.0, 284.0, 350.0), 2)      # cell (0, 0), its next paragraph
    third = _para((46.0, 594.0, 284.0, 700.0), 3)       # cell (2, 0)
    fourth = _para((310.0, 380.0, 548.0, 560.0), 4)     # cell (1, 1)
    foot = _para((290.0, 800.0, 300.0, 810.0), 5)       # a page number: keeps its place
    geo = PageGeometry(paras=(title, first, second, third, fourth, foot),
                       columns=((40.0, 290.0), (304.0, 554.0)), body_size=BODY)
    out = lattice_order(geo, PHOTOS, PANELS)
    assert [p.region for p in out.paras] == [0, 1, 2, 4, 3, 5]
    # no photos: no lattice, the cut's order stands
    assert lattice_order(geo, (), PANELS).paras == geo.paras


def _facts(text: str, box: tuple[float, float, float, float]) -> Facts:
    return Facts(text=text, box=box, size=BODY, cw=0.5 * BODY, bold=False, lines=8,
                 column=-1, column_box=(40.0, 554.0))


PAGE = PageFacts(width=600.0, height=840.0, body_size=BODY, body_cw=0.5 * BODY, columns=2,
                 exact=True, repeated=frozenset())


def test_a_tinted_text_cell_of_the_lattice_is_the_articles_a_lone_tinted_box_a_note() -> None:
    tints = tuple(Drawing(DrawingKind.FILL, box, 0.92) for box in PANELS)
    english = _facts("Attending the meeting were ...", (310.0, 380.0, 548.0, 560.0))
    roles, _ = drawn_boxes([Role.BODY], ["look"], [english], PAGE, tints, PHOTOS)
    assert roles == [Role.BODY]
    # the same tinted box with no photos of its size around it: a box of no article
    roles, why = drawn_boxes([Role.BODY], ["look"], [english], PAGE, tints, ())
    assert roles == [Role.ASIDE] and why == [REASON]


def _block(k: str, box: tuple[float, float, float, float], text: str,
           after: str | None) -> Block:
    return Block(id=k, page=1, box=box, text=text, lang=Lang.EN, role=Role.BODY, column=0,
                 words=(), lang_confidence=1.0, continued_from=after)


def test_a_paragraph_goes_on_in_the_next_text_cell_a_row_down_beside_it() -> None:
    cut = ArticlePiece("the delegation visited the", (Source(1, (46.0, 166.0, 284.0, 350.0),
                                                             "p1-b0"),))
    # cell (1, 1): lower down than the piece ended, beside it, linked by the split stage
    nxt = _block("p1-b1", (310.0, 380.0, 548.0, 560.0), "border gate.", "p1-b0")
    assert continues(cut, nxt, linked=True)
    # a paragraph right under the piece in its own column is a new one
    under = _block("p1-b2", (46.0, 356.0, 284.0, 400.0), "Mr. Son said.", None)
    assert not continues(cut, under, linked=True)


def test_a_note_in_a_text_cell_of_the_lattice_takes_back_its_looks_role() -> None:
    # an article's last lines carried to a page of their own, in the grid's first text cell
    # beside a photo: held in by the tint's padding, the framed box rule read them as a note
    last = _facts("people in addressing the aftermath of the storms,", (46.0, 166.0, 284.0, 200.0))
    name = replace(_facts("MAI THU", (250.0, 204.0, 284.0, 214.0)), lines=1)
    roles, why = lattice_text([Role.ASIDE, Role.ASIDE], ["framed"] * 2, [last, name], PAGE,
                              (_cell(0, 1),), (_cell(0, 0),))
    assert Role.ASIDE not in roles and why == [TEXT_REASON] * 2
    assert roles == [role_of(last, PAGE), role_of(name, PAGE)]
    # no photo of the panel's size beside it: a note it stays
    roles, _ = lattice_text([Role.ASIDE, Role.ASIDE], ["framed"] * 2, [last, name], PAGE,
                            ((304.0, 160.0, 554.0, 250.0),), (_cell(0, 0),))
    assert roles == [Role.ASIDE, Role.ASIDE]


def test_the_other_languages_lead_after_a_byline_in_the_next_cell_is_an_intro() -> None:
    # the Vietnamese text ends with its byline; the English lead, set larger, opens the next
    # text cell read after it: over it, across a photo, stands Vietnamese text
    viet = _facts("Phát biểu tại buổi làm việc, Đại sứ cảm ơn", (310.0, 166.0, 548.0, 354.0))
    byline = replace(_facts("KHỔNG NGHĨA", (240.0, 600.0, 284.0, 612.0)), lines=1)
    lead = replace(_facts("On December 15, 2025, a delegation of the Embassy",
                          (310.0, 380.0, 548.0, 500.0)), size=1.15 * BODY)
    text = _facts("Ms. Tran Thanh Nhan, Vice Chairwoman of the", (310.0, 504.0, 548.0, 570.0))
    roles = [Role.BODY, Role.BYLINE, Role.BODY, Role.BODY]
    facts = [viet, byline, lead, text]
    assert large_leads(roles, facts, PAGE) == [Role.BODY, Role.BYLINE, Role.INTRO, Role.BODY]
    # read after running text, not a byline, it is no lead
    assert large_leads(roles[:1] + roles[2:], facts[:1] + facts[2:], PAGE) == \
        [Role.BODY] * 3


def test_the_page_takes_its_columns_from_the_lattices_columns_of_text() -> None:
    cells = [_para((46.0, 166.0, 284.0, 300.0), 1), _para((310.0, 380.0, 548.0, 560.0), 2),
             _para((46.0, 594.0, 284.0, 700.0), 3), _para((520.0, 566.0, 548.5, 574.0), 4)]
    # the cut drew the right column short of the text and a column of its own for a name
    geo = PageGeometry(paras=tuple(cells), columns=((46.0, 284.0), (310.0, 540.0),
                                                    (520.0, 548.5)), body_size=BODY)
    assert lattice_order(geo, PHOTOS, PANELS).columns == ((46.0, 284.0), (310.0, 548.5))


def test_a_leads_end_in_the_next_rows_cell_is_the_intro_too() -> None:
    # the lead, set larger, fills cell (0, 0) mid-sentence; its end opens cell (1, 1), a row
    # down and beside it, read right after it; the text after that is set at the body's size
    lead = replace(_facts("Từ ngày 14-19/12/2025, Đoàn đại biểu tỉnh Lạng Sơn do đồng chí",
                          (46.0, 166.0, 284.0, 354.0)), size=1.15 * BODY, column=0)
    end = replace(_facts("Thường vụ, Trưởng Ban Nội chính Tỉnh uỷ cùng Lãnh đạo",
                         (310.0, 380.0, 548.0, 420.0)), size=1.15 * BODY, column=1)
    text = replace(_facts("Trong 02 ngày, 14 - 15/12/2025, Đoàn đại biểu tỉnh thăm",
                          (310.0, 424.0, 548.0, 560.0)), column=1)
    title = replace(_facts("ĐOÀN ĐẠI BIỂU TỈNH THĂM", (40.0, 60.0, 554.0, 140.0)),
                    size=2.5 * BODY, lines=2)
    over = replace(_facts("một đoạn của bài ở ô trên", (310.0, 100.0, 548.0, 150.0)), column=1)
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY, Role.BODY]
    facts = [title, over, lead, end, text]
    assert large_leads(roles, facts, PAGE)[2:] == [Role.INTRO, Role.INTRO, Role.BODY]
    # a lead that ends its sentence: the larger block a row down is no end of it
    closed = replace(lead, text=lead.text + " thăm Quảng Tây.")
    assert large_leads(roles, [title, over, closed, end, text], PAGE)[2:] == \
        [Role.INTRO, Role.BODY, Role.BODY]


def test_a_framed_box_under_a_photo_of_its_width_is_no_chequerboard() -> None:
    # a contact box framed under a photo of its size in one column: no board (and a note)
    assert lattice((_cell(0, 1),), (_cell(1, 1),), BODY) is None
