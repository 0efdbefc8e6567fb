"""A text layer's title in capitals set a size or two over the lead under it, at the title's own
leading, parts from the lead (``split.caps_steps``): under ``layout.SIZE_JUMP`` the two were
one block, the title read as the lead's first words (seed 5400's ``twoup-2``, a 9.6-point title
in capitals over a bold 7.9-point lead). The words' font sizes tell it, not the lines' boxes."""

from __future__ import annotations

from magpipe.artifacts.pages import Word
from magpipe.split.caps_steps import CAPS_STEP, caps_step
from magpipe.split.layout import SIZE_JUMP, _breaks_before
from magpipe.split.pieces import Line

LEFT, RIGHT = 219.0, 394.0


def _lines(*rows: tuple[str, float, float, float]) -> tuple[tuple[Word, ...], list[Line]]:
    """The page's words and its lines, each row (text, font size, baseline, the line's box
    height) set as one line of words."""
    words: list[Word] = []
    lines = []
    for n, (text, size, base, height) in enumerate(rows):
        first = len(words)
        words += [Word(text=t, box=(LEFT, base - size, RIGHT, base), size=size, line=n)
                  for t in text.split()]
        lines.append(Line(words=tuple(range(first, len(words))),
                          box=(LEFT, base - height, RIGHT, base), size=height, bold=True,
                          text=text, base=base))
    return tuple(words), lines


def test_a_title_in_capitals_over_a_lead_a_size_smaller_parts_from_it() -> None:
    words, (title, lead) = _lines(("THE U.S AMBASSADOR TO VIET NAM", 9.6, 710.1, 9.6),
                                  ("On December 12, 2025, at the headquarters of", 7.9, 724.9, 7.9))
    assert 9.6 / 7.9 < SIZE_JUMP          # under the size jump: only the step from capitals
    # the title's leading (15.6 points): no pitch step either
    assert _breaks_before(title, lead, 15.6, LEFT, RIGHT, exact=True, words=words)
    assert caps_step(words, title, lead)


def test_lines_of_one_type_or_in_mixed_case_do_not_part_there() -> None:
    lead_text = "of the Provincial People's Committee, Mr. Doan"
    words, (caps_lead, lead) = _lines(("ON DECEMBER 12, 2025, AT THE HEADQUARTERS", 7.9, 714, 7.9),
                                      (lead_text, 7.9, 724.5, 7.9))
    assert not caps_step(words, caps_lead, lead)              # one size: a lead's capitals
    words, (larger, lead) = _lines(("On December 12, 2025, at the", 7.9 * CAPS_STEP, 714, 9.1),
                                   (lead_text, 7.9, 724.5, 7.9))
    assert not caps_step(words, larger, lead)                 # a mixed-case line over it
    words, (title, caps) = _lines(("THE U.S AMBASSADOR TO VIET NAM", 9.6, 700, 9.6),
                                  ("VIET NAM AND THE UNITED STATES", 7.9, 712, 7.9))
    assert not caps_step(words, title, caps)
    words, (acronym, lead) = _lines(("U.S.", 9.6, 700, 9.6), (lead_text, 7.9, 712, 7.9))
    assert not caps_step(words, acronym, lead)                # an acronym alone
    # a credit in capitals whose stacked marks make its line's box taller than the English
    # caption's under it, in the same type: no step
    caption_text = "Mr. Le Hoai Trung, Member of the Party Central"
    words, (credit, caption) = _lines(("Ảnh: TRÍ DŨNG", 8.5, 540, 9.9),
                                      (caption_text, 8.5, 552, 8.5))
    assert not caps_step(words, credit, caption)
