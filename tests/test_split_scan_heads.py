"""Scanned pages whose article lost its pairing or its first paragraph link to how OCR
measured the article's head (issue 16): a wide title's short last line read with the column
under it, an English title with one OCR mark run on into the Vietnamese title, two titles'
second lines read as a section band, a band's half measured as body, an intro set large read
as a pull quote, a framed box run on across a title, and a speck read as a stop at a page's
foot. The rules on made-up blocks, and
saved scanned pages (``tests/data/layouts-scan-heads/``, ``tools/scan_heads_test_data.py``)
split and aligned whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from magpipe.align import align
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import AlignScore, score
from magpipe.split import split
from magpipe.split.continuation import ends_open
from magpipe.split.drafts import Draft
from magpipe.split.framed import framed_boxes
from magpipe.split.langid import plain_lang
from magpipe.split.large_intros import first_under_title
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.title_drops import dropped_title_lines, title_dropped
from magpipe.split.title_lines import title_runs_on

DATA = Path(__file__).parent / "data" / "layouts-scan-heads"
OCR_PAGE = PageFacts(width=842.0, height=595.0, body_size=7.0, body_cw=4.0, columns=2,
                     exact=False, repeated=frozenset(), body_pitch=12.0)


def fact(text: str, box: Box, *, size: float = 10.0, cw: float = 8.0, lines: int = 1,
         column: int = -1) -> Facts:
    return Facts(text=text, box=box, size=size, cw=cw, bold=False, lines=lines, column=column,
                 column_box=(0.0, 842.0), line_texts=(text,) if lines == 1 else ())


def words_of(rows: list[tuple[str, float, float]], height: float = 12.0) -> tuple[Word, ...]:
    """Words of rows (text, left edge, top), 8 points a letter, 5 apart, one line a row."""
    out = []
    for n, (text, x, top) in enumerate(rows):
        for t in text.split():
            out.append(Word(text=t, box=(x, top, x + 8 * len(t), top + height), size=height,
                            conf=95.0, line=n))
            x += 8 * len(t) + 5
    return tuple(out)


# --- a wide title's last line, read with the column under it ----------------------------------

def test_a_short_line_under_a_wide_title_set_like_it_is_the_titles_on_ocr() -> None:
    """``AMBASSADOR TO VIET NAM`` under ``LEADER OF ... FROM THE U.S``, flush left, a line's
    white apart, narrower and set alike: the title's last line, not a byline; on a text layer
    the sizes decide elsewhere, so the pass leaves it."""
    facts = [fact("LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE RECEIVES A CALL FROM THE U.S",
                  (30.0, 94.0, 523.0, 104.0), cw=6.4),
             fact("AMBASSADOR TO VIET NAM", (32.0, 114.0, 178.0, 124.0), cw=7.0, column=0)]
    roles = [Role.TITLE, Role.BYLINE]
    assert dropped_title_lines(roles, facts, OCR_PAGE) == [Role.TITLE, Role.TITLE]
    exact = PageFacts(**{**OCR_PAGE.__dict__, "exact": True})
    assert dropped_title_lines(roles, facts, exact) == roles


def test_a_name_set_smaller_or_a_twin_of_the_other_language_is_no_dropped_line() -> None:
    """A byline set much smaller under the title, and the English title under the
    Vietnamese one (even with an OCR mark on one word), keep their roles."""
    title = fact("ĐẠI SỨ CỘNG HOÀ PHÁP TẠI VIỆT NAM THĂM VÀ LÀM VIỆC TẠI TỈNH",
                 (44.0, 136.0, 506.0, 150.0), size=13.0, cw=9.2)
    byline = fact("KHỔNG NGHĨA", (44.0, 158.0, 100.0, 166.0), size=6.5, cw=4.5, column=0)
    assert dropped_title_lines([Role.TITLE, Role.BYLINE], [title, byline],
                               OCR_PAGE) == [Role.TITLE, Role.BYLINE]
    twin = fact("FRENCH AMBASSADOR VISITS ÁND WORKS IN LANG SON", (44.0, 158.0, 400.0, 170.0),
                size=11.0, cw=8.2, column=0)
    assert dropped_title_lines([Role.TITLE, Role.BODY], [title, twin],
                               OCR_PAGE) == [Role.TITLE, Role.BODY]


def test_a_dropped_title_line_read_far_from_its_title_joins_it() -> None:
    """The reading order put the title's last line after the other language's title and the
    next article's: it joins the title it hangs under, in that title's language, even when
    its words are only names; the other language's title under it stays apart."""
    words = words_of([("LÃNH ĐẠO UBND TỈNH TIẾP VÀ LÀM VIỆC VỚI LÃNH SỰ", 36.0, 60.0),
                      ("LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE RECEIVES", 36.0, 120.0),
                      ("AND WORKS WITH THE CONSUL IN RIO", 36.0, 142.0),
                      ("DE JANEIRO, BRAZIL", 36.0, 162.0)])
    by_line = [[i for i, w in enumerate(words) if w.line == n] for n in range(4)]
    kept = [(Draft(by_line[0], Role.TITLE, 0, -1), Lang.VI, 1.0),
            (Draft(by_line[1], Role.TITLE, 1, -1), Lang.EN, 1.0),
            (Draft(by_line[2], Role.TITLE, 2, 0), Lang.EN, 1.0)]
    names = Draft(by_line[3], Role.TITLE, 5, 0)
    assert title_dropped(kept, names, Lang.EN, words, 7.0) == 2
    english = Draft(by_line[1], Role.TITLE, 1, -1)
    assert title_dropped(kept[:1], english, Lang.EN, words, 7.0) is None


