"""Where a caption's Vietnamese credit ends when no slash closes it: the split stage's reading of
``text.credits.split_caption``.

``split_caption`` runs a credit with no slash (``Ảnh: TRÍ DŨNG``) over the capitalised words
after its label, up to a few: a name in mixed case (``Ảnh: Trí Dũng``) is told only by its
capitals. Where the caption's English half follows on the next line (an overprinted caption,
its credit on a line of its own), its first word is capitalised too and was read as the end
of the name (``Ảnh: TRÍ DŨNG Overview``). A name set in capitals ends at the first word in
mixed case: ``cut_caption`` moves such words from the credit to the English half. Pure
logic, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from magpipe.text.credits import CaptionParts, split_caption


def _capitals(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def cut_caption(tokens: Sequence[str]) -> CaptionParts | None:
    """``split_caption``, with a credit name in capitals ended at its first mixed-case word."""
    parts = split_caption(tokens)
    if parts is None or parts.credit is None or parts.carry:
        return parts
    start, end = parts.credit
    named = [k for k in range(start + 1, end) if any(c.isalpha() for c in tokens[k])]
    if not named or not _capitals(tokens[named[0]]):
        return parts
    stop = next((k for k in named if not _capitals(tokens[k])), None)
    if stop is None:
        return parts
    en = (stop, parts.en[1]) if parts.en else (stop, len(tokens))
    return replace(parts, credit=(start, stop), en=en)
