"""Bilingual lists and the keys over captions: text set item by item in both languages, each
line or two of Vietnamese right above its English twin, and a short key line that names what
the caption under it shows.

* ``twin_list_cuts``: a block whose lines switch language again and again (``TWIN_SWITCHES``
  times at least, each run of one language ``TWIN_RUN`` lines at most) is a list of twin
  items (an imprint's offices and names, licence and printer lines), not a paragraph: it is
  cut at every switch, so each item's two languages are blocks of their own. A paragraph
  switches language once at most (a Vietnamese paragraph set right above its twin,
  ``langid.language_cuts``). (Two lines in capitals are left whole: a title's second line
  of names, ``RIO DE JANEIRO, BRAZIL``, reads as English as ``EDITORIAL BOARD`` does.) A
  line's language in a list is its label's where a short label ends in a colon
  (``list_lang``), and ``labelled_languages`` gives it to the item kept out as furniture.
* ``key_lines``: a line that is only a key (``KEY_WORDS`` words at most ending in a colon,
  set in capitals or in bold among lines that are not: ``ẢNH BÌA:``, ``COVER:``) inside a
  block is a block of its own: it heads what follows it, and what comes before it (the
  previous caption's credit) is not its text.
* ``caption_keys`` (a role pass): a key standing right over a caption in its column is the
  caption's label (``Role.LABEL``), no paragraph of any article.
* ``bilingual_lists`` (a role pass): a compact stack of short blocks in one column
  (``LIST_ITEMS`` blocks at least, each ``LIST_LINES`` lines at most, ``LIST_GAP`` body sizes
  apart at most, none set larger than ``LIST_SIZE`` body sizes) whose lines, read together,
  switch language as a list of twin items does (``twin_list_cuts``: OCR may read two items
  as one block) is such a list, furniture of the page (``Role.HEADER``, as a masthead). A
  title, a photo credit, a credited caption and a block opening or ending with a page (a
  contents entry, a cover line) are no items: the stack goes on under them without them.
  Running text does not come in blocks of a line or three switching language; a page's side
  heads, level with their passages, are far apart.

Pure logic, no I/O.
"""

from __future__ import annotations

import logging
import re

from magpipe.artifacts.base import union
from magpipe.artifacts.layout import Lang, Role
from magpipe.split.credit_ends import ends_in_credit
from magpipe.split.langid import evidence, line_lang
from magpipe.split.layout import Para
from magpipe.split.roles import Facts, PageFacts, has_credit
from magpipe.text import english
from magpipe.text.contents import ends_with_page, page_at_left
from magpipe.text.vietnamese import is_bare_syllable

log = logging.getLogger(__name__)

TWIN_SWITCHES = 3   # language switches inside one block: a list of twin items from this many
TWIN_RUN = 3        # lines: one language's part of one item takes this many lines at most
LABEL_WORDS = 5     # words: an item's label before its colon holds this many at most
MARKED_SHARE = 0.3  # share of a line's words bearing Vietnamese marks: Vietnamese from this
KEY_WORDS = 3       # words: a key line ("ẢNH BÌA:", "COVER:") holds this many at most
KEY_GAP = 2.0       # x body size: a key stands at most this far over its caption's top
LIST_ITEMS = 4      # blocks: a bilingual list stacks this many at least
LIST_LINES = 4      # lines: ... each of this many at most (OCR may read two items as one)
LIST_SIZE = 1.4     # x body size: ... set no larger than this (a title is; the list's
                    # heading, in bold capitals, may be a little larger than its items)
LIST_GAP = 2.0      # x body size: ... each at most this far under the one above (OCR
                    # boxes stand shorter than the type, their gaps wider)
LIST_SENTENCES = 0.5  # share of a stack's blocks ending a sentence (. ? ! …): above it the
                     # stack is running text in turns (an interview's questions and answers,
                     # paragraph twins), not list items (names, offices, addresses). Bylines
                     # are left out of the share: an article's last two paragraph twins over
                     # its two bylines (interleaved-2-scanned) end no list item each
