"""Photo captions: ``<Vietnamese>. Ảnh: NAME/ <English>. Photo: NAME``.

The split stage hands over a caption as up to three blocks (the Vietnamese half,
the credit, the English half) or as one mixed block; an OCR may also lose the
diacritics of ``Ảnh``. This module reads the caption and credit blocks of a page
in reading order and rebuilds captions ``{vi, en, credit, credit_en}``:

* a credit is ``Ảnh: NAME`` / ``Photo: NAME``, or the collected-photo marks
  ``Ảnh sưu tầm`` / ``Collected photo`` (kept as the credit);
* a caption's Vietnamese and English halves are kept together when they follow
  each other (unless the English credit names another photographer); halves left
  alone are matched by their credits compared without diacritics (``TRÍ DŨNG`` ~
  ``TRI DUNG``): on one page always, across pages (each language's copy of a photo
  captioned in its own language) when their texts agree
  (:func:`magpipe.align.caption_halves.half_score`);
* the English half writes the photographer's Vietnamese name without marks: an
  English credit that folds (without diacritics and case) to the Vietnamese
  credit is given in its folded spelling, so a mark that OCR or repair put on it
  (``TRÌ DUNG``, ``KHÁNH LY``) goes.

How two credits compare and how the English one is spelled is in
:mod:`magpipe.align.credit_names`; which photo a caption sits by, in :mod:`magpipe.align.photos`;
how lone halves are joined (and the draft a caption is read into), in
:mod:`magpipe.align.caption_halves`.

Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from magpipe.align.caption_halves import CaptionDraft, match_halves, photos_of, twins_joined
from magpipe.align.caption_runs import runs_rejoined
from magpipe.align.credit_names import credits_near, english_credit, spilled_credit
from magpipe.align.credit_slips import agreed_credits, known_name
from magpipe.align.lone_credits import lone_credits_placed
from magpipe.align.photos import (
    caption_photos,
    completes_credit,
    credit_cut,
    credit_line_of,
    edge_credit_photo,
    goes_on,
    is_name_rest,
    set_near,
    signs_off,
)
from magpipe.align.pointed_photos import Pointing
from magpipe.align.type_measure import USUAL_MEASURE
from magpipe.artifacts.base import Box, union
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.records import CaptionPhoto, Source
from magpipe.text.credit_labels import credit_line_name
from magpipe.text.credits import (
    CAPTION_NUMBER,
    COLLECTED_EN,
    COLLECTED_VI,
    caption_parts,
    mixed_halves,
    opens_with_vi_credit,
)
from magpipe.text.photo_pointers import pointer_alone
from magpipe.text.vietnamese import has_vietnamese_marks, strip_diacritics

log = logging.getLogger(__name__)

_CREDIT = {Lang.VI: "credit", Lang.EN: "credit_en"}     # a half's credit field


def _pieces(block: Block) -> list[tuple[str, str]]:
    """(lang, text) captions of one block: a mixed block is cut after ``Ảnh: NAME/``; a block
    holding several captions each closed by its credit (a box listing captions, or one
    language's caption and the other's run together) after each credit, each part's language
    read from its own text; a caption's number in such a list (``1.``) goes."""
    halves = mixed_halves(block.text.strip())
    if halves:
        return [(Lang.VI, halves[0]), (Lang.EN, halves[1])]
    parts = caption_parts(block.text)
    if len(parts) == 1:
        return [(_part_lang(parts[0], block.lang), parts[0])]
    return [(_part_lang(part, None), CAPTION_NUMBER.sub("", part)) for part in parts]


def _read_credit(block: Block, part: str, lang: str) -> tuple[str | None, str | None]:
    """A caption piece's (text, credit); a block split read as a credit line by its shape
    alone, its label past reading (``Anh. LA MAI``, ``: xẩnb - TRÍ DŨNG``), is that credit."""
    text, credit = credit_cut(part, lang)
    if credit is None and block.role == Role.CREDIT and (name := credit_line_name(part)):
        log.debug("p%d: credit %r read by its line's shape: %r", block.page, part, name)
        return None, name
    return text, credit


