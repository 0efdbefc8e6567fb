"""Captions set right under (or right over) a photo without a credit in their line.

A caption carrying its credit (``Ảnh: NAME``) reads as a caption by its words; one whose
credit is set apart (upright along the photo's edge, ``turned``; on a line of its own) or that
names no photographer has only its place and its type to tell it: a few lines set smaller
than the body, which the role rules read as a note beside the articles (``Role.ASIDE``) or,
a little smaller, as body text. Set right under a photo, in its width, such text is the
photo's caption; and so is such text set right over a photo (a magazine that sets each
photo's captions above it, ending just over its top).

``photo_captions`` (a photo pass, run after the role passes): for each photo at least
``MIN_PHOTO`` body sizes wide and tall, and each of its two edges (its foot, its top), the
blocks set smaller than the page's body (``SMALLER`` of its size on a text layer; on OCR, whose
sizes swing, only those the role rules already read as a note for their small type) lying
within the photo's width (``SIDE_SLACK`` body sizes of slack), not set in the document's other
body size (``translation_size``: a translation's running text), whose near end lies within
``FIRST_GAP`` body sizes of that edge (one caption at the photo's edge, or one at each of its
halves, level: more than ``MOST_LEVEL`` there are a row of cells, and none is a caption) are
its captions (``Role.CAPTION``), and so are such blocks stacked on from one of those, away from
the photo (``STACK_GAP`` body sizes at most: the English caption under the Vietnamese one; over
the photo, the Vietnamese caption over the English one), but for one whose first line stands
level with a block of the body's type beside it (``LEVEL_TOP``: a column of text, a translation
set smaller beside the original's); over a photo, only blocks lined up with it (``_lined_up``:
a column's byline standing over a wide photo is set to its column's measure, not to the
photo's). A block the words already made a caption or a credit (a credit set right on a line of
its own, next to the photo) carries the stack on. A pull quote is set larger than the body, and
the body text under a photo at the body's size: neither is touched. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify
from magpipe.split.photo_size import large_photo
from magpipe.split.photo_strips import strip_captions
from magpipe.split.pieces import in_body_size
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)

SMALLER = 0.97       # x body size: a caption's type is smaller than this (a text layer)
SIDE_SLACK = 0.5     # x body size: how far a caption may stand out of the photo's width
FIRST_GAP = 1.2      # x body size: the most white between a photo's foot and its caption
STACK_GAP = 1.0      # x body size: the most white between two captions stacked under it
# most captions set level under one photo (one under each of its halves); more side by side
# is a row of cells (a table's first row under a shaded head band, which a scan shows as an
# image), which no photo captions
MOST_LEVEL = 2
REASON = "text set small right under a photo, in its width (its caption)"
OVER_REASON = "text set small right over a photo, in its width (its caption set above it)"
# a caption set beside its photo (each language's in the space to one side of it, or in the
# margin): small text level with the photo, its near end within BESIDE_GAP body sizes of the
# photo's edge, reaching past its top or foot by LEVEL_SLACK body sizes at most (a column of
# the page's text beside a photo runs on past it, and is set at the body's size)
BESIDE_GAP = 2.0
LEVEL_SLACK = 0.5
# ... set in a narrow measure, at most this share of the photo's width (the space left beside
# it; a column of the page's text or a box of notes beside a photo is about as wide as it)
BESIDE_MEASURE = 0.6
BESIDE_LINES = 2     # ... of this many lines or more (one line beside a photo: a label, a
                     # box's heading or address line; a credit reads as one by its words)
BESIDE_REASON = "text set small beside a photo, level with it (its caption)"
_NOTE_ROLES = frozenset({Role.ASIDE, Role.BODY})
# a caption's twin at the photo's other edge (a guide that sets one language's caption over
# each photo and the other's under it): at most this many lines (a caption of a few lines; a
# column's paragraph running on from over or under a photo is longer), and the lines stacked
# on from it at most CREDIT_LINES (its credit set on a line of its own)
TWIN_LINES = 4
CREDIT_LINES = 1
# ... set to the photo's measure: at least this share of its width, or centred on it (a
# column's line ending a paragraph right over or under a photo is flush left only, short)
TWIN_MEASURE = 0.85
# ... and its text, credit included, at most this many times as long as the caption's or
# as short (on the 1,864 news sentence pairs of ../shared/bilingual of 40 characters or more,
# the English runs 0.61-1.40 times the Vietnamese from the 0.5th to the 99.5th percentile: a
# paragraph of a column ending right over a photo runs longer than any translation of the
# caption under it)
TWIN_LENGTH = 2.0
TWIN_REASON = "text at a photo's other edge, in its width, in the other language of the " \
    "caption at the first (its twin)"
_TWIN_ROLES = frozenset({Role.ASIDE, Role.BODY, Role.INTRO})
# roles that carry a stack of captions on to the next block (a credit on its own line set
# between the photo and its caption, read as a caption or a credit by its words)
_CARRIED = frozenset({Role.CAPTION, Role.CREDIT})
# a block under a photo whose first line stands level with a block of the page's body type
# beside it (tops this many body sizes apart at most: one line) is a column's text, where the
# stack of captions ends (english-first sets its Vietnamese column smaller than the English
# one beside it, which read as captions stacked under the photo's at seed 4200)
LEVEL_TOP = 1.0


def _small(role: str, f: Facts, page: PageFacts) -> bool:
    if role not in _NOTE_ROLES:
        return False
    if page.exact:
        return f.size < SMALLER * page.body_size
    return role == Role.ASIDE


def _under(photo: Box, box: Box, page: PageFacts) -> bool:
    slack = SIDE_SLACK * page.body_size
    return box[0] >= photo[0] - slack and box[2] <= photo[2] + slack


def beside(photo: Box, box: Box, page: PageFacts) -> bool:
    """``box`` stands beside the photo, in a narrow measure (see ``BESIDE_GAP``)."""
    slack = LEVEL_SLACK * page.body_size
    if box[1] < photo[1] - slack or box[3] > photo[3] + slack:
        return False
    white = box[0] - photo[2] if box[0] >= photo[2] - 1.0 else \
        photo[0] - box[2] if box[2] <= photo[0] + 1.0 else None
    return white is not None and white <= BESIDE_GAP * page.body_size and \
        box[2] - box[0] <= BESIDE_MEASURE * (photo[2] - photo[0])


def beside_captions(roles: list[str], reasons: list[str], facts: list[Facts],
                    page: PageFacts, photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the small text set beside each photo, level with it, read as
    its caption (see ``BESIDE_GAP``)."""
    out, why = list(roles), list(reasons)
    for photo in photos:
        if not large_photo(photo, page.body_size):
            continue
        # (against the document's body too: a page of photos and their captions sets none)
        ref = replace(page, body_size=max(page.body_size, page.doc_body))
        for k, f in enumerate(facts):
            if f.lines >= BESIDE_LINES and _small(out[k], f, ref) and \
                    beside(photo, f.box, page):
                log.debug("caption beside a photo at %s: %r", [round(v) for v in photo],
                          f.text[:40])
                out[k], why[k] = Role.CAPTION, BESIDE_REASON
    return out, why


