"""The text of a graphic set into an article's page: a drawn map's call-outs, a chart's title,
its bars' names and its source line, a key figure and its line, each in both languages.

* ``graphic_labels`` (a role pass, run after the caption rules since it needs the page's
  photos): the short blocks an article's page holds between the article's head and its
  running text are its graphic when there are many of them (``GRAPHIC_BLOCKS`` at least, in
  both languages) laid out as a graphic's labels are: each is a label of the article
  (``Role.LABEL``: the article's, no paragraph of it, no furniture).
  * Where: under a title, across its width, with no running text (a body block of
    ``RUN_LINES`` lines or more) between that title and the block in its own columns: above
    the text (a graphic across the page over it) or beside it (a graphic beside a column of
    text). A page's head (its running heads, the rubric and titles over the article) stands
    over the title, so no rule here reaches it; nor the page's top and bottom bands.
  * What: a line or ``LABEL_LINES`` lines, whatever its size (a key figure is set large, a
    bar's name small). A block read as a title is one when some other block (a photo's
    caption, a label) stands between the head and it: an article's title has nothing
    between its lines but specks, and a key figure set large under the graphic's photos
    reads as a title.
  * The graphic's photos keep their captions: a caption holding a sentence's stop right
    under a photo (``PINNED_GAP`` body sizes at most), or right under such a caption, is the
    photo's (and so, the other way up, is one right over a photo, or over such a caption: a
    caption set above its photo; and one beside a photo, level with it in a narrow measure,
    ``photo_captions.beside``), and so is a long caption bearing a credit (more than
    ``2 * LABEL_LINES`` lines). A caption under no photo (a chart's bars' names
    over its source), or naming things with no sentence under a picture (a scan's extract
    reads a chart's bars as a picture), is the graphic's label.
  * How they lie: a graphic lays its labels out over its surface, side by side
    (``SIDE_PAIRS`` pairs of them level with each other and apart at least), in lines of a
    few words (``LINE_WORDS`` at the median). An article's usual head zone (a byline, an
    intro, a photo and its caption) holds a few blocks; a list (an imprint), a box of notes
    or a column of cover lines stacks its items in one column, or runs them in longer lines.
  * On a page with a graphic, the columns its labels make mislead the page's geometry: a
    block read as an intro for spanning the columns (not for its weight) that stands level
    with running text as wide as it (``TWIN_WIDTH``) beside it is a column of text: a lead
    spanning the text's columns has no column of text beside it.
* ``label_parts`` (the drafts of a label): a label read as one block whose lines switch
  between plainly Vietnamese (a mark on a word) and English (no mark, read as English or of
  no Vietnamese syllable) is cut at each switch: a bar's name over its twin, a source line
  over its twin. A line that says neither stays with the lines above it.
* ``twin_label_cut`` (a cut of the page geometry): a block of a few short lines (two to
  ``2 * TWIN_LINES``, ``TWIN_WORDS`` words a line at most), its first line or two plainly
  Vietnamese and the rest (``TWIN_LINES`` lines at most) bearing no Vietnamese mark at all
  and read as English, is a label over its English twin set close under it (``Cửa khẩu Chi
  Ma`` over ``Chi Ma border gate``): two blocks. A Vietnamese text's run-on lines bear
  marks; lines all in capitals (a title whose second line is names, ``RIO DE JANEIRO,
  BRAZIL``) are left whole.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import Box, across
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import classify, evidence, line_lang
from magpipe.split.layout import Para
from magpipe.split.photo_captions import beside
from magpipe.split.roles import FURNITURE_MARGIN, Facts, PageFacts, has_credit

log = logging.getLogger(__name__)

GRAPHIC_BLOCKS = 6   # short blocks under an article's head, before its text: a graphic's
SIDE_PAIRS = 2       # ... laid out side by side: this many pairs level with each other
LINE_WORDS = 6       # ... in lines of this many words at the median
LABEL_LINES = 2      # a graphic's label: a line or two (a place's name, a bar's, a figure)
RUN_LINES = 3        # running text: a body block of three lines or more
PINNED_GAP = 1.5     # x body size: a caption this close under its photo (or caption) is its
TWIN_WORDS = 10      # a label and its twin: this many words a line at most
TWIN_LINES = 2       # ... and this many lines each
TWIN_WIDTH = 0.1     # a column of text beside another: as wide as it within this share
REASON = "a short block of an article's graphic, between its head and its text (a label)"
# roles the look or an earlier pass may give a graphic's label: running text, a boxed
# figure, a rubric, a credit-like source line, a list read as furniture, a caption, a title
# (a byline under a title is the article's own head: an abstracts page's bylines, each over
# its ``Tóm tắt`` label, are no graphic)
_MAY_BE_LABEL = frozenset({Role.BODY, Role.INTRO, Role.ASIDE, Role.SECTION, Role.CREDIT,
                           Role.HEADER, Role.CAPTION, Role.LABEL, Role.TITLE})
TWIN_REASON = "a column of text level with its twin beside it, under a graphic (no lead)"
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")   # a stop that ends a sentence (not ``5.2``)
_NO_BLOCK = frozenset({Role.TITLE, Role.OTHER})    # no block between a head and a title
_RUNNING = frozenset({Role.BODY, Role.INTRO})
_PINNED = frozenset({Role.CAPTION, Role.CREDIT})


def _head_over(k: int, roles: list[str], facts: list[Facts]) -> float | None:
    """The foot of the nearest title above block ``k`` across its width; None when none. A
    title (a key figure set large) has a head over it only with some other block between."""
    box = facts[k].box
    feet = [f.box[3] for j, f in enumerate(facts)
            if roles[j] == Role.TITLE and f.box[3] <= box[1] and across(f.box, box) > 0]
    if not feet:
        return None
    foot = max(feet)
    if roles[k] == Role.TITLE and not any(
            roles[j] not in _NO_BLOCK and across(f.box, box) > 0 and foot <= f.box[1] < box[1]
            for j, f in enumerate(facts)):
        return None
    return foot


def _text_between(k: int, foot: float, roles: list[str], facts: list[Facts]) -> bool:
    """Running text lies between the head's foot and block ``k`` in its columns."""
    box = facts[k].box
    return any(roles[j] in _RUNNING and f.lines >= RUN_LINES and across(f.box, box) > 0
               and foot <= f.box[1] < box[1] for j, f in enumerate(facts) if j != k)


