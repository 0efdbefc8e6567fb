"""A credit read on its own after the caption it closes: given to that caption's half.

:func:`magpipe.align.captions.read_captions` gives a credit alone on its line to the caption
being read when it sits under that caption's half of its language. On a scan the reading
order may put it later: a caption's two halves each with its credit flush right on the line
under it (``Toàn cảnh ...`` / ``Ảnh: KHÁNH LY``, ``Overview ...`` / ``(Photo: KHANH LY)``)
are read half, half, credit, credit, and the Vietnamese credit then opens a draft of its own
after the English half's. Such a draft (a credit, no text) goes to the earlier draft on its
page whose half of the credit's language has no credit and whose block it sits right under
(:func:`magpipe.align.photos.credit_line_of`); the halves are then matched by their credits
as any others. Where the two credits are set in a narrow column of their own beside the
captions (a credit column flush right by the photo), they are read one after the other and
make one draft of two credits and no text; each of its credits is placed so, when both close
a half (one left over would keep the pair's draft as it was). Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from magpipe.align.caption_halves import CaptionDraft
from magpipe.align.photos import credit_line_of
from magpipe.align.type_measure import USUAL_MEASURE
from magpipe.artifacts.layout import Lang

log = logging.getLogger(__name__)

_SLOTS = ((Lang.VI, "vi", "credit"), (Lang.EN, "en", "credit_en"))


def _lone_credit(d: CaptionDraft) -> tuple[str, str, str] | None:
    """(language, text slot, credit slot) of a draft holding one credit and no text."""
    if d.vi is not None or d.en is not None or len(d.sources) != 1:
        return None
    held = [slot for slot in _SLOTS if getattr(d, slot[2]) is not None]
    return held[0] if len(held) == 1 else None


def _closes(credit: CaptionDraft, d: CaptionDraft, lang: str, text: str, slot: str,
            measure: float) -> bool:
    """``credit`` (a lone credit's draft) closes ``d``'s half in ``lang``: that half has no
    credit and the credit sits right under one of its blocks on the page."""
    if getattr(d, text) is None or getattr(d, slot) is not None or d.page != credit.page:
        return False
    box = credit.sources[0].box
    return any(credit_line_of(box, s.box, measure) for s in d.sources
               if s.page == credit.page and s.lang == lang)


def _parts(d: CaptionDraft) -> list[CaptionDraft]:
    """A draft of two credits and no text, its Vietnamese credit's block and its English
    one's, as two lone credits ([] for any other draft)."""
    if d.vi is not None or d.en is not None or d.credit is None or d.credit_en is None \
            or sorted(s.lang for s in d.sources) != [Lang.EN, Lang.VI]:
        return []
    return [replace(d, sources=(s,), credit=d.credit if s.lang == Lang.VI else None,
                    credit_en=d.credit_en if s.lang == Lang.EN else None) for s in d.sources]


def _credits_parted(drafts: list[CaptionDraft], measures: Mapping[int, float]
                    ) -> list[CaptionDraft]:
    """The drafts, one holding both credits and no text cut into two lone credits when each
    closes a half of an earlier draft on its page (module doc)."""
    out: list[CaptionDraft] = []
    for k, d in enumerate(drafts):
        parts = _parts(d)
        placed = bool(parts) and all(
            any(_closes(one, drafts[j], *held, _measure(one, measures)) for j in range(k))
            for one in parts if (held := _lone_credit(one)) is not None)
        if placed:
            log.debug("p%d: credits %r and %r read together, each after its caption", d.page,
                      d.credit, d.credit_en)
        out.extend(parts if placed else [d])
    return out


def _measure(credit: CaptionDraft, measures: Mapping[int, float]) -> float:
    """The measure (``type_measure``) of the page a lone credit is on."""
    return measures.get(credit.page, USUAL_MEASURE)


def lone_credits_placed(drafts: list[CaptionDraft], measures: Mapping[int, float]
                        ) -> list[CaptionDraft]:
    """The drafts, each lone credit given to the earlier draft whose half it closes (how far
    under it a credit may sit follows ``measures``, each page's measure)."""
    out = _credits_parted(drafts, measures)
    k = 0
    while k < len(out):
        held = _lone_credit(out[k])
        target = None if held is None else next(
            (j for j in range(k - 1, -1, -1)
             if _closes(out[k], out[j], *held, _measure(out[k], measures))), None)
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
