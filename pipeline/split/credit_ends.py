"""Photo credits as magazines print them: without a colon, or without the slash that ends a
mixed caption's Vietnamese credit.

``roles.role_of`` takes a block holding a credit label with its colon (``Ảnh: NAME``,
``Photo: NAME``) for a caption. Magazines also print the credit with a dash or a word in
place of the colon: ``Ảnh - TRÍ DŨNG``, ``Photo by TRI DUNG``, ``© NAME``, ``Courtesy of
NAME``. Without the colon the label could be a word of a sentence, so the credit counts only
where ``text.credits.cut_credit`` finds it: closing the block, after the end of a sentence
(or opening it), its name a few words that each open with a capital. A block of running text
(body, intro, note) that ends so is a caption: running text does not end in a credit.

A caption in both languages, ``<vi>. Ảnh: NAME/ <en>``, is cut at the slash that ends its
Vietnamese credit (``text.credits.split_caption``); where none is printed, the name is read
over the capitalised words after the label, and the English caption set from the next line
loses its first words to it: ``credit_in_its_line`` ends the credit with its line.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from itertools import accumulate

from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.credits import CaptionParts, cut_credit

log = logging.getLogger(__name__)

CAPTION_LINES = 6       # most lines of a caption (a longer block ending in a name is text)
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.ASIDE})


def ends_in_credit(text: str) -> bool:
    """The text closes with a photo credit in either language, with or without a colon."""
    return any(cut_credit(text, lang)[1] is not None for lang in ("vi", "en"))


def credited_captions(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Blocks taken for running text that end in a photo credit are captions."""
    out = list(roles)
    for k, (role, f) in enumerate(zip(roles, facts, strict=True)):
        if role in _TEXT_ROLES and f.lines <= CAPTION_LINES and ends_in_credit(f.text):
            log.debug("caption: ends in a photo credit: %r", f.text[-60:])
            out[k] = Role.CAPTION
    return out


def credit_in_its_line(parts: CaptionParts, tokens: list[str],
                       line_lengths: list[int]) -> CaptionParts:
    """A mixed caption's Vietnamese credit printed without the slash that ends it
    (``... 2025. Ảnh: KHÁNH LY`` / ``Ms. Tran Thanh Nhan, ...``) ends with the line that holds
    its label and a word of its name, or with a later line of the name: the English caption
    opens the next line. (Read over the capitalised words that follow, the name would take the
    English caption's first words, ``Ms. Tran Thanh``.) A line opening with a word in capitals
    goes on with the name (``Ảnh: NGUYỄN`` / ``VĂN AN``). ``line_lengths``: the tokens of each line, in order."""
    if parts.credit is None or parts.carry:
        return parts
    start, end = parts.credit
    if any("/" in t for t in tokens[start:end]):
        return parts
    cut = next((k for k in accumulate(line_lengths)
                if start + 1 < k < end and not tokens[k].isupper()), None)
    if cut is None:
        return parts
    log.debug("credit ends with its line: %r", " ".join(tokens[start:cut]))
    return replace(parts, credit=(start, cut), en=(cut, parts.en[1] if parts.en else end))
