"""A caption's text cut by the split stage in the middle of a sentence, read as one again.

A caption set in a narrow measure beside its photo (ragged on the side away from the photo,
or set right) shows short lines and lines held in, which the split stage may read as a
paragraph's end or a first line's indent: the caption comes as two blocks, one under the
other, the first ending in the middle of its sentence with no credit, the second holding
the rest and the credit. Read apart, the first is a caption of its own without a credit and
the second, with the other language's caption between them in reading order, a second.

``runs_rejoined`` (on the caption and credit blocks a page gives align, in reading order,
each with the blocks it was read from): a block is read as one with an earlier block of its
page and language when it is set right under that block's last part, mostly within its
width (``photos.goes_on``), and that block's text names no photographer and ends no
sentence (``text.punctuation``): a caption runs on until its sentence and its credit end. A
credit alone on its line (``Ảnh: NAME``) is left to the caption rules (a credit line).

A label's lines share their left edge (a museum label, a field a line, set flush left): its
short first line (``Exhibit 1``, an object's number) may be much narrower than the lines
under it, which are then not "mostly within its width"; a block set just under the open
block's last part at its left edge goes on it as well (``_flush_under``).

On a scan the rest may also open on that block's last row: OCR boxed a word over the words
after it (``within`` reaching over ``the framework ...``), so the geometry read the row as
two pieces side by side and the piece on the right opened a block of its own with the lines
under it (front-page-1-scanned). Such a block opens inside the last row of the open block,
right of its left edge, and goes on under it (``_on_last_row``).
Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.align.photos import EDGE, LINE_GAP, credit_cut, goes_on
from magpipe.artifacts.base import Box, across, union
from magpipe.artifacts.layout import Block, Lang
from magpipe.text.punctuation import ends_sentence

log = logging.getLogger(__name__)


def _open(block: Block) -> bool:
    """The caption text stops short: no sentence end, no credit in its language."""
    lang = Lang.VI if block.lang == Lang.VI else Lang.EN
    return not ends_sentence(block.text) and credit_cut(block.text, lang)[1] is None


def _credit_alone(block: Block) -> bool:
    return any(text is None and credit is not None
               for text, credit in (credit_cut(block.text, lang) for lang in (Lang.VI, Lang.EN)))


def _on_last_row(box: Box, above: Box) -> bool:
    """``box`` opens on the last row of ``above`` (its top inside that box, under its top
    line) and goes on under it, within its width: the rest of a row OCR cut in two."""
    width = max(box[2] - box[0], 1.0)
    return (above[1] < box[1] < above[3] < box[3] - EDGE and box[0] >= above[0] - EDGE
            and above[3] - box[1] <= box[3] - above[3] + EDGE      # (a row over, then on)
            and across(box, above) >= 0.5 * width)


def _flush_under(box: Box, above: Box) -> bool:
    """``box`` is set just under ``above`` (as ``photos.goes_on`` reads it), its left edge
    at ``above``'s: the next line of a text set flush left, whatever the two lines' widths."""
    return -EDGE <= box[1] - above[3] <= LINE_GAP and abs(box[0] - above[0]) <= EDGE


def runs_rejoined(blocks: list[tuple[int, Block, tuple[Block, ...]]]
                  ) -> list[tuple[int, Block, tuple[Block, ...]]]:
    """(stream position, block, the blocks it was read from), with a caption's text cut in
    the middle of its sentence read as one block again (see the module)."""
    out: list[tuple[int, Block, tuple[Block, ...]]] = []
    for order, block, parts in blocks:
        k = next((k for k in range(len(out) - 1, -1, -1)
                  if out[k][1].page == block.page and out[k][1].lang == block.lang
                  and (goes_on(block.box, out[k][2][-1].box)
                       or _flush_under(block.box, out[k][2][-1].box)
                       or _on_last_row(block.box, out[k][2][-1].box))
                  and _open(out[k][1])), None)
        if k is None or _credit_alone(block):
            out.append((order, block, parts))
            continue
        first, prev, held = out[k]
        log.debug("p%d: caption text %r runs on in %r", block.page, prev.text[-30:],
                  block.text[:30])
        out[k] = (first, replace(prev, text=f"{prev.text} {block.text}",
                                 box=union((prev.box, block.box))), held + parts)
    return out
