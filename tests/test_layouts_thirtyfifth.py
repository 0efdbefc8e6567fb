"""The thirty-fifth round's layout families (``fixtures/layouts_thirtyfifth.py``): each family's
defining feature is there (a chequerboard of text and photo cells read along the rows; a
large photo with an inset photo over one corner and the two captions together, the inset's
led by its word; fillers of no article at the foot of an article's columns or under its end,
under an ornament).
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
from printed_chars import printed_page, union

LANGS = ("vi", "en")
TEXT_ROLES = ("intro", "body", "byline")
FURNITURE = ("header", "page-number")

ROUND, docs, more = rounds.round_fixtures("thirtyfifth")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from thirtyfifth_cameo import BORDER, GAP, INSET_IN, LEADS  # noqa: E402
from thirtyfifth_chequer import PHASES  # noqa: E402
from thirtyfifth_filler import FILLERS, ORNAMENT, ORNAMENT_GAP  # noqa: E402


def near(a: float, b: float, slack: float = 1.0) -> bool:
    return abs(a - b) <= slack


def has_image(images: list[dict], box: tuple) -> bool:
    return any(near(i["x0"], box[0]) and near(i["top"], box[1]) and near(i["x1"], box[2])
               and near(i["bottom"], box[3]) for i in images)


def test_chequer_text_and_photo_cells_alternate_and_are_read_along_the_rows(docs, more):
    """Each grid the truth records (``pages``) is on the page: along every row and down every
    column a photo cell between text cells (the top-left one as ``phase`` says); every text
    block of the article lies in a text cell, one language a cell; the blocks come cell by
    cell along the rows (row-major order), which on some pages is not the columns' order.
    Both phases and both grids (two and three cells a row) occur."""
    seen, across = set(), 0
    for pdf in gen.of(docs + more, "chequer"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["phase"], look["cols"]))
        phase = PHASES.index(look["phase"])
        for k, grids in enumerate(look["pages"]):
            for g in grids:
                n, xs = g["page"], g["xs"]
                assert len(xs) == look["cols"], pdf.name
                images = printed_page(pdf, n)[2]
                cells = {}
                for r in range(g["rows"]):
                    y = g["top"] + r * (g["depth"] + g["gap"])
                    for c, (a, b) in enumerate(xs):
                        box = (a, y, b, y + g["depth"])
                        if (r + c) % 2 == phase:
                            cells[(r, c)] = box
                            assert not has_image(images, box), (pdf.name, n, r, c)
                        else:
                            assert has_image(images, box), (pdf.name, n, r, c)
                blocks = [b for m, _, b in gen.ordered(truth)
                          if m == n and b["article"] == k and b["role"] in TEXT_ROLES]
                assert blocks, (pdf.name, n)
                order, langs = [], {}
                for b in blocks:
                    cx, cy = (b["box"][0] + b["box"][2]) / 2, (b["box"][1] + b["box"][3]) / 2
                    at = next(rc for rc, (a, t, z, f) in cells.items()
                              if a - 1 <= cx <= z + 1 and t - 1 <= cy <= f + 1)
                    order.append(at)
                    assert langs.setdefault(at, b["lang"]) == b["lang"], (pdf.name, n, at)
                assert order == sorted(order), (pdf.name, n, order)       # along the rows
                used = list(dict.fromkeys(order))
                if used != sorted(used, key=lambda rc: (rc[1], rc[0])):
                    across += 1
                vi = [langs[rc] for rc in used]
                assert vi == sorted(vi, key=LANGS.index), (pdf.name, n)  # Vietnamese first
    assert {p for p, _ in seen} == {"text", "photo"}
    assert {c for _, c in seen} == {2, 3}
    assert across >= 3


def caption_groups(truth: dict, k: int) -> list[tuple[int, list[dict]]]:
    """Article ``k``'s captions in reading order: (page, its caption, credit and English
    caption blocks), which must come three in a row."""
    mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
    caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
    assert [b["role"] for _, b in caps] == ["caption", "credit", "caption"] * (len(caps) // 3)
    return [(caps[g][0], [b for _, b in caps[g:g + 3]]) for g in range(0, len(caps), 3)]


def test_cameo_an_inset_photo_lies_over_a_corner_of_the_large_one_the_captions_together(
        docs, more):
    """Each article's large photo holds a smaller photo over the corner drawn (``corners``),
    ``INSET_IN`` and ``BORDER`` points in from its two edges; its two captions (caption,
    credit and English blocks three in a row, both on the photos' page, the large photo's
    first) lie together under the large photo (``place`` ``under``) or in the column beside
    it, ``GAP`` points off, within its depth (``beside``); the second's sentences begin with
    the document's lead-in words, in the truth's captions too; the captions come before the
    article's text (``where`` ``open``) or after it (``close``). Both places of the captions
    and of the cameo, both lead-in forms and all four corners occur."""
    places, leads, corners, wheres = set(), set(), set(), set()
    for pdf in gen.of(docs + more, "cameo"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        leads.add(look["lead"])
        lead = LEADS[look["lead"]]
        for k, article in enumerate(truth["articles"]):
            groups = caption_groups(truth, k)
            assert len(groups) == len(article["captions"]) == 2, pdf.name
            (n, first), (m, second) = groups
            assert n == m, pdf.name
            assert second[0]["text"].startswith(lead[0].strip()), (pdf.name, second[0]["text"])
            assert second[2]["text"].startswith(lead[1].strip()), (pdf.name, second[2]["text"])
            assert article["captions"][1]["vi"].startswith(lead[0])
            assert article["captions"][1]["en"].startswith(lead[1])
            assert not article["captions"][0]["vi"].startswith(lead[0])
            images = printed_page(pdf, n)[2]
            pairs = [(i, j) for i in images for j in images if i is not j
                     and i["x0"] < j["x0"] and j["x1"] < i["x1"]
                     and i["top"] < j["top"] and j["bottom"] < i["bottom"]]
            assert len(pairs) == 1, (pdf.name, k)
            big, small = pairs[0]
            corner = look["corners"][k]
            corners.add(corner)
            inset = INSET_IN + BORDER
            assert (near(small["top"] - big["top"], inset) if corner[0] == "t"
                    else near(big["bottom"] - small["bottom"], inset)), (pdf.name, k)
            assert (near(small["x0"] - big["x0"], inset) if corner[1] == "l"
                    else near(big["x1"] - small["x1"], inset)), (pdf.name, k)
            around = union(first + second)
            if look["place"] == "under":
                assert near(around[1], big["bottom"] + GAP, 1.5), (pdf.name, around, big)
                assert big["x0"] - 1 <= around[0] and around[2] <= big["x1"] + 1, pdf.name
            else:
                assert around[1] >= big["top"] - 1 and around[3] <= big["bottom"] + 1
                assert (around[0] >= big["x1"] + GAP - 1 or around[2] <= big["x0"] - GAP + 1)
            # the two captions together, before the article's text or after it
            blocks = [b for _, _, b in gen.ordered(truth) if b["article"] == k]
            at = [i for i, b in enumerate(blocks) if b["role"] in ("caption", "credit")]
            assert at == list(range(at[0], at[0] + 6)), pdf.name
            text = [i for i, b in enumerate(blocks) if b["role"] in TEXT_ROLES]
            where = look["wheres"][k]
            wheres.add(where)
            assert (at[-1] < text[0] if where == "open" else text[-1] < at[0]), (pdf.name, k)
    assert places == {"under", "beside"}
    assert leads == {0, 1}
    assert corners == {"tl", "tr", "bl", "br"}
    assert wheres == {"open", "close"}


def ornaments(pdf: Path, number: int) -> list[tuple]:
    """The page's drawn paths (origin top-left): the ornaments and rules."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    return [(left, height - high, right, height - low)
            for left, low, right, high in (obj.get_bounds() for obj in page.get_objects(
                filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))]


