"""Role rules on small hand-made block descriptions, and the continuation links."""

from __future__ import annotations

from dataclasses import replace

import pytest
from magpipe.artifacts.layout import Role
from magpipe.split.contents_pages import contents_entries
from magpipe.split.continuation import Piece, ends_open, link
from magpipe.split.roles import (
    Facts,
    PageFacts,
    asides,
    role_of,
    sections_above_titles,
    spanning_body,
)

PAGE = PageFacts(width=538.6, height=765.4, body_size=9.5, body_cw=4.75, columns=2,
                 repeated=frozenset({"bảntinđốingoạilạngsơn"}), exact=True)
COLUMN = (40.0, 262.0)


def facts(text: str, box=(40.0, 300.0, 262.0, 340.0), size=9.5, cw=4.75, bold=False, lines=4,
          column=0) -> Facts:
    return Facts(text=text, box=box, size=size, cw=cw, bold=bold, lines=lines, column=column,
                 column_box=COLUMN if column >= 0 else (0.0, 538.6))


CASES = [
    ("page number at the foot", facts("12", box=(266, 739, 272, 750), lines=1), Role.PAGE_NUMBER),
    ("running header in the top margin",
     facts("BẢN TIN ĐỐI NGOẠI LẠNG SƠN", box=(40, 18, 157, 27), size=7.5, lines=1), Role.HEADER),
    ("mixed caption", facts("Toàn cảnh buổi làm việc. Ảnh: MAI LINH/ Overview of the meeting. "
                            "Photo: MAI LINH", size=8, lines=2), Role.CAPTION),
    ("numbered rubric", facts("2- TIÊU ĐIỂM / Focal Points", lines=1), Role.SECTION),
    ("large title", facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC", size=15, lines=2), Role.TITLE),
    ("wide capitals on a scan", facts("LỄ THÔNG TUYẾN", cw=9.0, lines=1), Role.TITLE),
    ("vietnamese byline", facts("LÃ VIỆT tổng hợp", box=(150, 400, 262, 410), lines=1),
     Role.BYLINE),
    ("english byline", facts("Synthesized by LA VIET", box=(150, 400, 262, 410), lines=1),
     Role.BYLINE),
    ("name set flush right", facts("VŨ GIANG", box=(205, 400, 262, 410), lines=1), Role.BYLINE),
    ("short line at the left is body", facts("nghệ, ngoại giao văn hóa.", box=(40, 400, 160, 410),
                                             lines=1), Role.BODY),
    ("bold lead paragraph", facts("Ngày 19/12/2025, UBND tỉnh tổ chức lễ", bold=True), Role.INTRO),
    ("spanning body-size paragraph", facts("Ngày 19/12/2025, UBND tỉnh tổ chức lễ",
                                           box=(40, 110, 498, 160), column=-1), Role.INTRO),
    ("small text in a column", facts("Các lễ hội truyền thống thu hút khách", size=8, lines=3),
     Role.CAPTION),
    ("note set a little smaller, several lines", facts("Ghi chú: Tham dự buổi Lễ có đồng chí "
                                                       "Lê Hoài Trung", size=8.6, lines=4),
     Role.ASIDE),
    ("note set a little smaller spanning the columns",
     facts("Editor's note: Attending the ceremony were", size=8.6, lines=2,
           box=(40, 110, 498, 140), column=-1), Role.ASIDE),
    ("paragraph in capitals among mixed-case body",
     facts("NGÀY 19/12/2025, UBND TỈNH LẠNG SƠN TỔ CHỨC LỄ THÔNG TUYẾN", lines=3), Role.INTRO),
    ("ocr speck", facts("|", box=(266, 300, 267, 308), lines=1), Role.OTHER),
    ("ocr note set with a tighter leading across the columns",
     Facts(text="Editor's note: Attending the talks were", box=(40, 110, 498, 160), size=9.5,
           cw=4.7, bold=False, lines=4, column=-1, column_box=(0.0, 538.6), pitch=10.8),
     Role.ASIDE),
    ("ocr lead in capitals set with a tighter leading stays an intro",
     Facts(text="THE YEAR 2025 HOLDS PARTICULARLY IMPORTANT", box=(40, 110, 498, 160), size=9.5,
           cw=4.7, bold=False, lines=4, column=-1, column_box=(0.0, 538.6), pitch=10.8),
     Role.INTRO),
    ("body paragraph", facts("Dự án đầu tư tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng"),
     Role.BODY),
]


OCR_PAGE = replace(PAGE, exact=False, body_pitch=12.0)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_role_rules(case):
    name, block, expected = case
    assert role_of(block, OCR_PAGE if name.startswith("ocr ") else PAGE) == expected


def test_one_line_blocks_right_above_a_title_are_section_rubrics():
    blocks = [facts("TIÊU ĐIỂM", box=(40, 42, 98, 54), lines=1),
              facts("Focal Points", box=(430, 42, 499, 54), lines=1),
              facts("DẤU ẤN ĐỐI NGOẠI", box=(40, 62, 452, 82), size=15, lines=1)]
    roles = [role_of(b, PAGE) for b in blocks]
    assert sections_above_titles(roles, blocks, PAGE.body_size) == \
        [Role.SECTION, Role.SECTION, Role.TITLE]


def test_ends_open_tells_an_unfinished_sentence():
    assert ends_open("cùng đại diện Lãnh đạo một số") and ends_open("Build-Operate-Trans-")
    assert not ends_open("ngoại giao văn hóa.") and not ends_open("(19/12/1946 - 19/12/2025).")


def test_link_follows_each_language_across_columns_and_pages():
    pieces = [Piece("p4-b6", 4, 1, "vi", Role.BODY, "Đồng chí Bí thư Trần Cương khẳng định"),
              Piece("p4-b7", 4, 2, "en", Role.BODY, "Mr. Chen Gang affirmed that Guangxi"),
              Piece("p5-b1", 5, 0, "vi", Role.BODY, "tỉnh Lạng Sơn trong các lĩnh vực."),
              Piece("p5-b2", 5, 0, "vi", Role.BYLINE, "VŨ GIANG"),
              Piece("p5-b3", 5, 1, "en", Role.BODY, "stands ready to strengthen coordination.")]
    assert link(pieces) == {"p5-b1": "p4-b6", "p5-b3": "p4-b7"}


def test_link_does_not_cross_a_title_or_join_pieces_of_one_region():
    pieces = [Piece("a", 1, 0, "en", Role.BODY, "the delegation of"),
              Piece("b", 1, 0, "en", Role.BODY, "Lang Son Province."),
              Piece("c", 1, 1, "en", Role.BODY, "led by Mr. Hoang"),
              Piece("d", 1, 2, "en", Role.TITLE, "A NEW ARTICLE"),
              Piece("e", 1, 3, "en", Role.BODY, "Quoc Khanh")]
    assert link(pieces) == {}


def test_paragraph_held_in_from_both_column_edges_is_an_aside():
    note = Facts(text="Ghi chú: Đồng chí Bí thư khẳng định", box=(46.0, 300.0, 256.0, 340.0),
                 size=8.5, cw=4.5, bold=False, lines=4, column=0, column_box=COLUMN, inset=6.0)
    body = [facts("Tham dự buổi Lễ có đồng chí Lê Hoài Trung", box=(40.0, y, 262.0, y + 40))
            for y in (200.0, 360.0)]
    roles = [Role.BODY] * 3
    assert asides(roles, [*body, note], PAGE) == [Role.BODY, Role.BODY, Role.ASIDE]


def test_a_lead_paragraph_a_few_points_in_from_the_column_is_no_aside():
    """OCR boxes of a bold lead paragraph in a damaged text layer sit ~4 pt in from the
    column's other paragraphs (less than half a body size): still article text."""
    lead = Facts(text="Ngày 27/11/2025, tại trụ sở Tỉnh uỷ", box=(44.2, 196.0, 258.5, 307.0),
                 size=9.5, cw=4.75, bold=False, lines=9, column=0, column_box=COLUMN, inset=4.2)
    body = [facts("Tham dự buổi tiếp có đồng chí", box=(40.0, y, 262.0, y + 80))
            for y in (312.0, 403.0)]
    assert asides([Role.BODY] * 3, [lead, *body], PAGE) == [Role.BODY] * 3


def test_large_quote_after_body_in_its_column_is_an_aside_not_a_title():
    body = facts("Tham dự buổi Lễ có đồng chí Lê Hoài Trung", box=(40.0, 200.0, 262.0, 280.0))
    quote = facts("“Attending the talks were Mr. Dinh Huu Hoc.”", box=(60, 290, 240, 320),
                  size=13.0, lines=2)
    title = facts("LỄ THÔNG TUYẾN DỰ ÁN CAO TỐC", box=(40, 100, 262, 130), size=15, lines=2)
    assert asides([Role.BODY, Role.TITLE, Role.TITLE], [body, quote, title], PAGE) == [
        Role.BODY, Role.ASIDE, Role.TITLE]


def test_spanning_text_is_body_when_the_columns_hold_less():
    spanning = [facts("Ngày 12/12/2025, tại trụ sở UBND tỉnh Lạng Sơn " * 5,
                      box=(40, 100 + 60 * k, 498, 150 + 60 * k), column=-1) for k in range(3)]
    title = facts("LEADER OF THE PROVINCIAL", box=(40, 60, 262, 90), size=15, lines=2)
    roles = [Role.TITLE, Role.INTRO, Role.INTRO, Role.INTRO]
    assert spanning_body(roles, [title, *spanning], PAGE) == [Role.TITLE] + [Role.BODY] * 3
    column_text = facts("Tham dự buổi Lễ có đồng chí " * 40, lines=30)
    kept = spanning_body(roles[:2] + [Role.BODY], [title, spanning[0], column_text], PAGE)
    assert kept == [Role.TITLE, Role.INTRO, Role.BODY]


def test_one_spanning_lead_under_its_title_stays_an_intro_over_short_columns():
    """An article's lead spanning the columns right under its title, over columns that hold
    less text than it (the article runs on over the page): the lead, not a misread
    one-column body."""
    title = facts("TALKS BETWEEN THE CHAIRMAN", box=(40, 60, 498, 90), size=15, lines=2)
    lead = facts("Within the working visit to Viet Nam by the delegation " * 8,
                 box=(40, 100, 498, 160), column=-1, lines=5)
    columns = [facts("Attending the talks were Mr. Dinh Huu Hoc", box=(40 + 150 * k, 200,
                                                                        180 + 150 * k, 240),
                     column=k, lines=4) for k in range(3)]
    roles = [Role.TITLE, Role.INTRO, Role.BODY, Role.BODY, Role.BODY]
    assert spanning_body(roles, [title, lead, *columns], PAGE) == roles


def test_a_page_of_short_entries_ending_with_page_numbers_is_a_contents_page():
    """Its entries and its heading (a title above them, no article's title) are contents."""
    heading = facts("MỤC LỤC", box=(40, 60, 100, 75), size=15, lines=1)
    entries = [facts(f"{k}- ĐIỂM TIN ĐỐI NGOẠI / LỄ THÔNG TUYẾN DỰ ÁN … {k + 2}",
                     box=(55, 90 + 30 * k, 500, 110 + 30 * k), lines=2) for k in (1, 2)]
    roles = [Role.TITLE, Role.BODY, Role.SECTION]
    assert contents_entries(roles, [heading, *entries]) == [Role.CONTENTS] * 3


def test_body_paragraphs_ending_with_numbers_do_not_make_a_contents_page():
    paras = [facts("Tổng mức đầu tư của dự án là 11 nghìn tỷ đồng, hoàn thành năm 2026"),
             facts("Dự án dài gần 60 km, khởi công ngày 21/4/2024 với 3"),
             facts("Tham dự buổi Lễ có đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng."),
             facts("Đồng chí Bộ trưởng đề nghị tỉnh tiếp tục hoàn thiện các hạng mục.")]
    roles = [Role.BODY] * 4
    assert contents_entries(roles, paras) == roles


def test_ocr_lines_of_a_pull_quote_in_wide_letters_are_asides():
    """On OCR a pull quote's lines, cut apart by the geometry, are told by their wide letters
    when the first opens with a quotation mark; the piece right under it with letters as wide
    goes with it; a wide line that is neither stays body text (OCR widths swing)."""
    body = facts("Tham dự buổi Lễ có đồng chí Lê Hoài Trung, Bí thư Trung ương " * 3, lines=6,
                 box=(40.0, 100.0, 262.0, 180.0))
    first = facts("“Ambassador Marc Knapper noted that", cw=6.2, lines=1,
                  box=(50.0, 190.0, 250.0, 203.0))
    rest = facts("in 2025, natural disasters caused", cw=6.0, lines=1,
                 box=(55.0, 205.0, 245.0, 218.0))
    lone = facts("Ambassador Marc Knapper noted that", cw=6.2, lines=1,
                 box=(50.0, 400.0, 250.0, 413.0))
    roles = [Role.BODY] * 4
    assert asides(roles, [body, first, rest, lone], OCR_PAGE) == [
        Role.BODY, Role.ASIDE, Role.ASIDE, Role.BODY]


def test_the_rest_of_a_pull_quote_set_wide_stays_with_it_however_ocr_reads_its_width():
    """OCR of a pull quote cut into its two lines: the first, opening with a quotation mark,
    has letters 1.5 times as wide as the body's, the second 1.3 times (OCR widths swing more
    than a tenth between them). Both are the quote; a body-width line under it is not."""
    ocr = replace(PAGE, exact=False, body_cw=4.32, body_size=7.92, body_pitch=10.8)
    body = facts("Bà Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh, nhiệt liệt chào mừng " * 2,
                 box=(46, 348, 262, 401), size=7.92, cw=4.56, lines=5)
    first = facts("“Bà Trần Thanh Nhàn, Phó Chủ tịch UBND", box=(53, 409, 255, 422), size=10.4,
                  cw=6.44, lines=1)
    rest = facts("tỉnh, nhiệt liệt chào mừng Đại sứ Olivier...", box=(47, 424, 260, 436),
                 size=11.3, cw=5.66, lines=1)
    plain = replace(rest, cw=4.4)
    roles = [Role.BODY] * 3
    assert asides(roles, [body, first, rest], ocr) == [Role.BODY, Role.ASIDE, Role.ASIDE]
    assert asides(roles, [body, first, plain], ocr) == [Role.BODY, Role.ASIDE, Role.BODY]


def test_a_rubric_read_by_ocr_a_little_further_above_its_title_is_still_its_rubric():
    """OCR boxes hold only the ink: the rubric ``Foreign Affairs News`` sits 19 points above a
    capitals title on a page whose body reads 7.44 high, more than 2.5 body sizes; measured in
    the page's line pitch (11.8) it is under two lines above, as on the text layer."""
    rubric = facts("Foreign Affairs News", box=(41, 52, 125, 61), size=7.9, cw=5.97, lines=1)
    title = facts("TECHNICAL TRAFFIC OPENING OF THE HUU NGHI BORDER GATE", box=(35, 80, 590, 118),
                  size=11.2, cw=11.3, lines=3)
    roles = [Role.BODY, Role.TITLE]
    assert sections_above_titles(roles, [rubric, title], 7.44, 11.8) == [Role.SECTION, Role.TITLE]
    assert sections_above_titles(roles, [rubric, title], 7.44) == roles


def test_a_block_text_asked_again_for_a_credit_is_answered_from_the_memo():
    from magpipe.split.roles import has_credit
    text = "Toàn cảnh buổi lễ khánh thành nhà máy mới của công ty. Ảnh: TRÍ DŨNG"
    has_credit(text)
    before = has_credit.cache_info().hits
    assert has_credit(text) is True
    assert has_credit.cache_info().hits == before + 1
