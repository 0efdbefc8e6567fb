"""Jump lines that OCR garbled: ``` (Tiá) tbeo trang 1)``, ``(Continedl tot Đage 1)``.

``headings.jump_line`` reads a jump line by its exact words (marks and case aside). On a scan
OCR misreads a letter or two of a short italic line, the line is read as text, split links it
to the paragraph before the jump as its continuation and the story's real continuation,
under it, is left as a paragraph of no article (front-page scans). A short line ending in a
page number whose words before the number are, without marks and case, within
``GARBLED_RATIO`` of a jump line's wording (``JUMP_WORDINGS``) is a jump line too.

Which way it points is read off the pages, not off garbled words (``from`` read ``tot`` came
closer to ``continued on page``): a paper jumps forward, so a line naming a later page than
its own says where the story goes on, one naming an earlier page where it came from. Without
its page, the wording that comes closest says.

Pure functions.
"""

from __future__ import annotations

import re

from magpipe.text.folding import folded_letters, unmarked
from magpipe.text.headings import JUMP_CHARS, Jump, jump_line
from rapidfuzz import fuzz

# the wordings of ``headings._JUMP`` spelled out, without marks: (words, says where it came
# from, language)
JUMP_WORDINGS = (("tiep theo trang", True, "vi"), ("continued from page", True, "en"),
                 ("tiep theo o trang", False, "vi"), ("xem tiep trang", False, "vi"),
                 ("xem tiep o trang", False, "vi"), ("xem trang", False, "vi"),
                 ("continued on page", False, "en"), ("continued to page", False, "en"),
                 ("see page", False, "en"), ("more on page", False, "en"),
                 ("turn to page", False, "en"))
GARBLED_RATIO = 75.0    # rapidfuzz ratio of the words before the number to a wording
_PAGE_END = re.compile(r"(?P<page>\d{1,3})\W*$")


def garbled_jump(text: str, page: int | None = None,
                 printed: dict[int, int] | None = None) -> Jump | None:
    """The jump line ``text`` reads as though OCR garbled it (see the module); ``page``: the
    page it is on, ``printed``: printed page numbers -> pages (``align.articles``), to tell
    its way by the page it names. None when ``headings.jump_line`` reads it already, or when
    it is no jump line."""
    found = _closest(text)
    if found is None:
        return None
    named, back, _ = found
    if page is not None:
        target = (printed or {}).get(named, named)
        if target == page:
            return None
        back = target < page
    return Jump(onward=not back, page=named)


def garbled_jump_lang(text: str) -> str | None:
    """The language of the wording a garbled jump line comes closest to (its letters say
    little: ``(Continedl tot Đage 1)`` reads Vietnamese); None when it is none."""
    found = _closest(text)
    return found[2] if found else None


def _closest(text: str) -> tuple[int, bool, str] | None:
    """The page a garbled jump line names, and whether the wording it comes closest to says
    where the story came from, and that wording's language."""
    if len(text) > JUMP_CHARS or jump_line(text) is not None:
        return None
    plain = unmarked(text)
    found = _PAGE_END.search(plain)
    if found is None:
        return None
    words = folded_letters(plain[:found.start()])
    if len(words.split()) < 2:
        return None
    ratio, back, lang = max((fuzz.ratio(words, wording), back, lang)
                            for wording, back, lang in JUMP_WORDINGS)
    if ratio < GARBLED_RATIO:
        return None
    return int(found.group("page")), back, lang
