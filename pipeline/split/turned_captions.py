"""Captions turned a quarter: a photo's captions set in a narrow strip up (or down) its side.

Design and art magazines keep a photo wide by setting its captions turned a quarter in a
strip along its right or left side, the lines reading up the page from the photo's foot (or
down from its top), as long as the photo is deep: the Vietnamese caption, then the English,
each with its credit in the line or on a line of its own. ``split.turned`` finds each turned
line (a run); here the runs beside one photo are read as that photo's captions:

* a run stands beside a photo when it lies outside it, within ``PHOTO_REACH`` body sizes of
  its side, and within its depth (``DEPTH_SLACK`` body sizes over its top or under its
  foot); so does one within ``LINE_GAP`` line widths of such a run, in the photo's depth
  (``strips``: a strip of several lines runs further off the photo; the geometry lives
  in ``magpipe.caption_strips``, shared with extract's strips on a scan); a strip OCR read
  badly (``READ_WELL``) is noise, no caption;
* the strip's lines are read across it in the order the text runs: left to right when its
  words read upwards (a text turned anticlockwise starts at the strip's left), right to left
  when they read downwards (``caption_strips.reads_up``: most of its lines of two words or
  more, the first word under the last; so when none tells);
* a line ends its caption (the next starts another) when either line is a credit alone
  (``Ảnh: NAME`` set on a line of its own after a line ending a sentence: after ``... đến
  với Lạng``, ``Sơn. (Ảnh: BÙI THUẬN)`` is the caption's last line), when the white
  between the two is wider than ``LINE_GAP`` times a line's width (a caption's lines are set
  at its leading), when the
  next line's language is plainly another than the caption's so far (``line_lang`` of
  ``LANG_WORDS`` words or more), when the two lines' slants differ (a text layer's italic
  English under an upright Vietnamese), or when the line stops short of the strip's longest
  (``SHORT_LINE``) at a sentence's or a credit's end;
* each caption is a ``caption`` draft, a credit alone a ``credit`` draft when Vietnamese and a
  ``caption`` one in English (the split's convention for a credit cut from its caption),
  read where the photo stands in the page's reading order: before the first draft of no
  furniture whose top is at or under the photo's top.

A strip of credits alone (``Ảnh: NAME`` set upright along a photo's edge) is left to
``split.turned``, which reads each after the photo's level captions.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import FURNITURE_ROLES, Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.caption_strips import beside, gap_across, grown, reads_up
from magpipe.split.credit_lines import credit_line
from magpipe.split.drafts import Draft
from magpipe.split.keyed_captions import labelled_credit
from magpipe.split.langid import classify, credited_lang, line_lang
from magpipe.split.layout import column_of
from magpipe.text.credits import CREDIT_LINE

log = logging.getLogger(__name__)

PHOTO_REACH = 3.0   # x body size: a caption (or a turned line) this close to a photo is that
                    # photo's
DEPTH_SLACK = 0.5   # x body size: a strip's line stands out of the photo's depth this much at
                    # most (its first word's box against the photo's foot)
LINE_GAP = 1.0      # x a turned line's width (its type's line box): white between two lines of
                    # one caption at most (leading is a fraction of it; a new caption set
                    # apart stands further off)
SHORT_LINE = 0.8    # share of the strip's longest line: a line this long or shorter, ending
                    # a sentence or a credit's name, is its caption's last (a ragged line
                    # stops short of the measure by a word at most)
LANG_WORDS = 4      # words of a line from which its own language can tell a new caption
READ_WELL = 70.0    # OCR: mean confidence of a strip's words from which its lines can be
                    # captions (lines read the wrong way up, a page's running heads on a page
                    # OCR turned a quarter, read as noise at 25-60; a strip read upright, 95)
_SENTENCE_ENDS = frozenset(".!?)”\"")


def credit_run(text: str) -> bool:
    """A turned line that is a photo credit alone (``Ảnh: NAME``, ``Photo: NAME``)."""
    return bool(CREDIT_LINE.match(text.strip())) or credit_line(text)


def run_lang(text: str) -> str:
    """A turned line's or caption's language: its credit's label first, as for a caption's
    credit in its line, then its words."""
    return (labelled_credit(text) or credited_lang(text) or classify(text))[0]


def read_well(words: tuple[Word, ...], strip: Sequence[int]) -> bool:
    """A strip's words (indices) read well enough to be captions (``READ_WELL``; a text
    layer's words are read at 100)."""
    return sum(words[i].conf for i in strip) >= READ_WELL * len(strip)


