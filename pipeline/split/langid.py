"""Language of a block (Vietnamese or English) and the cutting of mixed captions.

Pure logic, no I/O. Evidence per block, chosen so that it survives OCR without Vietnamese data:

* ``marked``: share of word tokens with a letter or mark only Vietnamese uses (ă â đ ê ô ơ ư or a
  tone mark). Clean Vietnamese is ~70-90%, English ~0% (names are printed without diacritics).
* ``syllables``: share of tokens shaped like a Vietnamese syllable (``is_syllable_shape``).
  Vietnamese whose diacritics were lost still scores ~90%; English ~30-45% (``the``, ``Lang``).
* ``stopwords``: share of tokens that are common English function words. English ~30-45%,
  Vietnamese ~0-3% (``a``, ``to``, ``in`` are rare there).
* langdetect (seeded, deterministic) only when the three rules disagree or are thin: it costs
  milliseconds per call, the rules cost microseconds.

Blocks with too little evidence (a name, a credit) get ``und`` here; ``fill_unknown`` gives them
the language of their neighbours in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from magpipe.artifacts.layout import Lang
from magpipe.text import english
from magpipe.text.credits import closing_credit_lang
from magpipe.text.dates import date_alone, date_in_english, vietnamese_clock
from magpipe.text.headings import in_capitals
from magpipe.text.vietnamese import has_vietnamese_marks, is_bare_syllable

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# English-only OCR leaves Vietnamese syllables with every mark gone ("phuong" for "phương"),
# so a syllable counts with its marks or without them.
is_syllable = is_bare_syllable
_MIN_TOKENS = 3            # fewer word tokens than this is thin evidence
SHORT_WORDS = 0.5          # least share of words shaped like English words and no syllable
                           # in a short unmarked English text (one of its two words may read
                           # as a syllable: "Main")
_VOWELS = frozenset("aeiouy")
SMALL_WORDS = 2            # fewest words in small letters to tell a text's language by them
                           # alone, its capitalised words (names) set aside


@dataclass(frozen=True)
class Evidence:
    tokens: int
    marked: float
    syllables: float
    stopwords: float


MARKED_PLAIN = 0.3   # share of words bearing Vietnamese marks: from this the text is plainly
                     # Vietnamese (English text, names aside, bears none)
# ``evidence`` of the texts last asked: a page asks it of each line and block several times
# (``line_lang`` of a line for the language cuts and again for the twin lists, ``classify``
# of a block and of its caption's parts): of 12,751 asks over the development families'
# born-digital pages, 5,543 texts were new (Evidence is frozen: shared safely).
EVIDENCE_MEMO = 8192


@lru_cache(maxsize=EVIDENCE_MEMO)
def evidence(text: str) -> Evidence:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Evidence(0, 0.0, 0.0, 0.0)
    n = len(tokens)
    # (map, not generators: asked of every block and every part of a caption)
    return Evidence(
        tokens=n,
        marked=sum(map(has_vietnamese_marks, tokens)) / n,
        syllables=sum(map(is_syllable, tokens)) / n,
        stopwords=sum(map(english.STOPWORDS.__contains__, map(str.lower, tokens))) / n,
    )


@lru_cache(maxsize=1)
def _detector_ready() -> bool:
    from langdetect import DetectorFactory
    from magpipe.split import langprofiles
    DetectorFactory.seed = 0
    langprofiles.install()       # the profiles as one table, from their snapshot
    return True


def _detected(text: str) -> list | None:
    """langdetect's languages for ``text``, most likely first (``Language`` items with ``lang``
    and ``prob``); None when it cannot tell (no letters it knows)."""
    _detector_ready()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException
    try:
        return detect_langs(text)
    except LangDetectException:
        return None


def detect(text: str) -> tuple[str, float]:
    """langdetect's choice between vi and en (probability of that choice); ``und`` on failure."""
    langs = _detected(text)
    if langs is None:
        return Lang.UNKNOWN, 0.0
    found = {x.lang: x.prob for x in langs}
    vi, en = found.get("vi", 0.0), found.get("en", 0.0)
    if vi == en == 0.0:
        return Lang.UNKNOWN, 0.0
    return (Lang.VI, vi) if vi > en else (Lang.EN, en)


