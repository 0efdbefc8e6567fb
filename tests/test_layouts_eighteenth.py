"""The eighteenth round's layout families (``fixtures/layouts_eighteenth.py``): each family's
defining feature is there (the English in a narrow column on the page's outer side and the
newsletter's name turned up the outer edge; a page of photos whose captions run in a strip along
its foot, each opened by the photo's place; slash titles over the articles and over boxes of
rates or weather that belong to no article). The checks every round shares run on the same
documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen

ROUND, docs, more = rounds.round_fixtures("eighteenth")


def centre(block: dict) -> float:
    return (block["box"][0] + block["box"][2]) / 2


def test_edgetab_sets_the_english_on_the_outer_side_and_turns_the_name_up_the_edge(docs, more):
    """On every page the English body lies on the outer side of the Vietnamese (right on odd
    pages, left on even ones) in a narrower column and smaller type; the page's header blocks
    are the newsletter's name in both languages, turned (taller than wide, characters not
    upright) beyond the text on the outer side; some article runs over a page turn, so its
    columns swap sides."""
    swapped = False
    for pdf in gen.of(docs + more, "edgetab"):
        truth = gen.truth_of(pdf)
        pages = gen.pages_of(pdf)
        for tpage in truth["pages"]:
            number, blocks = tpage["number"], tpage["blocks"]
            body = {lang: [b for b in blocks if b["role"] == "body" and b["lang"] == lang]
                    for lang in ("vi", "en")}
            odd = number % 2 == 1
            if body["vi"] and body["en"]:
                vi, en = centre(body["vi"][0]), centre(body["en"][0])
                assert (en > vi) == odd, (pdf.name, number)
                widths = {lang: max(b["box"][2] for b in body[lang])
                          - min(b["box"][0] for b in body[lang]) for lang in body}
                assert widths["en"] < widths["vi"], (pdf.name, number)
            heads = [b for b in blocks if b["role"] == "header"]
            assert {b["lang"] for b in heads} == {"vi", "en"}, (pdf.name, number)
            text_x = [b["box"] for b in blocks if b["role"] in ("body", "title")]
            for head in heads:
                x0, top, x1, bottom = head["box"]
                assert bottom - top > 4 * (x1 - x0)
                if text_x:
                    assert (x0 > max(b[2] for b in text_x)) if odd else (
                        x1 < min(b[0] for b in text_x)), (pdf.name, number)
            turned = [c for c in pages[number - 1].chars
                      if c["text"].strip() and not c["upright"]]
            assert turned, (pdf.name, number)
        sizes = {lang: {round(c["size"], 1) for c in pages[0].chars if c["upright"]}
                 for lang in ("vi",)}
        assert len(sizes["vi"]) >= 2
        for index in range(len(truth["articles"])):
            spans = {n for n, _, b in gen.ordered(truth)
                     if b["article"] == index and b["role"] == "body"}
            swapped |= len({n % 2 for n in spans}) == 2
    assert swapped


def test_footstrip_captions_a_photo_page_in_a_strip_along_its_foot(docs, more):
    """Each article's captions (three or four) are printed on a ``photos`` page that holds
    no article text and as many photos as captions, every strip block below every photo;
    each language's caption block follows a ``label`` block naming the photo's place; the
    article's text comes on the pages before; all three mosaics occur."""
    mosaics = set()
    for pdf in gen.of(docs + more, "footstrip"):
        truth = gen.truth_of(pdf)
        mosaics.add(truth["params"]["mosaic"])
        pages = gen.pages_of(pdf)
        for index, article in enumerate(truth["articles"]):
            count = len(article["captions"])
            assert count in (3, 4)
            photo_pages = [p for p in truth["pages"] if p["layout"] == "photos"
                           and any(b["article"] == index for b in p["blocks"])]
            assert len(photo_pages) == 1, pdf.name
            tpage = photo_pages[0]
            assert not [b for b in tpage["blocks"] if b["role"] in ("body", "title")]
            images = pages[tpage["number"] - 1].images
            assert len(images) == count, pdf.name
            strip = [b for b in tpage["blocks"] if b["article"] == index]
            lowest = max(i["bottom"] for i in images)
            assert all(b["box"][1] > lowest for b in strip), pdf.name
            text_pages = {n for n, _, b in gen.ordered(truth)
                          if b["article"] == index and b["role"] == "body"}
            assert text_pages and max(text_pages) < tpage["number"]
            for lang in ("vi", "en"):
                seq = [b["role"] for b in strip if b["lang"] == lang]
                assert seq.count("label") == count, pdf.name
                for k, role in enumerate(seq):
                    if role == "label":
                        assert seq[k + 1] == "caption", pdf.name
    assert mosaics == {"hero", "column", "quad"}


