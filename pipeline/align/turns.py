"""Rules of the article drafts for interviews and heads read out of order.

* ``over_text``: a byline set higher on its page than text its article already holds there
  was read late (a name set beside the portrait, right of the intro, comes after the intro
  in reading order): it belongs to the head and closes nothing. A closing byline sits under
  the text it signs.

Pure functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magpipe.align.articles import Draft
    from magpipe.artifacts.layout import Block


def over_text(draft: Draft, block: Block) -> bool:
    """Does ``block`` sit above text of ``draft`` on the block's page (its foot higher than
    the top of a paragraph or intro of the draft there)?"""
    pieces = [*draft.paragraphs, *([draft.intro] if draft.intro else [])]
    return any(s.page == block.page and s.box[1] >= block.box[3]
               for p in pieces for s in p.sources)
