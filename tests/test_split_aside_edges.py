"""A paragraph is a box among the column text only when it stands in from the text's edges: a
scan's column holding one other paragraph and a running head's line set further out than the
text (``Số 4 - Quý IV năm 2025``) measures them on that paragraph, not on the head's line
(``tetebeche-3-scanned``, saved as ``listing-colon``)."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from saved_links import linked_whole, split_saved

OPENING = "Trong 02 ngày, 14 - 15/12/2025"


def test_a_paragraph_under_the_columns_only_other_one_is_body_not_a_box():
    (block,) = [b for p in split_saved("listing-colon").pages for b in p.blocks
                if b.text.startswith(OPENING)]
    assert block.role == Role.BODY


def test_that_paragraph_links_whole_with_its_twin():
    assert linked_whole("listing-colon", OPENING)
