"""The fourteenth round's layout families (``fixtures/layouts_fourteenth.py``): each family's
defining feature is there (language groups of two or three columns whose bands start and end
level, an article cut by a page going on at the next page's head; a round cut-out photo between
two columns with the text run around it and its captions under it, a second photo and a glossary
of no article; Vietnamese articles run on with only English summaries, at the foot of the page
each ends on or gathered at the end, and an imprint of no article). The checks every round
shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import math
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pytest

ROUND, docs, more = rounds.round_fixtures("fourteenth")


def assert_summary_printed(pdf: Path) -> None:
    truth = gen.truth_of(pdf)
    for index, article in enumerate(truth["articles"]):
        english = truth["params"]["english"][index]
        links = article["paragraphs"]
        assert all(link["en"] for link in links[:english]), pdf.name
        assert not any(link["en"] for link in links[english:]), pdf.name
        for lang in ("vi", "en"):
            body = gen.printed(truth, index, lang, ("body",))
            for para in (t for link in links for t in link[lang]):
                assert gen.compact(para) in body, (pdf.name, para[:60])
            assert gen.compact(article["title"][lang]) in gen.printed(truth, index, lang,
                                                                      ("title",))
            if article["intro"]:
                assert gen.compact(article["intro"][lang]) in gen.printed(truth, index, lang,
                                                                          ("intro",))


def blocks_of(truth: dict, page: int) -> list[dict]:
    return truth["pages"][page - 1]["blocks"]


def test_summary_prints_each_paragraph_whole_english_only_where_summarised(docs, more):
    """Each truth paragraph in its language's body blocks, each title and intro; an
    article's links past its English ones (``params.english``) have no English (the shared
    check wants English in every link)."""
    for pdf in gen.of(docs + more, "summary"):
        assert_summary_printed(pdf)


def test_quartet_sets_each_language_in_its_column_group_in_level_bands(docs, more):
    """Every Vietnamese text block lies left of the rule between the groups and every English
    one right of it; a band's titles start level (``pairs``) or the English under the
    Vietnamese across the page (``across``); on each page an article's Vietnamese comes
    whole before its English in reading order, and the next article only after both; an
    article cut by a page goes on at the next page's head (in the group or groups whose
    text is left), its titles not repeated."""
    titles, groups, cut = set(), set(), 0
    for pdf in gen.of(docs + more, "quartet"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        titles.add(look["titles"])
        groups.add(look["per_language"])
        mid = truth["page_size"][0] / 2
        for page in truth["pages"]:
            text = [b for b in page["blocks"] if b["article"] is not None]
            for b in text:
                if b["role"] != "title" or look["titles"] == "pairs":
                    assert (b["box"][2] < mid) if b["lang"] == "vi" else (b["box"][0] > mid), (
                        pdf.name, b["text"][:40])
            order = [(b["article"], b["lang"]) for b in text if b["role"] != "title"]
            runs = [key for k, key in enumerate(order) if k == 0 or order[k - 1] != key]
            assert len(runs) == len(set(runs)), (pdf.name, page["number"], runs)
        for index, article in enumerate(truth["articles"]):
            heads = {b["lang"]: b for p in truth["pages"] for b in p["blocks"]
                     if b["article"] == index and b["role"] == "title"}
            if look["titles"] == "pairs":
                assert heads["vi"]["box"][1] == pytest.approx(heads["en"]["box"][1], abs=0.5)
            else:
                assert heads["en"]["box"][1] >= heads["vi"]["box"][3] - 0.5
            for number in article["pages"][1:]:
                cut += 1
                text = [b for b in blocks_of(truth, number) if b["article"] is not None]
                assert text[0]["article"] == index and text[0]["role"] != "title", pdf.name
    assert titles == {"pairs", "across"} and groups == {2, 3} and cut


def test_cutout_runs_the_text_around_a_round_photo_between_two_columns(docs, more):
    """Each article's first page holds its round photo (a square image) across a gutter, no
    character inside the circle, lines of text coming close to it (on both sides when the
    text is long enough to reach it in both columns, as it is in some documents), and its
    captions in both languages centred under it; one more photo per article, and a
    glossary of no article in both languages."""
    arrangements, both = set(), set()
    for pdf in gen.of(docs + more, "cutout"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        arrangements.add(look["arrangement"])
        pages = {n + 1: (page.images, page.chars) for n, page in enumerate(gen.pages_of(pdf))}
        for index, article in enumerate(truth["articles"]):
            images, chars = pages[article["pages"][0]]
            circle = next(i for i in images
                          if i["width"] == pytest.approx(i["height"], abs=1.0))
            r = circle["width"] / 2
            cx, cy = circle["x0"] + r, circle["top"] + r
            near = {"left": 0, "right": 0}
            for c in chars:
                x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
                distance = math.hypot(x - cx, y - cy)
                assert distance > r, (pdf.name, c["text"])
                if abs(y - cy) < r * 0.6 and distance < r + 30:
                    near["left" if x < cx else "right"] += 1
            assert near["left"] or near["right"], (pdf.name, near)
            if near["left"] and near["right"]:
                both.add(look["arrangement"])
            caps = [b for b in blocks_of(truth, article["pages"][0])
                    if b["article"] == index and b["role"] == "caption"]
            first = {b["lang"]: b for b in reversed(caps)}
            for b in first.values():
                assert b["box"][1] >= cy + r - 1
                assert (b["box"][0] + b["box"][2]) / 2 == pytest.approx(cx, abs=r)
            photos = sum(len(pages[n][0]) for n in article["pages"])
            assert photos == len(article["captions"]) == 2
        glossary = [b for p in truth["pages"] for b in p["blocks"] if b["role"] == "sidebar"]
        assert all(b["article"] is None for b in glossary)
        assert {b["lang"] for b in glossary} == {"vi", "en"}
        assert "TỪ VỰNG" in " ".join(b["text"] for b in glossary)
    assert arrangements == {"abreast", "runon"} == both


def test_summary_prints_each_english_twin_as_a_short_summary_apart(docs, more):
    """Every English block of an article is in its summary: at the foot of the page its last
    Vietnamese block is on, under all that page's column text and after it in reading order
    (``foot``), or on the pages after all the Vietnamese with the page the article starts on
    (``gathered``); the summary opens with its label; at least one box shares its page with
    the start of the next article; an imprint of no article in both languages."""
    places, shared = set(), 0
    for pdf in gen.of(docs + more, "summary"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        order = gen.ordered(truth)
        vi_end = max(n for n, _, b in order if b["lang"] == "vi" and b["article"] is not None)
        for index, article in enumerate(truth["articles"]):
            mine = [(n, k, b) for n, k, b in order if b["article"] == index]
            english = [(n, k, b) for n, k, b in mine if b["lang"] == "en"]
            assert english[0][2]["role"] == "label"
            last = max(n for n, _, b in mine if b["lang"] == "vi")
            if look["place"] == "foot":
                assert english[0][2]["text"] == "SUMMARY"
                assert {n for n, _, _ in english} == {last}, pdf.name
                column = [(k, b) for n, k, b in order if n == last and b["lang"] == "vi"
                          and b["role"] != "header"]
                first = english[0][1]
                assert all(k < first and b["box"][3] <= english[0][2]["box"][1]
                           for k, b in column), pdf.name
                following = {b["article"] for _, b in column} - {index, None}
                shared += bool(following)
            else:
                assert english[0][2]["text"] == f"Page {article['pages'][0]}"
                assert min(n for n, _, _ in english) > vi_end, pdf.name
        imprint = [b for _, _, b in order if b["role"] == "sidebar" and "15/GP" in b["text"]]
        assert {b["lang"] for b in imprint} == {"vi", "en"}
        assert all(b["article"] is None for b in imprint)
    assert places == {"foot", "gathered"} and shared


