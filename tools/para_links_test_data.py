"""Save the inputs of ``tests/test_align_para_links.py`` into ``tests/data/layouts-para-links/``.

Documents of the layout bench (``bench/bench_layouts.py``) whose paragraph links went wrong
where a paragraph broke at a column or page turn on one side only (their repair artifacts,
the split stage's input, and their truth as written):

* ``turn-split``: ``twoup-4-digital``, a handout printed two up; the Vietnamese paragraph
  ``Tham dự buổi Lễ …`` is whole while its English twin (``Attending the ceremony …``) broke
  where the half-page turns, and its translation runs well over ``paragraphs.RATIO`` English
  characters per Vietnamese one;
* ``intro-piece``: ``edgetab-3-digital``, the first piece of a Vietnamese paragraph broken
  at the page turn (``Bà Marcelle Torres Alves Okuno …``) read as the article's intro, its
  rest (``xuất một số hoạt động …``) as the next paragraph, the English twin whole;
* ``scan-turn``: ``keyed-3-scanned``, the English paragraph ``On the afternoon of December
  15, 2025 …`` broken at a column turn, OCR breaking the Vietnamese twin's date
  (``15/1 2/2025``), so the links of the first pass are less sure than a text layer's;
* ``contents-gutter``: page 1 of ``report-5-digital`` (truth cut to the page): a contents
  box whose Vietnamese entries' pages stand in the gutter, so the text layer reads them into
  the English column (``… COURTERY CALL 5 FROM THE U.S AMBASSADOR …``);
* ``listing-colon``: ``tetebeche-3-scanned``, whose OCR reads a colon into the Vietnamese
  sentence ``Tham gia Đoàn đại biểu có đồng chí …; đồng chí …`` at the end of a paragraph,
  which then read as a keywords line closing the article: the next column's text made a
  record of its own, without a title or a twin;
* ``gutter-line``: ``ratebox-2-scanned``, a line of the Vietnamese second column (``cũng đề
  xuất một số hoạt động``) whose OCR box ends a tenth of a point past the middle of the narrow
  gutter before the English columns, once read with them, after the page;
* ``dust-and-junk``: ``ratebox-1-scanned``, whose third column's last lines have a row of OCR
  junk under them (read off the rule over the rates box), once read as a region apart, its
  paragraph ``On the afternoon of December 15, 2025 …`` cut after its first line; and whose
  Vietnamese paragraph ``Chiều ngày 15/12/2025 …`` ends in a line (``Quốc.``) after which OCR
  read a dot of dust as ``ỷ`` at the column's edge, once run on into the next paragraph;
* ``interleaved-end``: ``interleaved-2-scanned``, whose last two paragraph twins (``Trong khuôn
  khổ …``, ``Within the framework …``) over the two bylines were once read as a bilingual list
  (furniture), and whose English paragraph ``Speaking at the meeting …`` ends in a stop OCR
  read as a comma, once linked to the English paragraph under the next Vietnamese one;
* ``foot-lines``: ``feature-2-scanned``, whose paragraphs ``Tham dự buổi tiếp …`` / ``Attending
  the meeting …`` start with two lines at page 1's foot under a photo, a region too short to
  measure its pitch, once cut after their first line;
* ``ragged-lead``: ``dogleg-1-scanned``, whose English lead ``On December 15, 2025 …`` is set
  ragged at a looser leading right over the justified first paragraph ``Ms. Tran Thanh Nhan
  …``, once read as one paragraph with it;
* ``clause-turn``: ``advertorial-3-scanned``, whose paragraphs ``Tham dự Hội đàm …`` /
  ``Attending the talks …`` break at a column's foot after ``Trung Quốc;`` and after ``Ms.``
  (its name at the next column's head), once read as two paragraphs each;
* ``comma-end``: ``interview-1-scanned``, whose English paragraph ``Attending the ceremony …``
  ends at page 2's head in a short line OCR read as ``enterprises,``, once run on into the
  next paragraph ``The investment project …``;
* ``junk-head``: ``report-2-scanned``, whose English paragraph ``Mr. Doan Thanh Son, Vice
  Chairman …`` breaks at page 4's foot and ends at page 5's head in a line OCR read as junk
  (``Iives oŸthe peoDlo.``), once run on into the next paragraph ``On this occasion, …``;
* ``block-gap``: ``overhead-2-scanned``, whose English paragraph ``At the meeting, Mr. Dinh
  Huu Hoc …`` ends in a justified line running full width (``… and others.``), the next one
  (``Ms. Marcelle Torres Alves Okuno, Honorary Consul …``) a few points lower, where OCR
  opened a block, its baseline jittered up: once read as one paragraph;
* ``block-no-stop``: ``front-page-3-scanned``, whose English paragraph ``Attending the
  delegation were …`` ends without a stop (``… and the Provincial Public Security``) in a
  ragged column, the next (``Mr. Doan Thanh Son, Vice …``) a few points lower in a new OCR
  block: once read as one paragraph;
* ``mark-below``: ``summary-3-scanned``, whose Vietnamese paragraph ``Phát biểu khai mạc, …``
  ends in a line of one word, ``hoạch.``, whose dot below set its baseline low: once cut
  from its paragraph as one of its own;
* ``letter-twice``: ``feature-3-scanned``, whose English paragraph ``At the meeting, the Vice
  Chairwoman …`` holds a line where OCR read a letter twice where two words meet (``the
  French Embassy i`` / ``in Viet Nam, …``, the two boxes a point into each other): once read
  as two lines in the wrong order and the paragraph cut apart;
* ``indented-lead``: ``interleaved-3-scanned``, whose English lead ``On December 15, 2025 …``,
  set on a measure held in ~5 pt from both edges of the text under its Vietnamese twin, was
  once read as a box among the column text (an aside) and its link lost.

Usage: ``.venv/bin/python tools/para_links_test_data.py [NAME ...]`` (after the bench has
run; it runs the bench on those families first when their output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("turn-split", "twoup-4-digital"), Saved("intro-piece", "edgetab-3-digital"),
         Saved("scan-turn", "keyed-3-scanned"), Saved("listing-colon", "tetebeche-3-scanned"),
         Saved("gutter-line", "ratebox-2-scanned"), Saved("dust-and-junk", "ratebox-1-scanned"),
         Saved("interleaved-end", "interleaved-2-scanned"),
         Saved("foot-lines", "feature-2-scanned"), Saved("ragged-lead", "dogleg-1-scanned"),
         Saved("clause-turn", "advertorial-3-scanned"), Saved("comma-end", "interview-1-scanned"),
         Saved("junk-head", "report-2-scanned"), Saved("block-gap", "overhead-2-scanned"),
         Saved("block-no-stop", "front-page-3-scanned"), Saved("mark-below", "summary-3-scanned"),
         Saved("letter-twice", "feature-3-scanned"),
         Saved("indented-lead", "interleaved-3-scanned"))
SAVED_PAGES = (Saved("contents-gutter", "report-5-digital", (1,)),)


if __name__ == "__main__":
    main(SAVED, "layouts-para-links", Truth.AS_WRITTEN)
    sys.exit(main(SAVED_PAGES, "layouts-para-links", Truth.PAGE_ARTICLES))
