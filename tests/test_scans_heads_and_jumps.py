"""Scanned pages of the families whose scanned figures lag their born-digital ones (issue 16):
jump lines OCR garbled, a continuation's jump head set further above its columns than on a
text layer, a width per character that swings with the words of a short OCR line, a heading
a little larger than the line under it, a title set in mixed case, a writer's name over an
intro, a paragraph's last line holding only a name, paragraphs a few points apart, a
contents heading, a title line set level with the next column's text across a narrowed
gutter. The rules as functions on made-up lines and blocks, and saved
scanned pages (``tests/data/layouts-scans/``, ``tools/scan_test_data.py``) split whole."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from magpipe.align.ocr_jumps import read_jump
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.split import split
from magpipe.split.heading_lines import heading_line
from magpipe.split.langid import language_cuts
from magpipe.split.layout import CW_JUMP, paragraphs
from magpipe.split.mixed_titles import mixed_case_titles
from magpipe.split.name_tails import names_kept
from magpipe.split.names_over_intros import names_over_intros
from magpipe.split.ocr_spacing import spaced_paragraph
from magpipe.split.ocr_type import type_jump
from magpipe.split.pieces import Line, build_pieces
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.garbled_jumps import garbled_jump

DATA = Path(__file__).parent / "data" / "layouts-scans"


def line(x0: float, x1: float, text: str, size: float, cw: float, top: float = 100.0) -> Line:
    return Line(words=(0,), box=(x0, top, x1, top + size), size=size, bold=False, text=text,
                base=top + size, cw=cw, core=(x0, x1))


def test_a_garbled_jump_line_is_a_jump_line_whose_way_its_page_tells() -> None:
    """``(Continedl tot Đage 1)`` on page 2 says where its story came from, though its garbled
    words come closer to "continued on page"; a clean jump line is left to
    ``headings.jump_line``, and running text ending in a number is no jump line."""
    back = garbled_jump("(Continedl tot Đage 1)", 2)
    assert back is not None and not back.onward and back.page == 1
    assert garbled_jump("` (Tiá) tbeo trang 1)") is not None
    onward = garbled_jump("(See paqe 3)", 1)
    assert onward is not None and onward.onward and onward.page == 3
    assert garbled_jump("(Tiếp theo trang 1)", 2) is None
    assert garbled_jump("the province in December 2025", 1) is None
    assert garbled_jump("Việt Nam tháng 12", 1) is None
    assert garbled_jump("(See paqe 2)", 2) is None          # names its own page


def test_a_garbled_jump_line_takes_the_language_of_its_wording() -> None:
    """Read as Vietnamese for its ``Đ``, the English line must take up the English story."""
    block = Block(id="p2-b4", page=2, box=(405.0, 82.0, 483.0, 94.0),
                  text="(Continedl tot Đage 1)", lang=Lang.VI, role=Role.OTHER)
    read, jump = read_jump(block, {})
    assert jump is not None and not jump.onward
    assert read.lang == Lang.EN
    plain = Block(id="p2-b5", page=2, box=(404.0, 98.0, 505.0, 200.0),
                  text="Doan Thanh Son, Vice Chairman", lang=Lang.EN, role=Role.BODY)
    assert read_jump(plain, {}) == (plain, None)


def test_the_word_median_of_a_short_ocr_line_swinging_alone_is_no_change_of_type() -> None:
    """Two lines of one paragraph in a narrow ragged column (front-page scans): the median of
    their five words' widths per character parts by 1.38, their whole extents per character
    by 1.1, their heights not at all: one type. A title's line over the text moves both."""
    first = line(34, 141, "Ông Đoàn Thanh Sơn, Phó Chủ", 6.2, 4.49)
    second = line(34, 122, "tịch UBND tỉnh bày tỏ vui", 6.4, 3.26, top=113)
    assert not type_jump(first, second, CW_JUMP)
    title = line(34, 300, "TỔNG KẾT HOẠT ĐỘNG ĐỐI NGOẠI", 9.0, 7.8)
    assert type_jump(title, second, CW_JUMP)


