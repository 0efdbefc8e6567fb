"""The leading a step between two lines of a text layer is measured against: their type's own.

A region's usual pitch (``line_steps.usual_step``) is the leading of most of its lines, the
body's. A paragraph set in a larger type at a looser leading above the body text of the same
column (an intro at 1.2 x the body's size, set ragged) steps from line to line by more than
``layout.SPACED_PITCH`` x the body's pitch, and every short line of it looked like the short
last line of a paragraph set a few points apart: the intro fell into a block a line or two
each. On a text layer a step between two lines of one size is measured against the usual step
between the region's neighbouring lines of that size (their lower quartile), when it has
``OWN_STEPS`` of them or more and that leading is looser than the region's; otherwise against
the region's pitch. (On OCR pages sizes are box heights, too loose to part types by: the
region's pitch stands.)
Pure logic.
"""

from __future__ import annotations

from magpipe.split.line_steps import SAME_SIZE
from magpipe.split.pieces import Line

OWN_STEPS = 3       # fewest steps between lines of a size that measure that size's leading


def _size_class(size: float, classes: list[float]) -> int:
    """The index of the size class (a representative size) ``size`` falls in, added when new."""
    for k, rep in enumerate(classes):
        if abs(size - rep) < SAME_SIZE * rep:
            return k
    classes.append(size)
    return len(classes) - 1


def step_pitches(lines: list[Line], pitch: float, exact: bool) -> list[float]:
    """For each step between neighbouring ``lines`` (k: from line k to line k + 1) the pitch
    it is measured against (see the module's doc); ``pitch``: the region's."""
    if not exact or len(lines) <= OWN_STEPS:
        return [pitch] * max(len(lines) - 1, 0)
    classes: list[float] = []
    kinds = [_size_class(ln.size, classes) for ln in lines]
    if len(classes) == 1:
        return [pitch] * (len(lines) - 1)
    steps: dict[int, list[float]] = {}
    for k, (a, b) in enumerate(zip(lines, lines[1:], strict=False)):
        if kinds[k] == kinds[k + 1] and b.base > a.base:
            steps.setdefault(kinds[k], []).append(b.base - a.base)
    # (the lower quartile: a type's short paragraphs put many of its steps at a paragraph's
    # gap, and its leading is the step most of the others are not below)
    own = {kind: max(pitch, sorted(found)[len(found) // 4]) for kind, found in steps.items()
           if len(found) >= OWN_STEPS}
    return [own.get(kinds[k], pitch) if kinds[k] == kinds[k + 1] else pitch
            for k in range(len(lines) - 1)]