def strips(photos: Sequence[Box], boxes: Sequence[Box],
           body: float) -> list[tuple[Box, list[int]]]:
    """Each photo with the turned lines of its caption strip (``boxes``: the lines' boxes),
    photos in the page's order, lines in theirs: the lines beside it (``PHOTO_REACH``; a line
    beside two photos is the nearer's), and the lines in its depth within ``LINE_GAP`` of a
    line's width of one of those (a strip of several lines runs further off the photo than a
    caption stands)."""
    reach, slack = PHOTO_REACH * body, DEPTH_SLACK * body
    found: dict[int, list[int]] = {}
    for k, box in enumerate(boxes):
        near = [j for j, p in enumerate(photos) if beside(p, box, reach, slack)]
        if near:
            found.setdefault(min(near, key=lambda j: gap_across(photos[j], box)), []).append(k)
    taken = {k for members in found.values() for k in members}
    for j, members in found.items():
        free = [k for k in range(len(boxes)) if k not in taken]
        members[:] = sorted(grown(photos[j], boxes, members, free, slack, LINE_GAP))
        taken.update(members)
    return [(photos[j], found[j]) for j in sorted(found)]


def _ends_sentence(text: str) -> bool:
    """A line ending a sentence or a credit's name (a word in capitals)."""
    text = text.strip()
    last = text.split()[-1] if text else ""
    return bool(text) and (text[-1] in _SENTENCE_ENDS or (last.isupper() and len(last) > 1))


def _slant(words: tuple[Word, ...], run: tuple[int, ...]) -> bool:
    return sum(words[i].italic for i in run) * 2 > len(run)


def _cuts(words: tuple[Word, ...], lines: list[tuple[int, ...]], boxes: list[Box],
          texts: list[str]) -> list[int]:
    """The indices of the lines that open a caption (see the module), the first included."""
    longest = max(b[3] - b[1] for b in boxes)
    # (a credit's shape with a word before its label, ``Sơn. (Ảnh: BÙI THUẬN)``, is the end
    # of a caption broken before its last word, unless the line before ends a sentence)
    credits = [credit_run(t) and (k == 0 or _ends_sentence(texts[k - 1]))
               for k, t in enumerate(texts)]
    cuts = [0]
    for k in range(1, len(lines)):
        prev, box = boxes[k - 1], boxes[k]
        width = min(prev[2] - prev[0], box[2] - box[0])
        gap = max(box[0] - prev[2], prev[0] - box[2])
        so_far = " ".join(texts[cuts[-1]:k])
        now, before = line_lang(texts[k]), line_lang(so_far)
        if credits[k - 1] or credits[k] or gap > LINE_GAP * width or \
                _slant(words, lines[k - 1]) != _slant(words, lines[k]) or \
                (len(texts[k].split()) >= LANG_WORDS and Lang.UNKNOWN not in (now, before)
                 and now != before) or \
                (prev[3] - prev[1] <= SHORT_LINE * longest and _ends_sentence(texts[k - 1])):
            cuts.append(k)
    return cuts


def strip_drafts(words: tuple[Word, ...], runs: Sequence[tuple[int, ...]],
                 columns: tuple[tuple[float, float], ...], region: int) -> list[Draft]:
    """The drafts of a photo's caption strip, its turned lines ``runs`` (see the module), in
    reading order."""
    boxes = {run: union([words[i].box for i in run]) for run in runs}
    up = reads_up([words[i].box for i in run] for run in runs)
    lines = sorted(runs, key=lambda r: boxes[r][0], reverse=not up)
    texts = [" ".join(words[i].text for i in run) for run in lines]
    line_boxes = [boxes[r] for r in lines]
    cuts = _cuts(words, lines, line_boxes, texts)
    out: list[Draft] = []
    for a, b in zip(cuts, [*cuts[1:], len(lines)], strict=True):
        text = " ".join(texts[a:b])
        lang = run_lang(text)
        alone = b - a == 1 and credit_run(text) and (a == 0 or _ends_sentence(texts[a - 1]))
        role = Role.CREDIT if alone and lang == Lang.VI else Role.CAPTION
        box = union(line_boxes[a:b])
        out.append(Draft([i for run in lines[a:b] for i in run], role, region,
                         column_of(box, columns), None if lang == Lang.UNKNOWN else lang))
        log.debug("a turned caption beside a photo (%s): %r", role, text[:60])
    return out


def photo_place(photo: Box, drafts: list[Draft], boxes: list[Box]) -> int:
    """Where a photo stands in the page's reading order: the index of the first draft of no
    furniture whose top is at or under the photo's top (the end when none is)."""
    for k, (d, box) in enumerate(zip(drafts, boxes, strict=True)):
        if d.words and d.role not in FURNITURE_ROLES and box[1] >= photo[1]:
            return k
    return len(drafts)
