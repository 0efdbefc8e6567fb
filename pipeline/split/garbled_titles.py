"""OCR: a twin title set in a display face OCR could not read, kept as a title.

A magazine may set its titles in a bold, italic or condensed display face that Tesseract reads
as garbage (``LREYCH .1WB-SS1DOR TÔ VIET V.LM EISITS`` for ``FRENCH AMBASSADOR TO VIET NAM
VISITS``) with a low confidence, while it reads the body text well. The look rules keep any
line read with a confidence under ``pieces.JUNK_CONF`` out of the articles as junk (a rule or a
photo's edge read as letters), so the English article loses its title: its record carries no
English title, and its title's characters are counted as no article's.

Such a line is told from junk off a photo or a rule by where and how it is set, relative to
the page's own text, never by its letters (which are garbage): it is one line all in capitals
(``CAPS``), set at a title's size (``roles.TITLE_SIZE`` times the page's body size or more), of
several words mostly of letters (``WORDS``, ``LETTER_SHARE``: junk read off a photo is a few
short runs of marks and digits), and it stands right under or right over a title the page did
read (its twin, within ``GAP`` of its own line height, sharing its x range, no other text
between). Such a line is a title: the article it opens (or continues) keeps it, whatever
language it reads as (``garbled_twin_titles``). A heavy rule over a title, read with the
marks of the title's capitals hanging under it, is a row of junk across the page, broken
into pieces: a piece that looks like a garbled title line has junk beside it in its row
(``ROW_GAP``) that does not (specks, a word or two, mixed case), and stays junk.

A title set in a narrow column breaks into many short lines; OCR may read its first ones badly
(``0VFRNMFNT OF TH GUANGXT``, ``ZHUANG AUTONOMOUS REGION`` at confidence 39) over the lines it
read well (``(CHINA) MEETS WITH THE``): the rules call them body, junk or a rubric, the
Vietnamese article keeps only the English title's tail and the head opens an English article
of its own. A line in capitals right over a title line at the title's leading
(``title_lines.LEADING``), set at its size (``title_lines.SAME_SIZE``), starting or centred
where it does and spanning most of its width (``title_drops.FILL``: a rubric over a title is a
word or two) is the title's first line, whatever its confidence (``garbled_first_lines``,
line by line upwards). ``title_drops.raised_title_lines`` leaves such a line when OCR was much
less sure of it than of the title, lest its garbage make the title read as a third language;
garbled capitals joined to a title read well stay that title's (the bench's ``imposed``
scans: the English titles keep their first lines and their articles).

The role model already calls the twin title a title (``overhead-1``); both passes run with the
rules only. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.roles import TITLE_SIZE, Facts, PageFacts
from magpipe.split.title_drops import FILL
from magpipe.split.title_lines import LEADING, SAME_SIZE
from magpipe.text.headings import upper_share

log = logging.getLogger(__name__)

WORDS = 4            # fewest words of two or more letters: a title line, not a few specks
LINE_WORDS = 2       # the same of a line right over a title at its leading and size (a title's
                     # line in a narrow column holds two or three words)
LETTER_SHARE = 0.7   # share of its marks that are letters (garbled letters are still letters)
CAPS = 0.9           # share of its letters in capitals: a display title OCR misreads keeps its
                     # capitals, junk read off a photo mixes cases (``CẢI lo ổ lld0.GANh va``)
GAP = 3.0            # x its own line height: the most white between it and its twin title
ROW_GAP = 1.0        # x its own line height: junk this close beside it, level with it, makes
                     # it a piece of a row of junk (a rule read as letters: the bench's
                     # ``overlay`` scans leave 0.3-0.6 of it between the pieces; the words
                     # of a title line stand a word space apart and are read as one block)


def _wordy(text: str, least: int = WORDS) -> bool:
    ink = [c for c in text if not c.isspace()]
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 2]
    return len(words) >= least and sum(c.isalpha() for c in ink) >= LETTER_SHARE * len(ink)


def _beside_title(f: Facts, title: Facts) -> bool:
    """``f`` lies right under or right over ``title``, sharing some of its x range."""
    height = f.box[3] - f.box[1]
    gap = max(f.box[1] - title.box[3], title.box[1] - f.box[3])
    return gap < GAP * height and min(f.box[2], title.box[2]) > max(f.box[0], title.box[0])


def _title_like(f: Facts, page: PageFacts) -> bool:
    """One line in capitals at a title's size, of several words mostly of letters."""
    return (f.lines == 1 and f.size >= TITLE_SIZE * page.body_size
            and upper_share(f.text) >= CAPS and _wordy(f.text))


