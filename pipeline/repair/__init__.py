"""The repair stage: restore Vietnamese diacritics, page by page and line by line.

Entry functions only; the logic is in ``magpipe.repair.decoder`` (turned into the changes of
a page's lines by ``magpipe.repair.line_changes``) and the data in ``magpipe.repair.lexicon``.
Pages flagged ``needs_repair`` (English-only OCR damage) are decoded in the ``damaged`` mode;
other text pages in the ``clean`` mode, which only restores what the context clearly asks for
(bold capitals without marks, slips of Vietnamese OCR) and leaves sound Vietnamese and English
alone. The document's own sound Vietnamese, once
repaired, is extra evidence for the language model on its damaged pages. On a sound text
layer the typed marks are trusted (a marked lexicon syllable is read as written). Words
keep their boxes, order and count, except a syllable a sound text cut in two (``Chú a``),
which becomes one word over both boxes (``magpipe.repair.joins``); only ``text`` changes
otherwise, and every change is recorded as a ``Change``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from magpipe import snapshots
from magpipe.artifacts.pages import (
    Change,
    ExtractArtifact,
    Page,
    PageSource,
    RepairArtifact,
    Word,
)
from magpipe.config import Config
from magpipe.repair import lattice_index, lexicon, lm, scoring, search
from magpipe.repair.compiled import use_compiled
from magpipe.repair.decoder import Decoder
from magpipe.repair.evidence import Evidence
from magpipe.repair.joins import JOIN, Joiner
from magpipe.repair.lexicon import store as lexicon_store
from magpipe.repair.lexicon.model import CLEAN, DAMAGED
from magpipe.repair.lexicon.text_stats import stats_of
from magpipe.repair.line_changes import repair_lines, repair_many_lines
from magpipe.text.damage import score_text

log = logging.getLogger(__name__)

REPAIRABLE = (PageSource.TEXT_LAYER, PageSource.OCR, PageSource.REOCR, PageSource.DAMAGED_TEXT)
# Pages whose marks were typed, not read: a sound text layer. There a word with marks that
# is a lexicon syllable is taken as written (``Options.trusted``); OCR marks are readings
# (``chúc`` for ``chức``) and a damaged layer's marks are noise, so neither is trusted.
TRUSTED_SOURCES = (PageSource.TEXT_LAYER,)
_WORD = re.compile(r"\S+")
# sound pages of a document decoded in one batch: the fixed cost of scoring (a few hundred
# numpy calls) is shared, while their lattices stay small (most words have one option). A
# damaged page's lattice is large (every word has a dozen options: 16 pages in one batch
# peaked at 186 MB against 13 MB) and its fixed cost a small share: decoded alone
PAGE_GROUP = 16


T = TypeVar("T")                  # a repaired page: a Page, or the text of one


@functools.cache
def _decoder_for(user: Path | None, user_state: tuple[int, int]) -> Decoder:
    # read back from a snapshot of the built objects when one was saved (0.1 s, not 0.7 s);
    # those with a user lexicon under their own name: they do not push the shipped one out
    data = [p for p in lexicon_store.DATA.rglob("*") if p.is_file()] + ([user] if user else [])
    return snapshots.load_or_build("repair-decoder-user" if user else "repair-decoder", Decoder,
                                   lambda: Decoder(lexicon.load(user), lm.load()), data)


def decoder() -> Decoder:
    """The decoder over the lexicon in force (the shipped one and the user's) and the
    language model (built once, never changed: documents repaired from several threads
    share it; each passes its own evidence). A user lexicon learned since is taken up."""
    user = lexicon.user_lexicon_path()
    stat = user.stat() if user is not None else None
    return _decoder_for(user, (stat.st_size, stat.st_mtime_ns) if stat else (0, 0))


def load_compiled_loops() -> None:
    """Load repair's compiled loops now (numba's set-up and its cache: about 1 s of CPU and
    170 MB) and run them from the first page on (``repair.compiled.Tiers``): for a process
    about to repair much damaged text, or a fork server before it forks its workers, which
    then share the machine code instead of each loading it."""
    use_compiled()
    search.warm()
    model = decoder().lm
    lattice_index.warm(model.trigram_arrays() if model is not None else None)
    scoring.warm()
    if model is not None:
        model.warm()


@functools.cache
def _joiner_for(using: Decoder) -> Joiner:
    return Joiner(using.model, using.lm)


def joiner() -> Joiner:
    """Finds syllables a sound text cut in two (``Chú a``), over the decoder's models."""
    return _joiner_for(decoder())



