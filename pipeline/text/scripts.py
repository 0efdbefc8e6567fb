"""Writing systems of a text's letters: pure facts, no I/O.

Vietnamese and English are both written in the Latin alphabet (Vietnamese with the letters
and tone marks of Latin Extended Additional); a letter of another script (Chinese, Lao,
Khmer, Thai, Cyrillic, Greek...) is text in neither language.
"""

from __future__ import annotations

# Code point ranges of the Latin letters: Basic Latin and Latin-1, Latin Extended-A and -B,
# the IPA extensions and spacing modifier letters (OCR reads some marks as them: ``ˆ``),
# Latin Extended Additional (the Vietnamese letters with two marks: ``ệ``, ``ở``).
_LATIN = ((0x0000, 0x02FF), (0x1E00, 0x1EFF))


def latin(ch: str) -> bool:
    """``ch`` (one character) is a Latin letter, or no letter at all."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _LATIN)


def other_script_share(text: str) -> float:
    """Share of ``text``'s letters written in a script other than Latin (0 with no letter)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if not latin(ch)) / len(letters)
