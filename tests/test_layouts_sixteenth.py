"""The sixteenth round's layout families (``fixtures/layouts_sixteenth.py``): each family's
defining feature is there (a booklet printed two pages to a sheet side in the printer's order,
with notes pages and a back cover of no article; photos whose captions are printed inside them
on panels in their corners; advertorials of no article set like the articles between them). The
checks every round shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pytest

EDGE = 16.5            # points: a panel's inset (9) and padding (5) in a photo, and a little


ROUND, docs, more = rounds.round_fixtures("sixteenth")
scans = rounds.scans_fixture(ROUND)


def assert_booklet_printed(pdf: Path) -> None:
    truth = gen.truth_of(pdf)
    read = in_booklet_order(truth)
    for index, article in enumerate(truth["articles"]):
        for lang in ("vi", "en"):
            body = gen.printed(read, index, lang, ("body",))
            for link in article["paragraphs"]:
                assert link[lang] and all(gen.compact(t) in body for t in link[lang]), pdf.name
            assert gen.compact(article["title"][lang]) in gen.printed(read, index, lang,
                                                                      ("title",))
            if article["intro"]:
                assert gen.compact(article["intro"][lang]) in gen.printed(read, index, lang,
                                                                          ("intro",))


def in_booklet_order(truth: dict) -> dict:
    """The truth with a page per booklet page, in the booklet's order (each sheet side's
    blocks parted by the half they are printed on)."""
    width = truth["page_size"][0]
    pages = {page["booklet_pages"][half]: [b for b in page["blocks"]
                                           if half_of(b, width) == half]
             for page in truth["pages"] for half in (0, 1)}
    return {"pages": [{"number": n, "blocks": pages[n]} for n in sorted(pages)]}


def half_of(block: dict, width: float) -> int:
    """0 for a block on a sheet's left-hand page, 1 for one on its right-hand page."""
    return int((block["box"][0] + block["box"][2]) / 2 > width / 2)


def test_imposed_prints_each_paragraph_whole_in_the_booklets_order(docs, more):
    """Each truth paragraph in its language's body blocks read in the booklet's page order,
    not the file's (which the shared check reads), each title and intro."""
    for pdf in gen.of(docs + more, "imposed"):
        assert_booklet_printed(pdf)


def test_imposed_scans_keep_two_booklet_pages_on_each_sheet(scans):
    truth = gen.truth_of(next(p for p in scans if p.name == "imposed-1-scanned.pdf"))
    assert all(len(page["booklet_pages"]) == 2 for page in truth["pages"])


def test_imposed_prints_two_booklet_pages_a_sheet_side_in_the_printers_order(docs, more):
    """Each file page is a sheet side twice a booklet page wide holding two booklet pages:
    the outer sheet's front the last page left and page 1 right, then page 2 and the one
    before last, inwards to the centre spread; each half prints its own page number (the
    covers none), the truth lists the lower page's blocks first; the back cover's imprint
    and the notes pages are of no article; some article's text goes on from a booklet page
    to the next on an earlier page of the file; both orders of the languages occur."""
    orders, backwards = set(), False
    for pdf in gen.of(docs + more, "imposed"):
        truth = gen.truth_of(pdf)
        width, _ = truth["page_size"]
        booklet = truth["params"]["booklet_page"]
        assert width == pytest.approx(2 * booklet[0], abs=0.02)
        orders.add(truth["params"]["order"])
        count = 2 * len(truth["pages"])
        sheet_of = {}
        for k, page in enumerate(truth["pages"]):
            pair = page["booklet_pages"]
            assert pair == ([count - k, k + 1] if k % 2 == 0 else [k + 1, count - k])
            sheet_of.update({n: k for n in pair})
            halves = [half_of(b, width) for b in page["blocks"]]
            low = pair.index(min(pair))
            assert halves == sorted(halves, key=lambda h: h != low), (pdf.name, k)
            for half, number in enumerate(pair):
                printed = [b["text"] for b in page["blocks"]
                           if b["role"] == "page-number" and half_of(b, width) == half]
                assert printed in ([str(number)], []), (pdf.name, number)
                assert printed or number in (1, count) or truth["params"]["numbers"] == "none"
        assert sorted(sheet_of) == list(range(1, count + 1))
        first = truth["pages"][0]["blocks"]
        assert first[0]["role"] == "header" and half_of(first[0], width) == 1
        back = [b for b in first if half_of(b, width) == 0]
        assert back and all(b["role"] == "sidebar" and b["article"] is None for b in back)
        assert {b["lang"] for b in back} == {"vi", "en"}
        for index in range(len(truth["articles"])):
            numbers = sorted({pair for pair in booklet_pages_of(truth, index, width)})
            backwards |= any(b == a + 1 and sheet_of[b] < sheet_of[a]
                             for a, b in zip(numbers, numbers[1:], strict=False))
    assert orders == {"abreast", "halves"} and backwards


