"""Anchors: pieces of text that survive translation between Vietnamese and English.

An anchor is a normalised key that both halves of a bilingual article print the
same way once normalised:

* ``date``: ``19/12/2025`` and ``December 19, 2025`` both give ``2025-12-19``;
  ``tháng 12/2025`` and ``December 2025`` give ``2025-12``;
* ``money``: ``11 nghìn tỷ đồng`` and ``11 trillion VND`` give ``1.1e+13 VND``;
* ``number``: ``60 km``, ``lần thứ XIV`` / ``14th`` (Roman numerals and ordinals
  become plain numbers), ``02`` / ``2``;
* ``name``: two adjacent capitalised words without diacritics
  (``Hoàng Quốc Khánh`` ~ ``Hoang Quoc Khanh`` share ``hoang quoc`` and
  ``quoc khanh``), and single capitalised words that are not Vietnamese
  syllables (``Knapper``, ``Brazil``). Capitalised words that cannot be names
  shared by both languages are left out: Vietnamese office words
  (``Phó Chủ tịch``, ``Bộ Ngoại giao``) and common English words that are not
  Vietnamese syllables (``Foreign Affairs``, ``Committee``; wordfreq Zipf
  frequency >= ``COMMON_ZIPF``);
* ``acronym``: ``BOT``, ``WVI``, ``ASEAN`` (not in all-capital text such as
  titles; Vietnamese-only ones such as ``UBND`` are left out).

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from magpipe.text.english_zipf import english_zipf
from magpipe.text.figures import roman_value
from magpipe.text.folding import unmarked
from magpipe.text.vietnamese import is_syllable_shape, strip_diacritics

DATE, MONEY, NUMBER, NAME, ACRONYM = "date", "money", "number", "name", "acronym"

WEIGHTS = {DATE: 3.0, MONEY: 3.0, NUMBER: 1.0, NAME: 1.5, ACRONYM: 2.0}
"""How much a shared anchor of each kind says about two texts being translations."""


@dataclass(frozen=True, order=True)
class Anchor:
    kind: str
    key: str


_MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_VI_SCALE = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "triệu tỷ": 1e15, "nghìn": 1e3, "ngàn": 1e3,
             "triệu": 1e6, "tỷ": 1e9}
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
             "quadrillion": 1e15}
_CURRENCY = {"đồng": "VND", "vnđ": "VND", "vnd": "VND", "usd": "USD", "đô la mỹ": "USD",
             "us dollars": "USD", "dollars": "USD", "yuan": "CNY", "nhân dân tệ": "CNY",
             "cny": "CNY", "euro": "EUR", "eur": "EUR"}
_CURRENCY_CODES = {"VND", "VNĐ", "USD", "CNY", "EUR"}

_NUM = r"\d+(?:[.,]\d+)*"
_VI_MONEY = re.compile(
    rf"(?P<num>{_NUM})\s*(?P<scale>{'|'.join(sorted(_VI_SCALE, key=len, reverse=True))})?"
    rf"\s*(?P<cur>{'|'.join(sorted(_CURRENCY, key=len, reverse=True))})?(?!\w)",
    re.IGNORECASE)
_EN_MONEY = re.compile(
    rf"(?P<dollar>\$)?\s*(?P<num>{_NUM})(?:st|nd|rd|th)?"
    rf"\s*(?P<scale>{'|'.join(_EN_SCALE)})?"
    rf"\s*(?P<cur>{'|'.join(sorted(_CURRENCY, key=len, reverse=True))})?(?!\w)",
    re.IGNORECASE)

_D = r"(\d{1,2})"
_Y = r"(\d{4})"
_VI_RANGE = re.compile(rf"\b{_D}\s*[-–]\s*{_D}/{_D}/{_Y}\b")
_VI_DATE = re.compile(rf"\b{_D}/{_D}/{_Y}\b")
_VI_LONG_DATE = re.compile(rf"\bngày\s+{_D}\s+tháng\s+{_D}\s+năm\s+{_Y}\b", re.IGNORECASE)
_VI_MONTH = re.compile(rf"\b{_D}/{_Y}\b")
_EN_DATE = re.compile(rf"\b({_MONTH_RE})\.?\s+{_D}(?:st|nd|rd|th)?(?:\s*[-–]\s*{_D})?,?\s+{_Y}\b",
                      re.IGNORECASE)
_EN_DATE_DMY = re.compile(rf"\b{_D}(?:\s*[-–]\s*{_D})?\s+({_MONTH_RE})\.?,?\s+{_Y}\b",
                          re.IGNORECASE)
_EN_MONTH = re.compile(rf"\b({_MONTH_RE})\.?,?\s+{_Y}\b", re.IGNORECASE)

_ROMAN = re.compile(r"\b(?=[MDCLXVI]{2,}\b)M{0,3}(CM|CD|D?C{0,3})"
                    r"(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\b")
COMMON_ZIPF = 4.5
# Three words in capitals in a row are text set in capitals (an intro, a title), not three
# acronyms side by side (acronyms come one or two at a time: "BOT", "ASEAN và WVI").
CAPS_RUN = 3
# Capitalised Vietnamese words of offices and bodies (Phó Chủ tịch, Ban Thường vụ,
# Bộ Ngoại giao, Tổng Lãnh sự, Trung ương ...): a bigram of two of them is no name.
_VI_OFFICE = frozenset(unmarked(w) for w in (
    "Phó Chủ Bí Ban Bộ Ủy Uỷ Tỉnh Thường Trực Đảng Tổng Trưởng Sở Nhà Lãnh Đại Hội Trung Ương "
    "Cộng Chấp Ngoại Nội Văn Phòng Nhân Dân Chính Quyền Khu Quốc Hành Thành Đoàn Cục Viện "
    "Công An Tòa Toà Giám Đốc Sứ Danh Dự Mặt Trận Tổ Quân Khu").split())
_VI_ACRONYMS = frozenset({"UBND", "HĐND", "MTTQ", "TW", "BCH", "BTV", "THPT", "THCS", "CP", "TNHH"})
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
_ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")


def _day(d: str, m: str, y: str) -> Anchor | None:
    day, month = int(d), int(m)
    if 1 <= day <= 31 and 1 <= month <= 12:
        return Anchor(DATE, f"{int(y):04d}-{month:02d}-{day:02d}")
    return None


def _month(m: str | int, y: str) -> Anchor | None:
    month = int(m)
    return Anchor(DATE, f"{int(y):04d}-{month:02d}") if 1 <= month <= 12 else None


def _blank(text: str, match: re.Match[str]) -> str:
    return text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]


def _dates(text: str, lang: str) -> tuple[list[Anchor], str]:
    """Date anchors, and the text with the dates blanked out (so their digits are not numbers)."""
    found: list[Anchor | None] = []
    patterns: tuple[re.Pattern[str], ...]
    if lang == "vi":
        patterns = (_VI_RANGE, _VI_LONG_DATE, _VI_DATE, _VI_MONTH)
    else:
        patterns = (_EN_DATE, _EN_DATE_DMY, _EN_MONTH)
    for pattern in patterns:
        for m in list(pattern.finditer(text)):
            g = m.groups()
            if pattern is _VI_RANGE:
                found += [_day(g[0], g[2], g[3]), _day(g[1], g[2], g[3])]
            elif pattern in (_VI_DATE, _VI_LONG_DATE):
                found.append(_day(g[0], g[1], g[2]))
            elif pattern is _VI_MONTH:
                found.append(_month(g[0], g[1]))
            elif pattern is _EN_DATE:
                month = _MONTHS[g[0].lower()]
                found.append(_day(g[1], str(month), g[3]))
                if g[2]:
                    found.append(_day(g[2], str(month), g[3]))
            elif pattern is _EN_DATE_DMY:
                month = _MONTHS[g[2].lower()]
                found.append(_day(g[0], str(month), g[3]))
                if g[1]:
                    found.append(_day(g[1], str(month), g[3]))
            else:
                found.append(_month(_MONTHS[g[0].lower()], g[1]))
            text = _blank(text, m)
    return [a for a in found if a is not None], text


def parse_number(digits: str, lang: str) -> float | None:
    """``3,4`` (vi) and ``3.4`` (en) -> 3.4; ``1.000`` (vi) and ``1,000`` (en) -> 1000."""
    thousands, decimal = (".", ",") if lang == "vi" else (",", ".")
    parts = digits.split(decimal)
    if len(parts) > 2:
        return None
    whole = parts[0].split(thousands)
    if len(whole) > 1 and any(len(p) != 3 for p in whole[1:]):
        return None
    try:
        return float("".join(whole) + ("." + parts[1] if len(parts) == 2 else ""))
    except ValueError:
        return None


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) and abs(value) < 1e12 else f"{value:.6g}"


def _numbers(text: str, lang: str) -> list[Anchor]:
    found: list[Anchor] = []
    pattern, scales = (_VI_MONEY, _VI_SCALE) if lang == "vi" else (_EN_MONEY, _EN_SCALE)
    for m in pattern.finditer(text):
        value = parse_number(m.group("num"), lang)
        if value is None:
            continue
        scale = m.group("scale")
        if scale:
            value *= scales[scale.lower()]
        currency = m.group("cur")
        code = _CURRENCY[currency.lower()] if currency else None
        if lang != "vi" and m.group("dollar"):
            code = "USD"
        if code:
            found.append(Anchor(MONEY, f"{_format(value)} {code}"))
        else:
            found.append(Anchor(NUMBER, _format(value)))
    for m in _ROMAN.finditer(text):
        # the pattern's parts are all optional: on a run of numeral letters that is no
        # numeral (``VV``, ``CCCC``, a crossword's letters) it matches the empty string
        if m.group(0):
            found.append(Anchor(NUMBER, str(roman_value(m.group(0)))))
    return found


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


@lru_cache(maxsize=4096)
def _common_english(word: str) -> bool:
    """A frequent English word that no Vietnamese name (without its marks) spells."""
    return not is_syllable_shape(word) and english_zipf(word) >= COMMON_ZIPF


def _can_be_name(tokens: list[str], lang: str) -> bool:
    if lang == "vi":
        return not all(t in _VI_OFFICE for t in tokens)
    return not any(_common_english(t) for t in tokens)


def capitals_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of ``CAPS_RUN`` or more words set in capitals (an intro or a
    title in capitals inside ordinary text): their words are no acronyms, and a name in
    them is read as in a title."""
    runs: list[tuple[int, int]] = []
    start = end = count = 0
    for m in _WORD.finditer(text):
        if m.group(0).isupper():
            if not count:
                start = m.start()
            count, end = count + 1, m.end()
            continue
        if count >= CAPS_RUN:
            runs.append((start, end))
        count = 0
    if count >= CAPS_RUN:
        runs.append((start, end))
    return runs