def test_two_justified_lines_filling_the_measure_change_type_only_if_the_heights_do() -> None:
    """Two justified lines of one paragraph filling a 106 pt column (front-page scans): the
    words' medians part by 1.36, and so do the extents per character, by the characters'
    count alone; their heights do not part, so they are one type. A caption line as wide per
    character and clearly taller would be another."""
    first = line(509, 615, "đối tác chiến lược toàn diện với", 6.5, 3.36)
    second = line(509, 615, "Việt Nam, mong muốn tăng", 7.0, 4.56, top=112)
    assert type_jump(first, second, CW_JUMP)                  # (no measure: the extents)
    assert not type_jump(first, second, CW_JUMP, 1.1, (509.0, 615.0))
    tall = line(509, 615, "Việt Nam, mong muốn tăng", 8.0, 4.56, top=112)
    assert type_jump(first, tall, CW_JUMP, 1.1, (509.0, 615.0))


def test_a_heading_wider_taller_and_further_down_is_a_change_of_type() -> None:
    """``CONTENTS`` over its first entry (digest scans): 1.34 times as wide per character and
    1.3 times as tall, a step of 1.23 pitches; neither measure alone reaches its jump, the
    three together tell a heading. The same two lines at the usual pitch are one type."""
    heading = line(34, 97, "CONTENTS", 9.6, 7.89, top=80)
    entry = line(33, 491, "TECHNICAL TRAFFIC OPENING OF THE HUU NGHI BORDER GATE", 7.4, 5.90,
                 top=98)
    assert type_jump(heading, entry, CW_JUMP, 1.23)
    assert not type_jump(heading, entry, CW_JUMP, 1.0)


def _facts(text: str, size: float, cw: float, lines: int = 1) -> Facts:
    return Facts(text=text, box=(42.0, 59.0, 311.0, 59.0 + size), size=size, cw=cw, bold=False,
                 lines=lines, column=0, column_box=(42.0, 376.0))


def test_a_mixed_case_title_wide_and_tall_on_an_ocr_page_is_a_title() -> None:
    """A report part's title in upper and lower case, 1.52 times the body's width per
    character and 1.55 times as tall (report scans), is a title; a sentence so measured, a
    body-sized line, and the same line on a text layer are left alone."""
    page = PageFacts(width=420.0, height=595.0, body_size=9.6, body_cw=5.1, columns=1,
                     exact=False, repeated=frozenset())
    facts = [_facts("Tổng kết hoạt động đối ngoại của tỉnh", 14.9, 7.75),
             _facts("Đoàn đã đến thăm tỉnh.", 14.9, 7.75),
             _facts("Trong 02 ngày, Đoàn đại biểu tỉnh thăm", 9.6, 5.1)]
    roles = [Role.BODY] * 3
    assert mixed_case_titles(roles, facts, page) == [Role.TITLE, Role.BODY, Role.BODY]
    exact = PageFacts(**{**page.__dict__, "exact": True})
    assert mixed_case_titles(roles, facts, exact) == roles


def _blocks(name: str) -> list[Block]:
    result = split(RepairArtifact.load(DATA / f"{name}.repair.json"), Config())
    return [b for p in result.pages for b in p.blocks]


def test_stacked_continuations_are_read_story_by_story_under_their_jump_heads() -> None:
    """The inside page of a scanned front page: two stories' English continuations stacked in
    one grid, each under its head and ``(Continued from page 1)`` set further below it than
    on a text layer. The first story's last column is read before the second story's head
    (not after its columns), and the garbled Vietnamese jump line is a jump line."""
    blocks = _blocks("front-page-inside")
    order = {b.text[:30]: k for k, b in enumerate(blocks)}
    last_column = next(k for t, k in order.items() if "Bishop's House" in blocks[k].text)
    second_head = next(k for t, k in order.items() if t.startswith("TECHNICAL TRAFFIC"))
    assert last_column < second_head
    garbled = next(b for b in blocks if "tbeo trang" in b.text)
    assert garbled.role == Role.JUMP


