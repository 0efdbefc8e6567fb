"""A title the XY cut split down a white strip between its words, found again.

A display title's word spaces are wide; on a scan they can line up, over two of its lines,
with a gutter of the page's columns under it (an empty column under the headline). The cut
then reads the title's left part with the columns at the left and its right part with those
at the right, far apart in reading order, so the rule that joins title pieces read one after
the other (``split._title_beside``) never sees them. A piece of a title lies inside the box of
the rest of it (its first line ran across the strip): two stories' titles never overlap, so a
title piece inside another one's box, in the same language, is part of that title. Pure
logic, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role


def _inside(inner: Box, outer: Box) -> bool:
    return (outer[0] <= inner[0] and inner[2] <= outer[2] and outer[1] <= inner[1]
            and inner[3] <= outer[3])


def title_holding(pieces: Sequence[tuple[str, str, Box]], lang: str, box: Box) -> int | None:
    """The index of the title piece among ``pieces`` (role, language, box; in reading order)
    whose box holds the title piece ``box`` of language ``lang``, or that it holds; None
    when there is none."""
    for k, (role, piece_lang, piece_box) in enumerate(pieces):
        if role == Role.TITLE and piece_lang == lang and (
                _inside(box, piece_box) or _inside(piece_box, box)):
            return k
    return None
