"""The tenth round's layout families (``fixtures/layouts_tenth.py``): each family's defining
feature is there (two facing pages on one sheet with a photo across the fold; a gallery's
captions gathered in one block and keyed to the photos; letters under letterheads with their
translations). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
from conftest import FIXTURES

ROUND, docs, more = rounds.round_fixtures("tenth")
generate = ROUND.generate


def centre_x(block: dict) -> float:
    return (block["box"][0] + block["box"][2]) / 2


def test_spread_sets_vietnamese_on_the_left_page_english_on_the_right_and_a_photo_across(
        docs, more):
    """A sheet is two pages: landscape, the Vietnamese text left of the fold and the English
    right of it, a page number in each outer corner (an even one on the left), and each
    article's first sheet a photo across the fold with its Vietnamese caption left and its
    English caption right of it."""
    arrangements, places = set(), set()
    for pdf in gen.of(docs + more, "spread"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        arrangements.add(look["arrangement"])
        places.update(look["places"])
        width, height = truth["page_size"]
        mid = width / 2
        assert width > 1.3 * height
        assert not look["fold_shadow"]          # a born-digital sheet has no fold shadow
        for tpage in truth["pages"]:
            blocks = tpage["blocks"]
            for b in blocks:
                if b["role"] in ("body", "intro", "byline", "section", "header"):
                    assert (b["box"][2] < mid) == (b["lang"] == "vi"), (pdf.name, b["text"])
                    assert (b["box"][0] > mid) == (b["lang"] == "en"), (pdf.name, b["text"])
            numbers = [b for b in blocks if b["role"] == "page-number"]
            if numbers:
                left, right = numbers
                assert int(left["text"]) % 2 == 0 and int(right["text"]) == int(left["text"]) + 1
                assert left["box"][2] < mid < right["box"][0]
        across = [im for im in gen.pages_of(pdf)[0].images if im["x0"] < mid < im["x1"]]
        assert across, pdf.name
        first = truth["pages"][0]["blocks"]
        caps = [b for b in first if b["role"] in ("caption", "credit")
                and b["article"] == 0 and across[0]["top"] < b["box"][1] < across[0]["bottom"]
                + 80 and across[0]["x0"] - 1 <= b["box"][0] and b["box"][2] <= across[0]["x1"] + 1]
        assert {b["lang"] for b in caps if b["box"][2] < mid} == {"vi"}, pdf.name
        assert {b["lang"] for b in caps if b["box"][0] > mid} == {"en"}, pdf.name
        if look["arrangement"] == "across":     # the Vietnamese title crosses the fold
            title = next(b for b in first if b["role"] == "title" and b["lang"] == "vi")
            assert title["box"][0] < mid < title["box"][2]
    assert arrangements == {"halves", "across"} and places == {"top", "foot"}


def test_spread_scans_are_image_only_and_carry_the_shadow_of_the_fold(tmp_path):
    out = generate(tmp_path, "--scan", "--family", "spread", docs=1)
    scanned = next(p for p in out if p.name == "spread-1-scanned.pdf")
    truth = gen.assert_scanned_copy(scanned)
    assert truth["params"]["fold_shadow"] and len(truth["articles"]) == 1


def test_gallery_gathers_its_captions_in_one_block_keyed_to_the_photos(docs, more):
    """No caption is under its photo: the page's captions are all under the mosaic or all
    beside it; each caption opens with its key (a ``label`` block: a number printed on the
    photo, or the photo's place in words) in each language, in the photos' order."""
    keys, blocks_seen, credits = set(), set(), set()
    for pdf in gen.of(docs + more, "gallery"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        keys.add(look["keys"])
        credits.add(look["credits"])
        blocks_seen.update(look["blocks"])
        for tpage, page, n, block in zip(truth["pages"], gen.pages_of(pdf), look["photos"],
                                         look["blocks"], strict=True):
            photos = [im for im in page.images if im["x1"] - im["x0"] > 40]
            badges = [im for im in page.images if im["x1"] - im["x0"] <= 40]
            assert len(photos) == n
            assert len(badges) == (n if look["keys"] == "numbers" else 0)
            gathered = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit",
                                                                     "label")]
            if block == "side":
                assert all(b["box"][0] > max(im["x1"] for im in photos) for b in gathered)
            else:
                assert all(b["box"][1] > max(im["bottom"] for im in photos)
                           for b in gathered)
            for lang in ("vi", "en"):
                labels = [b["text"] for b in tpage["blocks"]
                          if b["role"] == "label" and b["lang"] == lang]
                assert len(labels) == n, pdf.name
                if look["keys"] == "numbers":
                    assert [int("".join(c for c in t if c.isdigit())) for t in labels] \
                        == list(range(1, n + 1))
                else:
                    assert all(t.endswith(":") for t in labels)
                    assert len(set(labels)) == n
    assert keys == {"numbers", "positions"} and credits == {"each", "end"}
    assert "side" in blocks_seen and blocks_seen & {"foot", "box"}


def test_letters_print_the_form_around_each_letter_and_its_translation(docs, more):
    """Each letter: letterhead lines of no article before its title in each language, its
    number and date (``label``), addressee, text and closing as its paragraph links, the
    signer's block (``byline``) after its text; a translation on pages of its own under
    its stamp, or parallel columns whose paragraph pairs start on a common line."""
    arrangements = set()
    for pdf in gen.of(docs + more, "letters"):
        truth = gen.truth_of(pdf)
        arrangements.add(truth["params"]["arrangement"])
        order = gen.ordered(truth)
        for index, article in enumerate(truth["articles"]):
            assert article["paragraphs"][0]["vi"][0].startswith("Kính gửi:")
            assert article["paragraphs"][0]["en"][0].startswith("To:")
            for lang in ("vi", "en"):
                mine = [(n, k, b) for n, k, b in order if b["lang"] == lang
                        and (b["article"] == index or b["role"] == "header")]
                title = next(i for i, (_, _, b) in enumerate(mine) if b["role"] == "title")
                assert any(b["role"] == "header" and b["article"] is None
                           for _, _, b in mine[:title])
                labels = [b["text"] for _, _, b in mine if b["role"] == "label"]
                assert any(t.startswith(("Số:", "No.:")) for t in labels)
                assert any("2025" in t for t in labels)
                body = max(i for i, (_, _, b) in enumerate(mine) if b["role"] == "body")
                assert any(b["role"] == "byline" for _, _, b in mine[body:])
            if truth["params"]["arrangement"] == "parallel":
                blocks = [b for b in gen.blocks_of(truth) if b["article"] == index
                          and b["role"] == "body"]
                for link in article["paragraphs"]:
                    tops = {lang: next(b["box"][1] for b in blocks if b["lang"] == lang
                                       and gen.compact(b["text"]) in gen.compact(
                                           " ".join(link[lang]))) for lang in ("vi", "en")}
                    assert tops["vi"] == tops["en"], pdf.name
        if truth["params"]["arrangement"] == "translation":
            stamps = [p["number"] for p in truth["pages"] for b in p["blocks"]
                      if b["text"] == "UNOFFICIAL TRANSLATION"]
            english = [p["number"] for p in truth["pages"]
                       if any(b["lang"] == "en" and b["role"] == "title" for b in p["blocks"])]
            assert stamps and set(english) <= set(stamps)
    assert arrangements == {"translation", "parallel"}


def kit():
    sys.path.insert(0, str(FIXTURES))
    import eighth_kit
    import tenth_kit
    from flow import Slot
    from typeset import Tag
    return tenth_kit, eighth_kit, Slot, Tag


class Doc:
    seed = 0

    class params:
        height = 800.0


def test_balanced_columns_end_level_and_still_hold_the_whole_text():
    k, e, Slot, Tag = kit()
    words = tuple(e.rich(" ".join(["word"] * 200), Tag("en", "body", 0), "Helvetica"))
    para = e.Para(words, 9.0, 12.0, "left", 0.0)
    slots = [Slot(0, 150, 0, 700), Slot(160, 310, 0, 700)]
    cut = k.balanced(Doc(), slots, [para])
    assert cut[0].bottom == cut[1].bottom < 700
    left, _, _ = e.flow(Doc(), gen.BlockRecorder(), cut, [para])
    assert not left
    # a slot ending higher than the common line keeps its own bottom
    cut = k.balanced(Doc(), [Slot(0, 150, 0, 700), Slot(160, 310, 0, 60)], [para])
    assert cut[1].bottom == 60 and cut[0].bottom > 60


def fold_darkening(pdf: Path) -> float:
    """How much darker than the blank outer margin the sheet's fold is (grey levels, mean
    over the rows no photo crosses), rendered at 24 dpi."""
    import numpy as np
    import pypdfium2 as pdfium

    page = gen.pages_of(pdf)[0]
    photos = [(im["top"], im["bottom"]) for im in page.images]
    width, height = page.width, page.height
    scale = 24 / 72
    sheet = pdfium.PdfDocument(str(pdf))
    try:
        grey = np.asarray(sheet[0].render(scale=scale, grayscale=True).to_pil().convert("L"),
                          dtype=float)
    finally:
        sheet.close()
    rows = [r for r in range(round(60 * scale), round((height - 60) * scale))
            if not any(top - 4 <= r / scale <= bottom + 4 for top, bottom in photos)]
    mid = round(width / 2 * scale)
    fold = grey[rows, mid - 1:mid + 2].mean()
    margin = grey[rows, 2:round(14 * scale)].mean()
    return float(margin - fold)


def test_the_fold_of_a_sheet_printed_for_scanning_is_shadowed_and_a_digital_one_is_not(
        tmp_path):
    sys.path.insert(0, str(FIXTURES))
    import layouts_tenth

    for name, shadowed in (("spread-1-scanbase.pdf", True), ("spread-1-digital.pdf", False)):
        layouts_tenth.make_doc("spread", ROUND.seed, tmp_path / name, count=1)
        darker = fold_darkening(tmp_path / name)
        assert (darker > 25) == shadowed, (name, darker)
