"""Text turned a quarter: a line set upright along a photo's edge or a page's margin.

Magazines set a photo's credit upright beside it (``Ảnh: NAME`` reading upwards along its
outer edge), and some a running label along the page's edge. A text layer and an OCR both
give such a line's words one by one, each in a box taller than wide, stacked one over the
other in a narrow strip: read with the page's rows, each word joins whatever line of the
columns shares its height (a body paragraph picks up ``Photo:``, a lone ``DŨNG`` reads as a
title), and the strip between a photo and a column can hide a gutter.

``turned_runs`` finds those lines from a word of ``TURNED_LETTERS`` letters or more set
upright. A text layer measures a word's box on its type's line box, the page's own ratio of
line box to font size (the median of its words' smaller sides) times the word's size
(``Word.size``): a level word is as high as its
line box and as long as its text; a word set upright is as *wide* as its line box (to
``LINE_BOX``) and at least ``TURNED_TALL`` times as high (a word of three letters runs longer
than its line box is high; a square word of three letters, ``TRÍ``, is found with the
line's longer words). An OCR measures ink, not line boxes: a word set upright there is
``OCR_TALL`` times as high as wide or more (no word of three letters set level is). The line
is that word and the words stacked with it in a strip of its width, each within
``TURNED_GAP`` of the strip's width from the next (a word space; the next turned line, or a
second credit, stands further off): on a text layer on exactly its x range (``SAME_EDGE``:
the words of a turned line share its height as their width; words set level in a column
share both edges only by chance), on an OCR alike in width and overlapping across it (a word
of a letter or two with Vietnamese marks lying across the strip may be up to
``TURNED_MARKED`` times as wide: its marks stand beside its letters). A
line of one word must be ``LONE_TALL`` times as high as wide (a page mixing faces measures
a word against another face's line box), unless it is a line of a strip of them: beside a
line of several words, as wide, starting flush with it (``FLUSH``; a title's last word
wrapped alone). The
words of a run are read in the order the page gives them (a text layer's and an OCR's own
reading order: upwards or downwards, as set). ``upright`` hides those words from the page's
geometry (their text blanked, the word indices kept), and ``turned_drafts`` gives each run
back as a block of its own:

* a run reading as a photo credit (``Ảnh: NAME``, ``Photo: NAME``) is the credit of the photo
  it stands along: read right after that photo's captions (the caption drafts lying on or
  within ``PHOTO_REACH`` body sizes of the photo), so that align joins it to them; a
  Vietnamese credit is a ``credit`` block, the English one a ``caption`` block (the split's
  convention for a credit cut from its caption: the English credit stays in the English
  half);
* the lines of a photo's caption strip (turned lines beside it, not all credits) are its
  captions, read where the photo stands (``split.turned_captions``);
* the lines of a strip of display type beside a body of text are that text's titles, read
  before it (``split.turned_titles``);
* any other turned line (a label along the page's edge) belongs to no article (``header``),
  read at the page's end; so does a piece of one that OCR cut at its dash, which opens with
  the dash and no label (``- TRUNG TỈNH LẠNG SƠN``) right by another run in its strip.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box, across, down, shares_width, union
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.split.drafts import Draft
from magpipe.split.layout import column_of
from magpipe.split.turned_captions import (
    PHOTO_REACH,
    credit_run,
    photo_place,
    read_well,
    run_lang,
    strip_drafts,
    strips,
)
from magpipe.split.turned_titles import title_drafts, title_place, title_strips
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

TURNED_LETTERS = 3    # letters or digits of a word that tells it is set upright (a word of
                      # one letter or two is about as high as wide either way)
LINE_BOX = 0.12       # share of the line box: a text-layer word set upright is that wide ...
TURNED_TALL = 1.25    # ... and at least this many times the line box high
OCR_TALL = 1.5        # ink height over width: an OCR word set upright (three letters or more)
LONE_TALL = 2.0       # height over width: a turned line of one word is this long at least (a
                      # word set level measures one against a line box of another face)
FLUSH = 0.15         # x a turned line's width: lines of a strip set flush start this close
SAME_EDGE = 0.2       # points: two words' boxes with both edges this close share their x range
TURNED_ALIKE = 1.5    # OCR: the widths of a run's words differ by this factor at most ...
TURNED_OVERLAP = 0.6  # ... and overlap by this share of the narrower box
TURNED_MARKED = 2.0   # OCR: a word of a letter or two with Vietnamese marks set upright is up
                      # to this many times the strip's width: its marks stand beside its
                      # letters (``TẾ`` of a turned ``QUỐC TẾ``, left a word of its own)
TURNED_GAP = 0.6      # x the strip's width: white between two words of one turned line, at
                      # most (a word space is a third of the type's size; the box's width is
                      # the line's height)
_CAPTION_ROLES = frozenset({Role.CAPTION, Role.CREDIT})
_SEPARATORS = frozenset("-–—:")    # what parts a credit's label from its name


def _letters(text: str) -> int:
    return sum(map(str.isalnum, text))      # (asked of every word of a page: no generator)


def _line_box(words: tuple[Word, ...]) -> float:
    """A text layer's ratio of line box to font size, the page's median (0: none): a word's
    box is its line box high when set level and that wide when set upright, so the smaller
    side measures it either way (a page of a large photo and its turned captions may hold
    more upright words than level ones)."""
    ratios = sorted(min(w.box[3] - w.box[1], w.box[2] - w.box[0]) / w.size for w in words
                    if w.size > 0 and _letters(w.text) >= TURNED_LETTERS)
    return ratios[len(ratios) // 2] if ratios else 0.0


def _seed(w: Word, exact: bool, ratio: float) -> bool:
    """The word shows it is set upright by its own box (see the module)."""
    width, height = w.box[2] - w.box[0], w.box[3] - w.box[1]
    if width <= 0 or height <= width or _letters(w.text) < TURNED_LETTERS:
        return False
    if not exact:
        return height >= OCR_TALL * width
    line = ratio * w.size
    return abs(width - line) <= LINE_BOX * line and height >= TURNED_TALL * line


def _stacked(a: Box, b: Box, exact: bool) -> bool:
    """Two boxes of one upright strip (see the module)."""
    if exact:
        return abs(a[0] - b[0]) <= SAME_EDGE and abs(a[2] - b[2]) <= SAME_EDGE
    wa, wb = a[2] - a[0], b[2] - b[0]
    if min(wa, wb) <= 0 or max(wa, wb) > TURNED_ALIKE * min(wa, wb):
        return False
    return shares_width(a, b, TURNED_OVERLAP)


def _marked_across(w: Word, strip: Box) -> bool:
    """An OCR word of fewer than ``TURNED_LETTERS`` letters, with Vietnamese marks, lying
    across an upright strip's whole width and at most ``TURNED_MARKED`` times as wide: a
    short word of the turned line, its marks beside its letters."""
    width = strip[2] - strip[0]
    return 0 < _letters(w.text) < TURNED_LETTERS and has_vietnamese_marks(w.text) and \
        w.box[0] <= strip[0] and w.box[2] >= strip[2] and \
        w.box[2] - w.box[0] <= TURNED_MARKED * width


# ``turned_runs`` and ``upright`` of a page's words, asked three and two times a page (the
# document's body sizes, the page's geometry, its drafts): the last pages' answers, keyed by
# the identity of their word tuples (immutable, kept alive by the entry, so an identity cannot
# be reused while its entry stands). The same upright tuple each time also lets the memos
# keyed on it downstream (``pieces.size_shares``) answer. Emptied when full (``RUNS_MEMO``).
RUNS_MEMO = 128
_runs_memo: dict[tuple[int, bool], tuple[tuple[Word, ...], list[tuple[int, ...]]]] = {}
_upright_memo: dict[tuple[int, bool], tuple[tuple[Word, ...], tuple[Word, ...]]] = {}


def turned_runs(words: tuple[Word, ...], exact: bool = True) -> list[tuple[int, ...]]:
    """The lines of ``words`` set turned a quarter, each its word indices in the page's order
    (see the module; ``exact``: a text layer's words, else an OCR's)."""
    if not isinstance(words, tuple):
        return _found_runs(words, exact)
    known = _runs_memo.get((id(words), exact))
    if known is None or known[0] is not words:
        if len(_runs_memo) >= RUNS_MEMO:
            _runs_memo.clear()
        known = _runs_memo[(id(words), exact)] = (words, _found_runs(words, exact))
    return list(known[1])


def _found_runs(words: tuple[Word, ...], exact: bool) -> list[tuple[int, ...]]:
    """``turned_runs``, worked out."""
    tall = [i for i, w in enumerate(words) if w.box[3] - w.box[1] > w.box[2] - w.box[0]
            and _letters(w.text) >= TURNED_LETTERS]
    if not tall:
        return []
    ratio = _line_box(words) if exact else 0.0
    seeds = [i for i in tall if _seed(words[i], exact, ratio)]
    taken: set[int] = set()
    runs: list[tuple[int, ...]] = []
    lone: list[int] = []
    for seed in seeds:
        if seed in taken:
            continue
        strip = words[seed].box
        width = strip[2] - strip[0]
        near = sorted((i for i, w in enumerate(words) if i not in taken and w.text.strip()
                       and (_stacked(w.box, strip, exact)
                            or not exact and _marked_across(w, strip))),
                      key=lambda i: words[i].box[1])
        at = near.index(seed)
        run = [seed]
        top, bottom = strip[1], strip[3]
        for i in reversed(near[:at]):            # upwards from the seed
            if top - words[i].box[3] > TURNED_GAP * width:
                break
            run.append(i)
            top = min(top, words[i].box[1])
        for i in near[at + 1:]:                  # and downwards
            if words[i].box[1] - bottom > TURNED_GAP * width:
                break
            run.append(i)
            bottom = max(bottom, words[i].box[3])
        if len(run) < 2 and words[seed].box[3] - words[seed].box[1] < LONE_TALL * width:
            lone.append(seed)   # a word alone, not long enough to tell it from a level one
            continue            # (unless it is a line of a strip: below)
        taken.update(run)
        runs.append(tuple(sorted(run)))
    runs += [(i,) for i in _strip_lines(words, lone, runs, taken)]
    if not exact:
        runs = _ocr_lines(words, runs)
    for found in runs:
        log.debug("a line turned a quarter: %r", " ".join(words[i].text for i in found))
    return runs


def _strip_lines(words: tuple[Word, ...], lone: list[int], runs: list[tuple[int, ...]],
                 taken: set[int]) -> list[int]:
    """The words of ``lone`` (seeds standing alone) that are a line of their own in a strip of
    turned lines: beside one of ``runs``, as wide as it (to ``LINE_BOX``), within
    ``TURNED_GAP`` of its width across, and starting flush with it (the foot or the head of
    both within ``FLUSH`` of its width): a title's last word wrapped onto a line alone."""
    boxes = [union([words[i].box for i in run]) for run in runs if len(run) > 1]
    found = []
    for i in lone:
        box = words[i].box
        width = box[2] - box[0]
        if i not in taken and any(
                abs((b[2] - b[0]) - width) <= LINE_BOX * width and down(b, box) > 0
                and -across(b, box) <= TURNED_GAP * width
                and min(abs(b[3] - box[3]), abs(b[1] - box[1])) <= FLUSH * width
                for b in boxes):
            found.append(i)
            taken.add(i)
    return found


