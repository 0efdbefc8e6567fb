"""The twenty-first round's layout families (``fixtures/layouts_twentyfirst.py``): each family's
defining feature is there (text columns read down to a photo band across the page and on under
it; a row of photos captioned once per language by place words; each article's marked note at
the foot of the page it opens on, under whatever the page holds). The checks every round shares
run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen

LANGS = ("vi", "en")
# a row's place words, left to right, by the number of photos in it (twentyfirst_pairs.py)
PLACE_WORDS = {"vi": {2: ("Trái", "Phải"), 3: ("Trái", "Giữa", "Phải")},
               "en": {2: ("Left", "Right"), 3: ("Left", "Centre", "Right")}}

ROUND, docs, more = rounds.round_fixtures("twentyfirst")


def test_midband_runs_each_column_down_to_the_band_and_on_under_it(docs, more):
    """On a page with a photo band, no text stands beside the band (photos and captions);
    the band's article's body blocks of each language are read column by column, never
    coming back to a column left, and in each column the blocks above the band before
    those under it; each document has a column running on from above the band to under it;
    both caption arrangements occur."""
    arrangements = set()
    for pdf in gen.of(docs + more, "midband"):
        truth = gen.truth_of(pdf)
        arrangements.add(truth["params"]["captions"])
        pages = gen.pages_of(pdf)
        crossings = 0
        for tpage in truth["pages"]:
            images = pages[tpage["number"] - 1].images
            if not images:
                continue
            top, photo_foot = min(i["top"] for i in images), max(i["bottom"] for i in images)
            caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")]
            assert caps and all(b["box"][1] >= photo_foot - 1 for b in caps), pdf.name
            foot = max(b["box"][3] for b in caps)
            text = [b for b in tpage["blocks"] if b["role"] in ("body", "intro", "byline")]
            assert all(b["box"][3] <= top + 1 or b["box"][1] >= foot - 1 for b in text), pdf.name
            index = caps[0]["article"]
            for lang in LANGS:
                mine = [b for b in tpage["blocks"] if b["role"] == "body"
                        and b["article"] == index and b["lang"] == lang]
                order: list[int] = []
                for b in mine:
                    x = round(b["box"][0])
                    if not order or order[-1] != x:
                        assert x not in order, pdf.name
                        order.append(x)
                for x in order:
                    under = [b["box"][1] >= foot - 1 for b in mine if round(b["box"][0]) == x]
                    assert under == sorted(under), pdf.name
                    crossings += False in under and True in under
        assert crossings, pdf.name
    assert arrangements == {"halves", "stacked"}


def test_pairs_captions_each_row_of_photos_once_a_language_by_place_words(docs, more):
    """Each row of two or three photos of one height is followed (under it, before the next
    row) by each language's captions opened by the row's place words in order, left to
    right; in ``halves`` documents the Vietnamese captions lie in the left half and the
    English in the right half (the right photo's captions are not under it), in ``stacked``
    ones all the Vietnamese are above all the English; every truth caption opens with a place
    word; both arrangements, both word forms, both row sizes and both places occur."""
    seen: dict[str, set] = {"captions": set(), "form": set(), "size": set(), "place": set()}
    for pdf in gen.of(docs + more, "pairs"):
        truth = gen.truth_of(pdf)
        params = truth["params"]
        seen["captions"].add(params["captions"])
        seen["form"].add(params["form"])
        seen["place"].add(params["place"])
        form = params["form"]
        mid = truth["page_size"][0] / 2
        pages = gen.pages_of(pdf)
        rows = 0
        for tpage in truth["pages"]:
            images = pages[tpage["number"] - 1].images
            tops = sorted({round(i["top"]) for i in images})
            for k, top in enumerate(tops):
                row = sorted((i for i in images if round(i["top"]) == top), key=lambda i: i["x0"])
                seen["size"].add(len(row))
                assert len(row) in (2, 3) and len({round(i["bottom"]) for i in row}) == 1
                assert row[-1]["x0"] > mid, pdf.name
                foot, end = row[0]["bottom"], tops[k + 1] if k + 1 < len(tops) else 1e9
                caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")
                        and foot - 1 <= b["box"][1] < end]
                for lang in LANGS:
                    words = [w for b in caps if b["lang"] == lang
                             for w in PLACE_WORDS[lang][len(row)]
                             if b["text"].startswith(form.format(w))]
                    assert tuple(words) == PLACE_WORDS[lang][len(row)], (pdf.name, words)
                vi = [b["box"] for b in caps if b["lang"] == "vi"]
                en = [b["box"] for b in caps if b["lang"] == "en"]
                if params["captions"] == "halves":
                    assert max(b[2] for b in vi) <= mid and min(b[0] for b in en) >= mid
                else:
                    assert max(b[3] for b in vi) <= min(b[1] for b in en) + 1, pdf.name
                rows += 1
        captions = [c for a in truth["articles"] for c in a["captions"]]
        assert rows == len(truth["articles"]), pdf.name
        for cap in captions:
            assert any(cap["vi"].startswith(form.format(w)) for w in ("Trái", "Giữa", "Phải"))
            assert any(cap["en"].startswith(form.format(w)) for w in ("Left", "Centre", "Right"))
    assert all(len(values) == 2 for values in seen.values()), seen


def test_footnotes_sets_each_articles_marked_note_at_the_foot_of_its_first_page(docs, more):
    """Each article's titles end in its mark (``*``, ``**``); its note, one ``footnote``
    block a language opened by the mark, is on the article's first page only, under every
    other block of the page but the page number and the issue's notice, after them in
    reading order, the notes in order of their marks; somewhere a note stands under another
    article's text; the issue's notice, when printed, is a ``sidebar`` block of no article a
    language on the last page, after and under its notes; both arrangements occur, and
    documents with and without the notice."""
    arrangements, notices, shared = set(), set(), 0
    for pdf in gen.of(docs + more, "footnotes"):
        truth = gen.truth_of(pdf)
        arrangements.add(truth["params"]["notes"])
        notices.add(truth["params"]["notice"])
        sidebars = [(n, k, b) for n, k, b in gen.ordered(truth) if b["role"] == "sidebar"]
        last = truth["pages"][-1]
        if truth["params"]["notice"]:
            assert sorted(b["lang"] for _, _, b in sidebars) == ["en", "vi"], pdf.name
            assert {n for n, _, _ in sidebars} == {last["number"]}, pdf.name
            assert all(b["article"] is None for _, _, b in sidebars)
            rest = [(k, b) for k, b in enumerate(last["blocks"])
                    if b["role"] not in ("sidebar", "page-number")]
            assert min(k for _, k, _ in sidebars) > max(k for k, _ in rest), pdf.name
            assert min(b["box"][1] for _, _, b in sidebars) >= max(b["box"][3]
                                                                   for _, b in rest), pdf.name
        else:
            assert not sidebars, pdf.name
        for tpage in truth["pages"]:
            blocks = tpage["blocks"]
            notes = [k for k, b in enumerate(blocks) if b["role"] == "footnote"]
            others = [k for k, b in enumerate(blocks)
                      if b["role"] not in ("footnote", "page-number", "sidebar")]
            if not notes:
                continue
            assert min(notes) > max(others), pdf.name
            assert min(blocks[k]["box"][1] for k in notes) > max(blocks[k]["box"][3]
                                                                 for k in others), pdf.name
            marks = [blocks[k]["text"].split(" ")[0] for k in notes if blocks[k]["lang"] == "vi"]
            assert marks == ["*" * (n + 1) for n in range(len(marks))], pdf.name
            owners = {blocks[k]["article"] for k in notes}
            shared += any(b["role"] == "body" and b["article"] not in owners for b in blocks)
        for index, article in enumerate(truth["articles"]):
            mark = article["title"]["vi"][len(article["title"]["vi"].rstrip("*")):]
            assert mark and article["title"]["en"].endswith(mark), pdf.name
            assert not article["title"]["en"].endswith(mark + "*"), pdf.name
            found = [(n, b) for n, _, b in gen.ordered(truth)
                     if b["role"] == "footnote" and b["article"] == index]
            assert {n for n, _ in found} == {min(article["pages"])}, pdf.name
            assert sorted(b["lang"] for _, b in found) == ["en", "vi"], pdf.name
            assert all(b["text"].startswith(mark + " ") for _, b in found), pdf.name
    assert shared
    assert arrangements == {"halves", "stacked"} and notices == {True, False}


