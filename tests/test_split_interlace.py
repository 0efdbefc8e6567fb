"""A landscape sheet in four columns alternating the languages, read right on a scan (issue 16).

* A one-line title whose word space lies right over a gutter of the columns under it is cut
  from the columns before that gutter (``split.word_spaces.head_across``): the strip runs from
  the title's top to the page's foot, and the cut read the title's left part with the first
  column and its right part after it, so the article lost its English title and its first
  column (the English one) became a record of no title.
* A speck of dust read as a letter past a line's end is left out of the line
  (``split.line_dust.is_dust``): a paragraph ending a sentence then ended in ``F``, and the
  linking ran it on into the next Vietnamese column's first paragraph.

Made-up pieces, and a saved scan of the ``interlace`` family
(``tests/data/layouts-interlace/``, ``tools/interlace_test_data.py``) split and aligned."""

from __future__ import annotations

import json
from pathlib import Path

from magpipe.align import align
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import RepairArtifact, Word
from magpipe.config import Config
from magpipe.eval.align_score import score
from magpipe.split import split
from magpipe.split.line_dust import is_dust
from magpipe.split.pieces import Line, make_line
from magpipe.split.word_spaces import head_across

DATA = Path(__file__).parent / "data" / "layouts-interlace"
BODY = 8.0


def _line(words: list[Word], *texts: str) -> Line:
    return make_line(tuple(words), [k for k, w in enumerate(words) if w.text in texts])


def _row(y: float, size: float, *spans: tuple[str, float, float]) -> list[Word]:
    return [Word(text, (x0, y, x1, y + size), size) for text, x0, x1 in spans]


def _columns(top: float) -> list[Word]:
    """Two columns of body text, 11 pt apart, five rows each."""
    return [w for k in range(5) for w in _row(top + 10 * k, BODY, (f"left{k}", 32, 202),
                                                  (f"right{k}", 213, 388))]


def test_a_title_line_crossing_a_gutter_at_a_word_space_is_cut_from_the_columns() -> None:
    """The title ``FRENCH AMBASSADOR`` | ``TO`` | ``VIET NAM`` set 13 pt high, OCR's pieces 7
    and 6 pt apart, the space of 7 pt over the 11 pt gutter of the columns under it: the head
    is the title's row, the rest the columns."""
    words = _row(116, 13.0, ("FRENCH", 32, 96), ("AMBASSADOR", 100, 204),
                 ("TO", 211, 230), ("VIET", 236, 271), ("NAM", 275, 310)) + _columns(145)
    pieces = [_line(words, "FRENCH", "AMBASSADOR"), _line(words, "TO"),
              _line(words, "VIET", "NAM")] + [_line(words, w.text) for w in words[5:]]
    head, rest = head_across(pieces, [(204.0, 211.0)], BODY) or ([], [])
    assert sorted(p.text for p in head) == ["FRENCH AMBASSADOR", "TO", "VIET NAM"]
    assert len(rest) == 10


def test_a_row_of_two_columns_at_the_body_size_is_no_head() -> None:
    """The columns' own first row crosses the gutter too, but at the body's size: its white is
    a gutter, no word space, and nothing is cut."""
    words = _columns(145)
    pieces = [_line(words, w.text) for w in words]
    assert head_across(pieces, [(202.0, 213.0)], BODY) is None


def test_twin_titles_level_in_two_columns_are_no_one_head() -> None:
    """The Vietnamese title over the first column and the English one over the second, set
    24 pt high, each line a whole piece, 16 pt apart (less than a word space of their type
    could be): with no space of the row's own to measure by, the gutter stands."""
    words = _row(116, 24.0, ("LÃNH", 32, 120), ("ĐẠO", 125, 196), ("LEADER", 212, 300),
                 ("OF", 305, 340)) + _columns(145)
    pieces = [_line(words, "LÃNH", "ĐẠO"), _line(words, "LEADER", "OF")] + \
        [_line(words, w.text) for w in words[4:]]
    assert head_across(pieces, [(196.0, 212.0)], BODY) is None


def test_two_headlines_a_gutter_apart_are_no_one_head() -> None:
    """Two stories' headlines set level over their columns, each read in two pieces, a gutter
    of 15 pt between them (wider than a word space of their 13 pt type and than their own
    spaces): no head across."""
    words = _row(116, 13.0, ("LEFT", 32, 120), ("HEAD", 127, 190), ("RIGHT", 205, 300),
                 ("TITLE", 307, 380)) + _columns(145)
    pieces = [_line(words, w.text) for w in words]
    assert head_across(pieces, [(190.0, 205.0)], BODY) is None


def test_a_speck_a_point_high_read_as_a_letter_is_dust_and_a_small_letter_is_not() -> None:
    words = (Word("F", (373.0, 396.0, 374.0, 397.0), 9.1, conf=60.8),
             Word("a", (300.0, 397.0, 304.0, 401.5), 9.1),
             Word(".", (305.0, 400.0, 306.0, 401.0), 9.1))
    assert is_dust(make_line(words, [0]), BODY)
    assert not is_dust(make_line(words, [1]), BODY)
    assert not is_dust(make_line(words, [2]), BODY)     # (a stop holds no letter: no dust)


def _saved() -> tuple[RepairArtifact, dict]:
    return (RepairArtifact.load(DATA / "title-over-gutter.repair.json"),
            json.loads((DATA / "title-over-gutter.truth.json").read_text(encoding="utf-8")))


def test_the_english_title_over_a_gutter_is_one_title_and_the_article_pairs() -> None:
    artifact, truth = _saved()
    result = split(artifact, Config())
    titles = [b.text for b in result.pages[0].blocks if b.role == Role.TITLE and
              b.lang == Lang.EN]
    assert titles == ["FRENCH AMBASSADOR TO VIET NAM VISITS AND WORKS IN LANG SON PROVINCE"]
    s = score(align(result, Config()), truth, fuzzy=True)
    assert (s.paired_right, s.articles) == (1, 1)


def test_a_speck_past_a_paragraphs_end_does_not_run_it_into_the_next_column() -> None:
    """The second column's last paragraph ends ``... hợp tác mới trong thời gian tới.`` (a
    speck read as ``F`` past it is no word of it); the fourth column's first paragraph starts
    a paragraph of its own, and every truth paragraph link comes out."""
    artifact, truth = _saved()
    result = split(artifact, Config())
    ends = [b for b in result.pages[0].blocks
            if b.text.endswith("hợp tác mới trong thời gian tới.")]
    assert ends and ends[0].lang == Lang.VI
    assert not [b.id for b in result.pages[0].blocks if b.continued_from == ends[0].id]
    s = score(align(result, Config()), truth, fuzzy=True)
    assert s.links_right == s.links_truth == s.links_output
