"""The thirty-third round's layout families (``fixtures/layouts_thirtythird.py``): each family's
defining feature is there (two articles going on from page to page at once, a serial in a
strip at the foot or head of the pages under or over the features; every caption in a margin
column beside its photo, level with its top or foot; a giant faint theme word in each
language, of no article, opening each article).
The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import ctypes
import sys
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

ROUND, docs, more = rounds.round_fixtures("thirtythird")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from thirtythird_ghost import EN_SCALE, THEMES  # noqa: E402
from thirtythird_marginal import GAP, RULE_GAP  # noqa: E402


def test_tandem_a_serial_runs_on_in_its_strip_beside_the_features(docs, more):
    """On every page holding both, the serial's blocks lie all under the features' (strip
    at the foot) or all over them (at the head), and the upper part's blocks come first in
    reading order; page 1 holds both, and on some later page the serial goes on (no title
    of its there) beside a feature's text: two articles run from page to page at once. In
    some document both go on over a page. Both places and both grounds occur."""
    seen, both_go_on = set(), False
    for pdf in gen.of(docs + more, "tandem"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["ground"]))
        serial = look["serial"]
        shared = []
        for page in truth["pages"]:
            blocks = [b for b in page["blocks"] if b["role"] not in FURNITURE]
            mine = [b for b in blocks if b["article"] == serial]
            others = [b for b in blocks if b["article"] != serial]
            if not (mine and others):
                continue
            shared.append(page["number"])
            upper, lower = (others, mine) if look["place"] == "foot" else (mine, others)
            assert max(b["box"][3] for b in upper) < min(b["box"][1] for b in lower), (
                pdf.name, page["number"])
            first_lower = min(blocks.index(b) for b in lower)
            assert max(blocks.index(b) for b in upper) < first_lower, (pdf.name, page["number"])
            titled = {b["article"] for b in blocks if b["role"] == "title"}
            if page["number"] > 1 and serial not in titled:
                going = {b["article"] for b in others if b["role"] in TEXT_ROLES}
                both_go_on |= bool(going - titled)
                shared.append(-page["number"])     # the serial goes on beside a feature
        assert 1 in shared and any(n < 0 for n in shared), (pdf.name, shared)
    assert both_go_on
    assert {p for p, _ in seen} == {"foot", "head"}
    assert {g for _, g in seen} == {"tint", "rule"}


def caption_groups(truth: dict, k: int) -> list[tuple[int, list[dict]]]:
    """Article ``k``'s captions in reading order: (page, its caption, credit and English
    caption blocks), which must come three in a row."""
    mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
    caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
    assert [b["role"] for _, b in caps] == ["caption", "credit", "caption"] * (len(caps) // 3)
    return [(caps[g][0], [b for _, b in caps[g:g + 3]]) for g in range(0, len(caps), 3)]


def test_marginal_captions_stand_in_the_margin_column_level_with_their_photo(docs, more):
    """Each caption (its Vietnamese caption, credit and English blocks, three in a row in
    reading order, the first right after the titles) lies beside one photo, ``GAP`` points
    or more off its side (the margin column's side, ``side``), its first line level with
    the photo's top (``level`` ``head``) or its last line with the photo's foot (``foot``);
    no text line of the page reaches into the margin column. Both sides and both levels
    occur."""
    seen = set()
    for pdf in gen.of(docs + more, "marginal"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["side"], look["level"]))
        for k, article in enumerate(truth["articles"]):
            groups = caption_groups(truth, k)
            assert len(groups) == len(article["captions"]) >= 1, pdf.name
            roles = [b["role"] for _, _, b in gen.ordered(truth) if b["article"] == k]
            assert roles[:3] == ["title", "title", "caption"], (pdf.name, roles[:4])
            for n, group in groups:
                assert [b["lang"] for b in group] == ["vi", "vi", "en"], pdf.name
                box = union(group)
                images = printed_page(pdf, n)[2]
                if look["level"] == "head":
                    level = [i for i in images if abs(box[1] - RULE_GAP - i["top"]) < 1.5]
                else:
                    level = [i for i in images if 0 <= i["bottom"] - box[3] < 4]
                assert len(level) == 1, (pdf.name, n, box)
                img = level[0]
                if look["side"] == "left":
                    assert box[2] <= img["x0"] - GAP + 0.5, (pdf.name, box, img)
                else:
                    assert box[0] >= img["x1"] + GAP - 0.5, (pdf.name, box, img)
                text = [b["box"] for p in truth["pages"] if p["number"] == n
                        for b in p["blocks"] if b["role"] in ("title", *TEXT_ROLES)]
                assert all(t[0] >= box[2] or t[2] <= box[0] for t in text), (pdf.name, n)
    assert {s for s, _ in seen} == {"left", "right"}
    assert {lv for _, lv in seen} == {"head", "foot"}


def giant_letters(pdf: Path, number: int, box: list[float], least: float) -> list[tuple]:
    """The text objects of page ``number`` centred in ``box`` drawn at ``least`` points or more:
    each one's render mode and fill colour (RGB, 0-255)."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        left, low, right, high = obj.get_bounds()
        size = ctypes.c_float()
        pdfium_c.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size))
        matrix = obj.get_matrix()
        x, y = (left + right) / 2, height - (low + high) / 2
        if size.value * matrix.d < least or not (box[0] <= x <= box[2] and box[1] <= y <= box[3]):
            continue
        rgba = [ctypes.c_uint() for _ in range(4)]
        pdfium_c.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(c) for c in rgba))
        out.append((pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw),
                    tuple(c.value for c in rgba[:3])))
    return out


