"""The thirty-sixth round's layout families (``fixtures/layouts_thirtysixth.py``): each family's
defining feature is there (each language's columns read across the upper tier before the
lower one; object photos captioned by tombstones of short lines, a field a line; a "next
issue" box of no article set like an article's opening, between the articles or at the
end).
The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from conftest import FIXTURES
from printed_chars import printed_page

LANGS = ("vi", "en")
TEXT_ROLES = ("intro", "body", "byline")
FURNITURE = ("header", "page-number")

ROUND, docs, more = rounds.round_fixtures("thirtysixth")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from thirtysixth_teaser import COMING, LABELS, PAD, RULE_GAP  # noqa: E402
from thirtysixth_tiers import TIER_GAP  # noqa: E402
from thirtysixth_tombstone import CREDIT, GAP, NUMBER, OBJECTS  # noqa: E402


def near(a: float, b: float, slack: float = 1.0) -> bool:
    return abs(a - b) <= slack


def has_image(images: list[dict], box) -> bool:
    return any(near(i["x0"], box[0]) and near(i["top"], box[1]) and near(i["x1"], box[2])
               and near(i["bottom"], box[3]) for i in images)


def paths(pdf: Path, number: int) -> list[tuple]:
    """The page's drawn paths (origin top-left): rules, frames, tints."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    return [(left, height - high, right, height - low)
            for left, low, right, high in (obj.get_bounds() for obj in page.get_objects(
                filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))]


def inside(box, area, slack: float = 1.0) -> bool:
    return (area[0] - slack <= box[0] and box[2] <= area[2] + slack
            and area[1] - slack <= box[1] and box[3] <= area[3] + slack)


