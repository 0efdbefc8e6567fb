"""A paragraph's last line holding only a name does not switch its language.

``langid.language_cuts`` cuts a block where its lines switch language for good (a Vietnamese
paragraph set right above its English twin). A paragraph whose last line holds nothing but a
name (``Dong Dang - Tra Linh``, a place's name ending an English sentence) may read plainly
Vietnamese there: the name is Vietnamese, and OCR's Vietnamese pass gives it the marks the
print left off (``Đồng Dạng Trà Lĩnh``). Cut off, that line became a Vietnamese paragraph of
its own, an article of no title (front-page scans). A cut before the last line only, of
``NAME_WORDS`` words at most, each opening with a capital and not all in capitals (dashes
between them aside), under ``LINES_ABOVE`` lines or more, is dropped: a twin is never one
line of names under a paragraph. (A line in capitals is a heading, ``VỀ ẤN PHẨM`` under an
English box: it does switch.)

Pure logic.
"""

from __future__ import annotations

from magpipe.text.headings import in_capitals

NAME_WORDS = 4       # most words of such a name
LINES_ABOVE = 3      # fewest lines above it: a paragraph's, not a one-line caption's


def _name_only(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return 0 < len(words) <= NAME_WORDS and all(w[0].isupper() for w in words) and \
        not in_capitals(text)


def names_kept(texts: list[str], cuts: list[int]) -> list[int]:
    """``cuts`` (line indices where a block switches language) without one before a last
    line that is only a name (see the module)."""
    last = len(texts) - 1
    return [k for k in cuts
            if not (k == last and k >= LINES_ABOVE and _name_only(texts[k]))]
