"""A text layer's title in capitals set a size or two over the lead under it, at the title's own
leading, parts from the lead (``split.caps_steps``): under ``layout.SIZE_JUMP`` the two were
one block, the title read as the lead's first words (seed 5400's ``twoup-2``, a 9.6-point title
in capitals over a bold 7.9-point lead)."""

from __future__ import annotations

from magpipe.split.caps_steps import CAPS_STEP, caps_step
from magpipe.split.layout import SIZE_JUMP, _breaks_before
from magpipe.split.pieces import Line

LEFT, RIGHT = 219.0, 394.0


def _line(text: str, size: float, base: float, right: float = RIGHT) -> Line:
    return Line(words=(), box=(LEFT, base - size, right, base), size=size, bold=True, text=text,
                base=base)


def test_a_title_in_capitals_over_a_lead_a_size_smaller_parts_from_it() -> None:
    title = _line("THE U.S AMBASSADOR TO VIET NAM", 9.6, 710.1, right=392.0)
    lead = _line("On December 12, 2025, at the headquarters of", 7.9, 724.9)
    assert 9.6 / 7.9 < SIZE_JUMP          # under the size jump: only the step from capitals
    # the title's leading (15.6 points): no pitch step either
    assert _breaks_before(title, lead, 15.6, LEFT, RIGHT, exact=True)
    assert caps_step(title, lead)


def test_lines_of_one_size_or_in_mixed_case_do_not_part_there() -> None:
    caps_lead = _line("ON DECEMBER 12, 2025, AT THE HEADQUARTERS", 7.9, 714.0)
    lead = _line("of the Provincial People's Committee, Mr. Doan", 7.9, 724.5)
    assert not caps_step(caps_lead, lead)                     # one size: a lead's capitals
    larger = _line("On December 12, 2025, at the headquarters of", 7.9 * CAPS_STEP, 714.0)
    assert not caps_step(larger, lead)                        # a mixed-case line over it
    title = _line("THE U.S AMBASSADOR TO VIET NAM", 9.6, 700.0)
    assert not caps_step(title, _line("VIET NAM AND THE UNITED STATES", 7.9, 712.0))
    assert not caps_step(_line("U.S.", 9.6, 700.0), lead)     # an acronym alone
