"""The twenty-eighth round's layout families (``fixtures/layouts_twentyeighth.py``): each
family's defining feature is there (short articles as cards in a grid, read row by row or
column by column; a photo over a whole page of its own, captioned at the foot of its
article's text page by a pointer; classified adverts of no article sharing every page with
the articles). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re

import generated_rounds as rounds
import layout_generated as gen

LANGS = ("vi", "en")

ROUND, docs, more = rounds.round_fixtures("twentyeighth")
FAMILIES = ROUND.families


def union(blocks: list[dict]) -> list[float]:
    return [min(b["box"][0] for b in blocks), min(b["box"][1] for b in blocks),
            max(b["box"][2] for b in blocks), max(b["box"][3] for b in blocks)]


def cards_of(truth: dict, page: dict) -> list[tuple[int, list[float]]]:
    """The page's cards in reading order: (article, the box round its blocks); each card's
    Vietnamese blocks all before its English ones."""
    order: list[int] = []
    for block in page["blocks"]:
        if block["article"] is not None and block["article"] not in order:
            order.append(block["article"])
    cards = []
    for k in order:
        mine = [b for b in page["blocks"] if b["article"] == k]
        langs = [b["lang"] for b in mine]
        assert langs == sorted(langs, key=LANGS.index), truth["file"]
        cards.append((k, union(mine)))
    return cards


def test_cards_are_read_row_by_row_or_column_by_column(docs, more):
    """Each article is a card on one page, its Vietnamese then its English in reading order,
    the articles in order; a lead card (when printed) spans the grid, its Vietnamese in the
    left half and its English in the right one. ``rows``: the next card is beside the last
    one at the same height or opens a lower row at the grid's left; ``columns``: it is under
    the last one in the same column or at the head of a column to its right (the reading
    going up). Both orders, both grids, a lead card and both moves occur."""
    orders, grids, beside, up, leads = set(), set(), 0, 0, 0
    for pdf in gen.of(docs + more, "cards"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        orders.add(look["order"])
        grids.add(look["grid"])
        assert all(len(a["pages"]) == 1 for a in truth["articles"]), pdf.name
        seen = [b["article"] for _, _, b in gen.ordered(truth) if b["article"] is not None]
        assert list(dict.fromkeys(seen)) == list(range(len(truth["articles"]))), pdf.name
        width = truth["page_size"][0]
        for page in truth["pages"]:
            cards = cards_of(truth, page)
            if look["lead"] and page["number"] == 1:
                lead = [b for b in page["blocks"] if b["article"] == 0]
                middle = width / 2
                assert all(b["box"][2] <= middle for b in lead if b["lang"] == "vi")
                assert all(b["box"][0] >= middle for b in lead if b["lang"] == "en")
                cards, leads = cards[1:], leads + 1
            cell = (width - 60) / look["grid"]
            assert all(box[2] - box[0] <= cell for _, box in cards), pdf.name
            left = min((box[0] for _, box in cards), default=0)
            head = min((box[1] for _, box in cards), default=0)
            for (_, a), (_, b) in zip(cards, cards[1:], strict=False):
                if look["order"] == "rows":
                    level = abs(a[1] - b[1]) < 1 and b[0] > a[2]
                    beside += level
                    assert level or (b[1] > a[3] and abs(b[0] - left) < 1), pdf.name
                else:
                    under = abs(a[0] - b[0]) < 1 and b[1] > a[3]
                    up += not under
                    assert under or (b[0] > a[2] and abs(b[1] - head) < 1), pdf.name
    assert orders == {"rows", "columns"} and grids == {2, 3} and beside and up and leads


POINTER = {"vi": re.compile(r"^Ảnh (trang bên|bên trái|bên phải|trang (\d+)):$"),
           "en": re.compile(r"^(Opposite|Left|Right|Photo on page (\d+)):$")}


def test_bleed_photos_fill_a_page_and_are_captioned_on_the_text_page_beside(docs, more):
    """Each article's photo is a page of its own (``photos``: no text, one image from edge to
    edge) just before or after (``side``) the article's first text page; that page's foot
    holds its caption under all the article's text there: in each language the pointer
    (role ``label``, naming the photo's page when it gives a number, ``Left`` when the photo
    comes before) then the caption; the Vietnamese left of the English (``halves``) or over
    it (``stacked``). Both sides and both settings occur."""
    sides, settings = set(), set()
    for pdf in gen.of(docs + more, "bleed"):
        truth = gen.truth_of(pdf)
        side, setting = truth["params"]["side"], truth["params"]["captions"]
        sides.add(side)
        settings.add(setting)
        printed = gen.pages_of(pdf)
        for k, article in enumerate(truth["articles"]):
            photo = next(n for n in article["pages"]
                         if truth["pages"][n - 1]["layout"] == "photos")
            page = printed[photo - 1]
            assert truth["pages"][photo - 1]["blocks"] == [] and not page.chars, pdf.name
            assert len(page.images) == 1, pdf.name
            image = page.images[0]
            assert image["x0"] < 0.5 and image["top"] < 0.5 and image["x1"] > page.width - 0.5
            text = photo + 1 if side == "before" else photo - 1
            assert text in article["pages"] and not printed[text - 1].images, pdf.name
            blocks = [b for b in truth["pages"][text - 1]["blocks"] if b["article"] == k]
            body = [b for b in blocks if b["role"] in ("title", "intro", "body", "byline")]
            foot = [b for b in blocks if b["role"] in ("label", "caption", "credit")]
            assert blocks == body + foot and len(foot) >= 4, pdf.name
            assert min(b["box"][1] for b in foot) > max(b["box"][3] for b in body), pdf.name
            for lang in LANGS:
                mine = [b for b in foot if b["lang"] == lang]
                assert mine[0]["role"] == "label", pdf.name
                said = POINTER[lang].match(mine[0]["text"])
                assert said, mine[0]["text"]
                if said.group(2):
                    assert int(said.group(2)) == photo
                assert not said.group(1).startswith(("bên phải", "Right")) or side == "after"
                assert not said.group(1).startswith(("bên trái", "Left")) or side == "before"
            vi, en = (union([b for b in foot if b["lang"] == lang]) for lang in LANGS)
            if setting == "halves":
                assert vi[2] < en[0], pdf.name
            else:
                assert vi[3] <= en[1] + 0.5, pdf.name
    assert sides == {"before", "after"} and settings == {"halves", "stacked"}


def test_classifieds_share_every_page_with_adverts_of_no_article(docs, more):
    """Every page holds article text and adverts (role ``ad``, no article), in reading order
    after the page's article blocks and each language's line of a pair before its twin's,
    the Vietnamese first; the adverts lie under all the page's text (``foot``) or beside it
    (``side``); an article goes on over the next page's adverts in some document; both
    places occur."""
    places, continued = set(), 0
    for pdf in gen.of(docs + more, "classifieds"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        for page in truth["pages"]:
            blocks = [b for b in page["blocks"] if b["role"] not in ("header", "page-number")]
            ads = [b for b in blocks if b["role"] == "ad"]
            text = [b for b in blocks if b["role"] != "ad"]
            assert ads and text and blocks == text + ads, pdf.name
            assert all(b["article"] is None for b in ads)
            assert all(b["article"] is not None for b in text)
            assert [b["lang"] for b in ads] == list(LANGS) * (len(ads) // 2), pdf.name
            x0, top, x1, bottom = union(text)
            if look["place"] == "foot":
                assert all(b["box"][1] > bottom for b in ads), pdf.name
            elif look["ad_side"] == "left":
                assert all(b["box"][2] < x0 for b in ads), pdf.name
            else:
                assert all(b["box"][0] > x1 for b in ads), pdf.name
        continued += any(len(a["pages"]) > 1 for a in truth["articles"])
    assert places == {"foot", "side"} and continued

