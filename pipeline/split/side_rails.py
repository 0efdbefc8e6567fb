"""A rail of no article down one side of the page: short entries in both languages beside the
articles' titles.

A business bulletin or an association's newsletter gives the outer strip of its front page to
the office's useful contacts (or opening hours, member services), in both languages one under
the other, in a tinted or framed rail the depth of the text; the page's articles are set in
the rest of the width, their titles too. A text layer draws the rail's tint or frame
(``drawn_boxes``); a scan shows only its words, and the role rules read its entries as body
text. What tells the rail on a scan is where its column stands and what it holds:

* it is the page's outermost text column, left or right, and no title of the page reaches
  into its width, while a title stands beside it (the column's top is above the title's foot):
  an article's own columns start under its title, the rail runs level with it;
* its text is in both languages, stacked: a run of blocks in one language, then a run in the
  other (``RUN_BLOCKS`` each at least), no title among them; an article's column holds one
  language, or switches back and forth (interleaved paragraphs);
* its blocks are short items (the median block at most ``ITEM_LINES`` lines): entries, not
  paragraphs of running text.

Such a column's blocks are notes beside the articles (``Role.ASIDE``), kept out of them. The
page's furniture and OCR junk keep their roles. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.roles import Facts, PageFacts

log = logging.getLogger(__name__)

RUN_BLOCKS = 2      # fewest blocks of each language's run in the rail (a heading and an entry)
ITEM_LINES = 3      # most lines of the rail's median block (an entry wraps to two or three lines;
                    # a column of running text has paragraphs of more)
SLACK = 0.5         # x body size: how far a title's box may reach into the rail's width (OCR
                    # boxes of a title's last letter, a speck beside it)
REASON = "a column of short entries in both languages beside the titles (a rail of no article)"
# roles left as they are: the page's bands and OCR's junk
_KEEP = frozenset({Role.HEADER, Role.PAGE_NUMBER, Role.OTHER})


def _stacked(langs: list[str]) -> bool:
    """``langs`` (top to bottom) are one run of Vietnamese and one of English, in either order,
    each ``RUN_BLOCKS`` long at least (blocks of no clear language may sit anywhere)."""
    told = [lang for lang in langs if lang in (Lang.VI, Lang.EN)]
    switches = sum(1 for a, b in zip(told, told[1:], strict=False) if a != b)
    if switches != 1:
        return False
    first = told[0]
    lead = next(k for k, lang in enumerate(told) if lang != first)
    return lead >= RUN_BLOCKS and len(told) - lead >= RUN_BLOCKS


def _rail(members: list[int], roles: list[str], facts: list[Facts], page: PageFacts,
          titles: list[int]) -> bool:
    """The blocks ``members`` (one column's text, top to bottom) make a rail of no article."""
    if any(roles[k] == Role.TITLE for k in members):
        return False
    x0 = min(facts[k].box[0] for k in members)
    x1 = max(facts[k].box[2] for k in members)
    top = min(facts[k].box[1] for k in members)
    slack = SLACK * page.body_size
    if any(facts[t].box[2] > x0 + slack and facts[t].box[0] < x1 - slack for t in titles):
        return False          # a title over the column: an article's column
    if not any(top < facts[t].box[3] for t in titles):
        return False          # no title level with it: a column under its head
    lines = sorted(facts[k].lines for k in members)
    if lines[len(lines) // 2] > ITEM_LINES:
        return False
    return _stacked([classify(facts[k].text)[0] for k in members])


def side_rails(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Roles with the blocks of a rail of no article (see the module's docstring) made notes:
    the page's outermost column on either side, tried when the page has a title and three
    columns of text or more (the rail beside an article's two)."""
    titles = [k for k, r in enumerate(roles) if r == Role.TITLE]
    columns: dict[int, list[int]] = {}
    for k, (r, f) in enumerate(zip(roles, facts, strict=True)):
        if f.column >= 0 and r not in _KEEP:
            columns.setdefault(f.column, []).append(k)
    if not titles or len(columns) < 3:
        return roles
    out = list(roles)
    order = sorted(columns, key=lambda c: min(facts[k].box[0] for k in columns[c]))
    for c in {order[0], order[-1]}:
        members = sorted(columns[c], key=lambda k: facts[k].box[1])
        if _rail(members, roles, facts, page, titles):
            for k in members:
                out[k] = Role.ASIDE
            log.debug("rail of no article: %r", facts[members[0]].text[:40])
    return out
