"""The seventeenth round's layout families (``fixtures/layouts_seventeenth.py``): each family's
defining feature is there (two small pages printed one over the other on each sheet, the text
going on from the upper page to the lower one; groups of numbered photos captioned by a numbered
key apart from them; a readers' question-and-answer box of no article opening under a
reverse-video bar like the articles' own). The checks every round shares run on the same
documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pytest

DISC = 15.0            # points: a photo number's disc (seventeenth_keyed.DISC)


ROUND, docs, more = rounds.round_fixtures("seventeenth")
scans = rounds.scans_fixture(ROUND)


def test_twoup_scans_keep_the_pages_of_each_sheet(scans):
    truth = gen.truth_of(next(p for p in scans if p.name == "twoup-1-scanned.pdf"))
    assert all(page["sheet_pages"] for page in truth["pages"])


def half_of(block: dict, height: float) -> int:
    """0 for a block on a sheet's upper page, 1 for one on its lower page."""
    return int((block["box"][1] + block["box"][3]) / 2 > height / 2)


def test_twoup_prints_two_pages_one_over_the_other_and_the_text_goes_on_between_them(
        docs, more):
    """Each file page is a sheet twice a small page's height holding pages 2k+1 (upper)
    and 2k+2 (lower), the last sheet's lower half empty when the count is odd; the truth
    lists the upper page's blocks first; each half prints its own page number (when the
    document numbers its pages); some article's text goes on from an upper page to the
    lower page under it; both arrangements of the text occur."""
    orders, onward = set(), False
    for pdf in gen.of(docs + more, "twoup"):
        truth = gen.truth_of(pdf)
        width, height = truth["page_size"]
        small = truth["params"]["sheet_page"]
        assert small[0] == pytest.approx(width) and height == pytest.approx(2 * small[1],
                                                                            abs=0.02)
        assert small[0] > small[1]                     # the small pages are landscape
        orders.add(truth["params"]["order"])
        for k, page in enumerate(truth["pages"]):
            numbers = page["sheet_pages"]
            assert numbers in ([2 * k + 1, 2 * k + 2], [2 * k + 1])
            halves = [half_of(b, height) for b in page["blocks"]]
            assert halves == sorted(halves), (pdf.name, k)
            assert set(halves) == set(range(len(numbers))), (pdf.name, k)
            for half, number in enumerate(numbers):
                printed = [b["text"] for b in page["blocks"]
                           if b["role"] == "page-number" and half_of(b, height) == half]
                want = [] if truth["params"]["numbers"] == "none" else [str(number)]
                assert printed == want, (pdf.name, number)
            for index in range(len(truth["articles"])):
                onward |= {half_of(b, height) for b in page["blocks"]
                           if b["article"] == index and b["role"] == "body"} == {0, 1}
        assert len(truth["pages"]) >= 2 and truth["pages"][0]["blocks"][0]["role"] in (
            "header",)
    assert orders == {"abreast", "paired"} and onward


def keyed_parts(pdf: Path, page_number: int) -> tuple[list[dict], list[dict]]:
    """The photos and the number discs printed on a page (pdfplumber's image dicts)."""
    images = gen.pages_of(pdf)[page_number - 1].images
    discs = [i for i in images if abs(i["x1"] - i["x0"] - DISC) < 0.5
             and abs(i["bottom"] - i["top"] - DISC) < 0.5]
    return [i for i in images if i not in discs], discs


def inside(box: list[float], image: dict, slack: float = 1.0) -> bool:
    x0, top, x1, bottom = box
    return (image["x0"] - slack <= x0 and x1 <= image["x1"] + slack
            and image["top"] - slack <= top and bottom <= image["bottom"] + slack)


