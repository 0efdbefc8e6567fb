"""A credit read on its own after the caption it closes: given to that caption's half.

:func:`magpipe.align.captions.read_captions` gives a credit alone on its line to the caption
being read when it sits under that caption's half of its language. On a scan the reading
order may put it later: a caption's two halves each with its credit flush right on the line
under it (``Toàn cảnh ...`` / ``Ảnh: KHÁNH LY``, ``Overview ...`` / ``(Photo: KHANH LY)``)
are read half, half, credit, credit, and the Vietnamese credit then opens a draft of its own
after the English half's. Such a draft (a credit, no text) goes to the earlier draft on its
page whose half of the credit's language has no credit and whose block it sits right under
(:func:`magpipe.align.photos.credit_line_of`); the halves are then matched by their credits
as any others. Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from magpipe.align.caption_halves import CaptionDraft
from magpipe.align.photos import credit_line_of
from magpipe.artifacts.layout import Lang

log = logging.getLogger(__name__)

_SLOTS = ((Lang.VI, "vi", "credit"), (Lang.EN, "en", "credit_en"))


def _lone_credit(d: CaptionDraft) -> tuple[str, str, str] | None:
    """(language, text slot, credit slot) of a draft holding one credit and no text."""
    if d.vi is not None or d.en is not None or len(d.sources) != 1:
        return None
    held = [slot for slot in _SLOTS if getattr(d, slot[2]) is not None]
    return held[0] if len(held) == 1 else None


def _closes(credit: CaptionDraft, d: CaptionDraft, lang: str, text: str, slot: str) -> bool:
    """``credit`` (a lone credit's draft) closes ``d``'s half in ``lang``: that half has no
    credit and the credit sits right under one of its blocks on the page."""
    if getattr(d, text) is None or getattr(d, slot) is not None or d.page != credit.page:
        return False
    box = credit.sources[0].box
    return any(credit_line_of(box, s.box) for s in d.sources
               if s.page == credit.page and s.lang == lang)


def lone_credits_placed(drafts: list[CaptionDraft]) -> list[CaptionDraft]:
    """The drafts, each lone credit given to the earlier draft whose half it closes."""
    out = list(drafts)
    k = 0
    while k < len(out):
        held = _lone_credit(out[k])
        target = None if held is None else next(
            (j for j in range(k - 1, -1, -1) if _closes(out[k], out[j], *held)), None)
        if held is None or target is None:
            k += 1
            continue
        lone = out.pop(k)
        d = out[target]
        given: dict[str, Any] = {held[2]: getattr(lone, held[2]),
                                 "sources": d.sources + lone.sources}
        out[target] = replace(d, **given)
        log.debug("p%d: credit %r read after its caption given to it", lone.page,
                  getattr(lone, held[2]))
    return out
