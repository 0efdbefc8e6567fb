"""The repair stage: restore Vietnamese diacritics, page by page and line by line.

Entry functions only; the logic is in ``pipeline.diacritics`` and the data in
``pipeline.lexicon``. Pages flagged ``needs_repair`` (English-only OCR damage) are decoded
in the ``damaged`` mode; other text pages in the ``clean`` mode, which only restores what
the context clearly asks for (bold capitals without marks, tone slips) and leaves sound
Vietnamese and English alone. The document's own sound Vietnamese is extra evidence for
the language model. Words keep their boxes, count and order; only ``text`` changes, and
every change is recorded as a ``Change``.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from . import lexicon
from .artifacts.pages import Change, ExtractArtifact, Page, PageSource, RepairArtifact
from .config import Config
from .damage import score_text
from .diacritics import Decoder
from .lexicon.model import CLEAN, DAMAGED
from .lexicon.text_stats import stats_of

log = logging.getLogger(__name__)

REPAIRABLE = (PageSource.TEXT_LAYER, PageSource.OCR, PageSource.REOCR, PageSource.DAMAGED_TEXT)
_WORD = re.compile(r"\S+")


_ONE_DOCUMENT_AT_A_TIME = threading.Lock()


@functools.cache
def _decoder_for(model: lexicon.Model) -> Decoder:
    return Decoder(model)


def decoder() -> Decoder:
    """The decoder over the loaded lexicon (built once; its candidate cache is kept)."""
    return _decoder_for(lexicon.load())


def repair(artifact: ExtractArtifact, config: Config) -> RepairArtifact:
    """Repair the words of every text page; ``config.repair=False`` copies them unchanged."""
    if not config.repair:
        return RepairArtifact(doc=artifact.doc, pages=artifact.pages, changes=())
    pages: list[Page] = []
    changes: list[Change] = []
    sound = [p.text() for p in artifact.pages if p.source in REPAIRABLE and not p.needs_repair]
    # The decoder is shared by the process and holds one document's evidence at a time:
    # documents repaired from several threads (a Dask worker with nthreads > 1) take turns.
    with _ONE_DOCUMENT_AT_A_TIME, _document_evidence(sound):
        for page in artifact.pages:
            if page.source not in REPAIRABLE or not page.words:
                pages.append(page)
                continue
            mode = DAMAGED if page.needs_repair else CLEAN
            fixed, page_changes = _repair_page(page, mode)
            pages.append(fixed)
            changes += page_changes
    log.info("repair: %d change(s) on %d page(s)", len(changes), len(pages))
    return RepairArtifact(doc=artifact.doc, pages=tuple(pages), changes=tuple(changes))


@contextmanager
def _document_evidence(texts: list[str]) -> Iterator[None]:
    """While a document is repaired, its sound pages (``texts``) are evidence for the
    decoder: names and phrases the document repeats are read alike. Damaged pages give
    none (their marks are OCR noise: ``Quéc``)."""
    dec = decoder()
    stats = stats_of(texts)
    dec.set_evidence(stats.unigrams, stats.bigrams)
    try:
        yield
    finally:
        dec.set_evidence({}, {})


def _repair_page(page: Page, mode: str) -> tuple[Page, list[Change]]:
    words = list(page.words)
    changes: list[Change] = []
    base = 0
    dec = decoder()
    lines = [[w.text for w in line] for line in page.lines()]
    for number, line in enumerate(lines):
        for d in dec.decode(line, mode, _neighbours(lines, number)):
            index = base + d.index
            words[index] = replace(words[index], text=d.after)
            changes.append(Change(page.number, index, d.before, d.after, d.score, d.rule))
        base += len(line)
    return replace(page, words=tuple(words)), changes


def text_mode(text: str) -> str:
    """``damaged`` when the text reads like Vietnamese that lost its marks, else ``clean``."""
    return DAMAGED if score_text(text).damaged else CLEAN


def repair_text(text: str, mode: str | None = None) -> tuple[str, tuple[Change, ...]]:
    """Repair plain text line by line; pages are separated by form feeds.

    ``mode`` forces ``damaged`` or ``clean``; by default each page's text decides.
    Changes number pages from 1 and words from 0 within the page, in reading order.
    """
    pages = text.split("\f")
    modes = [mode or text_mode(page) for page in pages]
    with _document_evidence([p for p, m in zip(pages, modes, strict=True) if m == CLEAN]):
        return _repair_text(pages, modes)


def _repair_text(pages: list[str], modes: list[str]) -> tuple[str, tuple[Change, ...]]:
    dec = decoder()
    out_pages: list[str] = []
    changes: list[Change] = []
    for number, (page_text, page_mode) in enumerate(zip(pages, modes, strict=True), start=1):
        out_lines: list[str] = []
        base = 0
        lines = page_text.split("\n")
        all_words = [line.split() for line in lines]
        for row, line in enumerate(lines):
            spans = [(m.start(), m.end()) for m in _WORD.finditer(line)]
            words = [line[a:b] for a, b in spans]
            decisions = (dec.decode(words, page_mode, _neighbours(all_words, row))
                         if words else [])
            for d in decisions:
                changes.append(Change(number, base + d.index, d.before, d.after, d.score, d.rule))
                words[d.index] = d.after
            out_lines.append(_rebuild(line, spans, words))
            base += len(spans)
        out_pages.append("\n".join(out_lines))
    return "\f".join(out_pages), tuple(changes)


def _neighbours(lines: list[list[str]], number: int) -> list[str]:
    """The words of the nearest non-empty line before and after line ``number``."""
    out: list[str] = []
    for step in (-1, 1):
        i = number + step
        while 0 <= i < len(lines) and not lines[i]:
            i += step
        if 0 <= i < len(lines):
            out += lines[i]
    return out


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