def test_tiers_each_language_is_read_across_the_upper_tier_then_the_lower(docs, more):
    """On every page the truth records (``pages``): every text block of each language lies
    in one of its columns in the upper or the lower tier; in reading order the blocks go
    down the upper tier's columns left to right, then the lower tier's (not down the page:
    on many pages the upper tier's second column is read before the lower tier's first); a
    language with text in the lower tier has some in every upper column, and on every page
    one language at least reaches the lower tier; between the tiers a hairline
    ``TIER_GAP`` points from each (``rule``) or a row of photos (``photos``). Both bands and
    two and three columns a language occur, on landscape and upright pages."""
    bands, pers, shapes, across = set(), set(), set(), 0
    for pdf in gen.of(docs + more, "tiers"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        bands.add(look["band"])
        pers.add(look["per_lang"])
        width, height = truth["page_size"]
        shapes.add(width > height)
        for g in look["pages"]:
            n = g["page"]
            tiers = (g["upper"], g["lower"])
            assert near(tiers[1][0] - tiers[0][1], (look["photo_depth"] if look["band"] ==
                                                    "photos" else 0) + 2 * TIER_GAP)
            lowered = 0
            for lang in LANGS:
                cols = g[lang]
                assert len(cols) == look["per_lang"], pdf.name
                blocks = [b for m, _, b in gen.ordered(truth) if m == n and b["lang"] == lang
                          and b["article"] is not None and b["role"] in TEXT_ROLES]
                at = []
                for b in blocks:
                    where = [(t, c) for t, (top, foot) in enumerate(tiers)
                             for c, (a, z) in enumerate(cols)
                             if inside(b["box"], (a, top, z, foot))]
                    assert len(where) == 1, (pdf.name, n, b["text"][:40], b["box"])
                    at.append(where[0])
                assert at == sorted(at), (pdf.name, n, lang, at)
                if any(t == 1 for t, _ in at):      # the upper tier filled across first
                    assert {c for t, c in at if t == 0} == set(range(len(cols))), pdf.name
                    lowered += 1
                if at != sorted(at, key=lambda tc: (tc[1], tc[0])):
                    across += 1
            assert lowered, (pdf.name, n)
            band = g["band_box"]
            if look["band"] == "rule":
                assert any(near(q[1], band[1]) and q[0] <= band[0] + 1 and q[2] >= band[2] - 1
                           for q in paths(pdf, n)), (pdf.name, n)
            else:
                photos = [i for i in printed_page(pdf, n)[2] if inside(
                    (i["x0"], i["top"], i["x1"], i["bottom"]), band)]
                assert len(photos) == look["photos"], (pdf.name, n)
    assert bands == {"rule", "photos"}
    assert pers == {2, 3}
    assert shapes == {True, False}
    assert across >= 6


def caption_groups(truth: dict, k: int) -> list[tuple[int, list[dict]]]:
    """Article ``k``'s captions in reading order: (page, its caption, credit and English
    caption blocks), which must come three in a row."""
    mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
    caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
    assert [b["role"] for _, b in caps] == ["caption", "credit", "caption"] * (len(caps) // 3)
    return [(caps[g][0], [b for _, b in caps[g:g + 3]]) for g in range(0, len(caps), 3)]


def test_tombstone_object_photos_are_captioned_by_labels_of_short_lines(docs, more):
    """Each article's objects (``counts``): a photo on the page (``photos``) and its
    tombstones (caption, credit and English caption blocks three in a row), the caption
    blocks being the truth's captions with one line a field at least (the Vietnamese block
    at least as deep as its fields at the caption leading, the credit under it), the credits
    ``Ảnh:`` /
    ``Photo:`` and the lender; the exhibit's number first when ``lead`` is ``number``, the
    object's name first when ``name``. ``under``: the tombstones under the photo, ``GAP``
    points off, within its width, the Vietnamese left of the English; ``beside``: beside
    it, ``GAP`` points off, from its top, the Vietnamese over the English. The tombstones
    before the article's text (``open``) or after it (``close``). Both places, both leads
    and both wheres occur."""
    places, leads, wheres = set(), set(), set()
    names = {obj[lang][0] for obj in OBJECTS for lang in LANGS}
    for pdf in gen.of(docs + more, "tombstone"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        leads.add(look["lead"])
        shown = 0
        for k, article in enumerate(truth["articles"]):
            groups = caption_groups(truth, k)
            assert len(groups) == len(article["captions"]) == look["counts"][k], pdf.name
            for (n, (vi, credit, en)), cap, photo in zip(groups, article["captions"],
                                                         look["photos"][k], strict=True):
                shown += 1
                assert vi["text"] == cap["vi"] and vi["lang"] == "vi", pdf.name
                assert credit["text"] == CREDIT["vi"].format(cap["credit"]), pdf.name
                assert en["text"] == f"{cap['en']} {CREDIT['en'].format(cap['credit_en'])}"
                if look["lead"] == "number":
                    assert cap["vi"].startswith(NUMBER["vi"].format(shown) + " "), cap["vi"]
                    assert cap["en"].startswith(NUMBER["en"].format(shown) + " "), cap["en"]
                    fields = 6
                else:
                    assert any(cap["vi"].startswith(name) for name in names), cap["vi"]
                    fields = 5
                line = look["caption_leading"]
                assert vi["box"][3] - vi["box"][1] >= fields * line - 0.5, (pdf.name, vi)
                assert near(credit["box"][1], vi["box"][3], 0.5), pdf.name
                assert photo["page"] == n, pdf.name
                box = photo["box"]
                assert has_image(printed_page(pdf, n)[2], box), (pdf.name, n, box)
                if look["place"] == "under":
                    assert near(vi["box"][1], box[3] + GAP) and near(en["box"][1], box[3] + GAP)
                    assert box[0] - 1 <= vi["box"][0] and en["box"][2] <= box[2] + 1
                    assert vi["box"][2] <= en["box"][0], pdf.name
                else:
                    assert near(vi["box"][1], box[1]), pdf.name
                    assert en["box"][1] >= credit["box"][3] + GAP - 1, pdf.name
                    for b in (vi, credit, en):
                        assert (b["box"][0] >= box[2] + GAP - 1
                                or b["box"][2] <= box[0] - GAP + 1), (pdf.name, b)
            blocks = [b for _, _, b in gen.ordered(truth) if b["article"] == k]
            at = [i for i, b in enumerate(blocks) if b["role"] in ("caption", "credit")]
            text = [i for i, b in enumerate(blocks) if b["role"] in TEXT_ROLES]
            where = look["wheres"][k]
            wheres.add(where)
            assert (at[-1] < text[0] if where == "open" else text[-1] < at[0]), (pdf.name, k)
    assert places == {"under", "beside"}
    assert leads == {"name", "number"}
    assert wheres == {"open", "close"}


def test_teaser_a_next_issue_box_of_no_article_between_the_articles_or_at_the_end(docs, more):
    """The teaser's blocks: role ``sidebar`` of no article, each language's label then each
    coming article's title and blurb (``items``), the Vietnamese in a row then the English,
    the Vietnamese in the left half of the teaser's box and the English in the right; in
    reading order right after the first article's last block and before the second's
    first (``between``) or after every article's (``end``, at the foot of its page). Under
    a heavy rule across the box's top (``ruled``) or in a frame round the box (``framed``).
    The coming titles set at their own leading (``title_leading``), larger than their blurbs'
    (``body_leading``), each over its blurb. Both places, both dresses and both
    labels occur."""
    places, dresses, labels = set(), set(), set()
    for pdf in gen.of(docs + more, "teaser"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        dresses.add(look["dress"])
        labels.add(look["label"])
        blocks = [(n, b) for n, _, b in gen.ordered(truth) if b["role"] not in FURNITURE]
        teaser = [(i, n, b) for i, (n, b) in enumerate(blocks) if b["article"] is None]
        expected = [(lang, text) for k, lang in enumerate(LANGS) for text in (
            LABELS[look["label"]][k],
            *(t for key in look["items"] for t in COMING[key][lang]))]
        assert [(b["role"], b["lang"], b["text"]) for _, _, b in teaser] == [
            ("sidebar", lang, text) for lang, text in expected], pdf.name
        first, last = teaser[0][0], teaser[-1][0]
        assert last - first + 1 == len(teaser), pdf.name           # in a row
        owners = [b["article"] for _, b in blocks]
        if look["place"] == "between":
            assert all(a == 0 for a in owners[:first]), pdf.name
            assert owners[last + 1:] and all(a == 1 for a in owners[last + 1:]), pdf.name
        else:
            assert last == len(blocks) - 1, pdf.name
        where = look["teaser"]
        box, n = where["box"], where["page"]
        mid = (box[0] + box[2]) / 2
        for _, m, b in teaser:
            assert m == n and inside(b["box"], box), (pdf.name, b["text"])
            assert (b["box"][2] <= mid if b["lang"] == "vi" else b["box"][0] >= mid), pdf.name
        per = 1 + 2 * len(look["items"])
        big, small = look["title_leading"], look["body_leading"]
        assert big > small
        for lang in range(2):
            mine = [b for _, _, b in teaser[lang * per:(lang + 1) * per]]
            for title, blurb in zip(mine[1::2], mine[2::2], strict=True):
                for b, lead in ((title, big), (blurb, small)):
                    depth = b["box"][3] - b["box"][1]
                    assert depth >= lead - 0.5 and near(depth, round(depth / lead) * lead, 0.5)
                assert title["box"][3] <= blurb["box"][1] + 0.5, pdf.name
        drawn = paths(pdf, n)
        if look["dress"] == "ruled":
            assert any(near(q[1], box[1], 1.5) and near(q[0], box[0], 2.0)
                       and near(q[2], box[2], 2.0) and q[3] - q[1] < 3 for q in drawn), pdf.name
            assert min(b["box"][1] for _, _, b in teaser) >= box[1] + RULE_GAP - 1
        else:
            assert any(all(near(q[j], box[j], 1.0) for j in range(4)) for q in drawn), pdf.name
            assert min(b["box"][1] for _, _, b in teaser) >= box[1] + PAD - 1
    assert places == {"between", "end"}
    assert dresses == {"ruled", "framed"}
    assert labels == {0, 1}