def _inside(pos: int, runs: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in runs)


def _names(text: str, upper_text: bool, lang: str,
           runs: list[tuple[int, int]] | None = None) -> list[Anchor]:
    found: list[Anchor] = []
    runs = runs or []
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]

    def capital(w: str, at: int) -> bool:
        return len(w) > 1 and w[0].isupper() and (upper_text or not w.isupper()
                                                  or _inside(at, runs))

    for (w, at, end), (v, start, _) in zip(words, words[1:], strict=False):
        if capital(w, at) and capital(v, start) and text[end:start].strip() in ("", "-"):
            tokens = [unmarked(w), unmarked(v)]
            if _can_be_name(tokens, lang):
                found.append(Anchor(NAME, " ".join(tokens)))
    for w, at, _ in words:
        if (capital(w, at) and len(w) > 3 and w == strip_diacritics(w)
                and not is_syllable_shape(w) and _can_be_name([w.lower()], lang)):
            found.append(Anchor(NAME, w.lower()))
    return found


@lru_cache(maxsize=2048)
def extract_anchors(text: str, lang: str) -> tuple[Anchor, ...]:
    """The anchors of ``text`` written in ``lang`` ("vi" or "en"), in a stable order."""
    dates, rest = _dates(text, lang)
    upper_text = _mostly_upper(text)
    runs = [] if upper_text else capitals_runs(rest)
    found = dates + _numbers(rest, lang) + _names(rest, upper_text, lang, runs)
    if not upper_text:
        found += [Anchor(ACRONYM, m.group(0)) for m in _ACRONYM.finditer(rest)
                  if m.group(0) not in _CURRENCY_CODES and m.group(0) not in _VI_ACRONYMS
                  and _ROMAN.fullmatch(m.group(0)) is None and not _inside(m.start(), runs)]
    return tuple(sorted(found))