def _edge_gap(photo: Box, box: Box, over: bool) -> float:
    """The white between the photo's foot and the top of ``box`` under it, or (``over``)
    between the foot of ``box`` over it and the photo's top."""
    return photo[1] - box[3] if over else box[1] - photo[3]


def _lined_up(photo: Box, box: Box, page: PageFacts) -> bool:
    """``box`` lines up with the photo: flush with its left or its right edge, or centred on
    it (``SIDE_SLACK`` body sizes of slack). A caption is set to its photo's measure; a
    column's byline or heading that happens to stand over a wide photo is set to its
    column's."""
    slack = SIDE_SLACK * page.body_size
    return abs(box[0] - photo[0]) <= slack or abs(box[2] - photo[2]) <= slack or \
        abs((box[0] + box[2]) - (photo[0] + photo[2])) <= 2 * slack


def _stack(photo: Box, facts: list[Facts], roles: list[str], page: PageFacts,
           over: bool) -> list[int]:
    """The small blocks set against the photo's foot (or, ``over``, its top) within its width:
    those within ``FIRST_GAP`` of the edge, and those stacked on from them (``STACK_GAP``
    at most: the other language's caption); none when more than ``MOST_LEVEL`` stand level
    at the edge (a row of cells). A block already read as a caption or credit carries the
    stack on (a credit set on its own line next to the photo) without being counted."""
    body = page.body_size
    slack = SIDE_SLACK * body
    near = [k for k, f in enumerate(facts) if _under(photo, f.box, page)
            and _edge_gap(photo, f.box, over) >= -slack]
    small = [k for k in near if _small(roles[k], facts[k], page)
             and not translation_size(facts[k], page)
             and (not over or _lined_up(photo, facts[k].box, page))]
    found = [k for k in small if _edge_gap(photo, facts[k].box, over) <= FIRST_GAP * body]
    if len(found) > MOST_LEVEL:
        log.debug("no captions %s %s: %d blocks level at its edge (a row of cells)",
                  "over" if over else "under", [round(v) for v in photo], len(found))
        return []
    chain = found + [k for k in near if roles[k] in _CARRIED
                     and _edge_gap(photo, facts[k].box, over) <= FIRST_GAP * body]
    # (text of the page's type under the photo, in its width: a column's, by the small text
    # beside it)
    columns = [facts[k].box for k in near if k not in small and roles[k] in _NOTE_ROLES]
    for k in sorted(near, key=lambda k: _edge_gap(photo, facts[k].box, over)):
        box = facts[k].box
        if k not in chain and (k in small or roles[k] in _CARRIED) and any(
                0 <= (facts[j].box[1] - box[3] if over else box[1] - facts[j].box[3])
                <= STACK_GAP * body for j in chain) and \
                not any(_level(box, other, body) for other in columns):
            chain.append(k)
    return [k for k in chain if k in small]


