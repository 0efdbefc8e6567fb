"""The thirty-first round's layout families (``fixtures/layouts_thirtyfirst.py``): each family's
defining feature is there (each Vietnamese paragraph followed in the same columns by its
English one printed in the second colour; captions on cards hung over their photo's foot;
a cut-out form of no article between the articles or at the first page's foot). The checks
every round shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys

import generated_rounds as rounds
import layout_generated as gen
from conftest import FIXTURES
from printed_chars import fills_in, printed_page, union

LANGS = ("vi", "en")

ROUND, docs, more = rounds.round_fixtures("thirtyfirst")
FAMILIES = ROUND.families
sys.path.insert(0, str(FIXTURES))
from thirtyfirst_coupon import FORMS  # noqa: E402
from thirtyfirst_kit import INKS  # noqa: E402


def test_interleaf_english_follows_each_vietnamese_paragraph_in_the_second_colour(docs, more):
    """Each article's text blocks, in reading order, alternate by language link by link,
    the Vietnamese first, and lie in the document's ``columns`` columns; the Vietnamese
    body is printed in black, the English in the document's ``ink``. Both column counts
    and both English cuts occur."""
    settings = set()
    for pdf in gen.of(docs + more, "interleaf"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        settings.add((look["columns"], look["en_style"]))
        ink = tuple(round(255 * v) for v in INKS[look["ink"]])
        for k, article in enumerate(truth["articles"]):
            mine = [(n, b) for n, _, b in gen.ordered(truth)
                    if b["article"] == k and b["role"] in ("body", "intro")]
            runs = [mine[0][1]["lang"]]
            for _, b in mine[1:]:
                if b["lang"] != runs[-1]:
                    runs.append(b["lang"])
            links = len(article["paragraphs"]) + (1 if article["intro"] else 0)
            assert runs == ["vi", "en"] * links, (pdf.name, k, runs)
            assert len({round(b["box"][0]) for _, b in mine}) <= look["columns"]
            for n, b in mine[:6]:
                want = (0, 0, 0) if b["lang"] == "vi" else ink
                colours = fills_in(pdf, n, b["box"])
                assert colours and all(max(abs(c - w) for c, w in zip(colour, want,
                                                                      strict=True)) <= 1
                                       for colour in colours), (pdf.name, b["lang"], colours)
    assert {c for c, _ in settings} == {2, 3}
    assert {s for _, s in settings} == {"italic", "upright"}


def test_hangcard_captions_stand_on_cards_hung_over_their_photos_foot(docs, more):
    """Each caption (its Vietnamese caption, credit and English blocks, consecutive in
    reading order) lies on a card that straddles a photo's foot: the caption's lines start
    on the photo and end under it, within the photo's width; the article's first caption
    comes between its titles and its text. Both card grounds occur."""
    fills = set()
    for pdf in gen.of(docs + more, "hangcard"):
        truth = gen.truth_of(pdf)
        fills.add(truth["params"]["fill"])
        for k, article in enumerate(truth["articles"]):
            mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
            roles = [b["role"] for _, b in mine]
            caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
            assert [b["role"] for _, b in caps] == ["caption", "credit", "caption"] * len(
                article["captions"]), pdf.name
            first = roles.index("caption")
            assert roles[:first] == ["title", "title"] and roles[first + 3] != "caption"
            for g in range(len(article["captions"])):
                group = caps[3 * g:3 * g + 3]
                box, n = union([b for _, b in group]), group[0][0]
                assert [b["lang"] for _, b in group] == ["vi", "vi", "en"]
                assert any(i["top"] < box[1] < i["bottom"] < box[3]
                           and i["x0"] <= box[0] and box[2] <= i["x1"]
                           for i in printed_page(pdf, n)[2]), (pdf.name, box)
    assert fills == {"white", "tint"}


def test_coupon_form_belongs_to_no_article_between_articles_or_at_the_foot(docs, more):
    """Each document prints one form: role ``ad`` blocks of no article, the Vietnamese
    half's wording then the English one's (the module's own, dotted lines not in the
    text), none in any article's text; ``between``: in reading order right after the first
    article's last block, before the next article; ``foot``: on page 1 after every article
    block, all of which lie above it. Both places and both arrangements occur."""
    seen = set()
    for pdf in gen.of(docs + more, "coupon"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        seen.add((look["place"], look["arrange"]))
        blocks = [(n, b) for n, _, b in gen.ordered(truth)
                  if b["role"] not in ("header", "page-number")]
        form = [(n, b) for n, b in blocks if b["role"] == "ad"]
        assert form and all(b["article"] is None for _, b in form), pdf.name
        assert len({n for n, _ in form}) == 1, pdf.name
        langs = [b["lang"] for _, b in form]
        assert langs == sorted(langs, key=LANGS.index), pdf.name
        for lang in LANGS:
            head, sentence, labels, (ask, choices), closing = FORMS[look["kind"]][lang]
            printed = [b["text"] for _, b in form if b["lang"] == lang]
            assert printed[0] == head and printed[-1] == closing, pdf.name
            assert set(labels) | {ask, *choices} <= set(printed), (pdf.name, printed)
        texts = " ".join(p for a in truth["articles"] for link in a["paragraphs"]
                         for lang in LANGS for p in link[lang])
        assert not any(b["text"] in texts for _, b in form if len(b["text"]) > 20)
        owners = [b["article"] for _, b in blocks]
        start = owners.index(None)
        assert owners[start:start + len(form)] == [None] * len(form), pdf.name
        page, box = form[0][0], union([b for _, b in form])
        if look["place"] == "between":
            assert owners[start - 1] == 0 and all(o != 0 for o in owners[start + len(form):])
        else:
            assert page == 1 and start + len(form) == len(
                [n for n, _ in blocks if n == 1]), pdf.name
            assert all(b["box"][3] <= box[1] for n, b in blocks if n == 1
                       and b["article"] is not None), pdf.name
    assert {p for p, _ in seen} == {"between", "foot"}
    assert {a for _, a in seen} == {"halves", "stacked"}
