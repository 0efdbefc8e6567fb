"""A credit naming a lender or an institution, in sentence case, read to the caption's end.

``text.credits.split_caption`` ends a credit without a slash at the first word that opens
with a small letter: a photographer's name opens each word with a capital (``Ảnh: Phạm
Hương``), and the English caption run on after it opens with such words too. Museum labels,
exhibition catalogues and heritage reviews credit the photo's lender instead, a name written
as Vietnamese writes an institution's, only its first word (and its proper names) with a
capital: ``Ảnh: Bảo tàng Gốm Chu Đậu``, ``Ảnh: Ban Quản lý Di tích Cổ Loa``, ``Ảnh: Sưu tập tư
nhân Trần Văn Minh``. Cut at ``tàng``, the name's rest became a caption of its own, on the
credit's line or the one under it (a narrow label wraps the name), and the caption lost its
credit (tombstone: every label so).

``credit_to_end`` (``split.drafts``): a credit whose label opens a line of the caption, whose
name split_caption ended before the caption's end, takes the rest of the caption as its name
when that rest is the credit's line and at most ``WRAP_LINES`` lines after it, of
``NAME_WORDS`` words at most, that rest read as plain Vietnamese and none of its lines as
English (``langid.line_lang``; a word alone tells nothing: ``Đậu``): the English caption
set under a credit (``Ảnh: Phạm Hương`` / ``The Lang Son delegation ...``) keeps its own
block. A name in capitals ends itself (``TRÍ DŨNG`` / ``Mr. Doan ...``) and is left as
split_caption reads it.
Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from magpipe.artifacts.layout import Lang
from magpipe.artifacts.pages import Word
from magpipe.split.langid import line_lang
from magpipe.split.layout import Para
from magpipe.text.credits import CaptionParts

log = logging.getLogger(__name__)

WRAP_LINES = 2      # lines under the credit's own that its name may wrap to (a narrow label's
                    # column: ``Ảnh: Trung tâm Bảo tồn`` / ``Di sản Bắc`` / ``Ninh``)
NAME_WORDS = 12     # most words of a lender's name after the label (``Trung tâm Bảo tồn Di sản
                    # Bắc Ninh`` has eight): a caption's sentence runs longer


def credit_to_end(parts: CaptionParts, idx: list[int], para: Para,
                  words: tuple[Word, ...]) -> CaptionParts:
    """``parts`` with a credit cut short at a name's word in small letters read to the
    caption's end when the rest is the lender's name (module doc); else ``parts``."""
    if parts.credit is None or parts.carry or parts.en is None or parts.en[1] != len(idx):
        return parts
    start, end = parts.credit
    if end - start < 2 or words[idx[start + 1]].text.isupper() or "/" in words[idx[end - 1]].text:
        return parts        # (a name in capitals ends itself; a slash ends the credit)
    if len(idx) - start - 1 > NAME_WORDS:
        return parts
    line_of = {i: k for k, line in enumerate(para.lines) for i in line.words}
    label_line = line_of.get(idx[start])
    if label_line is None or para.lines[label_line].words[0] != idx[start]:
        return parts        # (the label does not open its line: a credit run in a sentence)
    last = line_of.get(idx[-1], -1)
    if last - label_line > WRAP_LINES:
        return parts
    rest = " ".join(words[i].text for i in idx[end:])
    if line_lang(rest) != Lang.VI or any(line_lang(para.lines[k].text) == Lang.EN
                                         for k in range(label_line, last + 1)):
        return parts
    log.debug("a lender's name read to the caption's end: %r",
              " ".join(words[i].text for i in idx[start:]))
    return replace(parts, credit=(start, len(idx)), en=None)
