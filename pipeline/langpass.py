"""Two-pass OCR for Vietnamese + English pages: which lines to read again in English.

Tesseract run with ``vie+eng`` picks a model per word and gives bold and italic Vietnamese
to the English model, which drops the diacritics (``tỉnh`` -> ``tinh``): 92% syllable
accuracy on the scanned fixture, against 98% with ``vie`` alone. The ``vie`` model reads
English a little worse than ``eng`` (96% against 98%). So the page is read once with
``vie``; the lines that are English are cut out, stacked into one small image and read
again with ``eng``; their words replace the first reading. Pure planning here; the
images and Tesseract calls are in :mod:`pipeline.ocrpage`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from .damage import has_vietnamese_only_letter
from .ocr import OcrWord
from .vietnamese import has_vietnamese_marks

# English function words that are no Vietnamese word without marks either (so not "do",
# "to", "an", "in", "me", "no", "can", "may" ...).
ENGLISH_MARKERS = frozenset("""
the of and with for from that this these those was were has have had are been will would
is its it at by as on or but not their they them which who whose also into over under
about after before during between while than such other more most our your his her
""".split())

EN, VI, UNSURE = "en", "vi", "?"
PAD = 8          # pixels kept around a cut-out region
GAP = 30         # white pixels between stacked regions


def line_language(words: list[OcrWord]) -> str:
    tokens = [w.text.strip(".,;:!?()[]“”\"'’‘-–/") for w in words]
    tokens = [t for t in tokens if t and t[0].isalpha()]
    if not tokens:
        return UNSURE
    english = sum(t.lower() in ENGLISH_MARKERS for t in tokens)
    vietnamese = sum(has_vietnamese_only_letter(t) for t in tokens)
    if english >= 1 and english >= 0.12 * len(tokens) and vietnamese <= 0.2 * len(tokens):
        return EN
    if vietnamese >= 0.2 * len(tokens):
        return VI
    return UNSURE


def lines_of(words: tuple[OcrWord, ...]) -> list[list[OcrWord]]:
    return [list(ws) for _, ws in groupby(words, key=lambda w: w.line)]


# An English line the 'vie' model read with every word at least this sure, and with no
# Vietnamese mark, is kept: reading it again costs time and fixes little (measured on the
# scanned fixture: re-reading only doubtful lines halves the second pass).
SURE = 90.0


def doubtful(line: list[OcrWord]) -> bool:
    return any(w.conf < SURE or has_vietnamese_marks(w.text) for w in line)


def english_lines(lines: list[list[OcrWord]]) -> list[bool]:
    """Which lines are English; a line that does not tell takes its block neighbours' side."""
    langs = [line_language(line) for line in lines]
    blocks = [line[0].block for line in lines]
    decided = list(langs)
    for i, lang in enumerate(langs):
        if lang != UNSURE:
            continue
        before = next((langs[j] for j in range(i - 1, -1, -1)
                       if blocks[j] == blocks[i] and langs[j] != UNSURE), None)
        after = next((langs[j] for j in range(i + 1, len(langs))
                      if blocks[j] == blocks[i] and langs[j] != UNSURE), None)
        decided[i] = before or after or VI
    return [lang == EN for lang in decided]


@dataclass(frozen=True)
class Region:
    """A run of English lines of one block: where it is on the page and in the stack."""

    lines: tuple[int, ...]          # indices into the page's lines
    box: tuple[int, int, int, int]  # x0, top, x1, bottom in page pixels (padded)
    offset: int                     # top of the region in the stacked image


def plan_regions(lines: list[list[OcrWord]], english: list[bool], width: int,
                 height: int) -> list[Region]:
    regions: list[Region] = []
    offset = GAP
    i = 0
    while i < len(lines):
        if not english[i]:
            i += 1
            continue
        run = [i]
        while (i + 1 < len(lines) and english[i + 1]
               and lines[i + 1][0].block == lines[i][0].block):
            i += 1
            run.append(i)
        words = [w for j in run for w in lines[j]]
        box = _clear_of_others(
            (max(0, min(w.left for w in words) - PAD), max(0, min(w.top for w in words) - PAD),
             min(width, max(w.left + w.width for w in words) + PAD),
             min(height, max(w.top + w.height for w in words) + PAD)),
            words, [w for j, line in enumerate(lines) if j not in run for w in line])
        regions.append(Region(tuple(run), box, offset))
        offset += box[3] - box[1] + GAP
        i += 1
    return regions


def _clear_of_others(box: tuple[int, int, int, int], own: list[OcrWord],
                     others: list[OcrWord]) -> tuple[int, int, int, int]:
    """Shrink the padding so the cut-out holds no slice of a neighbouring line (its
    ascenders or descenders would be read as junk words)."""
    x0, top, x1, bottom = box
    own_top = min(w.top for w in own)
    own_bottom = max(w.top + w.height for w in own)
    for w in others:
        if w.left >= x1 or w.left + w.width <= x0 or w.top >= bottom or w.top + w.height <= top:
            continue
        if w.top + w.height <= own_top + 2:
            top = max(top, w.top + w.height + 1)
        elif w.top >= own_bottom - 2:
            bottom = min(bottom, w.top - 1)
    return x0, top, x1, max(bottom, top + 1)


def stack_size(regions: list[Region]) -> tuple[int, int]:
    width = max(r.box[2] - r.box[0] for r in regions) + 2 * GAP
    height = regions[-1].offset + regions[-1].box[3] - regions[-1].box[1] + GAP
    return width, height


def merge(lines: list[list[OcrWord]], regions: list[Region],
          second: tuple[OcrWord, ...]) -> tuple[OcrWord, ...]:
    """The first reading with each region's lines replaced by the second reading's words.

    A second-pass word goes to the region its centre falls in (by height in the stack),
    moves back to page coordinates, and joins the region line nearest to it vertically.
    """
    replaced: dict[int, list[OcrWord]] = {j: [] for r in regions for j in r.lines}
    centres = {j: (min(w.top for w in lines[j]) + max(w.top + w.height for w in lines[j])) / 2
               for j in replaced}
    for word in second:
        centre = word.top + word.height / 2
        region = next((r for r in regions
                       if r.offset <= centre <= r.offset + r.box[3] - r.box[1]), None)
        if region is None:
            continue
        left = word.left - GAP + region.box[0]
        top = word.top - region.offset + region.box[1]
        page_centre = top + word.height / 2
        target = min(region.lines, key=lambda j: abs(centres[j] - page_centre))  # noqa: B023
        first = lines[target][0]
        replaced[target].append(OcrWord(word.text, left, top, word.width, word.height, word.conf,
                                        first.line, first.block, word.line_height))
    out: list[OcrWord] = []
    for j, line in enumerate(lines):
        if replaced.get(j):
            out.extend(sorted(replaced[j], key=lambda w: w.left))
        else:
            out.extend(line)
    return tuple(out)
