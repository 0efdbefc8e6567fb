"""Numbered section headings: the ``1.``, ``2.``, ... headings of one text, over a whole document.

Reports, treaties and programmes number the sections of one article (``1. BỐI CẢNH`` /
``2. KẾT QUẢ``); set large or in capitals, each would read as the title of an article of its
own. A language's run of such headings counting up from 1 makes them labels inside the
article they belong to (``numbered_headings``). Moved out of ``heads.py`` (which holds the
page-level rules for titles, bylines and leads) unchanged.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.text.headings import (
    CAPS_SHARE,
    TITLE_CHARS,
    bare_section_number,
    section_number,
    upper_share,
)

log = logging.getLogger(__name__)


HEADING_ROLES = frozenset({Role.TITLE, Role.SECTION})
HEADINGS_MIN = 2      # numbered headings of one language that make an outline (1., 2., ...)


def numbered_headings(roles: list[str], texts: list[str], langs: list[str]) -> list[str]:
    """Over a whole document (its blocks in reading order): titles, rubrics and short blocks in
    capitals opening with a section number (``1. ...``, ``2. ...``) are the numbered section
    headings of one text when a language's run of them counts up from 1 (``HEADINGS_MIN`` of
    them at least): headings over the text of the article they are part of (``label``), not
    the titles of new articles."""
    out = list(roles)
    # (OCR reads a heading set in capitals at about the body's size as a paragraph of them)
    heading = [roles[k] in HEADING_ROLES or roles[k] in (Role.BODY, Role.INTRO) and
               len(texts[k]) <= TITLE_CHARS and upper_share(texts[k]) >= CAPS_SHARE
               for k in range(len(roles))]
    for lang in set(langs):
        found = [(k, section_number(texts[k])) for k in range(len(roles))
                 if langs[k] == lang and heading[k]]
        numbered = [(k, n) for k, n in found if n is not None]
        numbered = _first_stop_lost(numbered, heading, texts, langs, lang) + numbered
        numbers = [n for _, n in numbered]
        if len(numbered) < HEADINGS_MIN or numbers[0] != 1 or 2 not in numbers:
            continue
        for k, _ in numbered:
            out[k] = Role.LABEL
        log.debug("%d numbered section headings (%s)", len(numbered), lang)
    return out


def _first_stop_lost(numbered: list[tuple[int, int]], heading: list[bool], texts: list[str],
                     langs: list[str], lang: str) -> list[tuple[int, int]]:
    """The first heading of a run numbered from 2, its number 1 read without its stop (OCR:
    ``1 TALKS ...``): the last heading-like block of ``lang`` before the run opening so."""
    if not numbered or numbered[0][1] != 2:
        return []
    before = [k for k in range(numbered[0][0]) if langs[k] == lang and heading[k]]
    return [(before[-1], 1)] if before and bare_section_number(texts[before[-1]]) == 1 else []