def booklet_pages_of(truth: dict, index: int, width: float) -> set[int]:
    """The booklet pages article ``index``'s text is printed on."""
    return {page["booklet_pages"][half_of(b, width)] for page in truth["pages"]
            for b in page["blocks"] if b["article"] == index}


def inside(box: list[float], image: dict) -> bool:
    x0, top, x1, bottom = box
    return (image["x0"] - 1 <= x0 and x1 <= image["x1"] + 1 and image["top"] - 1 <= top
            and bottom <= image["bottom"] + 1)


def test_inset_prints_every_caption_inside_its_photo_in_its_corners(docs, more):
    """Three captions an article, every caption and credit block inside a photo; a photo
    holding both languages of one caption, on one panel (one corner) or the Vietnamese in
    one corner and the English in the opposite one; both kinds occur."""
    kinds = set()
    for pdf in gen.of(docs + more, "inset"):
        truth = gen.truth_of(pdf)
        pages = gen.pages_of(pdf)
        assert all(len(a["captions"]) == 3 for a in truth["articles"])
        for tpage in truth["pages"]:
            caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")]
            for image in pages[tpage["number"] - 1].images:
                held = [b for b in caps if inside(b["box"], image)]
                if not held:
                    continue
                assert {b["lang"] for b in held} == {"vi", "en"}, pdf.name
                vi, en = (union([b["box"] for b in held if b["lang"] == lang])
                          for lang in ("vi", "en"))
                if abs(en[1] - vi[3]) < 8 and abs(en[0] - vi[0]) < 1:
                    kinds.add("together")       # the English under the Vietnamese
                    continue
                assert corner(vi, image) != corner(en, image), pdf.name
                assert all(a != b for a, b in zip(corner(vi, image), corner(en, image),
                                                  strict=True)), pdf.name
                kinds.add("split")
            assert all(any(inside(b["box"], i) for i in pages[tpage["number"] - 1].images)
                       for b in caps), pdf.name
    assert kinds == {"together", "split"}


def union(boxes: list[list[float]]) -> list[float]:
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)]


def corner(box: list[float], image: dict) -> tuple[bool, bool]:
    """Whether the text in ``box`` starts at the photo's top edge and at its left edge (a
    panel's text starts ``EDGE`` from the edges of the corner it sits in, further in from
    the others)."""
    return box[1] - image["top"] <= EDGE, box[0] - image["x0"] <= EDGE


def test_advertorials_of_no_article_are_set_like_the_articles_between_them(docs, more):
    """Advertorial blocks (role ``ad``) have no article and both languages, none of their
    text is in an article; they span the text width; one comes between the first and the
    second article in reading order; its Vietnamese title (the first of its lines not in
    capitals, under the label) is set at the size of the articles' Vietnamese titles."""
    for pdf in gen.of(docs + more, "advertorial"):
        truth = gen.truth_of(pdf)
        order = gen.ordered(truth)
        ads = [b for _, _, b in order if b["role"] == "ad"]
        assert ads and all(b["article"] is None for b in ads)
        assert {b["lang"] for b in ads} == {"vi", "en"}
        words = " ".join(t for a in truth["articles"] for link in a["paragraphs"]
                         for lang in ("vi", "en") for t in link[lang])
        assert not any(b["text"] in words for b in ads if len(b["text"]) > 40), pdf.name
        width = truth["page_size"][0]
        assert max(b["box"][2] for b in ads) - min(b["box"][0] for b in ads) > 0.75 * width
        position = {id(b): n for n, (_, _, b) in enumerate(order)}
        titles = [min(position[id(b)] for _, _, b in order
                      if b["article"] == index and b["role"] == "title") for index in (0, 1)]
        assert any(titles[0] < position[id(b)] < titles[1] for b in ads), pdf.name
        assert title_size(pdf, truth, lambda b: b["role"] == "ad" and b["lang"] == "vi"
                          and b["text"] != b["text"].upper()) == pytest.approx(
            title_size(pdf, truth, lambda b: b["role"] == "title" and b["lang"] == "vi"))


def title_size(pdf: Path, truth: dict, wanted) -> float:
    """The largest type size printed in the first block ``wanted`` picks (by reading
    order)."""
    number, _, block = next((n, k, b) for n, k, b in gen.ordered(truth) if wanted(b))
    x0, top, x1, bottom = block["box"]
    chars = gen.pages_of(pdf)[number - 1].chars
    return max(round(c["size"], 1) for c in chars
               if x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1 and top - 3 <= c["top"]
               and c["bottom"] <= bottom + 3)


