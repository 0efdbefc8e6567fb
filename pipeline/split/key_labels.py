"""A caption key set apart from its caption is a label of its own: a page that gathers its
photos' captions, each opening with its photo's key (``Trên, trái:`` / ``Top left:``,
``1 –``, ``(Trái)``; :mod:`magpipe.text.caption_keys`), prints the key either as a label set
apart from the sentence (in bold, the sentence in roman) or as the caption's own first words
(``Trái: Toàn cảnh buổi tiếp.``, in the caption's type: the caption names its photo by its
place, as a row's captions do). A label is no part of the caption's text; the words are.

``set_apart_keys`` cuts the key off a caption draft into a label draft of its own, set just
before it, when a text layer prints it in bold and the caption's next word is not (the text
layer knows each word's weight); on a scan, whose weight OCR does not read, a key is cut off
as a label, as most publications set keys apart, unless it names the photo in words before
its number (``Ảnh 2:`` / ``Photo 2:``, :func:`~magpipe.text.caption_keys.names_the_photo`):
such a key is written as the caption's first words, as a figure's caption is, and stays.
Align reads a key label as the key of the caption after it and keeps a key still in a
caption's text as part of that text (:mod:`magpipe.align.keyed`). Only on a page of keyed
captions (at least ``KEYED_AT_LEAST`` captions open with a key): a single caption opening
with a place word is read as printed.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TypeVar

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.drafts import Draft
from magpipe.text.caption_keys import caption_key, names_the_photo

log = logging.getLogger(__name__)

KEYED_AT_LEAST = 2      # captions opening with a key on a page of keyed captions (a photo's
                        # caption in each language at least)
KEY_WORDS_MOST = 4      # a key is a few words at most (``Dưới, phải:``, ``Ảnh 2:``, ``1 –``)

T = TypeVar("T")


def set_apart_keys(kept: list[tuple[Draft, str, T]], words: tuple[Word, ...], exact: bool
                   ) -> list[tuple[Draft, str, T]]:
    """The page's drafts (each with its language and confidence) with each key set apart from
    its caption cut off into a label draft before it (module doc)."""
    cuts = {k: n for k, (d, _, _) in enumerate(kept)
            if d.role == Role.CAPTION and not d.head and (n := _key_words(d, words)) is not None}
    if len(cuts) < KEYED_AT_LEAST:
        return kept
    return labels_cut(kept, {k: n for k, n in cuts.items() if (
        _set_apart(kept[k][0].words, n, words) if exact
        else not names_the_photo(" ".join(words[i].text for i in kept[k][0].words)))}, words)


def labels_cut(kept: list[tuple[Draft, str, T]], cuts: dict[int, int], words: tuple[Word, ...]
               ) -> list[tuple[Draft, str, T]]:
    """The page's drafts with the first ``cuts[k]`` words of draft ``k`` cut off into a label
    draft set just before it (a caption's key, or its pointer: ``split.pointer_labels``)."""
    out: list[tuple[Draft, str, T]] = []
    for k, (d, lang, conf) in enumerate(kept):
        n = cuts.get(k)
        if n is not None:
            log.debug("%r set apart from its caption: a label",
                      " ".join(words[i].text for i in d.words[:n]))
            out.append((replace(d, words=d.words[:n], role=Role.LABEL, tail_cut=""), lang, conf))
            d = replace(d, words=d.words[n:])
        out.append((d, lang, conf))
    return out


def _key_words(d: Draft, words: tuple[Word, ...]) -> int | None:
    """How many of the draft's first words its opening key is, or None when it opens with
    none (or the key ends inside a word, or leaves no caption after it)."""
    texts = [words[i].text for i in d.words]
    found = caption_key(" ".join(texts))
    if found is None:
        return None
    key = " ".join(texts)[:found[1]].strip()
    for n in range(1, min(KEY_WORDS_MOST, len(texts) - 1) + 1):
        if " ".join(texts[:n]) == key:
            return n
    return None


def _set_apart(ids: list[int], n: int, words: tuple[Word, ...]) -> bool:
    """A text layer's key is set apart when its words are bold and the caption's first word
    after it is not."""
    return all(words[i].bold for i in ids[:n]) and not words[ids[n]].bold
