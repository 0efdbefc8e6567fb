"""The twentieth round's layout families (``fixtures/layouts_twentieth.py``): each family's
defining feature is there (questions and answers as the cells of a ruled table read row by row;
photos flanked by their Vietnamese caption on the left and their English one on the right; a
black-bordered death notice of no article between the articles). The checks every round shares
run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen
import pdfplumber

ROUND, docs, more = rounds.round_fixtures("twentieth")


def test_qatable_sets_each_question_beside_its_answer_in_rows_read_one_by_one(docs, more):
    """Each article's paragraphs are question, answer, question, answer ...; in reading
    order each language's body blocks go question cell (left of the table's split), its
    answer cell (right of it, starting on the question's line), the next row's question
    ...; in ``rows`` documents the languages alternate row by row, in ``tables`` documents
    each language's rows come whole; both orders occur."""
    orders = set()
    for pdf in gen.of(docs + more, "qatable"):
        truth = gen.truth_of(pdf)
        params = truth["params"]
        orders.add(params["order"])
        width = truth["page_size"][0]
        margin = min(b["box"][0] for p in truth["pages"] for b in p["blocks"]
                     if b["role"] == "body")
        split = margin + (width - 2 * margin) * params["split"]
        for index, article in enumerate(truth["articles"]):
            questions = {q for link in article["paragraphs"][0::2] for q in link["vi"] + link["en"]}
            body = [(n, b) for n, _, b in gen.ordered(truth)
                    if b["article"] == index and b["role"] == "body"]
            langs = [b["lang"] for _, b in body]
            switches = sum(langs[k] != langs[k - 1] for k in range(1, len(langs)))
            rows = len(article["paragraphs"]) // 2
            assert switches == (1 if params["order"] == "tables" else 2 * rows - 1), pdf.name
            for lang in ("vi", "en"):
                mine = [(n, b) for n, b in body if b["lang"] == lang]
                for k, (n, b) in enumerate(mine):
                    asks = b["text"] in questions
                    assert (b["box"][2] < split) == asks, (pdf.name, b["text"][:40])
                    if asks:
                        m, answer = mine[k + 1]
                        assert m == n and answer["box"][0] > split, pdf.name
                        assert abs(answer["box"][1] - b["box"][1]) < 2, pdf.name
    assert orders == {"tables", "rows"}


def test_flanking_sets_the_vietnamese_caption_left_and_the_english_right_of_each_photo(
        docs, more):
    """Each photo has its Vietnamese caption blocks (and credit) wholly to its left and its
    English ones wholly to its right, beside it (overlapping its height), level with its top
    or ending level with its foot as the document says; one photo per truth caption; both
    places, both levels and both rags occur."""
    seen: dict[str, set] = {"place": set(), "level": set(), "rag": set()}
    for pdf in gen.of(docs + more, "flanking"):
        truth = gen.truth_of(pdf)
        params = truth["params"]
        for key, values in seen.items():
            values.add(params[key])
        pages = gen.pages_of(pdf)
        photos = 0
        for tpage in truth["pages"]:
            images = pages[tpage["number"] - 1].images
            photos += len(images)
            caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")]
            for image in images:
                beside = [b for b in caps if b["box"][1] < image["bottom"]
                          and b["box"][3] > image["top"]]
                left = [b for b in beside if b["box"][2] <= image["x0"]]
                right = [b for b in beside if b["box"][0] >= image["x1"]]
                assert left and right and len(left) + len(right) == len(beside), pdf.name
                assert {b["lang"] for b in left} == {"vi"}, pdf.name
                assert {b["lang"] for b in right} == {"en"}, pdf.name
                for side in (left, right):
                    if params["level"] == "head":
                        assert abs(min(b["box"][1] for b in side) - image["top"]) < 3, pdf.name
                    else:
                        assert abs(max(b["box"][3] for b in side) - image["bottom"]) < 4, \
                            pdf.name
        assert photos == sum(len(a["captions"]) for a in truth["articles"]), pdf.name
    assert all(len(values) == 2 for values in seen.values()), seen


def test_obituary_sets_a_bordered_notice_of_no_article_between_the_articles(docs, more):
    """One run of ``sidebar`` blocks of no article follows the text of the article the truth
    names and comes before the next article's title; it holds both languages' headings
    (``TIN BUỒN``, ``OBITUARY``); every block of it lies inside a rectangle stroked at least
    2 points wide, narrower than the text; both arrangements occur."""
    arrangements = set()
    for pdf in gen.of(docs + more, "obituary"):
        truth = gen.truth_of(pdf)
        arrangements.add(truth["params"]["arrangement"])
        order = gen.ordered(truth)
        at = [m for m, (_, _, b) in enumerate(order) if b["role"] == "sidebar"]
        assert at and at == list(range(at[0], at[-1] + 1)), pdf.name
        notice = [order[m] for m in at]
        assert all(b["article"] is None for _, _, b in notice)
        after = truth["params"]["after"]
        before = [m for m, (_, _, b) in enumerate(order)
                  if b["article"] == after and b["role"] == "body"]
        assert max(before) < at[0], pdf.name
        nxt = [m for m, (_, _, b) in enumerate(order)
               if b["article"] == after + 1 and b["role"] == "title"]
        assert not nxt or at[-1] < min(nxt), pdf.name
        texts = {b["lang"]: [x["text"] for _, _, x in notice if x["lang"] == b["lang"]]
                 for _, _, b in notice}
        assert texts["vi"][0] == "TIN BUỒN" and texts["en"][0] == "OBITUARY", pdf.name
        number = notice[0][0]
        assert {n for n, _, _ in notice} == {number}, pdf.name
        with pdfplumber.open(pdf) as plumbed:
            page = plumbed.pages[number - 1]
            borders = [r for r in page.rects if r["linewidth"] >= 2]
            width = page.width
        assert len(borders) == 1, pdf.name
        border = borders[0]
        assert border["x1"] - border["x0"] < 0.85 * width, pdf.name
        for _, _, b in notice:
            x0, top, x1, bottom = b["box"]
            assert border["x0"] < x0 and x1 < border["x1"], pdf.name
            assert border["top"] < top and bottom < border["bottom"], pdf.name
    assert arrangements == {"stacked", "abreast"}


