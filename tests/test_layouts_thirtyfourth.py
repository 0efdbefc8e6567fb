"""The thirty-fourth round's layout families (``fixtures/layouts_thirtyfourth.py``): each family's
defining feature is there (a row of photo tiles of stepped depths over or under the opening
page's columns, so the columns start or end at stepped heights; photos in pairs with both
captions in the space between them, each led by a triangle pointing to its photo; a part
divider of no article, on a page of its own or in a band, before each article).
The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import ctypes
import sys
from itertools import pairwise
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from conftest import FIXTURES
from printed_chars import chars_in, printed_page, union

LANGS = ("vi", "en")
TEXT_ROLES = ("intro", "body", "byline")
FURNITURE = ("header", "page-number")

ROUND, docs, more = rounds.round_fixtures("thirtyfourth")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from thirtyfourth_between import GAP, MARK  # noqa: E402
from thirtyfourth_divider import DIVIDER_PAGE, LABELS, PARTS, TINT  # noqa: E402
from thirtyfourth_skyline import TILE_GAP  # noqa: E402


def first_page(truth: dict, k: int) -> int:
    """The page article ``k``'s titles are on."""
    return next(n for n, _, b in gen.ordered(truth) if b["article"] == k and b["role"] == "title")


def test_skyline_the_opening_columns_start_or_end_at_the_stepped_tiles_feet_or_tops(docs,
                                                                                    more):
    """On each article's opening page a photo tile over (``head``) or under (``foot``) each
    column, as wide as the column, of the depths drawn (``tiles``), each next one deeper
    (``slope`` ``down``) or shallower (``up``); each column's text starts ``TILE_GAP`` points
    under its tile (within a line) or ends over it, a column its language goes on from
    filled down to its tile, so the columns' tops (or feet) step; the article's blocks there
    are read column by column. Both places and slopes occur."""
    seen = set()
    for pdf in gen.of(docs + more, "skyline"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["slope"]))
        lead = look["body_size"] * 1.45
        for k, depths in enumerate(look["tiles"]):
            n = first_page(truth, k)
            tiles = sorted(printed_page(pdf, n)[2], key=lambda i: i["x0"])
            assert len(tiles) == 2 * look["per_lang"] == len(depths), (pdf.name, k)
            drawn = [t["bottom"] - t["top"] for t in tiles]
            assert all(abs(d - e) < 1.0 for d, e in zip(drawn, depths, strict=True)), pdf.name
            assert len({round(d) for d in drawn}) == len(drawn), (pdf.name, drawn)
            steps = [b - a for a, b in pairwise(drawn)]
            assert all((s > 0) == (look["slope"] == "down") for s in steps), (pdf.name, steps)
            blocks = [b for m, _, b in gen.ordered(truth) if m == n and b["article"] == k
                      and b["role"] in TEXT_ROLES]
            columns = []
            for b in blocks:
                centre = (b["box"][0] + b["box"][2]) / 2
                column = next(c for c, t in enumerate(tiles) if t["x0"] <= centre <= t["x1"])
                columns.append(column)
                tile = tiles[column]
                if look["place"] == "head":
                    assert b["box"][1] >= tile["bottom"] + TILE_GAP - 1.0, (pdf.name, b["box"])
                else:
                    assert b["box"][3] <= tile["top"] - TILE_GAP + 1.0, (pdf.name, b["box"])
            assert columns == sorted(columns), (pdf.name, columns)    # column by column
            held = sorted(set(columns))
            assert len(held) >= 2, (pdf.name, k)
            per = look["per_lang"]
            for c in held:
                mine = [b["box"] for b, col in zip(blocks, columns, strict=True) if col == c]
                if look["place"] == "head":
                    assert min(m[1] for m in mine) < tiles[c]["bottom"] + TILE_GAP + lead
                elif c + 1 in held and (c + 1) // per == c // per:
                    # a column the language goes on from is filled down to its own tile
                    foot = tiles[c]["top"] - TILE_GAP
                    assert max(m[3] for m in mine) > foot - 2 * lead, (pdf.name, k, c)
        if look["place"] == "foot":
            assert all(len({round(t["bottom"]) for t in printed_page(pdf, first_page(truth, k))
                            [2]}) == 1 for k in range(len(look["tiles"])))
    assert {p for p, _ in seen} == {"head", "foot"}
    assert {s for _, s in seen} == {"down", "up"}


