"""Layouts no rule was written for, on line pieces and block facts made up here (issue 16):
narrow justified columns whose rows fall into word pieces under a head that crosses their
gutters, two columns' words set half a line apart across a narrow gutter, a mixed-case rubric
over a title set close above its columns, a title whose last line ends inside the first column
while the second starts right under it, a lead whose own leading leaves white between its
lines, a bold lead's twin under a photo's captions, a display title's last line of foreign
names, a magazine's cover, and an issue printed in language halves."""

from __future__ import annotations

from dataclasses import replace

from magpipe.align.articles import ArticlePiece, Draft
from magpipe.align.halves import printed_in_halves
from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.artifacts.records import Source
from magpipe.split.cover_lines import cover_pages
from magpipe.split.credit_ends import credit_tails_kept
from magpipe.split.langid import language_cuts
from magpipe.split.name_lines import names_tail_kept
from magpipe.split.pieces import Line, build_pieces
from magpipe.split.roles import Facts, PageFacts
from magpipe.split.twin_leads import twin_leads
from magpipe.split.xycut import xy_cut

FONT = 9.2
TALL = 1.6 * FONT      # box height of a face with tall ascents and deep descents
PITCH = 12.5


def line(x0: float, x1: float, base: float, text: str, height: float = TALL,
         bold: bool = False) -> Line:
    return Line(words=(), box=(x0, base - 0.75 * height, x1, base + 0.25 * height),
                size=height, bold=bold, text=text, base=base, cw=FONT / 2, core=(x0, x1))


def regions(pieces: list[Line], body: float = TALL, pitch: float = PITCH) -> list[list[str]]:
    """The texts of each region in reading order, each region top to bottom."""
    return [[p.text for p in sorted(region, key=lambda p: (p.box[1], p.box[0]))]
            for region, _ in xy_cut(pieces, body, pitch=pitch, exact=True)]


def reading(pieces: list[Line], **kw) -> list[str]:
    return [t for region in regions(pieces, **kw) for t in region]


def _justified(x0: float, x1: float, top: float, rows: int, name: str) -> list[Line]:
    """A narrow justified column whose rows fall into two pieces a word or two long at their
    wide word spaces."""
    return [piece for r in range(rows) for piece in
            (line(x0, x0 + 55, top + PITCH * r, f"{name}{r} the words"),
             line(x1 - 45, x1, top + PITCH * r, f"more of {name}{r}"))]


def test_narrow_justified_columns_in_word_pieces_under_a_head_across_them_read_column_by_column():
    """A continuation's head (its title in capitals, the jump line touching it) across three
    columns 107 points wide, whose justified rows fall into pieces of a word or two: each
    column is read whole, not row by row across the three."""
    head = [line(404, 722, 60 + 19 * k, f"TITLE LINE {k} IN CAPITALS", height=20, bold=True)
            for k in range(3)] + [line(404, 508, 60 + 19 * 2 + 15, "(Continued from page 1)")]
    top = 60 + 19 * 2 + 15 + PITCH
    cols = _justified(404, 511, top, 10, "a") + _justified(525, 632, top, 10, "b") + \
        _justified(646, 754, top, 10, "c")
    order = reading(head + cols)
    assert order.index("more of a9") < order.index("b0 the words") < \
        order.index("more of b9") < order.index("c0 the words")


def _columns(top: float, rows: int, xs: tuple[float, ...], name: str = "") -> list[Line]:
    return [line(x0, x0 + 180, top + PITCH * r, f"{name}{chr(97 + k)}{r} running words")
            for k, x0 in enumerate(xs) for r in range(rows)]


def test_a_mixed_case_rubric_over_a_title_set_close_above_its_columns_heads_them():
    """``Foreign Affairs News`` (bold, mixed case, the body's size) over a title in capitals
    whose tall boxes touch the three columns under it: the rubric and the title, then each
    column whole."""
    rubric = [line(40, 135, 440, "Foreign Affairs News", bold=True)]
    title = [line(40, 600, 470 + 26 * k, f"A TITLE IN CAPITALS, LINE {k}", height=25,
                  bold=True) for k in range(3)]
    cols = _columns(470 + 26 * 2 + 10, 8, (40, 235, 430))
    order = reading(rubric + title + cols)
    assert order[:4] == ["Foreign Affairs News"] + [p.text for p in title]
    assert order.index("a7 running words") < order.index("b0 running words")
    assert order.index("b7 running words") < order.index("c0 running words")