def _part_lang(text: str, lang: str | None) -> str:
    """A caption's language: the one its credit's label names, else ``lang`` (the split
    stage's guess for a whole block), else its marks."""
    # the credit's label says the half's language where the language guess may not: an English
    # half whose names took Vietnamese marks (``Mr. Hoang Minh Tuấn, ... Photo: TRAN HAI``)
    labelled = [k for k in (Lang.VI, Lang.EN) if credit_cut(text, k)[1] is not None]
    if len(labelled) == 1 and credit_cut(text, labelled[0])[0]:
        return labelled[0]
    if lang in (Lang.VI, Lang.EN):
        return lang
    if has_vietnamese_marks(text) or opens_with_vi_credit(text):
        return Lang.VI
    return Lang.EN


def read_captions(blocks: list[tuple[int, Block]], heads: frozenset[str] = frozenset(),
                  photos: Mapping[int, tuple[Box, ...]] | None = None,
                  measures: Mapping[int, float] | None = None,
                  pointing: Pointing | None = None) -> tuple[CaptionDraft, ...]:
    """Captions from caption and credit blocks given as (stream position, block); a block
    whose id is in ``heads`` (:mod:`magpipe.align.caption_heads`) opens the caption of the
    block after it, whose text goes on from its own. ``photos``: each page's photo boxes; a
    caption never runs from under one photo to under another, and the Vietnamese and English
    captions under one photo are one caption. ``measures``: each page's measure
    (``type_measure.page_measure``), how far a caption may stand off its photo follows it;
    the usual one where not given. ``pointing``: the document's photos a caption's pointer may
    name on another page (``Ảnh trang bên:`` / ``Opposite:``, :mod:`magpipe.align.pointed_photos`):
    a caption by no photo of its page opening with one is that photo's, the pointer cut off."""
    photos = photos or {}
    measures = measures or {}
    # credits printed on a photo's edge, given to the caption of that photo once it is read
    on_photo = {b.id: ph for _, b in blocks if b.page in photos
                and (ph := edge_credit_photo(b, photos[b.page])) is not None}
    edge = [(b, on_photo[b.id]) for _, b in blocks if b.id in on_photo]
    joined = runs_rejoined(_credits_rejoined([(k, b) for k, b in blocks
                                              if b.id not in on_photo], measures))  # (caption_runs)
    by_page: dict[int, list[Block]] = {}
    for _, b in blocks:
        if b.page in photos:
            by_page.setdefault(b.page, []).append(b)
    under_photo: dict[str, Box] = {}
    for page, on_page in by_page.items():
        under_photo |= caption_photos(on_page, photos[page],
                                      measures.get(page, USUAL_MEASURE))
    done: list[CaptionDraft] = []
    cur: CaptionDraft | None = None
    head: str | None = None           # the text of the head just read, to go on from
    # a pointer split set apart (a label), by page and language: the photo it names, for the
    # caption after it
    labelled: dict[tuple[int, str], tuple[int, Box]] = {}
    for order, block, parts in joined:
        under = under_photo.get(block.id)
        measure = measures.get(block.page, USUAL_MEASURE)
        if block.role == Role.LABEL and pointer_alone(block.text) is not None:
            aimed = pointing.alone(block.text, block.page) if pointing is not None else None
            if aimed is not None and under is None:
                labelled[(block.page, block.lang)] = aimed
            continue                    # a pointer is no caption's text
        for lang, part in _pieces(block):
            src = tuple(Source(page=b.page, box=b.box, block=b.id, lang=lang) for b in parts)
            pointed = (pointing.cut(part, block.page) if pointing is not None and under is None
                       else None)
            if pointed is not None:
                part = pointed[0]
            elif under is None and (photo := labelled.pop((block.page, lang), None)):
                pointed = (part, photo)
            text, credit = _read_credit(block, part, lang)
            vi_side = lang == Lang.VI
            slot_text = "vi" if vi_side else "en"
            slot_credit = "credit" if vi_side else "credit_en"
            apart = (cur is not None and under is not None and cur.photo is not None
                     and cur.photo != under)
            # a name wrapped under a half ends that half's credit, whatever language a
            # name alone was taken for (``HUONG`` under ``... Photo by PHAM``)
            above = cur.sources[-1].lang if cur is not None else ""
            rest_credit = next((c for k, c in _CREDIT.items() if k == above), slot_credit)
            if (cur is not None and not apart and credit is None and text
                    and getattr(cur, rest_credit) is not None and is_name_rest(text)
                    and cur.sources[-1].page == block.page
                    and goes_on(block.box, cur.sources[-1].box)):
                # the rest of the credit's name, wrapped to a line of its own
                rest: dict[str, Any] = {rest_credit: f"{getattr(cur, rest_credit)} {text}",
                                        "sources": cur.sources + src}
                cur = replace(cur, **rest)
                continue
            if (cur is not None and not apart and credit is None and text
                    and any(signs_off(block.box, text, s.box)
                            for s in cur.sources if s.page == block.page)):
                # the photographer's name alone, set right under the caption (no label):
                # the credit of the half that has none
                slots = [(t, c) for t, c in ((slot_text, slot_credit), ("en", "credit_en"),
                                             ("vi", "credit"))
                         if getattr(cur, t) is not None and getattr(cur, c) is None]
                if slots:
                    named: dict[str, Any] = {slots[0][1]: text, "sources": cur.sources + src}
                    cur = replace(cur, **named)
                    continue
            if (head is not None and text and cur is not None and not apart
                    and getattr(cur, slot_text) == head):
                text, head = f"{head} {text}", None
                cur = replace(cur, vi=None) if vi_side else replace(cur, en=None)  # set below
            spill = (spilled_credit(cur.credit, credit) if cur is not None and not vi_side
                     and cur.page == block.page and cur.en is None and cur.credit and credit
                     else None)
            if cur is not None and spill is not None:
                # the slash after the Vietnamese credit was lost: its name ran on into the
                # English half's first words, which the English credit tells apart
                cur = replace(cur, credit=spill[0])
                text = f"{spill[1]} {text}" if text else spill[1]
            if (cur is not None and not text and credit and not apart
                    and getattr(cur, slot_credit) is None and getattr(cur, slot_text) is not None
                    and any(credit_line_of(block.box, s.box, measure)
                            for s in cur.sources if s.page == block.page)):
                # a credit on a line of its own (set right) under its language's half, read
                # after the other language's half beside it; or one credit set under both
                attach: dict[str, Any] = {slot_credit: credit, "sources": cur.sources + src}
                cur = replace(cur, **attach)
                continue
            # the other language's half goes with the caption before it when it is set next
            # to it (its block, under it, beside it) or by the same photo; one set apart (a
            # box of English captions) is joined later by what it says (_match_halves)
            far = (cur is not None and not vi_side and cur.en is None and cur.vi is not None
                   and block.id not in {s.block for s in cur.sources}
                   and not (under is not None and cur.photo == under)
                   and not set_near(block.box, cur.sources[-1].box, measure))
            fresh = (cur is None or cur.page != block.page or apart or far
                     or (text and getattr(cur, slot_text) is not None)
                     or (credit and getattr(cur, slot_credit) is not None)
                     or (vi_side and cur.en is not None)
                     or (not vi_side and credit is not None and cur.credit is not None
                         and not credits_near(cur.credit, credit)))
            if fresh:
                if cur is not None:
                    done.append(cur)
                cur = CaptionDraft(order=order)
            assert cur is not None
            changes: dict[str, Any] = {}      # CaptionDraft fields: texts and sources
            if text:
                changes[slot_text] = text
            if credit:
                changes[slot_credit] = credit
            if not set(src) <= set(cur.sources):
                changes["sources"] = cur.sources + tuple(x for x in src if x not in cur.sources)
            if under is not None:
                changes["photos"] = cur.photos + (CaptionPhoto(block.page, under, str(lang)),)
            elif pointed is not None:
                changes["photos"] = cur.photos + (CaptionPhoto(*pointed[1], str(lang)),)
            if cur.photo is None and under is not None:
                changes["photo"] = under
            cur = replace(cur, **changes)
            head = text if block.id in heads and text and not credit else None
    if cur is not None:
        done.append(cur)
    drafts = match_halves(_edge_credits(_join_under_photo(lone_credits_placed(done, measures)),
                                        edge))
    known = _agreeing_names(drafts)
    return tuple(_one_credit_for_both(_credits_agreed(replace(d, photos=photos_of(d.photos)),
                                                      known))
                 for d in drafts)


