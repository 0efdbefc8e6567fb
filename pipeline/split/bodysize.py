"""A document set in two body sizes: a translation set a little smaller than the original.

English editions print the Vietnamese translation a size smaller (and Vietnamese issues may
set the English so). The document's body size (``pieces.document_body_size``, the size most
characters are set in) is then the original's; a page of the translation does not set its
text in it and takes its own median size, which lands on its captions and notes when the page
holds little running text: its body text then reads as a title (larger than "the body").

* The translation's size is the document's second body size (``second_body_size``): a size
  within ``SECOND_REACH`` of the first, holding at least ``SECOND_SHARE`` as many characters,
  in the other language (``LANGUAGES_APART``). A page that does not set ``BODY_SHARE`` of its
  characters in the first size but sets ``SECOND_PAGE_SHARE`` in the second takes the second
  (``page_body``): a translation page holding a title, a paragraph and two long captions sets
  less than a fifth of its characters in its body size.
* A page set in the first size may run the translation on in the second (``BẢN TIẾNG VIỆT``
  and the Vietnamese text after the English in the same columns): the look rules read several
  lines set smaller than the body as a note beside the articles (``aside``); set in the
  document's other body size, in a column and not held in from its edges as a boxed note is,
  they are running text (``translation_text``).

Pure functions.
"""

from __future__ import annotations

import logging

from magpipe.artifacts.layout import Lang, Role
from magpipe.artifacts.pages import Word
from magpipe.split.langid import classify
from magpipe.split.pieces import (
    body_size_of_shares,
    in_body_size,
    page_body_size,
    size_shares,
)
from magpipe.split.roles import ASIDE_INSET, ASIDE_LINES, Facts, PageFacts, has_credit
from magpipe.text.vietnamese import has_vietnamese_marks

log = logging.getLogger(__name__)

SECOND_REACH = 0.2    # relative: a translation is set at most this much smaller or larger
SECOND_SHARE = 0.3    # x the first body size's characters: the second holds this many at least
SECOND_PAGE_SHARE = 0.1   # share of a page's characters set in the second size to take it
# The two sizes hold the two languages: the shares of their characters in words with
# Vietnamese marks differ by this much at least (a Vietnamese text has ~80% of its characters
# in marked words, an English one none; text of both languages ~40%, at either size)
LANGUAGES_APART = 0.5


def second_body_size(pages: list[tuple[Word, ...]], first: float | None,
                     shares: list[dict[float, int]] | None = None) -> float | None:
    """The size of the document's second run of body text, or None (``shares``: each page's
    ``size_shares``, when already counted)."""
    if first is None:
        return None
    total: dict[float, int] = {}
    for page in (shares if shares is not None else [size_shares(w) for w in pages]):
        for size, n in page.items():
            total[size] = total.get(size, 0) + n
    near_first = sum(n for s, n in total.items() if in_body_size(s, first))
    others = [(n, s) for s, n in total.items()
              if not in_body_size(s, first) and abs(s - first) <= SECOND_REACH * first]
    if not others:
        return None
    n, size = max(others)
    if n < SECOND_SHARE * near_first:
        return None
    # (a bilingual document's captions or boxes set smaller hold both languages, as its body
    # does: no translation)
    marked: dict[float, int] = {}
    for words in pages:
        for s, m in size_shares([w for w in words if has_vietnamese_marks(w.text)]).items():
            marked[s] = marked.get(s, 0) + m

    def share(at: float) -> float:
        near = [s for s in total if in_body_size(s, at)]
        return sum(marked.get(s, 0) for s in near) / max(1, sum(total[s] for s in near))
    return size if abs(share(first) - share(size)) >= LANGUAGES_APART else None


def body_sizes(pages: list[tuple[Word, ...]]) -> tuple[float | None, float | None]:
    """The document's body size over ``pages`` (its text layers) and its second one."""
    shares = [size_shares(words) for words in pages]      # counted once for both sizes
    first = body_size_of_shares(shares)
    return first, second_body_size(pages, first, shares)


def page_body(words: tuple[Word, ...], first: float | None, second: float | None) -> float:
    """The page's body size: the document's first body size, else its second when the page
    sets ``SECOND_PAGE_SHARE`` of its characters in it, else the page's own."""
    shares = size_shares(words)
    own = page_body_size(words, first, shares)
    if second is None or own == first:
        return own
    near = sum(n for s, n in shares.items() if in_body_size(s, second))
    return second if near >= SECOND_PAGE_SHARE * sum(shares.values()) else own


def other_body(page_body_size: float, first: float | None, second: float | None) -> float:
    """The document's body size this page is not set in (0: the document has one)."""
    if first is None or second is None:
        return 0.0
    return second if abs(page_body_size - first) <= abs(page_body_size - second) else first


def _body_lang(roles: list[str], facts: list[Facts], page: PageFacts) -> str:
    """The language most characters of the page's running text set in its body size are in
    (``und``: none)."""
    chars: dict[str, int] = {}
    for role, f in zip(roles, facts, strict=True):
        if role == Role.BODY and in_body_size(f.size, page.body_size):
            lang = classify(f.text)[0]
            chars[lang] = chars.get(lang, 0) + len(f.text)
    chars.pop(Lang.UNKNOWN, None)
    return max(chars, key=chars.__getitem__) if chars else Lang.UNKNOWN


def _read_small(role: str, f: Facts, body_lang: str) -> bool:
    """Read as a note or, set more than ``CAPTION_SIZE`` smaller, as a caption by its size: a
    caption of ``ASIDE_LINES`` lines or more with no photo credit, in the other language than
    the page's running text in its body size (``body_lang``) (a translation set at 0.879 of
    the original's size reads as captions: edgetab-3 of seed 5500; an English-first issue's
    English captions set as small as its Vietnamese translation stay captions)."""
    if role == Role.ASIDE:
        return True
    if role != Role.CAPTION or f.lines < ASIDE_LINES or has_credit(f.text):
        return False
    lang = classify(f.text)[0]
    return Lang.UNKNOWN not in (lang, body_lang) and lang != body_lang


def translation_text(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """Notes or long uncredited captions by their size (``_read_small``) set in the document's
    other body size, in a column and flush with its edges: running text of the other
    language's copy (``body``)."""
    out = list(roles)
    other = page.other_body
    if not page.exact or not other:
        return out
    body_lang = _body_lang(roles, facts, page) if Role.CAPTION in roles else Lang.UNKNOWN
    for k, f in enumerate(facts):
        if _read_small(out[k], f, body_lang) and f.column != -1 and \
                f.inset < ASIDE_INSET * page.body_size and \
                in_body_size(f.size, other):
            out[k] = Role.BODY
            log.debug("set in the document's other body size, in its column: text: %r",
                      f.text[:40])
    return out
