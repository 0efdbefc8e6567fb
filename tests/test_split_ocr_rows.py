"""OCR words of one row whose boxes run a point into each other (OCR read a letter twice where
two words meet) stay one line on a scan: ``feature-3-scanned`` saved as ``letter-twice``
(``tools/para_links_test_data.py``)."""

from __future__ import annotations

from magpipe.align import align
from magpipe.config import Config
from magpipe.eval.align_score import _same
from saved_links import split_saved, truth_of


def test_a_line_where_ocr_read_a_letter_twice_stays_one_line_in_its_paragraph():
    split = split_saved("letter-twice")
    en = [b for p in split.pages for b in p.blocks if b.text.startswith("At the")]
    assert len(en) == 1
    assert "and the French Embassy i in Viet Nam, as well as French partners, in recent years." \
        in en[0].text
    (vi, truth_en), = [(" ".join(link["vi"]), " ".join(link["en"]))
                       for a in truth_of("letter-twice")["articles"] for link in a["paragraphs"]
                       if " ".join(link["vi"]).startswith("Tại buổi làm việc, bà Phó")]
    assert any(_same(p.vi, vi, True) and _same(p.en, truth_en, True)
               for a in align(split, Config()).articles for p in a.paragraphs)
