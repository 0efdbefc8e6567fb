"""Save the inputs of ``tests/test_split_calendar.py`` into ``tests/data/layouts-calendar/``.

Documents of the ``calendar`` family of ``bench/bench_layouts.py`` (a culture and tourism
bulletin whose events calendar, a box across the page of dated entries in both languages,
stands between two articles and belongs to none; their repair artifacts, the split stage's
input, and their truth as written):

* ``framed-scan``: ``calendar-1-scanned``, the whole scan (two pages): the article on page 1,
  the framed calendar alone on page 2, its halves side by side (Vietnamese left, English
  right), its Vietnamese heading in capitals naming the months (``LỊCH SỰ KIỆN THÁNG 1 -
  THÁNG 2``), an English entry's last word (``district.``) read as a block of its own;
* ``tinted-scan``: ``calendar-2-scanned``, the whole scan (one page): the tinted calendar
  under the article, all the Vietnamese entries over all the English ones, the Vietnamese
  heading in capitals naming the months;
* ``midpage``: ``calendar-3-digital``, the whole file (one page): the framed calendar under
  the first article ends near the page's middle, the second article opens under a rule just
  below it, and the page number at the foot stands half a page under a calendar entry (a
  page that is not two pages printed one over the other).

Usage: ``.venv/bin/python tools/calendar_test_data.py [NAME ...]`` (after the bench has run;
it runs the bench on calendar first when its output is missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("framed-scan", "calendar-1-scanned"), Saved("tinted-scan", "calendar-2-scanned"),
         Saved("midpage", "calendar-3-digital"))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-calendar", Truth.AS_WRITTEN))