def test_a_column_starting_under_a_title_whose_last_line_ends_in_the_first_column_is_read_second():
    """A title of two lines across two columns and a short third in the first column; the
    second column starts right under it (a paragraph's gap after its seventh row), the first
    under a photo (no text) with a caption: the first column (caption, then text) is read
    before the second."""
    title = [line(34, 660, 80 + 29 * k, f"TITLE LINE {k} ACROSS", height=28, bold=True)
             for k in range(2)] + [line(34, 175, 80 + 29 * 2, "LAST WORDS", height=28, bold=True)]
    right = [line(360, 670, 160 + PITCH * r + (8 if r >= 7 else 0),   # a paragraph's gap
                  f"right {r} running words of the column") for r in range(22)]
    left = [line(34, 345, 270 + PITCH * r, f"left {r} caption or text of the column")
            for r in range(13)]
    order = reading(title + right + left, body=12.2, pitch=12.4)
    assert order.index("LAST WORDS") < order.index("left 0 caption or text of the column")
    assert order.index("left 12 caption or text of the column") < \
        order.index("right 0 running words of the column")


def test_a_leads_last_line_ending_left_of_a_gutter_stays_with_its_lead():
    """A lead across four columns set at a looser leading than the body (white between its
    own lines), its short last line ending left of the last gutter, the columns close under
    it: the last line is read in the lead's region, not cut off with the columns."""
    def short(x0: float, x1: float, base: float, text: str) -> Line:
        return line(x0, x1, base, text, height=10.0)
    lead = [short(42, 490, 617 + 14 * k, f"lead line {k} across the columns") for k in range(3)]
    last = short(42, 381, 617 + 14 * 3, "the lead's last line")
    cols = [short(x0, x0 + 102, 675.5 + 11.5 * r, f"col {x0} row {r}")
            for x0 in (42, 158, 274, 390) for r in range(5)]
    found = regions(lead + [last] + cols, body=8.7, pitch=11.5)
    holding = next(r for r in found if "the lead's last line" in r)
    assert "lead line 2 across the columns" in holding
    assert not any(t.startswith("col ") for t in holding)


PAGE = PageFacts(width=800.0, height=1100.0, body_size=9.1, body_cw=4.5, columns=6, exact=True,
                 repeated=frozenset(), body_pitch=12.0)


def fact(text: str, top: float, lines: int, size: float, pitch: float, bold: bool) -> Facts:
    return Facts(text=text, box=(39, top, 512, top + pitch * lines), size=size, cw=size / 2,
                 bold=bold, lines=lines, column=-1, column_box=(39, 512), pitch=pitch)


def test_a_bold_lead_under_a_photos_captions_over_its_twin_lead_is_a_lead():
    """Under a module's photo: the captions, then the Vietnamese lead (bold, five lines at
    the body's pitch, read as a title) right over the English lead (told as one): both
    leads. A title over them, spaced by its own size, stays a title."""
    facts = [fact("ĐOÀN ĐẠI BIỂU TỈNH THĂM", 186, 3, 24.2, 26.5, True),
             fact("Talks between Mr. Chen Gang and Mr. Wei Tao. Photo: VU GIANG", 602, 4, 10.3,
                  10.6, False),
             fact("Từ ngày 14-19/12/2025, Đoàn đại biểu tỉnh Lạng Sơn ...", 650, 5, 12.4, 12.0,
                  True),
             fact("From December 14 to 19, 2025, the delegation of Lang Son ...", 715, 7, 12.4,
                  12.0, True)]
    roles = twin_leads([Role.TITLE, Role.CAPTION, Role.TITLE, Role.INTRO], facts, PAGE)
    assert roles == [Role.TITLE, Role.CAPTION, Role.INTRO, Role.INTRO]