def _of_line(text: str) -> bool:
    """A word OCR read on a turned line that joins it: one holding a letter or digit, or a
    dash or colon parting a label; a speck read as ``~`` or ``.`` beside the strip does not."""
    text = text.strip()
    return any(c.isalnum() for c in text) or (bool(text) and set(text) <= _SEPARATORS)


def _ocr_lines(words: tuple[Word, ...], runs: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """OCR: runs holding words of one line as OCR read it, in one strip (overlapping across),
    joined, with that line's other words (a dash, a word of another width the stacking
    missed), where every word of that line lies in the strip: OCR read them as one turned
    line. (A line OCR read across the page, level words and all, joins nothing.)"""
    members: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        members.setdefault(w.line, []).append(i)
    out: list[set[int]] = []
    for run in runs:
        box = union([words[i].box for i in run])
        lines = {words[i].line for i in run
                 if all(box[0] <= (words[j].box[0] + words[j].box[2]) / 2 <= box[2]
                        for j in members[words[i].line] if words[j].text.strip())}
        into = next((g for g in out if lines and across(box, union([words[i].box for i in g]))
                     > 0 and lines & {words[i].line for i in g}), None)
        group = set(run) | {j for line in lines for j in members[line]
                            if _of_line(words[j].text)}
        if into is None:
            out.append(group)
        else:
            into.update(group)
    joined: list[tuple[int, ...]] = []
    seen: set[int] = set()
    for group in out:          # (a word in one run only)
        group -= seen
        if group:
            joined.append(tuple(sorted(group)))
            seen |= group
    return joined


def upright(words: tuple[Word, ...], exact: bool = True) -> tuple[Word, ...]:
    """The page's words with those of turned lines blanked (indices kept): what the page's
    geometry reads (``exact``: a text layer's words)."""
    known = _upright_memo.get((id(words), exact))
    if known is not None and known[0] is words:
        return known[1]
    hidden = {i for run in turned_runs(words, exact) for i in run}
    level = words if not hidden else tuple(replace(w, text="") if i in hidden else w
                                          for i, w in enumerate(words))
    if isinstance(words, tuple):
        if len(_upright_memo) >= RUNS_MEMO:
            _upright_memo.clear()
        _upright_memo[(id(words), exact)] = (words, level)
    return level


def _cut_piece(text: str, box: Box, boxes: list[Box]) -> bool:
    """A run opening with a credit's separator but no label (``- TRUNG TỈNH LẠNG SƠN``)
    touching another run in its strip: a label along the page's edge that OCR read in two
    pieces at its dash, no credit (a credit set upright names its label)."""
    width = box[2] - box[0]
    return text.lstrip()[:1] in _SEPARATORS and any(
        other != box and across(other, box) > 0 and _gap(other, box) <= TURNED_GAP * width
        for other in boxes)


def _gap(a: Box, b: Box) -> float:
    """White between two boxes, side by side or one over the other (0 when they touch or
    overlap): the larger of the gaps ``across`` and ``down`` give as negative shares."""
    return max(-across(a, b), -down(a, b), 0.0)


def _captions_of(photo: Box, drafts: list[Draft], boxes: list[Box], body: float) -> list[int]:
    """The caption drafts of a photo: those within ``PHOTO_REACH`` body sizes of it, and those
    as close to one of them (a caption stacked under its twin), in reading order."""
    captions = [k for k, d in enumerate(drafts) if d.role in _CAPTION_ROLES and d.words]
    found = {k for k in captions if _gap(photo, boxes[k]) <= PHOTO_REACH * body}
    grown = True
    while grown:
        more = {k for k in captions if k not in found and any(
            _gap(boxes[k], boxes[j]) <= PHOTO_REACH * body for j in found)}
        found |= more
        grown = bool(more)
    return sorted(found)


def turned_drafts(words: tuple[Word, ...], drafts: list[Draft], photos: tuple[Box, ...],
                  columns: tuple[tuple[float, float], ...], body: float,
                  exact: bool = True) -> list[Draft]:
    """``drafts`` (a page's, in reading order) with the page's turned lines put in as drafts of
    their own (see the module; ``exact``: a text layer's words)."""
    runs = turned_runs(words, exact)
    if not runs:
        return drafts
    out = list(drafts)
    boxes = [union([words[i].box for i in d.words]) if d.words else (0.0, 0.0, 0.0, 0.0)
             for d in out]
    run_boxes = [union([words[i].box for i in run]) for run in runs]
    texts = [" ".join(words[i].text for i in run) for run in runs]
    done: set[int] = set()
    for photo, members in strips(photos, run_boxes, body):
        if all(credit_run(texts[k]) for k in members) or \
                not read_well(words, [i for k in members for i in runs[k]]):
            continue        # credits set upright along the photo's edge, or noise: below
        at = photo_place(photo, out, boxes)
        region = out[at - 1].region if at else (out[0].region if out else 0)
        found = strip_drafts(words, [runs[k] for k in members], columns, region)
        out[at:at] = found
        boxes[at:at] = [union([words[i].box for i in d.words]) for d in found]
        done.update(members)
    free = [k for k in range(len(runs)) if k not in done and read_well(words, runs[k])]
    for strip in title_strips(words, runs, run_boxes, free, out, boxes, body, exact):
        if all(credit_run(texts[k]) for k in strip):
            continue        # credits set upright (a title's line in capitals may read as one)
        box = union([run_boxes[k] for k in strip])
        at = title_place(box, out, boxes, body)
        region = out[at].region if at < len(out) else (out[-1].region if out else 0)
        found = title_drafts(words, [runs[k] for k in strip], columns, region)
        out[at:at] = found
        boxes[at:at] = [union([words[i].box for i in d.words]) for d in found]
        done.update(strip)
    for k, (run, box) in enumerate(zip(runs, run_boxes, strict=True)):
        if k in done:
            continue
        text = texts[k]
        column = column_of(box, columns)
        if not credit_run(text) or _cut_piece(text, box, run_boxes):
            out.append(Draft(list(run), Role.HEADER, out[-1].region if out else 0, column))
            boxes.append(box)
            continue
        lang = run_lang(text)
        role = Role.CREDIT if lang == Lang.VI else Role.CAPTION
        nearest = min(photos, key=lambda p: _gap(p, box), default=None)
        at = len(out)
        if nearest is not None and _gap(nearest, box) <= PHOTO_REACH * body:
            near = _captions_of(nearest, out, boxes, body)
            if near:
                at = near[-1] + 1
        region = out[at - 1].region if at else (out[0].region if out else 0)
        out.insert(at, Draft(list(run), role, region, column,
                             None if lang == Lang.UNKNOWN else lang))
        boxes.insert(at, box)
    return out

