"""Captions told by the photo they sit under (``PageLayout.images``, recorded by extract).

* :func:`photo_of`: the photo a caption block sits under (its first line just below the photo's
  bottom edge, inside the photo's width), beside (its first line level with the photo, just
  off its left or right edge) or on (inside its edges); the nearest edge wins.
* :func:`photo_captions`: text blocks the split stage did not read as a caption (``body``,
  ``aside``, ``intro``, a credit read as a ``byline``) that sit under or beside a photo and name
  its photographer (``Ảnh: NAME``, ``Nguồn: NAME``, ``Photo: NAME``, ``Source: NAME``, on its
  own line or in the caption's), with the blocks under them down to that credit.
* :func:`twin_photos`: two photos of the same shape (each language's copy of one photo).

Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from magpipe.align.type_measure import USUAL_MEASURE, page_measure
from magpipe.artifacts.base import Box, across, union
from magpipe.artifacts.layout import Block, Lang, PageLayout, Role, SplitArtifact
from magpipe.text.credit_labels import as_printed
from magpipe.text.credits import caption_parts, cut_credit

log = logging.getLogger(__name__)

# ``text.credits.cut_credit`` (pure; an answer of strings), asked about the same caption texts
# by several steps of align (a caption's language, its credit, a photo's captions, a credit
# set alone): worked out once a text and language in a worker. Bounded, so memory stays flat.
# The credit label is read as printed where OCR misread its marks (``text.credit_labels``).
@lru_cache(maxsize=8192)
def credit_cut(text: str, lang: str) -> tuple[str | None, str | None]:
    return cut_credit(as_printed(text), lang)


# Points a photo found on a scan may stop short of where it was printed (``photomask`` blanks a
# margin round it, the skew moves it): up to ~7 pt, a fact of the extract stage's rendering,
# not of the publication's type, so it is not taken in step with the page's measure.
SCAN_SLACK = 7.0
# A caption's first line sits at most this far under (or over) its photo's edge, plus
# ``SCAN_SLACK``: captions are set a little white under their photo (2-8 pt in the development
# families), a distance a designer sets in step with the type, so it is a share of the page's
# measure (``type_measure.page_measure``): 7 pt at the usual measure. Text that resumes under a
# photo is set a paragraph gap or more further down, and is no caption unless it names the
# photographer (:func:`photo_captions`).
PHOTO_SET_OFF = 7.0 / USUAL_MEASURE
# A caption set beside its photo (each language's in the space to one side of it) stands off
# the photo's edge by a gutter, wider than the white under a photo: at most this share of the
# page's measure, plus ``SCAN_SLACK`` (13 pt at the usual measure: the development families
# set it 11-17 pt off, about one and a half body sizes).
BESIDE_SET_OFF = 13.0 / USUAL_MEASURE
# Points a caption may stick out of its photo's width (rounding of boxes, a photo found a few
# pixels short on a scan).
EDGE = 4.0
# The lines of one caption follow each other at most this many points apart: a credit set on a
# line of its own under the caption, right-aligned, belongs to it. Left in points, not a share
# of the page's measure (``type_measure``) as the distances round it are: the development
# families stack their captions' blocks 5.4-5.9 pt apart whatever their type, right at this
# reach, so a share of the measure flips which halves sit by the photo on some of their pages
# (each way): to be made relative with a reach measured on captions set in step with the type.
LINE_GAP = 6.0
# The other language's caption of the same photo is set close to the first: under it at most
# this share of the page's measure down (16 pt at the usual measure: a paragraph's gap, a
# credit line between), or level with it at most this far to its side (each language under
# its half of the photo). Further away, in a box of captions at the page's foot or another
# column, the two halves are joined by what they say (``caption_halves.match_halves``), not by
# following each other in reading order.
TWIN_SET_OFF = 16.0 / USUAL_MEASURE
# Two copies of one photo (each language's copy, on its own page or part of a page) have the
# same shape: width over height within this share of each other.
ASPECT_TOLERANCE = 0.05
# A credit's name wrapped to a line of its own (``Photo: PHAM`` / ``HUONG``) is at most this
# many words, each in capitals.
NAME_REST_WORDS = 3
# A photographer's name set right under a caption without a label starts at least this share
# of the caption's width in from its left edge (a byline set flush right; a caption's own
# last line starts at its left edge).
SIGN_OFF_SHARE = 0.4
# A credit's end set apart from its label (``Photo`` / ``by KIỀU ANH``) is at most this many
# words: ``by``, and a name of up to four.
CREDIT_REST_WORDS = 5
# Text read as a photo's caption is at most this long: the longest caption of the development
# families runs to about 400 characters, while a news paragraph set under a photo and closed
# by its source (``... Nguồn: TTXVN``) is usually longer; such a paragraph stays text.
CAPTION_MAX_CHARS = 600
# Roles of blocks that may be a caption the split stage read as text.
# (a section or contents label: a caption's credit line cut off, a page read as a contents
# page; each is a caption only when it sits at a photo's edge and its caption names the
# photographer)
_READ_AS_TEXT = frozenset({Role.BODY, Role.ASIDE, Role.INTRO, Role.BYLINE, Role.SECTION,
                           Role.CONTENTS})
_CAPTION_ROLES = frozenset({Role.CAPTION, Role.CREDIT})
# Roles of blocks read as a caption only as a later block of one that opens at a photo's edge
# and names its photographer: a credit's end set apart as a short line of its own, which split
# may take for a label (``Overview of the meeting. Photo`` / ``byLAMAI``: flanking-3-scanned).
_CAPTION_TAILS = frozenset({Role.LABEL})


def photo_gap(box: Box, photo: Box, measure: float = USUAL_MEASURE) -> float | None:
    """How far a caption whose block is ``box`` sits from ``photo``'s edge, in points, on a
    page of the given measure (``type_measure.page_measure``); None
    when it sits neither under it, nor beside it (its first line level with the photo), nor
    over it (its last line just above the photo, within its width: a caption set over its
    picture, which names its photographer in itself since nothing under it goes on), nor
    inside it (0: a caption printed on the photo, on a panel laid over a corner)."""
    x0, top, x1, _ = box
    px0, ptop, px1, pbottom = photo
    width = max(x1 - x0, 1.0)
    reach = PHOTO_SET_OFF * measure + SCAN_SLACK
    if inside(box, photo):
        return 0.0
    under = top - pbottom
    if (-EDGE <= under <= reach and across(box, photo) >= 0.5 * width
            and x0 >= px0 - EDGE):
        return max(under, 0.0)
    if ptop - EDGE <= top <= pbottom:
        beside = min(abs(x0 - px1), abs(px0 - x1))
        if (beside <= BESIDE_SET_OFF * measure + SCAN_SLACK
                and (x0 >= px1 - EDGE or x1 <= px0 + EDGE)):
            return beside
    over = ptop - box[3]
    if (-EDGE <= over <= reach and across(box, photo) >= 0.5 * width
            and x0 >= px0 - EDGE and x1 <= px1 + EDGE):
        return max(over, 0.0)
    return None


def inside(box: Box, photo: Box) -> bool:
    """``box`` lies on the photo, within its edges (``EDGE`` of slack)."""
    return (box[0] >= photo[0] - EDGE and box[2] <= photo[2] + EDGE
            and box[1] >= photo[1] - EDGE and box[3] <= photo[3] + EDGE)


def photo_of(box: Box, photos: tuple[Box, ...], measure: float = USUAL_MEASURE) -> int | None:
    """Index in ``photos`` of the photo a caption block ``box`` sits under or beside (the
    nearest edge) on a page of the given measure, or None."""
    found = [(gap, k) for k, photo in enumerate(photos)
             if (gap := photo_gap(box, photo, measure)) is not None]
    return min(found)[1] if found else None


def caption_photos(blocks: list[Block], photos: tuple[Box, ...],
                   measure: float = USUAL_MEASURE) -> dict[str, Box]:
    """The photo each of one page's caption blocks belongs to (the page's measure given): the
    photo it sits under or beside, or the photo of the caption block it goes on under (the
    other language's caption, a credit line, set under the first caption of the photo)."""
    found: dict[str, Box] = {}
    placed: list[tuple[Block, Box]] = []
    for block in sorted(blocks, key=lambda b: (b.box[1], b.box[0])):
        k = photo_of(block.box, photos, measure)
        if k is not None:
            photo: Box | None = photos[k]
        else:
            photo = next((ph for above, ph in reversed(placed)
                          if goes_on(block.box, above.box)), None)
        if photo is not None:
            found[block.id] = photo
            placed.append((block, photo))
    return found


def goes_on(box: Box, above: Box) -> bool:
    """``box`` is set just under ``above``, mostly within its width."""
    width = max(box[2] - box[0], 1.0)
    return (-EDGE <= box[1] - above[3] <= LINE_GAP
            and across(box, above) >= 0.5 * width)


def set_near(box: Box, other: Box, measure: float = USUAL_MEASURE) -> bool:
    """``box`` is set close to ``other`` (see ``TWIN_SET_OFF``; on a page of the given
    measure): under it within that reach (or over it in part: OCR boxes of lines set close
    overlap), overlapping its width, or level with it (their tops a line apart at most) within
    that reach of its side."""
    width = max(min(box[2] - box[0], other[2] - other[0]), 1.0)
    reach = TWIN_SET_OFF * measure
    under = (box[1] - other[3] <= reach and box[3] > other[1]
             and across(box, other) >= 0.5 * width)
    level = abs(box[1] - other[1]) <= reach and (
        -EDGE <= box[0] - other[2] <= reach or -EDGE <= other[0] - box[2] <= reach)
    return under or level


def credit_line_of(box: Box, text: Box, measure: float = USUAL_MEASURE) -> bool:
    """``box`` (a credit alone on its line) is set right under the caption ``text`` (on a page
    of the given measure): over its last line in part by ``LINE_GAP`` at most, starting
    no further left (a credit is set flush right or after the caption's start), within
    ``TWIN_SET_OFF`` under it."""
    return (-LINE_GAP <= box[1] - text[3] <= TWIN_SET_OFF * measure
            and box[0] >= text[0] - EDGE
            and box[3] > text[3])


def signs_off(box: Box, text: str, above: Box) -> bool:
    """A name alone (a word or few in capitals) set right on the line under a caption
    (``above``): its photographer, credited without a label the way a byline is, starting in
    the right part of the caption's width."""
    return is_name_rest(text) and box[0] >= above[0] + SIGN_OFF_SHARE * (above[2] - above[0])


def is_name_rest(text: str) -> bool:
    """The text is the rest of a photographer's name wrapped to its own line: a word or few,
    each in capitals (``HUONG``, ``THU HANG``)."""
    words = text.split()
    return 0 < len(words) <= NAME_REST_WORDS and all(
        w.isupper() and w.isalpha() for w in (w.strip(".,") for w in words))


def _names_photographer(block: Block) -> bool:
    return credit_of(block.text, block.lang) is not None


def credit_of(text: str, lang: str) -> str | None:
    """The photographer a caption's text names at its end, read in its language's forms (a
    ``©`` in either), or None."""
    return credit_cut(text, Lang.VI if lang == Lang.VI else Lang.EN)[1]


def completes_credit(text: str, rest: str, lang: str) -> bool:
    """``rest`` (a line set apart by the split stage) ends the credit that ``text`` opens:
    ``... Commune. Photo`` / ``by KIỀU ANH``, ``... 2025. Ảnh:`` / ``TRÍ DŨNG``, or a
    bracketed credit whose name runs onto the next line (``(Photo: VU`` / ``GIANG)``)."""
    if len(rest.split()) > CREDIT_REST_WORDS:
        return False
    if credit_of(text, lang) is None:
        return credit_of(f"{text} {rest}", lang) is not None
    return open_bracket(text) and rest.rstrip().endswith(")") and "(" not in rest


def open_bracket(text: str) -> bool:
    """The text leaves a bracket open (a credit ``(Ảnh: NAME`` cut off at a line end)."""
    return text.count("(") > text.count(")")


def _under(block: Block, above: Box, photo: Box) -> bool:
    """``block`` goes on from the caption line(s) ``above`` under ``photo``: just below them,
    within the photo's width, in their column (overlapping half the narrower one's width)
    unless it is a credit alone (set flush right under a short line, under the photo or
    under them: not under text beside the photo)."""
    x0, top, x1, _ = block.box
    width = max(min(x1 - x0, above[2] - above[0]), 1.0)
    return (0 <= top - above[3] + EDGE <= LINE_GAP + EDGE
            and (x0 >= photo[0] - EDGE and x1 <= photo[2] + EDGE
                 or _beside(block.box, above, photo))
            and (across(block.box, above) >= 0.5 * width
                 or _credit_alone(block) and (across(block.box, above) > 0
                                              or _within(above, photo))))


def _within(box: Box, photo: Box) -> bool:
    """``box`` lies within the photo's width (``EDGE`` of slack)."""
    return box[0] >= photo[0] - EDGE and box[2] <= photo[2] + EDGE


def _beside(box: Box, above: Box, photo: Box) -> bool:
    """``box`` stands beside the photo on the side ``above`` stands, its top level with the
    photo (a caption set beside its photo runs on down that side)."""
    def side(b: Box) -> int:
        return 1 if b[0] >= photo[2] - EDGE else -1 if b[2] <= photo[0] + EDGE else 0
    return photo[1] - EDGE <= box[1] <= photo[3] and side(box) != 0 and \
        side(box) == side(above)


def _credit_alone(block: Block) -> bool:
    """The block is a credit and nothing else (``Ảnh: TRÍ DŨNG``, ``Photo by KIỀU ANH``)."""
    return any(text is None and credit is not None
               for text, credit in (credit_cut(block.text, lang) for lang in (Lang.VI, Lang.EN)))


def on_edge(box: Box, photo: Box) -> bool:
    """``box`` lies on ``photo`` (inside it, or across its edge by ``EDGE``), or runs up its
    side set sideways (taller than wide, within ``EDGE`` of it, level with it): where a
    credit is printed on the photo itself."""
    sideways = (box[3] - box[1] > box[2] - box[0] and box[1] >= photo[1] - EDGE
                and box[3] <= photo[3] + EDGE
                and (abs(box[0] - photo[2]) <= EDGE or abs(photo[0] - box[2]) <= EDGE))
    return inside(box, photo) or sideways


def edge_credit_photo(block: Block, photos: tuple[Box, ...]) -> Box | None:
    """The photo whose credit ``block`` is when it is a credit alone printed on the photo's
    edge (``© NAME`` in a corner of the picture, ``Ảnh: NAME`` up its side); else None."""
    if not _credit_alone(block):
        return None
    return next((photo for photo in photos if on_edge(block.box, photo)), None)


def _chain(blocks: list[Block], k: int, photo: Box) -> list[Block] | None:
    """The caption that opens with ``blocks[k]`` at ``photo``'s edge: it and the blocks under
    it down to the first that names the photographer; None when none does (text that merely
    follows a photo names nobody) or the whole is too long for a caption."""
    chain = [blocks[k]]
    text = blocks[k].text
    while credit_of(text, chain[0].lang) is None:
        nxt = next((b for b in blocks[k + 1:] if _under(b, chain[-1].box, photo)), None)
        if nxt is not None and signs_off(nxt.box, nxt.text, chain[-1].box):
            chain.append(nxt)          # the photographer's name alone, set right: the credit
            break
        if nxt is None or (nxt.lang != chain[0].lang and nxt.role not in _CAPTION_ROLES
                           and not completes_credit(text, nxt.text, chain[0].lang)):
            return None
        chain.append(nxt)
        text = f"{text} {nxt.text}"
        k = blocks.index(nxt)
    rest = next((b for b in blocks[k + 1:] if _under(b, chain[-1].box, photo)), None)
    if rest is not None and is_name_rest(rest.text):
        chain.append(rest)
    return chain if sum(len(b.text) for b in chain) <= CAPTION_MAX_CHARS else None


def _level(box: Box, photo: Box) -> bool:
    """``box`` starts beside the photo, level with some of its height (not under or over it,
    where a caption's place is its own: text there opens a caption whatever came before)."""
    return photo[1] - EDGE <= box[1] <= photo[3] and (box[0] >= photo[2] - EDGE
                                                      or box[2] <= photo[0] + EDGE)


def _runs_on(block: Block, blocks: list[Block]) -> bool:
    """``block``, read as text, carries the running text on: it is set right under a paragraph
    of its language on the same measure (one left edge, one width: the next paragraph of a
    column or of a text cell beside a photo), or the split stage linked it to a paragraph it
    continues that is running text itself: on another page, taking up its sentence in small
    letters, or running on in turn (a caption read as text beside a photo, which the split
    stage linked to the caption over it, does not). Neither opens a caption, whatever sits
    beside it or closes it (a byline set flush right reads like a photographer's name): asked
    of text set beside a photo (``_level``)."""
    if block.role not in _READ_AS_TEXT:
        return False
    if any(b.role in (Role.BODY, Role.INTRO) and b.lang == block.lang
           and goes_on(block.box, b.box) and abs(b.box[0] - block.box[0]) <= EDGE
           and abs(b.box[2] - block.box[2]) <= EDGE for b in blocks if b is not block):
        return True
    if block.continued_from is None:
        return False
    before = next((b for b in blocks if b.id == block.continued_from), None)
    return before is None or block.text.lstrip()[:1].islower() or _runs_on(before, blocks)


def photo_captions(page: PageLayout) -> frozenset[str]:
    """Ids of the page's text blocks that are captions by where they sit or how they end:

    * each block that opens at a photo's edge (under it, or beside it level with its top;
      the Vietnamese and the English caption may both) and those under it down to the first
      that names the photographer, provided one does;
    * a boxed block (``aside``) each of whose captions ends with its photographer's name (a
      box gathering the page's captions of one language, away from the photos)."""
    found: set[str] = set()
    blocks = sorted(page.blocks, key=lambda b: (b.box[1], b.box[0]))
    measure = page_measure(page)
    for index, photo in enumerate(page.images):
        for k, block in enumerate(blocks):
            if (block.role in _READ_AS_TEXT | _CAPTION_ROLES
                    and photo_gap(block.box, photo, measure) is not None
                    and photo_of(block.box, page.images, measure) == index
                    and not (_level(block.box, photo) and _runs_on(block, blocks))):
                chain = _chain(blocks, k, photo)
                if chain and block.box[3] <= photo[1] + EDGE:
                    # a caption over its photo: the other language's caption (each naming
                    # its photographer) may be set over it in turn
                    found |= {b.id for b in blocks[:k] if b.role in _READ_AS_TEXT
                              and _under(block, b.box, photo) and b.lang != block.lang
                              and credit_of(b.text, b.lang) is not None}
                while chain:
                    found |= {b.id for b in chain if b.role in _READ_AS_TEXT
                              or (b is not chain[0] and b.role in _CAPTION_TAILS)}
                    # the other language's caption set right under this one (under its
                    # credit line) belongs to the photo too
                    last = blocks.index(chain[-1])
                    whole = union(tuple(b.box for b in chain))
                    nxt = next((j for j, b in enumerate(blocks[last + 1:], last + 1)
                                if _under(b, whole, photo)), None)
                    chain = (_chain(blocks, nxt, photo) if nxt is not None
                             and blocks[nxt].lang != chain[0].lang
                             and blocks[nxt].role in _READ_AS_TEXT | _CAPTION_ROLES else None)
    found |= {b.id for b in blocks if b.role in _READ_AS_TEXT and edge_credit_photo(
        b, page.images) is not None}
    for block in blocks:
        if block.role != Role.ASIDE:
            continue
        parts = caption_parts(block.text)
        if (all(credit_of(t, block.lang) for t in parts)
                and max(len(t) for t in parts) <= CAPTION_MAX_CHARS):
            found.add(block.id)
            # the rest of the last credit's name, wrapped to a line read apart
            found |= {b.id for b in blocks if b.role in _READ_AS_TEXT
                      and goes_on(b.box, block.box) and is_name_rest(b.text)}
    if found:
        log.debug("page %d: %s read as photo captions", page.number, sorted(found))
    return frozenset(found)


def photos_by_page(artifact: SplitArtifact) -> dict[int, tuple[Box, ...]]:
    """The photos of each page that has any."""
    return {p.number: p.images for p in artifact.pages if p.images}


def measures_by_page(artifact: SplitArtifact) -> dict[int, float]:
    """The measure (``type_measure.page_measure``) of each page: how far a caption may stand
    off its photo, and its other language's half off it, follows it."""
    return {p.number: page_measure(p) for p in artifact.pages}


def aspect(box: Box) -> float:
    return (box[2] - box[0]) / max(box[3] - box[1], 1e-6)


def twin_photos(a: Box, b: Box) -> bool:
    """Two photos of one shape: each language's copy of one photo."""
    ra, rb = aspect(a), aspect(b)
    return abs(ra - rb) <= ASPECT_TOLERANCE * max(ra, rb)
