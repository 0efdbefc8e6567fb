"""Save the inputs of ``tests/test_split_ruled_rows.py`` into ``tests/data/layouts-qatable/``.

Two ``qatable`` benchmark documents (``bench/bench_layouts.py``, which this script runs first
for that family if its output is missing), their repair artifacts (the split stage's input)
and their truth: ``tables``, questions and answers set as a ruled table, the Vietnamese table
whole and then the English one, the second article's first row alone at the foot of page 1
with no rule under it (qatable-1-digital); ``rows``, each Vietnamese row followed by its
English row on a light tint (qatable-2-digital); ``scanned``, a scanned copy of the tables
order, its cells told by their levels alone (no drawing reaches the split stage of a scan),
a rule OCR read as marks (``= =``, ``|``) beside two of them (qatable-3-scanned);
``scanned-rows``, a scanned copy of the rows order whose English row's question and answer
OCR read as one line across the rule, read as a bar between them (qatable-2-scanned).

Usage: ``.venv/bin/python tools/qatable_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("tables", "qatable-1-digital"), Saved("rows", "qatable-2-digital"),
         Saved("scanned", "qatable-3-scanned"), Saved("scanned-rows", "qatable-2-scanned"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-qatable", Truth.AS_WRITTEN))
