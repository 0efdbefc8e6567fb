"""Translation anchors from a Vietnamese-English gloss list, for text with few names, numbers
and dates (a reflection, a greeting), where :mod:`magpipe.align.anchors` finds little.

``gloss_similarity(vi, en)``: the Vietnamese text is cut greedily into the longest headwords
of the gloss list (up to four syllables); a headword counts as translated when every content
word of one of its glosses is in the English text (crude folding of plurals, ``-ed`` and a
final ``e``). The score is the share of glossed headwords that are translated. The data is
``data/vi-en-glosses.tsv.gz`` (GPL-2.0-or-later, built by ``tools/build_align_glosses.py``;
see ``data/README.md``). Pure functions; the data is read once, lazily.
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from magpipe import snapshots
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


@lru_cache(maxsize=65536)      # a text's words repeat; a language has few more forms than this
def _stem(word: str) -> str:
    """Crude folding of plurals and ``-ed``, then of a final ``e``, so that a word and its
    forms meet: ``delegates``/``delegate`` -> ``delegat``, ``located``/``locate`` -> ``locat``."""
    for end in ("ies", "es", "ed", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(gloss: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(gloss.lower()) if w not in STOPWORDS)


# How a headword's glosses are kept (``glosses``): the content words of a gloss joined by
# ``_WORDS_APART``, its glosses by ``_GLOSSES_APART`` (a content word is letters alone). As
# text the 36,000 headwords are read back from their snapshot in ~13 ms of CPU; as the
# frozensets a lookup wants, in ~80 ms, paid by every run's fork server before its first
# document, for the few hundred headwords a batch meets (``_entry`` makes those).
_WORDS_APART, _GLOSSES_APART = " ", "|"


@lru_cache(maxsize=1)
def glosses() -> dict[str, str]:
    """Headword -> the content words of each of its glosses, as text (``_entry`` reads it);
    from their snapshot when one was saved (``magpipe.snapshots``)."""
    if not DATA.is_file():
        log.warning("%s is missing: no lexicon anchors", DATA)
        return {}
    return snapshots.load_or_build("align-glosses", dict, _read_glosses, [DATA])


def _read_glosses() -> dict[str, str]:
    out: dict[str, str] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            head, _, rest = line.rstrip("\n").partition("\t")
            words = (content_words(g) for g in rest.split("|"))
            out[head] = _GLOSSES_APART.join(_WORDS_APART.join(sorted(c)) for c in words if c)
    return out


@lru_cache(maxsize=65536)      # a document meets a few hundred headwords, again and again
def _entry(kept: str) -> tuple[frozenset[str], ...]:
    """The content words of each gloss of a headword, from their text in ``glosses``
    (a headword all of whose glosses were stop words keeps none: ``""``)."""
    if not kept:
        return ()
    return tuple(frozenset(g.split(_WORDS_APART)) for g in kept.split(_GLOSSES_APART))


@lru_cache(maxsize=1)
def _longest() -> dict[str, int]:
    """First syllable -> the most syllables of a headword starting with it: the greedy cut
    tries only lengths that exist (most syllables start no headword of two or more). Read
    from its snapshot beside the glosses' when one was saved (working it out walks every
    headword: ~17 ms of CPU before a run's first document, in its fork server)."""
    if not DATA.is_file():
        return {}
    return snapshots.load_or_build("align-headword-lengths", dict, _count_longest, [DATA])


def _count_longest() -> dict[str, int]:
    out: dict[str, int] = {}
    for head in glosses():
        first, *rest = head.split(" ")
        out[first] = max(out.get(first, 0), 1 + len(rest))
    return out


@dataclass(frozen=True)
class _Terms:
    """The glossed headwords of one Vietnamese text, indexed for lookups: ``single`` maps a
    one-word gloss to the headwords it translates; ``multi`` maps one word of each gloss of
    several content words (its least, so the choice is fixed) to (headword, gloss): a gloss is
    only tested against an English text that holds that word. Pairing compares one text with
    hundreds of candidates, so each test is a set intersection run in C, not a Python loop
    over the English words."""

    count: int
    single: dict[str, tuple[int, ...]]
    multi: dict[str, tuple[tuple[int, frozenset[str]], ...]]


@lru_cache(maxsize=4096)
def _vi_terms(vi: str) -> _Terms:
    """The headwords of ``vi``, cut greedily longest first. Cached: the paragraph aligner
    asks about each paragraph (and each pair of neighbours) once per candidate twin, so a
    document's text is cut and indexed once."""
    table, longest = glosses(), _longest()
    syllables = _WORD.findall(modern_tone(vi.lower()))
    single: dict[str, list[int]] = {}
    multi: dict[str, list[tuple[int, frozenset[str]]]] = {}
    count = i = 0
    while i < len(syllables):
        top = min(MAX_SYLLABLES, len(syllables) - i, longest.get(syllables[i], 0))
        for n in range(top, 0, -1):
            kept = table.get(" ".join(syllables[i:i + n]))
            if kept is not None:
                for gloss in _entry(kept):
                    if len(gloss) == 1:
                        single.setdefault(next(iter(gloss)), []).append(count)
                    else:
                        multi.setdefault(min(gloss), []).append((count, gloss))
                count += 1
                i += n
                break
        else:
            i += 1
    return _Terms(count, {w: tuple(ks) for w, ks in single.items()},
                  {w: tuple(gs) for w, gs in multi.items()})


@lru_cache(maxsize=4096)
def _en_words(en: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(en.lower()))


def gloss_similarity(vi: str, en: str) -> float | None:
    """Share of the glossed Vietnamese headwords whose gloss is in ``en``; None when fewer
    than ``MIN_TERMS`` headwords of ``vi`` are in the gloss list."""
    if not glosses():
        return None
    terms = _vi_terms(vi)
    if terms.count < MIN_TERMS:
        return None
    en_words = _en_words(en)
    hit: set[int] = set()
    for word in terms.single.keys() & en_words:
        hit.update(terms.single[word])
    for word in terms.multi.keys() & en_words:
        hit.update(k for k, gloss in terms.multi[word] if k not in hit and gloss <= en_words)
    return len(hit) / terms.count
