"""Keys that tie a caption to its photo when a page gathers its captions in one block, away
from the photos: a number (``1.``, ``(1)``, ``1 -``, ``1)``, ``Ảnh 1:`` / ``Photo 1:``; the
same number printed on the photo) or the photo's place in the layout in words (``Trên,
trái:`` / ``Top left:``, ``Giữa:`` / ``Middle:``, ``Dưới, phải:`` / ``Bottom right:``, or
in parentheses without a colon, ``(Phải, trên)`` / ``(Top right)``); and
the credits such a block gathers at its end, each photographer with the keys of their photos
(``Ảnh: TRÍ DŨNG (1, 3); VŨ GIANG (2)``, ``Photos: TRI DUNG (top left; bottom right)``).

A key is language-neutral once read: a number is itself; a place is its words mapped to one
spelling for both languages (``trên`` and ``top`` are ``top``; ``giữa``, ``middle`` and
``centre`` are ``mid``), so a Vietnamese caption and its English twin carry the same key.
Words are compared without diacritics, as OCR may lose them; in a place of two words one
word OCR misread by a letter (``BOTTOM LEET:``) still names its place when the other is read
right and the two name a row and a column. Pure logic, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.credits import COLON, EN_LABEL, VI_LABEL, cut_credit
from magpipe.text.folding import unmarked
from rapidfuzz.distance import Levenshtein

# A place word, without diacritics and lower case -> its one spelling for both languages.
PLACE_WORDS: dict[str, str] = {
    "tren": "top", "top": "top", "upper": "top",
    "giua": "mid", "middle": "mid", "centre": "mid", "center": "mid",
    "duoi": "bottom", "bottom": "bottom", "lower": "bottom",
    "trai": "left", "left": "left",
    "phai": "right", "right": "right",
}
MAX_PLACE_WORDS = 2      # a place names a row and a column at most ("top left")
ROWS = frozenset({"top", "mid", "bottom"})
COLUMNS = frozenset({"left", "right"})
# A misread place word must be this long to be read as the place word one letter away: a short
# word is too often another word one letter from a place word.
MISREAD_PLACE_MIN = 4
MAX_NUMBER = 20          # a caption key numbers a photo of one page: one or two digits

# A number key before the caption's first word (a letter or an opening quote): ``1.``,
# ``1)``, ``(1)``, ``1 -`` (or en dash).
_NUMBER = re.compile(r"\(?(?P<n>\d{1,2})(?:\)|\.(?!\d)|\s*[-–—](?=\s))\s*(?=[^\W\d_]|[\"“‘«])")
# A number key after the word for a photo (``Ảnh 2:``, ``Hình 2.``, ``Photo 2:``, ``Fig. 2``),
# told from a credit's label (``Ảnh: NAME``) by its number.
_LABELLED = re.compile(rf"(?:{VI_LABEL}|Hình|Photo|Picture|Fig\.?)\s*(?P<n>\d{{1,2}})\s*[:.)–-]?\s+"
                       r"(?=[^\W\d_]|[\"“‘«])", re.IGNORECASE)
# A number key as OCR misreads it: a comma, semicolon or colon read for its stop (``2, Leaders``),
# or a digit read as the letter it looks like (``(S)`` for ``(5)``). Read only as the number a
# list expects next (:func:`misread_key`), never alone: ``I.`` or ``S.`` may open a sentence.
_MISREAD = re.compile(r"\(?(?P<n>[\dSOolIZB]{1,2})(?:\)|[.,;:](?!\d)|\s*[-–—](?=\s))\s*"
                      r"(?=[^\W\d_]|[\"“‘«])")
DIGIT_LOOKALIKES = str.maketrans({"S": "5", "O": "0", "o": "0", "l": "1", "I": "1", "Z": "2",
                                  "B": "8"})
# A place key: one or two place words (comma or space between) and a colon; or the words in
# parentheses with no colon, before a caption's first word in a capital (``(Trái) Đồng chí``;
# a place in a caption's own sentence, ``ông A (trái) và``, is followed by small letters).
_PLACE = re.compile(r"(?P<words>[^\W\d_]+(?:,?\s+[^\W\d_]+)?)\s*:\s*(?=\S)")
_PLACE_BRACKETED = re.compile(r"\(\s*(?P<words>[^\W\d_]+(?:,?\s+[^\W\d_]+)?)\s*\)\s+"
                              r"(?=[^\W\d_]|\d|[\"“‘«])")
# A gathered credit: the label (``Ảnh``, ``Photos``, ``Nguồn``, ``Source``) and its colon.
_GATHERED_LABEL = re.compile(rf"^\(?\s*(?:(?P<vi>{VI_LABEL})|{EN_LABEL}s?)\s*{COLON}\s*",
                             re.IGNORECASE)


def place_of(words: str) -> tuple[str, ...] | None:
    """The place named by ``words`` (``Trên, trái`` -> ('top', 'left')), or None when a word
    names no place."""
    tokens = [unmarked(w) for w in re.findall(r"[^\W\d_]+", words)]
    if not 0 < len(tokens) <= MAX_PLACE_WORDS:
        return None
    place = tuple(PLACE_WORDS[t] for t in tokens) if all(t in PLACE_WORDS for t in tokens) \
        else _misread_place(tokens)
    # the row first, as English prints it (``Phải, trên`` is ``top right``, as its twin says)
    return None if place is None else tuple(sorted(place, key=lambda w: w not in ROWS))


def _misread_place(tokens: list[str]) -> tuple[str, ...] | None:
    """A place of two words, one read right and the other one letter from a single place
    word (``bottom leet`` -> ('bottom', 'left')), the two a row and a column; else None."""
    if len(tokens) != 2 or sum(t in PLACE_WORDS for t in tokens) != 1:
        return None
    known = PLACE_WORDS[next(t for t in tokens if t in PLACE_WORDS)]
    wanted = COLUMNS if known in ROWS else ROWS if known in COLUMNS else frozenset()
    misread = next(t for t in tokens if t not in PLACE_WORDS)
    near = {v for w, v in PLACE_WORDS.items() if v in wanted and len(w) >= MISREAD_PLACE_MIN
            and len(misread) >= MISREAD_PLACE_MIN and Levenshtein.distance(misread, w) == 1}
    if len(near) != 1:
        return None
    return tuple(PLACE_WORDS[t] if t in PLACE_WORDS else next(iter(near)) for t in tokens)


def caption_key(text: str) -> tuple[str, int] | None:
    """The key a caption opens with, as a language-neutral string, and where its text starts;
    None when it opens with none."""
    for form in (_NUMBER, _LABELLED):
        m = form.match(text)
        if m is not None and 0 < int(m.group("n")) <= MAX_NUMBER:
            return m.group("n"), m.end()
    for form in (_PLACE, _PLACE_BRACKETED):
        m = form.match(text)
        if m is None or form is _PLACE_BRACKETED and text[m.end()].islower():
            continue
        if (place := place_of(m.group("words"))) is not None:
            return " ".join(place), m.end()
    return None


def misread_key(text: str, number: int) -> int | None:
    """Where the caption's text starts when ``text`` opens with the key ``number`` as OCR may
    misread it (a comma for its stop, a letter for a digit: ``_MISREAD``), else None; the
    caller asks for the number its list expects next, the key before it read right."""
    m = _MISREAD.match(text)
    if m is None or m.group("n").translate(DIGIT_LOOKALIKES) != str(number):
        return None
    return m.end()


def names_the_photo(text: str) -> bool:
    """The key ``text`` opens with names the photo in words before its number (``Ảnh 2:``,
    ``Photo 2:``, ``Hình 2.``): a caption's own first words, as a figure's caption is written
    (``Figure 2: ...``), where a bare number or a place may be a mark set apart from it."""
    m = _LABELLED.match(text)
    return m is not None and 0 < int(m.group("n")) <= MAX_NUMBER


def key_alone(text: str) -> str | None:
    """The key a label holds alone (``Trên, trái:``, ``(Trái)``, ``1 –``: a key set apart from
    its caption, in a block of its own), or None when ``text`` is not one key alone. The key
    forms look for the caption's first word after the key: the label is read as opening a
    caption of one word, which must start right where the label ends."""
    label = text.strip()
    found = caption_key(f"{label} A") if label else None
    return found[0] if found is not None and found[1] == len(label) + 1 else None


def key_starts(text: str) -> list[tuple[int, str, int]]:
    """Each key opening a caption inside ``text`` (a block holding several keyed captions):
    (start, key, where its text starts), at the text's start, after a sentence's end, or after
    a credit that closes the caption before it (``... Ảnh - TRÍ DŨNG (Top right) Mr. ...``: a
    credit's name in capitals ends no sentence)."""
    found: list[tuple[int, str, int]] = []
    ends = {m.end() for m in re.finditer(r"(?:^|(?<=[.!?…)\]\"”’]))\s*", text)}
    for at in sorted(ends | {m.start() for m in re.finditer(r"(?<=\s)\S", text)}):
        if at >= len(text) or (found and at < found[-1][2]):
            continue
        key = caption_key(text[at:])
        if key is None or not (at == 0 or text[at:at + 1] in "(" or not text[at].islower()):
            continue
        if at in ends or _closes_with_credit(text[:at]):
            found.append((at, key[0], at + key[1]))
    return found


def _closes_with_credit(text: str) -> bool:
    return any(cut_credit(text, lang)[1] is not None for lang in ("vi", "en"))


def credit_label_lang(text: str) -> str | None:
    """The language a credit's label names (``vi``: ``Ảnh``, ``Nguồn``; ``en``: ``Photo``,
    ``Photos``, ``Source``), or None when ``text`` opens with no label."""
    m = _GATHERED_LABEL.match(text.strip())
    return None if m is None else "vi" if m.group("vi") else "en"


def gathered_credits(text: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The photographers of a gathered credit and the keys of each one's photos, or None when
    ``text`` is not one: ``Ảnh: TRÍ DŨNG (1, 3); VŨ GIANG (2)`` -> [('TRÍ DŨNG', ('1', '3')),
    ('VŨ GIANG', ('2',))]; ``Ảnh: KIỀU ANH`` -> [('KIỀU ANH', ())] (one photographer took
    them all)."""
    m = _GATHERED_LABEL.match(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end():].strip().rstrip(".")
    if rest.count("(") == rest.count(")") + 1:
        rest = rest.rstrip(" ,;") + ")"    # the last bracket closed on a line lost: to the end
    out: list[tuple[str, tuple[str, ...]]] = []
    for name, marks in re.findall(r"([^();]+?)\s*\(([^()]*)\)\s*[;,]?", rest):
        keys = _marks(marks)
        if keys is None:
            return None
        out.append((name.strip(" ;,"), keys))
    if not out:
        name = rest.strip(" ;,")
        return [(name, ())] if name and "(" not in name else None
    return out


def _marks(marks: str) -> tuple[str, ...] | None:
    """The keys inside a credit's brackets: numbers (``1, 3``) or places (``top left; bottom``,
    ``trên, trái; dưới, phải``)."""
    numbers = re.findall(r"\d{1,2}", marks)
    if numbers and not re.search(r"[^\W\d_]", marks):
        return tuple(numbers)
    keys = []
    for part in re.split(r";", marks):
        place = place_of(part)
        if place is None:
            return None
        keys.append(" ".join(place))
    return tuple(keys)
