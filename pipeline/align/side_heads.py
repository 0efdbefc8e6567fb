"""A label read once an article's text has begun: the heading of the passage after it.

The split stage gives a heading over an article's text ``label``: an abstract's ``Tóm tắt``
under the title, or a side head set in the margin beside the passage it heads (read right
before that passage). A label under the title, before any text, names the text to come
(``Draft.label``); one read after the intro or a paragraph cannot: it heads the next passage,
a section heading of the article (``Article.headings``) after which a paragraph opens, so
the text before it is never carried on into the text after it. Pure logic, no I/O.
"""

from __future__ import annotations

from magpipe.align.drafts import Draft


def heads_passage(d: Draft | None) -> bool:
    """A label read now, under the open article ``d``, heads a passage of its text (module
    doc): the article has an intro or a paragraph already."""
    return d is not None and d.title is not None and (bool(d.paragraphs) or d.intro is not None)
