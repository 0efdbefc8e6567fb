"""Facts about Vietnamese writing shared by the stages: pure functions, no I/O."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The word facts below are asked for every word by every stage, and a document repeats
# most of its words: remembered for this many distinct strings (a few MB at most).
WORD_CACHE = 1 << 16

# Letters that only Vietnamese (among the two languages here) writes.
_VI_BASE = "ăâđêôơư"
_TONE_NAMES = {"\u0300": "huyen", "\u0301": "sac", "\u0303": "nga", "\u0309": "hoi",
               "\u0323": "nang"}
_TONE_MARKS = set(_TONE_NAMES)
_STOP_CODAS = ("p", "t", "c", "ch")       # closed syllables take only sắc or nặng
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}                       # breve, circumflex, horn

_ONSETS = ("ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x")
_NUCLEI = ("uyê|uya|uyu|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|uyê|"
           "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
           "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y")
_CODAS = "ng|nh|ch|c|m|n|p|t|o|u|i|y"
_SYLLABLE = re.compile(rf"^(?:{_ONSETS})?(?:{_NUCLEI})(?:{_CODAS})?$")


@lru_cache(maxsize=WORD_CACHE)
def strip_tones(text: str) -> str:
    """Remove the five tone marks, keep ă â ê ô ơ ư đ."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=WORD_CACHE)
def strip_diacritics(text: str) -> str:
    """``Hoàng Quốc Khánh`` -> ``Hoang Quoc Khanh``; ``Đ`` becomes ``D``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=WORD_CACHE)
def has_vietnamese_marks(token: str) -> bool:
    """True when the token has a letter or mark that English does not use."""
    for c in unicodedata.normalize("NFD", token.lower()):
        if c in _TONE_MARKS or c in _SHAPE_MARKS or c == "đ":
            return True
    return False


@lru_cache(maxsize=WORD_CACHE)
def is_syllable_shape(token: str) -> bool:
    """True when ``token`` (any case, tones ignored) has the shape of a Vietnamese syllable."""
    base = strip_tones(token.lower())
    return bool(base) and _SYLLABLE.match(base) is not None


def _fold(pattern: str) -> str:
    decomposed = unicodedata.normalize("NFD", pattern.replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The same syllable grammar with every mark taken off (``nuoc``, ``Quoc``, ``ngay``).
_BARE_SYLLABLE = re.compile(rf"^(?:{_fold(_ONSETS)})?(?:{_fold(_NUCLEI)})(?:{_fold(_CODAS)})?$")


@lru_cache(maxsize=WORD_CACHE)
def is_bare_syllable(token: str) -> bool:
    """True when ``token`` is, or with its marks stripped would be, a Vietnamese syllable shape.

    Holds for text that lost its diacritics (``Quoc``, ``nuoc``), which English words
    rarely do beyond short ones (``to``, ``an``, ``the``).
    """
    return is_syllable_shape(token) or bool(_BARE_SYLLABLE.match(strip_diacritics(token.lower())))


def tone_of(syllable: str) -> str | None:
    """The tone mark's name (``huyen``, ``sac``, ``nga``, ``hoi``, ``nang``), None for ngang."""
    for c in unicodedata.normalize("NFD", syllable):
        if c in _TONE_NAMES:
            return _TONE_NAMES[c]
    return None


def is_valid_syllable(token: str) -> bool:
    """Lowercase ``token`` is a well-formed Vietnamese syllable (shape and tone rules)."""
    if not token or not token.isalpha() or token != token.lower():
        return False
    if not is_syllable_shape(token):
        return False
    return not (strip_tones(token).endswith(_STOP_CODAS)
                and tone_of(token) not in ("sac", "nang"))


def placement_key(word: str) -> str:
    """``word`` with the tone mark of a final ``oa``/``oe``/``uy`` on the last vowel.

    Vietnamese writes these open syllables in two styles, the mark on the first vowel
    (``hòa``, ``khỏe``, ``thủy``) or on the second (``hoà``, ``khoẻ``, ``thuỷ``); both are
    correct, and one publication may mix them. The two spellings share this key."""
    decomposed = unicodedata.normalize("NFD", word)
    tone = next((c for c in decomposed if c in _TONE_MARKS), None)
    if tone is None:
        return word
    bare = strip_tones(word)
    if not bare.lower().endswith(("oa", "oe", "uy")):
        return word
    return unicodedata.normalize("NFC", bare + tone)
