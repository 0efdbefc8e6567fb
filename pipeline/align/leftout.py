"""What the align stage left without a twin: one ``LeftOut`` per item, with a reason and a
confidence (how sure the stage is that the item has no twin in the document).

* an article without a twin: no draft of the other language within reach, or its best
  candidate scored under ``MIN_SCORE`` (confidence ``1 - best / MIN_SCORE``: a near miss is
  a weak claim), or its best candidate went to another draft (confidence ``1 - best``);
* a paragraph on one side only inside a paired article (a 1-0 or 0-1 link, or an intro
  printed on one side): ``1 -`` the best link confidence it would get with the other side's
  paragraphs around it;
* a caption half without its other half: ``1 -`` its best agreement with any lone half of
  the other language in the document (no such half: ``LONE_CAPTION_CONFIDENCE``);
* a contents entry without its twin entry: ``1 -`` its best entry score on the twin page.

Pure functions, no I/O.
"""

from __future__ import annotations

from magpipe.align.articles import ArticlePiece, Draft
from magpipe.align.caption_halves import CaptionDraft, half_score
from magpipe.align.contents import ContentsPair, Entry, entry_score
from magpipe.align.pairing import MIN_SCORE, Pair
from magpipe.align.paragraphs import link_confidence
from magpipe.artifacts.records import LeftOut

OPENING_WORDS = 12
# A caption half with no lone half of the other language anywhere in the document: printed
# in one language only, most likely; not certain (the split stage may have lost the twin).
LONE_CAPTION_CONFIDENCE = 0.8


def opening(text: str | None) -> str:
    words = (text or "").split()
    return " ".join(words[:OPENING_WORDS]) + (" …" if len(words) > OPENING_WORDS else "")


def article_left_out(pair: Pair) -> LeftOut:
    draft = pair.vi or pair.en
    assert draft is not None
    other = "English" if draft.lang == "vi" else "Vietnamese"
    if not pair.candidates:
        reason, confidence = f"no {other} article within reach", 1.0
    elif pair.taken and pair.best >= MIN_SCORE:
        reason = f"its best {other} candidate ({pair.best:.2f}) was paired with another article"
        confidence = 1.0 - min(1.0, pair.best)
    else:
        reason = f"best {other} candidate scored {pair.best:.2f}, under {MIN_SCORE}"
        confidence = 1.0 - min(1.0, pair.best / MIN_SCORE)
    pieces = [draft.title, draft.intro, *draft.paragraphs, draft.byline]
    return LeftOut("article", draft.lang, reason, round(confidence, 3),
                   opening(draft.title.text if draft.title else draft.text()),
                   tuple(s for p in pieces if p for s in p.sources))


def paragraph_left_out(piece: ArticlePiece, lang: str, neighbours: list[str],
                       what: str = "paragraph") -> LeftOut:
    """A paragraph of a paired article linked to nothing; ``neighbours``: the other side's
    paragraphs around its place."""
    best = max((link_confidence(piece.text, n) if lang == "vi" else link_confidence(n, piece.text)
                for n in neighbours), default=0.0)
    reason = (f"no {'English' if lang == 'vi' else 'Vietnamese'} {what} fits here"
              + (f" (best neighbour {best:.2f})" if neighbours else ""))
    return LeftOut("paragraph", lang, reason, round(1.0 - best, 3), opening(piece.text),
                   piece.sources)


def intro_left_out(vi: Draft, en: Draft) -> LeftOut | None:
    """An intro printed on one side of a paired article only."""
    if (vi.intro is None) == (en.intro is None):
        return None
    piece, lang, other = (vi.intro, "vi", en) if vi.intro else (en.intro, "en", vi)
    assert piece is not None
    return paragraph_left_out(piece, lang, [p.text for p in other.paragraphs[:1]], "intro")


def caption_left_out(cap: CaptionDraft, lone: list[CaptionDraft]) -> LeftOut:
    """``lone``: every caption of the document that has one half only."""
    lang = "vi" if cap.vi else "en"
    others = [c for c in lone if (c.en if lang == "vi" else c.vi) and c is not cap]
    if not others:
        return LeftOut("caption", lang, "no caption half of the other language in the document",
                       LONE_CAPTION_CONFIDENCE, opening(cap.vi or cap.en), cap.sources)
    best = max(half_score(cap, o) if lang == "vi" else half_score(o, cap) for o in others)
    return LeftOut("caption", lang,
                   f"no caption half of the other language agrees (best {max(0.0, best):.2f})",
                   round(1.0 - max(0.0, min(1.0, best)), 3), opening(cap.vi or cap.en),
                   cap.sources)


def contents_left_out(pair: ContentsPair) -> tuple[LeftOut, ...]:
    out: list[LeftOut] = []
    for vi, en, _ in pair.links:
        if vi and en:
            continue
        entry: Entry = vi or en  # type: ignore[assignment]
        twin = pair.en if vi else pair.vi
        if twin is None:
            out.append(LeftOut("contents", entry.source.lang, "no contents page of the other "
                               "language", 1.0, opening(entry.text), entry.sources))
            continue
        best = max((entry_score(entry, t) if vi else entry_score(t, entry)
                    for t in twin.entries), default=0.0)
        out.append(LeftOut("contents", entry.source.lang,
                           f"no entry of the twin page {twin.page} matches (best {best:.2f})",
                           round(1.0 - best, 3), opening(entry.text), entry.sources))
    return tuple(out)
