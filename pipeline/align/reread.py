"""A block's part in its article, read again from the article being built when the split
stage's role is not to be trusted (layouts its rules were not written for, OCR).

The grouping (:mod:`magpipe.align.articles`) asks these questions of each block, knowing the
open article of the block's language:

* :func:`starts_entry`: a block the split stage called ``body`` or ``intro`` that comes after
  the open article's text and is set like a title (capitals, a title's length, no sentence
  end, a few words) is the title of the next article (a journal's many short entries a page,
  whose titles the split stage read as intros);
* :func:`run_in_title`: a block that opens with a title in capitals and goes on with the
  text (title and text read as one block): cut in two where the capitals end;
* :func:`run_on_keywords`: a paragraph whose last sentence is followed, in the same block, by
  a keywords line (the line under an abstract set close to it): cut off before that line;
* :func:`is_byline`: a short block in capitals right under the title, before any text (a
  byline under the title, ``MAI THU``), read as body by the split stage;
* :func:`continues_title`: a longer block in capitals there: the title's next line;
* a label over the text, before any of it (``Tóm tắt``, ``Abstract``), and a keywords line
  (``Label: term; term``), as :mod:`magpipe.text.headings` tells them by their text.

and of a rubric, :func:`split_bilingual` cuts its two halves apart.

Labels and keyword lines are kept apart from the paragraphs (``Article.label``,
``Article.keywords``): they are no paragraph of the text, and their twins are paired with them.
Pure functions, no I/O.
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
# A byline under the title: a name or two, at most this many words.
BYLINE_MAX_WORDS = 5
# A sentence end that closes a text (a colon or a semicolon does not close a title or a label)
_CLOSED = re.compile(r"[.!?…]\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_RUNS_ON = re.compile(r"[,:;&\-–—]\s*$")
# Where a keywords line run into a paragraph may start: after a sentence end and a space. Its
# terms must be cut by a semicolon: a sentence that lists things after a colon (``He named
# three: Hanoi, Hue, Da Nang.``) uses commas, and stays in the paragraph.
_AFTER_SENTENCE = re.compile(r"[.!?…][\"”’)\]»]?(\s+)(?=[^\W\d_])")


def starts_entry(text: str) -> bool:
    """Set like a title: capitals, a title's length and words, no sentence end."""
    words = _WORD.findall(text)
    return (in_capitals(text) and PROMOTED_TITLE_MIN_CHARS <= len(text.strip()) <= TITLE_CHARS
            and len(words) >= PROMOTED_TITLE_MIN_WORDS and not _CLOSED.search(text))


def run_in_title(text: str) -> tuple[str, str] | None:
    """A title in capitals and the text below it read as one block (OCR): the longest run of
    words in capitals that opens the block, when it is set like a title
    (:func:`starts_entry`) and text in small letters follows; else None."""
    words = text.split()
    cut = 0
    for k, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        if letters and not all(c.isupper() for c in letters):
            cut = k
            break
    else:
        return None
    head, rest = " ".join(words[:cut]), " ".join(words[cut:])
    # the text opens a sentence (``Ngày 15/12``, ``Abstract On December``): a paragraph that
    # opens with a name in capitals goes on in small letters (``UNICEF AND WVI visited``)
    if not starts_entry(head) or len(rest) < len(head) or not rest[0].isupper():
        return None
    return head, rest


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
    words = text.split()
    return (0 < len(words) <= BYLINE_MAX_WORDS and in_capitals(text)
            and not any(c.isdigit() for c in text) and not ends_sentence(text))


def runs_on(title: str) -> bool:
    """A title that cannot end where it does: on a comma, a colon, a dash or ``&``."""
    return _RUNS_ON.search(title) is not None


def continues_title(title: str, text: str) -> bool:
    """A title's next line read as a block of its own: capitals, no sentence end, the two
    together no longer than a title, and more words than a byline or a title that cannot end
    where it does (on a comma, a colon, a dash or ``&``)."""
    return (in_capitals(text) and not _CLOSED.search(text)
            and (len(text.split()) > BYLINE_MAX_WORDS or runs_on(title))
            and len(title) + len(text) < TITLE_CHARS)


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
