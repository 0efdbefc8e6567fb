"""A paragraph's last line of a word or two, whose baseline a mark below set low, stays in its
paragraph on an OCR page (``summary-3-scanned``, saved as ``mark-below``: ``hoạch.``)."""

from __future__ import annotations

from magpipe.split.mark_steps import low_mark
from magpipe.split.pieces import Line
from saved_links import split_saved

PITCH = 12.6


def test_a_last_word_with_a_dot_below_stays_in_its_paragraph():
    blocks = [b for p in split_saved("mark-below").pages for b in p.blocks]
    (block,) = [b for b in blocks if b.text.startswith("Phát biểu khai mạc")]
    assert block.text.endswith("theo kế hoạch.")
    assert not any(b.text.strip() == "hoạch." for b in blocks)


def _line(words: int, top: float, bottom: float) -> Line:
    return Line(words=tuple(range(words)), box=(40.0, top, 40.0 + 30.0 * words, bottom), size=9.0,
                bold=False, text="w " * words, base=bottom, cw=4.0)


def test_a_short_lines_low_baseline_under_a_top_at_the_leading_is_a_mark():
    prev = _line(9, 432.0, 439.0)
    assert low_mark(prev, _line(1, 444.6, 456.1), PITCH)      # top at the leading: a mark
    assert not low_mark(prev, _line(1, 450.0, 461.5), PITCH)  # top lower too: white between
    assert not low_mark(prev, _line(6, 444.6, 456.1), PITCH)  # a full line's baseline holds
