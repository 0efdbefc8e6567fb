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
or a title's stray last line may lie between). Nor is a lead set on a narrower measure a box
among the columns (``opens_under_title``, for ``roles.asides``' held-in rule): a box sits
among its article's paragraphs, and a bilingual lead lies under the titles with at most its
twin of the other language above it (interleaved scans: the English lead held in ~5 pt, a
body size's half, from both edges of the text was read as an aside and its link lost).

Pure logic, no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.langid import classify

if TYPE_CHECKING:                   # (roles asks this module: no import back at run time)
    from magpipe.split.roles import Facts

_TEXT = frozenset({Role.BODY, Role.INTRO})


def _across(a: Facts, b: Facts) -> bool:
    return across(a.box, b.box) > 0


def first_under_title(k: int, roles: list[str], facts: list[Facts]) -> bool:
    """Block ``k`` is the first paragraph under the nearest title above it (see the module)."""
    between = _between_title(k, roles, facts)
    return between is not None and not between


def opens_under_title(k: int, roles: list[str], facts: list[Facts]) -> bool:
    """Block ``k`` is the first paragraph under the nearest title above it, or the second
    where the first is in the other language: the lead of a bilingual article is set twice
    under its titles, the twin first (an indented English lead under its Vietnamese twin, on
    an interleaved scan, is the article's lead, not a box among its paragraphs)."""
    between = _between_title(k, roles, facts)
    return between is not None and (not between or len(between) == 1 and
                                    classify(between[0].text)[0] != classify(facts[k].text)[0])


def _between_title(k: int, roles: list[str], facts: list[Facts]) -> list[Facts] | None:
    """The paragraphs of two lines or more between block ``k`` and the nearest title above it
    across its x range (None: no title above it)."""
    f = facts[k]
    titles = [g.box[3] for j, g in enumerate(facts)
              if roles[j] == Role.TITLE and g.box[3] <= f.box[1] + 1 and _across(f, g)]
    if not titles:
        return None
    top = max(titles)
    return [g for j, g in enumerate(facts)
            if j != k and roles[j] in _TEXT and g.lines >= 2 and _across(f, g)
            and g.box[1] >= top - 1 and g.box[3] <= f.box[1] + 1]
