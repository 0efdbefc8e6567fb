"""The twenty-second round's layout families (``fixtures/layouts_twentysecond.py``): each
family's defining feature is there (each language's text wrapping round a tall photo in its
half: across above it, narrow beside it, across under it; a grid of photos captioned once per
language by one numbered list in the grid's order, under the grid or beside it; an events
calendar of no article in a box between two articles). The checks every round shares run on the
same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen

LANGS = ("vi", "en")
TEXT_ROLES = ("body", "intro", "byline")
# how a number opens each language's caption, by the truth's ``form`` (twentysecond_numbered.py)
NUMBER_OPENINGS = {"{}. ": ("{}. ", "{}. "), "({}) ": ("({}) ", "({}) "),
                   "Ảnh {}: ": ("Ảnh {}: ", "Photo {}: ")}

ROUND, docs, more = rounds.round_fixtures("twentysecond")


def overlaps(a: float, b: float, c: float, d: float) -> bool:
    """Whether the ranges ``a..b`` and ``c..d`` share more than a point."""
    return min(b, d) - max(a, c) > 1.0


def test_wrapround_runs_each_languages_text_round_a_tall_photo_in_its_half(docs, more):
    """On an article's first page each half holds one tall photo (deeper than wide), no text
    block over it; the Vietnamese photo is in the left half and the English one in the right
    half, meeting in the middle (``inner``) or at the page's outer edges (``outer``); in
    every document some language's text stands beside its photo in a measure narrower than
    the photo's half and then goes on under the photo across it; both sides occur."""
    sides = set()
    for pdf in gen.of(docs + more, "wrapround"):
        truth = gen.truth_of(pdf)
        side = truth["params"]["sides"]
        sides.add(side)
        mid = truth["page_size"][0] / 2
        pages = gen.pages_of(pdf)
        wraps = 0
        for tpage in truth["pages"]:
            images = sorted(pages[tpage["number"] - 1].images, key=lambda i: i["x0"])
            if not images:
                continue
            assert len(images) == 2, pdf.name
            vi_pic, en_pic = images
            assert vi_pic["x1"] <= mid <= en_pic["x0"], pdf.name
            for pic in images:
                assert pic["bottom"] - pic["top"] > pic["x1"] - pic["x0"], pdf.name
            between = en_pic["x0"] - vi_pic["x1"]
            assert (between < mid / 3) == (side == "inner"), pdf.name
            text = [b for b in tpage["blocks"] if b["role"] in TEXT_ROLES]
            for b in text:
                x0, top, x1, bottom = b["box"]
                assert not any(overlaps(x0, x1, i["x0"], i["x1"])
                               and overlaps(top, bottom, i["top"], i["bottom"]) for i in images)
            for lang, pic in zip(LANGS, images, strict=True):
                mine = [b["box"] for b in text if b["lang"] == lang]
                beside = any(overlaps(t, u, pic["top"], pic["bottom"]) for _, t, _, u in mine)
                under = any(t >= pic["bottom"] and overlaps(x0, x1, pic["x0"], pic["x1"])
                            for x0, t, x1, _ in mine)
                wraps += beside and under
        assert wraps, pdf.name
    assert sides == {"inner", "outer"}


