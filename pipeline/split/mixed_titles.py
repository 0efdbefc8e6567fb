"""OCR: a title set in mixed case, told by its wide characters and tall line.

On OCR pages ``roles.role_of`` calls a block a title when its width per character reaches
``roles.TITLE_WIDTH`` times the body's: capitals are about 1.4 times as wide as lower case, so
a line of capitals at the body's size must not pass. A title set in upper and lower case has
no capitals to explain its width: a report's title over its text, set about 1.6 times the
body's size, measured 1.52 times the body's width per character and was read as body text,
and its article lost its title (report scans). A block of one or two short lines, mostly in
lower case, not ending a sentence, whose characters are ``MIXED_WIDTH`` times as wide as the
body's and whose lines are ``roles.TITLE_SIZE`` times as tall (box heights: the two together,
since either alone swings with OCR's boxes), is a title.

Such a title set close over the part's first numbered heading (``1. ĐOÀN ĐẠI BIỂU ...``, a
title too) was then joined to it as one title (``split._same_title``: title pieces of one
language one right under the other): a title piece opening with a section number starts a
heading of its own (``numbered_below``), whatever the white above it.

Pure logic.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.roles import TITLE_SIZE, Facts, PageFacts
from magpipe.text.headings import section_number, upper_share
from magpipe.text.punctuation import SENTENCE_ENDS

log = logging.getLogger(__name__)

MIXED_WIDTH = 1.35   # x body width per character: mixed-case text this wide is display type
MIXED_SHARE = 0.5    # share of capitals among letters below which a line is in mixed case
TITLE_LINES = 2      # lines of such a title
TITLE_WORDS = 14     # words of such a title


def mixed_case_titles(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Body blocks of an OCR page that are titles set in mixed case (see the module)."""
    if page.exact or not page.body_cw:
        return roles
    out = list(roles)
    for k, (role, f) in enumerate(zip(roles, facts, strict=True)):
        if role != Role.BODY or f.lines > TITLE_LINES or len(f.text.split()) > TITLE_WORDS:
            continue
        text = f.text.rstrip()
        if text[-1:] in SENTENCE_ENDS or upper_share(text) >= MIXED_SHARE:
            continue
        if f.cw >= MIXED_WIDTH * page.body_cw and f.size >= TITLE_SIZE * page.body_size:
            log.debug("a title in mixed case (width per character %.1f, body %.1f): %r",
                      f.cw, page.body_cw, text[:50])
            out[k] = Role.TITLE
    return out


def numbered_below(words: tuple[Word, ...], idx: list[int]) -> bool:
    """The words ``idx`` open with a section number (``1. ĐOÀN ...``): a heading of its own,
    never the rest of the title above it."""
    return section_number(" ".join(words[i].text for i in idx[:3])) is not None