def repair(artifact: ExtractArtifact, config: Config) -> RepairArtifact:
    """Repair the words of every text page; ``config.repair=False`` copies them unchanged."""
    if not config.repair:
        return RepairArtifact(doc=artifact.doc, pages=artifact.pages, changes=())
    modes = {p.number: _mode(p) for p in artifact.pages if _repairable(p)}
    by_number = {p.number: p for p in artifact.pages}
    fixed = _sound_pages_first(
        modes, lambda numbers, mode, evidence: _repair_pages([by_number[n] for n in numbers],
                                                             mode, evidence),
        lambda page: page.text())
    pages = [fixed[p.number][0] if p.number in fixed else p for p in artifact.pages]
    changes = [c for p in artifact.pages if p.number in fixed for c in fixed[p.number][1]]
    log.info("repair: %d change(s) on %d page(s)", len(changes), len(pages))
    return RepairArtifact(doc=artifact.doc, pages=tuple(pages), changes=tuple(changes))


def _repairable(page: Page) -> bool:
    return page.source in REPAIRABLE and bool(page.words)


def _mode(page: Page) -> str:
    return DAMAGED if page.needs_repair else CLEAN


def marks_trusted(page: Page, mode: str) -> bool:
    """The marks of ``page`` are typed evidence: a sound text layer decoded as sound."""
    return mode == CLEAN and page.source in TRUSTED_SOURCES


def document_evidence(texts: list[str]) -> Evidence:
    """When a document's damaged pages are repaired, its sound pages (``texts``, already
    repaired) are evidence for the decoder: names and phrases the document repeats are
    read alike. Damaged pages give none (their marks are OCR noise: ``Quéc``), and sound
    pages are decoded without it: there the evidence would be the words being judged, and
    an OCR error repeated (``Tổ chúc`` twice on a page) would vouch for itself. A value:
    the decoder itself never holds a document's evidence."""
    if not texts:
        return Evidence.none()
    stats = stats_of(texts)
    return Evidence.of(stats.unigrams, stats.bigrams)


def _sound_pages_first(modes: dict[int, str],
                       repair_many: Callable[[list[int], str, Evidence],
                                             list[tuple[T, list[Change]]]],
                       text_of: Callable[[T], str]) -> dict[int, tuple[T, list[Change]]]:
    """Repair each page (number -> mode, in reading order) with ``repair_many`` (pages of
    one mode and evidence: sound pages in groups of at most ``PAGE_GROUP``, damaged ones
    alone): the sound (``clean``) pages first, then the damaged ones with the sound pages'
    text as evidence."""
    fixed: dict[int, tuple[T, list[Change]]] = {}
    for pass_mode in (CLEAN, DAMAGED):
        if pass_mode not in modes.values():    # a born-digital document: no damaged page
            continue
        sound = [text_of(fixed[n][0]) for n in modes if n in fixed] if pass_mode == DAMAGED else []
        evidence = document_evidence(sound)
        numbers = [number for number, mode in modes.items() if mode == pass_mode]
        size = PAGE_GROUP if pass_mode == CLEAN else 1
        for k in range(0, len(numbers), size):
            group = numbers[k:k + size]
            fixed.update(zip(group, repair_many(group, pass_mode, evidence), strict=True))
    return fixed




def _joined_page(page: Page, page_lines: list[list[Word]]) -> tuple[Page, list[Change]]:
    """``page`` (its ``lines()``: ``page_lines``) with each syllable its text cut in two
    (``Chú a``) made one word again (the two words' boxes joined), and a change per join
    on the merged word."""
    found = joiner()
    words: list[Word] = []
    changes: list[Change] = []
    for line in page_lines:
        joins = dict(found.joins([w.text for w in line]))
        skip = False
        for i, word in enumerate(line):
            if skip:
                skip = False
                continue
            if i in joins:
                nxt = line[i + 1]
                box = (min(word.box[0], nxt.box[0]), min(word.box[1], nxt.box[1]),
                       max(word.box[2], nxt.box[2]), max(word.box[3], nxt.box[3]))
                changes.append(Change(page.number, len(words), f"{word.text} {nxt.text}",
                                      joins[i], 0.0, JOIN))
                word = replace(word, text=joins[i], box=box)
                skip = True
            words.append(word)
    if not changes:
        return page, []
    log.info("page %d: %d syllable(s) cut in two joined", page.number, len(changes))
    return replace(page, words=tuple(words)), changes


