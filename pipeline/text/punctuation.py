"""Punctuation facts shared by the stages: pure data, no I/O."""

from __future__ import annotations

# A line or block whose text ends in one of these ends a sentence (or a clause that can end
# a paragraph: a colon before a list, a closing quote or bracket): split's paragraph and
# continuation tests and align's paragraph joins read the same set.
SENTENCE_ENDS = ".!?…:;\"”’)]»"


# English titles set before a name (``Mr.``, ``Ms.``): their stop ends no sentence, and a line
# ending in one runs on into the name on the next line.
TITLES_BEFORE_NAMES = frozenset({"mr.", "ms.", "mrs.", "dr."})


def ends_on_title(text: str) -> bool:
    """The text's last word is an English title set before a name (``TITLES_BEFORE_NAMES``)."""
    words = text.split()
    return bool(words) and words[-1].lower() in TITLES_BEFORE_NAMES


def ends_sentence(text: str) -> bool:
    """The text's last character other than a space is one of ``SENTENCE_ENDS``."""
    return text.rstrip()[-1:] in SENTENCE_ENDS if text.strip() else False
