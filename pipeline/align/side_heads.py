"""A heading read once an article's text has begun: the heading of the passage after it.

The split stage gives a heading over an article's text ``label``: an abstract's ``Tóm tắt``
under the title, a bold crosshead over the text, or a side head set in the margin beside
the passage it heads (read right before that passage). A label under the title, before any
text, names the text to come (``Draft.label``); a heading read after the intro or a
paragraph cannot: it heads the next passage, a section heading of the article
(``Article.headings``) after which a paragraph opens, so the text before it is never
carried on into the text after it. A heading is words alone: a label holding a figure (an
entry's date, :mod:`magpipe.align.datelines`) or ending in a stop, colon or semicolon (the
head of a letter's list of recipients and its items) is none and keeps its own reading; nor
is a label lying on a photo of its page (``on_photos``: a tag printed on the picture,
``THEN`` / ``NOW`` on a then-and-now pair, which the split stage reads as a label after the
page's text): it heads no passage, and the text on either side of the photo is carried on
across it. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.align.drafts import Draft
from magpipe.artifacts.base import ON_PHOTO, within
from magpipe.artifacts.layout import Role, SplitArtifact


def _heading_words(text: str) -> bool:
    text = text.strip()
    return bool(text) and text[-1].isalpha() and not any(c.isdigit() for c in text)


def heads_passage(text: str, d: Draft | None) -> bool:
    """A label of ``text`` read now, under the open article ``d``, heads a passage of its
    text (module doc): words alone, and the article has an intro or a paragraph already."""
    return d is not None and d.title is not None and _heading_words(text) and (
        bool(d.paragraphs) or d.intro is not None)


def on_photos(artifact: SplitArtifact) -> frozenset[str]:
    """The ids of the labels lying wholly on a photo of their page (its tags, module doc)."""
    return frozenset(b.id for p in artifact.pages for b in p.blocks if b.role == Role.LABEL
                     and any(within(b.box, photo, ON_PHOTO) for photo in p.images))
