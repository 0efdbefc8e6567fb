"""A line that starts in a column and ends inside the narrow gutter after it (an OCR box
running past the gutter's middle) is read in its column, not with the columns beyond the
gutter (``ratebox-2-scanned``, saved as ``gutter-line``)."""

from __future__ import annotations

from magpipe.artifacts.layout import Lang
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