def translation_size(f: Facts, page: PageFacts) -> bool:
    """Text layers: the block, in a column, is set in the document's other body size
    (``bodysize``: a translation set a little smaller than the original), not in a caption's
    type: the translation's running text, which runs on right over a photo in its column and
    under it (english-first at seed 5200: the Vietnamese column at 8.6 points, its photo's
    caption at 7.3, the English body at 9.4), no caption of that photo."""
    other = page.other_body
    return page.exact and other > 0 and f.column != -1 and \
        in_body_size(f.size, other)


def _level(box: Box, other: Box, body: float) -> bool:
    """``box`` stands beside ``other``, its first line level with the other's (their tops
    within ``LEVEL_TOP`` body sizes): two columns of text under a photo (a translation set
    smaller than the body beside the body's own column), not a caption stacked on another."""
    return (box[2] <= other[0] or other[2] <= box[0]) and \
        abs(box[1] - other[1]) <= LEVEL_TOP * body


def photo_captions(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                   photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the small text right under each photo (or right over it) read
    as its captions (see the module)."""
    out, why = list(roles), list(reasons)
    for photo in photos:
        if not large_photo(photo, page.body_size):
            continue
        for over in (False, True):
            for k in _stack(photo, facts, out, page, over):
                log.debug("caption %s a photo at %s: %r", "over" if over else "under",
                          [round(v) for v in photo], facts[k].text[:40])
                out[k], why[k] = Role.CAPTION, OVER_REASON if over else REASON
    out, why = twin_edges(out, why, facts, page, photos)
    out, why = strip_captions(out, why, facts, page, photos)    # (on a strip over its foot)
    return beside_captions(out, why, facts, page, photos)


def _at_edge(photo: Box, f: Facts, page: PageFacts, over: bool) -> bool:
    """``f`` stands at the photo's foot (or, ``over``, its top), within ``FIRST_GAP``, in its
    width and lined up with it."""
    return _under(photo, f.box, page) and _lined_up(photo, f.box, page) and \
        -SIDE_SLACK * page.body_size <= _edge_gap(photo, f.box, over) <= FIRST_GAP * page.body_size


def _measured(photo: Box, box: Box, page: PageFacts) -> bool:
    """``box`` is set to the photo's measure: ``TWIN_MEASURE`` of its width or more, or
    centred on it (``SIDE_SLACK`` body sizes of slack)."""
    return box[2] - box[0] >= TWIN_MEASURE * (photo[2] - photo[0]) or \
        abs((box[0] + box[2]) - (photo[0] + photo[2])) <= 2 * SIDE_SLACK * page.body_size


def _twin_stack(photo: Box, facts: list[Facts], roles: list[str], page: PageFacts,
                over: bool, lang: str) -> list[int]:
    """The caption's twin at the photo's foot (``over``: its top) and its credit stacked on
    from it: the one block there of body, intro or note role, ``TWIN_LINES`` lines at most,
    in the language ``lang`` is not, and the short blocks stacked on from it (``STACK_GAP``);
    none when a longer block stacks on, or when the first of them opens in lower case or the
    last ends no sentence (a column's text runs on past the photo)."""
    edge = [k for k, f in enumerate(facts) if _at_edge(photo, f, page, over)]
    if len(edge) != 1 or roles[edge[0]] not in _TWIN_ROLES or \
            not _measured(photo, facts[edge[0]].box, page) or \
            facts[edge[0]].lines > TWIN_LINES or \
            classify(facts[edge[0]].text)[0] not in ({Lang.VI, Lang.EN} - {lang}):
        return []
    stack = [edge[0]]
    for k in sorted((k for k, f in enumerate(facts) if k not in stack and
                     _under(photo, f.box, page) and _edge_gap(photo, f.box, over) > 0),
                    key=lambda k: _edge_gap(photo, facts[k].box, over)):
        last = facts[stack[-1]].box
        gap = last[1] - facts[k].box[3] if over else facts[k].box[1] - last[3]
        if gap > STACK_GAP * page.body_size:
            break
        if gap < -SIDE_SLACK * page.body_size:
            continue
        if facts[k].lines > CREDIT_LINES or roles[k] not in _TWIN_ROLES | _CARRIED:
            return []
        stack.append(k)
    # (a caption opens a sentence and ends one, or its credit's bracket; a column's text
    # running on past the photo goes on from a sentence, or stops mid-sentence there)
    opens = not facts[stack[0]].text.lstrip()[:1].islower()
    return stack if opens and ends_sentence(facts[stack[-1]].text) else []


def _as_long(twin: int, caption: int) -> bool:
    """A twin of ``twin`` characters can translate a caption of ``caption``: neither runs
    more than ``TWIN_LENGTH`` times the other."""
    return caption * TWIN_LENGTH >= twin and twin * TWIN_LENGTH >= caption


def twin_edges(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
               photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with a caption's twin read as a caption: where a photo's captions
    at one edge (right over it or right under it, in its width) are all of one language,
    the one short block at its other edge, set to its measure, in the other language, is the
    same caption in that language, whatever its type (a guide's English caption in italics
    at the body's size under the photo, its Vietnamese one over it), and so is its credit
    on a line of its own stacked on from it (``_twin_stack``), if the two run to lengths a
    translation can (``_as_long``)."""
    out, why = list(roles), list(reasons)
    for photo in photos:
        if not large_photo(photo, page.body_size):
            continue
        for over in (False, True):
            found = [k for k, f in enumerate(facts) if out[k] == Role.CAPTION
                     and _at_edge(photo, f, page, over)]
            langs = {classify(facts[k].text)[0] for k in found} - {Lang.UNKNOWN}
            if len(langs) != 1:
                continue
            stack = _twin_stack(photo, facts, out, page, not over, langs.pop())
            if not _as_long(sum(len(facts[k].text) for k in stack),
                            sum(len(facts[k].text) for k in found)):
                continue
            for k in stack:
                log.debug("caption's twin %s a photo at %s: %r", "over" if not over else
                          "under", [round(v) for v in photo], facts[k].text[:40])
                out[k], why[k] = Role.CAPTION, TWIN_REASON
    return out, why
