"""The text of a chequerboard's cells is the article's, however a cell holds it in.

A text cell of a lattice (``lattices``: text cells and photo cells of one size alternating
along the rows and down the columns) sets its text in from the cell's edges (a tint's
padding) and, on the last cell of an article, short of the cell's foot: the look of a framed
box or a held-in note (``framed``, ``roles.asides``), which the rules before this one read as
a note of no article on a page whose only text is that cell (an article's last lines carried
over to a page of their own). A note stands apart from the article; a lattice's text cells
carry the article's text from cell to cell. So a note (``aside``) lying in a text cell of the
page's lattice takes back the role its own look gives it (a paragraph, a signature), or
``body`` when its look made it a note. Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Role
from magpipe.split.lattices import in_text_cell, lattice
from magpipe.split.roles import Facts, PageFacts, role_of

log = logging.getLogger(__name__)

REASON = "text in a text cell of a lattice of photos and text cells (the article's)"


def lattice_text(roles: list[str], reasons: list[str], facts: list[Facts], page: PageFacts,
                 images: tuple[Box, ...], drawn: tuple[Box, ...]) -> tuple[list[str], list[str]]:
    """Roles and reasons with every note in a text cell of the page's lattice (its photos and
    its drawn panels ``drawn``) given back its look's role (see the module's text)."""
    grid = lattice(images, drawn, page.body_size)
    if grid is None:
        return roles, reasons
    out, why = list(roles), list(reasons)
    for k, f in enumerate(facts):
        if out[k] == Role.ASIDE and in_text_cell(f.box, grid, page.body_size):
            look = role_of(f, page)
            out[k], why[k] = (Role.BODY if look == Role.ASIDE else look), REASON
            log.debug("%s (was a note): %r", out[k], f.text[:40])
    return out, why
