"""The thirteenth round's layout families (``fixtures/layouts_thirteenth.py``): each family's
defining feature is there (an agreement's numbered articles and clauses in parallel columns
starting level or stacked, with the parties, the closing formula and the signers of no article;
a large portrait with its captions and upright credits, a pull-quote in both languages and a
captioned photo strip; tables of figures of no article between or inside the articles, cut by a
page under a repeated head row). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen
import pytest

ROUND, docs, more = rounds.round_fixtures("thirteenth")


def inside(box: list, frame: list, slack: float = 1.0) -> bool:
    return (frame[0] - slack <= box[0] and box[2] <= frame[2] + slack
            and frame[1] - slack <= box[1] and box[3] <= frame[3] + slack)


def test_treaty_numbers_its_articles_and_clauses_and_keeps_its_frame_out_of_them(docs, more):
    """Each article opens with its number line (``Điều N.`` / ``Article N.``) over its title
    and each of its paragraphs with a clause number, all ``label`` runs of the article; in
    ``parallel`` documents an article's Vietnamese and English start level in the left and
    right columns and the reading order goes article by article, in ``stacked`` ones its
    Vietnamese comes whole before its English; the parties, the preamble, the closing
    formula and the signers belong to no article."""
    arrangements = set()
    for pdf in gen.of(docs + more, "treaty"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        arrangements.add(look["arrangement"])
        order = gen.ordered(truth)
        blocks = [b for _, _, b in order]
        for index, article in enumerate(truth["articles"]):
            for lang, word in (("vi", "Điều"), ("en", "Article")):
                mine = [b for b in blocks if b["article"] == index and b["lang"] == lang]
                assert mine[0]["role"] == "label" and mine[0]["text"] == (
                    f"{word} {index + 1}."), pdf.name
                assert mine[1]["role"] == "title", pdf.name
                clauses = [b for b in mine[2:] if b["role"] == "label"]
                paras = sum(len(link[lang]) for link in article["paragraphs"])
                firsts = {b["text"] for b in clauses}
                assert len(firsts) == paras, (pdf.name, firsts)
            titles = {b["lang"]: b for b in blocks if b["article"] == index
                      and b["role"] == "title"}
            position = {lang: next(k for k, b in enumerate(blocks) if b["article"] == index
                                   and b["lang"] == lang) for lang in ("vi", "en")}
            ends = {lang: max(k for k, b in enumerate(blocks) if b["article"] == index
                              and b["lang"] == lang) for lang in ("vi", "en")}
            if look["arrangement"] == "parallel":
                assert titles["vi"]["box"][1] == pytest.approx(titles["en"]["box"][1], abs=0.5)
                assert titles["vi"]["box"][2] < titles["en"]["box"][0]
            else:
                assert ends["vi"] < position["en"], pdf.name
            if index + 1 < len(truth["articles"]):
                after = next(k for k, b in enumerate(blocks) if b["article"] == index + 1)
                assert max(ends.values()) < after, pdf.name
        assert truth["pages"][0]["blocks"][0]["role"] in ("header",)
        frame = [b for b in blocks if b["article"] is None and b["role"] in ("header",
                                                                             "sidebar")]
        text = " ".join(b["text"] for b in frame)
        for needle in ("agreed as follows", "thỏa thuận như sau", "Done at", "Lu Yongming",
                       "Đoàn Thu Hà"):
            assert needle in text, (pdf.name, needle)
        assert all(b["role"] == "sidebar" for b in truth["pages"][-1]["blocks"]
                   if b["article"] is None and b["role"] != "page-number"
                   and b["role"] != "header")
    assert arrangements == {"parallel", "stacked"}


def test_portrait_sets_a_large_photo_upright_credits_a_pull_quote_and_a_strip(docs, more):
    """Each article's first page holds its portrait, the page's first and largest photo, its
    captions beside it, under it or under its halves; in documents with upright credits the
    portrait's credits are printed turned, reading upwards, in their truth boxes; each
    article has a pull-quote in both languages and one photo per caption, the strip's photos
    after its text."""
    places, turned = set(), set()
    for pdf in gen.of(docs + more, "portrait"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["captions"])
        turned.add(look["turned"])
        pages = {n + 1: (page.images, page.chars) for n, page in enumerate(gen.pages_of(pdf))}
        for index, article in enumerate(truth["articles"]):
            first = article["pages"][0]
            images, chars = pages[first]
            portrait = images[0]
            assert all(i["width"] * i["height"] <= portrait["width"] * portrait["height"]
                       for i in images)
            mine = [b for b in truth["pages"][first - 1]["blocks"] if b["article"] == index]
            caps = [b for b in mine if b["role"] == "caption"
                    and b["box"][3] - b["box"][1] < b["box"][2] - b["box"][0]]
            vi = next(b for b in caps if b["lang"] == "vi")
            if look["captions"] == "beside":
                assert vi["box"][0] >= portrait["x1"] or vi["box"][2] <= portrait["x0"]
            else:
                assert vi["box"][1] >= portrait["bottom"] - 1
            if look["turned"]:
                credit = next(b for b in mine if b["role"] == "credit")
                assert credit["box"][3] - credit["box"][1] > credit["box"][2] - credit["box"][0]
                up = "".join(c["text"] for c in chars if not c["upright"])
                assert gen.compact(credit["text"]) in gen.compact(up), pdf.name
            quotes = {b["lang"] for p in truth["pages"] for b in p["blocks"]
                      if b["article"] == index and b["role"] == "pull-quote"}
            assert quotes == {"vi", "en"}
            photos = sum(len(pages[n][0]) for n in article["pages"])
            assert photos == len(article["captions"]) == 1 + look["strip"][index]
    assert places == {"beside", "under", "halves"} and turned == {True, False}


def test_statistics_sets_tables_of_no_article_between_or_inside_the_articles(docs, more):
    """Every block inside a table's grid belongs to no article (the head row, the indicators
    in both languages, the figures set in the monospaced face); a table inside an article has
    that article's text before and after it in reading order, one between articles only
    before it; a table cut by a page goes on under its ``(tiếp theo)`` / ``(continued)``
    line and its head row repeated."""
    places, cut = set(), 0
    for pdf in gen.of(docs + more, "statistics"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places |= set(look["places"])
        order = gen.ordered(truth)
        fonts = {n + 1: {c["fontname"].split("+")[-1] for c in page.chars}
                 for n, page in enumerate(gen.pages_of(pdf))}
        for part in look["tables"]:
            cells = [(k, b) for k, (n, _, b) in enumerate(order)
                     if n == part["page"] and inside(b["box"], part["box"])
                     and b["role"] != "page-number"]
            assert cells and all(b["role"] == "sidebar" and b["article"] is None
                                 for _, b in cells), pdf.name
            texts = [b["text"] for _, b in cells]
            assert "Chỉ tiêu" in texts and "Indicator" in texts
            assert any(t[0].isdigit() and "," in t for t in texts)
            assert any("Cousine" in f for f in fonts[part["page"]]), fonts[part["page"]]
        for index, place in enumerate(look["places"]):
            part = next(t for t in look["tables"] if t["number"] == index + 1)
            at = next(k for k, (n, _, b) in enumerate(order) if n == part["page"]
                      and inside(b["box"], part["box"]))
            before = {b["article"] for _, _, b in order[:at] if b["article"] is not None}
            after = [b for _, _, b in order[at:] if b["article"] == index]
            assert index in before, pdf.name
            assert bool(after) == (place == "inside"), pdf.name
        for number in look["continued"]:
            cut += 1
            following = [b["text"] for _, _, b in order if b["article"] is None]
            assert f"Bảng {number} (tiếp theo)" in following
            assert f"Table {number} (continued)" in following
        assert len(look["tables"]) == len(truth["articles"]) + len(look["continued"])
    assert places == {"between", "inside"} and cut


