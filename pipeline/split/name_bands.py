"""A magazine's name over its first page's stories: a masthead, no story's title.

A magazine's first page opens under its name: the name centred across the page, then, centred
under it, a line or two of the same band (the name in the other language, the issue line), and
under the band the page's stories, each headed by its own title. A story's title is followed
by its own text (a lead, a byline, its paragraphs), not by another title; the name is set at
least as large as the titles under it, or the first title under the band stands on one side
of the text's middle (over a column, or a language's columns): a story's title across the
whole page would run over its own text, not over a title on one side (a handout opens under
a conference's name set smaller than its papers' titles). So the topmost title of a page,
spanning the columns and centred on the page's text, held in from both its edges, over a
band of short blocks (``BAND_LINES``; a band line set small may have been read as a note)
centred under it (spanning, each close under the one before), with such a title as the
first block read under that band (its rubric aside; a block ending in a full stop is a lead
set large, no title), is the publication's name: it and its
band are running heads (``Role.HEADER``), but for a line of the band ending a sentence, a
note to the reader, and a band line already read as a note (``Role.ASIDE``). A heading over
a page of gathered pieces (an issue's English summaries, under a line in each language
saying what they are) is set the same way and is no piece's title either. ``nameplate``
takes a name set far larger than the text, ``bulletin_bands.mastheads`` one over a dated
issue line; this rule asks neither, only what stands under the band.

``name_bands`` is a role pass. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import FURNITURE_ROLES, Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

NAME_TOP = 0.25      # share of the page's height: the name's top lies this high at most
NAME_LINES = 2       # lines of the name, at most
CENTRED = 1.5        # x body size: a centred block's two insets from the text's edges differ
                     # this much at most
HELD_IN = 2.0        # x body size: ... and each is this wide at least (a story's title set
                     # across the page runs from edge to edge)
BAND_GAP = 2.0       # x the name's line height: each band line starts this close under the
                     # one before, at most
LEAD_END = "."       # a block read as a title that ends so is a story's lead set large, its
                     # sentences (gallery-2 of seed 4300: five lines at 1.05x the title above
                     # it, under its section's band): the title above it is that story's; a
                     # headline ends in no full stop (a question mark, an exclamation may)
BAND_LINES = 3       # most lines of one block of the band (the name's twin and the place and
                     # date lines read as one block when set close together)


def _centred(f: Facts, left: float, right: float, body: float) -> bool:
    inset_l, inset_r = f.box[0] - left, right - f.box[2]
    return abs(inset_l - inset_r) <= CENTRED * body and min(inset_l, inset_r) >= HELD_IN * body


def _spanning(f: Facts, middle: float, page: PageFacts) -> bool:
    """The block spans the page's columns: read across them, or (a band whose column OCR's
    reading of a rule beside it widened into one of its own) over the middle of the text of a
    page of several columns."""
    return f.column < 0 or (page.columns >= 2 and f.box[0] < middle < f.box[2])


def name_bands(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The name centred over a band, a story's title under the band: running heads (see the
    module)."""
    text = [k for k, r in enumerate(roles) if r not in FURNITURE_ROLES]
    if not text:
        return roles
    order = sorted(text, key=lambda k: facts[k].box[1])
    left = min(facts[k].box[0] for k in text)
    right = max(facts[k].box[2] for k in text)
    body = page.body_size
    name_k = order[0]
    name = facts[name_k]
    middle = (left + right) / 2
    if roles[name_k] != Role.TITLE or not _spanning(name, middle, page) or \
            name.lines > NAME_LINES or \
            name.box[1] > NAME_TOP * page.height or not _centred(name, left, right, body):
        return roles
    height = (name.box[3] - name.box[1]) / name.lines
    band, foot = [], name.box[3]
    # (a band line set smaller than the body, read as a note beside the text, is the band's)
    lines = sorted((k for k, r in enumerate(roles) if r not in FURNITURE_ROLES or r == Role.ASIDE),
                   key=lambda k: facts[k].box[1])
    for k in lines[lines.index(name_k) + 1:]:
        f = facts[k]
        if f.lines > BAND_LINES or not _spanning(f, middle, page) or \
                not _centred(f, left, right, body) or \
                f.box[1] - foot > BAND_GAP * height:
            break
        band.append(k)
        foot = f.box[3]
    # (the block read next: the first column's head; a column beside it may start higher,
    # with the rest of a story run on from it)
    below = [k for k in text if facts[k].box[1] >= foot]
    if not band or not below:
        return roles
    first = next((k for k in below if roles[k] != Role.SECTION), below[0])   # (its rubric)
    if roles[first] != Role.TITLE or (facts[first].size > name.size and
                                      facts[first].box[0] < middle < facts[first].box[2]) \
            or facts[first].text.rstrip().endswith(LEAD_END):
        return roles        # (a story's title has its own text under it)
    log.debug("a name centred over its band, a story's title under it: %r", name.text[:30])
    out = list(roles)
    for k in (name_k, *band):
        # (a band line already read as a note stays one: kept out, its lines cut by language)
        out[k] = Role.ASIDE if ends_sentence(facts[k].text) or roles[k] == Role.ASIDE \
            else Role.HEADER
    return out
