"""Words of a PDF text layer and the facts the source choice needs (pypdfium2).

pdfplumber (pdfminer) needs ~0.3 s per dense page here, far from the 20 pages/s target;
PDFium's text page gives the same characters, boxes and font sizes in ~10 ms.
"""

from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_right
from itertools import accumulate, chain, repeat
from typing import NamedTuple, cast

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from magpipe.extract.page_ink import BLACK, object_inks
from magpipe.extract.page_objects import PdfPageFacts, page_facts
from magpipe.extract.pdfium_calls import by_address, slots, untyped
from magpipe.extract.textfix import LINE_END_HYPHEN, font_hint
from magpipe.extract.turns import turn_of, upright_page

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A word: a run of anything but whitespace (or NUL). PDFium marks a hyphen it found at a
# line end (a soft hyphen 0xAD, which TCVN3 fonts use for "ư") as \x02 and gives it as
# U+FFFE, dropping the line break after it: a word ends there and the next starts a line.
# A raw word keeps the mark as LINE_END_HYPHEN; the text fixes decide what it stands for.
# What lies between two words is whitespace (or nothing, after such a mark).
_WORD = re.compile(r"[^\s\x00\x02\ufffe]*[\x02\ufffe]|[^\s\x00\x02\ufffe]+")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


class RawWord(NamedTuple):
    """A text-layer word before any text fixing; box in points, origin top-left. A named
    tuple, not a dataclass: a page makes hundreds, and a frozen dataclass's constructor
    costs several times a tuple's."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    fontname: str
    bold: bool
    newline: bool          # the text layer put a line break before this word
    # (offset in text, font name) where the font changes inside the word; empty when the
    # whole word is in ``fontname``. Old Vietnamese documents switch fonts mid-word: the
    # capital "Í" of "CHÍNH" from a ``.VnTimeH`` font between ``.VnTime`` letters.
    font_runs: tuple[tuple[int, str], ...] = ()
    # the ink of its first character's text object (``page_ink.object_inks``): how pale,
    # 0 black to 1 white, and whether its letters are outlined and not filled
    shade: float = 0.0
    outline: bool = False

    def pieces(self) -> list[tuple[str, str]]:
        """The word's text cut where its font changes: (text, font name) pairs."""
        if not self.font_runs:
            return [(self.text, self.fontname)]
        ends = [start for start, _ in self.font_runs[1:]] + [len(self.text)]
        return [(self.text[start:end], font)
                for (start, font), end in zip(self.font_runs, ends, strict=True)]


