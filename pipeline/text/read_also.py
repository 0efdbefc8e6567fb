"""How a "read also" list reads as text: its label and the bullets leading its headlines, set
down once for the split stage (which finds the list by them with the page's geometry,
``split.read_also``) and align (which takes none of its headlines for a contents entry,
``align.listing``).

Vietnamese papers label such a list ``ĐỌC THÊM``, ``XEM THÊM`` or ``TIN LIÊN QUAN``, English
ones ``READ ALSO``, ``SEE ALSO`` or ``RELATED STORIES``; labels are compared unmarked and in
lower case (``folding.unmarked``), a colon after them aside. Pure logic, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.folding import unmarked

# the labels, unmarked and in lower case: what Vietnamese and English papers print over a list
# of links to other stories (printed and online issues alike)
# (not "related" or "read more" alone: a headline may open with either)
LABELS = ("doc them", "xem them", "tin lien quan", "bai lien quan", "tin bai lien quan",
          "read also", "also read", "see also", "related stories", "related articles",
          "related news")
# what leads a listed headline: the bullets papers set, and what OCR reads a small bullet as
# (a dot or a star, ``·`` ``*``, a plus or a guillemet, ``+»``); never a letter or digit
BULLETS = "•●▪■◆►▸‣·*+»«"
_LABEL = re.compile(r"^(?:" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\b")


def plain(text: str) -> str:
    """``text`` unmarked, in lower case, colons as spaces, single spaces."""
    return " ".join(unmarked(text).replace(":", " ").split())


def bulleted(text: str) -> bool:
    """``text`` opens with one of ``BULLETS``."""
    return text.lstrip()[:1] in BULLETS and bool(text.strip()[:1])


def label_end(text: str) -> int | None:
    """Where a label that opens ``text`` ends in ``plain(text)``; None when none opens it."""
    found = _LABEL.match(plain(text))
    return found.end() if found else None


def is_label(text: str) -> bool:
    """``text`` is one of ``LABELS`` and nothing else (a colon aside)."""
    return plain(text) in LABELS
