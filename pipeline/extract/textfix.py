"""Fix the text of a text layer: legacy Vietnamese encodings, mojibake, Unicode form.

One function per fix, each taking and returning text. :func:`detect_legacy` picks the
legacy encoding (if any) for a whole page at once, since one word is too short to tell.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import ftfy
from magpipe.extract.legacy_charsets import TCVN3, VISCII, VNI_BASES, VNI_LETTERS, VNI_MARKS
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


def _decode_table(text: str, table: dict[int, str]) -> str:
    out = []
    for char in text:
        byte = _byte_of(char)
        out.append(char if byte is None else table.get(byte, char))
    return "".join(out)


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 (ABC) text read as Windows-1252 -> Unicode; ``capitals`` for ``.VnTimeH`` fonts."""
    decoded = _decode_table(text, TCVN3)
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
    return sum(_bad_token(t) for t in tokens) / len(tokens) if tokens else 0.0


@dataclass(frozen=True)
class LegacyVerdict:
    encoding: str | None       # "tcvn3" | "vni" | "viscii" | None
    reason: str


_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni, "viscii": decode_viscii}
_FONT_HINTS = (("tcvn3", re.compile(r"(^|\+)\.?vn(?!i)[a-z]", re.IGNORECASE)),
               ("vni", re.compile(r"(^|\+)vni[-_ ]", re.IGNORECASE)))


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
    best, best_rate = None, before
    for name, decode in _DECODERS.items():
        rate = bad_token_rate(decode(text))
        if rate < best_rate or (name in hinted and rate <= best_rate):
            best, best_rate = name, rate
    if best is not None and best_rate <= before / 3:
        hint = f", font {sorted(hinted)[0]}" if hinted else ""
        return LegacyVerdict(best, f"{best}: unreadable tokens {before:.0%} -> "
                                   f"{best_rate:.0%} when decoded{hint}")
    return LegacyVerdict(None, f"{before:.0%} unreadable tokens, no legacy decoding helps")


def decode_legacy(text: str, encoding: str, fontname: str = "") -> str:
    if encoding == "tcvn3":
        capitals = bool(re.search(r"\.vn\w*h$", fontname.split("+")[-1], re.IGNORECASE))
        return decode_tcvn3(text, capitals=capitals)
    return _DECODERS[encoding](text)


def fix_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 (``ViÃªt``) and similar, then NFC."""
    return ftfy.fix_text(text, _FTFY)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)
