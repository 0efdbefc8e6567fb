"""Captions gathered in one block, each opening with its photo's key (``1.``, ``(2)``,
``3 -``, ``Trên, trái:`` / ``Top left:``; :mod:`magpipe.text.caption_keys`), the Vietnamese
captions and the English ones apart (two columns each under the mosaic, or one over the
other beside it), the credits after each caption or gathered at the end of each language's
captions (``Ảnh: TRÍ DŨNG (1, 3); VŨ GIANG (2)``).

Their order says little (the columns balance each language's captions apart, and a caption's
halves sit far from each other); their keys say everything: the Vietnamese and the English
caption with the same key are one photo's, and a gathered credit gives each caption the
photographer whose keys name it. A key set apart from its caption (in bold, or on a scan:
split makes it a label block of its own, :mod:`magpipe.split.key_labels`) is no part of the
caption's text; a key still in a caption's text was printed as its first words (``Trái: Toàn
cảnh ...``, the caption naming its photo by its place) and stays.

``keyed_captions`` takes a page's caption, credit and key label blocks from the first one
opening with a key or holding one: the text of each language is cut where a key opens a
caption (a block may hold several, or the rest of one), a gathered credit line (with the short
lines carrying it on) is read apart; several credit lines naming no key, each on a line right
under a different caption, are those captions' own. A page is read so when it holds at least
one key in both languages; other pages' blocks are left to
:func:`magpipe.align.captions.read_captions`. Pure functions, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from magpipe.align.caption_halves import CaptionDraft
from magpipe.align.credit_names import english_credit
from magpipe.align.credit_slips import agreed_credits
from magpipe.align.key_order import bare_key, keyed_halves, numbered_photos
from magpipe.align.photos import credit_cut
from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Lang, Role
from magpipe.artifacts.records import CaptionPhoto, Source
from magpipe.text.caption_keys import gathered_credits, key_alone, key_starts, misread_key
from magpipe.text.credits import CREDIT_LINE, cut_credit
from magpipe.text.vietnamese import has_vietnamese_marks, strip_diacritics

log = logging.getLogger(__name__)


@dataclass
class _Item:
    """One keyed caption as read, or (key None) a gathered credit line."""

    key: str | None
    text: str
    order: int
    blocks: list[Block] = field(default_factory=list)

    def add(self, text: str, block: Block) -> None:
        self.text = f"{self.text} {text}".strip()
        if block not in self.blocks:
            self.blocks.append(block)


def keyed_captions(blocks: list[tuple[int, Block]],
                   photos: Mapping[int, tuple[Box, ...]] | None = None
                   ) -> tuple[tuple[CaptionDraft, ...], list[tuple[int, Block]]]:
    """Captions read by their keys from the pages that gather keyed captions, and the caption
    blocks left (every block of the other pages, and those before a page's first key).
    ``photos``: each page's photo boxes; a caption keyed by a number gets the photo of that
    number in the page's grid (``key_order.numbered_photos``)."""
    by_page: dict[int, list[tuple[int, Block]]] = {}
    for order, block in blocks:
        by_page.setdefault(block.page, []).append((order, block))
    drafts: list[CaptionDraft] = []
    used: set[str] = set()
    for page, on_page in by_page.items():
        read = _page_captions(on_page, (photos or {}).get(page, ()))
        if read is None:
            continue
        found, taken = read
        drafts.extend(found)
        used |= taken
    # a key label no keyed caption took names no caption text: it leaves with nothing
    left = [(order, b) for order, b in blocks if b.id not in used and _label_key(b) is None]
    return tuple(drafts), left


def _page_captions(blocks: list[tuple[int, Block]], photos: tuple[Box, ...]
                   ) -> tuple[list[CaptionDraft], set[str]] | None:
    first = next((k for k, (_, b) in enumerate(blocks)
                  if key_starts(b.text) or _label_key(b)), None)
    if first is None:
        return None
    items: list[_Item] = []
    for order, block in blocks[first:]:
        text = block.text.strip()
        if (label := _label_key(block)) is not None:    # the key of the caption after it
            items.append(_Item(label, "", order))
            items[-1].add("", block)
            continue
        starts = key_starts(text)
        # a key in the caption's own text is its words (split cut one set apart off as a
        # label: key_labels); a bare number, a key whose mark OCR lost, is taken off
        own = bool(starts)
        starts = starts or bare_key(text) or _misread(text, items)
        if not starts and (gathered_credits(text) is not None or CREDIT_LINE.match(text)) \
                and not (items and items[-1].key is not None and (
                    _open(items[-1].text) or _own_credit(items[-1], block))):
            items.append(_Item(None, "", order))
            items[-1].add(text, block)
            continue
        head = text[:starts[0][0]].strip() if starts else text
        if head and items:     # the rest of the caption or credit before it
            items[_carried_on(items, block) if not starts else -1].add(head, block)
        for n, (start, key, at) in enumerate(starts):
            end = starts[n + 1][0] if n + 1 < len(starts) else len(text)
            items.append(_Item(key, "", order))
            items[-1].add(text[start if own else at:end].strip(), block)
    return _paired([item for item in items if item.key is None or item.text], photos)


def _misread(text: str, items: list[_Item]) -> list[tuple[int, str, int]]:
    """``[(0, key, where the caption's text starts)]`` for a block opening with the number
    after the last caption's as OCR misread it (``(S)`` for ``(5)``, ``2,`` for ``2.``), else
    ``[]``; the misread key is taken off, as a key split cut off as a label is."""
    last = items[-1].key if items else None
    if last is None or not last.isdigit():
        return []
    at = misread_key(text, int(last) + 1)
    return [] if at is None else [(0, str(int(last) + 1), at)]


def _carried_on(items: list[_Item], block: Block) -> int:
    """The caption (or gathered credit) that a block opening with no key carries on: the one
    read last when the block stands level with its last line (a credit set at the line's
    end), else the one whose line it stands right under (within a line's depth, across its
    width: a credit's name wrapped to a line of its own, which reading order may put after
    the whole list), else the one read last."""
    depth = block.box[3] - block.box[1]
    if any(b.box[1] - 0.5 * depth <= block.box[1] < b.box[3] for b in items[-1].blocks):
        return len(items) - 1
    under = [(block.box[1] - b.box[3], k) for k, item in enumerate(items) for b in item.blocks
             if -0.25 * depth <= block.box[1] - b.box[3] <= depth
             and b.box[0] < block.box[2] and block.box[0] < b.box[2]]
    return min(under)[1] if under else len(items) - 1


def _label_key(block: Block) -> str | None:
    """The key a label block holds alone (a key set apart from its caption), else None."""
    return key_alone(block.text) if block.role == Role.LABEL else None


def _own_credit(item: _Item, block: Block) -> bool:
    """``block``, a credit, is the credit of the caption ``item`` read before it: the caption
    names none of its own and the credit is set on its last line (a block of its own only for
    its weight or its place at the line's end), not on a line of its own under the captions,
    where a credit gathered for all of them stands."""
    if any(cut_credit(item.text, lang)[1] is not None for lang in (Lang.VI, Lang.EN)):
        return False
    last = item.blocks[-1].box
    if not (block.box[1] < last[3] and block.box[3] > last[1]):
        return False
    log.debug("page %d: credit %r set on the last line of caption %s: its own", block.page,
              block.text[:30], item.key)
    return True


def _open(text: str) -> bool:
    """A caption whose credit was opened and not closed (``(Ảnh: TRÍ`` / ``DŨNG)``)."""
    return text.count("(") > text.count(")")


def _lang(item: _Item) -> str:
    if item.key is None:       # a credit line: its label says its language
        return Lang.EN if cut_credit(item.text, Lang.EN)[1] or item.text.lower().startswith(
            ("photo", "source")) else Lang.VI
    labelled = [k for k in (Lang.VI, Lang.EN) if cut_credit(item.text, k)[1] is not None]
    if len(labelled) == 1:
        return labelled[0]
    return Lang.VI if has_vietnamese_marks(item.text) else Lang.EN


def _credits_under(credits: list[tuple[_Item, str]], captions: list[_Item]
                   ) -> dict[int, str]:
    """Each caption's own credit when a language's credits naming no key are several, each
    set on a line of its own right under a different caption (its last line's foot at most a
    credit line's depth over the credit's top): one photographer a caption, as a row of
    photos captioned one under the other credits them. None when they are one (it names every
    photo) or when any is under no caption or under one another credit took."""
    if len(credits) < 2:
        return {}
    own: dict[int, str] = {}     # by the caption's id (an _Item is not hashable)
    for credit, name in credits:
        box = credit.blocks[0].box
        depth = box[3] - box[1]
        over = [c for c in captions
                if c.blocks[-1].box[1] < box[1] <= c.blocks[-1].box[3] + depth]
        if not over:
            return {}
        caption = max(over, key=lambda c: c.blocks[-1].box[3])
        if id(caption) in own:
            return {}
        own[id(caption)] = name
    log.debug("credits each on a line under its own caption: %s", list(own.values()))
    return own


def _credit_from_twin(fields: dict[str, str | None]) -> dict[str, str | None]:
    """A half whose gathered credit did not name its key (a line of it lost) takes its twin's:
    the English credit is the Vietnamese name without its marks, and compared so."""
    if fields.get("en") and fields.get("credit") and not fields.get("credit_en"):
        return {"credit_en": strip_diacritics(fields["credit"] or "")}
    if fields.get("vi") and fields.get("credit_en") and not fields.get("credit"):
        return {"credit": fields["credit_en"]}
    return {}


def _paired(items: list[_Item], photos: tuple[Box, ...]
            ) -> tuple[list[CaptionDraft], set[str]] | None:
    """The page's keyed captions, the two languages' halves joined by key, with their
    credits and, keyed by numbers, the photo each number names in the page's grid
    (``key_order.numbered_photos``); None when neither the keys nor their order pair them
    (``key_order``)."""
    listed: dict[str, list[_Item]] = {Lang.VI: [], Lang.EN: []}
    gathered: dict[str, dict[str, str]] = {Lang.VI: {}, Lang.EN: {}}
    everyone: dict[str, str] = {}
    loose: dict[str, list[tuple[_Item, str]]] = {Lang.VI: [], Lang.EN: []}
    for item in items:
        lang = _lang(item)
        if item.key is None:
            for name, keys in gathered_credits(item.text) or ():
                if not keys:
                    everyone[lang] = name
                    loose[lang].append((item, name))
                for key in keys:
                    gathered[lang][key] = name
            continue
        listed[lang].append(item)
    own = {caption: name for lang in (Lang.VI, Lang.EN)
           for caption, name in _credits_under(loose[lang], listed[lang]).items()}
    halves = keyed_halves(listed)      # by key, or by order when OCR misread a key (key_order)
    if halves is None:
        return None
    order_of_keys = list(halves[Lang.VI]) + [k for k in halves[Lang.EN]
                                             if k not in halves[Lang.VI]]
    named = numbered_photos(order_of_keys, photos)
    drafts = []
    for key in order_of_keys:
        fields: dict[str, str | None] = {}
        sources: list[Source] = []
        order = None
        for lang, slot, credit_slot in ((Lang.VI, "vi", "credit"), (Lang.EN, "en", "credit_en")):
            half = halves[lang].get(key)
            if half is None:
                continue
            # (the credit's label as printed where OCR misread it: ``Phote:``, credit_labels)
            text, credit = credit_cut(half.text, lang)
            fields[slot] = text
            fields[credit_slot] = credit or gathered[lang].get(half.key or key) or \
                own.get(id(half)) or everyone.get(lang)
            sources += [Source(page=b.page, box=b.box, block=b.id, lang=lang) for b in half.blocks]
            order = half.order if order is None else order
        assert order is not None
        fields.update(_credit_from_twin(fields))
        # one photographer, one name: a letter OCR misread in one credit (credit_slips)
        fields["credit"], credit_en = agreed_credits(fields.get("credit"), fields.get("credit_en"))
        fields["credit_en"] = english_credit(fields["credit"], credit_en)
        photo = named.get(key)
        drafts.append(CaptionDraft(vi=fields.get("vi"), en=fields.get("en"),
                                   credit=fields.get("credit"), credit_en=fields.get("credit_en"),
                                   sources=tuple(dict.fromkeys(sources)), order=order,
                                   photos=() if photo is None else (
                                       CaptionPhoto(sources[0].page, photo, ""),)))
    log.debug("page %d: %d captions read by their keys", drafts[0].page, len(drafts))
    return drafts, {b.id for item in items for b in item.blocks}