def _in_band(f: Facts, page: PageFacts) -> bool:
    return (f.box[1] < FURNITURE_MARGIN * page.height
            or f.box[3] > (1 - FURNITURE_MARGIN) * page.height)


def _pinned(found: list[int], roles: list[str], facts: list[Facts], photos: tuple[Box, ...],
            page: PageFacts) -> set[int]:
    """The captions (and credits) among ``found`` that hang on a photo: right under it or right
    over it (a caption set above its photo), beside it (``photo_captions.beside``), or
    stacked on a caption that does, on the side away from the photo."""
    gap = PINNED_GAP * page.body_size
    pinned: set[int] = set()
    for over in (False, True):
        edges = list(photos)
        for k in sorted((k for k in found if roles[k] in _PINNED),
                        key=lambda k: -facts[k].box[3] if over else facts[k].box[1]):
            box = facts[k].box
            if roles[k] == Role.CAPTION and not _SENTENCE_END.search(facts[k].text):
                continue            # names under a drawing (a chart's bars), no photo's caption
            if any(across(box, edge) > 0 and -gap <= (edge[1] - box[3] if over else
                                                      box[1] - edge[3]) <= gap
                   for edge in edges) or any(beside(photo, box, page) for photo in photos):
                pinned.add(k)
                edges.append(box)
    return pinned


