"""The credit labels as OCR misreads them beyond what :mod:`magpipe.text.credits` accepts.

``text.credits`` takes ``Ảnh`` with the marks OCR most often gives its A (``Ánh``, ``Ạnh``,
``Anh``...) and ``Photo`` as printed. A scan also reads

* the hook of ``Ả`` with a breve or a circumflex under it (``Ẳnh: TRÍ DŨNG``, ``Ẩnh:``): no
  Vietnamese word is spelled so (``ă`` and ``â`` never come before ``nh``), so such a word
  before a colon is the label misread;
* the label's capital as a small letter at a credit's opening bracket (``(ảnh: KIỀU ANH)``);
* a letter of ``Photo`` as another (``Pboto: KIEU 4NH``, ``Ph0to:``): a word of five
  characters opening with ``P``, one letter from ``Photo``, before a colon;
* the space after ``by`` lost, the name run into it (``Photo byLAMAI`` for ``Photo by LA
  MAI``): no English word opens with ``by`` and goes on in capitals, so the name is
  given its space back (the lost spaces inside the name stay lost);
* the label's colon as a question mark in a credit set in brackets (``(Photo? BUI THUAN)``):
  a question closes no label, and a name in capitals follows it;
* a label past reading (``Anh. LA MAI``, ``: xẩnb - TRÍ DŨNG``, ``Pboro by TRI DỤNG``): a
  line of its own then reads as a credit by its shape alone (:func:`credit_line_name`: a
  short label, a separator, a name in capitals), which split asks of a line set under a
  caption and align of a block split took for a credit so.

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
# regex: a credit's label in brackets with OCR's question mark for its colon, a name in
# capitals after it (the mark alone is replaced)
_QUERIED = re.compile(rf"(?<=\()\s*(?:{EN_LABEL_WORD}|{VI_LABEL_WORD.capitalize()}|Anh)\s*"
                      r"\?(?=\s*[A-ZÀ-Ỹ]{2})")
# regex: ``by`` opening a word that goes on in two capitals or more (the name run into it)
_BY_NAME = re.compile(r"(?<![^\W\d_])by(?=[^\W\d_]{2})")


CREDIT_WORDS = 6     # most words of a credit line (a label and a name of three or four words)
LABEL_WORDS = 2      # most words before the separator (``Ảnh``, ``Photo by``, OCR's ``: xẩnb``)
LABEL_LETTERS = 6    # most letters of a label's word: the word for a photo is short in both
                     # languages; a writer's sign-off (``Synthesized by LA VIET``) is longer
NAME_LETTERS = 3     # fewest capital letters of the name
_WORD = re.compile(r"[^\W\d_]+")
# a label, a separator, then the name: words in capitals (OCR may read a letter as a digit)
_CREDIT_LINE = re.compile(r"^(?P<label>[^\W\d_]*\W{0,2}(?:\s*\S+)?)\s*(?:[:\-–.]|\bby\b)\s*"
                          r"(?P<name>[A-ZÀ-Ỹ0-9][A-ZÀ-Ỹ0-9 .'-]+?)\s*[.)]*\s*$")


def credit_line_name(text: str) -> str | None:
    """The name of a line that reads as a photo credit by its shape: at most ``LABEL_WORDS``
    short words, a separator, then a name in capitals (``NAME_LETTERS`` capitals or more);
    None for any other line."""
    text = text.strip().lstrip(":;,.'` ")
    m = _CREDIT_LINE.match(text)
    if m is None or len(_WORD.findall(text)) > CREDIT_WORDS:
        return None
    name, label = m.group("name"), _WORD.findall(m.group("label"))
    if len(label) > LABEL_WORDS or any(len(w) > LABEL_LETTERS for w in label) or \
            sum(c.isupper() for c in name) < NAME_LETTERS or name.upper() != name:
        return None
    return name.strip(" .'-")


def _vi_label(m: re.Match[str]) -> str:
    word = m.group(0)          # (white after a bracket kept as read: the label is its last 3)
    return word[:-3] + VI_LABEL_WORD.capitalize()


def _photo(m: re.Match[str]) -> str:
    word = m.group(0)
    return EN_LABEL_WORD if Levenshtein.distance(word, EN_LABEL_WORD) == 1 else word


def _by(m: re.Match[str]) -> str:
    after = m.string[m.end():m.end() + 2]
    return "by " if after.isupper() else "by"


def as_printed(text: str) -> str:
    """``text`` with each misread credit label spelled as printed (``Ảnh``, ``Photo``)."""
    if "nh" in text:
        text = _MISREAD_VI.sub(_vi_label, text)
    if "P" in text:
        text = _LIKE_PHOTO.sub(_photo, text)
    if "?" in text:
        text = _QUERIED.sub(lambda m: m.group(0)[:-1] + ":", text)
    if "by" in text:
        text = _BY_NAME.sub(_by, text)
    return text
