"""OCR: the line pitch of a page too short to measure its own, from the document's other pages.

``xycut.line_pitch`` measures a page's leading as the median step between neighbouring lines
of a column, and needs five steps for it; with fewer it guesses ``1.25`` x the body size. That
guess holds for a text layer, whose sizes are font sizes, but an OCR page's body size is the
height of its words' ink boxes, well under the font size: a page that holds only the last lines
of an article carried over from the page before (four lines of two columns, statistics scans)
got a pitch of two thirds of the real one, every line of it then stood a paragraph gap under the
line above (``layout.PITCH_JUMP``) and the paragraph was cut into one block per line.

The document's other OCR pages are set at the same leading: each page that measures its own
pitch gives its pitch over its body size, and a page that cannot measure takes the median of
those ratios times its own body size (a page set in another size keeps its proportions). With
no page measured, nothing changes. Text-layer pages keep their own guess (their size is the
font's, and ``1.25`` of it is the leading of most faces).

Pure logic on words.
"""

from __future__ import annotations

import logging
from statistics import median

from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import line_lang
from magpipe.split.ocr_spacing import MIXED_SHARE
from magpipe.split.pieces import Line, body_size_of, build_pieces
from magpipe.split.xycut import line_pitch
from magpipe.text.headings import upper_share

log = logging.getLogger(__name__)


def pitch_ratio(pages: list[tuple[Word, ...]]) -> float | None:
    """The median over ``pages`` (OCR pages' words) of each page's own line pitch over its body
    size, among the pages with lines enough to measure it; None when none has."""
    ratios = []
    for words in pages:
        if not words:
            continue
        body = body_size_of(words)
        pitch = line_pitch(build_pieces(words, body), body, fallback=0.0)
        if pitch > 0 and body > 0:
            ratios.append(pitch / body)
    return median(ratios) if ratios else None


def fallback_pitch(words: tuple[Word, ...], ratio: float | None) -> float | None:
    """The pitch an OCR page of ``words`` takes when its own lines are too few to measure it:
    the document's ``ratio`` (``pitch_ratio``) times the page's body size."""
    if ratio is None or not words:
        return None
    return ratio * body_size_of(words)


def unmeasured_pitch(lines: list[Line], exact: bool, page_pitch: float, body: float,
                     borrowed: bool = True) -> float:
    """The pitch of a region of ``lines`` too few to measure their own (``layout.paragraphs``):
    ``1.25`` x their median size on a text layer; on an OCR page that took the document's pitch
    (``page_pitch``, ``borrowed``), for lines of text in mixed case, that pitch over the
    body size (``body``) times their size, the same proportion as the document's body text (ink
    boxes run well under the font size, and ``1.25`` of them is under the leading of body text:
    two lines of a paragraph stood a paragraph gap apart). Lines in capitals (a letterhead's, a
    heading's, set apart at whatever leading their design asks) keep the guess, which parts
    them. On a page that measures its own pitch (``page_pitch``, not ``borrowed``) the same
    holds only for lines each plainly of one language, the same (``langid.line_lang``): two
    lines of a paragraph cut off at a page's foot under a photo (feature-2-scanned: ``Tham dự
    buổi tiếp …`` cut after its first line) are; a table cell's Vietnamese line over its
    English twin (statistics scans), which the guess parts, is not."""
    size = median(ln.size for ln in lines)
    if exact or page_pitch <= 0 or body <= 0 or \
            upper_share(" ".join(ln.text for ln in lines)) >= MIXED_SHARE:
        return 1.25 * size
    if not borrowed and {line_lang(ln.text) for ln in lines} not in ({Lang.VI}, {Lang.EN}):
        return 1.25 * size          # (a line of no plain language, or lines of two)
    return page_pitch / body * size
