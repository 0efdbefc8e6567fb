"""A sheet printed two up, one page over the other: each half read as a page of its own.

Offices print a meeting's papers, a handout or a leaflet two up to save paper: two small
landscape pages one over the other on each portrait sheet, each with its own margins, running
head, page number and columns, the text going on from the upper page to the lower one. Read
as one page, the sheet's columns run down through both pages (the lower page's first column
read straight after the upper page's first column, before the upper page's second), and the
lower page's running head and the upper page's foot stand in the middle of the sheet, where
no rule looks for a page's furniture.

``two_up`` finds such sheets and cuts each into its two pages, upper first, so that every
later pass (furniture, columns, reading order, paragraphs) sees ordinary pages; ``TwoUp.sewn``
puts the split stage's result back on the file's sheets (each half a page layout of its
sheet's number, its blocks' boxes and words those of the sheet: a record's pages stay the
file's pages, as ``imposition`` does for a booklet's halves).

A sheet is two up when, measured on its own text (words with a letter or digit, read with
some confidence: a dashed cutting line between the halves, or OCR's reading of it, is none):

* it is taller than wide and each half wider than tall (two landscape pages);
* no word and no photo crosses its middle, and each half holds ``HALF_LINES`` lines or more;
* the lower half's text begins where the sheet's does, half a sheet lower (within
  ``HEAD_SLACK`` body sizes): the lower page's top margin is the sheet's, its running head or
  first line set where the upper page's is;
* the white across the middle is at least ``GAP`` body sizes high, and the upper half's text
  ends ``FOOT_SHARE`` of the sheet's narrower margin (top or bottom) or more above the middle:
  the upper page keeps a margin of its own at its foot (a page whose text only pauses at its
  middle, between two articles, does not);
* when the sheet's last line is a bare page number, the upper half holds a bare number half a
  sheet higher (within ``HEAD_SLACK``): its own page number (one number at the foot of the
  sheet is a page's, not two pages'; a line of text that happens to stand there, a box's
  entry over an article that opens at the middle, is no page number);

and, over the document, more than half of the sheets with text in both halves are so (a
page that happens to pause at its middle is outvoted by the others). A sheet whose lower half
is empty (an odd last page) is cut as the others are when no line crosses its middle: the
upper page's foot (its page number) is then a foot.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import SplitArtifact
from magpipe.artifacts.pages import ExtractArtifact, Page, RepairArtifact, Word
from magpipe.split.pieces import JUNK_CONF

log = logging.getLogger(__name__)

HALF_LINES = 3      # fewest lines in each half for two pages
HEAD_SLACK = 1.5    # x body size: how far the lower page's first line may stand from where
                    # the sheet's first line is, half a sheet lower (a title's rule, a line's
                    # leading)
GAP = 3.0           # x body size: lowest white across the middle (two pages' margins; the
                    # space between two articles of one page is one or two lines)
FOOT_SHARE = 0.5    # least white under the upper half's text, as a share of the sheet's
                    # narrower margin: the upper page's own foot margin

# a page number printed alone (OCR may read a dash or a stroke beside it)
_NUMBER = re.compile(r"^[-–—|.\s]*\d{1,3}[-–—|.\s]*$")
_ALNUM = re.compile(r"\w")


@dataclass(frozen=True)
class _Cut:
    """Where a page of the cut document comes from."""

    sheet: int                  # the sheet's page number in the file
    top: float                  # the half's top on the sheet (0 for an upper half or a whole page)
    height: float               # the sheet's height
    words: tuple[int, ...]      # the sheet's index of each of the half's words


@dataclass(frozen=True)
class TwoUp:
    """A document with its two-up sheets cut into pages (``pages``: the artifact to split),
    and the way back to the file's sheets."""

    pages: ExtractArtifact | RepairArtifact
    cuts: tuple[_Cut, ...]      # one per page of ``pages``; empty when no sheet was cut

    def placed(self, number: int) -> tuple[int, float]:
        """Where page ``number`` of ``pages`` lies in the file: its sheet's page number and
        its top on that sheet (the role model's training labels its blocks by the file's
        truth, which knows only sheets)."""
        if not self.cuts:
            return number, 0.0
        cut = self.cuts[number - 1]
        return cut.sheet, cut.top

    def sewn(self, result: SplitArtifact) -> SplitArtifact:
        """``result`` (the split of ``pages``) on the file's sheets: pages, boxes, words and
        block ids those of the sheets (ids numbered on through a sheet's halves)."""
        if not self.cuts:
            return result
        cut_of = {k + 1: cut for k, cut in enumerate(self.cuts)}
        ids: dict[str, str] = {}
        count: Counter[int] = Counter()
        for layout in result.pages:
            sheet = cut_of[layout.number].sheet
            for b in layout.blocks:
                if b.id not in ids:
                    ids[b.id] = f"p{sheet}-b{count[sheet]}"
                    count[sheet] += 1
        layouts = []
        for layout in result.pages:
            cut = cut_of[layout.number]
            blocks = tuple(replace(b, id=ids[b.id], page=cut.sheet, box=_moved(b.box, cut.top),
                                   words=tuple(cut.words[i] for i in b.words),
                                   continued_from=None if b.continued_from is None
                                   else ids[b.continued_from])
                           for b in layout.blocks)
            layouts.append(replace(layout, number=cut.sheet, height=cut.height, blocks=blocks,
                                   images=tuple(_moved(i, cut.top) for i in layout.images)))
        return replace(result, pages=tuple(layouts))


