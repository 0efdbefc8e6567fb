"""The twenty-third round's layout families (``fixtures/layouts_twentythird.py``): each family's
defining feature is there (one language in a single wide column beside the other's two narrow
ones; each photo's Vietnamese caption over it and its English caption under it; a rail of
contacts of no article down one side of the first page, the articles in the rest of the width).
The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen

LANGS = ("vi", "en")
TEXT_ROLES = ("body", "intro", "byline")
CAPTION_ROLES = ("caption", "credit")
COLUMN_SLACK = 20.0    # points: body blocks starting this close start the same column (indents)
CAPTION_REACH = 12.0   # points: a caption this close over or under a photo is set against it
FURNITURE = ("header", "page-number")

ROUND, docs, more = rounds.round_fixtures("twentythird")


def overlaps(a: float, b: float, c: float, d: float) -> bool:
    """Whether the ranges ``a..b`` and ``c..d`` share more than a point."""
    return min(b, d) - max(a, c) > 1.0


def starts(boxes: list) -> list[float]:
    """The distinct left edges of ``boxes`` (those within ``COLUMN_SLACK`` counted once)."""
    out: list[float] = []
    for x in sorted(b[0] for b in boxes):
        if not out or x - out[-1] > COLUMN_SLACK:
            out.append(x)
    return out


def test_measures_sets_one_language_in_a_wide_column_beside_the_others_two(docs, more):
    """On every page the Vietnamese body text stands left of the English; over a document the
    ``single`` language's body starts at one left edge and the other's at two, and the single
    language's blocks are wider than any of the other's; both languages take the wide column
    in some document."""
    singles = set()
    for pdf in gen.of(docs + more, "measures"):
        truth = gen.truth_of(pdf)
        single = truth["params"]["single"]
        singles.add(single)
        boxes: dict[str, list] = {lang: [] for lang in LANGS}
        for tpage in truth["pages"]:
            mine = {lang: [b["box"] for b in tpage["blocks"]
                           if b["role"] == "body" and b["lang"] == lang] for lang in LANGS}
            if mine["vi"] and mine["en"]:
                assert max(b[2] for b in mine["vi"]) < min(b[0] for b in mine["en"]), pdf.name
            for lang in LANGS:
                boxes[lang] += mine[lang]
        other = LANGS[1 - LANGS.index(single)]
        assert len(starts(boxes[single])) == 1, pdf.name
        assert len(starts(boxes[other])) == 2, pdf.name
        widest = max(b[2] - b[0] for b in boxes[other])
        assert max(b[2] - b[0] for b in boxes[single]) > widest + 10, pdf.name
    assert singles == set(LANGS)


def test_overunder_sets_the_vietnamese_caption_over_each_photo_and_the_english_under(docs,
                                                                                    more):
    """Every photo has a Vietnamese caption block ending just over its top and an English one
    starting just under its foot, both within its width; no Vietnamese caption stands under a
    photo and no English one over it; one photo or two and both places occur."""
    seen: dict[str, set] = {"photos": set(), "place": set()}
    for pdf in gen.of(docs + more, "overunder"):
        truth = gen.truth_of(pdf)
        seen["photos"].add(truth["params"]["photos"])
        seen["place"].add(truth["params"]["place"])
        pages = gen.pages_of(pdf)
        photos = 0
        for tpage in truth["pages"]:
            images = pages[tpage["number"] - 1].images
            caps = {lang: [b["box"] for b in tpage["blocks"]
                           if b["role"] in CAPTION_ROLES and b["lang"] == lang]
                    for lang in LANGS}
            for pic in images:
                photos += 1
                x0, x1 = pic["x0"] - 1, pic["x1"] + 1
                inside = {lang: [b for b in caps[lang] if b[0] >= x0 and b[2] <= x1]
                          for lang in LANGS}
                assert any(pic["top"] - CAPTION_REACH <= b[3] <= pic["top"] + 1
                           for b in inside["vi"]), pdf.name
                assert any(pic["bottom"] - 1 <= b[1] <= pic["bottom"] + CAPTION_REACH
                           for b in inside["en"]), pdf.name
                assert all(b[1] < pic["top"] for b in inside["vi"]), pdf.name
                assert all(b[3] > pic["bottom"] for b in inside["en"]), pdf.name
        assert photos == sum(len(a["captions"]) for a in truth["articles"]), pdf.name
    assert seen == {"photos": {1, 2}, "place": {"top", "foot"}}


def test_rail_keeps_contacts_of_no_article_down_one_side_of_the_first_page(docs, more):
    """The rail's blocks (role ``sidebar``, ``article`` null) are all on page 1, in a band at
    the ``side`` of the page no other text block reaches into, each language's opened by its
    heading, the Vietnamese before the English, and last in the page's reading order; text
    after page 1 runs into the band's width; both sides occur."""
    sides = set()
    widened = 0
    for pdf in gen.of(docs + more, "rail"):
        truth = gen.truth_of(pdf)
        side = truth["params"]["side"]
        sides.add(side)
        order = gen.ordered(truth)
        rail = [(n, k, b) for n, k, b in order if b["role"] == "sidebar"]
        assert rail and {n for n, _, _ in rail} == {1}, pdf.name
        assert all(b["article"] is None for _, _, b in rail), pdf.name
        texts = {lang: [b["text"] for _, _, b in rail if b["lang"] == lang] for lang in LANGS}
        assert texts["vi"][0] in ("THÔNG TIN CẦN BIẾT", "LIÊN HỆ HỘI VIÊN"), pdf.name
        assert texts["en"][0] in ("USEFUL CONTACTS", "MEMBER SERVICES"), pdf.name
        assert len(texts["vi"]) == len(texts["en"]) >= 5, pdf.name
        assert [b["lang"] for _, _, b in rail] == ["vi"] * len(texts["vi"]) + ["en"] * len(
            texts["en"]), pdf.name
        first = truth["pages"][0]["blocks"]
        text = [k for k, b in enumerate(first) if b["role"] not in ("sidebar", *FURNITURE)]
        assert min(k for _, k, _ in rail) > max(text), pdf.name
        left = min(b["box"][0] for _, _, b in rail)
        right = max(b["box"][2] for _, _, b in rail)
        mid = truth["page_size"][0] / 2
        assert (left > mid) == (side == "right") and (right < mid) == (side == "left")
        others = [b for b in first if b["role"] not in ("sidebar", *FURNITURE)]
        assert others and not any(overlaps(b["box"][0], b["box"][2], left, right)
                                  for b in others), pdf.name
        later = [b for tpage in truth["pages"][1:] for b in tpage["blocks"]
                 if b["role"] in TEXT_ROLES]
        widened += any(overlaps(b["box"][0], b["box"][2], left, right) for b in later)
    assert sides == {"right", "left"} and widened


