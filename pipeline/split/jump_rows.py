"""A jump line right under a story's jump head heads its columns with it (OCR: a scan's ink
boxes leave more white between a head and the line under it than a text layer's font boxes).

Pure logic.
"""

from __future__ import annotations

from magpipe.split.pieces import Line
from magpipe.text.garbled_jumps import garbled_jump
from magpipe.text.headings import jump_line


def jump_row(row: list[Line]) -> bool:
    """The row reads as a jump line, exactly or garbled (``(Continued from page 1)`` under a
    story's jump head): with the head, it heads the continuation's columns
    (``modules.head_over_columns``). On a scan the ink boxes leave more white between the head
    and that line than a text layer's font boxes do, and the head alone stood too far above
    the columns to be cut from them: the continuations stacked on an inside page were read
    column by column across all of them (front-page scans)."""
    text = " ".join(p.text for p in sorted(row, key=lambda p: p.box[0]))
    return bool(row) and (jump_line(text) is not None or garbled_jump(text) is not None)