def test_ghost_giant_faint_theme_words_of_no_article_open_each_article(docs, more):
    """Right before each article's first block in reading order come its theme's Vietnamese
    then English word (``themes``), role ``sidebar`` of no article, the Vietnamese printed
    at three times the body size or more and the English at ``EN_SCALE`` of it; behind the
    article's titles (the Vietnamese word's box across the title's) or in a band over them
    (``place``), faint: a light grey fill or stroked letters (``style``). Both places and
    both styles occur."""
    seen = set()
    for pdf in gen.of(docs + more, "ghost"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["style"]))
        blocks = [(n, b) for n, _, b in gen.ordered(truth) if b["role"] not in FURNITURE]
        owners = [b["article"] for _, b in blocks]
        assert len(look["themes"]) == len(truth["articles"])
        for k, kind in enumerate(look["themes"]):
            first = owners.index(k)
            words = blocks[first - 2:first]
            assert [(b["role"], b["lang"], b["article"], b["text"]) for _, b in words] == [
                ("sidebar", lang, None, THEMES[kind][lang]) for lang in LANGS], (pdf.name, k)
            n = words[0][0]
            sizes = [{c["size"] for c in chars_in(pdf, n, b["box"], pad=-1.0)
                      if c["text"].strip()} for _, b in words]
            vi = max(sizes[0])
            assert vi >= 3 * look["body_size"], (pdf.name, sizes)
            assert any(abs(s - vi * EN_SCALE) < 0.6 for s in sizes[1]), (pdf.name, sizes)
            titles = [b["box"] for m, b in blocks[first:first + 2] if m == n
                      and b["role"] == "title"]
            assert len(titles) == 2, pdf.name
            word = words[0][1]["box"]
            if look["place"] == "behind":
                assert word[1] < titles[0][3] and titles[0][1] < word[3], (pdf.name, k)
            else:
                assert words[1][1]["box"][3] < titles[0][1], (pdf.name, k)
            letters = giant_letters(pdf, n, word, vi - 1)
            assert letters, (pdf.name, k)
            if look["style"] == "tint":
                assert all(mode == pdfium_c.FPDF_TEXTRENDERMODE_FILL
                           and len(set(fill)) == 1 and 180 < fill[0] < 250
                           for mode, fill in letters), (pdf.name, letters)
            else:
                assert {mode for mode, _ in letters} == {pdfium_c.FPDF_TEXTRENDERMODE_STROKE}
    assert {p for p, _ in seen} == {"behind", "above"}
    assert {s for _, s in seen} == {"tint", "outline"}

