"""The thirty-second round's layout families (``fixtures/layouts_thirtysecond.py``): each
family's defining feature is there (the text under a photo cut on the slant set in lines that
follow its edge; captions printed in white on a band inside their photo; each article closed
by a box of no article, a drawn QR code and a prompt in each language). The checks every
round shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

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
from printed_chars import fills_in, printed_page, union

LANGS = ("vi", "en")
TEXT_ROLES = ("intro", "body", "byline")

ROUND, docs, more = rounds.round_fixtures("thirtysecond")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from thirtysecond_overlay import PAD  # noqa: E402
from thirtysecond_scancode import KINDS  # noqa: E402
from thirtysecond_slant import GAP  # noqa: E402


def photo_under(images: list[dict], top: float) -> dict:
    """The image starting nearest under ``top``."""
    return min((i for i in images if i["top"] >= top - 1), key=lambda i: i["top"])


def test_slant_lines_under_the_photo_follow_its_slanted_edge(docs, more):
    """On each article's first page, the photo under its titles is as deep as the slant
    drawn says (``shallow`` and ``drop`` of its width, the deep side ``deep``); each text
    line beside the slant lies ``GAP`` under the edge above its far end, and in each language
    those lines' far ends (right ends when the deep side is right, left ends else) take at
    least two places: the lines follow the diagonal. Both deep sides occur."""
    sides = set()
    for pdf in gen.of(docs + more, "slant"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        sides.add(look["deep"])
        for k, article in enumerate(truth["articles"]):
            n = article["pages"][0]
            blocks = [b for b in truth["pages"][n - 1]["blocks"] if b["article"] == k]
            titles = [b for b in blocks if b["role"] == "title"]
            img = photo_under(printed_page(pdf, n)[2], max(b["box"][3] for b in titles))
            x0, x1, top = img["x0"], img["x1"], img["top"]
            shallow = top + (x1 - x0) * look["shallow"]
            deep = shallow + (x1 - x0) * look["drop"]
            assert abs(img["bottom"] - deep) < 1.5, (pdf.name, img, deep)
            left, right = (shallow, deep) if look["deep"] == "right" else (deep, shallow)
            for lang in LANGS:
                zone = [b["box"] for b in blocks if b["lang"] == lang
                        and b["role"] in TEXT_ROLES and b["box"][1] < deep + GAP - 0.5]
                far = [box[2] if look["deep"] == "right" else box[0] for box in zone]
                for box, x in zip(zone, far, strict=True):
                    edge = left + (right - left) * (x - x0) / (x1 - x0)     # the edge over x
                    assert box[1] >= edge + GAP - 1.5, (pdf.name, lang, box)
                assert len({round(x / 4) for x in far}) >= 2, (pdf.name, k, lang, far)
    assert sides == {"right", "left"}


def test_overlay_captions_are_printed_white_on_a_band_inside_their_photo(docs, more):
    """Each caption (its Vietnamese caption, credit and English blocks, consecutive in
    reading order) lies inside a photo, at its foot or its head as ``place`` says, printed
    in white; the article's first caption comes right after its titles, and its text starts
    under that photo. Both places, both spans and both grounds occur."""
    seen = set()
    for pdf in gen.of(docs + more, "overlay"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["span"], look["ground"]))
        for k, article in enumerate(truth["articles"]):
            mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
            roles = [b["role"] for _, b in mine]
            caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
            assert [b["role"] for _, b in caps] == ["caption", "credit", "caption"] * len(
                article["captions"]), pdf.name
            assert roles[:3] == ["title", "title", "caption"], (pdf.name, roles[:4])
            for g in range(len(article["captions"])):
                group = caps[3 * g:3 * g + 3]
                box, n = union([b for _, b in group]), group[0][0]
                assert [b["lang"] for _, b in group] == ["vi", "vi", "en"]
                inside = [i for i in printed_page(pdf, n)[2]
                          if i["x0"] - 1 <= box[0] and box[2] <= i["x1"] + 1
                          and i["top"] - 1 <= box[1] and box[3] <= i["bottom"] + 1]
                assert len(inside) == 1, (pdf.name, box)
                img = inside[0]
                if look["place"] == "foot":
                    assert img["bottom"] - box[3] < PAD + 4, (pdf.name, box, img)
                else:
                    assert box[1] - img["top"] < PAD + 4, (pdf.name, box, img)
                assert fills_in(pdf, n, box) == {(255, 255, 255)}, pdf.name
                if g == 0:
                    text = [b for m, b in mine if m == n and b["role"] in TEXT_ROLES]
                    assert text and min(b["box"][1] for b in text) > img["bottom"], pdf.name
    assert {s[0] for s in seen} == {"foot", "head"}
    assert {s[1] for s in seen} == {"full", "part"}
    assert {s[2] for s in seen} == {"solid", "veil"}


def paths_in(pdf: Path, number: int, box: list[float]) -> int:
    """How many drawn paths of page ``number`` lie inside ``box``."""
    page = pdfium.PdfDocument(pdf)[number - 1]
    height = page.get_size()[1]
    x0, top, x1, bottom = box
    count = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, low, right, high = obj.get_bounds()
        if x0 <= left and right <= x1 and top <= height - high and height - low <= bottom:
            count += 1
    return count


def test_scancode_a_box_of_no_article_closes_each_article(docs, more):
    """After each article's last block in reading order, before the next article, come the
    Vietnamese then the English prompt of the article's kind (role ``sidebar``, no
    article), words in no article's text, under the article's text on its page or at the
    next page's head; beside them (to their left) a QR code drawn of many paths. Both places
    and both frames occur."""
    seen = set()
    for pdf in gen.of(docs + more, "scancode"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["frame"]))
        blocks = [(n, b) for n, _, b in gen.ordered(truth)
                  if b["role"] not in ("header", "page-number")]
        owners = [b["article"] for _, b in blocks]
        texts = " ".join(p for a in truth["articles"] for link in a["paragraphs"]
                         for lang in LANGS for p in link[lang])
        assert len(look["kinds"]) == len(truth["articles"])
        for k, kind in enumerate(look["kinds"]):
            last = max(i for i, o in enumerate(owners) if o == k)
            box = blocks[last + 1:last + 3]
            assert [(b["role"], b["lang"], b["article"]) for _, b in box] == [
                ("sidebar", "vi", None), ("sidebar", "en", None)], (pdf.name, k)
            assert [b["text"] for _, b in box] == [KINDS[kind][lang] for lang in LANGS]
            assert not any(b["text"] in texts for _, b in box)
            assert k + 1 == len(look["kinds"]) or owners[last + 3] == k + 1, pdf.name
            n, area = box[0][0], union([b for _, b in box])
            end, end_box = blocks[last][0], blocks[last][1]["box"]
            assert n > end or area[1] > end_box[3], (pdf.name, k)
            code = [area[0] - look["code"] - 12, area[1] - look["code"], area[0],
                    area[3] + look["code"]]
            assert paths_in(pdf, n, code) >= 50, (pdf.name, k)
            if look["place"] == "half":
                assert area[0] - look["code"] > truth["page_size"][0] / 2, pdf.name
    assert {p for p, _ in seen} == {"half", "across"}
    assert {f for _, f in seen} == {"box", "open"}

