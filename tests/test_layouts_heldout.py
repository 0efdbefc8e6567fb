"""This round's held-out layout families (``fixtures/layouts_heldout.py``): each family's
defining feature is there (each article a process chart of panels joined by arrows, read in a
serpentine or down the columns; collages of one large and two or three small photos under one
caption a language whose parts are led by the photos' places or go clockwise; a package of
stories under an umbrella headline and deck of no article), and the bench marks them held
out.
The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys
from itertools import pairwise
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

ROUND, docs, more = rounds.round_fixtures("heldout")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from heldout_collage import CAPTION_GAP, CLOCKWISE, CREDIT, MAIN, ROW, STACK_WORDS  # noqa: E402
from heldout_steps import ROW_GAP  # noqa: E402
from heldout_umbrella import PAD, TOPICS  # noqa: E402


def near(a: float, b: float, slack: float = 1.0) -> bool:
    return abs(a - b) <= slack


def has_image(images: list[dict], box) -> bool:
    return any(near(i["x0"], box[0]) and near(i["top"], box[1]) and near(i["x1"], box[2])
               and near(i["bottom"], box[3]) for i in images)


def paths(pdf: Path, number: int) -> list[tuple]:
    """The page's drawn paths (origin top-left): rules, frames, tints, arrows."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    return [(left, height - high, right, height - low)
            for left, low, right, high in (obj.get_bounds() for obj in page.get_objects(
                filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))]


def inside(box, area, slack: float = 1.0) -> bool:
    return (area[0] - slack <= box[0] and box[2] <= area[2] + slack
            and area[1] - slack <= box[1] and box[3] <= area[3] + slack)


def arrow_between(drawn: list[tuple], q: dict, nxt: dict) -> bool:
    """A drawn path from panel ``q`` to panel ``nxt``: in the gap under ``q`` (the next one
    under it), in the gap between them (beside it), or an elbow from under ``q`` into the
    next column's first panel."""
    a, top, b, bottom = q["box"]
    na, ntop, nb, _ = nxt["box"]
    if nxt["col"] == q["col"]:
        return any(q0 >= a and q1 <= b and q_top >= bottom - 1 and q_bot <= ntop + 1
                   for q0, q_top, q1, q_bot in drawn)
    if near(ntop, top):
        lo, hi = (b, na) if na > b else (nb, a)
        return any(q0 >= lo - 1 and q1 <= hi + 1 and top <= q_top and q_bot <= bottom
                   for q0, q_top, q1, q_bot in drawn)
    return any(q0 <= (a + b) / 2 + 1 and q1 >= na - 4 and q_bot >= bottom and q_top <= ntop + 13
               for q0, q_top, q1, q_bot in drawn)


