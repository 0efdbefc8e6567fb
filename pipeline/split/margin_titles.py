"""A title set in the page's top band is no running head.

The role rules take short text wholly inside the page's top or bottom band
(``roles.FURNITURE_MARGIN``, a share of the page's height) for furniture. On a tall page
(a poster-like sheet of four columns, 1,200 points high) that band reaches 70 points down,
and a title printed high over the columns, in display type, lies inside it. Running heads
are set at or under the body's size, or are a few words (a masthead's name); a heading of
many words set as large as a title (``roles.TITLE_SIZE``) is an article's title wherever it
stands. Pure logic.
"""

from __future__ import annotations

# more words than a running head or a masthead holds (a bilingual running head of both
# languages' names, ``BẢN TIN ĐỐI NGOẠI LẠNG SƠN / LANG SON EXTERNAL AFFAIRS BULLETIN``,
# holds up to ten, but is set small)
TITLE_WORDS = 8


def title_in_band(words: int, title_sized: bool) -> bool:
    """A block of ``words`` words, set as large as a title when ``title_sized``, in the page's
    top or bottom band, is a title in display type, not furniture."""
    return title_sized and words > TITLE_WORDS
