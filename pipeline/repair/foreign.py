"""Foreign words with marks in sound text: French (or another Latin-script language) that
repair leaves as written.

Pure logic on strings. Vietnamese writes ``é``, ``è``, ``à`` and ``ô`` too, so one mark
says little; but it writes them only on a syllable (``chè``, ``bé``), never in a word of
another shape (``frontière``, ``été``, ``près``), and never writes ``ç``, ``œ``, ``ï`` or
``ü`` (no syllable holds them). A paragraph of sound text in which such words are frequent
and outnumber the words with Vietnamese marks is foreign text (a French column beside the
articles): Vietnamese repair would read its bare words as stripped syllables (``Ky Lua`` ->
``Kỳ Lừa``) and the English slips would read its words as misspelt English (``visiteurs``
-> ``visitors``, ``déviation`` -> ``deviation``); both are kept out of it. A lone foreign
word in a Vietnamese or English paragraph (``Les Misérables``, ``café``) decides nothing,
nor do a few in a paragraph whose English function words outnumber them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from magpipe.repair.words import PUNCT, split_token
from magpipe.text.english import FUNCTION_WORDS
from magpipe.text.vietnamese import WORD_CACHE, is_syllable_shape

# marks only Vietnamese puts on a Latin letter: hook above, dot below, horn, breve (and the
# letter đ); a word holding one is Vietnamese, whatever its shape (an OCR slip: ``HỒÔM``)
VIETNAMESE_ONLY_MARKS = frozenset("\u0309\u0323\u031b\u0306")
# a paragraph is foreign with at least this many foreign words ...
FOREIGN_MIN = 2
# ... making at least this share of its words: French running text marks about one word
# in eight (the trilingual family's French column: 9-20% of a paragraph's words), while a
# Vietnamese OCR reading of an English paragraph puts a stray mark on one word in fifty
# or fewer (``Committée``), which stays an English slip to put right
FOREIGN_SHARE = 0.06


@lru_cache(maxsize=WORD_CACHE)
def is_foreign_word(core: str) -> bool:
    """A word with a mark or letter outside ASCII that no Vietnamese syllable can hold: a
    mark on a word of another shape (``frontière``, ``été``), or ``ç``, ``œ``, ``ï``
    (``garçon``, ``sœur``, ``naïve``); not one with a mark only Vietnamese writes, or two
    marks on one vowel (``ế``): those are Vietnamese, however misread."""
    if core.isascii() or not core.isalpha():
        return False
    lower = core.lower()
    if "đ" in lower:
        return False
    decomposed = unicodedata.normalize("NFD", lower)
    if any(c in VIETNAMESE_ONLY_MARKS for c in decomposed):
        return False
    if any(unicodedata.combining(a) and unicodedata.combining(b)
           for a, b in zip(decomposed, decomposed[1:], strict=False)):
        return False
    return not is_syllable_shape(lower)


_PLAIN, _FOREIGN, _MARKED = 0, 1, 2      # what a word outside ASCII says (``_kind``)


@lru_cache(maxsize=WORD_CACHE)
def _kind(word: str) -> int:
    """A word outside ASCII: foreign (``is_foreign_word``), marked (two letters or more with
    a mark: Vietnamese; not ``à``, which French writes as often), or neither."""
    core = split_token(word)[1]
    if is_foreign_word(core):
        return _FOREIGN
    return _MARKED if len(core) > 1 and not core.isascii() else _PLAIN


def is_foreign_paragraph(lines: Sequence[Sequence[str]]) -> bool:
    """Whether the words of ``lines`` (one paragraph of sound text) are foreign text:
    ``FOREIGN_MIN`` foreign words or more, at least ``FOREIGN_SHARE`` of its words, and
    more of them than words with marks that are not foreign (Vietnamese) and than English
    function words (English with a loanword and a slip of Vietnamese OCR: ``the Committée
    and a café``). Asked of every paragraph of every sound page, so cheap: one remembered
    answer per word outside ASCII, and the English words counted only in a paragraph that
    passed the other tests."""
    words = [word for line in lines for word in line]
    outside = [word for word in words if not word.isascii()]
    if len(outside) < FOREIGN_MIN:      # (a foreign word is outside ASCII: too few can be)
        return False
    kinds = list(map(_kind, outside))
    foreign = kinds.count(_FOREIGN)
    if (foreign < FOREIGN_MIN or foreign < FOREIGN_SHARE * len(words)
            or foreign <= kinds.count(_MARKED)):
        return False
    english = sum(word.strip(PUNCT).lower() in FUNCTION_WORDS for word in words
                  if word.isascii())
    return foreign > english
