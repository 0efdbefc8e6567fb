"""Fix the text of a text layer: legacy Vietnamese encodings, mojibake, Unicode form.

One function per fix, each taking and returning text. :func:`detect_legacy` picks the
legacy encoding (if any) of a run of text, since one word is too short to tell;
:func:`fix_page_texts` asks it once per font of a page (all fonts named like a legacy
family count as one), because real pages mix encodings: an old VNI heading font beside a
Unicode body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat

import ftfy
from magpipe.extract.legacy_charsets import (
    TCVN3,
    TCVN3_STAND_INS,
    VISCII,
    VNI_BASES,
    VNI_LETTERS,
    VNI_MARKS,
)
from magpipe.extract.untouched import ftfy_leaves
from magpipe.text.vietnamese import has_vietnamese_marks, is_syllable_shape

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False,
                             fix_character_width=False, normalization="NFC")

# Characters of Windows-1252 0x80-0x9F, so a character can be turned back into its byte.
_CP1252_BYTE = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0)
                if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _byte_of(char: str) -> int | None:
    code = ord(char)
    if code < 0x100:
        return code
    return _CP1252_BYTE.get(char)


# PDFium's mark for a hyphen it found at a line end (the line break after it is dropped):
# in a TCVN3 font it is the letter "ư" (byte 0xAD, a soft hyphen in Windows-1252), in any
# other font a hyphen. Raw text-layer words keep it until the page's encoding is known.
LINE_END_HYPHEN = "\ufffe"


def _decode_table(text: str, table: dict[int, str],
                  stand_ins: dict[str, str] | None = None) -> str:
    out = []
    for char in text:
        if stand_ins and char in stand_ins:
            out.append(stand_ins[char])
            continue
        byte = _byte_of(char)
        out.append(char if byte is None else table.get(byte, char))
    return "".join(out)


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 (ABC) text read as Windows-1252 -> Unicode; ``capitals`` for ``.VnTimeH`` fonts."""
    decoded = _decode_table(text, TCVN3, TCVN3_STAND_INS)
    return decoded.upper() if capitals else decoded


def decode_viscii(text: str) -> str:
    """VISCII text read as Windows-1252 -> Unicode."""
    return _decode_table(text, VISCII)


_VNI_MARK_CLASS = "".join(sorted(VNI_MARKS))
_VNI_LETTER_CLASS = "".join(sorted(VNI_LETTERS))
_VNI_SEQ = re.compile(f"([{VNI_BASES}ôÔöÖ])([{_VNI_MARK_CLASS}]{{1,2}})|([{_VNI_LETTER_CLASS}])")


def decode_vni(text: str) -> str:
    """VNI text (base letter + mark characters) read as Windows-1252 -> Unicode."""
    def compose(match: re.Match[str]) -> str:
        if match.group(3):
            return VNI_LETTERS[match.group(3)]
        base = VNI_LETTERS.get(match.group(1), match.group(1))
        marks = "".join(VNI_MARKS[c] for c in match.group(2))
        return unicodedata.normalize("NFC", base + marks)

    return _VNI_SEQ.sub(compose, text)


_LETTERS_OK = set("abcdefghijklmnopqrstuvwxyz"
                  "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


# Pure, and asked of every token of every page (a page repeats its syllables): remembered.
@lru_cache(maxsize=1 << 16)
def _bad_token(token: str) -> bool:
    """A token with a letter neither language writes, or Vietnamese marks on a non-syllable."""
    core = token.strip(".,;:!?()[]\"'“”‘’«»-–—/…*%")
    if not core:
        return False
    lower = core.lower()
    if any(c.isalpha() and c not in _LETTERS_OK for c in lower):
        return True
    if any(not (c.isalnum() or c in "-'’./&") for c in lower):
        return True
    return has_vietnamese_marks(lower) and not is_syllable_shape(lower)


def bad_token_rate(text: str) -> float:
    tokens = text.split()
    return sum(map(_bad_token, tokens)) / len(tokens) if tokens else 0.0


@dataclass(frozen=True)
class LegacyVerdict:
    encoding: str | None       # "tcvn3" | "vni" | "viscii" | None
    reason: str


_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni, "viscii": decode_viscii}
# ".VnTime", "VnTimeHBold", ".Vn3DH,Bold" (TCVN3 fonts, with or without the dot);
# "VNI-Times", "VNI-Helve" (VNI fonts).
_FONT_HINTS = (("tcvn3", re.compile(r"(^|\+)\.?vn(?!i)[a-z0-9]", re.IGNORECASE)),
               ("vni", re.compile(r"(^|\+)vni[-_ ]", re.IGNORECASE)))
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(r"(?:[,_ -]?(?:bold|italic|oblique|regular|normal|medium|light))+$",
                    re.IGNORECASE)


def base_font(fontname: str) -> str:
    """The font's name without a subset prefix (``GDNPNH+VnTime`` -> ``VnTime``)."""
    return _SUBSET.sub("", fontname)


