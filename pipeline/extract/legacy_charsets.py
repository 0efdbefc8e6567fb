"""Data: the pre-Unicode Vietnamese 8-bit encodings, byte -> Unicode letter.

Python ships no codec for these. A PDF whose fonts use them extracts each byte as the
Windows-1252 character of the same code (``Vi\u00d6t`` for TCVN3 "Việt"), so the
decoders in :mod:`magpipe.extract.textfix` map a character back to its byte, then the byte
to the letter below. Bytes not listed keep their Windows-1252 meaning.

* TCVN3 (ABC, fonts named ``.VnTime`` ...): lowercase letters precomposed in
  0xA1-0xFE, only Ă Â Ê Ô Ơ Ư Đ among capitals; other capitals come from separate
  "H" fonts (``.VnTimeH``) that draw the lowercase codes as capitals.
* VISCII (RFC 1456): all 134 precomposed letters, some in the C0/C1 control ranges.
* VNI (fonts named ``VNI-Times`` ...): not a table of letters but a base letter
  followed by mark characters; see ``VNI_MARKS`` and ``VNI_LETTERS``.
"""

from __future__ import annotations

# Each string lists the letters for consecutive byte values starting at the key;
# "_" marks a byte with no letter (left as it is).
_TCVN3_RUNS = {
    0xA1: "ĂÂÊÔƠƯĐăâêôơưđ",
    0xB5: "àảãáạ_ằẳẵắ",
    0xC6: "ặầẩẫấậè_ẻẽéẹềểễếệìỉ___ĩíịò_ỏõóọồổỗốộờởỡớợù_ủũúụừửữứựỳỷỹýỵ",
}

_VISCII_RUNS = {
    0x02: "Ẳ__ẴẪ",
    0x14: "Ỷ____Ỹ____Ỵ",
    0x80: "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"
          "ÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ"
          "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡư"
          "àáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ",
}


def _expand(runs: dict[int, str]) -> dict[int, str]:
    table: dict[int, str] = {}
    for start, letters in runs.items():
        for offset, letter in enumerate(letters):
            if letter != "_":
                table[start + offset] = letter
    return table


TCVN3: dict[int, str] = _expand(_TCVN3_RUNS)

# Characters some producers write for a TCVN3 byte, from the glyph name the font gives the
# byte rather than from the byte: 0xAD ("ư") named ``minus`` comes out as U+2212, 0xB7
# ("ã") named like the bullet operator as U+2219 (seen in real government PDFs:
# ``t−íng`` for "tướng", ``l∙nh`` for "lãnh"). U+FFFE is PDFium's mark for 0xAD at a line
# end, taken for a soft hyphen (see ``LINE_END_HYPHEN`` in textfix).
TCVN3_STAND_INS: dict[str, str] = {"\u2212": "ư", "\u2219": "ã", "\ufffe": "ư"}
VISCII: dict[int, str] = _expand(_VISCII_RUNS)

# VNI: the character after a base vowel that carries its marks, as combining marks
# (breve U+0306, circumflex U+0302, tones grave U+0300, acute U+0301, hook U+0309,
# tilde U+0303, dot below U+0323). Lowercase and capital mark characters differ.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
VNI_MARKS: dict[str, str] = {}
for _lower, _upper, _marks in (
    ("ù", "Ù", _ACUTE), ("ø", "Ø", _GRAVE), ("û", "Û", _HOOK), ("õ", "Õ", _TILDE),
    ("ï", "Ï", _DOT), ("â", "Â", _CIRC), ("ê", "Ê", _BREVE),
    ("á", "Á", _CIRC + _ACUTE), ("à", "À", _CIRC + _GRAVE), ("å", "Å", _CIRC + _HOOK),
    ("ã", "Ã", _CIRC + _TILDE), ("ä", "Ä", _CIRC + _DOT),
    ("é", "É", _BREVE + _ACUTE), ("è", "È", _BREVE + _GRAVE), ("ú", "Ú", _BREVE + _HOOK),
    ("ü", "Ü", _BREVE + _TILDE), ("ë", "Ë", _BREVE + _DOT),
):
    VNI_MARKS[_lower] = VNI_MARKS[_upper] = _marks

# VNI characters that are whole letters by themselves.
VNI_LETTERS: dict[str, str] = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}
VNI_BASES = "aeouyAEOUY"
