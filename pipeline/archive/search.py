"""The search index: SQLite FTS5 over every segment of every document of a run.

Search ignores case and diacritics: FTS5's ``unicode61`` tokenizer with
``remove_diacritics 2`` folds the Vietnamese tone and vowel marks, but not ``đ``
(a letter of its own in Unicode, not a ``d`` with a mark), so both the indexed text
and the query go through :func:`fold` first. Hits are ranked by BM25.

The index lives in ``DIR/search.sqlite``; :func:`update_index` reindexes only the
documents whose ``align.json`` changed and drops those that are gone.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from magpipe.archive.corpus import Segment, article_segments, one_line
from magpipe.archive.outputs import ALIGN, document_dirs
from magpipe.artifacts.records import Article
from magpipe.artifacts.streamed import iter_articles
from magpipe.errors import OutputError, UsageError
from magpipe.files import sha256_file
from magpipe.text.folding import barred_d_folded

log = logging.getLogger(__name__)

INDEX_NAME = "search.sqlite"
SCHEMA_VERSION = 1
TOKENIZER = "unicode61 remove_diacritics 2"
SNIPPET_CHARS = 160          # characters of context shown around the first hit
_OPEN, _CLOSE = "\x02", "\x03"   # hit markers from FTS5 highlight(), never in real text
_TOKEN = re.compile(r"\w+")


def fts_query(query: str) -> str:
    """An FTS5 query matching every word of ``query`` (quoted, so no operator syntax)."""
    words = _TOKEN.findall(barred_d_folded(query))
    if not words:
        raise UsageError(f"the search '{query}' has no words to look for")
    return " ".join(f'"{w}"' for w in words)


@dataclass(frozen=True)
class Hit:
    doc: str
    page: int
    article: str
    kind: str
    vi: str          # snippet, hits between [ and ]
    en: str
    score: float     # BM25 (lower is better, as SQLite gives it)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise OutputError(f"cannot open the search index ({exc})", path=str(path)) from exc
    db.executescript(f"""
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE IF NOT EXISTS docs(name TEXT PRIMARY KEY, align_sha256 TEXT);
        CREATE VIRTUAL TABLE IF NOT EXISTS segments USING fts5(
            vi_folded, en_folded, vi UNINDEXED, en UNINDEXED, doc UNINDEXED,
            page UNINDEXED, article UNINDEXED, kind UNINDEXED, tokenize="{TOKENIZER}");
    """)
    found = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
    if found is None:
        db.execute("INSERT INTO meta VALUES('version', ?)", (str(SCHEMA_VERSION),))
    elif found[0] != str(SCHEMA_VERSION):
        db.close()
        raise UsageError(f"search index of another magpipe version ({found[0]}); delete it and "
                         f"run `magpipe index` again", path=str(path))
    return db


def _insert(db: sqlite3.Connection, found: Iterable[Segment]) -> int:
    """Index ``found`` as it comes (a row at a time, never the document's rows at once)."""
    count = 0

    def rows() -> Iterator[tuple]:
        nonlocal count
        for s in found:
            count += 1
            vi, en = one_line(s.vi or ""), one_line(s.en or "")
            yield (barred_d_folded(vi), barred_d_folded(en), vi, en, s.doc, s.page, s.article,
                   s.kind)
    db.executemany("INSERT INTO segments VALUES (?,?,?,?,?,?,?,?)", rows())
    return count


class IndexWriter:
    """The index of ``out_dir`` brought up to date in one transaction, a document at a time:
    a run indexes each document as its job ends (``batch.run_outputs``), while the workers
    make the later ones, and :meth:`finish` then does the rest (documents gone, and those
    this run did not make), committing all at once; closed without :meth:`finish`, the
    index is left as it was."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / INDEX_NAME
        self.changed = 0                  # documents reindexed
        self._seen: set[str] = set()      # folders this writer has checked (their digests read)
        with self._errors():
            self._db: sqlite3.Connection | None = _connect(self.path)
            try:
                self._known = dict(self._db.execute("SELECT name, align_sha256 FROM docs"))
            except sqlite3.Error:
                self.close()
                raise

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write the search index ({exc})",
                              path=str(self.path)) from exc

    def document(self, folder: Path, each: Callable[[Article], object] | None = None) -> bool:
        """Index the document of ``folder`` unless its align artifact is indexed as it is;
        whether it was (and its articles read). ``each`` is handed every article read, in
        order, before its segments are indexed: the caller's other use of the articles
        (``articles.jsonl``) made from the same reading of the file."""
        assert self._db is not None, "the index writer is closed"
        digest = sha256_file(folder / ALIGN)
        self._seen.add(folder.name)
        if self._known.get(folder.name) == digest:
            return False
        with self._errors():
            self._db.execute("DELETE FROM segments WHERE doc=?", (folder.name,))
            # An article at a time (``iter_articles``), never the document whole; under
            # the folder name, not doc.name: the index must match the folder it came from
            rows = _insert(self._db, (s for a in _handed(iter_articles(folder / ALIGN), each)
                                      for s in article_segments(folder.name, a)))
            self._db.execute("INSERT OR REPLACE INTO docs VALUES (?,?)", (folder.name, digest))
        self._known[folder.name] = digest
        log.info("search index: %s reindexed, %d segments", folder.name, rows)
        self.changed += 1
        return True

    def finish(self) -> tuple[int, int]:
        """Every document folder of ``out_dir`` indexed, those gone dropped, all committed
        and the writer closed: (documents reindexed by this writer, documents indexed)."""
        assert self._db is not None, "the index writer is closed"
        folders = document_dirs(self.out_dir)
        present = {f.name for f in folders}
        with self._errors():
            for gone in set(self._known) - present:
                log.info("search index: %s is gone from %s, dropped", gone, self.out_dir)
                self._db.execute("DELETE FROM segments WHERE doc=?", (gone,))
                self._db.execute("DELETE FROM docs WHERE name=?", (gone,))
            for folder in folders:
                if folder.name not in self._seen:   # those a run took in as they ended are
                    self.document(folder)           # not read and hashed a second time
            self._db.commit()
        self.close()
        return self.changed, len(folders)

    def close(self) -> None:
        """Closed; what was not committed (no :meth:`finish`) is rolled back."""
        if self._db is not None:
            self._db.close()
            self._db = None


def _handed(articles: Iterator[Article], each: Callable[[Article], object] | None
            ) -> Iterator[Article]:
    """``articles``, each handed to ``each`` (when given) as it passes."""
    for article in articles:
        if each is not None:
            each(article)
        yield article


def update_index(out_dir: Path) -> tuple[int, int]:
    """Bring ``out_dir/search.sqlite`` up to date: (documents reindexed, documents indexed)."""
    document_dirs(out_dir)            # no such folder: that error, before any index is made
    writer = IndexWriter(out_dir)
    try:
        return writer.finish()
    finally:
        writer.close()


def snippet(original: str, marked_folded: str, width: int = SNIPPET_CHARS) -> str:
    """The part of ``original`` around its first hit, hits in brackets.

    ``marked_folded`` is the folded text with FTS5 hit markers; folding keeps one code
    point for one, so the marker offsets carry over to the original text.
    """
    spans, plain, start = [], 0, None
    for ch in marked_folded:
        if ch == _OPEN:
            start = plain
        elif ch == _CLOSE and start is not None:
            spans.append((start, plain))
            start = None
        else:
            plain += 1
    if not spans:
        return original[:width] + ("…" if len(original) > width else "")
    lo = max(0, spans[0][0] - width // 3)
    hi = min(len(original), lo + width)
    out, pos = [], lo
    for a, b in spans:
        if a < lo or b > hi:
            continue
        out += [original[pos:a], "[", original[a:b], "]"]
        pos = b
    out.append(original[pos:hi])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(original) else "")


def search(out_dir: Path, query: str, limit: int = 10) -> list[Hit]:
    """The best ``limit`` segments matching every word of ``query``, best first; equal
    scores (copies of one document) by document name, then in reading order, whatever
    order the documents were indexed in (a run indexes them as their jobs end)."""
    path = Path(out_dir) / INDEX_NAME
    if not path.is_file():
        raise UsageError("no search index here; run `magpipe index DIR` first", path=str(out_dir))
    db = _connect(path)
    try:
        rows = db.execute(
            f"SELECT doc, page, article, kind, vi, en, "
            f"highlight(segments, 0, '{_OPEN}', '{_CLOSE}'), "
            f"highlight(segments, 1, '{_OPEN}', '{_CLOSE}'), bm25(segments) "
            f"FROM segments WHERE segments MATCH ? ORDER BY bm25(segments), doc, rowid LIMIT ?",
            (fts_query(query), limit)).fetchall()
    finally:
        db.close()
    return [Hit(doc, int(page), article, kind, snippet(vi, vi_m), snippet(en, en_m), score)
            for doc, page, article, kind, vi, en, vi_m, en_m, score in rows]


def format_hits(hits: list[Hit]) -> str:
    if not hits:
        return "no match\n"
    lines = []
    for h in hits:
        lines.append(f"{h.doc}  p. {h.page}  {h.article}  ({h.kind}, bm25 {h.score:.2f})")
        lines.append(f"  vi: {h.vi or '—'}")
        lines.append(f"  en: {h.en or '—'}")
    return "\n".join(lines) + "\n"
