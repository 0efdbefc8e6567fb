"""Is a page's text Vietnamese that lost its diacritics? Pure scoring, no I/O.

English-only OCR (Tesseract ``eng``) reads Vietnamese as Latin-1 letters at best:
``Quốc`` -> ``Quéc``, ``nước`` -> ``nudc``, ``Sở`` -> ``S&``, ``tổng`` -> ``t6ng``. It
never writes the letters only Vietnamese uses (ă ơ ư đ, hook above, dot below, ê/ô
with a tone). So a page is damaged when it has plenty of Vietnamese-looking words
but almost none of them carries a Vietnamese-only letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from magpipe.text import english
from magpipe.text.vietnamese import WORD_CACHE, is_syllable_shape, strip_diacritics

_VI_ONLY = set("ăâđêôơư")            # base letters that English OCR never produces ...
_HOOK_DOT_HORN_BREVE = {"\u0309", "\u0323", "\u031b", "\u0306"}   # ... nor these marks
_TOKEN = re.compile(r"[^\W_]+(?:[&'’][^\W_]+)*|[^\W\d_]+&", re.UNICODE)
_DIGIT_IN_WORD = re.compile(r"^[^\W\d_]+\d+[^\W\d_]*$|^\d+[^\W\d_]+$")


@lru_cache(maxsize=WORD_CACHE)
def has_vietnamese_only_letter(token: str) -> bool:
    """True for a letter or mark that no Latin-1 (English OCR) output contains."""
    decomposed = unicodedata.normalize("NFD", token.lower())
    if any(c in _HOOK_DOT_HORN_BREVE for c in decomposed):
        return True
    return any(c in _VI_ONLY for c in unicodedata.normalize("NFC", token.lower()))


@dataclass(frozen=True)
class DamageScore:
    tokens: int            # word tokens on the page
    vietnamese: int        # lowercase tokens that look Vietnamese (syllable shape, not English)
    vi_only: int           # of those, tokens with a Vietnamese-only letter or mark
    odd: int               # tokens with a digit or '&' inside letters (t6ng, S&)
    damaged: bool
    reason: str


# At least this many Vietnamese-looking tokens before judging: a short English page
# with a few names (Lang Son, Hai Phong) must not look like damaged Vietnamese.
MIN_VIETNAMESE = 15
MIN_VIETNAMESE_SHARE = 0.12   # English text of this bulletin stays under 0.06 (lowercase only)
# Sound Vietnamese print has a Vietnamese-only letter in roughly half its syllables
# (được, người, Việt, tỉnh, Lạng, Sơn ...); English OCR output has none or, through
# noise, a few percent. 10% sits safely between.
MAX_VI_ONLY_SHARE = 0.10


# The last text's tokens: extract's source choice asks score_text and nonsense_share of the
# same page text, one after the other.
@lru_cache(maxsize=1)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


# What one token counts for in :func:`score_text`. A page repeats its syllables, and a
# token's kind depends on nothing else: each kind is worked out once and remembered.
_NO_KIND, _ODD, _VIETNAMESE, _VI_ONLY_LETTER = range(4)


@lru_cache(maxsize=WORD_CACHE)
def _token_kind(token: str) -> int:
    """``_ODD`` (digit or ``&`` inside letters), ``_VI_ONLY_LETTER`` (counted as Vietnamese
    and as having a Vietnamese-only letter), ``_VIETNAMESE`` or ``_NO_KIND``."""
    lower = token.lower()
    if "&" in token or _DIGIT_IN_WORD.match(token):
        return _ODD
    # Capitalised words are mostly names, which English text writes without marks too.
    if (lower in english.DAMAGE_WORDS or not token[0].islower()
            or not (is_syllable_shape(lower) or is_syllable_shape(strip_diacritics(lower)))):
        return _VI_ONLY_LETTER if has_vietnamese_only_letter(lower) else _NO_KIND
    return _VI_ONLY_LETTER if has_vietnamese_only_letter(lower) else _VIETNAMESE


def score_text(text: str) -> DamageScore:
    tokens = _tokens(text)
    kinds = Counter(map(_token_kind, tokens))
    odd, vi_only = kinds[_ODD], kinds[_VI_ONLY_LETTER]
    vietnamese = vi_only + kinds[_VIETNAMESE]
    share = vietnamese / len(tokens) if tokens else 0.0
    only_share = vi_only / vietnamese if vietnamese else 0.0
    if vietnamese < MIN_VIETNAMESE or share < MIN_VIETNAMESE_SHARE:
        return DamageScore(len(tokens), vietnamese, vi_only, odd, False,
                           f"{vietnamese} Vietnamese-looking words of {len(tokens)}: "
                           f"too few to judge, taken as sound")
    damaged = only_share < MAX_VI_ONLY_SHARE
    verdict = "lost its diacritics" if damaged else "sound"
    return DamageScore(len(tokens), vietnamese, vi_only, odd, damaged,
                       f"{vietnamese} Vietnamese-looking words, {only_share:.0%} with a "
                       f"Vietnamese-only letter, {odd} with digits/& inside: {verdict}")


_CID = re.compile(r"\(cid:\d+\)")


def unreadable_share(text: str) -> float:
    """Share of characters that are no text at all: ``(cid:12)``, U+FFFD, private use, controls."""
    if not text:
        return 0.0
    bad = sum(len(m) for m in _CID.findall(text))
    rest = _CID.sub("", text)
    # counted per distinct character: a page of thousands uses a hundred or so
    bad += sum(rest.count(c) for c in set(rest) if _no_text(c))
    return bad / len(text)


def _no_text(c: str) -> bool:
    """U+FFFD, a private-use or unassigned code point, or a control other than whitespace."""
    cat = unicodedata.category(c)
    return c == "\ufffd" or cat in ("Co", "Cn") or (cat == "Cc" and c not in "\n\t\f\r")


# Random letters: a font with no usable ToUnicode map, or a custom encoding, extracts as
# letters that spell nothing (``Tnb xkqlz``). A token spells a word when it is a Vietnamese
# syllable, or plain Latin letters with a vowel, no run of five consonants and a ``q`` only
# before ``u``. Capitals-only tokens (acronyms) and single letters say nothing.
_LATIN_VOWELS = set("aeiouy")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{5,}")
_LONE_Q = re.compile(r"q(?!u)")


# Pure, and asked of up to NONSENSE_SAMPLE tokens of every page: remembered.
@lru_cache(maxsize=WORD_CACHE)
def spells_nothing(token: str) -> bool:
    lower = token.lower()
    if len(lower) < 2 or not lower.isalpha() or token.isupper():
        return False
    if lower.isascii():
        return (not _LATIN_VOWELS & set(lower) or bool(_CONSONANT_RUN.search(lower))
                or bool(_LONE_Q.search(lower)))
    # marks on no syllable, or letters neither language writes
    return not is_syllable_shape(lower)


# Fewer letter tokens than this tell nothing (a page of figures, a caption); more than
# NONSENSE_SAMPLE are not needed to tell (random letters run through a whole font).
MIN_NONSENSE_TOKENS = 20
NONSENSE_SAMPLE = 400


def nonsense_share(text: str) -> float:
    """Share of the letter tokens of ``text`` that spell nothing (see :func:`spells_nothing`);
    0.0 when the text has too few letter tokens to tell."""
    tokens = [t for t in _tokens(text) if len(t) >= 2 and t.isalpha() and not t.isupper()]
    tokens = tokens[::max(1, len(tokens) // NONSENSE_SAMPLE)]
    if len(tokens) < MIN_NONSENSE_TOKENS:
        return 0.0
    return sum(map(spells_nothing, tokens)) / len(tokens)