def lettering(pdf: Path, truth: dict, block: dict, number: int) -> tuple:
    """(size, font) of the first character printed in ``block`` on page ``number``."""
    x0, top, x1, bottom = block["box"]
    char = next(c for c in gen.pages_of(pdf)[number - 1].chars
                if x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1 and top - 3 <= c["top"]
                and c["bottom"] <= bottom + 3 and c["text"].strip())
    return round(char["size"], 1), char["fontname"].split("+")[-1]


def test_ratebox_sets_slash_titles_and_a_box_of_no_article_titled_like_them(docs, more):
    """Each article's Vietnamese title block ends with the slash and its English title runs
    on from the slash's line (sharing it in some documents) or the very next one; after the
    first article comes a box of no article (``sidebar``, ``article`` null) whose own slash
    title is lettered like the articles' titles, its Vietnamese figures grouped with dots and
    the English with commas; both kinds of box and both box styles occur."""
    kinds, styles, shared = set(), set(), False
    for pdf in gen.of(docs + more, "ratebox"):
        truth = gen.truth_of(pdf)
        kinds |= set(truth["params"]["kinds"])
        styles.add(truth["params"]["box"])
        order = gen.ordered(truth)
        for index in range(len(truth["articles"])):
            titles = {b["lang"]: (n, b) for n, _, b in order
                      if b["article"] == index and b["role"] == "title"}
            (n_vi, vi), (n_en, en) = titles["vi"], titles["en"]
            assert vi["text"].endswith("/") and n_vi == n_en, pdf.name
            # the English runs on: from the slash's line, or the very next one
            assert en["box"][1] <= vi["box"][3] + 0.5, pdf.name
            shared |= en["box"][1] < vi["box"][3] - 1
        side = [(n, k, b) for n, k, b in order if b["role"] == "sidebar"]
        assert side and all(b["article"] is None for _, _, b in side)
        position = {id(b): m for m, (_, _, b) in enumerate(order)}
        first = [min(position[id(b)] for _, _, b in order
                     if b["article"] == index and b["role"] == "body") for index in (0,)]
        box_title = side[0][2]
        assert box_title["text"].endswith("/") and position[id(box_title)] > first[0]
        if len(truth["articles"]) > 1:
            second = min(position[id(b)] for _, _, b in order
                         if b["article"] == 1 and b["role"] == "title")
            assert position[id(box_title)] < second, pdf.name
        n_title, vi_title = titles["vi"]
        assert lettering(pdf, truth, box_title, side[0][0]) == lettering(
            pdf, truth, vi_title, n_title), pdf.name
        text = {lang: " ".join(b["text"] for _, _, b in side if b["lang"] == lang)
                for lang in ("vi", "en")}
        figures = {lang: re.findall(r"\d+[.,]\d{3}\b", text[lang]) for lang in text}
        assert all("," not in f for f in figures["vi"]) and all("." not in f
                                                                 for f in figures["en"])
    assert kinds == {"rates", "weather"} and styles == {"frame", "tint"} and shared


