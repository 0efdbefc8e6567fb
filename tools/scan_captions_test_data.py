"""Save the inputs of ``tests/test_align_credit_slips.py``, ``tests/test_align_caption_heads.py``,
``tests/test_scan_caption_credit_reading.py``
and ``tests/test_align_lone_credits.py`` into ``tests/data/layouts-scan-captions/``.

Scanned pages of ``bench/bench_layouts.py`` documents whose captions OCR read apart (their
repair artifacts, the split stage's input, and their truth cut to the pages and the articles
printed on them). Captions whose two credits disagree:

* ``letter_en``: the English credit one letter off, both readings clean (``LA MAI`` /
  ``LA MAT``; ``sidenotes-1-scanned``, page 2);
* ``case_vi``: the Vietnamese credit misread in a word set in another case (``Thí DŨNG`` /
  ``TRI DUNG``; ``portrait-3-scanned``, page 2);
* ``junk_vi``: the Vietnamese credit misread with a dot inside the name (``MIẠNH.KIÊN`` /
  ``MANH KIEN``; ``filmstrip-1-scanned``, page 1);
* ``short_vi``: the Vietnamese credit's last word wrapped and given to the caption beside it
  (``TRÍ`` / ``TRI DUNG``; ``infographic-1-scanned``, page 1);
* ``short_en``: the English credit's last word wrapped to a line read as body text
  (``Phạm Hương`` / ``PHAM``; ``programme-3-scanned``, page 1).

* ``tone_vi``: the Vietnamese credit misread as a word no syllable spells without a mark
  (``LA MAT`` / ``LA MAI``; ``footstrip-2-scanned``, page 2);
* ``known_name``: both readings clean syllables (``TRÍ BŨNG`` / ``TRI DUNG``), the English
  one naming the photographer other captions of the document credit
  (``filmstrip-3-scanned``, pages 1 and 2).

* ``cut_slip``: the English credit cut short, its last word wrapped to a line read as body
  text, and the Vietnamese one misread in the word both read (``TRẺ DÙNG`` / ``TRI``), the
  page's other caption crediting ``TRÍ DŨNG`` / ``TRI DUNG`` (``feature-2-scanned``, page 2).

A caption whose credit OCR read a speck into: ``dust_credit``, a ``-`` a point across read
after the Vietnamese credit's first word, its last word wrapped under it (``Ảnh: TRÍ -`` /
``DŨNG``; ``interview-3-scanned``, page 2).

A caption whose credit lost the space after its label: ``glued_by``, the English caption
beside its photo, its credit wrapped after ``Photo`` and read ``byLAMAI``, the two lines taken
for a byline and a label (``flanking-3-scanned``, page 1).

A caption cut in two on a row: ``row_cut``, the English half's word ``within`` boxed by OCR
over the words after it, so its row read as two pieces and the rest of the half as a caption
block of its own; both credits read with a digit for a letter (``VŨ GI4NG`` / ``VU GIU4NG``;
``front-page-1-scanned``, page 1).

A caption whose first line was read apart as body text:

* ``overlapping_head``: a caption under a wide photo, its first line across the page and
  its second line in the first column, their OCR boxes overlapping
  (``digest-1-scanned``, page 2).

A caption whose credits OCR doubted and read late:

* ``doubted_credit``: each half with its credit flush right on the line under it, the
  Vietnamese credit's name read right at confidence 3 and read after the English half
  (``feature-1-scanned``, page 2).

Usage: ``.venv/bin/python tools/scan_captions_test_data.py [NAME ...]`` (after the bench has
run; it runs the bench on those families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("letter_en", "sidenotes-1-scanned", (2,)),
         Saved("case_vi", "portrait-3-scanned", (2,)),
         Saved("junk_vi", "filmstrip-1-scanned", (1,)),
         Saved("short_vi", "infographic-1-scanned", (1,)),
         Saved("short_en", "programme-3-scanned", (1,)),
         Saved("overlapping_head", "digest-1-scanned", (2,)),
         Saved("doubted_credit", "feature-1-scanned", (2,)),
         Saved("tone_vi", "footstrip-2-scanned", (2,)),
         Saved("known_name", "filmstrip-3-scanned", (1, 2)),
         Saved("dust_credit", "interview-3-scanned", (2,)),
         Saved("glued_by", "flanking-3-scanned", (1,)),
         Saved("row_cut", "front-page-1-scanned", (1,)),
         Saved("cut_slip", "feature-2-scanned", (2,)))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-scan-captions", Truth.PAGE_ARTICLES))