def detect_any(text: str) -> tuple[str, float]:
    """langdetect's most likely language of ``text`` of all it knows (its code, and the
    probability), ``und`` on failure: ``langid_other`` asks it of a text that looks neither
    Vietnamese nor English."""
    langs = _detected(text)
    if langs is None:
        return Lang.UNKNOWN, 0.0
    return langs[0].lang, langs[0].prob


def english_word(token: str) -> bool:
    """The token is no Vietnamese syllable and is shaped like a word (a vowel and another
    letter: OCR's junk ``eee`` is none)."""
    letters = set(token.lower())
    return not is_syllable(token) and bool(_VOWELS & letters) and bool(letters - _VOWELS)


def _english_words(text: str) -> float:
    """Share of the text's words that are ``english_word``."""
    tokens = _TOKEN.findall(text)
    return sum(map(english_word, tokens)) / len(tokens) if tokens else 0.0


def marked_names_only(text: str) -> bool:
    """The text's marks are all on capitalised words (names) and its words in small letters,
    ``SMALL_WORDS`` or more, bear none and are mostly English words (``english_word``):
    English naming people or places with their marks (``Triệu Quốc Hải, 61, farmer, Chi
    Lang ward``: a caption's English twin whose names repair gave marks, voxpop-3 of seed
    5500). Vietnamese words in small letters are syllables, most of them marked."""
    tokens = _TOKEN.findall(text)
    small = [t for t in tokens if t.islower()]
    if len(small) < SMALL_WORDS or any(map(has_vietnamese_marks, small)):
        return False
    return 2 * sum(map(english_word, small)) > len(small)


def classify(text: str) -> tuple[str, float]:
    """``(lang, confidence)`` for a block's text; ``und`` when the evidence is too thin."""
    if date_alone(text):              # a date set alone says its language by its form
        return (Lang.EN if date_in_english(text) else Lang.VI), 0.6
    if vietnamese_clock(text):        # so does a time set the Vietnamese way (``08h30``)
        return Lang.VI, 0.6
    ev = evidence(text)
    if ev.tokens == 0:
        return Lang.UNKNOWN, 0.0
    if ev.marked >= MARKED_PLAIN:
        if marked_names_only(text):
            return Lang.EN, 0.6
        return Lang.VI, min(1.0, 0.6 + ev.marked)
    if ev.marked == 0 and english.titled_name(text):    # ``Mr Hoang Van Nam``: the English
        return Lang.EN, 0.6                             # form of a name
    if ev.tokens < _MIN_TOKENS:
        if ev.marked > 0:
            return Lang.VI, 0.6
        # "by", "Focal Points", or a word that cannot be a Vietnamese syllable beside one that
        # can ("Main stage", "Re-exports"): Vietnamese, even unmarked, is syllables only (OCR
        # junk, "Ti eee", is no word either)
        if ev.stopwords > 0 or ev.syllables == 0 or _english_words(text) >= SHORT_WORDS:
            return Lang.EN, 0.6
        return Lang.UNKNOWN, 0.0
    # No diacritics to speak of: English, or Vietnamese that lost them.
    if ev.syllables >= 0.9 and ev.stopwords <= 0.15:
        return Lang.VI, min(1.0, ev.syllables - ev.stopwords)
    if ev.stopwords >= 0.12 or ev.syllables < 0.6:
        return Lang.EN, min(1.0, 0.6 + ev.stopwords + (0.6 - ev.syllables) / 2)
    if ev.syllables >= 0.85 and ev.stopwords <= 0.05:
        return Lang.VI, min(1.0, ev.syllables)
    lang, prob = detect(text)
    if lang == Lang.UNKNOWN:
        lang = Lang.VI if ev.syllables >= 0.75 else Lang.EN
        prob = 0.5
    return lang, prob * 0.8


def credited_lang(text: str) -> tuple[str, float] | None:
    """``(lang, confidence)`` of a caption by the credit label closing it
    (``text.credits.closing_credit_lang``), where its words are not plainly Vietnamese (an
    English caption's names may bear marks: ``Mr. Hoang Minh Tuấn ... Photo: Minh Duc``);
    None otherwise."""
    lang = closing_credit_lang(text)
    if lang is None or evidence(text).marked >= MARKED_PLAIN:
        return None
    return (Lang.EN if lang == "en" else Lang.VI), 0.9


