"""The English caption under a Vietnamese one that names the same people: English by its
other words.

A caption naming a person (a speaker under a portrait: ``Chị Vũ Thu Lan, 48 tuổi, tiểu thương
chợ Đông Kinh`` over ``Vu Thu Lan, 48, trader at Dong Kinh market``) gives the English its
Vietnamese names, places and numbers without their marks. Such words are shaped like
Vietnamese syllables, so a short English caption made mostly of them reads as Vietnamese to
``langid.classify`` (``Ha Thanh Nga, 25, taxi driver, Tam Thanh ward``), and repair may give
the names back their marks (``Hoàng Đức Hùng, 53, farmer``). The two captions then join as
one Vietnamese caption with no English.

``twin_cut`` (asked by ``drafts`` of a caption paragraph its lines' languages do not cut):
the first line after which the rest of the caption is such an English twin of the lines
before it, opening with one of their words in a capital (the name it repeats: a Vietnamese
caption's own last line may open in a capital, a place's second word) or with an English
word in a capital (a sponsors' line under its twin, ``ĐƠN VỊ TÀI TRỢ: Ngân hàng Biên Mậu``
over ``SPONSORS: Bien Mau Bank``: programme of seeds 4200-4500), where the two are set with
no gap to part them.

``twin_first``: where a caption's lines switch language only after the English twin's
first line, a name alone (repair gave it its marks), the cut moves back to the twin's start.

``name_alone``: a caption's part of a name (and an age) only, in capitals or title case
and numbers (``Trần Đức Hùng, 21,``: the English caption's first line, its name given back
its marks by repair), says nothing of its language: a language cut after it (``drafts``)
would part the English caption's name from the rest of it.

``named_twin_languages`` (with the page's other language passes, once roles are known): a
caption read as Vietnamese, stacked right under another, plainly Vietnamese caption (its top within
``STACK_GAP`` body sizes of the other's foot, the two overlapping across), that repeats at
least ``SHARED`` of the other's words (compared without marks: the names) and whose words the
other does not hold bear no Vietnamese mark and hold at least one English word (a word no
Vietnamese syllable is, ``langid.english_word``), is the English twin. Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import Box
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.langid import MARKED_PLAIN, english_word, evidence
from magpipe.text.folding import unmarked
from magpipe.text.headings import CAPS_SHARE, upper_share
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

STACK_GAP = 1.0     # x body size: the most white between the two captions
SHARED = 2          # words of the Vietnamese caption the English one repeats, at least (a
                    # name: family and given name)
NAME_WORDS = 5      # words of a person's name at most (a title, family, middle and given names)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _stacked(upper: Box, lower: Box, body: float) -> bool:
    return -0.5 * body <= lower[1] - upper[3] <= STACK_GAP * body and \
        min(upper[2], lower[2]) > max(upper[0], lower[0])


def english_twin(vi_text: str, text: str) -> bool:
    """``vi_text`` is plainly Vietnamese (``langid.MARKED_PLAIN`` of its words marked), and
    ``text`` repeats ``SHARED`` of its words or more, its other words bearing no Vietnamese
    mark and holding an English word (see the module). A marked word no Vietnamese syllable
    is (``resíaurant``: OCR read a letter of an English word as a marked one) is an English
    word, no Vietnamese one."""
    if evidence(vi_text).marked < MARKED_PLAIN:
        return False        # (the caption over it is no plain Vietnamese: no twin of it)
    held = {unmarked(w) for w in _WORD.findall(vi_text)}
    words = _WORD.findall(text)
    shared = [w for w in words if unmarked(w) in held]
    own = [w for w in words if unmarked(w) not in held]
    return len(shared) >= SHARED and bool(own) and \
        not any(has_vietnamese_marks(w) and not english_word(w) for w in own) and \
        any(map(english_word, own))


def name_alone(text: str) -> bool:
    """``text`` is a name alone, perhaps with a number: ``NAME_WORDS`` words at most, each
    opening in a capital (see the module)."""
    words = _WORD.findall(text)
    return 0 < len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words)


def twin_cut(lines: list[str]) -> int | None:
    """The index of the line opening the English twin of the caption's lines before it, or
    None (see the module)."""
    for k in range(1, len(lines)):
        before = " ".join(lines[:k])
        first = _WORD.findall(lines[k])[:1]
        if lines[k][:1].isupper() and first and \
                (unmarked(first[0]) in {unmarked(w) for w in _WORD.findall(before)}
                 or english_word(first[0])) and \
                english_twin(before, " ".join(lines[k:])):
            return k
    return None


def twin_first(cuts: list[int], lines: list[str]) -> list[int]:
    """The language ``cuts`` of a caption's lines with the first moved back to where its
    English twin opens (``twin_cut``) when the lines between are a name alone: the twin's
    first line, the name repair gave its marks (``Nguyễn Đức Tuấn, 60,``), reads as
    Vietnamese, and the cut after it would end the Vietnamese caption on the English one's
    name. A name of one word, or in capitals, is no person's name opening a caption."""
    twin = twin_cut(lines) if cuts else None
    name = " ".join(lines[twin:cuts[0]]) if twin is not None else ""
    # (a person's name: ``SHARED`` words or more, not in capitals, which a credit's name
    # wrapped onto a line of its own is set in: ``Ảnh - KIỀU`` over ``ANH``)
    if twin is not None and twin < cuts[0] and name_alone(name) and \
            len(_WORD.findall(name)) >= SHARED and upper_share(name) < CAPS_SHARE:
        log.debug("caption's English twin opens on a name read as Vietnamese: cut before it")
        return [twin, *cuts[1:]]
    return cuts


def named_twin_languages(roles: list[str], boxes: list[Box], texts: list[str],
                         langs: list[str], body: float) -> list[str]:
    """Languages with the English twin of a Vietnamese caption naming people read as English
    (see the module)."""
    out = list(langs)
    for k, role in enumerate(roles):
        if role != Role.CAPTION or out[k] != Lang.VI:
            continue
        over = [j for j, r in enumerate(roles) if j != k and r == Role.CAPTION
                and out[j] == Lang.VI and _stacked(boxes[j], boxes[k], body)]
        if over and english_twin(texts[max(over, key=lambda j: boxes[j][3])], texts[k]):
            log.debug("caption naming the people of the one over it, in English: %r",
                      texts[k][:50])
            out[k] = Lang.EN
    return out
