"""Punctuation facts shared by the stages: pure data, no I/O."""

from __future__ import annotations

# A line or block whose text ends in one of these ends a sentence (or a clause that can end
# a paragraph: a colon before a list, a closing quote or bracket): split's paragraph and
# continuation tests and align's paragraph joins read the same set.
SENTENCE_ENDS = ".!?…:;\"”’)]»"


def ends_sentence(text: str) -> bool:
    """The text's last character other than a space is one of ``SENTENCE_ENDS``."""
    return text.rstrip()[-1:] in SENTENCE_ENDS if text.strip() else False