def caption_groups(truth: dict, k: int) -> list[tuple[int, list[dict]]]:
    """Article ``k``'s captions in reading order: (page, its caption, credit and English
    caption blocks), which must come three in a row."""
    mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
    caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
    assert [b["role"] for _, b in caps] == ["caption", "credit", "caption"] * (len(caps) // 3)
    return [(caps[g][0], [b for _, b in caps[g:g + 3]]) for g in range(0, len(caps), 3)]


def pointers(pdf: Path, number: int) -> list[tuple[tuple, str]]:
    """The small filled triangles of page ``number``: each one's box (x0, top, x1, bottom)
    and the way it points (its corners' centre lies off its box's centre away from its tip)."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, low, right, high = obj.get_bounds()
        if not (MARK - 1 < right - left < MARK + 1 and MARK - 1 < high - low < MARK + 1):
            continue
        points = set()
        for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            x, y = ctypes.c_float(), ctypes.c_float()
            pdfium_c.FPDFPathSegment_GetPoint(pdfium_c.FPDFPath_GetPathSegment(obj.raw, i),
                                              ctypes.byref(x), ctypes.byref(y))
            points.add((round(x.value, 2), round(y.value, 2)))
        if len(points) != 3:
            continue
        dx = sum(x for x, _ in points) / 3 - (left + right) / 2
        dy = sum(y for _, y in points) / 3 - (low + high) / 2      # up the page is positive
        way = ("up" if dy < 0 else "down") if abs(dy) > abs(dx) else (
            "right" if dx < 0 else "left")
        out.append(((left, height - high, right, height - low), way))
    return out


def led(marks: list, box: list[float], way: str, edge: float = 0.0) -> list[tuple]:
    """The triangles of ``marks`` pointing ``way`` level with the caption ``box``'s first
    line, at its left (when pointing right: past its lines, against the column's ``edge``)."""
    return [mk for mk, w in marks if w == way and box[1] - 1 <= mk[1] <= box[1] + 6
            and (box[0] - MARK - 5 <= mk[0] <= box[0] if way != "right"
                 else box[2] <= mk[0] and abs(mk[2] - edge) < 0.5)]


def test_between_both_captions_stand_between_their_two_photos_pointing_to_them(docs, more):
    """Each article's two captions (caption, credit and English blocks three in a row in
    reading order, both on one page) lie between two photos: with ``arrange`` ``stack`` in
    the band between a photo and the one under it, ``GAP`` points or more off both, the
    upper photo's at the left led by a triangle pointing up, the lower's at the right by one
    pointing down; with ``row`` in the column between two photos side by side, the left
    photo's at the photos' top led by a triangle pointing left, the right photo's ending at
    their foot with a triangle pointing right at its first line's end. Both arrangements
    and both places of the pair (under the titles, after the text) occur."""
    seen, wheres = set(), set()
    for pdf in gen.of(docs + more, "between"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add(look["arrange"])
        wheres |= set(look["wheres"])
        for k, article in enumerate(truth["articles"]):
            groups = caption_groups(truth, k)
            assert len(groups) == len(article["captions"]) == 2, pdf.name
            (n, first), (m, second) = groups
            assert n == m, pdf.name
            boxes = [union(first), union(second)]
            images = printed_page(pdf, n)[2]
            marks = pointers(pdf, n)

            if look["arrange"] == "stack":
                pair = [(i, j) for i in images for j in images
                        if abs(i["x0"] - j["x0"]) < 0.5 and i["bottom"] + GAP - 0.5
                        <= min(b[1] for b in boxes) and max(b[3] for b in boxes)
                        <= j["top"] - GAP + 0.5 and j["top"] - i["bottom"] < 200]
                assert len(pair) == 1, (pdf.name, k, boxes)
                upper, _ = pair[0]
                mid = (upper["x0"] + upper["x1"]) / 2
                assert upper["x0"] - MARK - 5 <= boxes[0][0] and boxes[0][2] <= mid
                assert mid <= boxes[1][0] and boxes[1][2] <= upper["x1"] + 0.5, pdf.name
                assert led(marks, boxes[0], "up"), (pdf.name, marks)
                assert led(marks, boxes[1], "down"), (pdf.name, marks)
            else:
                pair = [(i, j) for i in images for j in images
                        if abs(i["top"] - j["top"]) < 0.5 and i["x1"] + GAP - MARK - 5
                        <= min(b[0] for b in boxes) and max(b[2] for b in boxes)
                        <= j["x0"] - GAP + 0.5]
                assert len(pair) == 1, (pdf.name, k, boxes)
                left, right = pair[0]
                assert abs(boxes[0][1] - left["top"]) < 2.0, (pdf.name, boxes, left)
                assert 0 <= left["bottom"] - boxes[1][3] < 4.0, (pdf.name, boxes, left)
                assert led(marks, boxes[0], "left"), (pdf.name, marks)
                assert led(marks, boxes[1], "right", right["x0"] - GAP), (pdf.name, marks)
    assert seen == {"stack", "row"}
    assert wheres == {"open", "close"}


def path_grounds(pdf: Path, number: int) -> list[tuple[tuple, bool, bool, tuple]]:
    """The page's rectangles of paths: box (origin top-left), filled, stroked, fill RGB."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, low, right, high = obj.get_bounds()
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
        rgba = [ctypes.c_uint() for _ in range(4)]
        pdfium_c.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(c) for c in rgba))
        out.append(((left, height - high, right, height - low), bool(fill.value),
                    bool(stroke.value), tuple(c.value for c in rgba[:3])))
    return out


def test_divider_a_part_divider_of_no_article_opens_each_article(docs, more):
    """Right before each article's first block in reading order come its part's divider
    blocks, role ``sidebar`` of no article: the number in each language (``label``, from
    ``first``), the part's name in each language (``parts``, the Vietnamese larger than the
    body text) and its blurb in each language. With ``form`` ``page`` they fill a page of
    their own (``part-divider``, no article's block on it) and the article's titles open the
    next page; with ``band`` they lie over the titles on the titles' page. The divider sits
    on a light grey tint or in a stroked frame, as ``ground`` says. Every form, ground and
    arrangement of the blurbs occurs."""
    seen, blurbs = set(), set()
    for pdf in gen.of(docs + more, "divider"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["form"], look["ground"]))
        blurbs.add(look["blurbs"])
        blocks = [(n, b) for n, _, b in gen.ordered(truth) if b["role"] not in FURNITURE]
        owners = [b["article"] for _, b in blocks]
        assert len(look["parts"]) == len(truth["articles"])
        for k, kind in enumerate(look["parts"]):
            first = owners.index(k)
            part = blocks[first - 6:first]
            label = [form.format(n=look["first"] + k) for form in LABELS[look["label"]]]
            expected = [*label, *(PARTS[kind][lang][0] for lang in LANGS),
                        *(PARTS[kind][lang][1] for lang in LANGS)]
            assert [(b["role"], b["article"], b["lang"], b["text"]) for _, b in part] == [
                ("sidebar", None, lang, text)
                for lang, text in zip(LANGS * 3, expected, strict=True)], (pdf.name, k)
            n = part[0][0]
            assert {m for m, _ in part} == {n}, pdf.name
            title_page, title = blocks[first]
            assert title["role"] == "title", pdf.name
            layout = next(p["layout"] for p in truth["pages"] if p["number"] == n)
            if look["form"] == "page":
                assert title_page == n + 1 and layout == DIVIDER_PAGE, (pdf.name, k)
                assert not [b for m, b in blocks if m == n and b["article"] is not None]
            else:
                assert title_page == n and layout == "divider", (pdf.name, k)
                assert max(b["box"][3] for _, b in part) < title["box"][1], pdf.name
            name = part[2][1]["box"]
            sizes = {c["size"] for c in chars_in(pdf, n, name, pad=-1.0) if c["text"].strip()}
            assert min(sizes) > 1.2 * look["body_size"], (pdf.name, sizes)
            around = union([b for _, b in part])
            holding = [g for g in path_grounds(pdf, n)
                       if g[0][0] <= around[0] and g[0][1] <= around[1]
                       and g[0][2] >= around[2] and g[0][3] >= around[3]]
            if look["ground"] == "tint":
                assert any(fill and len(set(rgb)) == 1 and abs(rgb[0] - 255 * TINT) < 2
                           for _, fill, _, rgb in holding), (pdf.name, k, holding)
            else:
                assert any(stroke and not fill for _, fill, stroke, _ in holding), pdf.name
    assert seen == {(f, g) for f in ("page", "band") for g in ("tint", "frame")}
    assert blurbs == {"halves", "stacked"}

