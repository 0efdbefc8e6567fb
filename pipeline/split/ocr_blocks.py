"""OCR: a paragraph set a few points apart, where OCR's own layout analysis parted it.

``ocr_spacing`` starts a paragraph on an OCR page at a step of ``OCR_SPACED`` pitches at both
the lines' baselines and tops after a line closing a sentence (baselines jitter by a tenth of
the pitch, so one measure alone is not trusted). Two kinds of break slip through: a baseline
that jitters up while the top shows the white (a step of 1.17 pitches at the baselines and
1.38 at the tops after a justified paragraph's last line that happens to run full width,
overhead-2-scanned), and a paragraph whose text has no stop at its end (a list of those
attending, ``… and the Provincial Public Security``, in ragged columns, front-page-3-scanned).
Both were read as one paragraph with the next, in one language only, and the pair's links went
wrong.

Tesseract saw that white too: it groups a page's lines into blocks by the white between them,
and the next paragraph's first line opens a new block. On an OCR page a line that opens a new
OCR block, opens with a capital letter in mixed case (a paragraph's first line), and stands
``OCR_SPACED`` pitches or more below the line above it at the top and ``BLOCK_BASE`` or more
at the baseline, starts a paragraph, whatever the line above ends in, where OCR's blocks on
either side are whole paragraphs: the line above and the one over it share their block, as do
the line and the one under it. Where OCR reads a region poorly it cuts it into blocks of a line
or two, whose edges say nothing (a name carried over a line, ``… of the Provincial`` over
``People's Committee, …``, one line a block, quartet-1-scanned; summary-3-scanned). And the
two lines that are no paragraph's last (the one over the line above, and the line itself,
the first of a paragraph of two lines or more) fill ``FULL_SHARE`` of the column's measure or
more, as running text's lines do, ragged or not: an imprint's short lines, each office's
line over its twin, the pairs a few points apart, are a list, which cut into such pairs is no
longer the bilingual list ``twin_lists`` cuts line by line (cover-3-scanned).

Measured on the development families' scans (each OCR line matched to the truth block holding
its middle, a line paired with the next one down its column; the measure's test aside): of
the pairs that step so, under ``layout.PITCH_JUMP`` (the breaks no other rule need see), onto
a capital, 53 open a new block between whole blocks, 52 of them at a paragraph break (the
other one too: ``… in the time ahead.`` over ``Within the framework …`` on a half printed
upside down, where matching lines to the truth's boxes fails); without a new block the same
steps part 45 breaks from 6 lines of one paragraph, too many to read a break by them alone.

Pure logic on line pieces and the page's words.
"""

from __future__ import annotations

from magpipe.artifacts.pages import Word
from magpipe.split.ocr_spacing import MIXED_SHARE, OCR_SPACED
from magpipe.split.pieces import Line
from magpipe.text.headings import upper_share

BLOCK_BASE = 1.1     # x the region's pitch: the baseline step a new OCR block's line needs (its
                     # top step: ``OCR_SPACED``); a line of the same paragraph steps 1.0 +- 0.1
FULL_SHARE = 0.75    # x the column's measure: a paragraph's line other than its last fills this
                     # much, even set ragged (a long word carried over leaves a fifth at most)


def block_break(words: tuple[Word, ...], lines: list[Line], k: int, pitch: float,
                measure: tuple[float, float]) -> bool:
    """On an OCR page, ``lines[k + 1]`` opens a paragraph OCR set in a block of its own a few
    points under ``lines[k]`` (see the module); ``lines``: a region's, top to bottom;
    ``measure``: where the column's lines start and end."""
    if k < 1 or k + 2 >= len(lines) or pitch <= 0:
        return False
    over, prev, line, under = lines[k - 1:k + 3]
    if line.base - prev.base < BLOCK_BASE * pitch or \
            line.box[1] - prev.box[1] < OCR_SPACED * pitch:
        return False
    if not line.text[:1].isupper() or upper_share(line.text) >= MIXED_SHARE:
        return False
    least = measure[0] + FULL_SHARE * (measure[1] - measure[0])
    if over.box[2] < least or line.box[2] < least:
        return False
    # (lines made without the page's words, as some callers' are, hold no OCR block)
    if not all(ln.words and ln.words[0] < len(words) for ln in (over, prev, line, under)):
        return False
    above, old, new, below = (words[ln.words[0]].block for ln in (over, prev, line, under))
    return above == old != new == below
