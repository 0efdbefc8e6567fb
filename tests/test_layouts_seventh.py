"""The seventh round's layout families (``fixtures/layouts_seventh.py``, held out in that
round): each family's defining feature is there (a digest listing its English articles in
another order, one article in Vietnamese only; a photo essay's English captions apart from their
photos; a leaflet of two landscape sides of three panels with a contact box), and the digest's
articles are printed whole in the languages they have. The checks every round shares run on the
same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re
import sys

import generated_rounds as rounds
import layout_generated as gen
from conftest import FIXTURES

CREDIT_LINE = re.compile(r"(Photo:|Photo by|\(Photo:|©) [^.]*$")


ROUND, docs, more = rounds.round_fixtures("seventh")
scans = rounds.scans_fixture(ROUND)


def printed_whole(truth: dict, index: int, lang: str) -> None:
    article = truth["articles"][index]
    body = gen.printed(truth, index, lang, ("body",))
    for link in article["paragraphs"]:
        for para in link[lang]:
            assert gen.compact(para) in body, para[:60]
    assert gen.compact(article["title"][lang]) in gen.printed(truth, index, lang, ("title",))
    if article["intro"] and article["intro"][lang]:
        assert gen.compact(article["intro"][lang]) in gen.printed(truth, index, lang,
                                                                  ("intro",))


def test_digest_prints_each_article_whole_in_the_languages_it_has(docs):
    """Each truth paragraph, title and intro of a digest article is among its blocks in
    Vietnamese and, but for the article printed in Vietnamese only, in English (the shared
    check wants both languages of every article)."""
    for pdf in gen.of(docs, "digest"):
        truth = gen.truth_of(pdf)
        for index, article in enumerate(truth["articles"]):
            printed_whole(truth, index, "vi")
            if article["title"]["en"] is not None:
                printed_whole(truth, index, "en")


def test_scanned_digest_and_leaflet_hold_one_article_in_both_languages(scans):
    for family in ("digest", "trifold"):
        truth = gen.truth_of(next(p for p in scans if p.name == f"{family}-1-scanned.pdf"))
        assert len([a for a in truth["articles"] if a["title"]["en"]]) == 1


def test_digest_lists_english_articles_in_another_order_and_keeps_one_in_vietnamese_only(docs):
    for pdf in gen.of(docs, "digest"):
        truth = gen.truth_of(pdf)
        lone = [a for a in truth["articles"] if a["title"]["en"] is None]
        assert len(lone) == 1 and all(not link["en"] for link in lone[0]["paragraphs"])
        assert all(c["en"] is None and c["credit_en"] is None for c in lone[0]["captions"])
        [contents] = truth["contents"]
        assert len(contents["vi"]) == len(truth["articles"])
        assert len(contents["en"]) == len(truth["articles"]) - 1
        titles = {"vi": [], "en": []}
        for page in truth["pages"]:
            for b in page["blocks"]:
                if b["role"] == "title":
                    titles[b["lang"]].append((b["article"], page["number"]))
        vi_order = list(dict.fromkeys(a for a, _ in titles["vi"]))
        en_order = list(dict.fromkeys(a for a, _ in titles["en"]))
        assert vi_order == list(range(len(truth["articles"])))
        if len(en_order) > 1:
            assert en_order != [a for a in vi_order if a in en_order]
        last_vi = max(n for _, n in titles["vi"])
        assert all(n > last_vi for _, n in titles["en"])      # the English section comes after
        for lang in ("vi", "en"):      # each entry names the page its article starts on
            starts: dict[int, int] = {}
            for article, number in titles[lang]:
                starts.setdefault(article, number)
            assert [int(e.rsplit(" ", 1)[1]) for e in contents[lang]] == list(starts.values())
            assert len(starts) == len(titles[lang]), pdf.name     # no title cut in two


def test_photo_essay_sets_each_english_caption_apart_from_its_photo(docs):
    """The English caption never shares the Vietnamese caption's column run: it is beside
    the photo, in the box of English captions, or under the photo's other half."""
    seen = set()
    for pdf in gen.of(docs, "photo-essay"):
        truth = gen.truth_of(pdf)
        seen.update(truth["params"]["pages"])
        for page in truth["pages"]:
            vi = [b for b in page["blocks"] if b["role"] == "caption" and b["lang"] == "vi"]
            en = [b for b in page["blocks"] if b["role"] == "caption" and b["lang"] == "en"
                  and not CREDIT_LINE.match(b["text"])]     # a credit on a line of its own
            assert len(vi) == len(en)
            for a, b in zip(vi, en, strict=True):
                beside = b["box"][0] >= a["box"][2] - 1 or b["box"][2] <= a["box"][0] + 1
                below = b["box"][1] >= a["box"][3] + 20
                assert beside or below, (pdf.name, page["number"], b["text"][:40])
        credits = " ".join(b["text"] for b in gen.blocks_of(truth) if b["role"] in ("credit",
                                                                                  "caption"))
        assert "Ảnh" in credits
    assert seen, "no photo page"