def test_keyed_numbers_its_photos_and_captions_them_in_a_numbered_key_apart(docs, more):
    """Each article has three or four captions; each keyed page carries as many photos as
    number discs, each disc inside a photo, no text inside a photo; each language's key
    lists the numbers 1, 2, ... in order (``label`` blocks of the article), each number
    followed by a caption block of its language; all three kinds of key occur."""
    kinds = set()
    for pdf in gen.of(docs + more, "keyed"):
        truth = gen.truth_of(pdf)
        kinds.add(truth["params"]["key"])
        assert all(len(a["captions"]) in (3, 4) for a in truth["articles"])
        keyed = 0
        for tpage in truth["pages"]:
            photos, discs = keyed_parts(pdf, tpage["number"])
            assert len(photos) == len(discs), (pdf.name, tpage["number"])
            assert all(any(inside([d["x0"], d["top"], d["x1"], d["bottom"]], p)
                           for p in photos) for d in discs)
            assert not any(inside(b["box"], p, 0.0) for b in tpage["blocks"] for p in photos)
            keyed += len(discs)
            blocks = tpage["blocks"]
            for lang in ("vi", "en"):
                labels = [(k, b) for k, b in enumerate(blocks)
                          if b["role"] == "label" and b["lang"] == lang]
                numbers = [int(re.sub(r"\D", "", b["text"])) for _, b in labels]
                assert numbers == list(range(1, len(numbers) + 1)), (pdf.name, numbers)
                assert len(numbers) == len(discs), (pdf.name, tpage["number"])
                for k, b in labels:
                    assert b["article"] is not None
                    after = blocks[k + 1]
                    assert (after["role"], after["lang"], after["article"]) == (
                        "caption", lang, b["article"]), pdf.name
        assert keyed == sum(len(a["captions"]) for a in truth["articles"])
    assert kinds == {"split", "paired", "beside"}


def test_askbox_sets_a_readers_box_of_no_article_under_a_bar_like_the_articles(docs, more):
    """Each article opens with its rubric in a bar (``section`` blocks of the article, the
    truth's section); the readers' box (``sidebar`` blocks) has no article, both languages,
    a question and an answer in each, none of its text in an article; it comes between the
    first and the second article in reading order; its bar is lettered in the size and face
    of the articles' bars, in white."""
    boxes = set()
    for pdf in gen.of(docs + more, "askbox"):
        truth = gen.truth_of(pdf)
        boxes.add(truth["params"]["box"])
        order = gen.ordered(truth)
        for index, article in enumerate(truth["articles"]):
            bars = {b["lang"]: b["text"] for _, _, b in order
                    if b["article"] == index and b["role"] == "section"}
            assert bars == article["section"], pdf.name
        side = [b for _, _, b in order if b["role"] == "sidebar"]
        assert side and all(b["article"] is None for b in side)
        text = {lang: " ".join(b["text"] for b in side if b["lang"] == lang)
                for lang in ("vi", "en")}
        assert "Hỏi:" in text["vi"] and "Trả lời:" in text["vi"]
        assert "Q:" in text["en"] and "A:" in text["en"]
        words = " ".join(t for a in truth["articles"] for link in a["paragraphs"]
                         for lang in ("vi", "en") for t in link[lang])
        assert not any(b["text"] in words for b in side if len(b["text"]) > 40), pdf.name
        position = {id(b): n for n, (_, _, b) in enumerate(order)}
        titles = [min(position[id(b)] for _, _, b in order
                      if b["article"] == index and b["role"] == "title") for index in (0, 1)]
        assert any(titles[0] < position[id(b)] < titles[1] for b in side), pdf.name
        article_bar = lettering(pdf, truth, lambda b: b["role"] == "section")
        box_bar = lettering(pdf, truth, lambda b: b["role"] == "sidebar")
        assert article_bar == box_bar and article_bar[2] == (1.0,), pdf.name
    assert boxes == {"frame", "tint"}


def lettering(pdf: Path, truth: dict, wanted) -> tuple:
    """(size, font, fill colour) of the first character of the first block ``wanted``
    picks, in reading order."""
    number, _, block = next((n, k, b) for n, k, b in gen.ordered(truth) if wanted(b))
    x0, top, x1, bottom = block["box"]
    char = next(c for c in gen.pages_of(pdf)[number - 1].chars
                if x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1 and top - 3 <= c["top"]
                and c["bottom"] <= bottom + 3 and c["text"].strip())
    colour = char["non_stroking_color"]
    return round(char["size"], 1), char["fontname"].split("+")[-1], tuple(colour or ())


