"""Save the inputs of ``tests/test_split_photo_tags.py`` into ``tests/data/layouts-photo-tags/``.

Documents of the layout bench's ``beforeafter`` family (photos in then-and-now pairs, each
photo tagged on the picture, Vietnamese over English, ``XƯA`` / ``THEN``, ``NAY`` / ``NOW``,
one caption a pair), whole, with their truth as written:

* ``tags-top``: two articles, a pair under each head, the tags in the photos' top-left corners
  (beforeafter-1-digital);
* ``tags-run-on``: three pages, the text going on at the next page's head and pairs set
  across the page between the text's parts (beforeafter-2-digital);
* ``tags-page-turn``: a paragraph of each language cut at a page's foot, a second pair with
  its tags under the text of that page, going on at the next page's head (beforeafter-5-digital
  of seed 4600).

Usage: ``.venv/bin/python tools/beforeafter_test_data.py [NAME ...]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.test_pages import Saved, Truth, main  # noqa: E402

SAVED = (Saved("tags-top", "beforeafter-1-digital"),
         Saved("tags-run-on", "beforeafter-2-digital"),
         Saved("tags-page-turn", "beforeafter-5-digital", seed=4600))


if __name__ == "__main__":
    sys.exit(main(SAVED, "layouts-photo-tags", Truth.AS_WRITTEN))
