"""The words of a line as the decoder sees them: punctuation around a core, and what the
core is to the decoder (a number, a word never touched, or a word to decode).

Pure logic on strings. Cores never touched: numbers, dates, URLs, e-mail, acronyms, English
titles (``Mr.``), words with inner capitals, apostrophes or hyphens, and (in sound text)
transliterated names. In English-only OCR a lone digit (``6`` for ``ở``) is decoded, a
number among its options, and an apostrophe after ``u`` / ``o`` is a horn read apart.
"""

from __future__ import annotations

import re
import unicodedata

from magpipe.repair.candidates import MAX_CORE, case_pattern
from magpipe.repair.english_slips import is_transliteration
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.repair.lexicon.text_stats import NUMBER
from magpipe.text.english import TITLES
from magpipe.text.vietnamese import is_bare_syllable, strip_diacritics

PUNCT = "\"'“”‘’()[]{}«»<>,.;:!?–—-/*•·…®@©"
ACRONYMS = frozenset("""ASEAN BOT NGO NGOS TNHH UNESCO USD VND GDP FDI ODA CEO UBND HĐND MTTQ
VCCI THCS THPT WVI APGN ICT PCI DDCI ODA NGO KOICA JICA UNDP WHO WTO EU UN IT TV BCH BTV""".split())
_URL = re.compile(r"^(https?://|www\.)|@\w+\.\w|\.(com|vn|org|net|gov)\b", re.I)
_URL_HINT = frozenset("./@")               # _URL matches nothing without one of these
_INNER = frozenset("'’_-./")              # a core with one of these is a compound or odd
DOTLESS = re.compile("\u0131(?=[\u0300-\u036f])")    # ı + a combining mark: i + the mark
OPEN, FIXED, NUMBER_WORD = 0, 1, 2         # what a word is to the decoder
# English-only OCR reads the horn of ư / ơ as an apostrophe after the letter (``su’`` for
# ``sự``, ``tru’éng`` for ``trưởng``, ``ho'p`` for ``hợp``): such an apostrophe is no
# punctuation but a lost mark, taken out so the word is read (its letter as bare u / o);
# only where the word without it has the shape of a syllable (``o’clock`` keeps it)
APOSTROPHES = "'’"
HORN = re.compile(r"(?<=[uoUO])['’](?=[^\W\d_])")


def split_token(token: str) -> tuple[str, str, str]:
    """``"(Quéc,"`` -> ``("(", "Quéc", ",")``."""
    start, end = 0, len(token)
    while start < end and token[start] in PUNCT:
        start += 1
    while end > start and token[end - 1] in PUNCT:
        end -= 1
    return token[:start], token[start:end], token[end:]


def normalised_parts(word: str) -> tuple[str, str, str]:
    """``split_token`` of ``word`` in NFC, a dotless ``ı`` before a combining mark read as
    ``i`` (``Tı̀nh`` -> ``Tình``), and an apostrophe that is a horn OCR read apart taken
    out of the word (``su’`` -> ``su``, ``tru’éng`` -> ``truéng``: see ``HORN``)."""
    # each pattern's letter is looked for first: most words have none, and a search costs more
    if "\u0131" in word:
        word = DOTLESS.sub("i", word)
    lead, core, trail = split_token(unicodedata.normalize("NFC", word))
    if trail[:1] in APOSTROPHES and core[-1:] in "uoUO" and is_bare_syllable(core):
        trail = trail[1:]                                    # su’ (sự), thu’ (thư)
    if ("'" in core or "’" in core) and HORN.search(core):
        bare = HORN.sub("", core)
        if is_bare_syllable(bare):
            core = bare                                      # tru’éng (trưởng), ho'p
    return lead, core, trail


def is_url(token: str) -> bool:
    """A URL or an e-mail address (``www.a.vn``, ``ten@tphcm.gov.vn``)."""
    return not _URL_HINT.isdisjoint(token) and bool(_URL.search(token))


def is_fixed(token: str, core: str, mode: str) -> bool:
    """Cores never touched: numbers, URLs, e-mail, acronyms, compounds, odd shapes."""
    if not core or len(core) > MAX_CORE or is_url(token):
        return True
    if not _INNER.isdisjoint(core) or case_pattern(core) is None:
        return True
    if core in TITLES and token.endswith(core + ".", 0, token.find(core) + len(core) + 1):
        return True                               # Mr. Tuan: an English title
    if mode == CLEAN and is_transliteration(core):
        return True                               # Têrêsa, Nôê: a name, not a slip
    # most cores are letters only (no letter is a digit): the tests below need no loop
    alpha = core.isalpha()
    digits = 0 if alpha else sum(c.isdigit() for c in core)
    if digits and (mode != DAMAGED or digits > 1 or len(core) < 2
                   or core[1:].lower() in ("st", "nd", "rd", "th")):
        return True                               # 2025, 12/2025, 11th, 1st; not t6ng, 6ng
    if not alpha and not all(c.isalpha() or c.isdigit() or c in "&@" for c in core):
        return True
    letters = core if alpha else "".join(c for c in core if c.isalpha())
    return letters.isupper() and (core in ACRONYMS or len(letters) > 1 and not any(
        c in strip_diacritics(letters).lower() for c in "aeiouy"))


def word_kind(word: str, core: str, mode: str) -> int:
    """What ``word`` (its core ``core``) is to the decoder in ``mode``: a number, fixed or
    open."""
    if NUMBER.match(core):
        return OPEN if mode == DAMAGED and is_lone_digit(word, core) else NUMBER_WORD
    return FIXED if is_fixed(word, core, mode) else OPEN


def is_lone_digit(word: str, core: str) -> bool:
    """One digit standing alone as a word (``6``): in English-only OCR of Vietnamese it may
    be a vowel read as a digit (``ở`` -> ``6``), so the decoder weighs it as a number and
    as the syllables the channel reads as it (``Options.slot``); a digit with punctuation
    (``6,`` ``(6)``) or beside others (``16``, ``6/12``) is a number."""
    return len(word) == 1 and core.isdigit()
