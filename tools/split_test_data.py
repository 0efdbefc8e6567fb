"""Save the inputs of ``tests/test_split_families.py`` into ``tests/data/layouts-split/``.

For each development layout family (``fixtures/layouts.py``): the repair artifact of its first
born-digital benchmark document (the split stage's input) and that document's truth; for the
families in ``SCANNED``, also those of the first scanned copy (OCR words); for the documents
of ``DOCS``, those documents under the names given there (a report whose sections carry
footnotes; more documents of the interview and English-first families). A paged artifact
(one file per page) is saved as one file. They come from ``bench/bench_layouts.py``
(generated with its seed and run through the real pipeline), which this script runs first if
its output is missing.

Usage: ``.venv/bin/python tools/split_test_data.py [NAME ...]`` (only the saved files of
those names, e.g. ``trifold trifold-scanned``: the others stay as they were saved).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT))

import layouts  # noqa: E402

from tools.test_pages import Saved, Truth, main  # noqa: E402

SCANNED = ("furniture", "journal", "newsletter", "greeting", "report", "trifold",
           "briefs")   # notes
# and pull quotes, capitals titles and leads in narrow columns, signatures and footnotes, a
# leaflet's small type and captions whose credit lost its colon, a briefs page's masthead and
# headlines, as OCR reads them
# saved name -> bench document, where a family's first document lacks what a test needs
# (a trifold whose two captions lost the colon of their credit, and whose contact box OCR cut
# into pieces; briefs run down three columns, English headlines in italics, a calendar)
DOCS = {"report": "report-2-digital", "trifold-scanned": "trifold-2-scanned",
        # interviews: speaker labels in rows, a byline beside the portrait, a title whose last
        # line stands apart (5); labels in pairs run on in one column (4); questions told by
        # their weight alone (3); labels as OCR reads them (scanned 2); a kicker read as a
        # title, the title cut into pieces side by side (scanned 1)
        "interview": "interview-5-digital", "interview-pairs": "interview-4-digital",
        "interview-unlabelled": "interview-3-digital", "interview-scanned": "interview-2-scanned",
        "interview-kicker": "interview-1-scanned",
        # English first: a translation set smaller, on its own pages and run on after
        # ``BẢN TIẾNG VIỆT`` (2), a translation page holding little text and the imprint box
        # (1); the label and the title OCR read as one block (scanned 3), an imprint box
        # as OCR cut it (scanned 2)
        "english-first": "english-first-2-digital",
        "english-first-facing": "english-first-1-digital",
        "english-first-scanned": "english-first-3-scanned",
        "english-first-imprint": "english-first-2-scanned",
        # a face whose word boxes stand ~1.6x its size, a caption spanning two columns (3)
        "english-first-columns": "english-first-3-digital",
        "briefs": "briefs-4-digital",
        # a greeting whose display title's marks OCR read again as a line of specks, one of
        # them inside the title (scanned 3; the first scanned copy is ``greeting-scanned``)
        "greeting-marks": "greeting-3-scanned",
        # two facing pages on one landscape sheet (``spread``, saved as ``spread``: its first
        # document, the English page's intro over a photo that fills one of its columns):
        # photos across the fold at the columns' top, a caption whose credit has no colon
        # (2); a scan whose dark fold parts a title's line set across both pages (scanned 1)
        "spread-columns": "spread-2-digital", "spread-scanned": "spread-1-scanned"}


def saved() -> list[Saved]:
    """Every development family's first born-digital document (its first scanned copy for
    the families of ``SCANNED``), a document of ``DOCS`` in its place or beside it."""
    families = [f for f in layouts.FAMILIES if f not in layouts.HELD_OUT]
    names = {f"{f}-1-digital": f for f in families}
    names.update({f"{f}-1-scanned": f"{f}-scanned" for f in SCANNED if f in families})
    names = {DOCS.get(saved, name): saved for name, saved in names.items()}
    names.update({doc: saved for saved, doc in DOCS.items() if saved not in names.values()})
    return [Saved(name, doc) for doc, name in names.items()]


if __name__ == "__main__":
    sys.exit(main(saved(), "layouts-split", Truth.AS_WRITTEN))