def test_a_bold_block_at_the_body_pitch_far_from_a_lead_stays_as_it_was():
    facts = [fact("A bold block at the body's pitch", 300, 4, 12.4, 12.0, True),
             fact("A lead set apart from it", 500, 4, 12.4, 12.0, True)]
    assert twin_leads([Role.TITLE, Role.INTRO], facts, PAGE) == [Role.TITLE, Role.INTRO]


def _title(texts: list[str], step: float = 29.0) -> tuple[Line, ...]:
    return tuple(line(41, 470, 100 + step * k, t, height=27, bold=True)
                 for k, t in enumerate(texts))


def _worded(lines: tuple[Line, ...]) -> tuple[tuple[Word, ...], tuple[Line, ...]]:
    """The lines, each one word as wide as its box (what the wrap test of
    ``names_tail_kept`` measures)."""
    words = tuple(Word(text=ln.text, box=ln.box, size=ln.size, bold=ln.bold, line=k)
                  for k, ln in enumerate(lines))
    return words, tuple(replace(ln, words=(k,)) for k, ln in enumerate(lines))


ROOMY = (41.0, 900.0)   # a measure with room after each title line: no line wrapped


def test_a_titles_last_line_of_foreign_names_is_not_cut_off_as_english():
    texts = ["LÃNH ĐẠO UBND TỈNH TIẾP VÀ LÀM VIỆC VỚI", "LÃNH SỰ DANH DỰ VIỆT NAM TẠI BANG RIO",
             "DE JANEIRO, BRAZIL"]
    assert language_cuts(texts) == [2]
    words, lines = _worded(_title(texts))
    assert names_tail_kept(words, lines, language_cuts(texts), ROOMY) == []


def test_an_english_twin_title_under_a_vietnamese_one_is_still_cut_off():
    texts = ["HỘI ĐÀM GIỮA CHỦ TỊCH UBND TỈNH LẠNG SƠN", "TALKS BETWEEN THE CHAIRMEN OF THE"]
    words, lines = _worded(_title(texts))
    assert names_tail_kept(words, lines, language_cuts(texts), ROOMY) == [1]
    names = ["LÃNH ĐẠO UBND TỈNH TIẾP VÀ LÀM VIỆC VỚI", "LÃNH SỰ DANH DỰ VIỆT NAM TẠI BANG RIO",
             "DE JANEIRO, BRAZIL"]
    words, apart = _worded(_title(names)[:2] + (line(41, 300, 100 + 29 * 2 + 12, names[2],
                                                     height=27, bold=True),))
    # set a line further down
    assert names_tail_kept(words, apart, language_cuts(names), ROOMY) == [2]


def _draft(lang: str, page: int, order: int, chars: int = 400) -> Draft:
    source = Source(page=page, box=(0.0, 0.0, 1.0, 1.0), block=f"p{page}-b{order}", lang=lang)
    return Draft(lang=lang, order=order, title=ArticlePiece(f"TITLE {order}", (source,)),
                 paragraphs=(ArticlePiece("x" * chars, (source,)),), positions=((page, order),))


def test_an_issue_printing_its_english_after_its_vietnamese_is_in_halves():
    vis = [_draft("vi", p, p) for p in (2, 3, 4)]
    ens = [_draft("en", 5, 10), _draft("en", 6, 11)]
    assert printed_in_halves(vis, ens)
    stray = _draft("en", 3, 5, chars=20)        # a name under a title read as English
    assert printed_in_halves(vis, [*ens, stray])


def test_twins_set_page_by_page_or_one_article_each_are_not_in_halves():
    vis = [_draft("vi", p, 2 * p) for p in (1, 2, 3)]
    ens = [_draft("en", p, 2 * p + 1) for p in (1, 2, 3)]
    assert not printed_in_halves(vis, ens)
    assert not printed_in_halves(vis[:1], [_draft("en", 5, 9)])


def _word(text: str, x0: float, x1: float, base: float, size: float = 9.7) -> Word:
    """A text-layer word of a face whose boxes stand 1.55 times its size."""
    return Word(text=text, box=(x0, base - 1.2 * size, x1, base + 0.35 * size), size=size)


