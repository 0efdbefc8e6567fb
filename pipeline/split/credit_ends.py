"""Captions that end in a photo credit printed without a colon.

``roles.role_of`` takes a block holding a credit label with its colon (``Ảnh: NAME``,
``Photo: NAME``) for a caption. Magazines also print the credit with a dash or a word in
place of the colon: ``Ảnh - TRÍ DŨNG``, ``Photo by TRI DUNG``, ``© NAME``, ``Courtesy of
NAME``. Without the colon the label could be a word of a sentence, so the credit counts only
where ``text.credits.cut_credit`` finds it: closing the block, after the end of a sentence
(or opening it), its name a few words that each open with a capital. A block of running text
(body, intro, note) that ends so is a caption: running text does not end in a credit.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import across
from magpipe.artifacts.layout import Role
from magpipe.split.roles import Facts, PageFacts
from magpipe.text.credit_labels import as_printed
from magpipe.text.credits import cut_credit

log = logging.getLogger(__name__)

CAPTION_LINES = 6       # most lines of a caption (a longer block ending in a name is text;
                        # not one set smaller than the body apart from the columns, an aside:
                        # a long caption in a narrow column)
# A longer block ending in a credit is a caption still when it is set right under a caption,
# the white between them under TWIN_GAP of its own lines (a caption's halves are set a line
# apart at most; text resumes under a caption a paragraph's white or more below), across half
# the narrower one's width: the other language's half of a long caption in a narrow column
# (an interview's portrait). Up to TWIN_LINES lines: the longest such half seen ran to nine.
TWIN_GAP = 1.0
TWIN_LINES = 2 * CAPTION_LINES
_TEXT_ROLES = frozenset({Role.BODY, Role.INTRO, Role.ASIDE})


def ends_in_credit(text: str) -> bool:
    """The text closes with a photo credit in either language, with or without a colon (its
    label perhaps misread by OCR: ``text.credit_labels``)."""
    text = as_printed(text)
    return any(cut_credit(text, lang)[1] is not None for lang in ("vi", "en"))


def credited_captions(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Blocks taken for running text that end in a photo credit are captions."""
    out = list(roles)
    for k, (role, f) in enumerate(zip(roles, facts, strict=True)):
        if role in _TEXT_ROLES and (f.lines <= CAPTION_LINES or role == Role.ASIDE) and \
                ends_in_credit(f.text):
            log.debug("caption: ends in a photo credit: %r", f.text[-60:])
            out[k] = Role.CAPTION
    return out


def caption_twins(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A block of running text up to ``TWIN_LINES`` lines ending in a photo credit, set right
    under a caption in its column, is that caption's other half (see ``TWIN_GAP``)."""
    out = list(roles)
    for k, f in enumerate(facts):
        if out[k] not in _TEXT_ROLES or f.lines > TWIN_LINES or not ends_in_credit(f.text):
            continue
        line = f.pitch or f.size
        over = next((c for j, c in enumerate(facts) if out[j] == Role.CAPTION and j != k
                     and 0 <= f.box[1] - c.box[3] <= TWIN_GAP * line
                     and across(f.box, c.box) >= 0.5 * min(f.box[2] - f.box[0],
                                                           c.box[2] - c.box[0])), None)
        if over is not None:
            log.debug("caption: ends in a photo credit right under caption %r: %r",
                      over.text[:30], f.text[-40:])
            out[k] = Role.CAPTION
    return out


def credit_tails_kept(texts: list[str], cuts: list[int]) -> list[int]:
    """``cuts`` (line indices where a block switches language) without those falling inside
    the block's closing credit: a credit printed without a colon that breaks after its label
    (``... Bac Son Commune. Photo`` / ``by KIỀU ANH``) leaves a line holding only the name,
    whose marks read Vietnamese under an English caption; cut off, the caption lost its
    credit and was no caption. A cut between two captions (the Vietnamese one, then the
    English one ending in its credit) stays."""
    if not cuts:
        return cuts
    joined = " ".join(texts)
    for lang in ("en", "vi"):
        before, credit = cut_credit(joined, lang)
        if credit is not None and before is not None:
            return [k for k in cuts if len(" ".join(texts[:k])) <= len(before)]
    return cuts

