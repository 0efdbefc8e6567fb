"""OCR: an intro set large under its title is no pull quote.

``roles.asides`` reads body text set with a much larger leading than the body's (OCR: a pull
quote whose letters are not wide enough to make it a title) as a quote when body text of its
column and language lies above it: a quote sits among its article's paragraphs. An intro set
large sits right under its article's title, and the text above that title is not its
article's (a bulletin's date line under the nameplate, still body text when the asides are
read): the Vietnamese intro of programme and statistics scans was read as a quote and its
article lost its first paragraph link, while its English twin, measured a little tighter, was
body text. A block is its article's first text (``first_under_title``) when a title lies
above it across its x range with no paragraph of two lines or more between them (a caption
or a title's stray last line may lie between).

Pure logic, no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role

if TYPE_CHECKING:                   # (roles asks this module: no import back at run time)
    from magpipe.split.roles import Facts

_TEXT = frozenset({Role.BODY, Role.INTRO})


def _across(a: Facts, b: Facts) -> bool:
    return across(a.box, b.box) > 0


def first_under_title(k: int, roles: list[str], facts: list[Facts]) -> bool:
    """Block ``k`` is the first paragraph under the nearest title above it (see the module)."""
    f = facts[k]
    titles = [g.box[3] for j, g in enumerate(facts)
              if roles[j] == Role.TITLE and g.box[3] <= f.box[1] + 1 and _across(f, g)]
    if not titles:
        return False
    top = max(titles)
    return not any(j != k and roles[j] in _TEXT and g.lines >= 2 and _across(f, g)
                   and g.box[1] >= top - 1 and g.box[3] <= f.box[1] + 1
                   for j, g in enumerate(facts))