def test_a_scanned_part_title_in_mixed_case_is_a_title_apart_from_its_first_heading() -> None:
    """The report's title over the Vietnamese part (mixed case, set large) is a title of its
    own, and the numbered heading under it is not joined to it."""
    blocks = _blocks("report-part-title")
    title = next(b for b in blocks if b.text.startswith("Tổng kết hoạt động"))
    assert title.role == Role.TITLE
    assert title.text == "Tổng kết hoạt động đối ngoại của tỉnh"


def test_a_scanned_contents_heading_is_a_block_apart_from_its_first_entry() -> None:
    """``CONTENTS`` set a little larger than the entry under it is a block of its own."""
    blocks = _blocks("digest-contents-heading")
    assert any(b.text == "CONTENTS" and b.role == Role.CONTENTS for b in blocks)


def test_a_title_line_set_level_with_the_next_columns_text_is_no_line_of_it() -> None:
    """A scanned tête-bêche page: OCR read a dash at the first word of the right column's
    title (``-UBND``), six points right of the left column's line ``… hợp tác và giao``: the
    two are set in sizes far apart, so no piece runs across the gutter, the page's top is
    cut into its columns, and the first title is read whole, apart from the text beside it."""
    blocks = _blocks("tetebeche-gutter-speck")
    first = next(b for b in blocks if b.text.startswith("ĐẠI SỨ"))
    assert first.role == Role.TITLE
    assert first.text == "ĐẠI SỨ CỘNG HOÀ PHÁP TẠI VIỆT NAM THĂM VÀ LÀM VIỆC TẠI TỈNH LẠNG SƠN"
    assert not any("giao -UBND" in b.text for b in blocks)
    assert any(b.role == Role.TITLE and b.text.startswith("HỘI ĐÀM GIỮA") for b in blocks)


def test_words_in_sizes_far_apart_past_a_word_space_are_two_pieces() -> None:
    """Two words a little less than a gutter apart: of one size, one piece (wide spaces of a
    justified line); a title's word beside a body word, two; of one size at a word space,
    one piece whatever the sizes of the words around."""
    body = Word("giao", (211.5, 236.6, 227.3, 246.2), 11.3)
    title = Word("-UBND", (233.8, 234.1, 278.2, 245.9), 18.7)
    same = replace(title, size=11.3)
    assert len(build_pieces((body, title), 9.1)) == 2
    assert len(build_pieces((body, same), 9.1)) == 1
    near = replace(title, box=(229.0, 234.1, 273.4, 245.9))
    assert len(build_pieces((body, near), 9.1)) == 1


def test_a_name_in_capitals_right_over_an_intro_is_a_byline() -> None:
    """``VŨ GIANG`` flush left over the English intro of a spread (OCR read its marks, so it
    reads Vietnamese) is the byline, no paragraph; a name far above the intro, and a line of
    lower case over it, stay as they are."""
    page = PageFacts(width=1162.0, height=780.0, body_size=8.4, body_cw=4.4, columns=6,
                     exact=False, repeated=frozenset())

    def at(text: str, box: tuple[float, float, float, float], lines: int = 1) -> Facts:
        return Facts(text=text, box=box, size=6.6, cw=4.9, bold=False, lines=lines, column=3,
                     column_box=(618.0, 778.0))
    facts = [at("VŨ GIANG", (618, 168, 654, 174)),
             at("From December 14 to 19, 2025, the delegation", (618, 184, 1126, 271), 5),
             at("KHONG NGHIA", (32, 100, 80, 108)), at("the province said", (32, 170, 120, 178)),
             at("On December 15, 2025, a delegation", (32, 184, 540, 250), 4)]
    roles = [Role.BODY, Role.INTRO, Role.BODY, Role.BODY, Role.INTRO]
    assert names_over_intros(roles, facts, page) == [Role.BYLINE, Role.INTRO, Role.BODY,
                                                     Role.BODY, Role.INTRO]


