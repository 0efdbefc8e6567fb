"""Where a column's text runs, measured on its letters.

On a scan OCR reads a hairline between two columns as ``|`` and specks of a name turned along
the page's edge as ``~`` or ``-``; a paragraph or a column's range takes them in, and the text
of the column then looks held in from both of its edges, as a box set inside a column is
(``roles.asides``, ``framed``). These measure the text by its letters and digits instead
(``Facts.core``). Pure logic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magpipe.split.roles import Facts


def letters_of(f: Facts) -> tuple[float, float]:
    """The x range of a block's letters and digits (its box where they were not measured)."""
    return f.core if f.core[1] > f.core[0] else (f.box[0], f.box[2])


def column_letters(column: int, facts: list[Facts], skip: int = -1) -> tuple[float, float]:
    """The x range of the letters of column ``column``'s blocks but ``skip``: the column's text
    without the marks OCR reads off a hairline or speck along it (a ``|`` at the gutter, a
    ``-`` of a turned name beyond the text), which widen the column's range past its text;
    the column's range when it holds no other text."""
    spans = [letters_of(g) for j, g in enumerate(facts)
             if j != skip and g.column == column and any(c.isalpha() for c in g.text)]
    if not spans:
        return next((g.column_box for g in facts if g.column == column), (0.0, 0.0)) \
            if skip < 0 else facts[skip].column_box
    return min(lo for lo, _ in spans), max(hi for _, hi in spans)
