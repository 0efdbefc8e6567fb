"""Save the inputs of ``tests/test_split_seeds.py`` into ``tests/data/layouts-seeds/``.

Pages of development families' documents drawn from another seed than the layout bench's own
(``bench/bench_layouts.py --seed 4100``, ``--seed 4200``, ``--seed 4300``, ``--seed 4500``
and ``--seed 4600``): draws no rule was written against, on which a rule that fitted the bench's
own draws failed:

* ``letters-long-subject``: the first page of ``letters-1-digital`` of seed 4100 (a press
  release whose subject wraps to two lines nearly as wide as its column: centred, but less
  than two body sizes in from the column's edges);
* ``quartet-tall-page``: the first page of ``quartet-2-digital`` of seed 4100 (a sheet 1,219
  points high: the Vietnamese title over the columns lies inside the top 6% of the page,
  where the role rules take short text for a running head);
* ``newsletter-caption-over-columns``: page 7 of ``newsletter-3-digital`` of seed 4100 (a
  photo's caption of two ragged lines set across three narrow columns, touching their first
  row: its longest line ends a word short of the columns' right edge);
* ``cover-caption-beside-photo``: page 5 of ``cover-4-digital`` of seed 4100 (a photo's
  caption set beside it in Vietnamese, then English, as narrow as wrapped text, ending a
  little over a full line of the column under it);
* ``newsletter-column-beside-photo``: page 3 of ``newsletter-3-digital`` of seed 4200 (a lead
  across the page over a photo filling the left column, the right column's text beside it:
  the lead's last full line runs on in no sentence end, but its short last line stands
  between it and the column);
* ``interview-narrow-gutter``: ``interview-3-digital`` of seed 4200, whole (the body's size
  is the document's; page 4: a face whose boxes stand 1.6x its size, the 11-point gutter
  under 0.75 box heights wide);
* ``english-first-smaller-translation``: ``english-first-1-digital`` of seed 4200, whole (its
  two body sizes are the document's; page 1: the Vietnamese column set smaller than the
  English one beside it, both right under a photo across the page);
* ``english-first-imprint-under-translation``: ``english-first-2-digital`` of seed 4200,
  whole (page 2: the review's imprint box under the Vietnamese column's byline, the column
  set smaller than the body, the box smaller still);
* ``front-page-module-under-jump-lines``: the first page of ``front-page-1-digital`` of seed
  4100 (a story across four of six columns under two stories ending in jump lines set large
  and bold, its columns reaching under the right-hand story's);
* ``front-page-titles-under-nameplate``: the first page of ``front-page-4-digital`` of seed
  4200 (two stories' titles of three lines right under the nameplate's band, a photo under
  them: the white under the photo lay within the band's depth);
* ``briefs-masthead-over-run-on-column``: the first page of ``briefs-5-digital`` of seed 4200
  (a page of briefs whose masthead's English name and issue line stand right over the top of
  a column whose text runs on, in lower case, from the column before);
* ``dogleg-framed-inset-across-columns``: the first page of ``dogleg-4-digital`` of seed 4300
  (a framed story across all three columns under the lead's headline, the lead's text under
  the frame in the same columns);
* ``front-page-line-at-column-foot``: the first page of ``front-page-5-digital`` of seed 4300
  (a paragraph's first line, ``Mr. Hoang Quoc Khanh,``, alone at a column's foot in the
  page's bottom band);
* ``gallery-lead-under-band``: the first two pages of ``gallery-2-digital`` of seed 4300 (a story's
  titles centred under the gallery's band, its lead set larger than the titles);
* ``notices-columns-round-callout``: the first page of ``notices-2-digital`` of seed 4300
  (a hotline call-out across two of three columns, the English text above it in the third
  column running on under it);
* ``quartet-title-short-second-line``: ``quartet-1-digital`` of seed 4500, whole (page 2: each
  language's title of two lines over its two columns, the second line short, inside the first
  column: the first line, read alone, and its twin made a section band; the running heads
  are told from the document's three pages);
* ``quartet-title-across-fold``: page 3 of ``quartet-3-digital`` of seed 4500 (a sheet read
  as two facing pages; the Vietnamese title's first line runs across the fold, its short
  second line lies on the left page);
* ``report-heading-level-with-paragraph-gap``: page 5 of ``report-4-digital`` of seed 4500
  (an English page of two columns; a numbered heading in capitals opens the first column
  level with a paragraph gap of the second);
* ``trifold-byline-level-with-paragraph-gap``: page 2 of ``trifold-1-digital`` of seed 4300
  (a byline in capitals at a panel's foot, level with a paragraph gap in the next panel);
* ``runin-level-items-justified-title``: the first page of ``runin-5-digital`` of seed 4200
  (a round-up's items starting level in four columns, two a language; the English title's
  justified capitals fall into pieces a word long);
* ``quartet-ragged-intro-run-on``: the first page of ``quartet-5-digital`` of seed 4500 (a
  ragged intro at a looser leading than the body runs on for two lines at the head of the
  next column, over the justified body);
* ``overhead-captions-over-halves``: page 3 of ``overhead-2-digital`` of seed 4200 (a caption
  over each half's photo, its credit set at the right of its short lines, under titles of
  two lines each: the row of captions, alone above the photos' white, across both halves);
* ``dogleg-title-short-of-column-edge``: the first page of ``dogleg-3-digital`` of seed 4600
  (the second story's titles set across the first two of four columns, stopping a little
  short of the second column's right edge);
* ``greeting-caption-beside-message``: the first page of ``greeting-3-digital`` of seed 4100
  (the signer's portrait in a side column, its caption of two lines set smaller than the
  message beside it, level with the message's lines);
* ``greeting-short-paragraphs``: page 2 of ``greeting-4-digital`` of seed 4500 (an English
  message of a salutation, paragraphs of two lines and a closing wish: as many steps across
  paragraph gaps as between lines);
* ``notices-band-past-narrow-column``: the first page of ``notices-5-digital`` of seed 4200
  (a section band over three narrow columns on a sheet 737 points wide: its English half,
  flush right, starts left of its column's text);
* ``notices-band-in-narrow-column``: the first page of ``notices-1-digital`` of seed 4100
  (the same band's English half starting 2.8 body sizes inside its column);
* ``feature-columns-beside-round-photo``: page 4 of ``feature-5-digital`` of seed 4300 (two
  narrow columns of the same type beside a round photo, read as one region: each column's
  rows half a leading below the other's);
* ``classifieds-run-on-over-adverts``: page 2 of ``classifieds-3-digital`` of seed 4100 (an
  English story's run-on at the page's head, in two columns of the story's grid straddling
  the columns of the adverts' band under it);
* ``classifieds-italic-lead-end-level``: ``classifieds-1-digital`` of seed 4300, whole (page
  1: an italic lead set larger than the page's body, its last line alone at the head of
  the next column, level with the lead's first line);
* ``programme-sponsors-line-under-twin``: page 3 of ``programme-2-digital`` of seed 4500
  (``SPONSORS: Bien Mau Bank ...`` set right under ``ĐƠN VỊ TÀI TRỢ: Ngân hàng Biên Mậu
  ...``, read as one block);
* ``crossword-answers-under-twin``: the first page of ``crossword-1-digital`` of seed 4900
  (``Last issue's answers: 1. LANG SON; ...`` under its Vietnamese twin, cut from it as its
  English twin, over the English clues);
* ``scrapbook-card-credit-line``: page 3 of ``scrapbook-5-digital`` of seed 4900 (a card
  turned a few degrees, its Vietnamese caption's last line ``- MAI THU``, whose dash stands
  off the line's slope);
* ``scrapbook-credit-name-at-line-end``: page 2 of ``scrapbook-3-digital`` of seed 4300 (a
  turned card's Vietnamese credit ``Ảnh: Phạm Hương`` at a line's end, the English caption
  opening ``The Lang Son`` on the next line);
* ``keyed-credit-name-wrapped``: page 2 of ``keyed-2-digital`` of seed 4700 (a numbered key of
  captions beside a photo, one English credit's name broken over two lines: ``Photo by
  KHANH`` / ``LY``);
* ``wrapround-name-line-beside-photo``: page 2 of ``wrapround-4-digital`` of seed 5300 (a
  photo at the head of a column, under the titles, the Vietnamese text wrapped beside it;
  one of its narrow lines holds only a name, ``Mar- celle Torres Alves Okuno``, which
  reads as English);
* ``wrapround-text-on-under-caption``: the first page of ``wrapround-3-digital`` of seed
  5300 (the English text wrapped beside a photo runs on under its caption, set smaller,
  in a short last line);
* ``interview-byline-name-twice``: the first page of ``interview-4-digital`` of seed 5300
  (the byline in capitals flush right under the titles, the name on two lines, ``KHỔNG
  NGHĨA`` / ``KHONG NGHIA``, at the body's size);
* ``runin-title-row-over-margin``: the first page of ``runin-3-digital`` of seed 5500 (a
  round-up's first item opens right under the running heads: the first row of its titles,
  both languages, ends 1.8 points over the page's furniture margin line and the next row
  starts 2.9 points under that);
* ``stacked-modules-round-photo-band``: page 3 of ``stacked-5-digital`` of seed 5500 (the
  Vietnamese story's two columns over a photo across the page, the English story's three
  columns under it: each English column shares 0.65 of a Vietnamese column's range).

Usage: ``.venv/bin/python tools/seeds_test_data.py`` (runs the bench on the seed's family
first if its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("letters-long-subject", "letters-1-digital", (1,), seed=4100),
         Saved("quartet-tall-page", "quartet-2-digital", (1,), seed=4100),
         Saved("newsletter-caption-over-columns", "newsletter-3-digital", (7,), seed=4100),
         Saved("cover-caption-beside-photo", "cover-4-digital", (5,), seed=4100),
         Saved("newsletter-column-beside-photo", "newsletter-3-digital", (3,), seed=4200),
         Saved("interview-narrow-gutter", "interview-3-digital", seed=4200),
         Saved("english-first-smaller-translation", "english-first-1-digital", seed=4200),
         Saved("english-first-imprint-under-translation", "english-first-2-digital",
               seed=4200),
         Saved("front-page-module-under-jump-lines", "front-page-1-digital", (1,), seed=4100),
         Saved("front-page-titles-under-nameplate", "front-page-4-digital", (1,), seed=4200),
         Saved("dogleg-framed-inset-across-columns", "dogleg-4-digital", (1,), seed=4300),
         Saved("front-page-line-at-column-foot", "front-page-5-digital", (1,), seed=4300),
         Saved("gallery-lead-under-band", "gallery-2-digital", (1, 2), seed=4300),
         Saved("notices-columns-round-callout", "notices-2-digital", (1,), seed=4300),
         Saved("quartet-title-short-second-line", "quartet-1-digital", seed=4500),
         Saved("quartet-title-across-fold", "quartet-3-digital", (3,), seed=4500),
         Saved("report-heading-level-with-paragraph-gap", "report-4-digital", (5,), seed=4500),
         Saved("trifold-byline-level-with-paragraph-gap", "trifold-1-digital", (2,),
               seed=4300),
         Saved("runin-level-items-justified-title", "runin-5-digital", (1,), seed=4200),
         Saved("quartet-ragged-intro-run-on", "quartet-5-digital", (1,), seed=4500),
         Saved("overhead-captions-over-halves", "overhead-2-digital", (3,), seed=4200),
         Saved("dogleg-title-short-of-column-edge", "dogleg-3-digital", (1,), seed=4600),
         Saved("briefs-masthead-over-run-on-column", "briefs-5-digital", (1,), seed=4200),
         Saved("greeting-caption-beside-message", "greeting-3-digital", (1,), seed=4100),
         Saved("greeting-short-paragraphs", "greeting-4-digital", (2,), seed=4500),
         Saved("notices-band-past-narrow-column", "notices-5-digital", (1,), seed=4200),
         Saved("notices-band-in-narrow-column", "notices-1-digital", (1,), seed=4100),
         Saved("feature-columns-beside-round-photo", "feature-5-digital", (4,), seed=4300),
         Saved("classifieds-run-on-over-adverts", "classifieds-3-digital", (2,), seed=4100),
         Saved("classifieds-italic-lead-end-level", "classifieds-1-digital", seed=4300),
         Saved("programme-sponsors-line-under-twin", "programme-2-digital", (3,), seed=4500),
         Saved("crossword-answers-under-twin", "crossword-1-digital", (1,), seed=4900),
         Saved("scrapbook-card-credit-line", "scrapbook-5-digital", (3,), seed=4900),
         Saved("scrapbook-credit-name-at-line-end", "scrapbook-3-digital", (2,), seed=4300),
         Saved("keyed-credit-name-wrapped", "keyed-2-digital", (2,), seed=4700),
         Saved("wrapround-name-line-beside-photo", "wrapround-4-digital", (2,), seed=5300),
         Saved("wrapround-text-on-under-caption", "wrapround-3-digital", (1,), seed=5300),
         Saved("interview-byline-name-twice", "interview-4-digital", (1,), seed=5300),
         Saved("runin-title-row-over-margin", "runin-3-digital", (1,), seed=5500),
         Saved("stacked-modules-round-photo-band", "stacked-5-digital", (3,), seed=5500))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-seeds", Truth.EVERY_ARTICLE))
