"""OCR: paragraphs set a few points apart, in narrow ragged columns.

A newspaper's narrow columns set flush left end every line short, so a paragraph's short last
line shows nothing, and its paragraphs are parted by a few points of white (a fifth of the
leading) where a text layer's ``layout.SPACED_PITCH`` finds them. OCR's baselines jitter by
a tenth of the pitch from line to line, so that rule is asked of text layers only, and
``layout.PITCH_JUMP`` (1.35) missed these breaks: two paragraphs read as one on both sides
of a front page, and the links of both went wrong (front-page scans). On an OCR page a line
that ends a sentence, followed by a line opening with a capital letter ``OCR_SPACED``
pitches or more below it, measured at both the lines' baselines and their tops (jitter
moves one, seldom both), starts a paragraph, when that line is in mixed case (a paragraph's
first line: a heading in capitals under a box's last line is left to the rules of headings,
and read apart it changed the roles of a bulletin's information box, programme scans).

Pure logic.
"""

from __future__ import annotations

from magpipe.split.pieces import Line
from magpipe.text.headings import upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

OCR_SPACED = 1.2     # x the region's pitch: a step this long, baselines and tops both
MIXED_SHARE = 0.5    # share of capitals among its letters under which a line is in mixed case


def spaced_paragraph(prev: Line, line: Line, pitch: float) -> bool:
    """On an OCR page, ``line`` starts a paragraph set a few points under ``prev`` (see the
    module)."""
    if prev.text.rstrip()[-1:] not in SENTENCE_ENDS or not line.text[:1].isupper() or \
            upper_share(line.text) >= MIXED_SHARE:
        return False
    return line.base - prev.base >= OCR_SPACED * pitch and \
        line.box[1] - prev.box[1] >= OCR_SPACED * pitch