def test_a_paragraphs_last_line_holding_only_a_name_does_not_switch_its_language() -> None:
    """An English paragraph ending in a place's name that OCR read with Vietnamese marks stays
    one block; a Vietnamese paragraph over its English twin is still cut, and so is a
    one-line caption over its twin."""
    english = ["The Huu Nghi Border Gate - Chi Lang Expressway is nearly 60 km long,",
               "connecting the northern border area with major economic",
               "centers and linking with the", "Đồng Dạng Trà Lĩnh"]
    assert names_kept(english, language_cuts(english)) == []
    twins = ["Tuyến cao tốc cửa khẩu Hữu Nghị dài gần 60 km, tổng mức đầu tư",
             "trên 11 nghìn tỷ đồng, khởi công ngày 1/1/2024.",
             "The expressway is nearly 60 km long, with a total investment",
             "of over 11 trillion VND, started on January 1, 2024."]
    assert names_kept(twins, language_cuts(twins)) == language_cuts(twins) != []
    caption = ["Toàn cảnh buổi tiếp.", "Overview of the reception"]
    assert names_kept(caption, [1]) == [1]
    box = ["Editorial office: 2 Hoang Van Thu Street, Lang Son.", "Telephone: 0205 3 812 345",
           "Email: gateway@ngoaivu.example.vn", "VỀ ẤN PHẨM"]
    assert names_kept(box, [3]) == [3]              # a heading in capitals: it does switch


def test_a_sentence_end_and_a_capital_a_fifth_of_a_pitch_further_down_start_a_paragraph() -> None:
    """Two paragraphs of a ragged narrow OCR column parted by a few points (front-page scans):
    after ``... Công an tỉnh.`` the next line starts 1.23 pitches down at its baseline and
    at its top. The same step inside a sentence, or jitter at one of the two, starts none."""
    pitch = 11.6
    end = line(34, 132, "tỉnh, Tài chính, Công an tỉnh.", 7.0, 3.48, top=604.0)
    start = line(34, 141, "Ông Đoàn Thanh Sơn, Phó Chủ", 6.2, 4.49, top=620.8)
    assert spaced_paragraph(end, start, pitch)
    inside = line(34, 132, "tỉnh, Tài chính, Công an tỉnh", 7.0, 3.48, top=604.0)
    assert not spaced_paragraph(inside, start, pitch)
    jitter = line(34, 141, "Ông Đoàn Thanh Sơn, Phó Chủ", 9.0, 4.49, top=616.0)
    assert not spaced_paragraph(end, jitter, pitch)
    heading = line(34, 120, "PRACTICAL INFORMATION", 6.2, 4.49, top=620.8)
    assert not spaced_paragraph(end, heading, pitch)     # (a heading's matter, not this)


def test_a_contents_heading_in_capitals_is_a_line_of_its_own() -> None:
    """``MỤC LỤC`` set as close over ``1. ĐOÀN ĐẠI BIỂU ...`` as the entries' lines, at their
    height (report scans): no step of type or pitch parts them, its words do. A line of
    running text reading ``inside`` is no heading."""
    assert heading_line("MỤC LỤC") and heading_line("CONTENTS")
    assert not heading_line("inside") and not heading_line("1. ĐOÀN ĐẠI BIỂU TỈNH THĂM")
    page = [line(46, 90, "MỤC LỤC", 9.5, 6.24, top=462.0),
            line(46, 388, "1. ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI", 8.9, 4.94, top=476.0),
            line(45, 220, "KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY", 9.5, 5.22, top=489.0)]
    region = [replace(ln, words=(k,)) for k, ln in enumerate(page)]
    words = tuple(Word(text=ln.text, box=ln.box, size=ln.size) for ln in page)
    paras = paragraphs(words, region, 0, exact=False, body=8.9, page_pitch=13.3)
    assert [len(p.lines) for p in paras] == [1, 2]
