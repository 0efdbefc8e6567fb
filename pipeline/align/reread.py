"""Text facts align reads of blocks whatever role the split stage gave them.

* :func:`starts_entry`: a block set like a title (capitals, a title's length, no sentence end,
  a few words): a contents page is found by blocks that repeat a title printed elsewhere
  (:mod:`magpipe.align.listing`), whatever their role;
* :func:`run_on_keywords`: a paragraph whose last sentence is followed, in the same block, by
  a keywords line (the line under an abstract set close to it): cut off before that line
  (split labels a keywords line of its own, but does not cut one out of a block);
* :func:`is_byline` (a name or two in capitals) and :func:`continues_title` (the next line of
  a title that cannot end where it does), for what split cannot see across a page turn or
  a title's odd last line (``magpipe.align.articles._trusted_role``);
* :func:`split_bilingual`: a rubric's two halves (``TIÊU ĐIỂM / Focal Points``).

The split stage now tells bylines under a title, labels (``Tóm tắt``), keyword lines, the next
entry's title and a title run into its text itself (``split/heads.py``); the grouping no
longer reads those again (on the fourteen development families, doing so changed nothing but
the scanned report, which it made worse). Pure functions, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.headings import TITLE_CHARS, in_capitals, keywords_line
from magpipe.text.punctuation import ends_sentence
from magpipe.text.vietnamese import has_vietnamese_marks

# A title promoted from body text has at least this many words and characters: bylines in
# capitals (``NGUYỄN THỊ MAI ANH``, 18 characters) and short rubrics stay what they were.
PROMOTED_TITLE_MIN_WORDS = 4
PROMOTED_TITLE_MIN_CHARS = 25
# A byline: a name or two, at most this many words.
BYLINE_MAX_WORDS = 5
# A title that cannot end here: it goes on in the next line
_RUNS_ON = re.compile(r"[,:;&\-–—]\s*$")
# A sentence end that closes a text (a colon or a semicolon does not close a title or a label)
_CLOSED = re.compile(r"[.!?…]\s*$")
_WORD = re.compile(r"[^\W\d_]+")
# Where a keywords line run into a paragraph may start: after a sentence end and a space. Its
# terms must be cut by a semicolon: a sentence that lists things after a colon (``He named
# three: Hanoi, Hue, Da Nang.``) uses commas, and stays in the paragraph.
_AFTER_SENTENCE = re.compile(r"[.!?…][\"”’)\]»]?(\s+)(?=[^\W\d_])")


def starts_entry(text: str) -> bool:
    """Set like a title: capitals, a title's length and words, no sentence end."""
    words = _WORD.findall(text)
    return (in_capitals(text) and PROMOTED_TITLE_MIN_CHARS <= len(text.strip()) <= TITLE_CHARS
            and len(words) >= PROMOTED_TITLE_MIN_WORDS and not _CLOSED.search(text))


def run_on_keywords(text: str) -> tuple[str, str] | None:
    """A paragraph and the keywords line under it read as one block: (paragraph, keywords)
    cut at the first sentence end after which the rest is a keywords line whose terms are cut
    by semicolons; else None."""
    if ";" not in text:
        return None
    for gap in _AFTER_SENTENCE.finditer(text):
        head, rest = text[:gap.start(1)].strip(), text[gap.end():].strip()
        if head and ";" in rest and keywords_line(rest):
            return head, rest
    return None


def is_byline(text: str) -> bool:
    """A name or two in capitals (``MAI THU``): at most ``BYLINE_MAX_WORDS`` words, no digit,
    no sentence end."""
    words = text.split()
    return (0 < len(words) <= BYLINE_MAX_WORDS and in_capitals(text)
            and not any(c.isdigit() for c in text) and not ends_sentence(text))


def continues_title(title: str, text: str) -> bool:
    """The next line of a title that cannot end where it does (on a comma, a colon, a dash or
    ``&``): capitals, no sentence end, the two together no longer than a title."""
    return (_RUNS_ON.search(title) is not None and in_capitals(text)
            and not _CLOSED.search(text) and len(title) + len(text) < TITLE_CHARS)


def split_bilingual(text: str) -> tuple[str | None, str | None]:
    """``TIÊU ĐIỂM / Focal Points`` -> (``TIÊU ĐIỂM``, ``Focal Points``).

    Without a slash, a Vietnamese rubric in capitals followed by an English one
    that is not (``TIÊU ĐIỂM Focal Points``) is cut where the capitals end.
    """
    text = re.sub(r"^\s*\d+\s*[-.]\s*", "", text.strip())
    match = re.match(r"^(.+?)\s*/\s*(.+?)$", text, re.S)
    if match:
        return match.group(1), match.group(2)
    words = text.split()
    for i in range(1, len(words)):
        head, tail = words[:i], words[i:]
        if (all(w.isupper() for w in head) and not tail[0].isupper()
                and any(has_vietnamese_marks(w) for w in head)
                and not any(has_vietnamese_marks(w) for w in tail)):
            return " ".join(head), " ".join(tail)
    return None, None
