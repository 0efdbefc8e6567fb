"""The sixth round's layout families (``fixtures/layouts_sixth.py``, held out in the sixth round
and looked at since): each family's defining feature is there (greeting messages with few
numbers and a portrait captioned in both languages; Vietnamese set above English with jump lines
pointing to the right pages; a report's cover listing each numbered section at its page). The
checks every round shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re

import generated_rounds as rounds
import layout_generated as gen

TEXT_ROLES = ("title", "body", "byline", "heading", "intro")


ROUND, docs, more = rounds.round_fixtures("sixth")


def test_greeting_messages_carry_few_numbers_and_a_portrait_captioned_in_both_languages(docs):
    for pdf in (d for d in docs if d.name.startswith("greeting")):
        truth = gen.truth_of(pdf)
        for article in truth["articles"]:
            text = " ".join(t for link in article["paragraphs"] for t in link["en"])
            assert not re.search(r"\d", text), pdf.name
            assert len(article["captions"]) == 1 and article["byline"]
            assert all(article["captions"][0][k] for k in ("vi", "en", "credit", "credit_en"))


def test_stacked_pages_set_vietnamese_above_english_with_jump_lines_that_point_right(docs):
    for pdf in (d for d in docs if d.name.startswith("stacked")):
        truth = gen.truth_of(pdf)
        for page in truth["pages"]:
            text = [b for b in page["blocks"] if b["role"] in TEXT_ROLES]
            vi = [b["box"][3] for b in text if b["lang"] == "vi"]
            en = [b["box"][1] for b in text if b["lang"] == "en"]
            if vi and en:
                assert max(vi) < min(en), (pdf.name, page["number"])
        jumps = [(p["number"], b) for p in truth["pages"] for b in p["blocks"]
                 if b["role"] == "jump"]
        for number, b in jumps:
            target = int(re.search(r"\d+", b["text"]).group())
            pages = truth["articles"][b["article"]]["pages"]
            assert target in pages and target != number, (pdf.name, b["text"])


def test_report_cover_lists_each_numbered_section_at_the_page_it_starts_on(docs):
    for pdf in (d for d in docs if d.name.startswith("report")):
        truth = gen.truth_of(pdf)
        assert truth["pages"][0]["layout"] == "cover"
        [contents] = truth["contents"]
        headings = {(p["number"], b["lang"], b["text"]) for p in truth["pages"]
                    for b in p["blocks"] if b["role"] == "heading"}
        for lang in ("vi", "en"):
            assert contents[lang], pdf.name
            for k, entry in enumerate(contents[lang], 1):
                text, page = entry.rsplit(" ", 1)
                assert text.startswith(f"{k}. ")
                assert (int(page), lang, text) in {(n, g, t) for n, g, t in headings} or any(
                    n == int(page) and g == lang and text.startswith(t) for n, g, t in headings)
        notes = [b for b in gen.blocks_of(truth) if b["role"] == "footnote"]
        assert len(notes) == 2 * truth["params"]["notes"]