def test_trifold_is_two_landscape_sides_of_three_panels_with_a_contact_box(docs):
    for pdf in gen.of(docs, "trifold"):
        truth = gen.truth_of(pdf)
        width, height = truth["page_size"]
        assert width > height and len(truth["pages"]) == 2
        third = width / 3
        for page in truth["pages"]:
            for b in page["blocks"]:       # no block crosses a fold
                x0, _, x1, _ = b["box"]
                assert int(x0 // third) == int((x1 - 0.01) // third), (pdf.name, b["text"][:40])
        sidebar = [b for b in truth["pages"][0]["blocks"] if b["role"] == "sidebar"]
        assert {b["lang"] for b in sidebar} == {"vi", "en"}
        assert all(b["article"] is None for b in sidebar)


class Recorder:
    """A page writer that notes where each run of lines is set (role of its first word and
    the x of its column) and draws nothing."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, float, float]] = []

    def draw_lines(self, lines, x, top, width, style, last_is_end=True) -> float:
        self.runs.append((lines[0][0][1].role, x, top))
        return top + len(lines) * style.leading

    def photo(self, box, seed) -> None:
        self.runs.append(("photo", box[0], box[1]))


def kit_items():
    sys.path.insert(0, str(FIXTURES))
    import seventh_kit
    from flow import Slot, Text
    from typeset import Style, Tag, words_of

    style = Style("Helvetica", 9.0, 12.0, "left", 0.0)
    head = Style("Helvetica", 12.0, 16.0, "left", 0.0)

    def text(n: int, role: str, st=style, whole=False) -> Text:
        return Text(tuple(words_of(" ".join(["word"] * n), Tag("en", role, 0))), st, whole)
    return seventh_kit, Slot, text, head


def test_fill_moves_a_heading_at_a_columns_foot_and_a_photo_that_does_not_fit_to_the_next():
    kit, Slot, text, head = kit_items()
    slots = [Slot(0, 200, 0, 120), Slot(220, 420, 0, 120)]
    doc = type("D", (), {"seed": 0})()
    w = Recorder()
    # eight lines of body leave 24 pt: room for the heading's line but not for lines under it
    left = kit.fill(doc, w, slots, [*(text(1, "body") for _ in range(8)),
                                    text(3, "title", head, True), text(1, "body")])
    assert not left
    assert [(r, x) for r, x, _ in w.runs] == [("body", 0)] * 8 + [("title", 220),
                                                                ("body", 220)]
    w = Recorder()
    pic = kit.Pic(60.0, (), head)
    left = kit.fill(doc, w, slots, [*(text(1, "body") for _ in range(5)), pic,
                                    text(1, "intro")])
    # the photo waits for the next column's head; the text after it goes first
    assert not left
    assert [(r, x) for r, x, _ in w.runs] == [("body", 0)] * 5 + [("intro", 0), ("photo", 220)]


def test_balanced_columns_are_never_lower_than_a_heading_they_must_hold():
    kit, Slot, text, head = kit_items()
    slots = [Slot(0, 60, 0, 400), Slot(80, 140, 0, 400)]
    doc = type("D", (), {"seed": 0})()
    title = text(12, "title", head, True)
    balanced = kit.balance(doc, slots, [title], 12.0)
    w = Recorder()
    assert not kit.fill(doc, w, balanced, [title])
    assert [r for r, *_ in w.runs] == ["title"]       # set whole, in one column
