"""Text turned a quarter: a line set upright along a photo's edge or a page's margin.

Magazines set a photo's credit upright beside it (``Ảnh: NAME`` reading upwards along its
outer edge), and some a running label along the page's edge. A text layer and an OCR both
give such a line's words one by one, each in a box taller than wide, stacked one over the
other in a narrow strip: read with the page's rows, each word joins whatever line of the
columns shares its height (a body paragraph picks up ``Photo:``, a lone ``DŨNG`` reads as a
title), and the strip between a photo and a column can hide a gutter.

``turned_runs`` finds those lines: a word of ``TURNED_LETTERS`` letters or more whose box is
``TURNED_TALL`` times taller than wide or more (no word of three letters set level is), with
the words stacked with it in a strip of its width (boxes alike in width, overlapping across
it, each within ``TURNED_GAP`` of the strip's width from the next: a word space; the next
turned line, or a second credit, stands further off). The words of a run are read in the order
the page gives them (a text layer's and an OCR's own reading order: upwards or downwards, as
set). ``upright`` hides those words from the page's geometry (their text blanked, the word
indices kept), and ``turned_drafts`` gives each run back as a block of its own:

* a run reading as a photo credit (``Ảnh: NAME``, ``Photo: NAME``) is the credit of the photo
  it stands along: read right after that photo's captions (the caption drafts lying on or
  within ``PHOTO_REACH`` body sizes of the photo), so that align joins it to them; a
  Vietnamese credit is a ``credit`` block, the English one a ``caption`` block (the split's
  convention for a credit cut from its caption: the English credit stays in the English
  half);
* any other turned line (a label along the page's edge) belongs to no article (``header``),
  read at the page's end.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.split.credit_lines import credit_line
from magpipe.split.drafts import Draft
from magpipe.split.langid import classify
from magpipe.split.layout import column_of
from magpipe.text.credits import CREDIT_LINE

log = logging.getLogger(__name__)

TURNED_TALL = 1.5     # height over width: a word's box this tall or more is set upright ...
TURNED_LETTERS = 3    # ... when it holds this many letters or digits (a level word of three
                      # letters is wider than tall; one letter or two may be tall when level)
TURNED_ALIKE = 1.5    # the widths of a run's words differ by this factor at most (one size)
TURNED_OVERLAP = 0.6  # share of the narrower box: words of a run overlap across the strip
TURNED_GAP = 0.6      # x the strip's width: white between two words of one turned line, at
                      # most (a word space is a third of the type's size; the box's width is
                      # the line's height)
PHOTO_REACH = 3.0     # x body size: a caption this close to a photo is that photo's
_CAPTION_ROLES = frozenset({Role.CAPTION, Role.CREDIT})


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def _upright(w: Word) -> bool:
    width, height = w.box[2] - w.box[0], w.box[3] - w.box[1]
    return width > 0 and height >= TURNED_TALL * width and _letters(w.text) >= TURNED_LETTERS


def _alike(a: Box, b: Box) -> bool:
    """Two boxes of one upright strip: alike in width, overlapping across it."""
    wa, wb = a[2] - a[0], b[2] - b[0]
    if min(wa, wb) <= 0 or max(wa, wb) > TURNED_ALIKE * min(wa, wb):
        return False
    return min(a[2], b[2]) - max(a[0], b[0]) >= TURNED_OVERLAP * min(wa, wb)


def turned_runs(words: tuple[Word, ...]) -> list[tuple[int, ...]]:
    """The lines of ``words`` set turned a quarter, each its word indices in the page's order
    (see the module)."""
    seeds = [i for i, w in enumerate(words) if w.text.strip() and _upright(w)]
    if not seeds:
        return []
    taken: set[int] = set()
    runs: list[tuple[int, ...]] = []
    for seed in seeds:
        if seed in taken:
            continue
        strip = words[seed].box
        width = strip[2] - strip[0]
        near = sorted((i for i, w in enumerate(words) if i not in taken and w.text.strip()
                       and _alike(w.box, strip)), key=lambda i: words[i].box[1])
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
        taken.update(run)
        runs.append(tuple(sorted(run)))
    for found in runs:
        log.debug("a line turned a quarter: %r", " ".join(words[i].text for i in found))
    return runs


def upright(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The page's words with those of turned lines blanked (indices kept): what the page's
    geometry reads."""
    hidden = {i for run in turned_runs(words) for i in run}
    if not hidden:
        return words
    return tuple(replace(w, text="") if i in hidden else w for i, w in enumerate(words))


def _credit(text: str) -> bool:
    return bool(CREDIT_LINE.match(text.strip())) or credit_line(text)


def _gap(a: Box, b: Box) -> float:
    """White between two boxes (0 when they touch or overlap)."""
    dx = max(a[0] - b[2], b[0] - a[2], 0.0)
    dy = max(a[1] - b[3], b[1] - a[3], 0.0)
    return max(dx, dy)


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
                  columns: tuple[tuple[float, float], ...], body: float) -> list[Draft]:
    """``drafts`` (a page's, in reading order) with the page's turned lines put in as drafts of
    their own (see the module)."""
    runs = turned_runs(words)
    if not runs:
        return drafts
    out = list(drafts)
    boxes = [union([words[i].box for i in d.words]) if d.words else (0.0, 0.0, 0.0, 0.0)
             for d in out]
    for run in runs:
        box = union([words[i].box for i in run])
        text = " ".join(words[i].text for i in run)
        column = column_of(box, columns)
        if not _credit(text):
            out.append(Draft(list(run), Role.HEADER, out[-1].region if out else 0, column))
            boxes.append(box)
            continue
        lang = classify(text)[0]
        role = Role.CREDIT if lang == Lang.VI else Role.CAPTION
        photo = min(photos, key=lambda p: _gap(p, box), default=None)
        at = len(out)
        if photo is not None and _gap(photo, box) <= PHOTO_REACH * body:
            near = _captions_of(photo, out, boxes, body)
            if near:
                at = near[-1] + 1
        region = out[at - 1].region if at else (out[0].region if out else 0)
        out.insert(at, Draft(list(run), role, region, column,
                             None if lang == Lang.UNKNOWN else lang))
        boxes.insert(at, box)
    return out
