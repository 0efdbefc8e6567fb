"""The fifteenth round's layout families (``fixtures/layouts_fifteenth.py``): each family's
defining feature is there (a tête-bêche booklet whose English half comes last, upside down and
in reverse order, with a note of no article between the halves; a strip of small captioned
photos in a row and a large photo captioned in the spaces either side of it; articles in a
Vietnamese and an English column beside a French column of no article running across their
bands). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
import pdfplumber
import pytest

ROUND, docs, more = rounds.round_fixtures("fifteenth")


def assert_both_halves_printed(pdf: Path) -> None:
    truth = gen.truth_of(pdf)
    halves = {"vi": truth["pages"], "en": truth["pages"][::-1]}
    for index, article in enumerate(truth["articles"]):
        for lang, pages in halves.items():
            body = read(pages, index, lang, ("body",))
            for link in article["paragraphs"]:
                assert link[lang] and all(gen.compact(t) in body for t in link[lang]), pdf.name
            assert gen.compact(article["title"][lang]) in read(pages, index, lang, ("title",))
            if article["intro"]:
                assert gen.compact(article["intro"][lang]) in read(pages, index, lang,
                                                                   ("intro",))


def read(pages: list[dict], index: int, lang: str, roles: tuple[str, ...]) -> str:
    """The compacted text of article ``index``'s blocks of ``roles`` in ``lang`` down
    ``pages`` in the order given."""
    return gen.compact(" ".join(b["text"] for p in pages for b in p["blocks"]
                                if b["article"] == index and b["lang"] == lang
                                and b["role"] in roles))


def page_langs(page: dict) -> set:
    return {b["lang"] for b in page["blocks"] if b["role"] not in ("page-number", "sidebar")}


def test_tetebeche_prints_each_half_whole_in_the_order_it_is_read(docs, more):
    """Each truth paragraph in its language's body blocks, read in the order its half is
    read (the English pages from the file's last one back), each title and intro (the shared
    check reads the file's order, which the English half runs against)."""
    for pdf in gen.of(docs + more, "tetebeche"):
        assert_both_halves_printed(pdf)


def test_tetebeche_prints_the_english_half_last_upside_down_and_in_reverse(docs, more):
    """Every page holds one language: the Vietnamese pages first, upright, numbered up from
    1; then the English ones, every character turned half a circle, their printed numbers
    counting down to 1 on the file's last page, which opens the English half under its
    masthead; each article's English title comes after its English text in the file (the
    half read from the back); the note to turn the book over, in both languages and of no
    article, on the last Vietnamese page or a page of its own before the English."""
    notes = set()
    for pdf in gen.of(docs + more, "tetebeche"):
        truth = gen.truth_of(pdf)
        langs = [page_langs(p) for p in truth["pages"]]
        assert all(len(lang) <= 1 for lang in langs), pdf.name
        first_en = next(k for k, lang in enumerate(langs) if lang == {"en"})
        assert all(lang != {"en"} for lang in langs[:first_en])
        assert all(lang == {"en"} for lang in langs[first_en:]), pdf.name
        numbers = [next((b["text"] for b in p["blocks"] if b["role"] == "page-number"), None)
                   for p in truth["pages"]]
        english = [n for n in numbers[first_en:] if n is not None]
        assert english == [str(len(langs) - first_en - k) for k in range(len(english))] or (
            not english)
        assert [b["role"] for b in truth["pages"][-1]["blocks"]][:1] in (["header"], [])
        assert any(b["role"] == "header" and b["text"] == "FRIENDSHIP BULLETIN"
                   for b in truth["pages"][-1]["blocks"])
        with pdfplumber.open(pdf) as doc:
            for k in (0, first_en - 1, first_en, len(doc.pages) - 1):
                page = doc.pages[k]
                turned = {c["matrix"][0] < 0 for c in page.chars if c["text"].strip()}
                assert turned == {k >= first_en}, (pdf.name, k)
        order = gen.ordered(truth)
        for index in range(len(truth["articles"])):
            title = max(n for n, _, b in order if b["article"] == index and b["lang"] == "en"
                        and b["role"] == "title")
            body = min(n for n, _, b in order if b["article"] == index and b["lang"] == "en"
                       and b["role"] == "body")
            assert title >= body, pdf.name
        note = [(n, b) for n, _, b in order if b["role"] == "sidebar"]
        assert {b["lang"] for _, b in note} == {"vi", "en"}
        assert all(b["article"] is None and n == first_en for n, b in note), pdf.name
        notes.add("alone" if langs[first_en - 1] == set() else "under")
    assert "under" in notes


def photos(pdf: Path) -> dict[int, list[dict]]:
    with pdfplumber.open(pdf) as doc:
        return {n + 1: page.images for n, page in enumerate(doc.pages)}


def test_filmstrip_captions_each_strip_photo_under_it_and_the_large_one_beside_it(docs, more):
    """Three to five photos of one size side by side, each with its Vietnamese and English
    captions under it within its width; the large photo's Vietnamese caption ends to its
    left and its English caption starts to its right, both ending near its foot; the strip
    before the text or after it, by document."""
    places = set()
    for pdf in gen.of(docs + more, "filmstrip"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        images = photos(pdf)
        for index, article in enumerate(truth["articles"]):
            caps = [(n, b) for n, _, b in gen.ordered(truth)
                    if b["article"] == index and b["role"] in ("caption", "credit")]
            assert len(article["captions"]) == look["photos"] + 1
            pics = [i | {"page": n} for n in article["pages"] for i in images[n]]
            strip = [i for i in pics if i["width"] < 0.3 * truth["page_size"][0]]
            assert len(strip) == look["photos"], pdf.name
            assert len({round(i["top"]) for i in strip}) == 1
            assert len({round(i["width"]) for i in strip}) == 1
            for pic in strip:
                under = [b for _, b in caps if pic["x0"] - 1 <= b["box"][0]
                         and b["box"][2] <= pic["x1"] + 1 and b["box"][1] >= pic["bottom"]]
                assert {b["lang"] for b in under} == {"vi", "en"}, pdf.name
            big = max(pics, key=lambda i: i["width"])
            beside = [b for n, b in caps if n == big["page"] and b["box"][3] > big["top"]]
            left = [b for b in beside if b["box"][2] <= big["x0"]]
            right = [b for b in beside if b["box"][0] >= big["x1"]]
            assert {b["lang"] for b in left} == {"vi"} and {b["lang"] for b in right} == {"en"}
            for side in (left, right):
                assert max(b["box"][3] for b in side) == pytest.approx(big["bottom"], abs=4)
    assert places == {"head", "after"}


def test_trilingual_sets_a_french_column_of_no_article_across_the_bands(docs, more):
    """The French column's blocks (no language, no article) lie in a side column no article
    block enters; on some page it runs past the start of a band (a title lower than its
    top); no French word is in an article; articles' Vietnamese titles level with their
    English ones; the column on the left in some documents and on the right in others."""
    sides, across = set(), 0
    for pdf in gen.of(docs + more, "trilingual"):
        truth = gen.truth_of(pdf)
        sides.add(truth["params"]["side"])
        for page in truth["pages"]:
            french = [b for b in page["blocks"] if b["role"] == "sidebar"]
            text = [b for b in page["blocks"] if b["article"] is not None]
            if not french:
                continue
            assert all(b["lang"] is None and b["article"] is None for b in french)
            x0 = min(b["box"][0] for b in french)
            x1 = max(b["box"][2] for b in french)
            assert all(b["box"][2] < x0 or b["box"][0] > x1 for b in text), pdf.name
            top, bottom = min(b["box"][1] for b in french), max(b["box"][3] for b in french)
            across += any(top < b["box"][1] < bottom for b in text
                          if b["role"] == "title" and b["box"][1] > top + 20)
        words = " ".join(t for a in truth["articles"] for link in a["paragraphs"]
                         for lang in ("vi", "en") for t in link[lang])
        assert "frontière" not in words and "Nouvelles en français" not in words
        for index in range(len(truth["articles"])):
            heads = {b["lang"]: b for p in truth["pages"] for b in p["blocks"]
                     if b["article"] == index and b["role"] == "title"}
            assert heads["vi"]["box"][1] == pytest.approx(heads["en"]["box"][1], abs=0.5)
    assert sides == {"left", "right"} and across


