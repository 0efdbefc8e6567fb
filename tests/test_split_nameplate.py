"""A newspaper's nameplate and the lines of its band (``magpipe.split.nameplate``), on block
facts made up here: they are running heads, the stories' titles under the band are not; a
large title alone at the top of a cover is left alone."""

from __future__ import annotations

from magpipe.artifacts.layout import Role
from magpipe.split.nameplate import nameplates
from magpipe.split.roles import Facts, PageFacts

BODY = 10.0
PAGE = PageFacts(width=800.0, height=1100.0, body_size=BODY, body_cw=5.0, columns=6, exact=True,
                 repeated=frozenset())


def fact(text: str, x0: float, top: float, x1: float, size: float, lines: int = 1) -> Facts:
    return Facts(text=text, box=(x0, top, x1, top + size * lines), size=size, cw=size / 2,
                 bold=size > BODY, lines=lines, column=-1, column_box=(40.0, 760.0))


def _front() -> list[Facts]:
    return [fact("THE DAILY NAME", 250, 40, 550, 5 * BODY),
            fact("THE NAME'S TWIN", 300, 92, 500, 2 * BODY),
            fact("A weekly of the province", 40, 118, 220, BODY),
            fact("No. 48, Friday", 560, 118, 760, BODY),
            fact("A STORY'S HEADLINE OVER ITS MODULE", 40, 150, 500, 2 * BODY, lines=2),
            fact("The story's text runs on in its columns below the headline.", 40, 195, 200,
                 BODY, lines=12)]


def test_a_nameplate_and_the_lines_of_its_band_are_running_heads():
    roles = nameplates([Role.TITLE, Role.TITLE, Role.BODY, Role.BODY, Role.TITLE, Role.BODY],
                       _front(), PAGE)
    assert roles[:4] == [Role.HEADER] * 4
    assert roles[4:] == [Role.TITLE, Role.BODY]


def test_a_large_title_alone_at_the_top_of_a_cover_is_no_nameplate():
    facts = [fact("HAPPY NEW YEAR", 200, 60, 600, 4 * BODY),
             fact("The greeting's text runs on below its title.", 40, 160, 760, BODY, lines=8)]
    roles = nameplates([Role.TITLE, Role.BODY], facts, PAGE)
    assert roles == [Role.TITLE, Role.BODY]
