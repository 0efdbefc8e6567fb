"""A one-sided intro whose twin the other side left alone is that side's first paragraph.

An intro set apart on one side only (the other side's lead was read as body: set in italics,
which a text layer does not say, or inside a column where the other spans them) is taken as
that side's first paragraph when the aligner links it 1-1 to the other side's first
paragraph surely enough (``assemble.INTRO_LINK_MIN``): a boxed note read as an intro links
to nothing so well. A lead and its twin with dates and figures written in each language's
own way (``14-19/12/2025``, ``December 14 to 19, 2025``) may link less surely than that,
and the lead then stood as an intro with no twin while its twin stood as a paragraph with
none (digest).

The place says it too: kept apart, the intro leaves the other side's first paragraph without
a twin (the aligner's first link takes it alone), and taken in, the two link 1-1. A boxed
note read as an intro leaves no paragraph alone: the other side's first paragraph links
to its own twin either way. The move is made then when the link is at least ``FLOOR`` sure.

Pure logic.
"""

from __future__ import annotations

from magpipe.align.paragraphs import Link, align_paragraphs

FLOOR = 0.3     # least confidence of the intro's link to the other side's first paragraph


def first_left_alone(vi: list[str], en: list[str], intro_lang: str,
                     moved: tuple[Link, ...]) -> bool:
    """Without the ``intro_lang`` side's intro, ``vi`` and ``en`` (both sides' paragraphs)
    align with the other side's first paragraph alone, and with it (``moved``: the links of
    the paragraphs with the intro first) it opens a 1-1 link ``FLOOR`` sure (see the
    module)."""
    if not moved or moved[0].kind != "1-1" or moved[0].confidence < FLOOR:
        return False
    kept = align_paragraphs(vi, en)
    alone = "0-1" if intro_lang == "vi" else "1-0"
    return bool(kept) and kept[0].kind == alone
