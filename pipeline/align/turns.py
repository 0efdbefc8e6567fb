"""Rules of the article drafts for interviews and heads read out of order.

* ``over_text``: a byline set higher on its page than text its article already holds there
  was read late (a name set beside the portrait, right of the intro, comes after the intro
  in reading order): it belongs to the head and closes nothing. A closing byline sits under
  the text it signs.
* ``turn_text``: a paragraph of an interview opening with a speaker label (``PV:``,
  ``Ông Nam:``, ``Q:``; :mod:`magpipe.text.speakers`) is recorded without it, as the
  paragraph's words: the label says who speaks, in each language its own way (``PV:`` is
  ``Q:``), and is no part of the text to translate or compare.

Pure functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magpipe.artifacts.layout import Role
from magpipe.text.speakers import speaker_label

if TYPE_CHECKING:
    from magpipe.align.drafts import Draft
    from magpipe.artifacts.layout import Block

_SPOKEN = frozenset({Role.BODY, Role.INTRO})


def over_text(draft: Draft, block: Block) -> bool:
    """Does ``block`` sit above text of ``draft`` on the block's page (its foot higher than
    the top of a paragraph or intro of the draft there)?"""
    pieces = [*draft.paragraphs, *([draft.intro] if draft.intro else [])]
    return any(s.page == block.page and s.box[1] >= block.box[3]
               for p in pieces for s in p.sources)


def turn_text(block: Block) -> str:
    """The block's text, less a speaker label opening a paragraph of text."""
    text = block.text.strip()
    label = speaker_label(text) if block.role in _SPOKEN else None
    return text[len(label):].strip() if label is not None and len(text) > len(label) else text
