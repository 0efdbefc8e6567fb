"""A contents page among a page's blocks: the entries (ending with a page number), the labels
over them and the page's heading are contents, no article's text (a role pass,
``split.passes``). Pure rules over one page's blocks; each says why it exists.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.split.contents import CONTENTS_LINES, Listed, entry_run
from magpipe.split.roles import Facts, page_number_like, points_to_page
from magpipe.text.headings import contents_heading

log = logging.getLogger(__name__)

CONTENTS_SHARE = 0.6  # share of a page's text blocks that must be entries for a contents page
CONTENTS_MIN = 2      # fewest entries of a contents page (an issue of two articles)


def contents_entries(roles: list[str], facts: list[Facts]) -> list[str]:
    """A contents page: most of the page's text blocks (``CONTENTS_SHARE``, at least
    ``CONTENTS_MIN``) are short entries ending with a page number; those entries are no
    article's text. A body paragraph that happens to end with a number does not make one."""
    text = [k for k, r in enumerate(roles) if r not in (Role.HEADER, Role.PAGE_NUMBER, Role.OTHER)]
    named = _named_contents(text, facts)
    if named is not None:
        return named_contents(roles, facts, text, named)
    entries = [k for k in text if facts[k].lines <= CONTENTS_LINES and roles[k] != Role.TITLE
               and points_to_page(facts[k])]
    # one-line labels set over the entries (a rubric over each) count with them
    first = min((facts[k].box[1] for k in entries), default=0.0)
    last = max((facts[k].box[3] for k in entries), default=0.0)
    labels = [k for k in text if k not in entries and facts[k].lines == 1
              and roles[k] != Role.TITLE and first - 1 <= facts[k].box[1] < last
              and not page_number_like(facts[k].text)]
    if len(entries) < CONTENTS_MIN or \
            len(entries) + len(labels) < CONTENTS_SHARE * len(text):
        return roles
    # the page's heading ("MỤC LỤC", "CONTENTS"): a title above the first entry
    first = min(facts[k].box[1] for k in entries + labels)
    heads = [k for k in text if roles[k] == Role.TITLE and facts[k].box[3] <= first]
    log.debug("contents page: %d entries, %d labels, %d headings", len(entries), len(labels),
              len(heads))
    return [Role.CONTENTS if k in entries or k in heads or k in labels else r
            for k, r in enumerate(roles)]


def _named_contents(text: list[int], facts: list[Facts]) -> int | None:
    """The block heading the page as a contents page (``MỤC LỤC``, ``CONTENTS``: one line),
    if any."""
    return next((k for k in text if facts[k].lines == 1 and contents_heading(facts[k].text)),
                None)


def named_contents(roles: list[str], facts: list[Facts], text: list[int],
                   head: int) -> list[str]:
    """A page headed ``MỤC LỤC`` / ``CONTENTS``: the heading and the list of entries under it
    (:func:`magpipe.split.contents.entry_run`) are contents, page numbers or no page numbers
    (OCR loses a lone number set far right of its entry). Where the page sets each language
    under its own heading (``MỤC LỤC`` beside ``CONTENTS``, on a cover under the title), every
    heading is one."""
    heads = [k for k in text if facts[k].lines == 1 and contents_heading(facts[k].text)]
    # the list under each heading ends where its entries end (magpipe.split.contents: an
    # article may start below the list)
    listed = {k: Listed(facts[k].box, facts[k].lines, facts[k].size,
                        points_to_page(facts[k]) or page_number_like(facts[k].text),
                        facts[k].line_texts) for k in text if k not in heads}
    below = {k for h in heads for k in entry_run(listed, facts[h].box)}
    # a heading OCR read as the first line of the list under it
    opened = [k for k in listed if facts[k].lines > 1 and facts[k].line_texts
              and contents_heading(facts[k].line_texts[0])]
    below |= {j for k in opened for j in {k} | entry_run(listed, facts[k].box)}
    log.debug("contents page by its heading %r: %d entries and labels", facts[head].text,
              len(below))
    return [Role.CONTENTS if k in heads or k in below else r for k, r in enumerate(roles)]