def _agreeing_names(drafts: tuple[CaptionDraft, ...]) -> frozenset[str]:
    """The photographers the document's captions credit with both readings agreeing (the
    English one the Vietnamese without marks): a reading of a misread credit naming one of
    them is the one to trust (:mod:`credit_slips`)."""
    return frozenset(known_name(d.credit) for d in drafts
                     if d.credit and d.credit_en and known_name(d.credit)
                     and known_name(d.credit) == known_name(d.credit_en))


def _credits_agreed(d: CaptionDraft, known: frozenset[str]) -> CaptionDraft:
    """The draft with its two credits naming one photographer (:mod:`credit_slips`; ``known``:
    the names credited elsewhere), the English one spelled as the English half prints it."""
    credit, credit_en = agreed_credits(d.credit, d.credit_en, known)
    return replace(d, credit=credit, credit_en=english_credit(credit, credit_en))


def _edge_credits(drafts: list[CaptionDraft], edge: list[tuple[Block, Box]]
                  ) -> list[CaptionDraft]:
    """Each credit printed on a photo's edge credits the caption of that photo that has none
    (its label says which half; ``©`` either), or stands alone when no caption of the photo
    is found."""
    out = list(drafts)
    for block, photo in edge:
        readings = [(lang, credit) for lang in (Lang.VI, Lang.EN)
                    if (credit := credit_cut(block.text, lang)[1]) is not None]
        k = next((k for k, d in enumerate(out) if d.page == block.page and d.photo == photo
                  and any(getattr(d, _CREDIT[lang]) is None for lang, _ in readings)), None)
        src = tuple(Source(block.page, block.box, block.id, lang) for lang, _ in readings[:1])
        if k is None:
            lang, credit = readings[0]
            alone: dict[str, Any] = {_CREDIT[lang]: credit}
            out.append(CaptionDraft(sources=src, photo=photo, **alone))
            continue
        d = out[k]
        credits: dict[str, Any] = {_CREDIT[lang]: credit for lang, credit in readings
                                   if getattr(d, _CREDIT[lang]) is None}
        out[k] = replace(d, sources=d.sources + src, **credits)
        log.debug("p%d: credit %r on the photo's edge given to its caption", block.page,
                  block.text)
    return out


