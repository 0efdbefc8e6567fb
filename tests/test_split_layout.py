"""Geometry of the split stage on small synthetic pages: columns, spanning titles, reading
order, paragraphs, skew. Words are laid out like a text layer (box height = font size)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import DocumentInfo, ExtractArtifact, Page, Word
from magpipe.config import Config, OcrMode
from magpipe.extract import extract
from magpipe.split import split
from magpipe.split.layout import analyse, paragraphs
from magpipe.split.pieces import build_pieces
from magpipe.split.skew import deskewed, skew_slope

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
    rest = len(first) % len(EN)                         # page 2 goes on with the next word
    second = column(EN[rest:] + EN[:rest], 40, 100, 3)
    layout = run(page_of(first, 1), page_of(second, 2))
    assert layout.pages[1].blocks[0].continued_from == layout.pages[0].blocks[-1].id
    assert len(layout.chains()) == 1


def _caption_lines(rows: list[str], x0: float, top: float, size: float = 8.0,
                   pitch: float = 9.8) -> list[Word]:
    """One line per row of text, flush left (ragged right), in caption size."""
    out = []
    for k, row in enumerate(rows):
        words, rest = line_words(row.split(), x0, top + k * pitch, size, width=1000)
        assert not rest
        out += words
    return out


def _right_end(words: list[Word], top: float) -> float:
    return max(w.box[2] for w in words if abs(w.box[1] - top) < 1)


def test_credit_name_on_the_line_after_its_label_stays_in_the_caption():
    rows = ["Lãnh đạo hai Bên tuyên bố khánh thành công trình đường chuyên",
            "dụng vận chuyển hàng hóa. Ảnh: TRÍ DŨNG/ Leaders of both sides",
            "jointly declare the inauguration of the road project and more",
            "in the area of border markers. Photo:",
            "KHONG NGHIA"]
    words = _caption_lines(rows, 40, 300)
    # the label's line ends well short of the others: a paragraph end, but for the label
    assert _right_end(words, 300) - _right_end(words, 300 + 3 * 9.8) > 2 * 8.0
    geo = analyse(tuple(words), H)
    assert len(geo.paras) == 1


def test_captions_beside_photographs_left_and_right_are_not_cut_line_by_line():
    # one region (as OCR boxes leave it: the rows too close to slice) holding a caption right
    # of a photograph (x 194 on) and, below, one left of the next photograph (x 40 on)
    right_rows = ["Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh uỷ hội kiến với đồng chí",
                  "Vi Thao, Uỷ viên Ban Chấp hành Trung ương Đảng Cộng sản Trung",
                  "Quốc, Phó Bí thư Khu uỷ, Chủ tịch Chính quyền nhân dân Khu tự",
                  "trị dân tộc Choang Quảng Tây, Trung Quốc - Lạng Sơn, năm nay"]
    left_rows = ["Đồng chí Hoàng Quốc Khánh, Bí thư Tỉnh ủy hội đàm với đồng chí",
                 "Trần Cương, Uỷ viên Ban Chấp hành Trung ương Đảng Cộng sản",
                 "Trung Quốc, Bí thư Khu ủy, Chủ nhiệm Ban Thường vụ Nhân đại",
                 "Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc trong khuôn",
                 "khổ chuyến thăm - Quảng Tây, tháng 12/2025."]
    words = tuple(_caption_lines(right_rows, 194, 100)
                  + _caption_lines(left_rows, 40, 100 + 4 * 9.8 + 12))
    paras = paragraphs(words, build_pieces(words, 8.0), 0, exact=True, body=8.0)
    starts = [p.lines[0].box for p in paras]
    # no paragraph starts inside either caption: only at its first line (or none between)
    assert all(abs(top - 100) < 1 or abs(top - (100 + 4 * 9.8 + 12)) < 1
               for _, top, _, _ in starts)


def test_ragged_caption_line_ending_in_a_colon_goes_on_when_the_next_word_would_not_fit():
    rows = ["Tổ chức Daejin International Volunteers Association (DIVA), Hàn Quốc",
            "tổ chức khám chữa bệnh nhân đạo tại Trạm Y tế xã Na Sầm :",
            "International Volunteers Association (DIVA), Republic of Korea,",
            "organized humanitarian medical examinations at Na Sam Commune.",
            "Medical Station, Lang Son province - November 2025."]
    words = _caption_lines(rows, 40, 300)
    ends = sorted(_right_end(words, 300 + k * 9.8) for k in range(len(rows)))
    room = ends[-2] - _right_end(words, 309.8)     # short of where most lines end ...
    assert 2 * 8.0 < room < 0.5 * 8.0 * len("International")   # ... but not by a word
    geo = analyse(tuple(words), H)
    assert len(geo.paras) == 1


def test_short_line_ending_a_sentence_in_justified_text_still_ends_the_paragraph():
    first = column(list(EN), 40, 100, 3)
    last, _ = line_words("the province.".split(), 40, 100 + 3 * 11.875)
    after = column(list(VI), 40, 100 + 4 * 11.875, 3)
    geo = analyse(tuple(first + last + after), H)
    assert len(geo.paras) == 2


def test_a_page_with_little_body_text_takes_the_documents_body_size() -> None:
    """A page whose long caption and note, set smaller, outweigh its few body lines: its own
    median size lands on the smaller text; the document's body size (the size most of the
    document is set in) is used when the page sets enough of its text in it."""
    from magpipe.split.pieces import body_size_of, document_body_size, page_body_size
    full = column(VI, 40, 100, 40) + column(VI, 290, 100, 40)
    sparse = column(VI, 40, 100, 8) + column(VI, 290, 100, 14, size=8.0) + \
        column(VI, 40, 300, 6, width=440, size=8.5)
    assert body_size_of(sparse) < 9.0
    doc = document_body_size([tuple(full), tuple(full), tuple(sparse)])
    assert doc is not None and abs(doc - 9.5) < 0.2
    assert abs(page_body_size(tuple(sparse), doc) - doc) < 1e-9
    other = column(VI, 40, 100, 20, size=11.0)          # a page of another design
    assert page_body_size(tuple(other), doc) == body_size_of(other)



def _justified_row(text: str, x0: float, width: float, top: float, size: float) -> list[Word]:
    """One row of words (capitals 0.7 size wide) spread so that it fills ``width`` exactly."""
    texts = text.split()
    inked = sum(0.7 * size * len(t) for t in texts)
    space, x, out = (width - inked) / (len(texts) - 1), x0, []
    for t in texts:
        out.append(Word(text=t, box=(x, top, x + 0.7 * size * len(t), top + size), size=size))
        x += 0.7 * size * len(t) + space
    return out


def test_a_river_through_two_rows_of_a_capitals_lead_does_not_cut_it_into_columns():
    """OCR of a lead set in capitals in a narrow justified column: its lines sit a little
    apart (no descenders), and the wide spaces of two rows (few long words) line up into
    strips as wide as a gutter, which OCR leaves as one piece a word. The lead stays one
    paragraph, read row by row: a river through a row or two parts no columns."""
    rows = ["ON DECEMBER NINETEENTH THE LANG SON", "PROVINCIAL PEOPLE COMMITTEE HELD THE",
            "OPENING CEREMONY OF THE HUU NGHI GATE", "BORDER GATE CHI LANG EXPRESSWAY",
            "PROJECT UNDER THE BOT", "MODEL THE CEREMONY WAS HELD ONLINE AT",
            "SEVENTY NINE SITES OF THE WHOLE NATION", "COUNTRY FOR THE PROVINCE NETWORKS."]
    words = [w for k, text in enumerate(rows)
             for w in _justified_row(text, 35.0, 182.0, 100 + 13.0 * k, 8.0)]
    geo = analyse(tuple(words), H, exact=False)
    texts = [" ".join(ln.text for ln in p.lines) for p in geo.paras]
    assert len(geo.paras) == 1, texts
    assert " ".join(rows) == texts[0]


def test_a_river_through_the_last_rows_of_a_capitals_lead_parts_no_columns_below_its_head():
    """The same lead whose last three justified rows (few long words) have their wide spaces
    lined up: read as a head over two columns, the lead's end would come apart into two
    narrow columns. Both sides of the strip are rows cut at spaces as wide as the strip: one
    text with wide word spaces, not two columns."""
    rows = ["ON DECEMBER NINETEENTH THE LANG SON", "PROVINCIAL PEOPLE COMMITTEE HELD THE",
            "OPENING CEREMONY OF THE HUU NGHI GATE", "SEVENTY NINE SITES OF THE WHOLE NATION",
            "COMPLETED LANG SON PROVINCES", "KEY TRANSPORT NETWORK WITH",
            "NATIONAL AND INTERREGIONAL"]
    words = [w for k, text in enumerate(rows)
             for w in _justified_row(text, 35.0, 182.0, 100 + 13.0 * k, 8.0)]
    top = 100 + 13.0 * len(rows)            # the last line, set flush left
    words.append(Word(text="CONNECTIVITY.", box=(35.0, top, 35.0 + 0.7 * 8.0 * 13, top + 8.0),
                      size=8.0))
    geo = analyse(tuple(words), H, exact=False)
    texts = [" ".join(ln.text for ln in p.lines) for p in geo.paras]
    assert len(geo.paras) == 1, texts
    assert " ".join([*rows, "CONNECTIVITY."]) == texts[0]


def test_a_centred_last_line_of_a_caption_is_no_indent():
    """A caption set centred under its photo: its last line, shorter, is held in as far on the
    right as on the left under a line that ends mid-sentence. It is no first-line indent: the
    caption stays one block (it came apart into body text, a note and a caption)."""
    text = ("Mr Doan Thanh Son Vice Chairman of the Provincial People's Committee received a "
            "courtesy call from the delegation of the Embassy of the United States").split()
    words, top = [], 100.0
    for _ in range(2):
        row, text = line_words(text, 40.0, top, size=8.0, width=222)
        words += row
        top += 10.0
    last, _ = line_words(text, 0.0, top, size=8.0, width=222)
    shift = 40.0 + (222 - last[-1].box[2]) / 2       # centred in the column 40 .. 262
    words += [Word(text=w.text, box=(w.box[0] + shift, w.box[1], w.box[2] + shift, w.box[3]),
                   size=w.size) for w in last]
    geo = analyse(tuple(words), H)
    assert len(geo.paras) == 1, [" ".join(ln.text for ln in p.lines) for p in geo.paras]


def test_two_columns_of_an_ocr_text_layer_with_wide_spaces_keep_their_gutter():
    """``damaged-textlayer.pdf`` read as it is (an English-only OCR layer over a scanned
    page): both columns' rows are cut at spaces as wide as the gutter, as beside a river of
    word spaces, but the gutter runs beside every row of both: the page keeps two columns
    (read as one, the two languages were interleaved line by line)."""
    pdf = Path(__file__).resolve().parents[1] / "fixtures" / "damaged-textlayer.pdf"
    result = split(extract(pdf, Config(ocr=OcrMode.NEVER)), Config())
    assert len(result.pages[0].columns) == 2, result.pages[0].columns


def test_a_short_line_ending_in_a_title_before_a_name_goes_on_with_the_name() -> None:
    """``… chaired a meeting with Ms.`` falling short, ``Marcelle Torres …`` under it
    (overlay-2, a narrow lead whose rag is too narrow to read as ragged): the title's stop
    ends no sentence, the paragraph goes on; a sentence's stop there still ends it."""
    for end, paras in (("Ms.", 1), ("hall.", 2)):
        first = column(list(EN), 40, 100, 3)
        last, _ = line_words(f"meeting with {end}".split(), 40, 100 + 3 * 11.875)
        after = column(["Marcelle"] + list(EN), 40, 100 + 4 * 11.875, 3)
        geo = analyse(tuple(first + last + after), H)
        assert len(geo.paras) == paras, end