def test_words_of_two_columns_set_half_a_line_apart_are_not_one_line_across_the_gutter():
    """A column's line ending at 869 beside the next column's rows (starting at 880) set half
    a line higher: the gap is narrower than the gutter measured by the tall boxes, but as wide
    as a gutter in the type's own size, and the rows are not level: two pieces. A justified
    line's words set level a wide word space apart (8 points, under a gutter measured in no
    more than ``pieces.TALL_BOX`` x the type's size) stay one piece."""
    words = (_word("Member", 824, 857, 555), _word("of", 860, 869, 555),
             _word("agencies;", 880, 916, 548), _word("over", 880, 897, 561))
    pieces = build_pieces(words, body=15.0)
    assert not any({"of", "agencies;"} <= set(p.text.split()) for p in pieces)
    level = build_pieces((_word("justified", 824, 869, 555), _word("words", 877, 913, 555)),
                         body=15.0)
    assert [p.text for p in level] == ["justified words"]


def cover_fact(text: str, top: float, lines: int = 1, size: float = 10.0,
               column: int = 0) -> Facts:
    return Facts(text=text, box=(32, top, 450, top + 1.3 * size * lines), size=size,
                 cw=size / 2, bold=True, lines=lines, column=column, column_box=(32, 564))


COVER = PageFacts(width=595.0, height=794.0, body_size=9.9, body_cw=4.8, columns=1, exact=True,
                  repeated=frozenset())


def test_a_covers_lines_pointing_to_pages_and_its_nameplate_are_no_articles():
    """A cover: the nameplate and its twin, the issue lines, and each article's titles with
    the page it starts on: cover lines are contents entries, the lines above them running
    heads."""
    facts = [cover_fact("ĐÔI BỜ HỮU NGHỊ", 22, size=44.0),
             cover_fact("FRIENDSHIP ACROSS THE BORDER", 79, size=17.7),
             cover_fact("Số 4 (36) · Tháng 12/2025", 105, size=8.0),
             cover_fact("Issue No. 4 (36) · December 2025", 105, size=8.0),
             cover_fact("LÃNH ĐẠO UBND TỈNH TIẾP ĐẠI SỨ · tr. 3", 600, lines=2, size=12.1),
             cover_fact("LEADER OF THE PROVINCIAL COMMITTEE RECEIVES · p. 3", 635, lines=2),
             cover_fact("ĐOÀN ĐẠI BIỂU TỈNH THĂM TRUNG QUỐC · tr. 5", 671, lines=2, size=12.1),
             cover_fact("PROVINCIAL DELEGATION VISITS CHINA · p. 5", 721, lines=2)]
    roles = cover_pages([Role.TITLE, Role.ASIDE, Role.BODY, Role.BYLINE] + [Role.INTRO] * 4,
                        facts, COVER)
    assert roles == [Role.HEADER] * 4 + [Role.CONTENTS] * 4


def test_a_page_of_running_text_ending_in_page_references_is_no_cover():
    facts = [cover_fact("A TITLE", 40, size=20.0),
             cover_fact("Running text of an article, in mixed case over several lines.", 100,
                        lines=8, size=9.9),
             cover_fact("SEE ALSO THE INTERVIEW · p. 3", 300),
             cover_fact("AND THE PHOTOS · p. 5", 320)]
    roles = [Role.TITLE, Role.BODY, Role.BODY, Role.BODY]
    assert cover_pages(roles, facts, COVER) == roles


def test_a_credits_name_on_a_line_of_its_own_is_not_cut_off_but_twin_captions_are():
    """An English caption whose credit breaks after ``Photo``: the name's line (its marks read
    Vietnamese) stays with it. A Vietnamese caption over its English twin ending in such a
    credit is still cut between the two."""
    tail = ["Ms. Marcelle Torres Alves Okuno and her spouse visit the", "Quynh Son village, Bac",
            "Son Commune. Photo", "by KIỀU ANH"]
    assert credit_tails_kept(tail, [3]) == []
    twins = ["Đồng chí Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh tiếp và làm việc với",
             "Đoàn công tác của Đại sứ quán.", "Ms. Tran Thanh Nhan, Vice Chairwoman, received",
             "the delegation of the Embassy. Photo by TRI DUNG"]
    assert credit_tails_kept(twins, [2]) == [2]
