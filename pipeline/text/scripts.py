"""Writing systems of a text's letters: pure facts, no I/O.

Vietnamese and English are both written in the Latin alphabet (Vietnamese with the letters
and tone marks of Latin Extended Additional); a letter of another script (Chinese, Lao,
Khmer, Thai, Cyrillic, Greek...) is text in neither language.
"""

from __future__ import annotations

import re

# Code point ranges of the Latin letters: Basic Latin and Latin-1, Latin Extended-A and -B,
# the IPA extensions and spacing modifier letters (OCR reads some marks as them: ``ˆ``),
# Latin Extended Additional (the Vietnamese letters with two marks: ``ệ``, ``ở``).
_LATIN = ((0x0000, 0x02FF), (0x1E00, 0x1EFF))
# any character outside those ranges (a letter of another script, or a sign such as ``“``)
_OUTSIDE_LATIN = re.compile("[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _LATIN) + "]")


def latin(ch: str) -> bool:
    """``ch`` (one character) is a Latin letter, or no letter at all."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _LATIN)


def other_script_share(text: str) -> float:
    """Share of ``text``'s letters written in a script other than Latin (0 with no letter).
    Only the characters outside the Latin ranges are tested one by one (asked of every
    block's text by split: a letter at a time with ``latin``, a tenth of split's time)."""
    outside = _OUTSIDE_LATIN.findall(text)
    if not outside:
        return 0.0
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    return sum(map(str.isalpha, outside)) / letters
