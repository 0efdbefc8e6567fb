"""A line that starts in a column and ends inside the narrow gutter after it (an OCR box
running past the gutter's middle) is read in its column, not with the columns beyond the
gutter; and a line standing out past the columns' edges under them (a box's head) is read
after them, not as the rest of one (``ratebox-2-scanned``, saved as ``gutter-line``)."""

from __future__ import annotations

from magpipe.artifacts.layout import Lang
from magpipe.split.pieces import Line
from magpipe.split.xycut import _continues_column
from saved_links import linked_whole, split_saved

LINE = "cũng đề xuất một số hoạt động"


def test_a_line_ending_inside_the_gutter_is_read_in_its_column():
    (page,) = [p for p in split_saved("gutter-line").pages
               if any(LINE in b.text for b in p.blocks)]
    at = next(k for k, b in enumerate(page.blocks) if LINE in b.text)
    # before the column's next paragraph, set under it, and before any English paragraph
    under = next(k for k, b in enumerate(page.blocks)
                 if b.text.startswith("Chương trình làm việc tại tỉnh"))
    first_english = next(k for k, b in enumerate(page.blocks)
                         if b.lang == Lang.EN and len(b.text) > 200)
    assert at < under < first_english


def test_its_paragraph_links_whole_with_its_twin():
    assert linked_whole("gutter-line", LINE)


def _line(x0: float, x1: float, y: float) -> Line:
    return Line(words=(), box=(x0, y, x1, y + 8.0), size=8.0, bold=False, text="text of a line",
                base=y + 7.0, cw=4.5, core=(x0, x1))


def test_a_line_standing_out_past_the_columns_is_no_column_rest():
    # two columns of ten rows, a line under them: read with the first column when it lies
    # inside the columns' edges, not when it stands out past them (a box's head, ``WEATHER``)
    columns = [_line(x0, x1, 187.0 + 12.0 * k) for k in range(10)
               for x0, x1 in ((344.0, 488.0), (501.0, 639.0))]
    assert _continues_column(columns, [_line(344.0, 420.0, 320.0)], 8.0)
    assert not _continues_column(columns, [_line(332.0, 408.0, 320.0)], 8.0)


def test_a_boxs_head_under_the_columns_is_read_after_them():
    (page,) = [p for p in split_saved("gutter-line").pages
               if any(b.text.strip() == "WEATHER" for b in p.blocks)]
    head = next(k for k, b in enumerate(page.blocks) if b.text.strip() == "WEATHER")
    assert all(k < head for k, b in enumerate(page.blocks)
               if b.lang == Lang.EN and b.text.startswith(("appreciation", "promote")))
