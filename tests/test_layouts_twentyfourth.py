"""The twenty-fourth round's layout families (``fixtures/layouts_twentyfourth.py``): each
family's defining feature is there (each page set inside a larger sheet with a slug line of no
article under the trim; each article's opening page printed on a faded photo across the page,
its captions at that page's foot; each article's title in capitals run into its first
paragraph's line). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen
import pytest

LANGS = ("vi", "en")
TEXT_ROLES = ("body", "intro", "byline")
CAPTION_ROLES = ("caption", "credit")
EDGE = 1.0             # points: an image this close to the page's sides runs off them

ROUND, docs, more = rounds.round_fixtures("twentyfourth")


def inside(box: list, area: tuple) -> bool:
    """Whether ``box`` lies within ``area`` (both x0, top, x1, bottom)."""
    return (box[0] >= area[0] - 1 and box[1] >= area[1] - 1 and box[2] <= area[2] + 1
            and box[3] <= area[3] + 1)


def test_proof_sets_each_page_inside_a_sheet_with_a_slug_line_under_the_trim(docs, more):
    """The sheet is the trim plus ``slug`` points each side; every block but the slug line
    lies inside the trim; each page ends with the slug line (furniture: role ``header``, no
    language, no article) in the sheet's foot under the trim, naming the page's number."""
    for pdf in gen.of(docs + more, "proof"):
        truth = gen.truth_of(pdf)
        slug = truth["params"]["slug"]
        width, height = truth["page_size"]
        assert width - 2 * slug == pytest.approx(595.28)
        assert height - 2 * slug in (pytest.approx(841.89), pytest.approx(793.7))
        trim = (slug, slug, width - slug, height - slug)
        for tpage in truth["pages"]:
            *page, last = tpage["blocks"]
            assert last["role"] == "header" and last["lang"] is None and last["article"] is None
            assert last["box"][1] > height - slug and last["box"][3] <= height
            assert f" {tpage['number']} " in f" {last['text']} ", pdf.name
            assert page and all(inside(b["box"], trim) and b["lang"] for b in page
                                if b["role"] != "page-number"), pdf.name


def test_backdrop_prints_each_opening_page_on_a_faded_photo_captioned_at_its_foot(docs, more):
    """Each article's first page holds one image across the whole page width, under its
    titles and its first lines of text; its text runs on past the image's lower edge (in
    some documents: a short article may end on it, and a ``whole`` photo reaches down to the
    captions); its
    captions lie under the image and under all the page's text, last in reading order; both
    caption arrangements and both depths occur."""
    seen, past, depths = set(), 0, set()
    for pdf in gen.of(docs + more, "backdrop"):
        truth = gen.truth_of(pdf)
        seen.add(truth["params"]["captions"])
        pages = gen.pages_of(pdf)
        for index, article in enumerate(truth["articles"]):
            number = article["pages"][0]
            blocks = truth["pages"][number - 1]["blocks"]
            images = pages[number - 1].images
            assert len(images) == 1, pdf.name
            pic = images[0]
            assert pic["x0"] <= EDGE and pic["x1"] >= truth["page_size"][0] - EDGE
            area = (pic["x0"], pic["top"], pic["x1"], pic["bottom"])
            mine = [b for b in blocks if b["article"] == index]
            titles = [b for b in mine if b["role"] == "title"]
            text = [b for b in mine if b["role"] in TEXT_ROLES]
            caps = [k for k, b in enumerate(blocks) if b["role"] in CAPTION_ROLES]
            assert len(titles) == 2 and all(inside(b["box"], area) for b in titles), pdf.name
            assert any(b["box"][1] < pic["bottom"] - 10 for b in text), pdf.name
            past += any(b["box"][3] > pic["bottom"] + 10 for b in text)
            depths.add(truth["params"]["depth"] == "whole")
            assert caps and min(caps) > max(k for k, b in enumerate(blocks)
                                            if b["role"] in TEXT_ROLES), pdf.name
            lowest = max(b["box"][3] for b in blocks if b["role"] in TEXT_ROLES)
            assert all(blocks[k]["box"][1] > max(lowest, pic["bottom"]) for k in caps)
        assert sum(len(p.images) for p in pages) == len(truth["articles"]), pdf.name
    assert seen == {"halves", "stacked"} and past and depths == {True, False}


def test_runin_opens_each_article_with_its_capitals_title_on_its_first_text_line(docs, more):
    """Each article's title, in capitals, is followed in reading order by a text block of
    the same article and language starting on the title's last line (or, when the title
    happens to fill it, right under it: no space between); with ``run`` ``level``
    both languages' titles stand level, and in some ``free`` document they do not."""
    runs, apart, titles, shared = set(), 0, 0, 0
    for pdf in gen.of(docs + more, "runin"):
        truth = gen.truth_of(pdf)
        run = truth["params"]["run"]
        runs.add(run)
        assert len(truth["articles"]) >= 4, pdf.name
        order = [b for _, _, b in gen.ordered(truth)]
        tops = {}
        for k, block in enumerate(order):
            if block["role"] != "title":
                continue
            assert block["text"] == block["text"].upper(), pdf.name
            after = order[k + 1]
            assert after["role"] in ("intro", "body") and after["article"] == block["article"]
            assert after["lang"] == block["lang"], pdf.name
            assert block["box"][1] <= after["box"][1] <= block["box"][3] + 0.5, pdf.name
            titles += 1
            shared += after["box"][1] < block["box"][3]
            tops.setdefault(block["article"], {})[block["lang"]] = block["box"][1]
        for pair in tops.values():
            if run == "level":
                assert abs(pair["vi"] - pair["en"]) < 1.0, pdf.name
            apart += run == "free" and abs(pair["vi"] - pair["en"]) > 5.0
    assert runs == {"level", "free"} and apart and shared >= 0.8 * titles


