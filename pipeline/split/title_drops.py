"""OCR: the last line of a wide title that the XY cut dropped into the columns under it.

A title set across the page breaks into a long line and a short last line (``SECRETARY OF
THE PARTY COMMITTEE`` under ``CHAIRMAN OF THE ... GOVERNMENT``). On a scan the title's lines
stand apart by about the height of their ink (OCR boxes hold only the ink), so the XY cut
reads the short line, which fits in one column, with that column, under the spanning title
and often far from it in reading order: the role rules call it a byline, a boxed note or a
title of its own, and the article keeps half its title (an English title's last line
``AMBASSADOR TO VIET NAM`` read as a byline, ``PROJECT`` as a box; in quartet scans three
titles lost their last lines and one article its pairing). Text layers measure sizes exactly
and their title lines are joined by ``drafts.same_title``: this is for OCR pages only.

A one-line block is such a line (``dropped_under``) when it lies right under a title piece
(less white between them than ``title_lines.LEADING`` times its own line's height), starts
where that piece's lines start (flush left, or centred under it, or flush right), is
narrower than it, is set like it (letter width and line height within
``title_lines.SAME_SIZE``, in capitals when the title is), no other text lies between, and
its words are not plainly of the title's other language (``langid.plain_lang``: the
English title under a Vietnamese one is not its last line, even when OCR put a mark on one of
its words). Names alone (``DE JANEIRO, BRAZIL``) read as neither language and go with the title.

``dropped_title_lines`` is the role pass (such a line is a title's); ``title_dropped`` finds
the kept title piece a dropped title draft belongs to, wherever the reading order put it.

The same cut can part a title's *first* line from the rest (``TALKS BETWEEN THE CHAIRMAN``
over ``OF THE LANG SON PROVINCIAL ...``): set right over the title it reads as a rubric, and
the English title loses its opening words and the article its pairing (``tetebeche-2``).
``raised_title_lines`` gives such a line back to the title under it when it is set like it (as
above, both in capitals: a masthead's lines in mixed case stand so too), starts, centres
or ends where it does, stands at the title's own leading
(``title_lines.LEADING``) and fills most of the title's measure (``FILL``): a rubric over a
title is a word or two, a title's first line runs the title's width. A line OCR read with
much less confidence than the title (``CONF_DROP``) is left as it is: its garbled letters
would make the joined title read as a third language.

A title of several lines opening a column at the page's head (a card of a grid, an item of a
page of short items) may have its first line inside the page's top band
(``roles.FURNITURE_MARGIN``) and the rest under it: that line alone, a few words, is read as a
running head, and the title loses its opening (``ĐOÀN ĐẠI BIỂU TỈNH THĂM, LÀM VIỆC TẠI`` over
``KHU TỰ TRỊ ...``), on text layers too. ``band_title_lines`` gives a block of the band read
as furniture to the title next in reading order when that title starts right under it at a
title's leading (``title_lines.LEADING`` of its line height), on its left edge (``ALIGN``),
reaches out of the band, and is set like it (its size; in capitals when the block is): a
running head stands apart from what it heads, and a masthead's lines head no title of their
own size.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.split.drafts import Draft, rows_of
from magpipe.split.langid import plain_lang
from magpipe.split.roles import FURNITURE_MARGIN, Facts, PageFacts
from magpipe.split.title_lines import LEADING, SAME_SIZE
from magpipe.text.headings import in_capitals

log = logging.getLogger(__name__)

ALIGN = 1.0          # x body size: a dropped line starts (or centres, or ends) this close to
                     # where its title's lines do
LETTERS = 3          # fewest letters of a low-confidence line that may be a title's (``_lettered``)
LETTER_SHARE = 0.8   # share of its marks that are letters
CONF_DROP = 15.0     # OCR confidence a first line read apart may fall short of its title's by at
                     # most: a garbled line (``TFCHNI(AI TRAFFIC``) joined to the title turns its
                     # text to no language the page knows, and the whole title is kept out
BAND_LINES = 2       # most lines of a title's opening read apart in the page's top band
FILL = 0.75          # share of the title's width a first line read apart from it spans at least
# roles a dropped title line was given by its look or by the passes before this one
_DROPPED_AS = frozenset({Role.BODY, Role.INTRO, Role.BYLINE, Role.ASIDE, Role.SECTION,
                         Role.LABEL, Role.TITLE})


def same_language(text: str, title_lang: str) -> bool:
    """``text`` (a title piece's line) is not plainly of another language than ``title_lang``
    (``und``: a title whose language is unclear takes any)."""
    lang = plain_lang(text)
    return lang == Lang.UNKNOWN or title_lang == Lang.UNKNOWN or lang == title_lang


def _placed_under(line: Box, title: Box, body: float, one_column: bool = False) -> bool:
    """``line`` sits right under ``title`` (a box of its last line or lines), starting,
    centred or ending where it does, and narrower than it unless both lie in one column (a
    title's lines in a narrow column are ragged: any may be the longest)."""
    height = line[3] - line[1]
    gap = line[1] - title[3]
    if not -0.25 * height <= gap < LEADING * height:
        return False
    if not one_column and line[2] - line[0] >= title[2] - title[0]:
        return False
    reach = ALIGN * body
    return (abs(line[0] - title[0]) <= reach or abs(line[2] - title[2]) <= reach
            or abs((line[0] + line[2]) - (title[0] + title[2])) / 2 <= reach)


def _placed_over(line: Box, title: Box, body: float) -> bool:
    """``line`` sits right over ``title`` at its leading, starting, centred or ending where it
    does, and spans most of its width (``FILL``)."""
    height = line[3] - line[1]
    if not -0.25 * height <= title[1] - line[3] < LEADING * height:
        return False
    if line[2] - line[0] < FILL * (title[2] - title[0]):
        return False
    reach = ALIGN * body
    return (abs(line[0] - title[0]) <= reach or abs(line[2] - title[2]) <= reach
            or abs((line[0] + line[2]) - (title[0] + title[2])) / 2 <= reach)


def _between(boxes: Sequence[Box], above: Box, below: Box) -> bool:
    """Some box of ``boxes`` lies between ``above`` and ``below``, across their x range."""
    lo, hi = max(above[0], below[0]), min(above[2], below[2])
    return any(b[1] >= above[3] - 0.5 and b[3] <= below[1] + 0.5 and b[0] < hi and b[2] > lo
               and b not in (above, below) for b in boxes)


def _lettered(text: str) -> bool:
    """Words read with low confidence that are still words (``PEOPLE’S``: OCR is unsure of a
    curly apostrophe), not a rule or a speck read as junk."""
    ink = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in ink) >= max(LETTERS, LETTER_SHARE * len(ink))


def _set_like(f: Facts, title: Facts) -> bool:
    return (abs(f.cw - title.cw) <= SAME_SIZE * title.cw
            and abs(f.size - title.size) <= SAME_SIZE * title.size
            and (in_capitals(f.text) or not in_capitals(title.text)))


def dropped_title_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """OCR pages: a one-line block that is the last line of the title over it (see the
    module) is a title."""
    return _title_lines_apart(roles, facts, page, first=False)


def raised_title_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """OCR pages: a one-line block that is the first line of the title under it, read apart
    from it (see the module), is a title."""
    return _title_lines_apart(roles, facts, page, first=True)


def _title_lines_apart(roles: list[str], facts: list[Facts], page: PageFacts,
                       first: bool) -> list[str]:
    """The one-line blocks that are a title's last line (or, ``first``, its first line) read
    apart from it, made titles."""
    if page.exact:
        return roles
    out = list(roles)
    boxes = [f.box for f, r in zip(facts, roles, strict=True) if r != Role.OTHER]
    for k, f in enumerate(facts):
        if f.lines != 1 or not (out[k] in _DROPPED_AS - {Role.TITLE} or not first and
                                out[k] == Role.OTHER and _lettered(f.text)):
            continue
        for j, title in enumerate(facts):
            if j == k or out[j] != Role.TITLE:
                continue
            texts = title.line_texts or (title.text,)
            if first:
                line = texts[0]
                placed = _placed_over(f.box, title.box, page.body_size) and \
                    in_capitals(line) and f.conf >= title.conf - CONF_DROP
                above, below = f.box, title.box
            else:
                line = texts[-1]
                placed = _placed_under(f.box, title.box, page.body_size,
                                       f.column == title.column >= 0)
                above, below = title.box, f.box
            if placed and _set_like(f, title) and same_language(f.text, plain_lang(line)) \
                    and not _between(boxes, above, below):
                out[k] = Role.TITLE
                log.debug("the %s line of the title %s it, read apart from it: %r",
                          "first" if first else "last", "under" if first else "over",
                          f.text[:40])
                break
    return out


def title_dropped(kept: Sequence[tuple[Draft, str, float]], d: Draft, lang: str,
                  words: tuple[Word, ...], body: float) -> int | None:
    """The index of the title piece among ``kept`` (drafts with their languages, in reading
    order) whose dropped last line is the one-line title draft ``d`` (read as ``lang``),
    wherever the reading order put it; None when there is none. ``d``'s own language may
    differ from the title's when its words are only names."""
    if d.role != Role.TITLE or len(rows_of(d.words, words)) != 1:
        return None
    box = union([words[i].box for i in d.words])
    text = " ".join(words[i].text for i in d.words)
    boxes = [union([words[i].box for i in e.words]) for e, _, _ in kept]
    best: tuple[float, int] | None = None
    for j, ((e, title_lang, _), title_box) in enumerate(zip(kept, boxes, strict=True)):
        if e.role != Role.TITLE or not _placed_under(box, title_box, body,
                                                     d.column == e.column >= 0):
            continue
        if title_lang != lang and not same_language(text, title_lang):
            continue
        if _between(boxes, title_box, box):
            continue
        gap = box[1] - title_box[3]
        if best is None or gap < best[0]:
            best = (gap, j)
    if best is not None:
        log.debug("a title's last line read apart from it: joined: %r", text[:40])
    return None if best is None else best[1]


def _opens_title(f: Facts, title: Facts, page: PageFacts) -> bool:
    """``f``, in the page's top band, is the first line (or two) of ``title`` (see the
    module)."""
    height = (f.box[3] - f.box[1]) / max(f.lines, 1)
    gap = title.box[1] - f.box[3]
    return (-0.25 * height <= gap < LEADING * height
            and abs(f.box[0] - title.box[0]) <= ALIGN * page.body_size
            and title.box[3] > FURNITURE_MARGIN * page.height
            and abs(f.size - title.size) <= SAME_SIZE * title.size
            and (in_capitals(title.text) or not in_capitals(f.text)))


def band_title_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A block wholly in the page's top band read as a running head that opens the title
    next in reading order (``_opens_title``) is that title's (see the module)."""
    out = list(roles)
    band = FURNITURE_MARGIN * page.height
    for k in range(len(facts) - 1):
        f = facts[k]
        if roles[k] != Role.HEADER or f.box[3] > band or f.lines > BAND_LINES or \
                out[k + 1] != Role.TITLE or not _opens_title(f, facts[k + 1], page):
            continue
        out[k] = Role.TITLE
        log.debug("the first line of the title under it, in the page's top band: %r",
                  f.text[:40])
    return out