def test_an_english_title_line_with_one_ocr_mark_is_plainly_english() -> None:
    """One stray mark (``ÁND``) hides an English line from ``line_lang``, not from
    ``plain_lang``: so the English title does not run on into the Vietnamese one above it;
    a line of names alone stays unclear and may."""
    line = "FRENCH AMBASSADOR TO VIET NAM VISITS ÁND WORKS IN LANG SON PROVINCE"
    assert plain_lang(line) == Lang.EN
    assert plain_lang("RIO DE JANEIRO, BRAZIL") == Lang.UNKNOWN
    words = words_of([("ĐẠI SỨ CỘNG HOÀ PHÁP TẠI VIỆT NAM", 44.0, 136.0), (line, 44.0, 156.0)])
    above = [i for i, w in enumerate(words) if w.line == 0]
    below = [i for i, w in enumerate(words) if w.line == 1]
    assert not title_runs_on(words, above, Lang.VI, below, Lang.EN, exact=False)


# --- heads that are no quotes, no boxes -------------------------------------------------------

def test_an_intro_set_large_right_under_its_title_is_its_first_text() -> None:
    """Body text over the title (a date line) is another part of the page's; a caption
    between the title and the intro leaves it the first text; a paragraph between does not."""
    facts = [fact("Số 3 - Thứ Sáu, 12/12/2025", (42.0, 94.0, 152.0, 105.0), column=0),
             fact("LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO", (37.0, 162.0, 479.0, 183.0)),
             fact("Toàn cảnh buổi Hội kiến. Ảnh - TRÍ DŨNG", (37.0, 393.0, 175.0, 401.0),
                  column=0),
             fact("Ngày 12/12/2025, tại trụ sở UBND tỉnh", (34.0, 414.0, 294.0, 480.0),
                  lines=5, column=0),
             fact("Cùng tham gia Đoàn công tác có ông", (36.0, 489.0, 292.0, 559.0), lines=6,
                  column=0)]
    roles = [Role.BODY, Role.TITLE, Role.CAPTION, Role.BODY, Role.BODY]
    assert first_under_title(3, roles, facts)
    assert not first_under_title(4, roles, facts)
    assert not first_under_title(0, roles, facts)


def test_a_held_in_run_stops_at_a_title_across_the_columns() -> None:
    """A skewed scan's column edges drift: a date line over the title and the intro under it
    are both held in from the column's quartile edges, but a title across the page between
    them parts them, and held-in text right under a title is its intro, no box."""
    facts = [fact("Số 11 - Tháng 11 năm 2025", (48.0, 96.0, 145.0, 106.0), column=0),
             fact("TECHNICAL TRAFFIC OPENING OF THE EXPRESSWAY", (42.0, 162.0, 501.0, 177.0)),
             fact("Ngày 19/12/2025, UBND tỉnh Lạng Sơn tổ chức", (41.0, 207.0, 262.0, 306.0),
                  lines=7, column=0),
             fact("Dự án đầu tư tuyến cao tốc", (41.0, 311.0, 281.0, 385.0), lines=6, column=0),
             fact("Tuyến cao tốc dài gần 60 km", (41.0, 387.0, 280.0, 482.0), lines=8,
                  column=0),
             fact("Phát biểu khai mạc, đồng chí", (37.0, 483.0, 275.0, 592.0), lines=9,
                  column=0),
             fact("Đồng chí Bộ trưởng đề nghị", (34.0, 596.0, 275.0, 690.0), lines=8, column=0)]
    roles = [Role.BODY, Role.TITLE, *[Role.BODY] * 5]
    assert framed_boxes(roles, facts, OCR_PAGE) == roles


def test_a_stop_set_apart_after_an_open_word_is_a_speck() -> None:
    """``bàn giao mặt .`` at a page's foot runs on over the page (the stop is a speck);
    a real stop followed by a speck, or a closing quote set apart, still closes."""
    assert ends_open("tri ân nhân dân đã bàn giao mặt .")
    assert not ends_open("quảng bá du lịch địa phương. .")
    assert not ends_open("thời gian tới. :")
    assert not ends_open("mặt bằng đúng tiến độ.")


# --- saved scanned pages, split and aligned whole -----------------------------------------------

def _scored(name: str) -> AlignScore:
    artifact = RepairArtifact.load(DATA / f"{name}.repair.json")
    truth = json.loads((DATA / f"{name}.truth.json").read_text(encoding="utf-8"))
    return score(align(split(artifact, Config()), Config()), truth, fuzzy=True)


@pytest.mark.parametrize("name", ["portrait-title-drop", "statistics-title-mark",
                                  "quartet-title-row", "notices-band-half"])
def test_scanned_heads_keep_both_titles(name: str) -> None:
    found = _scored(name)
    assert found.paired_right == found.articles


def test_a_scanned_intro_set_large_keeps_its_link() -> None:
    """The Vietnamese intro set large is its article's first paragraph, linked with the
    English one: every link of the page right."""
    found = _scored("programme-large-intro")
    assert found.paired_right == found.articles == 1
    assert found.links_right == found.links_truth
