"""Jump lines as the align stage reads them: exactly (``headings.jump_line``), or garbled by
OCR (``text.garbled_jumps``), in which case the block takes the language of the wording it
comes closest to (``(Continedl tot Đage 1)`` read as Vietnamese took up no English story: its
English continuation was left as an article of its own, front-page scans).

Pure function.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.layout import Block, Lang
from magpipe.text.garbled_jumps import garbled_jump, garbled_jump_lang
from magpipe.text.headings import Jump, jump_line

log = logging.getLogger(__name__)


def read_jump(block: Block, printed: dict[int, int]) -> tuple[Block, Jump | None]:
    """The block (in the language of its jump's wording, when OCR garbled it) and the jump
    line it is, if any (``printed``: printed page numbers -> pages)."""
    jump = jump_line(block.text)
    if jump is not None:
        return block, jump
    jump = garbled_jump(block.text, block.page, printed)
    if jump is None:                # (most blocks: the wording is read once)
        return block, None
    lang = garbled_jump_lang(block.text)
    if lang is None:
        return block, None
    log.debug("a jump line OCR garbled, read as %s: %r", lang, block.text)
    return replace(block, lang=Lang(lang)), jump
