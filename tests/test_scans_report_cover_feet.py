"""Scanned report and cover pages read from the page's own evidence: a footnote whose mark OCR
lost, its lines read as tall as the body's but its type narrower, over a note found under it
(``article_feet.footnotes``); a cover's two cover lines OCR read as one block, each line ending
with its page (``cover_lines.cover_pages``); a report's numbered section headings whose first
number OCR read without its stop (``numbered_heads.numbered_headings``); a caption set to its
photo's width, short of its column's measure, at the body's width per character
(``short_measure_captions``)."""

from __future__ import annotations

from dataclasses import replace

from magpipe.artifacts.layout import Role
from magpipe.split.article_feet import footnotes
from magpipe.split.cover_lines import cover_pages
from magpipe.split.numbered_heads import numbered_headings
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.short_measure_captions import short_measure_captions
from magpipe.text.headings import bare_section_number

SCAN = PageFacts(width=842.0, height=595.0, body_size=8.16, body_cw=5.04, columns=2,
                 exact=False, repeated=frozenset())


def _note(text: str, top: float, lines: int, size: float, cw: float) -> Facts:
    return Facts(text=text, box=(34.0, top, 284.0, top + 11.0 * lines), size=size, cw=cw,
                 bold=False, lines=lines, column=0, column_box=(25.0, 411.0))


def test_a_footnote_whose_mark_ocr_lost_is_told_by_its_narrow_type_over_a_note() -> None:
    """report scans: the notes ``¹`` and ``²`` read as one block with no mark, its lines as tall
    as the body's (7.68 against 8.16: no caption's size) but its type narrower (4.21 a
    character against 5.04), right over the note ``3 Titles ...``: both are notes."""
    text = _note("Theo số liệu của Sở Ngoại vụ, đoàn đã đến thăm tỉnh.", 400.0, 6, 8.2, 5.0)
    notes = _note("According to figures of the Lang Son Department. Foreign names are kept.",
                  527.0, 2, 7.68, 4.21)
    last = _note("3 Titles are given as they were at the time of the event.", 550.0, 1, 7.2, 4.1)
    roles = footnotes([Role.BODY, Role.CAPTION, Role.CAPTION], [text, notes, last], SCAN)
    assert roles == [Role.BODY, Role.ASIDE, Role.ASIDE]
    # set in the body's own type, the block over the note is the article's text
    wide = _note("According to figures of the Lang Son Department. Foreign names are kept.",
                 527.0, 2, 7.68, 5.0)
    roles = footnotes([Role.BODY, Role.BODY, Role.CAPTION], [text, wide, last], SCAN)
    assert roles == [Role.BODY, Role.BODY, Role.ASIDE]


def _cover(text: str, top: float, lines: tuple[str, ...] = (), size: float = 10.0) -> Facts:
    count = max(1, len(lines))
    return Facts(text=text, box=(40.0, top, 244.0, top + 1.3 * size * count), size=size,
                 cw=size / 2, bold=True, lines=count, column=0, column_box=(40.0, 244.0),
                 line_texts=lines or (text,))


def test_two_cover_lines_read_as_one_block_are_two_cover_lines() -> None:
    """cover scans: the Vietnamese cover line's last line (``NAM - tr. 3``) and the English one
    read as one block, the Vietnamese title's first lines as a block flush over it: one block
    points to pages, but two of its lines do, and a cover of two cover lines is found."""
    en = ("LEADER OF THE PROVINCIAL PEOPLE'S COMMITTEE", "RECEIVES A COURTESY CALL",
          "VIET NAM - p. 3")
    facts = [_cover("ĐÔI BỜ HỮU NGHỊ", 27, size=40.0),
             _cover("FRIENDSHIP ACROSS THE BORDER", 85, size=12.0),
             _cover("LÃNH ĐẠO UBND TỈNH TIẾP XÃ GIAO ĐẠI SỨ HOA KỲ TẠI VIỆT", 178, size=15.0,
                    lines=("LÃNH ĐẠO UBND TỈNH TIẾP XÃ", "GIAO ĐẠI SỨ HOA KỲ TẠI VIỆT")),
             _cover(" ".join(("NAM - tr. 3", *en)), 217, ("NAM - tr. 3", *en))]
    roles = [Role.HEADER, Role.HEADER, Role.TITLE, Role.INTRO]
    assert cover_pages(roles, facts, SCAN) == [Role.HEADER, Role.HEADER, Role.CONTENTS,
                                               Role.CONTENTS]
    # one line of the block pointing to a page is one cover line: no cover
    one = [*facts[:3], _cover(" ".join(en[:2]), 217, en[:2] + ("VIET NAM - p. 3",))]
    assert cover_pages(roles, one, SCAN) == roles