def _moved(box: Box, dy: float) -> Box:
    return (box[0], box[1] + dy, box[2], box[3] + dy)


def _counted(w: Word) -> bool:
    """A word of the page's text: a letter or digit, read with some confidence."""
    return w.conf >= JUNK_CONF and _ALNUM.search(w.text) is not None


def _lines(words: Sequence[Word]) -> list[tuple[Box, str]]:
    """The page's lines (``Word.line``) of counted words: box and text."""
    grouped: dict[int, list[Word]] = {}
    for w in words:
        if _counted(w):
            grouped.setdefault(w.line, []).append(w)
    return [((min(w.box[0] for w in ws), min(w.box[1] for w in ws),
              max(w.box[2] for w in ws), max(w.box[3] for w in ws)),
             " ".join(w.text for w in ws)) for ws in grouped.values()]


def _line_spans(words: Sequence[Word]) -> list[tuple[float, float]]:
    """The top and foot of each of the page's lines of counted words (``_lines``' boxes'
    without their sides and texts: asked of every upright page taller than wide)."""
    spans: dict[int, list[float]] = {}
    for w in words:
        if _counted(w):
            span = spans.get(w.line)
            if span is None:
                spans[w.line] = [w.box[1], w.box[3]]
            else:
                if w.box[1] < span[0]:
                    span[0] = w.box[1]
                if w.box[3] > span[1]:
                    span[1] = w.box[3]
    return [(top, foot) for top, foot in spans.values()]


def _shaped(page: Page) -> bool:
    """The sheet may hold two landscape pages one over the other: it is upright, taller than
    wide, each half wider than tall, and no line of its text crosses its middle."""
    mid = page.height / 2
    return (not page.rotation and mid < page.width < page.height
            and not any(top < mid < foot for top, foot in _line_spans(page.words)))


def _halved(page: Page) -> bool | None:
    """Whether the sheet holds two pages one over the other (see the module's text); None
    when its halves do not both hold text (nothing to tell)."""
    mid = page.height / 2
    if page.rotation or not mid < page.width < page.height:
        return None
    if not _shaped(page):
        return False                        # a line crosses the middle
    lines = _lines(page.words)
    upper = [(box, text) for box, text in lines if box[3] <= mid]
    lower = [(box, text) for box, text in lines if box[1] >= mid]
    if len(upper) < HALF_LINES or len(lower) < HALF_LINES:
        return None
    body = statistics.median(w.size for w in page.words if _counted(w))
    top = min(box[1] for box, _ in lines)
    foot_box, foot_text = max(lines, key=lambda line: line[0][3])
    upper_end = max(box[3] for box, _ in upper)
    lower_start = min(box[1] for box, _ in lower)
    margin = min(top, page.height - foot_box[3])
    if any(photo[1] < lower_start and photo[3] > upper_end for photo in page.images):
        return False                        # a photo across the middle
    if (abs(lower_start - (mid + top)) > HEAD_SLACK * body
            or lower_start - upper_end < GAP * body or mid - upper_end < FOOT_SHARE * margin):
        return False
    if _NUMBER.match(foot_text):
        return any(abs(box[3] - (foot_box[3] - mid)) <= HEAD_SLACK * body and _NUMBER.match(text)
                   for box, text in upper)
    return True


def _half(page: Page, number: int, lower: bool) -> tuple[Page, _Cut]:
    """The upper or lower half of a sheet as a page of its own (``number``), and its cut."""
    mid = page.height / 2
    top = mid if lower else 0.0
    index = tuple(k for k, w in enumerate(page.words) if ((w.box[1] + w.box[3]) / 2 >= mid)
                  == lower)
    words = tuple(replace(page.words[k], box=_moved(page.words[k].box, -top)) for k in index)
    images = tuple(_moved(i, -top) for i in page.images if ((i[1] + i[3]) / 2 >= mid) == lower)
    # a frame, tint or rule goes with the half it lies wholly in; one across the middle (a
    # cutting line) belongs to neither page
    drawings = tuple(replace(d, box=_moved(d.box, -top)) for d in page.drawings
                     if not d.box[1] < mid < d.box[3] and (d.box[1] >= mid) == lower)
    return (replace(page, number=number, height=mid, words=words, images=images,
                    drawings=drawings),
            _Cut(page.number, top, page.height, index))


def two_up(artifact: ExtractArtifact | RepairArtifact) -> TwoUp:
    """The document with each two-up sheet cut into its two pages, upper first, every page
    numbered in turn (see the module's text); the document as it is when it prints no sheet
    two up."""
    verdicts = [_halved(page) for page in artifact.pages]
    told = [v for v in verdicts if v is not None]
    if not any(told) or 2 * sum(told) <= len(told):
        return TwoUp(artifact, ())
    pages: list[Page] = []
    cuts: list[_Cut] = []
    for page, halved in zip(artifact.pages, verdicts, strict=True):
        if halved or (halved is None and _shaped(page)):
            log.info("page %d: two pages printed one over the other (%s): read as two pages",
                     page.number, "the lower half's text begins half a sheet below the "
                     "sheet's, white across the middle" if halved else "a sheet of a "
                     "document printed two up, a half of it empty")
            for lower in (False, True):
                half, cut = _half(page, len(pages) + 1, lower)
                pages.append(half)
                cuts.append(cut)
        else:
            pages.append(replace(page, number=len(pages) + 1))
            cuts.append(_Cut(page.number, 0.0, page.height, tuple(range(len(page.words)))))
    return TwoUp(replace(artifact, pages=tuple(pages)), tuple(cuts))
