"""The twenty-sixth round's layout families (``fixtures/layouts_twentysixth.py``): each family's
defining feature is there (each language's copy running down its own column group, the articles'
two copies starting at different places; captions turned a quarter, reading up a strip beside
their photo; framed "read also" boxes of no article listing headlines, the issue's own with
their pages). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re

import generated_rounds as rounds
import layout_generated as gen

LANGS = ("vi", "en")
CAPTION_ROLES = ("caption", "credit")
TEXT_ROLES = ("title", "intro", "body", "byline")

ROUND, docs, more = rounds.round_fixtures("twentysixth")
TOLERANCE = ROUND.tolerance


def test_drift_runs_each_language_down_its_own_columns_never_level(docs, more):
    """Every text block of a language lies in that language's half of the page (the
    Vietnamese on the ``lead`` side or the other); in each document of two articles or more
    some article's Vietnamese title and English title start at different places (another
    page, or more than a line apart); both sides occur."""
    leads = set()
    for pdf in gen.of(docs + more, "drift"):
        truth = gen.truth_of(pdf)
        lead = truth["params"]["lead"]
        leads.add(lead)
        middle = truth["page_size"][0] / 2
        starts: dict[tuple[int, str], tuple[int, float]] = {}
        for number, _, block in gen.ordered(truth):
            if block["article"] is None or block["role"] not in TEXT_ROLES:
                continue
            x0, top, x1, _ = block["box"]
            left = x1 <= middle + 1
            assert left == (block["lang"] == lead) and (left or x0 >= middle - 1), pdf.name
            if block["role"] == "title":
                starts.setdefault((block["article"], block["lang"]), (number, top))
        leading = truth["params"]["body_size"] * 1.3
        apart = [k for k in range(1, len(truth["articles"]))
                 if starts[(k, "vi")][0] != starts[(k, "en")][0]
                 or abs(starts[(k, "vi")][1] - starts[(k, "en")][1]) > leading]
        assert len(truth["articles"]) < 2 or apart, pdf.name
    assert leads == {"vi", "en"}


def test_edgecap_turns_each_caption_up_a_strip_beside_its_photo(docs, more):
    """Every caption and credit character is turned a quarter, reading up the page; every
    other character is upright; each caption block lies beside a photo (within 40 % of the
    text width of its side, no lower than its foot and no higher than its top), on the
    document's ``side``; both sides occur."""
    sides = set()
    for pdf in gen.of(docs + more, "edgecap"):
        truth = gen.truth_of(pdf)
        side = truth["params"]["side"]
        sides.add(side)
        width = truth["page_size"][0]
        for tpage, page in zip(truth["pages"], gen.pages_of(pdf), strict=True):
            caps = [b["box"] for b in tpage["blocks"] if b["role"] in CAPTION_ROLES]
            for c in page.chars:
                if not c["text"].strip():
                    continue
                turned = any(x0 - TOLERANCE <= c["x0"] and c["x1"] <= x1 + TOLERANCE
                             and top - TOLERANCE <= c["top"] and c["bottom"] <= bottom + TOLERANCE
                             for x0, top, x1, bottom in caps)
                assert c["upright"] != turned, (pdf.name, c["text"])
                if turned:
                    assert c["matrix"][1] > 0, pdf.name
            for x0, top, x1, bottom in caps:
                beside = [i for i in page.images if i["top"] - 1 <= top
                          and bottom <= i["bottom"] + 1
                          and (0 <= x0 - i["x1"] <= 0.4 * width if side == "right"
                               else 0 <= i["x0"] - x1 <= 0.4 * width)]
                assert len(beside) == 1, pdf.name
    assert sides == {"right", "left"}


BULLET = "• "
LABELS = {"vi": "ĐỌC THÊM", "en": "READ ALSO"}
PAGE_REF = {"vi": r" \(tr\. (\d+)\)$", "en": r" \(p\. (\d+)\)$"}


def boxes_of(truth: dict) -> list[tuple[int, dict[str, list[str]]]]:
    """Each read-also box in reading order: its position among the blocks and each
    language's lines (label first)."""
    order = [b for _, _, b in gen.ordered(truth)]
    found: list[tuple[int, dict[str, list[str]]]] = []
    for k, block in enumerate(order):
        if block["role"] != "sidebar":
            continue
        if block["text"] == LABELS["vi"]:
            found.append((k, {"vi": [], "en": []}))
        found[-1][1][block["lang"]].append(block["text"])
    return found


def test_readalso_boxes_list_headlines_of_no_article_before_or_after_the_text(docs, more):
    """A box a printed article, of blocks of role ``sidebar`` and no article: each language's
    label then two or three headlines (bullet first), the same count in both; a headline
    naming one of the document's articles is that article's title, both languages of the
    same one, with the page its title is printed on when it is an earlier article, never
    the box's own; with ``place`` ``after`` the box follows its article's last text block
    and with ``before`` it lies between its article's titles and text; some box names an
    article of its document, and both places and both box settings occur."""
    places, settings, own = set(), set(), 0
    for pdf in gen.of(docs + more, "readalso"):
        truth = gen.truth_of(pdf)
        places.add(truth["params"]["place"])
        settings.add(truth["params"]["box"])
        order = [b for _, _, b in gen.ordered(truth)]
        title_page = {}
        for number, _, block in gen.ordered(truth):
            if block["role"] == "title":
                title_page.setdefault(block["article"], number)
        titles = {a["title"]["vi"]: k for k, a in enumerate(truth["articles"])}
        found = boxes_of(truth)
        assert len(found) == len(truth["articles"]), pdf.name
        for k, (at, lines) in enumerate(found):
            assert [lines[lang][0] for lang in LANGS] == [LABELS[lang] for lang in LANGS]
            assert 3 <= len(lines["vi"]) == len(lines["en"]) <= 4, pdf.name
            assert all(order[at + j]["article"] is None for j in range(2 * len(lines["vi"])))
            for vi, en in zip(lines["vi"][1:], lines["en"][1:], strict=True):
                assert vi.startswith(BULLET) and en.startswith(BULLET), pdf.name
                ref = [re.search(PAGE_REF[lang], text) for lang, text in (("vi", vi),
                                                                           ("en", en))]
                head_vi = re.sub(PAGE_REF["vi"], "", vi[len(BULLET):])
                head_en = re.sub(PAGE_REF["en"], "", en[len(BULLET):])
                if head_vi not in titles:
                    assert ref == [None, None], pdf.name
                    continue
                own += 1
                index = titles[head_vi]
                assert index != k, pdf.name
                assert head_en == truth["articles"][index]["title"]["en"], pdf.name
                if index < k:
                    assert int(ref[0].group(1)) == int(ref[1].group(1)) == title_page[index]
                else:
                    assert ref == [None, None], pdf.name
            before = [b for b in order[:at] if b["article"] is not None][-1]
            after = [b for b in order[at:] if b["article"] is not None]
            if truth["params"]["place"] == "after":
                assert before["article"] == k and before["role"] != "title", pdf.name
                assert not after or after[0]["role"] == "title", pdf.name
            else:
                assert before["article"] == k and before["role"] == "title", pdf.name
                assert after[0]["article"] == k and after[0]["role"] != "title", pdf.name
    assert own and places == {"after", "before"} and settings == {"halves", "stacked"}