def _laid_out(found: list[int], facts: list[Facts]) -> bool:
    """The blocks are laid out as a graphic's labels: side by side (``SIDE_PAIRS`` pairs
    level with each other and apart at least) in lines of a few words (``LINE_WORDS`` at
    the median)."""
    pairs = sum(1 for n, a in enumerate(found) for b in found[n + 1:]
                if across(facts[a].box, facts[b].box) <= 0
                and min(facts[a].box[3], facts[b].box[3]) > max(facts[a].box[1], facts[b].box[1]))
    words = sorted(len(t.split()) for k in found for t in facts[k].line_texts)
    return pairs >= SIDE_PAIRS and bool(words) and words[len(words) // 2] <= LINE_WORDS


def graphic_labels(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                   photos: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with the labels of an article's graphic read (module doc)."""
    found = []
    for k, f in enumerate(facts):
        if roles[k] not in _MAY_BE_LABEL or _in_band(f, page):
            continue
        if roles[k] != Role.CAPTION and f.lines > LABEL_LINES:
            continue
        foot = _head_over(k, roles, facts)
        if foot is not None and not _text_between(k, foot, roles, facts):
            found.append(k)
    pinned = _pinned(found, roles, facts, photos, page)
    found = [k for k in found if k not in pinned and (
        roles[k] != Role.CAPTION or not has_credit(facts[k].text)
        or facts[k].lines <= 2 * LABEL_LINES)]          # (a long credited caption: a photo's)
    if len(found) < GRAPHIC_BLOCKS or not _laid_out(found, facts):
        return roles, reasons
    if not {Lang.VI, Lang.EN} <= {classify(facts[k].text)[0] for k in found}:
        return roles, reasons
    out, why = list(roles), list(reasons)
    for k in found:
        log.debug("%s: %r (was %s)", REASON, facts[k].text[:50], roles[k])
        out[k], why[k] = Role.LABEL, REASON
    for k in twin_columns(out, facts):
        log.debug("%s: %r", TWIN_REASON, facts[k].text[:50])
        out[k], why[k] = Role.BODY, TWIN_REASON
    return out, why


def twin_columns(roles: list[str], facts: list[Facts], placed: bool = False) -> list[int]:
    """The intros read so for spanning the page's columns (not for their weight) that stand
    level with running text as wide as they are beside them (module doc); ``placed``: text
    found in one column (a lead's twin beside it, spanning the other language's columns as
    wide, is no column of text)."""
    out = []
    for k, f in enumerate(facts):
        if roles[k] != Role.INTRO or f.bold or f.column != -1:
            continue
        wide = f.box[2] - f.box[0]
        if any(roles[j] in _RUNNING and j != k and across(f.box, g.box) <= 0
               and not (placed and g.column == -1)
               and min(f.box[3], g.box[3]) > max(f.box[1], g.box[1])
               and abs((g.box[2] - g.box[0]) - wide) <= TWIN_WIDTH * wide
               for j, g in enumerate(facts)):
            out.append(k)
    return out


def twin_label_cut(texts: list[str]) -> list[int]:
    """``[k]`` when a block of a few short lines is a label over its English twin from line
    ``k`` on (module doc); ``[]`` otherwise."""
    if not 2 <= len(texts) <= 2 * TWIN_LINES or any(len(t.split()) > TWIN_WORDS for t in texts):
        return []
    if all(t.isupper() for t in texts):
        return []
    for k in range(1, min(len(texts), TWIN_LINES + 1)):
        rest = " ".join(texts[k:])
        if len(texts) - k > TWIN_LINES or any(evidence(t).marked > 0 for t in texts[k:]):
            continue
        if (line_lang(" ".join(texts[:k])) == Lang.VI and evidence(rest).tokens >= 2
                and classify(rest)[0] == Lang.EN):
            log.debug("a label over its English twin: %r / %r", texts[0], rest)
            return [k]
    return []


def _label_side(text: str) -> str:
    """A label line's language: Vietnamese when a word bears a mark; English when none does
    and its words are no Vietnamese syllables, or read as English; else unknown."""
    ev = evidence(text)
    if not ev.tokens:
        return Lang.UNKNOWN
    if ev.marked > 0:
        return Lang.VI
    if ev.syllables == 0 or classify(text)[0] == Lang.EN:
        return Lang.EN
    return Lang.UNKNOWN


def label_parts(para: Para) -> list[list[int]]:
    """The word indices of a label's runs of lines of one language (``_label_side``; a line
    of unknown language stays with the lines above it): a bar's name set over its English
    twin, a source line over its twin, read as one block, are a label in each language."""
    parts: list[list[int]] = []
    last = None
    for line in para.lines:
        side = _label_side(line.text)
        if not parts or (side != Lang.UNKNOWN and last is not None and side != last):
            parts.append([])
        parts[-1].extend(line.words)
        last = side if side != Lang.UNKNOWN else last
    if len(parts) > 1:
        log.debug("a label cut into %d runs of one language: %r", len(parts), para.lines[0].text)
    return parts