@lru_cache(maxsize=256)
def font_hint(fontname: str) -> str | None:
    """The legacy encoding a font's name announces, if any."""
    return next((enc for enc, pattern in _FONT_HINTS if pattern.search(fontname)), None)


def is_capitals_font(fontname: str) -> bool:
    """A TCVN3 capitals font (``.VnTimeH``, ``VnTimeHBold``, ``.VnArialH,Italic``): it draws
    the lowercase codes as capitals, so its text is upper-cased once decoded."""
    family = _STYLE.sub("", base_font(fontname))
    return font_hint(fontname) == "tcvn3" and family.endswith("H")


# A legacy decoding must mend this many words (tokens with a letter, unreadable before and
# readable after) when no font name announces the encoding: in Unicode text a few symbols
# are also legacy letters (``·`` is TCVN3's ``ã``), and a line of Noto Sans Mono with
# ``Số 48 · Tháng 12`` then "decoded" although not one of its words changed. A real legacy
# text mends nearly every marked word; with a font hint one mended word is enough.
MIN_MENDED_WORDS = 2


def _mended_words(text: str, decoded: str) -> int:
    """The tokens with a letter that are unreadable in ``text`` and readable once decoded."""
    return sum(1 for old, new in zip(text.split(), decoded.split(), strict=False)
               if any(c.isalpha() for c in old) and _bad_token(old) and not _bad_token(new))


def detect_legacy(text: str, fontnames: Sequence[str] = ()) -> LegacyVerdict:
    """Decide whether a page's text is in a legacy 8-bit Vietnamese encoding.

    The text is decoded with each candidate; one wins when the original has many
    tokens that cannot be Vietnamese or English (at least 5%) and the decoding cuts
    that rate to at most a third. A font name like ``.VnTime`` or ``VNI-Times``
    lowers the bar to 2% (a short page with a few marked words).
    """
    before = bad_token_rate(text)
    hinted = {enc for enc, pattern in _FONT_HINTS for f in fontnames if pattern.search(f)}
    floor = 0.02 if hinted else 0.05
    if before < floor:
        return LegacyVerdict(None, f"{before:.0%} unreadable tokens: no legacy encoding")
    best, best_rate, best_text = None, before, text
    for name, decode in _DECODERS.items():
        decoded = decode(text)
        rate = bad_token_rate(decoded)
        if rate < best_rate or (name in hinted and rate <= best_rate):
            best, best_rate, best_text = name, rate, decoded
    if best is not None and best_rate <= before / 3:
        mended = _mended_words(text, best_text)
        if mended < (1 if best in hinted else MIN_MENDED_WORDS):
            return LegacyVerdict(None, f"{before:.0%} unreadable tokens, but {best} mends "
                                       f"{mended} word(s): stand-in symbols, not a legacy text")
        hint = f", font {sorted(hinted)[0]}" if hinted else ""
        return LegacyVerdict(best, f"{best}: unreadable tokens {before:.0%} -> "
                                   f"{best_rate:.0%} when decoded{hint}")
    return LegacyVerdict(None, f"{before:.0%} unreadable tokens, no legacy decoding helps")


def decode_legacy(text: str, encoding: str, fontname: str = "") -> str:
    if encoding == "tcvn3":
        return decode_tcvn3(text, capitals=is_capitals_font(fontname))
    return _DECODERS[encoding](text.replace(LINE_END_HYPHEN, "-"))


# A font not named like a legacy one is judged alone only with at least this many words
# holding a Latin letter: a symbol font's lone "®" would "decode" to "đ".
MIN_FONT_WORDS = 2
_LATIN = re.compile(r"[A-Za-z]")