@dataclass(frozen=True)
class AnchorBag:
    """An anchor multiset counted once, for texts compared with many others (pairing).
    Keyed by plain (kind, key) tuples, which hash far faster than ``Anchor``."""

    counts: dict[tuple[str, str], int]
    items: tuple[tuple[tuple[str, str], float, int], ...]   # (key, weight, count), in order
    weight: float           # summed weight of its anchors

    @classmethod
    def of(cls, anchors: tuple[Anchor, ...]) -> AnchorBag:
        counts = {(k.kind, k.key): n for k, n in Counter(anchors).items()}
        items = tuple((key, WEIGHTS[key[0]], n) for key, n in counts.items())
        return cls(counts, items, sum(w * n for _, w, n in items))


def bag_similarity(a: AnchorBag, b: AnchorBag) -> float:
    """:func:`anchor_similarity` of two counted multisets."""
    total = a.weight + b.weight
    if not total:
        return 0.0
    other = b.counts
    if other.keys().isdisjoint(a.counts):     # most far candidates share nothing: no loop
        return 0.0
    shared = sum(w * min(n, other[key]) for key, w, n in a.items if key in other)
    return 2 * shared / total


def anchor_similarity(a: tuple[Anchor, ...], b: tuple[Anchor, ...]) -> float:
    """Weighted Dice overlap of two anchor multisets, 0 (nothing shared) to 1 (the same)."""
    return bag_similarity(AnchorBag.of(a), AnchorBag.of(b))


def strong_mismatch(a: tuple[Anchor, ...], b: tuple[Anchor, ...]) -> int:
    """How many dates and sums of money one side has that the other lacks."""
    sa = {x for x in a if x.kind in (DATE, MONEY)}
    sb = {x for x in b if x.kind in (DATE, MONEY)}
    return len(sa ^ sb)