def test_numbered_captions_a_grid_of_photos_once_a_language_by_one_numbered_list(docs, more):
    """Each article's photos stand in one grid of its document's shape (rows of one height and
    one count), one grid a page that has photos; its captions, in the truth's order, open
    with the numbers 1, 2, ... in the document's form; with ``halves`` the Vietnamese list
    lies under the grid's left half and the English under its right half, with ``beside``
    both lists stand right of the grid, from its top down, the Vietnamese over the English;
    both lists and both places occur."""
    seen: dict[str, set] = {"list": set(), "place": set()}
    for pdf in gen.of(docs + more, "numbered"):
        truth = gen.truth_of(pdf)
        params = truth["params"]
        seen["list"].add(params["list"])
        seen["place"].add(params["place"])
        rows, per = params["grid"]
        forms = NUMBER_OPENINGS[params["form"]["vi"]]
        for article in truth["articles"]:
            assert len(article["captions"]) == rows * per, pdf.name
            for k, cap in enumerate(article["captions"]):
                assert cap["vi"].startswith(forms[0].format(k + 1)), pdf.name
                assert cap["en"].startswith(forms[1].format(k + 1)), pdf.name
        pages = gen.pages_of(pdf)
        grids = 0
        for tpage in truth["pages"]:
            images = pages[tpage["number"] - 1].images
            if not images:
                continue
            grids += 1
            assert len(images) == rows * per, pdf.name
            assert len({round(i["top"]) for i in images}) == rows, pdf.name
            assert len({round(i["x0"]) for i in images}) == per, pdf.name
            left, right = min(i["x0"] for i in images), max(i["x1"] for i in images)
            top, foot = min(i["top"] for i in images), max(i["bottom"] for i in images)
            caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")]
            assert caps, pdf.name
            vi = [b["box"] for b in caps if b["lang"] == "vi"]
            en = [b["box"] for b in caps if b["lang"] == "en"]
            if params["list"] == "halves":
                mid = (left + right) / 2
                assert all(b[1] >= foot - 1 for b in vi + en), pdf.name
                assert max(b[2] for b in vi) <= mid and min(b[0] for b in en) >= mid, pdf.name
            else:
                assert all(b[0] >= right and b[1] >= top - 1 for b in vi + en), pdf.name
                assert max(b[3] for b in vi) <= min(b[1] for b in en) + 1, pdf.name
        assert grids == len(truth["articles"]), pdf.name
    assert all(len(values) == 2 for values in seen.values()), seen


def test_calendar_sets_an_events_box_of_no_article_between_two_articles(docs, more):
    """The calendar's blocks (role ``sidebar``, ``article`` null) are on one page, each
    language's opened by its heading, then the events in date order; in reading order they
    come after every block of the article they follow (``after``) and before every block of
    the next one; no other block stands level with the box; both arrangements occur."""
    arrangements = set()
    for pdf in gen.of(docs + more, "calendar"):
        truth = gen.truth_of(pdf)
        params = truth["params"]
        arrangements.add(params["rows"])
        order = gen.ordered(truth)
        sidebars = [(k, (n, b)) for k, (n, _, b) in enumerate(order) if b["role"] == "sidebar"]
        assert sidebars and all(b["article"] is None for _, (_, b) in sidebars), pdf.name
        assert len({n for _, (n, _) in sidebars}) == 1, pdf.name
        heads = {"vi": "LỊCH SỰ KIỆN", "en": "EVENTS CALENDAR"}
        for lang in LANGS:
            mine = [b["text"] for _, (_, b) in sidebars if b["lang"] == lang]
            assert mine[0].startswith(heads[lang]) and len(mine) >= 4, pdf.name
            if lang == "vi":
                dates = [tuple(int(x) for x in t.split(" ")[0].split("/")[::-1]) for t in mine[1:]]
                assert dates == sorted(dates), pdf.name
        first, last = sidebars[0][0], sidebars[-1][0]
        assert last - first + 1 == len(sidebars), pdf.name
        after = params["after"]
        before = [k for k, (_, _, b) in enumerate(order) if b["article"] == after]
        later = [k for k, (_, _, b) in enumerate(order)
                 if b["article"] is not None and b["article"] > after]
        assert max(before) < first and all(k > last for k in later), pdf.name
        page = sidebars[0][1][0]
        top = min(b["box"][1] for _, (_, b) in sidebars)
        foot = max(b["box"][3] for _, (_, b) in sidebars)
        others = [b for n, _, b in order if n == page and b["role"] != "sidebar"]
        assert not any(overlaps(b["box"][1], b["box"][3], top, foot) for b in others), pdf.name
    assert arrangements == {"halves", "stacked"}


