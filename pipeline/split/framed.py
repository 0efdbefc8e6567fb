"""Framed boxes inside a column: advertisements and notices set in the column's run of text.

A paper sells and gives column space: an advertisement or an official notice is set in a frame
inside one column, the article's text running down above it and going on under it. No rule
line reaches the pipeline (only words do), but the frame shows in the words: everything in it
is held in from both edges of the column's justified text, by the frame and its padding, while
the column's own paragraphs reach both edges. So a run of blocks that follow each other down a
column, each held in from both of the column text's edges, is one such box, and none of it is
article text, when it is more than one stray line (several blocks, some of several lines in
mixed case: the box's own text, none in capitals: an article's lead) and no block of it is
set much larger than the body (a centred article head: its title set large,
then kicker, byline or intro held in under it, opens an article and is no box).

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.letter_edges import column_letters, letters_of
from magpipe.split.roles import ASIDE_INSET, CAPS_SHARE, Facts, PageFacts, upper_share

log = logging.getLogger(__name__)

BOX_BLOCKS = 2       # fewest blocks of a framed box (a held-in paragraph alone is ``asides``')
BOX_LINES = 4        # fewest lines in all of them (a centred two-line head is no box)
HEAD_SIZE = 1.5      # x body size: a block set this large is an article's title, which no
                     # box holds (an advertiser's name is set larger than the body, not so much)
# roles that never sit in a box of no article: captions and credits (a centred caption under
# a photo is held in too) and what the page's bands hold
_NOT_IN_BOX = frozenset({Role.CAPTION, Role.CREDIT, Role.HEADER, Role.PAGE_NUMBER})
# roles of an article's head: a held-in run right under one is that article's boxed intro or
# lead (an interleaved article's intro framed in both languages), not an advertisement, which
# cuts the running text of a column
_HEADS = frozenset({Role.TITLE, Role.BYLINE})


def _edges(members: list[int], roles: list[str], facts: list[Facts]) -> tuple[float, float]:
    """The left and right edges of a column's own text: the outer quartiles of the edges of the
    letters of its body paragraphs of two lines or more (the column range alone is rough where
    OCR boxes or stray marks widen it; a paragraph cut short by a box, or the box's own text,
    may stop short of the right edge), else of its blocks' letters
    (``letter_edges.column_letters``)."""
    body = [facts[k] for k in members if roles[k] == Role.BODY and facts[k].lines >= 2]
    if len(body) < 2:
        return column_letters(facts[members[0]].column, facts)
    # (measured on their letters: a hairline or speck OCR read as ``|`` or ``~`` at a line's
    # end widens a paragraph's box past the column's text, and with three paragraphs the
    # outer quartile is that one box's edge: every other paragraph looked held in)
    lefts, rights = sorted(letters_of(f)[0] for f in body), sorted(letters_of(f)[1] for f in body)
    return lefts[len(body) // 4], rights[(3 * len(body)) // 4]


def _is_box(run: list[int], facts: list[Facts], page: PageFacts) -> bool:
    if len(run) < BOX_BLOCKS or sum(facts[k].lines for k in run) < BOX_LINES:
        return False
    # the box's running text: a block of several lines in mixed case (a head set in capitals
    # over several lines, a lead or a title, is an article's, and its keywords line no box)
    if not any(facts[k].lines >= 2 and upper_share(facts[k].text) < CAPS_SHARE for k in run) \
            or any(facts[k].lines >= 2 and upper_share(facts[k].text) >= CAPS_SHARE
                   for k in run):
        return False
    size = page.body_size if page.exact else page.body_pitch or page.body_size
    measure = (lambda f: f.size) if page.exact else (lambda f: f.pitch or f.size)
    return all(measure(facts[k]) < HEAD_SIZE * size for k in run)


def _spanning_between(above: Facts | None, f: Facts, left: float, right: float,
                      roles: list[str], facts: list[Facts]) -> int | None:
    """The lowest block spanning the columns (a title across the page) that lies across the
    column's text between ``above`` and ``f``, which no frame holds: two held-in blocks on
    either side of it are in no one box (a bulletin's date line over the title, a stray last
    line of the title and the intro under it, on a skewed scan whose column edges drift)."""
    top = above.box[3] if above is not None else float("-inf")
    found = [j for j, g in enumerate(facts)
             if g.column < 0 and roles[j] != Role.OTHER and g.box[1] >= top - 1
             and g.box[3] <= f.box[1] + 1 and g.box[0] < right and g.box[2] > left]
    return max(found, key=lambda j: facts[j].box[3]) if found else None


def framed_boxes(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Runs of blocks down a column, each held in ``ASIDE_INSET`` body sizes from both edges of
    the column's text, that make a box (``_is_box``): asides, none of it article text."""
    out = list(roles)
    inset = ASIDE_INSET * page.body_size
    columns = sorted({f.column for f in facts if f.column >= 0})
    for column in columns:
        members = sorted((k for k, f in enumerate(facts) if f.column == column
                          and roles[k] != Role.OTHER), key=lambda k: facts[k].box[1])
        if not members:         # a column holding only specks and rules: no text, no box
            continue
        left, right = _edges(members, roles, facts)
        runs: list[list[int]] = [[]]
        above: dict[int, str] = {}     # a run's first block -> the role of the block over it
        last, prev = "", None
        for k in members:
            f = facts[k]
            across = _spanning_between(prev, f, left, right, roles, facts)
            if across is not None:          # (a run ends at a title across the columns)
                if runs[-1]:
                    runs.append([])
                last = roles[across]
            prev = f
            held = roles[k] not in _NOT_IN_BOX and f.box[0] - left >= inset and \
                right - f.box[2] >= inset
            if held:
                if not runs[-1]:
                    above[k] = last
                runs[-1].append(k)
            elif runs[-1]:
                runs.append([])
            last = roles[k]
        for run in runs:
            if run and above.get(run[0]) in _HEADS:
                log.debug("held-in text under an article's head: its intro, no box: %r",
                          facts[run[0]].text[:40])
                continue
            if _is_box(run, facts, page):
                for k in run:
                    out[k] = Role.ASIDE
                log.debug("framed box in column %d: %d blocks from %r", column, len(run),
                          facts[run[0]].text[:40])
    return out