def _in_junk_row(f: Facts, junk: list[Facts]) -> bool:
    """Junk that does not look like a title stands beside ``f``, level with it, within
    ``ROW_GAP`` of its line height: ``f`` is a piece of a row of junk (see the module)."""
    height = f.box[3] - f.box[1]
    return any(max(j.box[0] - f.box[2], f.box[0] - j.box[2]) <= ROW_GAP * height
               and min(j.box[3], f.box[3]) - max(j.box[1], f.box[1])
               >= 0.5 * min(height, j.box[3] - j.box[1]) for j in junk if j is not f)


def _between(boxes: list[tuple[float, float, float, float]], a: Facts, b: Facts) -> bool:
    """Some box of ``boxes`` lies between ``a`` and ``b`` (one over the other)."""
    top, bottom = (a, b) if a.box[1] < b.box[1] else (b, a)
    lo, hi = max(a.box[0], b.box[0]), min(a.box[2], b.box[2])
    return any(x[1] >= top.box[3] - 0.5 and x[3] <= bottom.box[1] + 0.5 and x[0] < hi
               and x[2] > lo for x in boxes if x not in (a.box, b.box))


def garbled_twin_titles(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """OCR pages: a line kept out as junk that is set as a title beside the page's title (see
    the module) is a title."""
    if page.exact:
        return roles
    out = list(roles)
    boxes = [f.box for f, r in zip(facts, roles, strict=True) if r != Role.OTHER]
    titles = [f for f, r in zip(facts, roles, strict=True) if r == Role.TITLE]
    junk = [f for f, r in zip(facts, roles, strict=True)
            if r == Role.OTHER and not _title_like(f, page)]
    for k, f in enumerate(facts):
        if roles[k] != Role.OTHER or not _title_like(f, page) or _in_junk_row(f, junk):
            continue
        if any(_beside_title(f, t) and not _between(boxes, f, t) for t in titles):
            out[k] = Role.TITLE
            log.debug("a title OCR could not read, set beside the page's title: %r",
                      f.text[:40])
    return out


# what the rules call a title's first lines OCR read badly: junk (a low confidence), body (a
# line the size rules did not take for a title's), a rubric (a line in capitals over a title)
_READ_AS = frozenset({Role.OTHER, Role.BODY, Role.SECTION})


def _over(f: Facts, title: Facts, body: float) -> bool:
    """``f`` sits right over ``title`` at a title's leading, starting or centred where it
    does, set at its size and spanning most of its width (``title_drops.FILL``: a rubric over
    a title is a word or two)."""
    height = f.box[3] - f.box[1]
    gap = title.box[1] - f.box[3]
    return (-0.25 * height <= gap < LEADING * height
            and f.box[2] - f.box[0] >= FILL * (title.box[2] - title.box[0])
            and abs(f.size - title.size) <= SAME_SIZE * title.size
            and (abs(f.box[0] - title.box[0]) <= body
                 or abs((f.box[0] + f.box[2]) - (title.box[0] + title.box[2])) / 2 <= body))


def garbled_first_lines(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """OCR pages: the first lines of a title in a narrow column, set in capitals like the title
    right under them, each at the title's leading, that OCR read so badly the rules kept
    them out as junk or called them body: the title's (line by line, upwards)."""
    if page.exact:
        return roles
    out = list(roles)
    boxes = [f.box for f, r in zip(facts, roles, strict=True) if r != Role.OTHER]
    changed = True
    while changed:
        changed = False
        titles = [f for f, r in zip(facts, out, strict=True) if r == Role.TITLE]
        for k, f in enumerate(facts):
            if out[k] not in _READ_AS or f.lines != 1 \
                    or f.size < TITLE_SIZE * page.body_size \
                    or upper_share(f.text) < CAPS or not _wordy(f.text, LINE_WORDS):
                continue
            if any(_over(f, t, page.body_size) and not _between(boxes, f, t) for t in titles):
                out[k] = Role.TITLE
                changed = True
                log.debug("a title's first line OCR read badly, over the title: %r",
                          f.text[:40])
    return out
