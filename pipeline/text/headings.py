"""Headings that name a page's kind, in both languages: the heading of a contents page.

A contents page whose entries an OCR copy reads without their page numbers (a lone number far
right of its entry is easily lost) is still named by its heading. Compared without marks and
case, so that OCR's ``MUC LUC`` counts.
"""

from __future__ import annotations

import re

from magpipe.text.vietnamese import strip_diacritics

# "MỤC LỤC", "CONTENTS", "TABLE OF CONTENTS", "IN THIS ISSUE", "TRONG SỐ NÀY" (marks stripped)
CONTENTS_HEADINGS = frozenset({"muc luc", "contents", "table of contents", "in this issue",
                               "trong so nay"})


def contents_heading(text: str) -> bool:
    """The text is a contents page's heading (marks, case, spacing and punctuation aside)."""
    plain = re.sub(r"[\W\d_]+", " ", strip_diacritics(text).lower()).strip()
    return plain in CONTENTS_HEADINGS