def fix_page_texts(words: Sequence[Sequence[tuple[str, str]]]) -> tuple[list[str], str]:
    """Fixed texts of a page's words (legacy encodings per font, mojibake, NFC), and a note
    of what was done. Each word is given as its pieces, (text, font name) pairs, cut where
    the font changes (most words have one piece). Pure.

    Pieces are grouped by font: the fonts named like one legacy family form one group (a
    ``.VnTimeH`` heading and a ``.VnTime`` body), every other font its own. Each group's
    encoding is decided on its own text, so a VNI heading converts beside a Unicode body.
    """
    single = bool(words) and max(map(len, words)) == 1
    groups, group_of = _single_piece_groups(words) if single else _piece_groups(words)
    notes: list[str] = []
    decoded: set[tuple[int, int]] = set()
    pieces: list[list[str]] = []
    for key, members in groups.items():
        tokens = ([words[i][0][0] for i, _ in members] if single
                  else _group_tokens(words, members))
        hinted = key.endswith(" fonts")
        if not hinted and not _has_latin_words(tokens, MIN_FONT_WORDS):
            continue
        fonts = sorted(font for font, group in group_of.items() if group == key)
        verdict = detect_legacy(" ".join(tokens), fonts)
        if verdict.encoding is None:
            continue
        if not pieces:
            pieces = [[text for text, _ in word] for word in words]
        for i, j in members:
            text, font = words[i][j]
            pieces[i][j] = decode_legacy(text, verdict.encoding, font)
        decoded.update(members)
        shown = sorted({base_font(f) for f in fonts})
        notes.append(f"{verdict.reason} in {len(tokens)} words of "
                     f"{', '.join(shown[:3])}{' ...' if len(shown) > 3 else ''}")
    if decoded:
        for i, parts in enumerate(pieces):
            for j, text in enumerate(parts):
                if (i, j) not in decoded:
                    parts[j] = text.replace(LINE_END_HYPHEN, "-")
        out = ["".join(parts) for parts in pieces]
        rest = [i for i, word in enumerate(words)
                if not any((i, j) in decoded for j in range(len(word)))]
        joined = " ".join(out[i] for i in rest)
    else:       # the usual page: no legacy font, every piece as it is but the line-end marks
        out = [word[0][0] if len(word) == 1 else "".join(text for text, _ in word)
               for word in words]
        joined = " ".join(out)
        if LINE_END_HYPHEN in joined:
            out = [text.replace(LINE_END_HYPHEN, "-") for text in out]
            joined = joined.replace(LINE_END_HYPHEN, "-")
        rest = list(range(len(words)))
    if rest and fix_mojibake(joined) != normalize(joined):
        for i in rest:
            out[i] = fix_mojibake(out[i])
        notes.append("mojibake fixed")
    elif not decoded and unicodedata.is_normalized("NFC", joined):
        # Words joined by spaces are in NFC exactly when each word is: a space composes
        # with no mark and stops any reordering of marks.
        return out, "; ".join(notes)
    return [t if unicodedata.is_normalized("NFC", t) else normalize(t) for t in out], \
        "; ".join(notes)


Groups = dict[str, list[tuple[int, int]]]


def _group_key(font: str) -> str:
    """The group of a font: one for all the fonts named like one legacy family, else its
    base name."""
    hint = font_hint(font)
    return f"{hint} fonts" if hint else base_font(font)


def _piece_groups(words: Sequence[Sequence[tuple[str, str]]]) -> tuple[Groups, dict[str, str]]:
    """The pieces of each font group, as (word, piece) indices in reading order, the groups
    in the order their first pieces come; and each font name's group."""
    groups: Groups = {}
    group_of: dict[str, str] = {}       # font name -> its group, worked out once a page
    members_of: dict[str, list[tuple[int, int]]] = {}   # font name -> its group's members
    for i, word in enumerate(words):
        for j, (_, font) in enumerate(word):
            members = members_of.get(font)
            if members is None:
                key = group_of[font] = _group_key(font)
                members = members_of[font] = groups.setdefault(key, [])
            members.append((i, j))
    return groups, group_of


def _single_piece_groups(words: Sequence[Sequence[tuple[str, str]]]
                         ) -> tuple[Groups, dict[str, str]]:
    """``_piece_groups`` of a page whose every word is one piece (most pages), worked out a
    font at a time: each font's words found by comparisons made in C, not a step of Python
    a word. A group of several fonts has its members put back in reading order."""
    fonts = [word[0][1] for word in words]
    groups: Groups = {}
    group_of: dict[str, str] = {}
    for font in dict.fromkeys(fonts):       # in the order each first comes
        key = group_of[font] = _group_key(font)
        members = list(zip(compress(range(len(fonts)), map(font.__eq__, fonts)), repeat(0)))
        if key in groups:
            groups[key] = sorted(groups[key] + members)
        else:
            groups[key] = members
    return groups, group_of


def _has_latin_words(tokens: list[str], enough: int) -> bool:
    """At least ``enough`` of ``tokens`` hold a Latin letter (stops counting there)."""
    found = 0
    for token in tokens:
        if _LATIN.search(token):
            found += 1
            if found >= enough:
                return True
    return False


def _group_tokens(words: Sequence[Sequence[tuple[str, str]]],
                  members: list[tuple[int, int]]) -> list[str]:
    """A font group's text as tokens: the group's pieces of each word, joined."""
    tokens: dict[int, str] = {}
    for i, j in members:
        tokens[i] = tokens.get(i, "") + words[i][j][0]
    return list(tokens.values())


def fix_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 (``ViÃªt``) and similar, then NFC."""
    if untouched_by_ftfy(text):
        return text
    return ftfy.fix_text(text, _FTFY)


def untouched_by_ftfy(text: str) -> bool:
    """Text that ftfy (as ``_FTFY`` sets it up) provably returns as it is. Printable ASCII
    without ``&`` is told in a few microseconds: each of ftfy's fixes needs a character such
    text lacks (mojibake and its byte fixes need non-ASCII text, HTML entities an ``&``,
    terminal escapes ESC, control characters unprintable ones; and ASCII is its own NFC).
    Other text is proved untouched, when it is, by ``untouched.ftfy_leaves`` (ftfy's steps
    looked at one by one) in a tenth of ftfy's millisecond a page."""
    return (text.isascii() and text.isprintable() and "&" not in text) or ftfy_leaves(text)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)
