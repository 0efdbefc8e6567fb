"""Line pieces: words chained into runs on one line of one column, and facts about them.

Pure logic on word boxes; the same code runs on text-layer words and on OCR words. Only the
boxes, sizes and confidences are used (the source's own line and block numbers are ignored),
so a text layer whose lines run across two columns and an OCR that merges blocks are treated
alike. Words are chained left to right: a word continues the piece that ends just left of it
(a gap narrower than the narrowest gutter) on the same line (half a height of vertical overlap,
which follows the lines of a skewed scan). A skewed scan's slope is read from the pieces'
baselines and undone in ``skew.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from magpipe.artifacts.base import Box
from magpipe.artifacts.pages import Word
from magpipe.split.marks import mark_words

GUTTER = 0.75        # x body size: narrowest vertical gutter between columns
JUNK_CONF = 40.0     # OCR pieces whose median word confidence is lower are junk
LEVEL = 0.8          # vertical overlap (share of the lower box) of words set on one line
# Words set in two sizes (``Word.size``: the font size, or OCR's line height) at least
# ``SIZE_STEP`` apart, with a gap wider than ``STEP_GAP`` x body size between them (more than a
# word space of the body), are two texts side by side, never one line: a column's body line
# and the next column's title line set level with it, across a gutter a speck narrowed (OCR
# read a dash at the title's first word: tetebeche scans, whose title then ran into the text).
# So are words of two weights (a text layer's bold and roman) that far apart: a bold lead's
# line set over its measure into the gutter, beside the next column's roman line (obituary-2
# of seed 5200: ``(Build-Operate-Transfer)`` 5 points into a 12-point gutter).
SIZE_STEP = 1.3
STEP_GAP = 0.5
# Most a text layer's body boxes stand taller than the body's font size, for the gutter that
# words set level may be chained across: faces that leave room for stacked Vietnamese marks
# report boxes up to 1.6x their size (most faces 1.0x to 1.4x), and a gutter of 1.2x the font
# size (11 points beside 9.3-point type whose boxes stand 15.2 high: interview at seed 4200)
# fell under GUTTER x the box height, so two columns' rows were chained into one line.
TALL_BOX = 1.5
_ALNUM = re.compile(r"[^\W_]")     # what str.isalnum() takes: a word character but "_"


@dataclass(frozen=True)
class Line:
    """Words of one line of one column (a piece, or the pieces of a row inside a region)."""

    words: tuple[int, ...]     # indices into the page's words, left to right
    box: Box
    size: float
    bold: bool
    text: str
    base: float                # median bottom of the words: a baseline that ignores marks
    cw: float = 0.0            # median width per character of its words (see ``char_width``)
    core: tuple[float, float] = (0.0, 0.0)   # x range of its words that hold a letter or digit
    conf: float = 100.0        # the median OCR confidence of its words
    alnum: bool = True         # some word holds a letter or digit (``_ALNUM``): asked of every
                               # piece by each gutter search, so found once, in ``make_line``
    italic: bool = False       # most of its characters are set italic (text layer only)


_new = object.__new__


def _made(*, words: tuple[int, ...], box: Box, size: float, bold: bool, text: str, base: float,
          cw: float, core: tuple[float, float], conf: float, alnum: bool, italic: bool) -> Line:
    """``Line(...)`` of every field, without the frozen dataclass's constructor, which sets
    each field through ``object.__setattr__`` (a call a field: ~160 lines a born-digital page,
    ~0.4 ms of the split stage's ~20). The same object: its fields set at once in its
    ``__dict__``, where the constructor puts them (equal, the same hash and repr; the test
    checks every field of ``Line`` is set, so a field added to the class must be added here)."""
    line = _new(Line)
    line.__dict__.update(words=words, box=box, size=size, bold=bold, text=text, base=base,
                         cw=cw, core=core, conf=conf, alnum=alnum, italic=italic)
    return line


def _height(w: Word) -> float:
    """A word's size as drawn: its box height. Text layers give the font size here; OCR line
    heights (``Word.size``) swing with marks and skew, the median box height of a line does not."""
    return max(w.box[3] - w.box[1], 0.5)


def char_width(w: Word) -> float:
    """Width per character: a size measure that marks, skew and OCR box jitter leave alone
    (capitals count about 1.4 times lower case)."""
    return (w.box[2] - w.box[0]) / max(len(w.text), 1)


def weighted_median(pairs: list[tuple[float, int]], default: float) -> float:
    """Median of the values, each counted as many times as its weight."""
    pairs = sorted(pairs)
    if not pairs:
        return default
    half, seen = sum(n for _, n in pairs) / 2, 0
    for value, n in pairs:
        seen += n
        if seen >= half:
            return value
    return pairs[-1][0]


def body_char_width(words: tuple[Word, ...]) -> float:
    """The character-weighted median width per character of the page's words."""
    # (``char_width`` inline: every word of every page)
    return weighted_median([((w.box[2] - w.box[0]) / n, n) for w in words
                             if (n := len(w.text)) >= 3], 5.0)


def body_size_of(words: tuple[Word, ...] | list[Word]) -> float:
    """The size most characters are set in (a character-weighted median)."""
    return weighted_median([(_height(w), len(w.text)) for w in words if w.text.strip()], 10.0)


# The last page's ``body_font_size``, by the identity of its word tuple (immutable, kept
# alive here): a page's geometry asks it twice in a row (``build_pieces``, then the pitch).
_last_font: list = [None, 0.0]


def body_font_size(words: tuple[Word, ...] | list[Word]) -> float:
    """The font size most characters are set in, as the text layer declares it (``Word.size``;
    a character-weighted median). Box heights follow the face's declared ascent and descent,
    not its size: faces that leave room for stacked Vietnamese marks report boxes up to 1.6x
    their size. Only for text layers (OCR sizes are line heights)."""
    if words is _last_font[0]:
        return _last_font[1]
    size = weighted_median([(w.size, len(w.text)) for w in words if w.text.strip()], 10.0)
    if isinstance(words, tuple):
        _last_font[:] = [words, size]
    return size


def declared_size(words: tuple[Word, ...], idx: tuple[int, ...] | list[int]) -> float:
    """The median font size the text layer declares for the words ``idx`` (``Word.size``;
    box heights follow each face's ascent and descent, ``body_font_size``)."""
    sizes = sorted(words[i].size for i in idx)
    return sizes[len(sizes) // 2] if sizes else 0.0


SAME_SIZE = 0.03     # sizes this close (relative) are one size (text-layer rounding)
BODY_SLACK = 1.5     # x SAME_SIZE: a size this close (relative) to a body size counts as set in
                     # it (``in_body_size``: every count of a body size's text uses it)
BODY_SHARE = 0.2     # share of a page's characters that must be set in the document's body size
                     # for the page to take it as its own


def in_body_size(size: float, body: float) -> bool:
    """``size`` is the body size ``body`` (within ``BODY_SLACK`` x ``SAME_SIZE`` of it)."""
    return abs(size - body) <= BODY_SLACK * SAME_SIZE * body


# ``size_shares`` of a page's words, asked twice a page (the document's body sizes, then the
# page's own): the last pages' counts, keyed by the identity of their word tuples (immutable,
# kept alive by the entry, so an identity cannot be reused while its entry stands).
SHARES_MEMO = 64
_shares_memo: dict[int, tuple[tuple[Word, ...], dict[float, int]]] = {}


def size_shares(words: tuple[Word, ...] | list[Word]) -> dict[float, int]:
    """Characters per size, sizes rounded to a ``SAME_SIZE`` step (a log scale)."""
    if not isinstance(words, tuple):
        return _counted_shares(words)
    known = _shares_memo.get(id(words))
    if known is None:
        if len(_shares_memo) >= SHARES_MEMO:
            _shares_memo.clear()
        known = _shares_memo[id(words)] = (words, _counted_shares(words))
    return dict(known[1])


def _counted_shares(words: tuple[Word, ...] | list[Word]) -> dict[float, int]:
    """``size_shares``, counted."""
    step = math.log1p(SAME_SIZE)
    out: dict[float, int] = {}
    rounded: dict[float, float] = {}      # a page sets its words in a few heights
    for w in words:
        if w.text.strip():
            height = max(w.box[3] - w.box[1], 0.5)          # _height, inline: every word
            key = rounded.get(height)
            if key is None:
                key = rounded[height] = round(math.exp(round(math.log(height) / step) * step), 2)
            out[key] = out.get(key, 0) + len(w.text)
    return out


def document_body_size(pages: list[tuple[Word, ...]]) -> float | None:
    """The size most characters of the whole document are set in (the mode of the rounded
    sizes): on a page holding little body text beside long captions and notes set smaller,
    the page's own median lands on those; the document's body size does not."""
    return body_size_of_shares([size_shares(words) for words in pages])


def body_size_of_shares(pages: list[dict[float, int]]) -> float | None:
    """``document_body_size`` from each page's ``size_shares``."""
    total: dict[float, int] = {}
    for shares in pages:
        for size, n in shares.items():
            total[size] = total.get(size, 0) + n
    return max(total, key=lambda s: total[s]) if total else None


def page_body_size(words: tuple[Word, ...], document: float | None,
                   shares: dict[float, int] | None = None) -> float:
    """The page's body size: the document's, when the page sets ``BODY_SHARE`` of its
    characters in it; else the page's own character-weighted median (a page of another
    design). ``shares``: the page's ``size_shares``, when already counted."""
    if document is None:
        return body_size_of(words)
    if shares is None:
        shares = size_shares(words)
    near = sum(n for s, n in shares.items() if in_body_size(s, document))
    if near >= BODY_SHARE * sum(shares.values()):
        return document
    return body_size_of(words)


def _core(real: list[Box]) -> tuple[float, float]:
    """x range of the boxes of a line's words with a letter or digit (all its words' when
    none has one): OCR junk at a line's ends (``*.``, ``_``) may stand in a gutter."""
    return (min(b[0] for b in real), max(b[2] for b in real))


def upper_median(values: Sequence[float]) -> float:
    """The middle value of ``values``, the upper of the two middle ones for an even count
    (a value that occurs, not a mean of two); 0.0 for none."""
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _median(values: list[float]) -> float:
    """``statistics.median`` (the same arithmetic), without its generality: asked four
    times for every line of every page."""
    data = sorted(values)
    n = len(data)
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def make_line(words: tuple[Word, ...], idx: list[int]) -> Line:
    """The line of the words ``idx`` (in any order)."""
    return _line(words, sorted(idx, key=lambda i: words[i].box[0]))


def _line(words: tuple[Word, ...], idx: list[int]) -> Line:
    """``make_line`` of word indices already sorted left to right (a stable sort keeps them)."""
    if len(idx) == 1:
        return _one_word_line(words, idx[0])
    ws = [words[i] for i in idx]
    if not ws:
        raise ValueError("a line of no words")
    boxes = [w.box for w in ws]
    texts = [w.text for w in ws]
    lengths = [len(t) for t in texts]
    real = [b for b, t in zip(boxes, texts, strict=True) if _ALNUM.search(t)]
    # (inline: made for every piece and row of every page) ``union``, ``_height``,
    # ``char_width`` and ``_core``, the same arithmetic
    x0s, tops, x1s, bottoms = zip(*boxes, strict=True)
    left, right = min(x0s), max(x1s)
    bold = any(w.bold for w in ws) and \
        sum(n for w, n in zip(ws, lengths, strict=True) if w.bold) * 2 > sum(lengths)
    italic = any(w.italic for w in ws) and \
        sum(n for w, n in zip(ws, lengths, strict=True) if w.italic) * 2 > sum(lengths)
    return _made(words=tuple(idx), box=(left, min(tops), right, max(bottoms)),
                 size=_median([max(b[3] - b[1], 0.5) for b in boxes]),
                 bold=bold, text=" ".join(texts), base=_median(list(bottoms)),
                 cw=_median([(b[2] - b[0]) / max(n, 1)
                             for b, n in zip(boxes, lengths, strict=True)]),
                 # every word holds a letter or digit (the usual case): the core is the box's
                 core=(left, right) if len(real) == len(boxes) else _core(real or boxes),
                 conf=_median([w.conf for w in ws]), alnum=bool(real), italic=italic)


def _one_word_line(words: tuple[Word, ...], i: int) -> Line:
    """``_line`` of one word, its medians and extents that word's own values (nearly half the
    pieces of a born-digital page are one word: wide justified spaces part them)."""
    w = words[i]
    x0, top, x1, bottom = w.box
    n = len(w.text)
    return _made(words=(i,), box=(x0, top, x1, bottom), size=max(bottom - top, 0.5),
                 bold=w.bold and n > 0, text=w.text, base=bottom, cw=(x1 - x0) / max(n, 1),
                 core=(x0, x1), conf=w.conf, alnum=_ALNUM.search(w.text) is not None,
                 italic=w.italic and n > 0)


def build_pieces(words: tuple[Word, ...], body: float | None = None) -> list[Line]:
    """Runs of words chained left to right: each piece is (part of) one line of one column.

    A word joins the piece whose last word ends less than the narrowest gutter to its left and
    overlaps it vertically by half a height or more (so a skewed scan's lines stay whole);
    otherwise it starts a new piece. Wide justified spaces cut a line into several pieces,
    which is harmless: pieces of one row are joined again inside a region.
    """
    unit = body if body is not None else body_size_of(words)
    marks = mark_words(words, unit)        # display type's marks read again as words
    seen: set[tuple[str, int, int, int, int]] = set()
    order = []
    for i, w in enumerate(words):          # an OCR word given twice at one place counts once
        text = w.text
        if text.strip() and i not in marks:
            x0, top, x1, bottom = w.box
            key = (text, round(x0), round(top), round(x1), round(bottom))
            if key not in seen:
                seen.add(key)
                order.append(i)
    lefts = [w.box[0] for w in words]
    order.sort(key=lefts.__getitem__)
    # (a gutter's width in box heights, no more than TALL_BOX x the body's font size, when
    # the words give one)
    font = body_font_size(words)
    limit = GUTTER * (min(unit, TALL_BOX * font) if font > 0 else unit)
    # a gap as wide as a gutter in the body's own type size (box heights of faces with tall
    # ascents and deep descents stand up to 1.6x it: ``body_font_size``; OCR sizes are line
    # heights, about the boxes' own) is crossed only by words set level: two columns' rows set
    # half a line apart (a column running on beside a photo's caption in the one before it)
    # overlap by half their tall boxes, and were read as one line across the gutter (spread)
    wide = GUTTER * min(unit, font)
    spaced = STEP_GAP * unit
    chains: list[list[int]] = []
    # Chains by the band of their last word's vertical centre (``int(centre // unit)``), so
    # that a word looks only at the chains ending near its own height.
    bands: dict[int, set[int]] = {}
    ends: list[Box] = []        # the box of each chain's last word
    end_sizes: list[float] = []  # the size of each chain's last word
    end_bold: list[bool] = []    # whether each chain's last word is bold
    for i in order:
        box = words[i].box
        size = words[i].size
        x0, top, _, bottom = box
        here = int((top + bottom) / 2 // unit)
        best, best_overlap = None, 0.5
        for k in (here - 1, here, here + 1):
            chained = bands.get(k)
            if not chained:
                continue
            stale = []
            for c in chained:
                last_x0, last_top, last_x1, last_bottom = ends[c]
                if x0 - last_x1 > limit:
                    stale.append(c)                   # too far left to grow any more
                    continue
                if last_x1 - 0.5 * (last_x1 - last_x0) > x0:
                    continue                          # overlaps horizontally: another line
                if x0 - last_x1 > spaced and (_size_step(size, end_sizes[c])
                                              or words[i].bold != end_bold[c]):
                    continue                          # another text set level with it
                # vertical overlap as a share of the lower box's height: (min(last bottom,
                # bottom) - max(last top, top)) / max(min(the two heights), 0.1), the
                # builtins' choices written out (the loop runs ~1,500 times a page)
                low = bottom if bottom < last_bottom else last_bottom
                high = top if top > last_top else last_top
                last_height, height = last_bottom - last_top, bottom - top
                least = height if height < last_height else last_height
                ov = (low - high) / (0.1 if 0.1 > least else least)
                if ov >= best_overlap and (ov >= LEVEL or x0 - last_x1 <= wide):
                    best, best_overlap = c, ov
            if stale:
                chained.difference_update(stale)
        if best is None:
            chains.append([i])
            ends.append(box)
            end_sizes.append(size)
            end_bold.append(words[i].bold)
            best = len(chains) - 1
        else:
            last = ends[best]
            bands[int((last[1] + last[3]) / 2 // unit)].discard(best)
            chains[best].append(i)
            ends[best] = box
            end_sizes[best] = size
            end_bold[best] = words[i].bold
        bands.setdefault(here, set()).add(best)
    return [_line(words, c) for c in chains]      # (a chain grows left to right)


def _size_step(a: float, b: float) -> bool:
    """Two sizes ``SIZE_STEP`` or more apart (a size of 0, unknown, is no step). Asked of
    every spaced pair of pieces on a row, so compared inline, not with ``min`` and ``max``."""
    low, high = (a, b) if a <= b else (b, a)
    return low > 0 and high >= SIZE_STEP * low


def rows(pieces: list[Line], apart: float | None = None) -> int:
    """How many distinct rows the pieces sit on: a piece whose middle lies ``apart`` or more
    below the current row's first middle opens a new row (``None``: its own height)."""
    count, last = 0, float("-inf")
    # (each piece's middle and height worked out once, sorted by the middle alone: a stable
    # sort keeps pieces of one middle in their order, as sorting the pieces by it did)
    spans = [(((b := p.box)[1] + b[3]) / 2, b[3] - b[1]) for p in pieces]
    for middle, height in sorted(spans, key=itemgetter(0)):
        if middle - last >= (height if apart is None else apart):
            count += 1
            last = middle
    return count


def is_speck(p: Line, body: float) -> bool:
    """OCR noise (``|``, ``-``, a stray mark): no letter or digit, or one tiny token."""
    if not p.alnum:            # no word holds a letter or digit (``_ALNUM`` on the text)
        return True
    return len(p.words) == 1 and len(p.text) <= 2 and p.box[2] - p.box[0] < body


def without_specks(pieces: list[Line], body: float) -> list[Line]:
    """The pieces that are no speck (``is_speck``), in their order. ``is_speck``'s test written
    out in one pass, not called a piece at a time: the cut asks it of every part it weighs
    (a region's top row, its gutters, each side of a cut), some 4,000 times a page."""
    return [p for p in pieces if p.alnum and
            (len(p.words) != 1 or len(p.text) > 2 or not p.box[2] - p.box[0] < body)]