def _credits_rejoined(blocks: list[tuple[int, Block]], measures: Mapping[int, float]
                      ) -> list[tuple[int, Block, tuple[Block, ...]]]:
    """(stream position, block, the blocks it was read from): a block with a credit the split
    stage cut from its label is read as one with the block that ends it (``... Commune.
    Photo`` and ``by KIỀU ANH`` set under it, read apart as a byline or a section).
    ``measures``: each page's measure (``type_measure``), the usual one where not given."""
    out: list[tuple[int, Block, tuple[Block, ...]]] = []
    for order, block in blocks:
        if out:
            first, prev, parts = out[-1]
            if (prev.page == block.page
                    and set_near(block.box, prev.box, measures.get(block.page, USUAL_MEASURE))
                    and completes_credit(prev.text, block.text, prev.lang)):
                out[-1] = (first, replace(prev, text=f"{prev.text} {block.text}",
                                          box=union((prev.box, block.box))), parts + (block,))
                continue
        out.append((order, block, (block,)))
    return out


def _one_credit_for_both(d: CaptionDraft) -> CaptionDraft:
    """A caption with both halves and one credit (``Ảnh/Photo: NAME`` once under both, or a
    credit the other half leaves out) credits the photographer in both: the English half
    writes the name without marks."""
    if not (d.vi and d.en) or (d.credit is None) == (d.credit_en is None):
        return d
    if d.credit is not None:
        return replace(d, credit_en=COLLECTED_EN if d.credit == COLLECTED_VI
                       else strip_diacritics(d.credit))
    return replace(d, credit=COLLECTED_VI if d.credit_en == COLLECTED_EN else d.credit_en)


def _join_under_photo(drafts: list[CaptionDraft]) -> list[CaptionDraft]:
    """A lone Vietnamese half and a lone English half under the same photo are one caption
    (each language's caption set under the one photo, apart in reading order)."""
    under: dict[tuple[int, Box], list[int]] = {}
    for k, d in enumerate(drafts):
        if d.photo is not None:
            under.setdefault((d.page, d.photo), []).append(k)
    partner: dict[int, int] = {}
    for ks in under.values():
        vis = [k for k in ks if drafts[k].en is None and drafts[k].vi is not None]
        ens = [k for k in ks if drafts[k].vi is None and drafts[k].en is not None]
        if len(vis) == 1 and len(ens) == 1:
            partner[vis[0]] = ens[0]
            log.debug("caption halves joined under one photo (p%d)", drafts[vis[0]].page)
    return twins_joined(drafts, partner)
