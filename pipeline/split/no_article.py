"""What the passes that find text of no article in a document's reading order share
(``banners``, ``part_dividers``, ``fillers``, ``teasers``): where the articles' heads stand,
how many lines a block holds, where a text ends a sentence, and setting the blocks found
apart.

Both read the document's blocks in reading order after the pages' roles are decided, look at
what stands right over an article's head (a banner in a title's style, a part's divider) and
make it text of no article. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from magpipe.artifacts.layout import Block, Role
from magpipe.artifacts.pages import Page

# what shows that an article's text follows a head: its lead, its text, its byline
ARTICLE_TEXT = frozenset({Role.INTRO, Role.BODY, Role.BYLINE})
# a text ending a sentence: its end mark last, closing quotes or brackets perhaps after it
ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")


def block_lines(b: Block, page: Page) -> int:
    """How many of the page's lines the block's words stand on."""
    return len({page.words[i].line for i in b.words if i < len(page.words)})


def title_runs(seq: list[Block]) -> list[tuple[int, int]]:
    """The runs ``seq[i:j]`` of titles (each as long as it goes) that an article's text
    follows (``seq[j]`` in ``ARTICLE_TEXT``), as ``(i, j)``, in order."""
    found = []
    i = 0
    while i < len(seq):
        j = i
        while j < len(seq) and seq[j].role == Role.TITLE:
            j += 1
        if j > i and j < len(seq) and seq[j].role in ARTICLE_TEXT:
            found.append((i, j))
        i = max(j, i + 1)
    return found


def set_apart(per_page: list[tuple[Page, list[Block], list[int]]], why: Mapping[str, str],
              log: logging.Logger) -> list[tuple[Page, list[Block], list[int]]]:
    """``per_page`` with the blocks ``why`` names set as text of no article (``Role.ASIDE``,
    their links cut), each logged on ``log`` (the finding pass's) with why."""
    if not why:
        return per_page
    out = []
    for page, blocks, regions in per_page:
        for b in blocks:
            if b.id in why:
                log.info("page %d: %s: %r", page.number, why[b.id], b.text[:50])
        out.append((page, [replace(b, role=Role.ASIDE, continued_from=None)
                           if b.id in why else b for b in blocks], regions))
    return out


def set_apart_each_page(per_page: list[tuple[Page, list[Block], list[int]]],
                        body: dict[int, float],
                        find: Callable[[Page, list[Block], float], Mapping[str, str]],
                        log: logging.Logger) -> list[tuple[Page, list[Block], list[int]]]:
    """``per_page`` with what ``find`` names on each page (a page, its blocks and its body
    size in, block id -> why out) set apart as text of no article (``set_apart``)."""
    why: dict[str, str] = {}
    for page, blocks, _ in per_page:
        why |= find(page, blocks, body[page.number])
    return set_apart(per_page, why, log)
