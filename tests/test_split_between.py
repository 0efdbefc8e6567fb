"""Photos set in pairs with both captions in the space between them (the ``between`` family
of ``fixtures/thirtyfourth_between.py``, and any publication that sets captions so): the
rules that kept its text whole and its captions right, as functions on made-up pieces."""

from __future__ import annotations

from magpipe.align.caption_halves import CaptionDraft, match_halves
from magpipe.artifacts.base import union
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.artifacts.records import Source
from magpipe.split.drafts import caption_drafts
from magpipe.split.gutters import RIVER_ROWS, splits_columns
from magpipe.split.hanging_marks import hanging_marks
from magpipe.split.layout import Para
from magpipe.split.photo_gaps import column_regions
from magpipe.split.pieces import Line, make_line
from magpipe.split.word_spaces import river_space
from magpipe.split.xycut import column_ranges

BODY = 8.5


def piece(x0: float, x1: float, top: float, text: str, words: int = 1) -> Line:
    return Line(words=tuple(range(words)), box=(x0, top, x1, top + BODY), size=BODY,
                bold=False, text=text, base=top + BODY, cw=BODY / 2, core=(x0, x1))


def _staggered_columns() -> list[Line]:
    """Two narrow columns of English a 12 pt gutter apart (304-422, 434-552), the left one's
    lines half a line below the right one's (a paragraph's extra white above them), so that
    the two meet level on one row only: the left one's justified last line, its four words
    spread to the column's edge, beside a line of one word of the right one, which goes on
    down to the row, its lines between the left one's."""
    left = [piece(304, 422, 100 + 11.5 * k, "whole line of the left column", words=6)
            for k in range(12)]
    right = [piece(434, 540, 94.25 + 11.5 * k, "whole line of the right one", words=6)
             for k in range(13)]
    foot = 100 + 11.5 * 12
    words = [(304, 318, "Mr."), (330, 355, "Hoang"), (367, 388, "Quoc"), (400, 422, "Khanh,")]
    last = [piece(x0, x1, foot, text) for x0, x1, text in words]
    return left + right + last + [piece(434, 470, foot, "particular.")]


def test_a_strip_between_staggered_columns_is_no_river_where_they_meet_level() -> None:
    """The gutter between two columns that meet level on one row only (the left one's last
    line justified wide beside a one-word line), lines of each beside it on its own side
    only, is no river there, and it parts the columns; the same row alone (a justified line
    read a word a piece, and a word past a space as wide) is one."""
    pieces = _staggered_columns()
    assert not river_space(pieces, (422.0, 434.0), BODY, RIVER_ROWS)
    assert splits_columns(pieces, (422.0, 434.0), BODY)
    row = [p for p in pieces if p.box[1] == 238.0]
    assert river_space(row, (422.0, 434.0), BODY, RIVER_ROWS)


def _region(x0: float, x1: float, top: float, lines: int) -> list[Line]:
    return [piece(x0, x1, top + 11.0 * k, "line of text", words=4) for k in range(lines)]


def test_captions_between_paired_photos_make_no_columns() -> None:
    """A page of four columns of text over a pair of photos one over the other (32-483
    wide), the two captions side by side between them, 9 pt off the upper photo: each
    caption's few lines start inside one column and end inside the next. Neither is a column
    of the page: the left one would make a column of its own, the right one widen the column
    of text it mostly covers. Nor is a caption filling the gap between the two photos. Without
    the photos, or far from them, the same ranges are kept."""
    columns = [(32.2, 152.99), (168.7, 290.07), (305.2, 426.38), (441.7, 563.07)]
    text = [(_region(x0, x1, 45.0, 20), (x0, x1)) for x0, x1 in columns]
    captions = [(_region(41.02, 251.26, 492.0, 2), (41.02, 251.26)),
                (_region(272.82, 445.14, 492.0, 2), (272.82, 445.14))]
    photos = ((32.0, 290.0, 483.0, 480.0), (32.0, 546.0, 483.0, 735.0))
    regions = text + captions
    assert column_regions(regions, photos, BODY) == text
    assert column_ranges(sorted({c for _, c in column_regions(regions, photos, BODY)}),
                         columns) == tuple(columns)
    assert column_regions(regions, (), BODY) == regions
    far = ((32.0, 290.0, 483.0, 400.0),)
    assert column_regions(regions, far, BODY) == regions
    # (a caption pasted on its photo, its first line over the photo's foot, is one too; the
    # last line of a column's text ending by a photo is no caption)
    pasted = ((32.0, 290.0, 483.0, 496.0), (32.0, 600.0, 483.0, 735.0))
    assert column_regions(regions, pasted, BODY) == text
    last = [(_region(150.0, 376.0, 492.0, 1), (150.0, 376.0))]
    assert column_regions(text + last, photos, BODY) == text + last
    filling = [(_region(41.0, 200.0, 492.0, 4), (41.0, 200.0))]
    deep = ((32.0, 290.0, 483.0, 480.0), (32.0, 545.0, 483.0, 735.0))
    assert column_regions(text + filling, deep, BODY) == text


