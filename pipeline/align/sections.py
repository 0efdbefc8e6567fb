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
``2.`` is ``2.``; of ``³``, ``³``). The text facts (the jump-line wording, the section
number, the footnote marks) live in :mod:`magpipe.text.headings`, which split reads too.
Pure functions, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.headings import SUPERSCRIPT_MARKS as MARKS
from magpipe.text.headings import TITLE_CHARS, Jump, in_capitals, jump_line, section_label
from magpipe.text.punctuation import ends_sentence

__all__ = ["Jump", "drop_cap", "glued_first_heading", "jump_line", "note_mark",
           "numbered_heading", "split_notes"]

_NOTE_START = re.compile(rf"(?:^|\s)([{MARKS}]+)\s+(?=\S)")
# A title read with the first heading under it has at least this many words (``Chương I.``,
# ``Part 1.``: a word before the number is the heading's own label, not a title)
GLUED_TITLE_WORDS = 3
# where a first section's number (``1.``, ``I.``) starts inside a block
_FIRST_SECTION = re.compile(r"\s(?=(?:1|I)[.)]\s+[^\W\d_])")


def numbered_heading(text: str) -> str | None:
    """The number of a numbered heading (``1.`` -> ``1``, ``II.`` -> ``II``), else None: a
    heading's length and no sentence running on after it."""
    if len(text.strip()) > TITLE_CHARS or ends_sentence(text):
        return None
    return section_label(text)


def glued_first_heading(text: str) -> tuple[str, str] | None:
    """A title and the first numbered heading under it read as one block (``Tổng kết hoạt động
    đối ngoại 1. HỘI ĐÀM ...``): (title, heading), cut before the ``1.`` or ``I.`` where the
    rest is a numbered heading set otherwise than the title (capitals under small letters, or
    the other way), the title itself a few words (``GLUED_TITLE_WORDS``), neither numbered nor
    a sentence; else None."""
    for found in _FIRST_SECTION.finditer(text):
        head, tail = text[:found.start()].strip(), text[found.end():].strip()
        if (len(head.split()) >= GLUED_TITLE_WORDS and numbered_heading(tail) is not None
                and numbered_heading(head) is None
                and not ends_sentence(head) and in_capitals(head) != in_capitals(tail)):
            return head, tail
    return None


def note_mark(text: str) -> str | None:
    """The superscript mark a footnote opens with, else None."""
    m = _NOTE_START.match(text.lstrip())
    return m.group(1) if m and text.lstrip().startswith(m.group(1)) else None


def split_notes(text: str) -> list[tuple[str, str]]:
    """(mark, note) of each footnote in a block that opens with one (``² A. ³ B.``)."""
    starts = [m.start(1) for m in _NOTE_START.finditer(text)]
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [(p[:len(p) - len(p.lstrip(MARKS))], p) for p in pieces if p]


def drop_cap(text: str) -> bool:
    """One capital letter alone: the first letter of a paragraph set large."""
    stripped = text.strip()
    return len(stripped) == 1 and stripped.isalpha() and stripped.isupper()
