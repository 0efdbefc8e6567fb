"""The twenty-fifth round's layout families (``fixtures/layouts_twentyfifth.py``): each family's
defining feature is there (articles set on landscape pages turned a quarter onto the portrait
sheet beside upright ones; each report's group photo captioned with its line-up from left to
right, the English naming the Vietnamese without their marks; red slogan banners of no article
between the articles, in the titles' own sizes). The checks every round shares run on the same
documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re
import unicodedata

import generated_rounds as rounds
import layout_generated as gen
import pytest

LANGS = ("vi", "en")
CAPTION_ROLES = ("caption", "credit")
RED = (0.78, 0.08, 0.1)     # the slogan banners' ink

ROUND, docs, more = rounds.round_fixtures("twentyfifth")


def test_sideways_turns_some_articles_pages_a_quarter_on_the_portrait_sheet(docs, more):
    """A document of two articles has both upright pages (every character upright) and
    turned ones (no character upright, all turned the document's way: reading up the sheet
    for ``left``, down it for ``right``); a turned article's first page holds its panorama,
    on the sheet at least twice as tall as wide; both ways occur."""
    quarters = set()
    for pdf in gen.of(docs + more, "sideways"):
        truth = gen.truth_of(pdf)
        quarter = truth["params"]["quarter"]
        quarters.add(quarter)
        width, height = truth["page_size"]
        assert width < height, pdf.name
        pages = gen.pages_of(pdf)
        layouts = [tpage["layout"] for tpage in truth["pages"]]
        assert set(layouts) == {"turned", "upright"}, pdf.name
        for tpage, page in zip(truth["pages"], pages, strict=True):
            chars = [c for c in page.chars if c["text"].strip()]
            if tpage["layout"] == "upright":
                assert chars and all(c["upright"] for c in chars), pdf.name
                continue
            assert chars and not any(c["upright"] for c in chars), pdf.name
            assert all((c["matrix"][1] > 0) == (quarter == "left") for c in chars), pdf.name
        for article in truth["articles"]:
            first = article["pages"][0]
            if truth["pages"][first - 1]["layout"] == "turned":
                images = pages[first - 1].images
                assert len(images) == 1 and article["captions"], pdf.name
                assert images[0]["height"] > 2 * images[0]["width"], pdf.name
    assert quarters == {"left", "right"}


def unmarked(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def people(caption: str, lang: str) -> list[tuple[str, ...]]:
    """(honorific, name) of each person a caption's line-up names, left to right."""
    lead, rows = {"vi": ("từ trái sang: ", "; hàng sau: "),
                  "en": ("from left: ", "; back row: ")}[lang]
    named = re.split(lead, caption, flags=re.IGNORECASE)[-1].rstrip(".").replace(rows, "; ")
    return [tuple(person.split(", ")[0].split(" ", 1)) for person in named.split("; ")]


def test_lineup_captions_each_group_photo_with_its_people_from_left_to_right(docs, more):
    """Each article has one caption whose two languages name the same people from left to
    right, the English a Vietnamese name without its marks and a guest's the same; the
    article's photo spans the text width and its captions start just under it; both places
    and both caption arrangements occur."""
    places, arrangements = set(), set()
    for pdf in gen.of(docs + more, "lineup"):
        truth = gen.truth_of(pdf)
        places.add(truth["params"]["place"])
        arrangements.add(truth["params"]["captions"])
        pages = gen.pages_of(pdf)
        width = truth["page_size"][0]
        for index, article in enumerate(truth["articles"]):
            [cap] = article["captions"]
            vi, en = people(cap["vi"], "vi"), people(cap["en"], "en")
            assert 3 <= len(vi) == len(en) <= 6, pdf.name
            for (vi_title, vi_name), (en_title, en_name) in zip(vi, en, strict=True):
                assert {"ông": "Mr", "bà": "Ms"}[vi_title] == en_title, pdf.name
                assert en_name == unmarked(vi_name), pdf.name
            for number, tpage in enumerate(truth["pages"], 1):
                caps = [b for b in tpage["blocks"]
                        if b["article"] == index and b["role"] in CAPTION_ROLES]
                if not caps:
                    continue
                top = min(b["box"][1] for b in caps)
                pics = [i for i in pages[number - 1].images if 0 <= top - i["bottom"] <= 12]
                assert len(pics) == 1 and pics[0]["width"] > 0.7 * width, pdf.name
                assert 0.3 <= pics[0]["height"] / pics[0]["width"] <= 0.48, pdf.name
    assert places == {"top", "foot"} and arrangements == {"halves", "stacked"}


def test_slogan_sets_red_banners_of_no_article_between_articles_in_the_titles_sizes(docs,
                                                                                    more):
    """Banner blocks (role ``sidebar``, no article) come in pairs, the Vietnamese in capitals
    then its English, printed in red at the article titles' sizes; the article-bound block
    before a banner (when any) belongs to an earlier article than the one after it, and a
    document of n articles prints n - 1 banners between them and one more when ``top``;
    both settings occur."""
    sets = set()
    for pdf in gen.of(docs + more, "slogan"):
        truth = gen.truth_of(pdf)
        sets.add(truth["params"]["set"])
        order = [b for _, _, b in gen.ordered(truth)]
        banners = [k for k, b in enumerate(order) if b["role"] == "sidebar"]
        assert banners and all(order[k]["article"] is None for k in banners), pdf.name
        firsts = [k for k in banners if order[k]["lang"] == "vi"]
        assert [order[k + 1]["lang"] for k in firsts] == ["en"] * len(firsts)
        assert len(firsts) == len(truth["articles"]) - 1 + truth["params"]["top"], pdf.name
        for k in firsts:
            assert order[k]["text"] == order[k]["text"].upper(), pdf.name
            before = [b["article"] for b in order[:k] if b["article"] is not None]
            after = [b for b in order[k + 2:] if b["article"] is not None][0]
            assert after["role"] == "title" and all(a < after["article"] for a in before)
        sizes: dict[tuple, set] = {}
        for tpage, page in zip(truth["pages"], gen.pages_of(pdf), strict=True):
            for block in tpage["blocks"]:
                if block["role"] not in ("sidebar", "title"):
                    continue
                x0, top, x1, bottom = block["box"]
                inside = [c for c in page.chars if c["text"].strip() and x0 - 1 <= c["x0"]
                          and c["x1"] <= x1 + 1 and top - 1 <= c["top"] <= bottom]
                red = [tuple(c["non_stroking_color"] or ()) == pytest.approx(RED, abs=0.01)
                       for c in inside]
                assert inside and set(red) == {block["role"] == "sidebar"}, pdf.name
                sizes.setdefault((block["role"], block["lang"]), set()).update(
                    round(c["size"], 1) for c in inside)
        for lang in LANGS:
            assert sizes[("sidebar", lang)] == sizes[("title", lang)], pdf.name
    assert sets == {"title", "banner"}


