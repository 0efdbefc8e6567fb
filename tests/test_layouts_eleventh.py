"""The eleventh round's layout families (``fixtures/layouts_eleventh.py``): each family's
defining feature is there (side heads, margin captions and footnotes beside one wide column;
boxes of no article cutting an article's text and a call-out across two columns; a cover with
its cover lines over the photo and an inside cover captioning the cover photo pages before its
article). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys

import generated_rounds as rounds
import layout_generated as gen
from conftest import FIXTURES

ROUND, docs, more = rounds.round_fixtures("eleventh")


def overlaps(a: list, b: list) -> bool:
    return a[0] < b[2] and b[0] < a[2]


def test_sidenotes_set_side_heads_captions_and_notes_beside_the_wide_column(docs, more):
    """Side heads (``heading``) and captions lie in a margin column no body line enters, a
    side head level with the first line of the passage it heads, a caption beside its photo;
    the outer margin changes sides with the page; a footnote's raised number sits on its
    passage's last line and its note (opening with that number) under the text."""
    arrangements, sides, notes = set(), set(), 0
    for pdf in gen.of(docs + more, "sidenotes"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        arrangements.add(look["arrangement"])
        width = truth["page_size"][0]
        images = {n + 1: page.images for n, page in enumerate(gen.pages_of(pdf))}
        for tpage in truth["pages"]:
            blocks = tpage["blocks"]
            body = [b for b in blocks if b["role"] == "body"]
            margin = [b for b in blocks if b["role"] in ("heading", "caption", "credit")]
            for b in margin:
                assert not any(overlaps(b["box"], t["box"]) for t in body), (pdf.name,
                                                                              b["text"])
            for head in (b for b in blocks if b["role"] == "heading"):
                assert any(abs(t["box"][1] - head["box"][1]) < 0.5 and t["lang"] == head["lang"]
                           for t in body), (pdf.name, head["text"])
            for cap in (b for b in blocks if b["role"] == "caption"):
                photo = images[tpage["number"]][0]
                assert photo["top"] - 1 <= cap["box"][1] and cap["box"][3] <= photo["bottom"] + 1
            if body and margin:
                side = "right" if margin[0]["box"][0] > width / 2 else "left"
                sides.add((side, tpage["number"] % 2))
                if look["side"] == "outer":
                    assert (side == "right") == (tpage["number"] % 2 == 1), pdf.name
            for mark in (b for b in blocks if b["role"] == "footnote" and b["text"].isdigit()):
                notes += 1
                assert any(t["box"][1] <= mark["box"][3] <= t["box"][3] + 3 and t["box"][0]
                           < mark["box"][0] for t in body), pdf.name
                note = next(b for b in blocks if b["role"] == "footnote"
                            and b["text"].startswith(mark["text"] + " "))
                assert note["box"][1] > max(t["box"][3] for t in body) - 1
    assert arrangements == {"sequential", "paired"} and notes
    assert {s for s, _ in sides} == {"left", "right"}


def test_notices_cut_articles_with_boxes_of_no_article_and_a_callout_across_two_columns(
        docs, more):
    """Ads and notices belong to no article; some article paragraph goes on after a box set
    inside its column (the box between its two pieces in reading order); a call-out spans
    two columns, with text of the columns above and under it."""
    cut, spanned = 0, 0
    for pdf in gen.of(docs + more, "notices"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        order = [b for _, _, b in gen.ordered(truth)]
        boxes = [b for b in order if b["role"] in ("ad", "sidebar")]
        assert boxes and all(b["article"] is None for b in boxes)
        assert {"ad"} <= {b["role"] for b in boxes}
        for index, article in enumerate(truth["articles"]):
            for lang in ("vi", "en"):
                mine = [k for k, b in enumerate(order) if b["article"] == index
                        and b["lang"] == lang and b["role"] == "body"]
                for a, b in zip(mine, mine[1:], strict=False):
                    gap = order[a + 1:b]
                    if gap and all(g["role"] in ("ad", "sidebar") for g in gap):
                        joined = gen.compact(order[a]["text"] + order[b]["text"])
                        cut += any(joined in gen.compact(" ".join(link[lang]))
                                   for link in article["paragraphs"])
        for tpage, frame in zip(truth["pages"], look["callouts"], strict=True):
            if frame is None:
                continue
            x0, top, x1, bottom = frame
            inside = [b for b in tpage["blocks"] if x0 <= b["box"][0] and b["box"][2] <= x1
                      and top <= b["box"][1] and b["box"][3] <= bottom]
            assert inside and all(b["role"] == "sidebar" for b in inside), pdf.name
            column = max(b["box"][2] - b["box"][0] for b in gen.blocks_of(truth)
                         if b["role"] == "body")
            assert x1 - x0 > 1.9 * column       # across two columns and their gutter
            spanned += 1
            text = [b for b in tpage["blocks"] if b["role"] in ("body", "title", "intro")
                    and overlaps(b["box"], frame)]
            assert any(b["box"][3] < top for b in text) and any(b["box"][1] > bottom
                                                                for b in text)
    assert cut and spanned


def test_cover_prints_cover_lines_on_its_photo_and_captions_it_inside(docs, more):
    """Page 1 is a photo over the whole page with the nameplate and one cover line pair per
    article on it, naming the page its title is on; page 2 holds the contents, the
    editorial board, and the cover photo's captions bound to an article whose title comes
    later; the articles' captions sit beside or under their photo."""
    places = set()
    for pdf in gen.of(docs + more, "cover"):
        truth = gen.truth_of(pdf)
        places.add(truth["params"]["captions"])
        width, height = truth["page_size"]
        cover = gen.pages_of(pdf)[0].images
        assert cover and cover[0]["x1"] - cover[0]["x0"] >= width - 1
        assert cover[0]["bottom"] - cover[0]["top"] >= height - 1
        first, inside = truth["pages"][0], truth["pages"][1]
        assert first["layout"] == "cover" and inside["layout"] == "imprint"
        lines = truth["contents"][0]
        titled = {}
        for tpage in truth["pages"]:
            for b in tpage["blocks"]:
                if b["role"] == "title" and b["lang"] == "vi":
                    titled.setdefault(b["article"], tpage["number"])
        for k, article in enumerate(truth["articles"]):
            for lang, word in (("vi", "tr."), ("en", "p.")):
                assert lines[lang][k] == f"{article['title'][lang]} · {word} {titled[k]}"
        assert {b["role"] for b in first["blocks"]} == {"header", "contents"}
        labels = [b for b in inside["blocks"] if b["role"] == "label"]
        assert [b["text"] for b in labels] == ["ẢNH BÌA:", "COVER:"]
        lead = labels[0]["article"]
        assert titled[lead] > 2
        caps = [b for b in inside["blocks"] if b["role"] in ("caption", "credit")]
        assert {b["article"] for b in caps} == {lead} and {b["lang"] for b in caps} == {
            "vi", "en"}
        assert any(b["role"] == "header" and b["text"] == "HỘI ĐỒNG BIÊN TẬP"
                   for b in inside["blocks"])
    assert places == {"side", "under"}


def test_a_paragraph_cut_around_a_box_keeps_every_word_once():
    sys.path.insert(0, str(FIXTURES))
    import eighth_kit
    import eleventh_kit
    from typeset import Tag

    words = tuple(eighth_kit.rich(" ".join(f"w{k}" for k in range(40)),
                                  Tag("en", "body", 0), "Helvetica"))
    para = eighth_kit.Para(words, 9.0, 12.0, "justify", 5.0)
    first, rest = eleventh_kit.cut_para(para, 0.4)
    assert first.words + rest.words == words and len(first.words) == 16
    assert first.space_after == 0.0 and rest.space_after == 5.0
    one, two = eleventh_kit.cut_para(para, 1.0)
    assert one.words and two.words
