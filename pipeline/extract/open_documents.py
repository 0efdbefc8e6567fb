"""The PDFs a process keeps open for extract's page jobs: the few it read last, each reused
while jobs come for it.

A batch's worker takes page jobs of more than one document in turn: the next document's
pages are handed out while one's are read (``batch.lookahead``), and document jobs come
between them. With only the last document kept open, a worker opened a PDF again for nearly
every page (measured on the scale bench's born-digital batch: 17 openings for 22 pages in the
two workers), and each opening costs the document's loading and its fonts' again (a
document's first page read ~3-4 ms more than its next ones, measured on the scale bench's
fixtures, against ~14 ms a page in all). Every use holds ``render.PDFIUM_LOCK``.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pypdfium2 as pdfium

# Documents kept open by a process: the two whose pages a batch hands out at once (the one
# read and the next, ``batch.lookahead.LOOKAHEAD`` = 1) and one more; the least recently used
# is closed past that, so the memory they hold (fonts, parsed objects) stays bounded.
KEPT = 3

Key = tuple[str, str | None, float]     # path, password, modification time


class OpenDocuments:
    """The PDFs open in this process, the most recently used last."""

    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self._open: OrderedDict[Key, pdfium.PdfDocument] = OrderedDict()

    def get(self, path: str, password: str | None) -> pdfium.PdfDocument:
        """The open document of ``path``, opened now if it is not open, or if the file
        changed since it was (another file's version is closed)."""
        key = (path, password, Path(path).stat().st_mtime)
        doc = self._open.get(key)
        if doc is not None:
            self._open.move_to_end(key)
            return doc
        self.close(path)
        doc = self._open[key] = pdfium.PdfDocument(path, password=password)
        while len(self._open) > self.kept:
            self._open.popitem(last=False)[1].close()
        return doc

    def close(self, path: str | None = None) -> None:
        """Close the documents of ``path``, or all of them."""
        for key in [k for k in self._open if path is None or k[0] == path]:
            self._open.pop(key).close()

    def __len__(self) -> int:
        return len(self._open)
