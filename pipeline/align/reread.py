"""A block's part in its article, read again from the article being built when the split
stage's role is not to be trusted (layouts its rules were not written for, OCR).

The grouping (:mod:`magpipe.align.articles`) asks these questions of each block, knowing the
open article of the block's language:

* :func:`starts_entry`: a block the split stage called ``body`` or ``intro`` that comes after
  the open article's text and is set like a title (capitals, a title's length, no sentence
  end, a few words) is the title of the next article (a journal's many short entries a page,
  whose titles the split stage read as intros);
* :func:`is_byline`: a short block in capitals right under the title, before any text (a
  byline under the title, ``MAI THU``), read as body by the split stage;
* :func:`continues_title`: a longer block in capitals there: the title's next line;
* :func:`is_label`: a short heading over the text, before any of it (``Tóm tắt``,
  ``Abstract``): one to ``LABEL_MAX_WORDS`` words, no digit, no sentence end;
* :func:`is_keywords`: a line ``Label: term; term`` (a journal's keywords): a label of at
  most ``LABEL_MAX_WORDS`` words ending in a colon, then terms without a sentence end.

Labels and keyword lines are kept apart from the paragraphs (``Article.label``,
``Article.keywords``): they are no paragraph of the text, and their twins are paired with them.
Pure functions, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.punctuation import SENTENCE_ENDS

# A title promoted from body text has at least this many words and characters: bylines in
# capitals (``NGUYỄN THỊ MAI ANH``, 18 characters) and short rubrics stay what they were.
PROMOTED_TITLE_MIN_WORDS = 4
PROMOTED_TITLE_MIN_CHARS = 25
# A byline under the title: a name or two, at most this many words.
BYLINE_MAX_WORDS = 5
# A label (``Tóm tắt``, ``Abstract``, ``Từ khóa:``): at most this many words.
LABEL_MAX_WORDS = 3
KEYWORDS_MAX_CHARS = 300
TITLE_MAX_CHARS = 250
# A sentence end that closes a text (a colon or a semicolon does not close a title or a label)
_CLOSED = re.compile(r"[.!?…]\s*$")
_ENDS = re.compile(rf"[{re.escape(SENTENCE_ENDS)}]\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_RUNS_ON = re.compile(r"[,:;&\-–—]\s*$")
_KEYWORDS = re.compile(rf"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){{0,{LABEL_MAX_WORDS - 1}}})\s*:\s*(\S.*)$",
                       re.S)


def in_capitals(text: str) -> bool:
    """At least 70% of the letters are capitals (a title's or a byline's setting)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def starts_entry(text: str) -> bool:
    """Set like a title: capitals, a title's length and words, no sentence end."""
    words = _WORD.findall(text)
    return (in_capitals(text) and PROMOTED_TITLE_MIN_CHARS <= len(text.strip()) <= TITLE_MAX_CHARS
            and len(words) >= PROMOTED_TITLE_MIN_WORDS and not _CLOSED.search(text))


def is_byline(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= BYLINE_MAX_WORDS and in_capitals(text)
            and not any(c.isdigit() for c in text) and not _ENDS.search(text))


def continues_title(title: str, text: str) -> bool:
    """A title's next line read as a block of its own: capitals, no sentence end, the two
    together no longer than a title, and more words than a byline or a title that cannot end
    where it does (on a comma, a colon, a dash or ``&``)."""
    return (in_capitals(text) and not _CLOSED.search(text)
            and (len(text.split()) > BYLINE_MAX_WORDS or _RUNS_ON.search(title) is not None)
            and len(title) + len(text) < TITLE_MAX_CHARS)


def is_label(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= LABEL_MAX_WORDS and not in_capitals(text)
            and all(_WORD.fullmatch(w) for w in words) and not _ENDS.search(text))


def is_keywords(text: str) -> bool:
    m = _KEYWORDS.match(text)
    return (m is not None and len(text) <= KEYWORDS_MAX_CHARS
            and not _CLOSED.search(m.group(2)) and "\n\n" not in text)
