"""A tabloid page whose lead story runs in an L around an inset story (the ``dogleg`` layout
family): split and align from saved pages (``tests/data/layouts-dogleg/``, made by
``tools/dogleg_test_data.py``), and the rules on their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score as align_score
from magpipe.split import split
from magpipe.split.exchanges import interview_turns
from magpipe.split.gutters import RIVER_ROWS
from magpipe.split.insets import insets_last
from magpipe.split.layout import paragraphs
from magpipe.split.nameplate import nameplates
from magpipe.split.pieces import Line, build_pieces
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.title_pieces import title_holding
from magpipe.split.word_spaces import river_space

DATA = Path(__file__).parent / "data" / "layouts-dogleg"


def _split(name: str):
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return truth, split(artifact, Config())


def _article_of(truth: dict, block: Block) -> int | None:
    """The truth article of the truth block ``block`` overlaps most."""
    best, area = None, 0.0
    for t in truth["pages"][block.page - 1]["blocks"]:
        w = min(block.box[2], t["box"][2]) - max(block.box[0], t["box"][0])
        h = min(block.box[3], t["box"][3]) - max(block.box[1], t["box"][1])
        if w > 0 and h > 0 and w * h > area:
            best, area = t["article"], w * h
    return best


@pytest.mark.parametrize("name", ["head-right", "head-left"])
def test_the_lead_story_running_under_an_inset_is_read_before_the_inset(name: str) -> None:
    truth, result = _split(name)
    page = result.pages[0]
    text = [b for b in page.blocks if b.role in (Role.BODY, Role.INTRO, Role.TITLE)]
    lead = [k for k, b in enumerate(text) if _article_of(truth, b) == 0]
    inset = [k for k, b in enumerate(text) if _article_of(truth, b) == 1]
    assert lead and inset
    assert max(lead) < min(inset)     # the lead whole (headline, full and short columns) first
    assert [b.id for b in page.blocks] == [f"p1-b{k}" for k in range(len(page.blocks))]


@pytest.mark.parametrize("name", ["head-right", "head-left"])
def test_both_stories_of_a_dogleg_page_are_paired_with_all_their_paragraphs(name: str) -> None:
    truth, result = _split(name)
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 2
    assert s.links_right == s.links_truth == s.links_output


def test_a_scanned_headline_cut_down_its_word_spaces_is_one_title() -> None:
    truth, result = _split("scanned")
    titles = [b for b in result.pages[0].blocks if b.role == Role.TITLE and b.lang == Lang.VI]
    assert len(titles) == 1
    assert titles[0].text.startswith("ĐOÀN ĐẠI BIỂU")
    assert titles[0].text.endswith("PHƯƠNG CỦA TRUNG QUỐC")
    s = align_score(align(result, Config()), truth, fuzzy=True)
    assert s.paired_right == s.articles == 1


# -- the inset rule on its own: a page of five columns 100 wide (gutters of 10) ---------------

COLUMNS = tuple((10.0 + 110 * k, 110.0 + 110 * k) for k in range(5))
BODY = 10.0


def _block(k: int, role: Role, box: tuple[float, float, float, float],
           lang: Lang = Lang.VI) -> Block:
    return Block(id=f"p1-b{k}", page=1, box=box, text=f"block {k}", lang=lang, role=role)


def _span(first: int, last: int, top: float, bottom: float) -> tuple[float, float, float, float]:
    return (COLUMNS[first][0], top, COLUMNS[last][1], bottom)


def _page(under: list[tuple[Role, tuple[float, float, float, float]]]) -> list[Block]:
    """The lead's headline, its two full columns at the left, a box headed across the three
    right columns (its text in them down to 400), then ``under``."""
    parts = [(Role.TITLE, _span(0, 4, 20, 60)),
             (Role.BODY, _span(0, 0, 80, 900)), (Role.BODY, _span(1, 1, 80, 900)),
             (Role.TITLE, _span(2, 4, 90, 120)),
             (Role.BODY, _span(2, 2, 130, 400)), (Role.BODY, _span(3, 3, 130, 395)),
             (Role.BODY, _span(4, 4, 130, 380)), *under]
    return [_block(k, role, box) for k, (role, box) in enumerate(parts)]


def _order(blocks: list[Block]) -> list[str]:
    out, _ = insets_last(blocks, list(range(len(blocks))), COLUMNS, (), BODY)
    return [b.text for b in out]


def test_headless_text_under_a_box_continues_the_story_beside_it() -> None:
    blocks = _page([(Role.BODY, _span(2, 2, 430, 900)), (Role.BODY, _span(3, 3, 430, 900))])
    assert _order(blocks) == [f"block {k}" for k in (0, 1, 2, 7, 8, 3, 4, 5, 6)]
    out, regions = insets_last(blocks, list(range(10, 19)), COLUMNS, (), BODY)
    assert regions == [10, 11, 12, 17, 18, 13, 14, 15, 16]
    assert [b.id for b in out] == [f"p1-b{k}" for k in range(9)]


def test_a_box_closed_by_a_paragraph_gap_only_is_no_box() -> None:
    # the text under the titles runs on with a gap of a paragraph's (under BAND x body)
    blocks = _page([(Role.BODY, _span(2, 2, 408, 900)), (Role.BODY, _span(3, 3, 408, 900))])
    assert _order(blocks) == [b.text for b in blocks]


def test_a_story_headed_under_the_box_keeps_its_place() -> None:
    blocks = _page([(Role.TITLE, _span(2, 4, 430, 460)), (Role.BODY, _span(2, 2, 470, 900))])
    assert _order(blocks) == [b.text for b in blocks]


def test_a_box_at_the_foot_with_nothing_under_it_keeps_its_place() -> None:
    assert _order(_page([])) == [f"block {k}" for k in range(7)]


def test_titles_over_one_column_head_a_story_in_it_not_a_box() -> None:
    blocks = [_block(k, role, box) for k, (role, box) in enumerate([
        (Role.BODY, _span(0, 0, 80, 900)), (Role.TITLE, _span(1, 1, 90, 120)),
        (Role.BODY, _span(1, 1, 130, 400)), (Role.BODY, _span(1, 1, 430, 900))])]
    assert _order(blocks) == [b.text for b in blocks]


def test_titles_beside_no_text_started_above_them_head_no_box() -> None:
    # the text beside the titles starts under them: two stories side by side
    blocks = _page([(Role.BODY, _span(2, 2, 430, 900))])
    blocks[1] = _block(1, Role.BODY, _span(0, 0, 130, 900))
    blocks[2] = _block(2, Role.BODY, _span(1, 1, 130, 900))
    assert _order(blocks) == [b.text for b in blocks]


def test_a_title_piece_inside_another_ones_box_is_part_of_it() -> None:
    pieces = [(Role.TITLE, Lang.VI, (30.0, 40.0, 700.0, 160.0)),
              (Role.BODY, Lang.VI, (30.0, 170.0, 150.0, 900.0))]
    assert title_holding(pieces, Lang.VI, (320.0, 80.0, 690.0, 155.0)) == 0
    assert title_holding(pieces, Lang.EN, (320.0, 80.0, 690.0, 155.0)) is None
    # two stories' titles side by side on the same rows never hold one another
    assert title_holding(pieces[:1], Lang.VI, (710.0, 40.0, 900.0, 160.0)) is None


# -- the rules a fresh dog-leg page showed: a column of whole lines beside word pieces, an
# intro set larger at a looser leading, a bold intro opening the other language -------------

def _piece(x0: float, x1: float, top: float, text: str, words: int) -> Line:
    return Line(words=tuple(range(words)), box=(x0, top, x1, top + BODY), size=BODY, bold=False,
                text=text, base=top + BODY, cw=BODY / 2, core=(x0, x1), conf=100.0)


def test_a_column_of_whole_lines_beside_one_read_a_word_a_piece_keeps_its_gutter() -> None:
    """Justified English set with wide spaces (each word a piece) beside a column whose lines
    are whole pieces: the strip between them is a gutter, not a river of word spaces."""
    rows = []
    for k in range(3):
        top = 600 + 13 * k
        rows.append(_piece(36, 198, top, "đầu tư trên 11 nghìn tỷ đồng, khởi", 8))
        # (spaces of 13 between the words: the strip, 15 wide, is within a word space of them)
        rows += [_piece(213 + 43 * j, 213 + 43 * j + 30, top, "word", 1) for j in range(4)]
    assert not river_space(rows, (198.5, 213.0), BODY, RIVER_ROWS)
    # both sides read a word a piece, the strip as wide as their spaces: a river still
    spaced = [_piece(36 + 40 * j, 36 + 40 * j + 30, 600 + 13 * k, "w", 1)
              for k in range(2) for j in range(8)]
    assert river_space(spaced, (146.0, 156.0), BODY, RIVER_ROWS)


def _line_words(top: float, x1: float, size: float, n: int) -> list[Word]:
    """``n`` words of ``size`` from x 40 to ``x1`` on the line whose top is ``top``."""
    step = (x1 - 40) / n
    return [Word(text="word" if k % 2 else "text", box=(40 + k * step, top,
                                                       40 + k * step + step - 4, top + size),
                 size=size, line=int(top)) for k in range(n)]


def test_a_paragraph_set_larger_at_a_looser_leading_keeps_its_short_lines() -> None:
    """An intro at 1.15 x the body's size and a looser leading, set ragged, over the body text
    of its column: one paragraph, not a block a line or two each."""
    ends = (169, 132, 133, 150, 169, 167, 139, 144)
    words = [w for k, x1 in enumerate(ends) for w in _line_words(187 + 14.3 * k, x1, 10.3, 3)]
    top = 187 + 14.3 * len(ends) + 6
    words += [w for k in range(10) for w in _line_words(top + 11.9 * k, 171, 9.0, 4)]
    region = build_pieces(tuple(words), 9.0)
    paras = paragraphs(tuple(words), region, 0, exact=True, body=9.0)
    assert [len(p.lines) for p in paras] == [len(ends), 10]


def test_a_bold_intro_opening_the_other_language_under_its_twins_body_stays_an_intro(
        ) -> None:
    page = PageFacts(width=792, height=1224, body_size=9.5, body_cw=4.75, columns=5,
                     repeated=frozenset(), exact=True)

    def facts(text: str, top: float, bold: bool) -> Facts:
        return Facts(text=text, box=(38, top, 165, top + 100), size=9.5, cw=4.75, bold=bold,
                     lines=8, column=0, column_box=(38, 165))
    vi_intro = facts("Ngày 12/12/2025, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh đã tiếp "
                     "Đại sứ và đoàn công tác.", 212, True)
    vi = facts("Bên cạnh đó, Đại sứ bày tỏ mong muốn mở rộng hợp tác với tỉnh trong thời "
               "gian tới.", 757, False)
    en = facts("On December 12, 2025, at the headquarters of the Provincial People's "
               "Committee, the Vice Chairman received the Ambassador.", 934, True)
    assert interview_turns([Role.INTRO, Role.BODY, Role.INTRO], [vi_intro, vi, en], page) == \
        [Role.INTRO, Role.BODY, Role.INTRO]
    # with no intro kept in the first language (an interview whose lead was read as a turn)
    # the other language's is a turn too, as before: the two stay alike
    assert interview_turns([Role.BODY, Role.INTRO], [vi, en], page) == [Role.BODY, Role.BODY]
    # after body text of its own language a bold paragraph is an interview's turn, as before
    en_body = facts("The Ambassador thanked the province for the warm welcome and the "
                    "cooperation of its departments.", 757, False)
    assert interview_turns([Role.BODY, Role.INTRO], [en_body, en], page) == [Role.BODY,
                                                                              Role.BODY]


def test_a_headline_of_many_words_set_as_large_as_a_nameplate_is_a_title() -> None:
    page = PageFacts(width=792, height=1224, body_size=9.0, body_cw=4.5, columns=5,
                     repeated=frozenset(), exact=True)

    def fact(text: str, top: float, size: float, lines: int) -> Facts:
        return Facts(text=text, box=(42, top, 700, top + size * lines), size=size,
                     cw=size / 2, bold=True, lines=lines, column=-1, column_box=(42, 723))
    facts = [fact("LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO ĐẠI SỨ HOA KỲ TẠI VIỆT NAM", 58, 28.5, 2),
             fact("LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE RECEIVES A COURTESY CALL",
                  139, 19.4, 1),
             fact("FROM THE U.S AMBASSADOR TO VIET NAM", 167, 19.4, 1),
             Facts(text="Ngày 12/12/2025, tại trụ sở UBND tỉnh Lạng Sơn, ông Đoàn Thanh Sơn.",
                   box=(42, 203, 166, 400), size=9.0, cw=4.5, bold=False, lines=16, column=0,
                   column_box=(42, 166))]
    roles = [Role.TITLE, Role.TITLE, Role.TITLE, Role.BODY]
    assert nameplates(list(roles), facts, page) == roles
