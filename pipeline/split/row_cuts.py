"""One row of a page read as two blocks: a Vietnamese part and its English twin (or a page
number) standing on one row, a wide gap between them.

A rubric and its twin (``TIÊU ĐIỂM`` ... ``Focal Points``) or a running head and its page
number share a row a wide gap apart. And where a page sets each language in its own column
group, a title's line and its twin's stand level on either side of the gutter; when something
spans the gutter just above them (a rule OCR read as a line of junk, a stray mark), the page's
cut into columns cannot pass between them and the two lines join into one row. Such a row
shows a gap far wider than a word space right over the gutter between two of the page's
columns (``over_gutter``), and its two halves read as different languages. A title across
the columns in one language has no such gap, and if it had, its halves would read as the same
language. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import classify
from magpipe.split.layout import ROW_GAP, Para
from magpipe.split.pieces import make_line
from magpipe.split.roles import page_number_like

GUTTER_GAP = 2.0     # x body size: a gap at least this wide over a gutter parts two columns'
                     # lines (a word space is a third of the body size; a gutter about one
                     # and a half, and a line ending short of its column widens it)


def over_gutter(words: tuple[Word, ...], left: int, right: int,
                columns: tuple[tuple[float, float], ...], body: float) -> bool:
    """The gap between words ``left`` and ``right`` of one row is ``GUTTER_GAP`` body sizes
    wide or more and holds the middle of a gutter between two neighbouring columns."""
    lo, hi = words[left].box[2], words[right].box[0]
    if hi - lo < GUTTER_GAP * body:
        return False
    return any(lo <= (a[1] + b[0]) / 2 <= hi for a, b in zip(columns, columns[1:], strict=False))


def cut_row(words: tuple[Word, ...], para: Para, body: float, band: bool,
             columns: tuple[tuple[float, float], ...] = ()) -> list[Para]:
    """A one-line block with a wide gap (or one over a gutter, ``over_gutter``) between a
    Vietnamese and an English part (a rubric and its twin on one row, ``TIÊU ĐIỂM`` ...
    ``Focal Points``), or between a page number and the rest (``ABSTRACTS`` ... ``1``), is
    two blocks."""
    idx = para.lines[0].words
    gaps = [(words[b].box[0] - words[a].box[2], k + 1)
            for k, (a, b) in enumerate(zip(idx, idx[1:], strict=False))]
    if not gaps or max(gaps)[0] < ROW_GAP * body and not over_gutter(
            words, idx[max(gaps)[1] - 1], idx[max(gaps)[1]], columns, body):
        return [para]
    cut = max(gaps)[1]
    left, right = list(idx[:cut]), list(idx[cut:])
    texts = [" ".join(words[i].text for i in part) for part in (left, right)]
    langs = {classify(t)[0] for t in texts}
    # a page number set a wide gap from the running head on its row (in the page's top or
    # bottom band: a contents entry's number stays with it) is a block of its own
    numbered = band and any(page_number_like(t) for t in texts)
    if not numbered and (Lang.UNKNOWN in langs or len(langs) < 2):
        return [para]
    lines = [make_line(words, part) for part in (left, right)]
    return [Para(lines=(ln,), box=ln.box, region=para.region) for ln in lines]