def line_lang(text: str) -> str:
    """Cheap language of one line (no langdetect): ``und`` unless the evidence is plain."""
    ev = evidence(text)
    if ev.tokens >= 2 and ev.marked >= MARKED_PLAIN:
        return Lang.VI
    if ev.tokens >= 4 and ev.syllables >= 0.9 and ev.stopwords <= 0.15:
        return Lang.VI              # Vietnamese that lost its marks (OCR without Vietnamese)
    if ev.tokens >= 3 and ev.marked == 0.0 and (ev.stopwords >= 0.1 or ev.syllables < 0.5):
        return Lang.EN
    return Lang.UNKNOWN


PLAIN_OTHER = 0.75   # ``classify``'s confidence from which a short line plainly is in its
                     # language (names alone score 0.6-0.65: ``RIO DE JANEIRO, BRAZIL``; an
                     # English title line with one OCR mark on a word, ``ÁND``, 0.82)


def plain_lang(text: str) -> str:
    """``line_lang``, or where it finds the line unclear, ``classify``'s language when it is
    sure (``PLAIN_OTHER``): OCR puts a stray mark on an English word now and then
    (``VISITS ÁND WORKS``), which ``line_lang`` reads as a hint of Vietnamese. A line without
    a single mark is no plain Vietnamese that way: the shape of its syllables is the only
    sign of Vietnamese that lost its marks, and ``line_lang`` weighs it; English spells the
    names of Vietnam unmarked (``HUU NGHI BORDER GATE CHI LANG``, an English title's line
    that ``classify`` reads as Vietnamese: front-page at seed 5000, the English title kept
    a line of the Vietnamese one over it)."""
    lang = line_lang(text)
    if lang != Lang.UNKNOWN:
        return lang
    found, conf = classify(text)
    if found == Lang.VI and evidence(text).marked == 0.0:
        return Lang.UNKNOWN
    return found if conf >= PLAIN_OTHER else Lang.UNKNOWN


def line_languages(lines: list[str]) -> list[str]:
    """Each line's plain language, ``und`` where unclear (``language_cuts``)."""
    return [plain_lang(t) if in_capitals(t) else line_lang(t) for t in lines]


def language_cuts(lines: list[str]) -> list[int]:
    """Indices of the lines where a block switches language (a vi paragraph set right above
    its en twin with no gap): a line plainly in one language after the last plain line in the
    other, with most plain lines before the switch in the first language and most after it in
    the second. Unclear lines in between stay with the lines above them. A line in capitals
    (a title's) is read with ``plain_lang``: one stray OCR mark on an English title's line
    (``WORKS IN THẺ GUANGXI``) hides its language from ``line_lang``, and the English title
    stays a line of the Vietnamese one set right above it."""
    langs = line_languages(lines)
    cuts, start, last = [], 0, None
    for k, b in enumerate(langs):
        if b == Lang.UNKNOWN:
            continue
        if last is not None and b != last:
            before = [x for x in langs[start:k] if x != Lang.UNKNOWN]
            after = [x for x in langs[k:] if x != Lang.UNKNOWN]
            if before.count(last) * 2 > len(before) and after.count(b) * 2 > len(after):
                cuts.append(k)
                start = k
        last = b
    return cuts


def fill_unknown(langs: list[str], *, prefer: list[str | None] | None = None) -> list[str]:
    """Give each ``und`` entry the language of its nearest labelled neighbour.

    ``prefer[i]`` may name a language for entry ``i`` from elsewhere (e.g. the half of a
    caption it belongs to); it wins over the neighbours.
    """
    out = list(langs)
    for i, lang in enumerate(langs):
        if lang != Lang.UNKNOWN:
            continue
        wanted = prefer[i] if prefer else None
        if wanted:
            out[i] = wanted
            continue
        for step in range(1, len(langs)):
            near = [langs[j] for j in (i - step, i + step)
                    if 0 <= j < len(langs) and langs[j] != Lang.UNKNOWN]
            if near:
                out[i] = near[0]
                break
    return out


# --- mixed captions -----------------------------------------------------------------------
