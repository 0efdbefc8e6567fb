"""Edition labels: the words a bilingual publication sets over the start of one language's
copy (``BẢN TIẾNG VIỆT``, ``BẢN DỊCH TIẾNG VIỆT``, ``ENGLISH VERSION``, ``VIETNAMESE
TRANSLATION``). A real-world convention of bilingual print, not one publication's wording:
``bản`` (copy, version) or ``bản dịch`` (translation) and the language's name, or the
language's name and ``version`` / ``translation`` / ``text``. Compared without marks and case
(OCR drops marks). Pure functions.
"""

from __future__ import annotations

import re

from magpipe.text.vietnamese import strip_diacritics

_LABEL = re.compile(
    r"^\W*(?:ban\s+(?:dich\s+)?(?:tieng\s+)?(?:viet|anh)(?:\s+ngu)?|"
    r"(?:in\s+)?(?:english|vietnamese)\s+(?:version|translation|text))\b\W*",
    re.IGNORECASE)


def edition_label(text: str) -> str | None:
    """The edition label opening ``text`` (as printed), or None."""
    folded = strip_diacritics(text)
    m = _LABEL.match(folded)
    if m is None:
        return None
    return text[:len(m.group(0))].strip()


def cut_edition_label(text: str) -> tuple[str, str] | None:
    """An edition label and what follows it on the same block (OCR reads the label and the
    title under it as one block), or None when nothing follows or no label opens the text."""
    label = edition_label(text)
    if label is None:
        return None
    rest = text.strip()[len(label):].strip()
    return (label, rest) if rest else None