def _scanned_caption(mark: str, key_under: bool = False) -> tuple[tuple[Word, ...], list[Para]]:
    """A scanned caption of two lines led by ``mark`` (a drawn triangle OCR read as a letter,
    5.5 pt wide, hung left of the text's edge at 240.8), its credit at the end; its English
    twin under it, hanging from the same edge (or from a number of its own: ``key_under``);
    then, 14 pt under that, the other photo's caption, set from the mark's edge."""
    rows = [[(231.7, 237.2, mark), (240.6, 252.1, "Đại"), (255.2, 269.1, "biểu"),
             (272.3, 293.4, "chứng"), (296.5, 309.5, "kiến")],
            [(240.8, 260.9, "thông"), (263.3, 271.0, "xe"), (273.6, 292.0, "(Ảnh:"),
             (294.0, 310.0, "TRÍ"), (312.0, 330.0, "DŨNG)")],
            [(231.7 if key_under else 240.9, 237.2 if key_under else 270.0,
              "2" if key_under else "Delegates"), (272.0, 300.0, "witness"),
             (302.0, 330.0, "vehicles")],
            [(240.8, 262.0, "Photo"), (264.0, 270.0, "by"), (272.0, 285.0, "TRI"),
             (287.0, 305.0, "DUNG")],
            [(231.7, 250.7, "Đồng"), (253.5, 263.1, "chí"), (266.3, 292.4, "Nguyễn")]]
    tops = [185.0, 196.5, 213.0, 224.5, 252.0]
    words = tuple(Word(text, (x0, top, x1, top + 7.2), 9.1, conf=95.0)
                  for row, top in zip(rows, tops, strict=True) for x0, x1, text in row)
    lines, k = [], 0
    for row in rows:
        lines.append(make_line(words, list(range(k, k + len(row)))))
        k += len(row)
    groups = [lines[0:2], lines[2:4], lines[4:5]]
    return words, [Para(tuple(g), union([ln.box for ln in g]), 0) for g in groups]


def test_a_drawn_mark_hanging_before_a_scanned_caption_is_no_word_of_it() -> None:
    """The triangle OCR read as ``4`` (or ``Á.``) hangs left of the edge the caption's lines
    and its twin's under it start at: it is left out of the caption's text. A key's number
    and stop, a mark whose lines under it do not hang from one edge, and a caption of
    another photo further down (set from the mark's edge) give none."""
    for mark in ("4", "Á."):
        words, paras = _scanned_caption(mark)
        marks = hanging_marks(words, paras, [True, True, True])
        assert marks == frozenset({0})
        drafts = caption_drafts(words, paras[0], 0, True, marks)
        caption = [d for d in drafts if d.role == Role.CAPTION][0]
        assert words[caption.words[0]].text == "Đại"
    words, paras = _scanned_caption("1.")
    assert hanging_marks(words, paras, [True, True, True]) == frozenset()
    words, paras = _scanned_caption("1", key_under=True)
    assert hanging_marks(words, paras, [True, True, True]) == frozenset()


def _half(vi: str | None, en: str | None, box: tuple[float, float, float, float],
          order: int) -> CaptionDraft:
    lang = Lang.VI if vi else Lang.EN
    return CaptionDraft(vi=vi, en=en, credit="TRÍ DŨNG" if vi else None,
                        credit_en=None if vi else "TRI DUNG",
                        sources=(Source(page=3, box=box, block=f"p3-b{order}", lang=lang),),
                        order=order)


def test_an_english_caption_set_right_under_its_vietnamese_twin_joins_it() -> None:
    """Two short captions side by side between two photos, each with its English under it at
    its left edge, one credit for both: each Vietnamese half takes the English set right under
    it, though their texts alone would swap them ("buổi tiếp" is the courtesy call)."""
    drafts = [_half("Toàn cảnh buổi tiếp.", None, (99.0, 325.0, 233.0, 334.0), 2),
              _half(None, "Overview of the courtesy call.", (99.0, 340.0, 265.0, 348.0), 3),
              _half("Toàn cảnh buổi Hội kiến.", None, (313.0, 325.0, 462.0, 334.0), 5),
              _half(None, "Overview of the meeting.", (313.0, 340.0, 464.0, 348.0), 6)]
    joined = match_halves(drafts)
    assert [(d.vi, d.en) for d in joined] == [
        ("Toàn cảnh buổi tiếp.", "Overview of the courtesy call."),
        ("Toàn cảnh buổi Hội kiến.", "Overview of the meeting.")]