def test_steps_each_article_is_a_chart_of_panels_read_along_its_arrows(docs, more):
    """Each article's links (``charts``, in reading order, one a panel) each in a panel: the
    article's text blocks lie in its panels, in reading order panel after panel, in each the
    Vietnamese over the English; consecutive panels of a page joined by a drawn arrow.
    ``serpentine``: rows of one depth, a page's first row read left to right, the next right
    to left; ``columns``: read down a column (as many a column as the page's panels need)
    then the next column's head. On many pages the reading order is not the grid's plain
    one (row by row, left to right). Both flows, both dresses, and two and three columns
    occur."""
    flows, dresses, cols, turned = set(), set(), set(), 0
    for pdf in gen.of(docs + more, "steps"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        flows.add(look["flow"])
        dresses.add(look["dress"])
        cols.add(look["cols"])
        for k, (article, chart) in enumerate(zip(truth["articles"], look["charts"],
                                                 strict=True)):
            assert [q["link"] for q in chart] == list(range(len(article["paragraphs"])))
            at = []
            for n, _, b in gen.ordered(truth):
                if b["article"] != k or b["role"] not in ("body", "byline"):
                    continue
                where = [j for j, q in enumerate(chart)
                         if q["page"] == n and inside(b["box"], q["box"])]
                assert len(where) == 1, (pdf.name, n, b["text"][:40])
                at.append((where[0], LANGS.index(b["lang"]), b["box"][1]))
            assert at == sorted(at), (pdf.name, k)
            assert {j for j, _, _ in at} == set(range(len(chart))), pdf.name
            for page in sorted({q["page"] for q in chart}):
                here = [q for q in chart if q["page"] == page]
                drawn = paths(pdf, page)
                for q, nxt in pairwise(here):
                    assert arrow_between(drawn, q, nxt), (pdf.name, page, q, nxt)
                plain = sorted(here, key=lambda q: (round(q["box"][1]), q["box"][0]))
                if here != plain:
                    turned += 1
                if look["flow"] == "serpentine":
                    for q, nxt in pairwise(here):
                        if q["row"] == nxt["row"]:
                            assert near(q["box"][1], nxt["box"][1]), pdf.name
                            step = 1 if q["row"] % 2 == 0 else -1
                            assert nxt["col"] == q["col"] + step, (pdf.name, q, nxt)
                            assert (nxt["box"][0] > q["box"][2] if step > 0
                                    else nxt["box"][2] < q["box"][0]), (pdf.name, q, nxt)
                        else:
                            assert nxt["row"] == q["row"] + 1 and nxt["col"] == q["col"]
                            assert near(nxt["box"][0], q["box"][0]), pdf.name
                            assert near(nxt["box"][1], q["box"][3] + ROW_GAP, 0.5), pdf.name
                    assert here[0]["row"] == 0 and here[0]["col"] == 0, pdf.name
                else:
                    per = max(sum(1 for q in here if q["col"] == c) for c in range(look["cols"]))
                    assert [q["col"] for q in here] == [j // per for j in range(len(here))]
                    for q, nxt in pairwise(here):
                        if q["col"] == nxt["col"]:
                            assert near(nxt["box"][0], q["box"][0]), pdf.name
                            assert near(nxt["box"][1], q["box"][3] + ROW_GAP, 0.5), pdf.name
                        else:
                            assert near(nxt["box"][1], here[0]["box"][1]), pdf.name
                            assert nxt["box"][0] > q["box"][2], pdf.name
    assert flows == {"serpentine", "columns"}
    assert dresses == {"framed", "tinted"}
    assert cols == {2, 3}
    assert turned >= 4


def expected_order(shape: str, side: str, count: int) -> list[int]:
    """The photos clockwise from the top left corner's: the large one first when it holds
    that corner (then down the stack at its right, or right to left along the row under it),
    else the stack's top photo, the large one, then up the stack from its foot."""
    small = list(range(1, count))
    if shape == "below":
        return [0, *reversed(small)]
    if side == "left":
        return [0, *small]
    return [1, 0, *reversed(small[1:])]


def test_collage_one_caption_a_language_names_each_photo_by_its_place(docs, more):
    """Each article's collage: its photos on the page (the large one first and largest, the
    small ones stacked beside it as deep together (``side``) or in a row under it across the
    text width (``below``)); the article's one caption (caption, credit and English caption
    blocks three in a row), ``CAPTION_GAP`` points under the collage, the Vietnamese left of
    the English (``halves``) or over it (``stacked``); its parts led by the photos' places
    (``places``) or in clockwise order from the top left (``clockwise``), one credit for all.
    Every shape, lead, arrangement, side and where occurs."""
    shapes, leads, arranges, sides, wheres = set(), set(), set(), set(), set()
    for pdf in gen.of(docs + more, "collage"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        shape, lead = look["shape"], look["lead"]
        shapes.add(shape)
        leads.add(lead)
        arranges.add(look["arrange"])
        for k, (article, collage) in enumerate(zip(truth["articles"], look["collages"],
                                                   strict=True)):
            boxes, n = collage["photos"], collage["page"]
            images = printed_page(pdf, n)[2]
            assert all(has_image(images, b) for b in boxes), (pdf.name, n)
            area = [(b[2] - b[0]) * (b[3] - b[1]) for b in boxes]
            assert area[0] == max(area) and len(boxes) in (3, 4), pdf.name
            big, small = boxes[0], boxes[1:]
            if shape == "side":
                sides.add(collage["side"])
                assert near(small[0][1], big[1]) and near(small[-1][3], big[3]), pdf.name
                assert all(near(s[0], small[0][0]) for s in small), pdf.name
                assert all(s[1] > t[3] for t, s in pairwise(small)), pdf.name
                assert (small[0][0] > big[2]) == (collage["side"] == "left"), pdf.name
            else:
                assert all(s[1] > big[3] for s in small), pdf.name
                assert near(small[0][0], big[0]) and near(small[-1][2], big[2]), pdf.name
                assert all(s[0] > t[2] for t, s in pairwise(small)), pdf.name
            [cap] = article["captions"]
            blocks = [(m, b) for m, _, b in gen.ordered(truth) if b["article"] == k]
            at = [i for i, (_, b) in enumerate(blocks) if b["role"] in ("caption", "credit")]
            assert len(at) == 3 and at == list(range(at[0], at[0] + 3)), pdf.name
            vi, credit, en = (blocks[i][1] for i in at)
            assert all(blocks[i][0] == n for i in at), pdf.name
            assert (vi["role"], credit["role"], en["role"]) == ("caption", "credit", "caption")
            assert vi["text"] == cap["vi"] and credit["text"] == CREDIT["vi"].format(
                cap["credit"]), pdf.name
            assert en["text"] == f"{cap['en']} {CREDIT['en'].format(cap['credit_en'])}"
            foot = max(b[3] for b in boxes)
            assert near(min(vi["box"][1], en["box"][1]), foot + CAPTION_GAP), pdf.name
            if look["arrange"] == "halves":
                assert vi["box"][2] <= en["box"][0] and near(en["box"][1], vi["box"][1])
            else:
                assert en["box"][1] >= max(vi["box"][3], credit["box"][3]) - 0.5, pdf.name
            count = len(boxes)
            if lead == "clockwise":
                assert collage["order"] == expected_order(shape, collage["side"], count)
                for j, lang in enumerate(LANGS):
                    head = CLOCKWISE[j] + ": "
                    assert cap[lang].startswith(head), cap[lang]
                    assert cap[lang].count("; ") >= count - 1, cap[lang]
            else:
                assert collage["order"] == list(range(count))
                for j, lang in enumerate(LANGS):
                    if shape == "side":
                        words = [MAIN[j]] + [w[j] for w in STACK_WORDS[count - 1]]
                        spots = [cap[lang].find(f"{w}: ") for w in words]
                        assert spots[0] == 0 and spots == sorted(spots), cap[lang]
                    else:
                        assert cap[lang].startswith(f"{ROW[0][j]}: "), cap[lang]
                        assert f". {ROW[1][j]}: " in cap[lang], cap[lang]
            text = [i for i, (_, b) in enumerate(blocks) if b["role"] in TEXT_ROLES]
            where = look["wheres"][k]
            wheres.add(where)
            assert (at[-1] < text[0] if where == "open" else text[-1] < at[0]), (pdf.name, k)
    assert shapes == {"side", "below"}
    assert leads == {"places", "clockwise"}
    assert arranges == {"halves", "stacked"}
    assert sides == {"left", "right"}
    assert wheres == {"open", "close"}


def test_umbrella_a_headline_and_deck_of_no_article_over_a_package_of_stories(docs, more):
    """The umbrella's blocks: role ``sidebar`` of no article, the Vietnamese headline, the
    English one, then each language's deck (``TOPICS``), in a row in reading order right
    before the package's first story's first block (its Vietnamese title), inside its box
    (``umbrella``) and set at ``head_leading``, larger than the stories' titles'. The
    package's stories (``package``) each open with their titles under the umbrella;
    ``stacked``: each story's blocks under the one before's; ``abreast``: each story's blocks
    in its strip (``strips``). The lone article before the package (``after``) or after it
    (``first``). Under a heavy rule (``ruled``) or on a tint round the box (``banner``).
    Every place, dress, arrangement and deck arrangement, two and three stories, occur."""
    places, dresses, arranges, decks, stories = set(), set(), set(), set(), set()
    for pdf in gen.of(docs + more, "umbrella"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        dresses.add(look["dress"])
        arranges.add(look["arrange"])
        decks.add(look["decks"])
        package = look["package"]
        stories.add(len(package))
        blocks = [(n, b) for n, _, b in gen.ordered(truth) if b["role"] not in FURNITURE]
        none = [i for i, (_, b) in enumerate(blocks) if b["article"] is None]
        topic = TOPICS[look["topic"]]
        assert [(blocks[i][1]["role"], blocks[i][1]["lang"], blocks[i][1]["text"])
                for i in none] == [("sidebar", "vi", topic["vi"][0]),
                                   ("sidebar", "en", topic["en"][0]),
                                   ("sidebar", "vi", topic["vi"][1]),
                                   ("sidebar", "en", topic["en"][1])], pdf.name
        assert none == list(range(none[0], none[0] + 4)), pdf.name
        after = blocks[none[-1] + 1][1]
        assert (after["article"], after["role"], after["lang"]) == (package[0], "title", "vi")
        box, page = look["umbrella"]["box"], look["umbrella"]["page"]
        for i in none[:2]:
            n, b = blocks[i]
            assert n == page and inside(b["box"], box), pdf.name
            depth = b["box"][3] - b["box"][1]
            lines = round(depth / look["head_leading"])
            assert lines >= 1 and near(depth, lines * look["head_leading"], 0.5), pdf.name
        assert look["head_leading"] > look["story_leading"], pdf.name
        lone = [a for a in range(len(truth["articles"])) if a not in package]
        owners = [b["article"] for _, b in blocks if b["article"] is not None]
        if lone:
            firsts = owners.index(lone[0])
            assert (firsts == 0) == (look["place"] == "after"), pdf.name
        starts = []
        for story in package:
            mine = [(n, b) for n, b in blocks if b["article"] == story]
            assert [b["role"] for _, b in mine[:2]] == ["title", "title"], pdf.name
            n, first = mine[0]
            assert n > page or first["box"][1] >= box[3] - 0.5, pdf.name
            starts.append(mine)
            if look["arrange"] == "abreast":
                j = package.index(story)
                a, z = look["strips"][j]
                assert all(a - 1 <= b["box"][0] and b["box"][2] <= z + 1 for _, b in mine)
        if look["arrange"] == "stacked":
            for before, later in pairwise(starts):
                n, b = later[0]
                m, last = before[-1]
                assert n > m or b["box"][1] > last["box"][3], pdf.name
        else:
            assert len({round(s[0][1]["box"][1], 1) for s in starts}) == 1, pdf.name
        drawn = paths(pdf, page)
        if look["dress"] == "banner":
            assert any(all(near(q[j], box[j]) for j in range(4)) for q in drawn), pdf.name
            assert min(blocks[i][1]["box"][1] for i in none) >= box[1] + PAD - 1
        else:
            # the heavy rule's bounds take in its width and caps (2 points)
            assert any(near((q[1] + q[3]) / 2, box[1]) and near(q[0], box[0], 2.5)
                       and near(q[2], box[2], 2.5) and q[3] - q[1] < 5 for q in drawn), pdf.name
    assert places == {"first", "after"}
    assert dresses == {"ruled", "banner"}
    assert arranges == {"stacked", "abreast"}
    assert decks == {"halves", "stacked"}
    assert stories == {2, 3}


def test_the_layout_bench_generates_them_as_held_out_families(monkeypatch):
    bench = gen.load_bench(monkeypatch)
    assert set(FAMILIES) <= set(bench.FAMILIES) and set(FAMILIES) == set(bench.HELD_OUT)
    generator = {Path(f).name for f in bench.GENERATOR}
    parts = {p.name for p in FIXTURES.glob("heldout_*.py")}
    assert {"layouts_heldout.py", *parts} <= generator and len(parts) >= 4
    layouts = sys.modules.get("layouts")
    assert layouts is not None and set(FAMILIES) == set(layouts.HELDOUT_FAMILIES)
    assert not set(FAMILIES) & set(layouts.FAMILIES)