_TEXT_OBJECT = untyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_OBJECT_FONT = by_address(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
# (text page, character index[, out-pointer]): untyped, the text page as a c_void_p object
_FONT_SIZE = untyped(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_MATRIX = untyped(pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
_LOOSE_BOX = untyped(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)


class _Objects:
    """Font id and size of a page's characters, worked out once per text object: every
    character of a text object has its font, font size and matrix (many producers make a
    text object of each word, so that costs a few calls a word: through ``_untyped``).
    ``handle``: the text page as the pointer object the untyped calls take."""

    def __init__(self, textpage: ctypes.c_void_p) -> None:
        self.textpage = textpage
        self.handle = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
        self.known: dict[int, tuple[int, float]] = {}
        # (shade, outline) of each text object learnt (``page_ink``): objects not in it
        # (characters PDFium made) count as black
        self.inks: dict[int, tuple[float, bool]] = {}
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_at = ctypes.c_void_p(ctypes.addressof(self.matrix))

    def of(self, index: int) -> tuple[int, float]:
        text_object = _TEXT_OBJECT(self.handle, index)
        if text_object is None:      # a character PDFium made (no object): asked on its own
            return -index - 1, self.size(index)
        found = self.known.get(text_object)
        if found is None:
            found = self.known[text_object] = (_OBJECT_FONT(text_object) or -index - 1,
                                           self.size(index))
        return found

    def learn(self, objects: list[int | None], indices: list[int]) -> None:
        """Font id and size of every text object in ``objects`` (the objects of the
        characters ``indices``), each from its first character there: PDFium's calls mapped
        over the objects, the matrices written into one flat array."""
        # the first character of each object: a dict built in C from the pairs reversed
        # (a later pair's value wins, and reversed, the later pair is the earlier character)
        first: dict[int | None, int] = dict(zip(reversed(objects), reversed(indices),
                                                strict=True))
        first.pop(None, None)
        if self.known:
            for obj in [obj for obj in first if obj in self.known]:
                del first[obj]
        count = len(first)
        if not count:
            return
        found, at = list(first), list(first.values())
        fonts = list(map(_OBJECT_FONT, found))
        if None in fonts:        # an object without a font: keyed by its character
            fonts = [font or -index - 1 for font, index in zip(fonts, at, strict=True)]
        sizes = np.fromiter(map(_FONT_SIZE, repeat(self.handle, count), at), dtype=np.float64,
                            count=count)
        matrices, pointers = slots("matrices", 6).take(count)    # a, b, c, d, e, f of each
        done = np.fromiter(map(_MATRIX, repeat(self.handle, count), at, pointers),
                           dtype=np.int32, count=count)
        # c and d of each matrix, read once all are written (a failed call's row is not
        # used); math.hypot on the float32s made doubles, as for one character (``size``)
        scales = np.fromiter(map(math.hypot, matrices[:count, 2].tolist(),
                                 matrices[:count, 3].tolist()), dtype=np.float64, count=count)
        # the same IEEE product as ``size`` makes, where the matrix was read and scales
        scaled = np.where((done != 0) & (scales > 0), sizes * scales, sizes).tolist()
        self.known.update(zip(cast(list[int], found), zip(fonts, scaled, strict=True),
                              strict=True))
        self.inks.update(zip(cast(list[int], found), object_inks(cast(list[int], found)),
                             strict=True))

    def size(self, index: int) -> float:
        """The character's size on the page in points: the font size times the vertical
        scale of its matrix (Word-made PDFs set size 1 and scale the text matrix by 16)."""
        size = _FONT_SIZE(self.handle, index)
        if _MATRIX(self.handle, index, self.matrix_at):
            scale = math.hypot(self.matrix.c, self.matrix.d)
            if scale > 0:
                size *= scale
        return size


def _font(textpage: ctypes.c_void_p, index: int) -> tuple[str, bool, bool]:
    """The font of character ``index``: its name, whether it is bold, and whether its name
    announces a legacy encoding (``textfix.font_hint``; asked once per font, not per word)."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace")
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    return name, weight >= 600 or bool(_BOLD.search(name)), font_hint(name) is not None


def read_page(page: pdfium.PdfPage) -> tuple[PdfPageFacts, list[RawWord]]:
    """The page's facts and its text-layer words in the order the PDF stores them."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:      # characters beyond the BMP: ask one by one
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        objects = _Objects(textpage.raw)
        words = _words(textpage, text, page.get_height(), objects)
        # the words' text objects are known: only the page's other objects are looked at
        facts = page_facts(page, count, objects.known)
        return upright_page(textpage, text, facts, words)     # a page set turned (turns)
    finally:
        textpage.close()


def _words(page_text: pdfium.PdfTextPage, text: str, height: float,
           objects: _Objects | None = None) -> list[RawWord]:
    """The page's words, read a column at a time: each PDFium call is mapped over all the
    words at once (``map`` makes the calls from C, not from a Python loop) and the words are
    put together from the columns. Per word: the loose boxes of its two end characters and
    their text objects; per text object: its font, font size and matrix. ``objects`` learns
    the text objects (``read_page`` passes them on to ``page_facts``)."""
    # The raw handle: the wrapper object is converted on every call, which costs more than
    # the call itself; the untyped calls take it as the pointer object ``objects`` holds.
    textpage = page_text.raw
    # the text cut into gap, word, gap, ..., word, gap: each word's start is where the
    # pieces before it end (counted in C: no match object a word)
    pieces = _WORD_SPLIT.split(text)
    texts = pieces[1::2]
    count = len(texts)
    if not count:
        return []
    offsets = list(accumulate(map(len, pieces)))
    starts = offsets[0:-1:2]
    ends = [stop - 1 for stop in offsets[1::2]]
    objects = _Objects(textpage) if objects is None else objects
    handle = objects.handle
    x0, top, x1, bottom = _word_boxes(handle, starts, ends, height)
    start_objects = list(map(_TEXT_OBJECT, repeat(handle, count), starts))
    end_objects = list(map(_TEXT_OBJECT, repeat(handle, count), ends))
    cuts = _turn_cuts(page_text, handle, starts, ends, start_objects, end_objects)
    if cuts:        # (words of two text objects set at a turn to each other: two words)
        texts, starts, ends, opened = _cut_words(texts, starts, ends, cuts)
        count = len(texts)
        x0, top, x1, bottom = _word_boxes(handle, starts, ends, height)
        start_objects = list(map(_TEXT_OBJECT, repeat(handle, count), starts))
        end_objects = list(map(_TEXT_OBJECT, repeat(handle, count), ends))
    objects.learn(list(chain.from_iterable(zip(start_objects, end_objects, strict=True))),
                  list(chain.from_iterable(zip(starts, ends, strict=True))))
    # a character's font and size: known per text object (``_Objects.of`` for the
    # characters PDFium made, which have none)
    known, font_of = objects.known, objects.of
    found_fonts = list(map(known.get, start_objects))
    start_fonts: list[tuple[int, float]] = (
        cast(list[tuple[int, float]], found_fonts) if None not in found_fonts else
        [found or font_of(start) for found, start in zip(found_fonts, starts, strict=True)])
    start_keys = [key for key, _ in start_fonts]
    if start_objects == end_objects and None not in start_objects:
        end_keys = start_keys      # every word within one text object (the usual page)
    else:
        end_keys = [key if obj == start_obj and obj is not None
                    else (known.get(obj) or font_of(end))[0]
                    for key, obj, start_obj, end in zip(start_keys, end_objects,
                                                        start_objects, ends, strict=True)]
    # each font asked once, through any character in it (the first, as it happens)
    first_char = dict(zip(reversed(end_keys), reversed(ends), strict=True))
    first_char.update(zip(reversed(start_keys), reversed(starts), strict=True))
    fonts = {key: _font(textpage, index) for key, index in first_char.items()}
    looks = list(map(fonts.__getitem__, start_keys))
    runs: list[tuple[tuple[int, str], ...]] = [()] * count
    # Fonts change inside a word in old Vietnamese documents (the capital of "CHÍNH" from a
    # .VnTimeH font between .VnTime letters): look at every character there, and wherever
    # the word's two ends are in different fonts.
    legacy = any(look[2] for look in fonts.values())
    mixed = [] if end_keys is start_keys and not legacy else [
        k for k, key, end_key, look in zip(range(count), start_keys, end_keys, looks,
                                           strict=True)
        if key != end_key or (legacy and look[2])]
    for k in mixed:
        runs[k] = _font_runs(textpage, objects, fonts, starts[k], ends[k])
    inks = list(map(objects.inks.get, start_objects, repeat(BLACK)))
    if "\x02" in text:
        texts = [word.replace("\x02", LINE_END_HYPHEN) for word in texts]
    marked = LINE_END_HYPHEN in text or "\x02" in text
    newlines = _line_starts(text, starts, texts if marked else [])
    for k in opened if cuts else ():
        newlines[k] = True
    return list(map(_new_tuple, repeat(RawWord, count), zip(
        texts, x0, top, x1, bottom, [size for _, size in start_fonts],
        [name for name, _, _ in looks], [bold for _, bold, _ in looks], newlines, runs,
        [shade for shade, _ in inks], [outline for _, outline in inks], strict=True)))


def _turn_cuts(page_text: pdfium.PdfTextPage, handle: ctypes.c_void_p, starts: list[int],
               ends: list[int], start_objects: list, end_objects: list) -> dict[int, int]:
    """Words whose characters come from two text objects on two lines (``_other_line``),
    each with the index of its first character of the second object: two lines the layer
    gives with no white between them (a title's last word and a turned caption's first,
    ``COMMITTEEĐoàn``; a turned caption's last word and its credit's first on the next
    turned line, ``niệm.Ảnh:``) are two words. Only words of two text objects are looked at
    (a handful a page, if any)."""
    cuts: dict[int, int] = {}
    for k, (first, last) in enumerate(zip(start_objects, end_objects, strict=True)):
        if first == last or first is None or last is None:
            continue
        at = next(i for i in range(starts[k] + 1, ends[k] + 1)
                  if _TEXT_OBJECT(handle, i) != first)
        if _other_line(page_text, at - 1, at):
            cuts[k] = at
    return cuts


def _other_line(page_text: pdfium.PdfTextPage, before: int, after: int) -> bool:
    """Characters ``before`` and ``after`` stand on two lines: set at a turn to each other,
    or sharing nothing of their height (of their width, on lines set a quarter turned). A
    drop capital shares its line's height, a raised letter part of it: neither is cut."""
    turn = turn_of(page_text, before)
    if turn != turn_of(page_text, after):
        return True
    left, bottom, right, top = page_text.get_charbox(before, loose=True)
    left2, bottom2, right2, top2 = page_text.get_charbox(after, loose=True)
    if turn in (90, 270):
        return min(right, right2) <= max(left, left2)
    return min(top, top2) <= max(bottom, bottom2)


def _cut_words(texts: list[str], starts: list[int], ends: list[int], cuts: dict[int, int]
               ) -> tuple[list[str], list[int], list[int], set[int]]:
    """The words with each of ``cuts`` (word index: its cut's character index) made two;
    and the indices of the words a cut opens (each starts a line of its own)."""
    out_texts: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    opened: set[int] = set()
    for k, (word, start, end) in enumerate(zip(texts, starts, ends, strict=True)):
        at = cuts.get(k)
        if at is None:
            out_texts.append(word)
            out_starts.append(start)
            out_ends.append(end)
            continue
        out_texts += [word[:at - start], word[at - start:]]
        out_starts += [start, at]
        out_ends += [at - 1, end]
        opened.add(len(out_texts) - 1)
    return out_texts, out_starts, out_ends, opened


# a RawWord from a tuple of its fields without the named tuple's Python-level constructor
_new_tuple = tuple.__new__


def _word_boxes(handle: ctypes.c_void_p, starts: list[int], ends: list[int], height: float
                ) -> tuple[list[float], list[float], list[float], list[float]]:
    """Each word's box (left, top, right, bottom in points, origin top-left): the loose boxes
    of its first and last characters joined, as ``min``/``max`` pick (the first box's value
    on ties), the PDF's bottom-left origin turned to the page's top-left. PDFium writes the
    boxes of all the first and last characters, in one mapped call, into this thread's
    slots; a character without a box (the call fails) counts as zeros, as a fresh rect."""
    count = len(starts)
    boxes, pointers = slots("boxes", 4).take(2 * count)   # left, top, right, bottom
    done = np.fromiter(map(_LOOSE_BOX, repeat(handle, 2 * count), starts + ends, pointers),
                       dtype=np.int32, count=2 * count)
    values = boxes[:2 * count].astype(np.float64)
    values[done == 0] = 0.0
    first, last = values[:count], values[count:]
    left, up, right, down = (first[:, i] for i in range(4))
    return (np.where(last[:, 0] < left, last[:, 0], left).tolist(),
            (height - np.where(last[:, 1] > up, last[:, 1], up)).tolist(),
            np.where(last[:, 2] > right, last[:, 2], right).tolist(),
            (height - np.where(last[:, 3] < down, last[:, 3], down)).tolist())


_LINE_BREAK = re.compile(r"[\r\n]")


def _line_starts(text: str, starts: list[int], marked: list[str]) -> list[bool]:
    """Which words the text layer puts at a line start: a line break in the whitespace
    before the word, or the previous word ending in a line-end mark (``marked``: the words'
    texts when the page has such marks, else empty)."""
    flags = [False] * len(starts)
    for found in _LINE_BREAK.finditer(text):
        k = bisect_right(starts, found.start())
        if k < len(flags):
            flags[k] = True
    for k, word in enumerate(marked[:-1]):
        if word.endswith(LINE_END_HYPHEN):
            flags[k + 1] = True
    return flags


def _font_runs(textpage: ctypes.c_void_p, objects: _Objects,
               fonts: dict[int, tuple[str, bool, bool]], start: int, end: int
               ) -> tuple[tuple[int, str], ...]:
    """(offset, font name) where the font changes inside the word of characters
    ``start``-``end``; empty when it is all in one font."""
    runs: list[tuple[int, str]] = []
    for index in range(start, end + 1):
        key = objects.of(index)[0]
        if key not in fonts:
            fonts[key] = _font(textpage, index)
        if not runs or runs[-1][1] != fonts[key][0]:
            runs.append((index - start, fonts[key][0]))
    return tuple(runs) if len(runs) > 1 else ()
