"""The nineteenth round's layout families (``fixtures/layouts_nineteenth.py``): each family's
defining feature is there (landscape sheets whose four columns alternate the languages, each
language running from its first column into its second over the other's; captions set above
their photos; a crossword of no article between the articles under title lines lettered like
theirs). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pdfplumber

ROUND, docs, more = rounds.round_fixtures("nineteenth")


def column_of(x: float, lefts: list[float]) -> int:
    """The index of the column (by its left edge) a block starting at ``x`` is set in."""
    return min(range(len(lefts)), key=lambda k: abs(lefts[k] - x))


def test_interlace_alternates_the_languages_column_by_column_on_landscape_sheets(docs, more):
    """Every sheet is landscape; the text (body and intro blocks) stands in four columns
    whose languages alternate, the first and third holding the leading language, the second
    and fourth the other; in reading order each article's text on a sheet gives one
    language whole, then the other, each from its first column to its second; both leading
    languages occur."""
    leads = set()
    for pdf in gen.of(docs + more, "interlace"):
        truth = gen.truth_of(pdf)
        lead = truth["params"]["lead"]
        leads.add(lead)
        assert truth["page_size"][0] > truth["page_size"][1], pdf.name
        text = [(tpage["number"], b) for tpage in truth["pages"] for b in tpage["blocks"]
                if b["role"] in ("body", "intro")]
        lefts: list[float] = []
        for _, b in sorted(text, key=lambda nb: nb[1]["box"][0]):
            if not lefts or b["box"][0] - lefts[-1] > 20:
                lefts.append(b["box"][0])
        assert len(lefts) == 4, pdf.name
        other = "en" if lead == "vi" else "vi"
        for _, b in text:
            assert b["lang"] == (lead, other)[column_of(b["box"][0], lefts) % 2], pdf.name
        for number in {n for n, _ in text}:
            for index in {b["article"] for n, b in text if n == number}:
                mine = [b for n, b in text if n == number and b["article"] == index]
                seq = [b["lang"] for b in mine]
                assert sum(seq[k] != seq[k - 1] for k in range(1, len(seq))) <= 1, pdf.name
                for lang in ("vi", "en"):
                    cols = [column_of(b["box"][0], lefts) for b in mine if b["lang"] == lang]
                    assert cols == sorted(cols), (pdf.name, number)
    assert leads == {"vi", "en"}


def test_overhead_sets_each_caption_above_its_photo(docs, more):
    """Each article has two or three captions and as many photos, side by side; over each
    photo, within its width, its Vietnamese caption then its English one end just above the
    photo's top, and no caption block lies under a photo; the rows come both under the
    titles and after the text."""
    places = set()
    for pdf in gen.of(docs + more, "overhead"):
        truth = gen.truth_of(pdf)
        places.add(truth["params"]["place"])
        pages = gen.pages_of(pdf)
        photos = 0
        for tpage in truth["pages"]:
            images = pages[tpage["number"] - 1].images
            photos += len(images)
            caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")]
            for image in images:
                over = [b for b in caps if b["box"][0] >= image["x0"] - 1
                        and b["box"][2] <= image["x1"] + 1]
                assert {b["lang"] for b in over} == {"vi", "en"}, pdf.name
                assert all(b["box"][3] <= image["top"] + 1 for b in over), pdf.name
                assert image["top"] - max(b["box"][3] for b in over) < 8, pdf.name
                assert over[-1]["lang"] == "en" and over[0]["lang"] == "vi", pdf.name
            tops = {round(i["top"]) for i in images}
            assert len(tops) <= len(truth["articles"]), pdf.name
        counts = [len(a["captions"]) for a in truth["articles"]]
        assert all(c in (2, 3) for c in counts) and photos == sum(counts), pdf.name
    assert places == {"top", "foot"}


def faces_in(pdf: Path, block: dict, number: int) -> set[tuple[str, float]]:
    """The (font, size) pairs of the letters whose middles lie in ``block``'s box on page
    ``number``: the lettering it is set in."""
    x0, top, x1, bottom = block["box"]
    return {(c["fontname"].split("+")[-1], round(c["size"], 1))
            for c in gen.pages_of(pdf)[number - 1].chars
            if c["text"].strip() and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
            and top <= (c["top"] + c["bottom"]) / 2 <= bottom}


def test_crossword_sets_a_puzzle_of_no_article_under_titles_lettered_like_the_articles(
        docs, more):
    """One run of ``sidebar`` blocks of no article in both languages follows an article's
    text and comes before the next article's title; it opens with a Vietnamese and an
    English block lettered exactly like the articles' titles, holds both languages' clue
    headings and numbered clues and last issue's answers, and its page draws the grid's
    squares; both box styles and both grid sides occur."""
    boxes, sides = set(), set()
    for pdf in gen.of(docs + more, "crossword"):
        truth = gen.truth_of(pdf)
        boxes.add(truth["params"]["box"])
        sides.add(truth["params"]["side"])
        order = gen.ordered(truth)
        at = [m for m, (_, _, b) in enumerate(order) if b["role"] == "sidebar"]
        assert at and at == list(range(at[0], at[-1] + 1)), pdf.name
        puzzle = [order[m] for m in at]
        assert all(b["article"] is None for _, _, b in puzzle)
        after = truth["params"]["after"]
        before = [m for m, (_, _, b) in enumerate(order)
                  if b["article"] == after and b["role"] == "body"]
        assert max(before) < at[0], pdf.name
        nxt = [m for m, (_, _, b) in enumerate(order)
               if b["article"] == after + 1 and b["role"] == "title"]
        assert not nxt or at[-1] < min(nxt), pdf.name
        titles = {b["lang"]: (n, b) for n, _, b in order
                  if b["article"] == 0 and b["role"] == "title"}
        for (n, _, block), lang in zip(puzzle[:2], ("vi", "en"), strict=True):
            assert block["lang"] == lang
            assert faces_in(pdf, block, n) == faces_in(pdf, titles[lang][1], titles[lang][0])
        text = {lang: "\n".join(b["text"] for _, _, b in puzzle if b["lang"] == lang)
                for lang in ("vi", "en")}
        for word in ("HÀNG NGANG", "HÀNG DỌC", "1.", "Lời giải"):
            assert word in text["vi"], pdf.name
        for word in ("ACROSS", "DOWN", "1.", "answers"):
            assert word in text["en"], pdf.name
        number = puzzle[0][0]
        with pdfplumber.open(pdf) as plumbed:
            rects = plumbed.pages[number - 1].rects
        size = truth["params"]["size"]
        assert len(rects) >= size * size, pdf.name
    assert boxes == {"frame", "tint"} and sides == {"left", "right"}


