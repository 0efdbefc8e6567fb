"""A newspaper front page's layout as split reads it, on line pieces and block facts made up
here: a column's last lines that run down into the page's bottom band (``split.feet``),
narrow columns whose justified lines break into pieces and short starts above a jump line
(``split.narrow``), a lead whose tall boxes touch its columns (``split.touching``), a title's
twin in capitals (``split.heads.caps_titles``), a nameplate's twin whose box reaches into the
name's (``split.nameplate``) and a photo credit on a line of its own
(``split.credit_lines``)."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.split.credit_lines import credit_line, credit_lines
from magpipe.split.feet import column_feet
from magpipe.split.heads import caps_titles
from magpipe.split.nameplate import nameplates
from magpipe.split.pieces import Line
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.xycut import xy_cut

BODY = 10.0
PITCH = 12.0
PAGE = PageFacts(width=800.0, height=1100.0, body_size=BODY, body_cw=5.0, columns=6, exact=True,
                 repeated=frozenset())


def piece(x0: float, x1: float, top: float, text: str, size: float = BODY) -> Line:
    return Line(words=(), box=(x0, top, x1, top + size), size=size, bold=False, text=text,
                base=top + size, cw=5.0, core=(x0, x1))


def column(x0: float, x1: float, top: float, rows: int, name: str) -> list[Line]:
    return [piece(x0, x1, top + PITCH * k, f"{name} {k} running words") for k in range(rows)]


def reading(pieces: list[Line], pitch: float = PITCH) -> list[str]:
    """The pieces' texts in reading order: regions in order, each top to bottom."""
    return [p.text for region, _ in xy_cut(pieces, BODY, pitch=pitch)
            for p in sorted(region, key=lambda p: (p.box[1], p.box[0]))]


def fact(text: str, x0: float, top: float, x1: float, size: float = BODY, lines: int = 1,
         bold: bool = False) -> Facts:
    return Facts(text=text, box=(x0, top, x1, top + size * lines), size=size, cw=size / 2,
                 bold=bold, lines=lines, column=-1, column_box=(40.0, 760.0))


# ---- a column's feet in the bottom band ------------------------------------------------------

def test_a_columns_last_lines_in_the_bottom_band_run_on_the_column():
    """The band holds a column's last line (one word of it a piece apart, under a word
    space of the line above), the jump line under it, a page number in the gutter and a
    footer a rule apart: the line and the jump line run on, the page number and the footer
    stay furniture."""
    rest = column(40, 150, 900, 12, "a") + column(165, 275, 900, 12, "b")
    foot = 900 + PITCH * 12
    line = [piece(40, 80, foot, "last words"), piece(165, 200, foot, "of"),
            piece(215, 275, foot, "the column")]
    rest[-1] = piece(165, 205, foot - PITCH, "b 11")            # a short piece above "of"
    rest.append(piece(225, 275, foot - PITCH, "spaced"))
    jump = piece(200, 275, foot + PITCH + 2, "Continued on page 2")
    number = piece(153, 160, foot + 3 * PITCH, "1")
    footer = piece(40, 275, foot + 6 * PITCH, "The Borderland, a weekly")
    kept, run_on = column_feet(line + [jump, number, footer], rest, BODY)
    assert {p.text for p in run_on} == {"last words", "of", "the column", "Continued on page 2"}
    assert {p.text for p in kept} == {"1", "The Borderland, a weekly"}


# ---- narrow columns by rows --------------------------------------------------------------------

def _word_pieces(x0: float, x1: float, top: float, rows: int, name: str) -> list[Line]:
    """A narrow column whose justified lines each fall into three pieces at wide spaces."""
    third = (x1 - x0) / 3
    return [piece(x0 + k * third + (4 if k else 0), x0 + (k + 1) * third - 4,
                  top + PITCH * r, f"{name}{r}w{k}")
            for r in range(rows) for k in range(3)]


def test_narrow_columns_whose_lines_fall_into_word_pieces_are_read_one_after_the_other():
    """Two narrow newspaper columns, eight rows deep, the second's lines stretched into
    pieces a word or two long: each column is read whole, not row by row across them."""
    pieces = column(40, 140, 100, 8, "a") + _word_pieces(155, 255, 100, 8, "b")
    order = reading(pieces)
    assert order.index("a 7 running words") < order.index("b0w0")


def test_short_justified_starts_above_a_jump_line_are_columns():
    """A story's start of four rows in two narrow columns (the second ends in a jump line
    set right): read column by column."""
    pieces = column(40, 130, 100, 4, "a") + column(145, 235, 100, 4, "b") + \
        [piece(170, 235, 100 + 4 * PITCH, "More on page 2")]
    order = reading(pieces)
    assert order.index("a 3 running words") < order.index("b 0 running words")


