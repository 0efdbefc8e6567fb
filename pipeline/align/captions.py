"""Photo captions: ``<Vietnamese>. Ảnh: NAME/ <English>. Photo: NAME``.

The split stage hands over a caption as up to three blocks (the Vietnamese half,
the credit, the English half) or as one mixed block; an OCR may also lose the
diacritics of ``Ảnh``. This module reads the caption and credit blocks of a page
in reading order and rebuilds captions ``{vi, en, credit, credit_en}``:

* a credit is ``Ảnh: NAME`` / ``Photo: NAME``, or the collected-photo marks
  ``Ảnh sưu tầm`` / ``Collected photo`` (kept as the credit);
* a caption's Vietnamese and English halves are kept together when they follow
  each other; halves left alone on a page are matched by their credits compared
  without diacritics (``TRÍ DŨNG`` ~ ``TRI DUNG``);
* the English half writes the photographer's Vietnamese name without marks: an
  English credit that folds (without diacritics and case) to the Vietnamese
  credit is given in its folded spelling, so a mark that OCR or repair put on it
  (``TRÌ DUNG``, ``KHÁNH LY``) goes.

Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Block, Lang
from magpipe.artifacts.records import Source
from magpipe.text.credits import (
    COLLECTED_EN,
    COLLECTED_VI,
    cut_credit,
    mixed_halves,
    opens_with_vi_credit,
)
from magpipe.text.vietnamese import (
    has_vietnamese_marks,
    is_bare_syllable,
    is_syllable_shape,
    strip_diacritics,
)
from rapidfuzz.distance import Levenshtein


@dataclass(frozen=True)
class CaptionDraft:
    vi: str | None = None
    en: str | None = None
    credit: str | None = None
    credit_en: str | None = None
    sources: tuple[Source, ...] = ()
    order: int = 0               # stream position of its first block

    @property
    def page(self) -> int:
        return self.sources[0].page

    @property
    def box(self) -> Box:
        boxes = [s.box for s in self.sources if s.page == self.page]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def credits_match(vi: str | None, en: str | None) -> bool:
    """``TRÍ DŨNG`` ~ ``TRI DUNG``; the collected-photo marks match each other."""
    if vi is None or en is None:
        return False
    if vi == COLLECTED_VI and en == COLLECTED_EN:
        return True
    return strip_diacritics(vi).casefold().split() == strip_diacritics(en).casefold().split()


def english_credit(credit: str | None, credit_en: str | None) -> str | None:
    """The English credit as the English half prints it: without Vietnamese marks when it is
    the Vietnamese credit's name (``TRÍ DŨNG`` / ``TRÌ DUNG`` -> ``TRI DUNG``). A name that
    is not the Vietnamese one, or a caption with one credit only, is left as read."""
    if credit_en is None or credit_en == COLLECTED_EN or credit is None:
        return credit_en
    if credits_match(credit, credit_en):
        return strip_diacritics(credit_en)
    return _misread_words_fixed(credit, credit_en) or credit_en


def _misread_words_fixed(credit: str, credit_en: str) -> str | None:
    """The English credit with each word that is no Vietnamese syllable, one letter away
    from the Vietnamese credit's word, read from that word: ``TRÍ DŨNG`` / ``FRI DUNG`` ->
    ``TRI DUNG`` (both credits name one Vietnamese photographer, and ``FRI`` is no
    syllable). None when the names differ in any other way."""
    vi_words, en_words = credit.split(), credit_en.split()
    if len(vi_words) != len(en_words):
        return None
    out = []
    for vi, en in zip(vi_words, en_words, strict=True):
        folded = strip_diacritics(vi)
        if folded.casefold() == strip_diacritics(en).casefold():
            out.append(strip_diacritics(en))
        elif (is_syllable_shape(vi) and not is_bare_syllable(en)
              and Levenshtein.distance(folded.casefold(), en.casefold()) == 1):
            out.append(folded.upper() if en.isupper() else folded.capitalize())
        else:
            return None
    return " ".join(out)


def _pieces(block: Block) -> list[tuple[str, str]]:
    """(lang, text) parts of one block; a mixed block is cut after ``Ảnh: NAME/``."""
    halves = mixed_halves(block.text.strip())
    if halves:
        return [(Lang.VI, halves[0]), (Lang.EN, halves[1])]
    text = block.text.strip()
    if block.lang in (Lang.VI, Lang.EN):
        return [(block.lang, text)]
    if has_vietnamese_marks(text) or opens_with_vi_credit(text):
        return [(Lang.VI, text)]
    return [(Lang.EN, text)]


def read_captions(blocks: list[tuple[int, Block]]) -> tuple[CaptionDraft, ...]:
    """Captions from caption and credit blocks given as (stream position, block)."""
    done: list[CaptionDraft] = []
    cur: CaptionDraft | None = None
    for order, block in blocks:
        for lang, part in _pieces(block):
            src = Source(page=block.page, box=block.box, block=block.id, lang=lang)
            text, credit = cut_credit(part, lang)
            vi_side = lang == Lang.VI
            slot_text = "vi" if vi_side else "en"
            slot_credit = "credit" if vi_side else "credit_en"
            fresh = (cur is None or cur.page != block.page
                     or (text and getattr(cur, slot_text) is not None)
                     or (credit and getattr(cur, slot_credit) is not None)
                     or (vi_side and cur.en is not None))
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
            if src not in cur.sources:
                changes["sources"] = cur.sources + (src,)
            cur = replace(cur, **changes)
    if cur is not None:
        done.append(cur)
    return tuple(replace(d, credit_en=english_credit(d.credit, d.credit_en))
                 for d in _match_halves(done))


def _match_halves(drafts: list[CaptionDraft]) -> tuple[CaptionDraft, ...]:
    """Join lone Vietnamese and lone English halves of one page that share a credit."""
    lone_en = [d for d in drafts if d.vi is None and d.en is not None]
    used: set[int] = set()
    out: list[CaptionDraft] = []
    for d in drafts:
        if d.en is None and d.vi is not None:
            for e in lone_en:
                if id(e) not in used and e.page == d.page and credits_match(d.credit, e.credit_en):
                    used.add(id(e))
                    d = replace(d, en=e.en, credit_en=e.credit_en, sources=d.sources + e.sources)
                    break
        out.append(d)
    return tuple(d for d in out if id(d) not in used)
