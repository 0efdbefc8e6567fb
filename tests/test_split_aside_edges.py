"""A paragraph is a box among the column text only when it stands in from the text's edges: a
scan's column holding one other paragraph and a running head's line set further out than the
text (``Số 4 - Quý IV năm 2025``) measures them on that paragraph, not on the head's line
(``tetebeche-3-scanned``, saved as ``listing-colon``); and a box does not open its article: a lead
held in under the titles, its twin in the other language alone above it, is text
(``roles.asides``, ``large_intros.opens_under_title``)."""

from __future__ import annotations

from magpipe.align import align
from magpipe.artifacts.layout import Role
from magpipe.config import Config
from magpipe.eval.align_score import score
from saved_links import linked_whole, split_saved, truth_of

OPENING = "Trong 02 ngày, 14 - 15/12/2025"


def test_a_paragraph_under_the_columns_only_other_one_is_body_not_a_box():
    (block,) = [b for p in split_saved("listing-colon").pages for b in p.blocks
                if b.text.startswith(OPENING)]
    assert block.role == Role.BODY


def test_that_paragraph_links_whole_with_its_twin():
    assert linked_whole("listing-colon", OPENING)


LEAD = "On December 15, 2025, a delegation"


def test_an_indented_lead_under_its_twin_below_the_titles_is_no_box():
    """``interleaved-3-scanned`` (saved as ``indented-lead``): the English lead stands ~5 pt in
    from both edges of the text, its Vietnamese twin alone between it and the titles; a box
    among the column text does not open its article, so the lead stays text."""
    (block,) = [b for p in split_saved("indented-lead").pages for b in p.blocks
                if b.text.startswith(LEAD)]
    assert block.role != Role.ASIDE


def test_every_paragraph_link_of_that_article_comes_out_and_no_other():
    s = score(align(split_saved("indented-lead"), Config()), truth_of("indented-lead"),
              fuzzy=True)
    assert (s.paired_right, s.links_right, s.links_output) == (1, s.links_truth, s.links_truth)