def test_filler_text_of_no_article_ends_an_article_or_a_page_under_an_ornament(docs, more):
    """The fillers (``kinds``, in order): each one's lead-in and text in each language, role
    ``sidebar`` of no article, the Vietnamese first, in a row in reading order. With
    ``place`` ``end`` one an article, right after its last block; with ``foot`` one a page
    holding article text, that page's last blocks, under all its text, and on some pages
    between an article's text and the same article's going on overleaf. Each language's
    filler under an ornament (three diamonds or a rule, ``mark``) over its lead-in line.
    Both places, both marks and both lead-in forms occur."""
    seen, leads, between = set(), set(), 0
    for pdf in gen.of(docs + more, "filler"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["mark"]))
        leads.add(look["lead"])
        blocks = [(n, b) for n, _, b in gen.ordered(truth) if b["role"] not in FURNITURE]
        owners = [b["article"] for _, b in blocks]
        fillers = [(i, n, b) for i, (n, b) in enumerate(blocks) if b["article"] is None]
        per = 2 if look["lead"] == "line" else 1
        texts = {n for n, b in blocks if b["article"] is not None}
        count = len(truth["articles"]) if look["place"] == "end" else len(texts)
        assert len(fillers) == 2 * per * count == 2 * per * len(look["kinds"]), pdf.name
        for k, kind in enumerate(look["kinds"]):
            mine = fillers[2 * per * k:2 * per * (k + 1)]
            expected = [t for lang in LANGS for t in (
                FILLERS[kind][lang] if per == 2 else [" ".join(FILLERS[kind][lang])])]
            assert [(b["role"], b["lang"], b["text"]) for _, _, b in mine] == [
                ("sidebar", lang, text) for lang, text in
                zip([lang for lang in LANGS for _ in range(per)], expected, strict=True)], (
                    pdf.name, k)
            first, n = mine[0][0], mine[0][1]
            last = first + 2 * per - 1
            assert [i for i, _, _ in mine] == list(range(first, last + 1)), pdf.name
            if look["place"] == "end":
                assert first == max(i for i, a in enumerate(owners) if a == k) + 1, pdf.name
            else:
                assert last == max(i for i, (m, _) in enumerate(blocks) if m == n), pdf.name
                body = [b["box"][3] for m, b in blocks if m == n and b["article"] is not None]
                assert min(b["box"][1] for _, _, b in mine) > max(body) + ORNAMENT_GAP
                if 0 < first and last + 1 < len(owners) and owners[first - 1] == owners[last + 1]:
                    between += 1
            paths = ornaments(pdf, n)
            starts = [b["box"][0] for _, _, b in mine[::per]]
            for g, (_, _, b) in enumerate(mine[::per]):
                lead_top, a = b["box"][1], starts[g]
                z = starts[g + 1] if g + 1 < len(starts) else float("inf")
                marks = [q for q in paths if lead_top - ORNAMENT - ORNAMENT_GAP - 1 <= q[1]
                         and q[3] <= lead_top - ORNAMENT_GAP + 1 and a - 1 <= q[0]
                         and q[2] <= z]
                assert len(marks) == (3 if look["mark"] == "stars" else 1), (pdf.name, k)
    assert seen == {(p, m) for p in ("end", "foot") for m in ("stars", "rule")}
    assert leads == {"line", "runin"}
    assert between >= 1

