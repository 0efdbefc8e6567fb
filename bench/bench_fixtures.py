"""How readable the generated fixtures are: Tesseract ``vie+eng`` on the scanned pages against
the truth, and how damaged the English-only OCR text layer is.

Run: ``.venv/bin/python bench/bench_fixtures.py`` (about a minute on 2 cores: it OCRs the six
scanned pages, two at a time). Prints one figure per line.

* ``fixtures.scanned_word_recall.pN``: share of the page's truth words (NFC, whitespace
  split, in order) that the OCR text reproduces exactly (longest common subsequence).
* ``fixtures.scanned_word_recall_any_order.all``: the same ignoring word order (multiset
  intersection), so Tesseract's own reading order does not count against the scan.
* ``fixtures.scanned_vi_word_recall``: the same over the Vietnamese blocks of all pages.
* ``fixtures.damaged_textlayer.vi_marks_kept``: Vietnamese marks (breve, circumflex, horn,
  đ, tone marks) in the eng-only text layer per mark in the clean truth of its page.
"""

from __future__ import annotations

import difflib
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pdfplumber
import pytesseract
from PIL import Image
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
TARGET_RECALL = 0.95
VI_MARKS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")


def words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def recall(truth: list[str], found: list[str]) -> tuple[int, int]:
    matcher = difflib.SequenceMatcher(None, truth, found, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()), len(truth)


def ocr_page(jpeg: bytes) -> str:
    return pytesseract.image_to_string(Image.open(io.BytesIO(jpeg)), lang="vie+eng")


def marks(text: str) -> int:
    return len(VI_MARKS.findall(unicodedata.normalize("NFD", text)))


def main() -> int:
    truth = json.loads((FIXTURES / "bulletin-scanned.truth.json").read_text(encoding="utf-8"))
    jpegs = [page.images[0].data for page in PdfReader(FIXTURES / "bulletin-scanned.pdf").pages]
    with ProcessPoolExecutor(max_workers=2) as pool:
        texts = list(pool.map(ocr_page, jpegs))
    total_hit = total = vi_hit = vi_total = bag_hit = 0
    for page, text in zip(truth["pages"], texts, strict=True):
        found = words(text)
        hit, n = recall([w for b in page["blocks"] for w in words(b["text"])], found)
        total_hit, total = total_hit + hit, total + n
        truth_bag = Counter(w for b in page["blocks"] for w in words(b["text"]))
        bag_hit += sum((truth_bag & Counter(found)).values())
        vh, vn = recall([w for b in page["blocks"] if b["lang"] == "vi"
                         for w in words(b["text"])], found)
        vi_hit, vi_total = vi_hit + vh, vi_total + vn
        print(f"fixtures.scanned_word_recall.p{page['number']}  {100 * hit / n:.1f}%  "
              f"(target >= {100 * TARGET_RECALL:.0f}%)")
    print(f"fixtures.scanned_word_recall.all  {100 * total_hit / total:.1f}%  "
          f"(target >= {100 * TARGET_RECALL:.0f}%)")
    print(f"fixtures.scanned_word_recall_any_order.all  {100 * bag_hit / total:.1f}%  "
          f"(target >= {100 * TARGET_RECALL:.0f}%)")
    print(f"fixtures.scanned_vi_word_recall  {100 * vi_hit / vi_total:.1f}%  "
          f"(target >= {100 * TARGET_RECALL:.0f}%)")

    damaged = json.loads((FIXTURES / "damaged-textlayer.truth.json").read_text(encoding="utf-8"))
    clean_vi = " ".join(b["text"] for b in damaged["pages"][0]["blocks"] if b["lang"] == "vi")
    with pdfplumber.open(FIXTURES / "damaged-textlayer.pdf") as pdf:
        layer = pdf.pages[0].extract_text() or ""
    kept = marks(layer) / max(1, marks(clean_vi))
    print(f"fixtures.damaged_textlayer.vi_marks_kept  {100 * kept:.1f}%  (expected <= 20%: "
          "English-only OCR loses them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
