"""The fixed wording of a Vietnamese official document's form, and of its usual English
translation.

Letters, notes, decisions and press releases of Vietnamese state bodies are set on one form
(Decree 30/2020/NĐ-CP on administrative documents): the national name and motto at the top
right (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`` / ``Độc lập - Tự do - Hạnh phúc``), the
document's number (``Số: 283/SNgV-VP``) under the issuer at the top left, the place and date
(``Lạng Sơn, ngày 5 tháng 5 năm 2025``) under the motto, the addressee (``Kính gửi:``), the
distribution list at the foot (``Nơi nhận:``), the signer's authority before the office
(``KT.`` / ``TM.`` / ``TL.`` / ``TUQ.``: for, on behalf of). Their English translations
keep the same form with fixed renderings (``SOCIALIST REPUBLIC OF VIET NAM``, ``No.:``,
``To:``, ``Recipients:``, ``FOR THE DIRECTOR``), often under a stamp saying the
translation is not the legal text (``UNOFFICIAL TRANSLATION``). Pure functions of text: OCR
damage is allowed for by comparing texts without marks and case, at a fuzzy ratio.
"""

from __future__ import annotations

import re
from functools import lru_cache

from magpipe.text.folding import unmarked
from rapidfuzz import fuzz, process

# the national name and the motto, in Vietnamese and in their English renderings
NATIONAL_LINES = (
    "cộng hòa xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "socialist republic of viet nam",
    "socialist republic of vietnam",
    "independence - freedom - happiness",
)
# the stamp over a translation that is not the legal text
TRANSLATION_STAMPS = ("unofficial translation", "bản dịch không chính thức")
# OCR reads a letter or two of these lines wrong (``Independenee``): a line this close to
# one of them, without marks and case, is it
LINE_RATIO = 85.0

# the document's number: ``Số: 283/SNgV-VP``, ``No.: 283/SNgV-VP``, ``Ref: ...`` (the
# number holds a digit; OCR may read a digit as a sign: ``9§8``)
_NUMBER = re.compile(r"^\s*(?:s[oố]|no|ref)\s*[.:]\s*[.:]?\s*\S*\d", re.IGNORECASE)
# the addressee: ``Kính gửi: ...``, ``To: ...``
_ADDRESSEE = re.compile(r"^\s*(?:k[ií]nh\s+g[uử]i|to)\s*:", re.IGNORECASE)
# the head of the distribution list: ``Nơi nhận:``, ``Recipients:``, ``Distribution:``
_DISTRIBUTION = re.compile(r"^\s*(?:n[oơ]i\s+nh[aậ]n|recipients|distribution|copies\s+to)"
                           r"\s*:", re.IGNORECASE)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
# the place and date: a place's name (a few words), a comma, a full date with its year
_DATELINE = re.compile(
    r"^\s*[^\W\d_][^,\d]{1,40},\s*(?:"
    r"ng[aà]y\s+\d{1,2}\s+th[aá]ng\s+\d{1,2}\s+n[aă]m\s+\d{4}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\s*,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}\s*,?\s+\d{{4}})\s*\.?\s*$", re.IGNORECASE)


def _plain(text: str) -> str:
    return " ".join(unmarked(text).replace("–", "-").split())


_PLAIN_NATIONAL = tuple(_plain(t) for t in NATIONAL_LINES)
_PLAIN_STAMPS = tuple(_plain(t) for t in TRANSLATION_STAMPS)
_SHORTEST = int(min(len(t) for t in _PLAIN_NATIONAL + _PLAIN_STAMPS) * 0.7)
_LONGEST = int(max(len(t) for t in _PLAIN_NATIONAL + _PLAIN_STAMPS) * 1.4) + 1


def _close(text: str, known: tuple[str, ...]) -> bool:
    # (a ratio of LINE_RATIO needs lengths within about a third of each other: most lines
    # of a page are told apart by their length alone, before any comparison)
    if not _SHORTEST <= len(text) <= _LONGEST:
        return False
    return process.extractOne(_plain(text), known, scorer=fuzz.ratio,
                              score_cutoff=LINE_RATIO) is not None


@lru_cache(maxsize=4096)
def national_line(text: str) -> bool:
    """The line is the national name or the motto (in Vietnamese or English)."""
    return _close(text, _PLAIN_NATIONAL)


@lru_cache(maxsize=4096)
def translation_stamp(text: str) -> bool:
    """The text is a translation's stamp (``UNOFFICIAL TRANSLATION``)."""
    return _close(text, _PLAIN_STAMPS)


def number_line(text: str) -> bool:
    """The text opens with the document's number (``Số: 283/SNgV-VP``, ``No.: ...``)."""
    return _NUMBER.match(text) is not None


def addressee_line(text: str) -> bool:
    """The text opens with the addressee's formula (``Kính gửi:``, ``To:``)."""
    return _ADDRESSEE.match(text) is not None


def distribution_head(text: str) -> bool:
    """The text opens with the distribution list's head (``Nơi nhận:``, ``Recipients:``)."""
    return _DISTRIBUTION.match(text) is not None


def dateline(text: str) -> bool:
    """The text is a document's place and date (``Lạng Sơn, ngày 5 tháng 5 năm 2025``,
    ``Lang Son, 5 May 2025``)."""
    return _DATELINE.match(text) is not None


def dateline_in_english(text: str) -> bool:
    """The place and date name the month in English (``Lang Son, 5 May 2025``): its
    language is the date's, whatever marks repair or OCR gave the place's name."""
    match = _DATELINE.match(text)
    return match is not None and re.search(rf"\b(?:{_MONTHS})\b", match.group(0),
                                           re.IGNORECASE) is not None