_KEY = re.compile(r"^\S.{0,40}:$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_STOPS = (".", "?", "!", "…")
_HELD = frozenset({Role.TITLE, Role.CREDIT})


def _word_lang(text: str) -> str:
    """Vietnamese when many words bear Vietnamese marks (``MARKED_SHARE``); else English when
    an English function word of three letters or more stands among them (``the``, ``were``:
    OCR may give a word of an English line a mark); else Vietnamese when a word bears marks
    (a Vietnamese line of foreign names, ``Bà Marcelle Torres Alves``); else English when a
    word of three letters or more could be no Vietnamese syllable (``Publisher``); else
    unknown."""
    ev = evidence(text)
    if ev.marked >= MARKED_SHARE:
        return Lang.VI
    words = [w for w in _WORD.findall(text) if len(w) >= 3]
    if any(w.lower() in english.STOPWORDS for w in words):
        return Lang.EN
    if ev.marked > 0:
        return Lang.VI
    return Lang.EN if any(not is_bare_syllable(w) for w in words) else Lang.UNKNOWN


def list_lang(text: str) -> str:
    """The language of one line of a bilingual list: its label's, where a short label ends in
    a colon (``Editor-in-chief: Lương Thị Thu Hà``: the names may be printed alike in both
    languages); else ``line_lang``'s when plain; else by its words (``_word_lang``: twin
    items are too short for ``line_lang``), English when they tell nothing."""
    label, colon, _ = text.partition(":")
    if colon and len(label.split()) <= LABEL_WORDS and _LETTER.search(label):
        lang = _word_lang(label)
        if lang != Lang.UNKNOWN:
            return lang
    lang = line_lang(text)
    if lang != Lang.UNKNOWN or not _LETTER.search(text):
        return lang
    lang = _word_lang(text)
    return Lang.EN if lang == Lang.UNKNOWN else lang


def twin_list_cuts(texts: list[str]) -> list[int]:
    """Indices of the lines where a list of twin items switches language (module doc); none
    when the block is no such list."""
    langs = [list_lang(t) for t in texts]
    known = [lang for lang in langs if lang != Lang.UNKNOWN]
    if not known:
        return []
    for k, lang in enumerate(langs):      # a line of no letters (a date) goes with the one above
        langs[k] = known[0] if lang == Lang.UNKNOWN and k == 0 else (
            langs[k - 1] if lang == Lang.UNKNOWN else lang)
    cuts = [k for k in range(1, len(langs)) if langs[k] != langs[k - 1]]
    runs = [b - a for a, b in zip([0, *cuts], [*cuts, len(langs)], strict=True)]
    if len(cuts) < TWIN_SWITCHES or max(runs) > TWIN_RUN:
        return []
    log.debug("a list of twin items cut at %d language switches: %r", len(cuts), texts[0][:40])
    return cuts


def _capitals(text: str) -> bool:
    letters = "".join(_LETTER.findall(text))
    return len(letters) > 1 and letters.isupper()


def is_key(text: str) -> bool:
    """A key line's words: a few, ending in a colon, some letter among them."""
    text = text.strip()
    return (bool(_KEY.match(text)) and len(text.split()) <= KEY_WORDS
            and _LETTER.search(text) is not None)


def _key_look(para: Para, k: int) -> bool:
    line = para.lines[k]
    if not is_key(line.text):
        return False
    return _capitals(line.text) or (line.bold and not all(ln.bold for ln in para.lines))


def key_lines(para: Para) -> list[Para]:
    """The block with each key line inside it set apart (module doc)."""
    if len(para.lines) < 2:
        return [para]
    keys = [k for k in range(len(para.lines)) if _key_look(para, k)]
    if not keys:
        return [para]
    bounds = sorted({0, len(para.lines), *keys, *(k + 1 for k in keys)})
    log.debug("key line set apart: %r", para.lines[keys[0]].text)
    return [Para(lines=para.lines[a:b], box=union([ln.box for ln in para.lines[a:b]]),
                 region=para.region) for a, b in zip(bounds, bounds[1:], strict=False)]


def caption_keys(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """A one-line key right over a caption in its column: the caption's label."""
    out = list(roles)
    for k, f in enumerate(facts[:-1]):
        nxt = facts[k + 1]
        if (f.lines != 1 or not is_key(f.text) or roles[k] in (Role.HEADER, Role.PAGE_NUMBER,
                                                               Role.CONTENTS)
                or roles[k + 1] not in (Role.CAPTION, Role.CREDIT) or nxt.column != f.column
                or not 0 <= nxt.box[1] - f.box[1] <= KEY_GAP * page.body_size + f.box[3]
                - f.box[1]):
            continue
        log.debug("a key over a caption: label: %r", f.text)
        out[k] = Role.LABEL
    return out


def _held(role: str, f: Facts, page: PageFacts) -> bool:
    """A block no list item is: a title or caption read so, set larger than the body, bearing
    a photo credit (with a colon, or closing it without one: ``Ảnh - LA MAI``, ``Photo by LA
    MAI``, a photo's captions stacked one language under the other under it, cameo-2 of seed
    5500), or pointing to a page (a contents entry, a cover line)."""
    return (role in _HELD or f.size > LIST_SIZE * page.body_size or has_credit(f.text)
            or ends_in_credit(f.text) or ends_with_page(f.text)
            or page_at_left(f.text) is not None)


def _stacks(roles: list[str], facts: list[Facts], page: PageFacts) -> list[list[int]]:
    """Stacks of short blocks, each right under the block read last in its column (blocks of
    other columns, and specks, may be read between). A held block (``_held``: a credited
    caption, a licence line OCR ended with a stray number) is no item, but the stack goes on
    under it; a longer block ends it."""
    runs: list[list[int]] = []
    last: dict[int, tuple[list[int], float]] = {}    # column -> its stack, the foot to join
    for k, f in enumerate(facts):
        run, foot = last.get(f.column, ([], -1.0))
        under = foot >= 0 and 0 <= f.box[1] - foot <= LIST_GAP * page.body_size
        if roles[k] in (Role.OTHER, Role.PAGE_NUMBER):   # specks, read anywhere: one right
            if under:                                     # under the stack lengthens it
                last[f.column] = (run, f.box[3])
            continue
        if f.lines > LIST_LINES:
            last.pop(f.column, None)
            continue
        if not under:
            run = []
            runs.append(run)
        if not _held(roles[k], f, page):
            run.append(k)
        last[f.column] = (run, f.box[3])
    return [run for run in runs if run]


def bilingual_lists(roles: list[str], facts: list[Facts], page: PageFacts) -> list[str]:
    """The blocks of a compact bilingual list (module doc): furniture. The stack's lines,
    read together, must switch language as a list of twin items does (``twin_list_cuts``):
    OCR may read an item's two languages as one block."""
    out = list(roles)
    for run in _stacks(roles, facts, page):
        if len(run) < LIST_ITEMS:
            continue
        texts = [t for k in run for t in facts[k].line_texts]
        if not twin_list_cuts(texts):
            continue
        sentences = sum(facts[k].text.rstrip().endswith(_STOPS) for k in run)
        if sentences > LIST_SENTENCES * sum(roles[k] != Role.BYLINE for k in run):
            log.debug("running text in turns, no list: %r", facts[run[0]].text[:40])
            continue
        log.debug("a bilingual list of %d blocks: header: %r", len(run), facts[run[0]].text[:40])
        for k in run:
            if roles[k] not in (Role.HEADER, Role.PAGE_NUMBER):
                out[k] = Role.HEADER
    return out


def labelled_languages(roles: list[str], texts: list[str], langs: list[str]) -> list[str]:
    """An item of a bilingual list kept out as furniture takes its label's language, where a
    short label ends in a colon and its words tell (``Publisher: Hoang Minh Tuấn``: the
    names, the same in both languages, may carry their marks in the English item)."""
    out = list(langs)
    for k, (role, text) in enumerate(zip(roles, texts, strict=True)):
        label, colon, _ = text.partition(":")
        if role != Role.HEADER or not colon or len(label.split()) > LABEL_WORDS:
            continue
        lang = _word_lang(label)
        if lang != Lang.UNKNOWN and lang != out[k]:
            log.debug("a list item in its label's language (%s): %r", lang, text[:40])
            out[k] = lang
    return out
