"""The inner furniture of a long article, told by its text: numbered section headings,
footnotes, jump lines and drop caps. The grouping (:mod:`magpipe.align.articles`) reads them
whatever role the split stage gave them:

* a numbered heading (``1. LỄ THÔNG TUYẾN ...``, ``II. KẾT QUẢ``) under an article whose own
  title is not numbered is a section of that article, not the title of the next one (a report
  continuing over many pages); it is kept apart from the paragraphs (``Article.headings``);
* a footnote opens with a superscript mark (``¹ Theo số liệu ...``); a block may hold several
  (``² ... ³ ...``); they belong to the open article but are no paragraph
  (``Article.notes``);
* a jump line (``(Xem tiếp trang 3)`` / ``(Continued on page 3)``, ``(Tiếp theo trang 1)`` /
  ``(Continued from page 1)``) sends the reader to another page: the article it closes is
  taken up again where the matching line says so, and the line itself is no text;
* a drop cap: a block of one capital letter, set before the rest of its word.

Headings and notes of the two languages are linked by their number or mark (the twin of
``2.`` is ``2.``; of ``³``, ``³``). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from magpipe.text.headings import TITLE_CHARS
from magpipe.text.punctuation import ends_sentence
from magpipe.text.vietnamese import strip_diacritics

MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# "1. ", "12) ", "II. ", "3.2 " then a capital: a section number set before a heading
_NUMBERED = re.compile(r"^\s*((?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)])\s+(?=[^\W\d_])")
_NOTE_START = re.compile(rf"(?:^|\s)([{MARKS}]+)\s+(?=\S)")
# jump lines: the page they send to or come from, in either language (OCR may lose the
# parentheses or a mark: the words are compared without marks and case)
_TO = re.compile(r"^\W*(?:xem\s+tiep\s+(?:o\s+)?trang|tiep\s+trang|continued\s+on\s+(?:page|p\.?)"
                 r"|see\s+page|turn\s+to\s+page)\s*(\d{1,3})\W*$", re.I)
_FROM = re.compile(r"^\W*(?:tiep\s+theo\s+trang|continued\s+from\s+(?:page|p\.?))\s*(\d{1,3})\W*$",
                   re.I)
JUMP_CHARS = 40        # most characters of a jump line


@dataclass(frozen=True)
class Jump:
    onward: bool        # True: "continued on page N"; False: "continued from page N"
    page: int


def section_number(text: str) -> str | None:
    """The number of a numbered heading (``1.`` -> ``1``, ``II.`` -> ``II``), else None: a
    heading's length and no sentence running on after it."""
    if len(text.strip()) > TITLE_CHARS or ends_sentence(text):
        return None
    m = _NUMBERED.match(text)
    return m.group(1)[:-1] if m else None


def note_mark(text: str) -> str | None:
    """The superscript mark a footnote opens with, else None."""
    m = _NOTE_START.match(text.lstrip())
    return m.group(1) if m and text.lstrip().startswith(m.group(1)) else None


def split_notes(text: str) -> list[tuple[str, str]]:
    """(mark, note) of each footnote in a block that opens with one (``² A. ³ B.``)."""
    starts = [m.start(1) for m in _NOTE_START.finditer(text)]
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [(p[:len(p) - len(p.lstrip(MARKS))], p) for p in pieces if p]


def jump_line(text: str) -> Jump | None:
    """A jump line's direction and page, else None."""
    if len(text) > JUMP_CHARS:
        return None
    plain = strip_diacritics(text)
    for pattern, onward in ((_TO, True), (_FROM, False)):
        m = pattern.match(plain)
        if m:
            return Jump(onward, int(m.group(1)))
    return None


def drop_cap(text: str) -> bool:
    """One capital letter alone: the first letter of a paragraph set large."""
    stripped = text.strip()
    return len(stripped) == 1 and stripped.isalpha() and stripped.isupper()
