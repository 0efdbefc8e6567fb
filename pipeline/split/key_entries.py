"""A numbered key read as one paragraph, cut back into its entries.

A magazine that numbers its photos (a number in a disc printed on each photo) sets their
captions apart as a key: ``1. <caption> Ảnh: NAME``, ``(2) <caption>``, ``3 – <caption>``,
under the group or in a column beside it, the Vietnamese entries down one half and the
English down the other, or each number's Vietnamese entry with its English twin under it.
The entries are set close, on the key's own leading, so the page geometry reads a run of
them as one paragraph, and a paragraph gets one language: the twin entries under the first
land on the wrong side, and align cannot tell where one caption ends and the next begins (a
credit's name does not end a sentence: ``... Ảnh: TRÍ DŨNG 3 – Đồng chí ...``).

``key_entries`` cuts such a paragraph before each line that opens with a caption key
(:func:`magpipe.text.caption_keys.caption_key`: a number of one photo of the page, then the
caption's first word), when at least ``KEY_LINES`` of its lines do: each piece is then one
entry (one caption, in one language, with its credit), cut further at its credit as any
caption is (``drafts.caption_drafts``). A caption's own lines running on do not open with a
key (a key's number is small and is followed by a letter), so one caption alone, or a caption
whose second line happens to start with a small number, is left whole. A key OCR misread
(``2,`` for ``2.``, ``(S)`` for ``(5)``) opens an entry when it reads as the number right after
the key over it.

``line_keys`` gives the keys opening a block's lines, which the keyed-page rule
(``keyed_captions``) counts: a key run read as one block holds several.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.base import union
from magpipe.split.layout import Para
from magpipe.text.caption_keys import caption_key, misread_key

log = logging.getLogger(__name__)

KEY_LINES = 2    # lines opening with a key that make a paragraph a run of key entries


def line_keys(line_texts: tuple[str, ...] | list[str]) -> list[str | None]:
    """The key each line opens with (None for a line that opens with none): a number key OCR
    misread (``2,`` for ``2.``, ``(S)`` for ``(5)``: ``caption_keys.misread_key``) counts when
    it is the number right after the block's last key read right."""
    out: list[str | None] = []
    last: int | None = None
    for text in line_texts:
        found = caption_key(text.strip())
        key = None if found is None else found[0]
        if key is None and last is not None and misread_key(text.strip(), last + 1) is not None:
            key = str(last + 1)
            log.debug("key %s misread by OCR opens a line: %r", key, text[:30])
        out.append(key)
        if key is not None:
            last = int(key) if key.isdigit() else None
    return out


def key_entries(para: Para) -> list[Para]:
    """``para`` cut before each line opening with a key when it holds ``KEY_LINES`` such lines
    at least (module doc); ``[para]`` otherwise."""
    keys = line_keys([line.text for line in para.lines])
    starts = [k for k, key in enumerate(keys) if key is not None]
    if len(starts) < KEY_LINES:
        return [para]
    bounds = sorted({0, *starts, len(para.lines)})
    pieces = [para.lines[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    log.debug("a run of %d key entries (keys %s) read as one paragraph: cut at each key",
              len(starts), ", ".join(k for k in keys if k is not None))
    return [Para(lines=lines, box=union([ln.box for ln in lines]), region=para.region)
            for lines in pieces]
