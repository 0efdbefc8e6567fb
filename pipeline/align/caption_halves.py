"""A caption's draft, and how its lone Vietnamese and English halves find each other.

:mod:`magpipe.align.captions` reads the caption and credit blocks of a page into drafts
(:class:`CaptionDraft`); a half read with no twin beside it is joined here: in the whole
document by a shared credit and texts that agree (:func:`match_halves`, :func:`half_score`),
and inside one article pair by the order its photos are printed in (:func:`pair_in_order`).

Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from magpipe.align.credit_names import credits_match, english_credit
from magpipe.align.credit_slips import agreed_credits
from magpipe.align.photos import twin_photos
from magpipe.artifacts.base import Box
from magpipe.artifacts.records import CaptionPhoto, Source

log = logging.getLogger(__name__)

# Lone caption halves on different pages are joined only when their texts agree this well
# (paragraph link confidence, 0..1, less HALF_PAGE_COST per page apart, at most HALF_MAX_GAP
# pages counted). Set on the development layout families (side-by-side, facing, captions).
HALF_MIN_SCORE = 0.5
HALF_PAGE_COST = 0.05
HALF_MAX_GAP = 4
# Two lone halves each under its own photo, the two photos of one shape (each language's copy
# of one photo): that agreement is or'd with their texts' (a copy resized to another width
# keeps its shape; two different photos seldom share it to ``photos.ASPECT_TOLERANCE``).
PHOTO_TWIN_AGREE = 0.3
# Inside one article pair the lone halves left are aligned in order (a monotone alignment):
# leaving a half alone costs HALF_SKIP_COST, joining two costs 1 - their agreement, so two
# halves with matching credits are joined unless another order agrees better (two skips cost
# more than any join) -- provided they agree at least ORDER_MIN_AGREE, less than the
# HALF_MIN_SCORE asked of halves anywhere in the document, for order and credits inside a
# paired article say much (set on the development families: a true pair of short captions
# without names agreed 0.45 before the glosses folded "delegates"; halves of two different
# photos, one captioned in Vietnamese only and one in English only, 0.33 and 0.0), less
# NAME_MISS_COST when one half names someone the other does not (:func:`_names_disagree`;
# a cost, not a veto: "Quảng Tây" is "Guangxi" in English). The
# joined caption's confidence is its agreement, at least ORDER_MIN_CONFIDENCE.
HALF_SKIP_COST = 0.6
ORDER_MIN_AGREE = 0.4
NAME_MISS_COST = 0.25
ORDER_MIN_CONFIDENCE = 0.5
# On one page, a lone English half set right under a lone Vietnamese half (the nearest under
# it that starts at its left edge, within TWIN_EDGE points, no farther under it than the
# Vietnamese half is deep) is its twin before any other:
# two short captions side by side between two photos, each with its English under it, read
# alike ("Toàn cảnh buổi tiếp" / "Overview of the meeting"), and their texts alone swapped
# them. STACKED_FIRST is added to such a pair's score (scores are at most 1) so it is taken
# first.
TWIN_EDGE = 2.0
STACKED_FIRST = 1.0
# Such a stacked pair is joined though their credits differ when their texts agree at least
# STACKED_AGREE: a museum label credits the photo's lender, whose name is translated
# (``Bảo tàng Gốm Chu Đậu`` / ``Chu Dau Ceramics Museum``), not a photographer's, written
# alike in both (tombstone's labels set one over the other beside their photo agree 1.0 by
# their fields' numbers and names; two labels of different objects 0.49).
STACKED_AGREE = 0.8


@dataclass(frozen=True)
class CaptionDraft:
    vi: str | None = None
    en: str | None = None
    credit: str | None = None
    credit_en: str | None = None
    sources: tuple[Source, ...] = ()
    order: int = 0               # stream position of its first block
    match: float = 1.0           # how sure its two halves belong together (1: read together)
    photo: Box | None = None     # the photo it sits under or beside, on its page (if known)
    photos: tuple[CaptionPhoto, ...] = ()   # each half's photo, for the record

    @property
    def page(self) -> int:
        return self.sources[0].page

    @property
    def box(self) -> Box:
        boxes = [s.box for s in self.sources if s.page == self.page]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def photos_of(photos: tuple[CaptionPhoto, ...]) -> tuple[CaptionPhoto, ...]:
    """A caption's photos, each once: a photo both halves sit by is the whole caption's
    (``lang`` empty)."""
    langs: dict[tuple[int, Box], set[str]] = {}
    for ph in photos:
        langs.setdefault((ph.page, ph.box), set()).add(ph.lang)
    return tuple(CaptionPhoto(page, box, next(iter(ls)) if len(ls) == 1 else "")
                 for (page, box), ls in langs.items())


def _credits_agree(vi: str | None, en: str | None) -> bool:
    """Two halves' credits name one photographer: they match, or do once a letter OCR
    misread in one of them is read from the other (``TRÍ DŨSG`` / ``TRI DUNG``:
    :mod:`magpipe.align.credit_slips`, which the joined caption's credits go through too)."""
    return credits_match(vi, en) or (vi is not None and en is not None
                                     and credits_match(*agreed_credits(vi, en)))


def half_score(vi: CaptionDraft, en: CaptionDraft) -> float:
    """How well a lone Vietnamese half and a lone English half translate each other: the link
    confidence of their texts (lengths, shared names and numbers) or'd with their gloss
    agreement, less a little per page between them (a twin is printed on the same or a
    nearby page)."""
    from magpipe.align.lexicon import gloss_similarity
    from magpipe.align.paragraphs import link_confidence

    gap = min(abs(vi.page - en.page), HALF_MAX_GAP)
    texts = (vi.vi or "", en.en or "")
    glossed = gloss_similarity(*texts) or 0.0
    agree = 1 - (1 - link_confidence(*texts)) * (1 - min(1.0, 2 * glossed))
    if vi.photo is not None and en.photo is not None and twin_photos(vi.photo, en.photo):
        agree = 1 - (1 - agree) * (1 - PHOTO_TWIN_AGREE)
    return agree - HALF_PAGE_COST * gap


def match_halves(drafts: list[CaptionDraft]) -> tuple[CaptionDraft, ...]:
    """Join lone Vietnamese and lone English halves that share a credit: on one page always
    (best-scoring first), across pages (each language's copy of a photo captioned in its own
    language, on facing pages or in another section) when their texts agree well enough
    (``HALF_MIN_SCORE``); a half without a convincing twin stays alone. An English half set
    right under a Vietnamese one (``_stacked_under``) is its twin without a shared credit
    when their texts agree ``STACKED_AGREE`` (a lender's name, translated)."""
    lone_vi = [k for k, d in enumerate(drafts) if d.en is None and d.vi is not None]
    lone_en = [k for k, d in enumerate(drafts) if d.vi is None and d.en is not None]
    under = {i: j for i in lone_vi if (j := _stacked_under(drafts, i, lone_en)) is not None}
    scored = sorted(((half_score(drafts[i], drafts[j]) + (STACKED_FIRST if under.get(i) == j
                                                          else 0.0), i, j)
                     for i in lone_vi for j in lone_en
                     if _credits_agree(drafts[i].credit, drafts[j].credit_en)
                     or (under.get(i) == j
                         and half_score(drafts[i], drafts[j]) >= STACKED_AGREE)),
                    reverse=True)
    partner: dict[int, int] = {}
    taken: set[int] = set()
    sure: dict[int, float] = {}
    for score, i, j in scored:
        if i in partner or j in taken:
            continue
        if drafts[i].page != drafts[j].page and score < HALF_MIN_SCORE:
            continue
        partner[i] = j
        taken.add(j)
        sure[i] = 1.0 if drafts[i].page == drafts[j].page else max(0.0, min(1.0, score))
        stacked = under.get(i) == j
        log.debug("caption halves joined (p%d, p%d, score %.2f%s)", drafts[i].page,
                  drafts[j].page, score - STACKED_FIRST if stacked else score,
                  ", the English set right under the Vietnamese" if stacked else "")
    return tuple(twins_joined(drafts, partner, sure))


def _stacked_under(drafts: list[CaptionDraft], i: int, lone_en: list[int]) -> int | None:
    """The lone English half set right under the Vietnamese half ``i`` on its page: the
    nearest under it, starting at its left edge (``TWIN_EDGE``) no farther under its foot
    than the Vietnamese half is deep (an English caption far down the page, the English
    copy's set under the Vietnamese copy, is another's)."""
    vi = drafts[i].box
    below = sorted((drafts[j].box[1], j) for j in lone_en if drafts[j].page == drafts[i].page
                   and vi[3] - TWIN_EDGE <= drafts[j].box[1] <= 2 * vi[3] - vi[1]
                   and drafts[j].box[0] < vi[2] and vi[0] < drafts[j].box[2])
    if below and abs(drafts[below[0][1]].box[0] - vi[0]) <= TWIN_EDGE:
        return below[0][1]
    return None


def twins_joined(drafts: list[CaptionDraft], partner: dict[int, int],
                 sure: dict[int, float] | None = None) -> list[CaptionDraft]:
    """``drafts`` in order, each lone Vietnamese half ``k`` of ``partner`` holding its English
    half ``partner[k]`` (text, credit, blocks, photos), which goes; ``sure``: how sure each
    join is, by ``k`` (a draft's own ``match`` when not given)."""
    taken = set(partner.values())
    out: list[CaptionDraft] = []
    for k, d in enumerate(drafts):
        if k in taken:
            continue
        if k in partner:
            e = drafts[partner[k]]
            d = replace(d, en=e.en, credit_en=e.credit_en, sources=d.sources + e.sources,
                        photos=d.photos + e.photos, match=(sure or {}).get(k, d.match))
        out.append(d)
    return out


def _full_names(text: str, lang: str) -> set[str]:
    from magpipe.align.anchors import NAME, extract_anchors
    return {a.key for a in extract_anchors(text, lang) if a.kind == NAME and " " in a.key}


def _names_disagree(vi: str, en: str) -> bool:
    """One half names people or places (two-word names) and the other names none of them: a
    caption's English half writes the names of its Vietnamese half (without marks)."""
    a, b = _full_names(vi, "vi"), _full_names(en, "en")
    return bool(a or b) and not a & b


def _join_cost(vi: CaptionDraft, en: CaptionDraft) -> float | None:
    """Cost of joining two lone halves of one article pair; None when their credits differ."""
    if (vi.credit or en.credit_en) and not _credits_agree(vi.credit, en.credit_en):
        return None
    agree = half_score(replace(vi, sources=en.sources[:1]), en)   # no cost for the pages
    if _names_disagree(vi.vi or "", en.en or ""):
        agree -= NAME_MISS_COST
    return 1.0 - agree if agree >= ORDER_MIN_AGREE else None


def pair_in_order(captions: list[CaptionDraft]) -> list[CaptionDraft]:
    """Join the lone Vietnamese and lone English halves of one article pair's captions by
    their order (a monotone alignment; each language prints its copies of the photos in the
    same order), their credits and how well their texts agree (lengths, anchors, glosses).
    Captions with both halves are kept as they are; the result is in reading order."""
    vis = [c for c in captions if c.en is None and c.vi is not None]
    ens = [c for c in captions if c.vi is None and c.en is not None]
    if not vis or not ens:
        return captions
    n, m = len(vis), len(ens)
    best = [[float("inf")] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int]] = {}
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == float("inf"):
                continue
            steps = [(1, 0, HALF_SKIP_COST), (0, 1, HALF_SKIP_COST)]
            if i < n and j < m:
                cost = _join_cost(vis[i], ens[j])
                if cost is not None:
                    steps.append((1, 1, cost))
            for di, dj, cost in steps:
                ni, nj = i + di, j + dj
                if ni <= n and nj <= m and here + cost < best[ni][nj]:
                    best[ni][nj] = here + cost
                    back[ni, nj] = (i, j)
    joined: dict[int, CaptionDraft] = {}      # id of the Vietnamese half -> the whole caption
    dropped: set[int] = set()                 # ids of English halves joined to one
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i, j]
        if i - pi == 1 and j - pj == 1:
            vi, en = vis[pi], ens[pj]
            agree = 1.0 - (_join_cost(vi, en) or 0.0)
            joined[id(vi)] = replace(vi, en=en.en,
                                     credit_en=english_credit(vi.credit, en.credit_en),
                                     sources=vi.sources + en.sources,
                                     photos=photos_of(vi.photos + en.photos),
                                     match=round(max(ORDER_MIN_CONFIDENCE, agree), 3))
            dropped.add(id(en))
            log.debug("caption halves joined in order (p%d, p%d, agreement %.2f)", vi.page,
                      en.page, agree)
        i, j = pi, pj
    return [joined.get(id(c), c) for c in captions if id(c) not in dropped]
