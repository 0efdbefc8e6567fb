"""Join the lines of a paragraph back into running text, undoing line-end hyphenation.

Pure functions, no I/O. The rules, in order, for the end of one line meeting the start
of the next:

* a lone dash ending a line (``Bắc -`` / ``Nam``) is a spaced dash: keep it, join with a space;
* a word ending in a hyphen followed by a digit (``14-`` / ``19/12/2025``) is a range: keep the
  hyphen, join without a space;
* a word ending in a hyphen followed by a lower-case letter is a hyphenated English word cut at
  the line end (``com-`` / ``menced``) unless the paragraph is Vietnamese or the two halves are a
  real compound: the hyphen goes when the joined word is a known English word
  (``wordfreq`` Zipf >= 1), or when the two halves are not both common words on their own
  (names like ``Nan-`` / ``ning``); ``self-`` / ``reliance`` and ``people-to-`` / ``people``
  keep their hyphen because the joined form is unknown and both halves are words; a
  foreign word cut at a line end inside Vietnamese text (``bà Mar-`` / ``celle``, PDFium's
  line-end hyphen mark U+FFFE made ``-``) follows the same rule when neither half carries a
  Vietnamese mark (``kinh tế-`` / ``thương mại`` keeps its hyphen);
* anything else is joined with one space.
"""

from __future__ import annotations

import re

from magpipe.text.english_zipf import english_zipf
from magpipe.text.vietnamese import has_vietnamese_marks

_HYPHENS = "-\u00ad\u2010\u2011"        # hyphen-minus, soft hyphen, hyphen, non-breaking hyphen
_TAIL = re.compile(rf"([A-Za-z\u00c0-\u1ef9]+)[{_HYPHENS}]$")
_HEAD = re.compile(r"^([a-z\u00e0-\u1ef9]+)")
_KNOWN_JOINED = 1.0    # Zipf frequency above which a joined word is a real English word
_COMMON_PART = 3.0     # Zipf frequency above which a half is a word on its own


def _remove_hyphen(before: str, after: str) -> bool:
    """True when ``before-`` + ``after`` is one word cut at a line end."""
    joined = (before + after).lower()
    if english_zipf(joined) >= _KNOWN_JOINED:
        return True
    both_words = (english_zipf(before.lower()) >= _COMMON_PART
                  and english_zipf(after.lower()) >= _COMMON_PART)
    return not both_words


def join_pair(left: str, right: str, *, lang: str = "en") -> str:
    """Join two pieces of text that were on consecutive lines (or columns, or pages)."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    last = left.split()[-1]
    if last in ("-", "–", "—"):
        return f"{left} {right}"
    if last[-1] not in _HYPHENS or len(last) < 2:
        return f"{left} {right}"
    if right[0].isdigit():
        return left + right                     # 14- / 19/12/2025
    tail, head = _TAIL.search(last), _HEAD.match(right)
    if tail is None or head is None:
        return left + right                     # Build- / Operate: keep the hyphen, no space
    foreign = lang != "vi" or not (has_vietnamese_marks(tail.group(1))
                                   or has_vietnamese_marks(head.group(1)))
    if foreign and _remove_hyphen(tail.group(1), head.group(1)):
        return left[:-1] + right
    return left + right


def join_lines(lines: list[str] | tuple[str, ...], *, lang: str = "en") -> str:
    """The running text of a paragraph whose lines are given top to bottom."""
    text = ""
    for line in lines:
        line = " ".join(line.split())
        if line:
            text = join_pair(text, line, lang=lang) if text else line
    return text
