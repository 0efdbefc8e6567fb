"""OCR: a drawn pointer hanging before a caption's first line is no word of the caption.

Some publications lead each caption with a small drawn mark, a triangle pointing to its photo
(the captions set together between two photos, one pointing up to the upper photo and one
down to the lower), hung out in the margin: the caption's lines all start at one edge, the
mark left of it on the first line. On a text layer the mark is a drawing and never reaches
the text; on a scan OCR reads it as a letter or a digit (``4``, ``À``, ``Y``, ``Á.``), which
then opened the caption's text (``4 Đại biểu chứng kiến ...``).

``hanging_marks`` gives the marks of a scanned page's captions, which
``drafts.caption_drafts`` leaves out as it does dust. A mark is the first word of a caption's
first line, a glyph (one character, or one and a full stop; ``MARK_CHARS``) no wider than the
line's type is high, when the caption's other lines and those of the blocks set right under it
(within ``UNDER`` x the type's height: its credit's rest, its twin in the other language) all
start right of the mark's right end, and the word after the mark starts level with them
(``LEVEL`` x the type's height): the lines hang from that edge, the mark stands out in the
margin. A caption's key is no such mark: it opens the caption's sentence with a number and
its stop, a bracket or a dash (``1.``, ``(1)``, ``1 -``), and under a hanging number the other
language's entry hangs its own, so the lines do not all start at one edge.

Pure logic on a paragraph's lines.
"""

from __future__ import annotations

import logging
from statistics import median

from magpipe.artifacts.base import across
from magpipe.artifacts.pages import Word
from magpipe.split.layout import Para

log = logging.getLogger(__name__)

MARK_CHARS = 1      # characters of a mark's glyph (a full stop OCR read after it aside)
LEVEL = 0.3         # x the type's height: how far apart lines starting at one edge may start
UNDER = 1.5         # x the type's height: the most white between a caption and a block under it
                    # that hangs from its edge (a line's leading, the gap over its twin in the
                    # other language; the next photo's caption stands further off)


def _mark_text(text: str) -> bool:
    """A glyph: one character, or one and a full stop (not a key's number and stop)."""
    glyph = text[:-1] if len(text) > MARK_CHARS and text.endswith(".") else text
    return len(glyph) == MARK_CHARS and not (glyph.isdigit() and glyph != text)


def hanging_marks(words: tuple[Word, ...], paras: list[Para] | tuple[Para, ...],
                  captions: list[bool]) -> frozenset[int]:
    """The word indices of the marks hanging before the first lines of the page's captions
    (``captions``: which paragraphs are; see the module)."""
    out = set()
    for para, caption in zip(paras, captions, strict=True):
        if caption and (mark := _mark(words, para, paras)) is not None:
            out.add(mark)
    return frozenset(out)


def _mark(words: tuple[Word, ...], para: Para,
          paras: list[Para] | tuple[Para, ...]) -> int | None:
    """The mark hanging before the caption ``para``'s first line, if it has one."""
    if not para.lines or len(para.lines[0].words) < 2:
        return None
    first, after = (words[i] for i in para.lines[0].words[:2])
    height = median(words[i].box[3] - words[i].box[1] for i in para.lines[0].words)
    if not _mark_text(first.text) or first.box[2] - first.box[0] > height:
        return None
    lines = list(para.lines[1:])
    foot = para.box[3]
    for other in sorted((p for p in paras if p is not para and p.box[1] >= para.box[1]),
                        key=lambda p: p.box[1]):
        if other.box[1] - foot > UNDER * height:
            break
        if across(other.box, para.box) > 0:
            lines.extend(other.lines)
            foot = max(foot, other.box[3])
    starts = [words[line.words[0]].box[0] for line in lines if line.words]
    if not starts or min(starts) <= first.box[2] or \
            abs(median(starts) - after.box[0]) > LEVEL * height:
        return None
    log.debug("a mark hanging before a caption's first line: %r before %r", first.text,
              after.text)
    return para.lines[0].words[0]
