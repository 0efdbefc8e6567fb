"""A pointer opening a caption printed away from its photo is a label of its own.

A magazine that gives a photo a page of its own prints its caption on the text page beside
it, each language's caption opened by a pointer to where the photo is, in bold: ``Ảnh trang
bên:`` / ``Opposite:``, ``Ảnh bên trái:`` / ``Left:``, ``Ảnh trang 3:`` / ``Photo on page
3:`` (:mod:`magpipe.text.photo_pointers`). The pointer is no part of the caption's text; align
reads it as the caption's photo on the page it names (:mod:`magpipe.align.pointed_photos`).

``set_apart_pointers`` cuts the pointer off a caption draft into a label draft of its own, set
just before it: on a text layer when its words are bold and the caption's next word is not
(the text layer knows each word's weight); on a scan, whose weight OCR does not read, when
the pointer names a photo or a page, or is a side word alone (``Left:``, ``Opposite:``) on a
page holding no photo (on a page of photos such a word may be a caption's key naming its photo
by its place, ``split.key_labels``).

Pure logic, no I/O.
"""

from __future__ import annotations

from typing import TypeVar

from magpipe.artifacts.layout import Role
from magpipe.artifacts.pages import Word
from magpipe.split.drafts import Draft
from magpipe.split.key_labels import labels_cut
from magpipe.text.photo_pointers import POINTER_WORDS_MOST, photo_pointer

T = TypeVar("T")


def set_apart_pointers(kept: list[tuple[Draft, str, T]], words: tuple[Word, ...], exact: bool,
                       photos: bool) -> list[tuple[Draft, str, T]]:
    """The page's drafts (each with its language and confidence) with each caption's opening
    pointer cut off into a label draft before it (module doc); ``exact``: a text layer's
    page; ``photos``: the page holds a photo."""
    return labels_cut(kept, {k: n for k, (d, _, _) in enumerate(kept)
                             if d.role == Role.CAPTION and not d.head
                             and (n := _pointer_words(d, words)) is not None
                             and _set_apart(d.words, n, words, exact, photos)}, words)


def _pointer_words(d: Draft, words: tuple[Word, ...]) -> int | None:
    """How many of the draft's first words its opening pointer is (its colon ending the last
    of them), or None when it opens with none or leaves no caption after it."""
    texts = [words[i].text for i in d.words]
    for j, text in enumerate(texts[:POINTER_WORDS_MOST + 1]):
        if text.endswith((":", ";")):
            found = photo_pointer(" ".join(texts))
            rest = " ".join(texts[j + 1:])
            return j + 1 if found is not None and rest and found[1] == rest else None
    return None


def _set_apart(ids: list[int], n: int, words: tuple[Word, ...], exact: bool,
               photos: bool) -> bool:
    """The pointer of ``n`` words is a label of its own (module doc)."""
    if n >= len(ids):
        return False
    if exact:
        return all(words[i].bold for i in ids[:n]) and not words[ids[n]].bold
    found = photo_pointer(" ".join(words[i].text for i in ids))
    return found is not None and not (found[0].bare and photos)
