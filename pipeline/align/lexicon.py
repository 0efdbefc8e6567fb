"""Translation anchors from a Vietnamese-English gloss list, for text with few names, numbers
and dates (a reflection, a greeting), where :mod:`magpipe.align.anchors` finds little.

``gloss_similarity(vi, en)``: the Vietnamese text is cut greedily into the longest headwords
of the gloss list (up to four syllables); a headword counts as translated when every content
word of one of its glosses is in the English text (crude plural and ``-ed`` folding). The
score is the share of glossed headwords that are translated. The data is
``data/vi-en-glosses.tsv.gz`` (GPL-2.0-or-later, built by ``tools/build_align_glosses.py``;
see ``data/README.md``). Pure functions; the data is read once, lazily.
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from magpipe.text.english import STOPWORDS

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data" / "vi-en-glosses.tsv.gz"
MAX_SYLLABLES = 4
MIN_TERMS = 3          # fewer glossed headwords than this: no evidence (None)
_TONE = "\u0300\u0301\u0303\u0309\u0323"
_OLD = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])([" + _TONE + r"])(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")


def modern_tone(text: str) -> str:
    """``hoà, thuỷ, khoẻ`` -> ``hòa, thủy, khỏe`` (the tone on the first vowel of open oa, oe,
    uy), the placement most current press uses; the dictionary mostly uses the old one."""
    d = unicodedata.normalize("NFD", text)
    d = _OLD.sub(lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], d)
    return unicodedata.normalize("NFC", d)


def _stem(word: str) -> str:
    for end in ("ies", "es", "ed", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def content_words(gloss: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(gloss.lower()) if w not in STOPWORDS)


@lru_cache(maxsize=1)
def glosses() -> dict[str, tuple[frozenset[str], ...]]:
    if not DATA.is_file():
        log.warning("%s is missing: no lexicon anchors", DATA)
        return {}
    out: dict[str, tuple[frozenset[str], ...]] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            head, _, rest = line.rstrip("\n").partition("\t")
            out[head] = tuple(c for c in (content_words(g) for g in rest.split("|")) if c)
    return out


def gloss_similarity(vi: str, en: str) -> float | None:
    """Share of the glossed Vietnamese headwords whose gloss is in ``en``; None when fewer
    than ``MIN_TERMS`` headwords of ``vi`` are in the gloss list."""
    table = glosses()
    if not table:
        return None
    syllables = _WORD.findall(modern_tone(vi.lower()))
    en_words = {_stem(w) for w in _WORD.findall(en.lower())}
    terms = hits = 0
    i = 0
    while i < len(syllables):
        for n in range(min(MAX_SYLLABLES, len(syllables) - i), 0, -1):
            entry = table.get(" ".join(syllables[i:i + n]))
            if entry is not None:
                terms += 1
                hits += any(g <= en_words for g in entry)
                i += n
                break
        else:
            i += 1
    return hits / terms if terms >= MIN_TERMS else None