def _justified_lines(rows: list[str], x0: float, top: float, pitch: float, size: float = 8.4,
                     width: float = 120.0) -> list[Word]:
    """Rows of mixed-case words (0.5 size wide a letter) stretched to fill ``width``."""
    out = []
    for k, row in enumerate(rows):
        texts = row.split()
        inked = sum(0.5 * size * len(t) for t in texts)
        space, x = (width - inked) / (len(texts) - 1), x0
        for t in texts:
            out.append(Word(text=t, box=(x, top + k * pitch, x + 0.5 * size * len(t),
                                         top + k * pitch + size), size=size))
            x += 0.5 * size * len(t) + space
    return out


def test_a_short_first_line_of_a_justified_column_spaced_from_the_next_ends_its_paragraph():
    """overlay-3: ``the Provincial Public Security`` (its stop missing) alone at a justified
    column's head, 14 pt short of the measure (less than ``Mr.`` and a space need), then
    ``Mr. Doan Thanh Son, …`` a paragraph's space under it and on at the text's leading: two
    paragraphs. The same line over lines going on at its own looser leading (a ragged intro
    run on at a justified column's head) stays one paragraph with them."""
    rows = ["Mr. Doan Thanh Son, Vice", "Chairman of the Provincial", "Committee, expressed his",
            "pleasure in welcoming the", "Ambassador and the working"]
    first = [Word(text=t, box=(x0, 100.0, x1, 108.4), size=8.4) for t, x0, x1 in
             (("the", 400.0, 412.6), ("Provincial", 416.0, 458.0), ("Public", 462.0, 487.2),
              ("Security", 490.4, 506.0))]
    assert 8.4 < 520.0 - first[-1].box[2] < 3 * 0.5 * 8.4 + 0.5 * 8.4   # no room for "Mr."
    body = _justified_lines(rows, 400.0, 114.9, 11.2)
    geo = analyse(tuple(first + body), H)
    assert len(geo.paras) == 2
    looser = _justified_lines(rows, 400.0, 114.9, 14.9)               # its own leading
    geo = analyse(tuple(first + looser), H)
    assert len(geo.paras) == 1


def test_a_bold_line_set_over_its_measure_is_not_chained_to_the_roman_column_beside_it():
    # a bold lead's long word runs 5 points into a 12-point gutter, 7 points short of the
    # next column's roman line: two texts set level, two pieces (a roman word that far from
    # a roman one on its line, as in a justified line's wide space, stays chained)
    words = (Word("(Build-Operate-Transfer)", (297.0, 220.0, 417.0, 232.0), 9.0, bold=True),
             Word("-", (424.0, 220.0, 427.0, 232.0), 9.0),
             Word("South", (430.0, 220.0, 455.0, 232.0), 9.0))
    assert [p.text for p in build_pieces(words, 12.0)] == ["(Build-Operate-Transfer)",
                                                          "- South"]
    roman = (replace(words[0], bold=False),) + words[1:]
    assert [p.text for p in build_pieces(roman, 12.0)] == ["(Build-Operate-Transfer) - South"]
