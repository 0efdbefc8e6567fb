"""How the two credits of one caption compare, and how the English half spells its credit.

:mod:`magpipe.align.captions` rebuilds captions from their blocks; a caption's Vietnamese
credit (``Ảnh: TRÍ DŨNG``) and English credit (``Photo: TRI DUNG``) name one photographer
when they agree without marks and case (:func:`credits_match`), or a letter or two apart
(:func:`credits_near`, an OCR slip, or one cut short). The English credit is given as the
English half prints the name, without marks (:func:`english_credit`), and a Vietnamese
credit that runs on past the English one's name is cut there (:func:`spilled_credit`).
Pure functions, no I/O.
"""

from __future__ import annotations

from magpipe.text.credits import COLLECTED_EN, COLLECTED_VI
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_bare_syllable,
    is_syllable_shape,
    strip_diacritics,
)
from rapidfuzz.distance import Levenshtein


def credits_match(vi: str | None, en: str | None) -> bool:
    """``TRÍ DŨNG`` ~ ``TRI DUNG``; the collected-photo marks match each other."""
    if vi is None or en is None:
        return False
    if vi == COLLECTED_VI and en == COLLECTED_EN:
        return True
    return strip_diacritics(vi).casefold().split() == strip_diacritics(en).casefold().split()


def credits_near(vi: str, en: str) -> bool:
    """The two credits may name one photographer: equal without marks and case, or a letter
    or two apart (an OCR slip), or one cut short (its name's last words wrapped to a line
    read apart: ``TRẺ DÙNG`` / ``TRI``), the shorter's words opening the longer's, each a
    letter apart at most. An English half whose credit names someone else is another
    photo's caption, even when it follows a Vietnamese half."""
    if credits_match(vi, en):
        return True
    a, b = strip_diacritics(vi).casefold(), strip_diacritics(en).casefold()
    if Levenshtein.distance(a, b) <= max(1, len(a) // 5):
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return 0 < len(short) < len(long) and all(
        Levenshtein.distance(x, y) <= 1 for x, y in zip(short, long[:len(short)], strict=True))


def spilled_credit(credit: str, credit_en: str) -> tuple[str, str] | None:
    """(the Vietnamese credit, the words after it) when the Vietnamese credit runs on past the
    name the English credit gives (``Minh Đức Mr Hoang Minh`` / ``Minh Duc``); None
    otherwise."""
    words, name = credit.split(), credit_en.split()
    if len(words) <= len(name) or not credits_match(" ".join(words[:len(name)]), credit_en):
        return None
    if has_vietnamese_marks(" ".join(words[len(name):])):
        return None        # the name goes on (``Phạm Hương`` / ``PHAM``, its rest wrapped)
    return " ".join(words[:len(name)]), " ".join(words[len(name):])


def english_credit(credit: str | None, credit_en: str | None) -> str | None:
    """The English credit as the English half prints it: without Vietnamese marks when it is
    the Vietnamese credit's name (``TRÍ DŨNG`` / ``TRÌ DUNG`` -> ``TRI DUNG``). A name that
    is not the Vietnamese one, or a caption with one credit only, is left as read."""
    if credit_en is None or credit_en == COLLECTED_EN or credit is None:
        return credit_en
    if credits_match(credit, credit_en):
        return strip_diacritics(credit_en)
    return _misread_words_fixed(credit, credit_en) or credit_en


def _misread_words_fixed(credit: str, credit_en: str) -> str | None:
    """The English credit with each word that is no Vietnamese syllable, one letter away
    from the Vietnamese credit's word, read from that word: ``TRÍ DŨNG`` / ``FRI DUNG`` ->
    ``TRI DUNG`` (both credits name one Vietnamese photographer, and ``FRI`` is no
    syllable). None when the names differ in any other way."""
    vi_words, en_words = credit.split(), credit_en.split()
    if len(vi_words) != len(en_words):
        return None
    out = []
    for vi, en in zip(vi_words, en_words, strict=True):
        folded = strip_diacritics(vi)
        if folded.casefold() == strip_diacritics(en).casefold():
            out.append(strip_diacritics(en))
        elif (is_syllable_shape(vi) and not is_bare_syllable(en)
              and Levenshtein.distance(folded.casefold(), en.casefold()) == 1):
            out.append(folded.upper() if en.isupper() else folded.capitalize())
        else:
            return None
    return " ".join(out)
