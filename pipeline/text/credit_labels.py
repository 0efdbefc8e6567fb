"""The credit labels as OCR misreads them beyond what :mod:`magpipe.text.credits` accepts.

``text.credits`` takes ``Ảnh`` with the marks OCR most often gives its A (``Ánh``, ``Ạnh``,
``Anh``...) and ``Photo`` as printed. A scan also reads

* the hook of ``Ả`` with a breve or a circumflex under it (``Ẳnh: TRÍ DŨNG``, ``Ẩnh:``): no
  Vietnamese word is spelled so (``ă`` and ``â`` never come before ``nh``), so such a word
  before a colon is the label misread;
* the label's capital as a small letter at a credit's opening bracket (``(ảnh: KIỀU ANH)``);
* a letter of ``Photo`` as another (``Pboto: KIEU 4NH``, ``Ph0to:``): a word of five
  characters opening with ``P``, one letter from ``Photo``, before a colon.

Split and align read a caption's credit from :func:`as_printed` text, each label given back
its printed spelling. (``text.credits`` is imported by extract: a change there keys every
scan's OCR again; this module is not.) Pure logic, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.credits import VI_LABEL_WORD
from rapidfuzz.distance import Levenshtein

EN_LABEL_WORD = "Photo"
# regex: an A with a breve or a circumflex (any tone) as the label's first letter, then ``nh``
# and the label's colon (or OCR's semicolon for it), the word standing alone; or the label in
# small letters right after a bracket
_MISREAD_VI = re.compile(r"(?<![^\W\d_])[ĂẮẰẲẴẶÂẤẦẨẪẬ]nh(?=\s*[:;])"
                         r"|(?<=\()\s*[aảáàạã]nh(?=\s*[:;])")
# regex: a word of five characters opening with P before a colon (its letters tested below)
_LIKE_PHOTO = re.compile(r"(?<![^\W\d_])P\w{4}(?=\s*[:;])")


def _vi_label(m: re.Match[str]) -> str:
    word = m.group(0)          # (white after a bracket kept as read: the label is its last 3)
    return word[:-3] + VI_LABEL_WORD.capitalize()


def _photo(m: re.Match[str]) -> str:
    word = m.group(0)
    return EN_LABEL_WORD if Levenshtein.distance(word, EN_LABEL_WORD) == 1 else word


def as_printed(text: str) -> str:
    """``text`` with each misread credit label spelled as printed (``Ảnh``, ``Photo``)."""
    if "nh" in text:
        text = _MISREAD_VI.sub(_vi_label, text)
    if "P" in text:
        text = _LIKE_PHOTO.sub(_photo, text)
    return text
