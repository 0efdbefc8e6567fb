"""OCR: paragraphs of justified text set a few points apart.

Justified text shows where a paragraph ends by its short last line, and on a text layer also
by the few points of white set under it (``layout.SPACED_PITCH``). On OCR the rules of both
were held back: the short last line counts only where it closes a sentence (``.``, ``!``), and
the white only in ragged columns (``ocr_spacing``), since OCR baselines jitter by a tenth of
the pitch. Two breaks fell through (greeting, dogleg and stacked scans, where the two
language's intro and first paragraph were read as one block and their links went wrong):

* a salutation (``Kính gửi quý bạn đọc thân mến,``) or a sentence closed by a speck OCR read
  after its stop (``nước. '``): a short line that no stop ends;
* an intro whose last line happens to run full, set on its own leading above the body.

On an OCR page, a line starts a paragraph when it stands
``ocr_spacing.OCR_SPACED`` pitches or more under the line above, at their baselines and at their
tops both (jitter moves one, seldom both), opens with a capital in a line of mixed case (a
paragraph's first line; a heading in capitals is left to the rules of headings), and the line
above either ends short (``SHORT`` x the lines' size or more short of the text's right edge:
a justified line ends at the edge unless it ends its paragraph; in ragged text, short enough
that the next line's first word would have fitted; not centred, and with the next line running
full: in a list of short lines or a centred block each line falls short) or closes a sentence,
specks after the stop aside.

Pure logic on line pieces.
"""

from __future__ import annotations

from magpipe.split.ocr_spacing import MIXED_SHARE, OCR_SPACED
from magpipe.split.pieces import Line
from magpipe.text.headings import upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

SHORT = 2.0          # x the lines' size: white at a line's end that makes it short


def closes_sentence(text: str) -> bool:
    """The line's last word holding a letter or digit ends with a sentence's stop (OCR specks,
    ``'`` or ``.`` read from dust after it, aside)."""
    for token in reversed(text.split()):
        if any(c.isalnum() for c in token):
            return token[-1:] in SENTENCE_ENDS
    return False


def spaced_break(prev: Line, line: Line, pitch: float, left: float, right: float,
                 ragged: bool) -> bool:
    """On an OCR page, ``line`` starts a paragraph set a few points under ``prev`` (see the
    module); ``left``, ``right``: where the text's lines start and end."""
    if not line.text[:1].isupper() or upper_share(line.text) >= MIXED_SHARE or \
            upper_share(prev.text) >= MIXED_SHARE:
        return False
    if line.base - prev.base < OCR_SPACED * pitch or line.box[1] - prev.box[1] < OCR_SPACED * pitch:
        return False
    size = min(prev.size, line.size)
    room = right - prev.box[2]
    first = line.text.split()[0]
    # (in ragged text every line may end short: only if the next line's first word would have
    # fitted in the room left, as ``layout`` asks of a short last line)
    short = room >= SHORT * size and (not ragged or room > len(first) * line.cw + 0.5 * size)
    if abs(prev.box[0] - left - room) < size or right - line.box[2] >= SHORT * size:
        short = False     # centred (a pull quote's lines each fall short), or a list of short
                          # lines (an imprint's): a short line there ends no paragraph
    return short or closes_sentence(prev.text)
