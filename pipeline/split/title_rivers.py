"""A title cut down a river of its own word spaces is one title, whatever was read between.

On a scan, OCR boxes hold only the ink, and the spaces of a title set larger than the body
measure wider, in the page's body sizes, than the narrowest gutter: where the spaces of a
two-line title happen to line up, the strip down them is taken for a gutter, and the title is
read as two "columns", left half then right half. ``drafts.title_beside`` joins the halves
again when at most rubrics or specks were read between them; but the strip runs on down the
page, and whatever lies under the title's left half (a caption under a photo) is read before
the right half (sections scans: ``LEADER OF THE PROVINCIAL A COURTERY CALL FROM THE``).

The halves are told from two titles side by side (two stories' headlines over their columns)
by the white between them: in every row the halves share, the space between the left half's
last word and the right half's first is no wider than ``ROW_SPACE`` x the median space between
the words of that row (a gutter between columns stands wider than a word space of the type
beside it), and the halves share every row (a title's lines run across both). Then a title
piece, read after a title piece of its language with only blocks lying wholly below the
latter read between, joins it, its words read row by row.

Pure logic on word boxes.
"""

from __future__ import annotations

from statistics import median

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.drafts import Draft, rows_of

ROW_SPACE = 1.3      # x the row's median word space: widest white between the halves of a row
ROW_MIDDLE = 0.5     # x a word's height: words whose middles lie this close share a row
                     # (the rule of ``drafts.rows_of``, which cuts the halves into rows)


def _rows(words: tuple[Word, ...], idx: list[int]) -> list[list[Word]]:
    """The words holding text in rows, top to bottom, each row left to right (``rows_of``;
    a copy ``read_twice`` emptied is no word of the title)."""
    return [[words[i] for i in row]
            for row in rows_of([i for i in idx if words[i].text.strip()], words)]


def _spaces(row: list[Word]) -> list[float]:
    return [b.box[0] - a.box[2] for a, b in zip(row, row[1:], strict=False)]


def spaced_halves(words: tuple[Word, ...], left: list[int], right: list[int]) -> bool:
    """The words ``left`` and ``right`` are the halves of one title's rows, parted by word
    spaces (see the module)."""
    rows_l, rows_r = _rows(words, left), _rows(words, right)
    if len(rows_l) != len(rows_r) or len(rows_l) < 2:
        return False
    for row_l, row_r in zip(rows_l, rows_r, strict=True):
        a, b = row_l[-1], row_r[0]
        height = min(a.box[3] - a.box[1], b.box[3] - b.box[1])
        if abs(a.box[1] + a.box[3] - b.box[1] - b.box[3]) / 2 >= ROW_MIDDLE * height:
            return False                                # not one row
        own = [s for s in _spaces(row_l) + _spaces(row_r) if s > 0]
        if len(own) < 2 or not 0 <= b.box[0] - a.box[2] <= ROW_SPACE * median(own):
            return False
    return True


def title_across(kept: list[tuple[Draft, str, float]], d: Draft, lang: str,
                 words: tuple[Word, ...]) -> int | None:
    """The index in ``kept`` of the title piece whose right half the title piece ``d`` is
    (see the module), or None."""
    if d.role != Role.TITLE:
        return None
    for j in range(len(kept) - 1, -1, -1):
        e, e_lang, _ = kept[j]
        if e.role == Role.TITLE and e_lang == lang:
            return j if spaced_halves(words, e.words, d.words) else None
        foot = max(words[i].box[3] for i in d.words)
        if min(words[i].box[1] for i in e.words) < foot:
            return None                       # (only blocks under the title read between)
    return None