def _repair_pages(pages: list[Page], mode: str, evidence: Evidence
                  ) -> list[tuple[Page, list[Change]]]:
    """Each of ``pages`` repaired in ``mode``, and its changes; the pages whose marks are
    trusted alike are decoded in one batch."""
    prepared = []
    for page in pages:
        changes: list[Change] = []
        page_lines = page.lines()
        if mode == CLEAN:
            page, changes = _joined_page(page, page_lines)
            if changes:
                page_lines = page.lines()
        lines = [[w.text for w in line] for line in page_lines]
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line))
        spans = paragraph_spans([line[0].block for line in page_lines])
        trusted = marks_trusted(page, mode)
        log.debug("page %d: %s, marks %s", page.number, page.source,
                  "trusted (typed)" if trusted else "decoded")
        prepared.append((page, changes, lines, starts, spans, trusted))
    found: dict[int, list[tuple[int, int, str, str, float, str]]] = {}
    for trusted in (False, True):
        group = [k for k, item in enumerate(prepared) if item[5] == trusted]
        if group:
            done = repair_many_lines(decoder(), [(prepared[k][2], prepared[k][4]) for k in group],
                                     mode, evidence, trusted)
            found.update(zip(group, done, strict=True))
    out = []
    for k, (page, changes, _lines, starts, _spans, _trusted) in enumerate(prepared):
        words = list(page.words)
        for number, i, before, after, score, rule in found[k]:
            index = starts[number] + i
            words[index] = replace(words[index], text=after)
            changes.append(Change(page.number, index, before, after, score, rule))
        out.append((replace(page, words=tuple(words)), changes))
    return out


def paragraph_spans(keys: Sequence[object]) -> list[tuple[int, int]]:
    """Ranges [first, last) of consecutive lines with the same key (their block)."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            out.append((start, i))
            start = i
    return out


def text_mode(text: str) -> str:
    """``damaged`` when the text reads like Vietnamese that lost its marks, else ``clean``."""
    return DAMAGED if score_text(text).damaged else CLEAN


def repair_text(text: str, mode: str | None = None) -> tuple[str, tuple[Change, ...]]:
    """Repair plain text line by line; pages are separated by form feeds.

    ``mode`` forces ``damaged`` or ``clean``; by default each page's text decides.
    Changes number pages from 1 and words from 0 within the page, in reading order.
    """
    pages = text.split("\f")
    modes = {number: mode or text_mode(page) for number, page in enumerate(pages, start=1)}
    fixed = _sound_pages_first(
        modes, lambda numbers, page_mode, evidence: [
            _repair_text_page(n, pages[n - 1], page_mode, evidence) for n in numbers],
        lambda page_text: page_text)
    return ("\f".join(fixed[n][0] for n in sorted(fixed)),
            tuple(c for n in sorted(fixed) for c in fixed[n][1]))


def _repair_text_page(number: int, page_text: str, mode: str,
                      evidence: Evidence) -> tuple[str, list[Change]]:
    """Page ``number`` of plain text repaired in ``mode``, and its changes."""
    changes: list[Change] = []
    lines = page_text.split("\n")
    spans = [[(m.start(), m.end()) for m in _WORD.finditer(line)] for line in lines]
    words = [[line[a:b] for a, b in row] for line, row in zip(lines, spans, strict=True)]
    if mode == CLEAN:
        changes += _join_text_words(number, spans, words)
    starts = [0]
    for ws in words:
        starts.append(starts[-1] + len(ws))
    # one paragraph per page: OCR text puts blank lines inside paragraphs, and
    # punctuation already cuts the context where a sentence ends
    rows = [i for i, row in enumerate(words) if row]
    found = list(repair_lines(decoder(), [words[i] for i in rows], [(0, len(rows))], mode,
                              evidence))
    for line, i, before, after, score, rule in found:
        changes.append(Change(number, starts[rows[line]] + i, before, after, score, rule))
        words[rows[line]][i] = after
    return "\n".join(_rebuild(line, row, ws) for line, row, ws
                     in zip(lines, spans, words, strict=True)), changes


def _join_text_words(number: int, spans: list[list[tuple[int, int]]],
                     words: list[list[str]]) -> list[Change]:
    """Join the syllables cut in two in the lines of a text page (``spans`` and ``words``
    changed in place: a merged word spans both and the gap between them)."""
    found = joiner()
    changes: list[Change] = []
    start = 0
    for row, ws in zip(spans, words, strict=True):
        for shift, (i, joined) in enumerate(found.joins(ws)):
            at = i - shift                   # the joins before it took a word each
            changes.append(Change(number, start + at, f"{ws[at]} {ws[at + 1]}", joined, 0.0,
                                  JOIN))
            row[at:at + 2] = [(row[at][0], row[at + 1][1])]
            ws[at:at + 2] = [joined]
        start += len(ws)
    return changes


def _rebuild(line: str, spans: list[tuple[int, int]], words: list[str]) -> str:
    """``line`` with each word replaced, the whitespace between words kept."""
    parts, last = [], 0
    for (a, b), word in zip(spans, words, strict=True):
        parts += [line[last:a], word]
        last = b
    parts.append(line[last:])
    return "".join(parts)


def format_changes(changes: Iterable[Change]) -> str:
    """One line per change, for ``magpipe repair --explain``."""
    rows = list(changes)
    lines = [f"{len(rows)} change(s)"]
    for c in rows:
        lines.append(f"page {c.page:>3} word {c.word:>5}  {c.before} -> {c.after}  "
                     f"[{c.rule}, +{c.score:.1f}]")
    return "\n".join(lines)