# ---- a lead touching its columns ----------------------------------------------------------------

def test_a_lead_whose_tall_boxes_touch_its_columns_is_read_before_them():
    """A lead across two columns, its boxes taller than the pitch (no white between its lines
    or under its last one), over two columns of five rows: the lead, then the first column,
    then the second."""
    tall = 1.4 * PITCH

    def line(x0: float, x1: float, base: float, text: str) -> Line:
        return Line(words=(), box=(x0, base - 0.9 * tall, x1, base + 0.1 * tall), size=tall,
                    bold=False, text=text, base=base, cw=5.0, core=(x0, x1))

    lead = [line(40, 255, 110 + PITCH * k, f"lead line {k}") for k in range(3)]
    cols = [line(x0, x0 + 100, 110 + PITCH * (k + 3) + 3, f"{name} {k} running words")
            for x0, name in ((40, "a"), (155, "b")) for k in range(5)]
    order = reading(lead + cols)
    assert order[:3] == ["lead line 0", "lead line 1", "lead line 2"]
    assert order.index("a 4 running words") < order.index("b 0 running words")


# ---- titles -------------------------------------------------------------------------------------

def test_a_titles_twin_in_capitals_right_under_it_is_a_title():
    """A story's title, then its English twin in capitals set smaller, five lines in a
    narrow module, right under it: a title, not a lead in capitals."""
    facts = [fact("CHỦ TỊCH CHÍNH QUYỀN NHÂN DÂN KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY, TRUNG "
                  "QUỐC HỘI KIẾN VỚI BÍ THƯ TỈNH UỶ LẠNG SƠN", 40, 186, 268, size=2 * BODY,
                  lines=5, bold=True),
             fact("CHAIRMAN OF THE PEOPLE'S GOVERNMENT OF THE GUANGXI ZHUANG AUTONOMOUS REGION "
                  "(CHINA) MEETS WITH THE SECRETARY OF THE LANG SON PROVINCIAL PARTY COMMITTEE",
                  40, 287, 260, size=1.1 * BODY, lines=5, bold=True)]
    roles = caps_titles([Role.TITLE, Role.INTRO], facts, PAGE)
    assert roles == [Role.TITLE, Role.TITLE]


def test_a_nameplates_twin_whose_box_reaches_into_the_names_is_a_row_of_its_band():
    """The name's twin in the other language set so close under it that its tall box
    reaches up into the name's: the nameplate, its twin and the band's lines are running
    heads, the story's headline under the band is not."""
    facts = [fact("THE DAILY NAME", 250, 40, 550, 7 * BODY),
             fact("THE NAME'S TWIN", 300, 105, 500, 3 * BODY),
             fact("A weekly of the province", 40, 140, 220),
             fact("No. 48, Friday", 560, 140, 760),
             fact("A STORY'S HEADLINE OVER ITS MODULE", 40, 170, 500, 2 * BODY, lines=2),
             fact("The story's text runs on in its columns.", 40, 215, 200, lines=12)]
    roles = nameplates([Role.TITLE, Role.TITLE, Role.SECTION, Role.SECTION, Role.TITLE,
                        Role.BODY], facts, PAGE)
    assert roles[:4] == [Role.HEADER] * 4
    assert roles[4:] == [Role.TITLE, Role.BODY]


# ---- credit lines -------------------------------------------------------------------------------

def test_credit_lines_as_ocr_reads_them():
    assert all(credit_line(t) for t in ("Pboto: KIEU 4NH", "Ảnh - TRÍ DŨNG", "Anh. LA MAI",
                                        "Photo by LA MAI", "(Ảnh: KIỀU ANH)"))
    assert not any(credit_line(t) for t in ("TRẦN VĂN AN", "Theo báo Nhân Dân",
                                            "Số 48 - Thứ Sáu", "Synthesized by LA VIET"))


def test_a_credit_on_a_line_of_its_own_makes_the_text_above_a_caption():
    """A caption's one line, its credit set right under it at the module's right edge (OCR
    took it for a byline), then the story's text: the caption and its credit, the text
    left alone; a signature (a name alone flush right) under the text stays as it was."""
    facts = [fact("Lang Son province's booth at the forum, November 2025.", 30, 495, 339),
             fact("Pboto: KIEU 4NH", 441, 506, 496, size=6.0),
             fact("On December 19, 2025, the Provincial People's Committee held the ceremony.",
                  30, 520, 496, lines=4),
             fact("TRẦN VĂN AN", 420, 562, 496)]
    roles = credit_lines([Role.BODY, Role.BYLINE, Role.BODY, Role.BYLINE], facts, PAGE)
    assert roles == [Role.CAPTION, Role.CREDIT, Role.BODY, Role.BYLINE]