def test_a_first_section_heading_read_without_its_stop_heads_the_numbered_run() -> None:
    """report scans: ``1 TALKS ...`` (OCR lost the stop after 1) opens the run ``2. ...``,
    ``3. ...`` of the English headings: all three are headings of the text, as the Vietnamese
    ones read with their stops are; a lone ``1 ...`` line opens no run by itself."""
    texts = ["1. HỘI ĐÀM GIỮA CHỦ TỊCH UBND TỈNH", "Tham dự Hội đàm có đồng chí Học.",
             "2. ĐOÀN ĐẠI BIỂU TỈNH THĂM TRUNG QUỐC", "Trong 02 ngày, đoàn đã thăm.",
             "1 TALKS BETWEEN THE CHAIRMEN", "Attending the talks were Mr. Hoc.",
             "2. PROVINCIAL DELEGATION VISITS CHINA", "Over two days, the delegation.",
             "3. LEADER RECEIVES THE AMBASSADOR", "Attending the delegation were."]
    langs = ["vi"] * 4 + ["en"] * 6
    roles = [Role.INTRO, Role.BODY] * 5
    out = numbered_headings(roles, texts, langs)
    assert [k for k, r in enumerate(out) if r == Role.LABEL] == [0, 2, 4, 6, 8]
    assert bare_section_number("1 TALKS BETWEEN") == 1
    assert bare_section_number("12 people came") == 12 and bare_section_number("1.5 m") is None
    # without a run numbered from 2 after it, the line is no heading
    alone = numbered_headings(roles[4:6], texts[4:6], langs[4:6])
    assert alone == roles[4:6]


def _column(text: str, box: tuple[float, float, float, float], lines: int) -> Facts:
    return Facts(text=text, box=box, size=7.7, cw=3.6, bold=False, lines=lines, column=0,
                 column_box=(35.0, 291.0))


def test_a_caption_set_to_a_photo_s_width_short_of_its_column_is_a_caption() -> None:
    """voxpop scans: a portrait narrower than its column, the name, age and trade under it
    in both languages at the body's width per character (body text by its look), every line
    stopping short of the column's measure, the last line read as a block of its own: the
    photo's caption. The column's paragraph under them runs to its full measure: text."""
    page = PageFacts(width=595.0, height=794.0, body_size=7.68, body_cw=3.55, columns=2,
                     exact=False, repeated=frozenset())
    photo = (35.8, 42.7, 195.2, 244.3)
    facts = [_column("Anh Phạm Văn Khoa, 28 tuổi, lái xe taxi, phường Tam Thanh Pham Van "
                     "Khoa, 28, taxi driver,", (35.0, 247.3, 183.0, 272.0), 3),
             _column("Tam Thanh ward", (35.0, 273.0, 80.0, 279.0), 1),
             _column("Tại buổi làm việc, bà Phó Chủ tịch UBND tỉnh đã thông tin khái quát.",
                     (35.0, 287.0, 291.0, 382.0), 8)]
    roles = [Role.BODY] * 3
    out, _ = short_measure_captions(roles, [""] * 3, facts, page, (photo,))
    assert out == [Role.CAPTION, Role.CAPTION, Role.BODY]
    # a paragraph under the photo reaching its column's measure is the column's text
    wide = [_column(facts[0].text, (35.0, 247.3, 290.0, 272.0), 3), *facts[1:]]
    assert short_measure_captions(roles, [""] * 3, wide, page, (photo,))[0] == roles
    # a text layer's sizes tell its captions (photo_captions): not read here
    exact = replace(page, exact=True)
    assert short_measure_captions(roles, [""] * 3, facts, exact, (photo,))[0] == roles


def test_a_caption_under_a_photo_in_a_rail_of_its_own_is_short_of_the_page_s_text_measure() -> None:
    """voxpop-1 scanned (seed 1600): portraits in a narrow column of their own beside the
    speakers' words, each captioned under it at the body's width per character: the column is
    no wider than the photo, so the page's paragraphs (224 pt wide) give the measure the
    caption (98 pt) stops short of. Where the page's text is set as narrow as the photo, the
    block under it is the column's text."""
    page = PageFacts(width=652.0, height=850.0, body_size=8.9, body_cw=3.76, columns=4,
                     exact=False, repeated=frozenset())
    photo = (39.0, 279.0, 143.0, 413.0)

    def block(text: str, box: tuple[float, float, float, float], lines: int, column: int,
              column_box: tuple[float, float]) -> Facts:
        return Facts(text=text, box=box, size=8.0, cw=3.8, bold=False, lines=lines,
                     column=column, column_box=column_box)

    caption = block("Chị Lê Thanh Yến, 43 tuổi, chủ nhà hàng, phường Chi Lăng",
                    (40.0, 419.0, 138.0, 451.0), 3, 0, (40.0, 143.0))
    text = [block("Tại buổi làm việc, bà Phó Chủ tịch UBND tỉnh đã thông tin khái quát.",
                  (151.0, 282.0, 375.0, 394.0), 9, 1, (151.0, 375.0)),
            block("At the meeting, the Vice Chairwoman provided an overview.",
                  (388.0, 283.0, 613.0, 419.0), 11, 2, (388.0, 613.0))]
    roles = [Role.BODY] * 3
    out, _ = short_measure_captions(roles, [""] * 3, [caption, *text], page, (photo,))
    assert out == [Role.CAPTION, Role.BODY, Role.BODY]
    narrow = [replace(f, box=(f.box[0], f.box[1], f.box[0] + 100.0, f.box[3])) for f in text]
    assert short_measure_captions(roles, [""] * 3, [caption, *narrow], page, (photo,))[0] == roles
