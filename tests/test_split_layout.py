"""Geometry of the split stage on small synthetic pages: columns, spanning titles, reading
order, paragraphs, skew. Words are laid out like a text layer (box height = font size)."""

from __future__ import annotations

import random

from pipeline.artifacts.layout import Role
from pipeline.artifacts.pages import DocumentInfo, ExtractArtifact, Page, Word
from pipeline.config import Config
from pipeline.layout import analyse
from pipeline.pieces import build_pieces, deskewed, skew_slope
from pipeline.split import split

W, H = 538.6, 765.4
VI = ("Đồng chí Hoàng Quốc Khánh Bí thư Tỉnh ủy tiếp và làm việc với Đoàn công tác "
      "của tỉnh Quảng Tây Trung Quốc tại trụ sở Ủy ban nhân dân tỉnh Lạng Sơn trong chuyến thăm"
      ).split()
EN = ("Mr Hoang Quoc Khanh Secretary of the Provincial Party Committee received and worked "
      "with the delegation of Guangxi China at the headquarters of the Provincial People's "
      "Committee during the visit").split()


def line_words(text: list[str], x0: float, top: float, size: float = 9.5, width: float = 220,
               bold: bool = False) -> tuple[list[Word], list[str]]:
    """Set words from ``text`` on one line from ``x0`` until ``width`` is full; return the words
    and the text left over."""
    words, x = [], x0
    while text:
        w = 0.5 * size * len(text[0])
        if words and x + w > x0 + width:
            break
        words.append(Word(text=text[0], box=(x, top, x + w, top + size), size=size, bold=bold))
        x += w + 0.3 * size
        text = text[1:]
    return words, text


def column(source: list[str], x0: float, top: float, lines: int, width: float = 220,
           size: float = 9.5) -> list[Word]:
    """``lines`` full lines of the words of ``source``, repeated as needed."""
    out, text = [], list(source)
    for k in range(lines):
        words, text = line_words(text or list(source), x0, top + k * 1.25 * size, size, width)
        out += words
    return out


def page_of(words: list[Word], number: int = 1) -> Page:
    return Page(number=number, width=W, height=H, source="text-layer", reason="test",
                words=tuple(words))


def run(*pages: Page):
    doc = DocumentInfo(path="t.pdf", name="t", sha256="0", page_count=len(pages))
    return split(ExtractArtifact(doc=doc, pages=pages), Config())


def test_two_columns_under_a_spanning_title_read_title_then_left_then_right():
    title, _ = line_words("LỄ THÔNG TUYẾN CAO TỐC HỮU NGHỊ CHI LĂNG".split(), 40, 70, 16, 460,
                          bold=True)
    left = column(list(VI), 40, 110, 12)
    right = column(list(EN), 276, 110, 12)
    layout = run(page_of(title + right + left)).pages[0]       # storage order scrambled
    texts = [b.text for b in layout.blocks]
    assert layout.blocks[0].role == Role.TITLE and layout.blocks[0].column == -1
    assert texts[1].startswith("Đồng chí") and texts[2].startswith("Mr Hoang")
    assert [b.lang for b in layout.blocks[1:]] == ["vi", "en"]
    assert len(layout.columns) == 2


def test_three_columns_are_read_left_to_right():
    words = column(list(EN), 40, 100, 20, 143) + column(list(EN), 356, 100, 20, 143) + \
        column(list(EN), 198, 100, 20, 143)
    geo = analyse(tuple(words), H)
    assert [round(c[0]) for c in geo.columns] == [40, 198, 356]
    assert [round(p.box[0]) for p in geo.paras] == [40, 198, 356]


def test_paragraph_gap_and_indent_start_new_paragraphs():
    first = column(list(EN), 40, 100, 4)
    gap = column(list(VI), 40, 100 + 4 * 11.875 + 8, 4)
    indented, rest = line_words(list(EN), 55, 100 + 8 * 11.875 + 8, 9.5, 205)
    after = column(rest, 40, 100 + 9 * 11.875 + 8, 3)
    geo = analyse(tuple(first + gap + indented + after), H)
    assert len(geo.paras) == 3


def test_short_right_aligned_line_at_column_end_is_a_byline():
    body = column(list(VI), 40, 100, 6)
    byline, _ = line_words("LÃ VIỆT tổng hợp".split(), 180, 100 + 6 * 11.875, bold=True)
    layout = run(page_of(body + byline)).pages[0]
    assert [b.role for b in layout.blocks] == [Role.BODY, Role.BYLINE]


def test_skewed_page_is_straightened_before_cutting_columns():
    words = column(list(VI), 40, 100, 30) + column(list(EN), 276, 100, 30)
    slope = 0.012                                  # about 0.7 degrees
    turned = tuple(Word(text=w.text, box=(w.box[0] - slope * w.box[1], w.box[1] + slope * w.box[0],
                                          w.box[2] - slope * w.box[1], w.box[3] + slope * w.box[0]),
                        size=w.size) for w in words)
    assert abs(skew_slope(build_pieces(turned), turned) - slope) < 0.003
    geo = analyse(turned, H)
    assert len(geo.columns) == 2 and len(geo.paras) == 2
    assert deskewed(turned, 0.0) is turned


def test_ocr_specks_in_the_gutter_do_not_join_columns():
    rng = random.Random(1)
    words = column(list(VI), 40, 100, 20) + column(list(EN), 276, 100, 20)
    specks = [Word(text="|", box=(266 + rng.random(), t, 267.5, t + 6), size=6, conf=20)
              for t in (150, 190, 230)]
    geo = analyse(tuple(words + specks), H)
    assert len(geo.columns) == 2


def test_header_and_page_number_in_the_margins_are_furniture():
    header_vi, _ = line_words("BẢN TIN ĐỐI NGOẠI LẠNG SƠN".split(), 40, 18, 7.5, 200)
    header_en, _ = line_words("LANG SON EXTERNAL AFFAIRS BULLETIN".split(), 346, 18, 7.5, 200)
    number = [Word(text="7", box=(266, 739, 272, 750), size=9)]
    body = column(list(VI), 40, 100, 10)
    layout = run(page_of(header_vi + header_en + body + number)).pages[0]
    roles = [b.role for b in layout.blocks]
    assert roles == [Role.HEADER, Role.HEADER, Role.BODY, Role.PAGE_NUMBER]
    assert [b.lang for b in layout.blocks[:2]] == ["vi", "en"]


def test_unfinished_paragraph_at_a_page_end_is_continued_on_the_next_page():
    first = column(list(EN), 40, 100, 10)            # stops mid-sentence: no full stop
    second = column(list(EN), 40, 100, 3)
    layout = run(page_of(first, 1), page_of(second, 2))
    assert layout.pages[1].blocks[0].continued_from == layout.pages[0].blocks[-1].id
    assert len(layout.chains()) == 1
