"""The sixth round's layout families (``fixtures/layouts_sixth.py``): the generator is
deterministic, its truth agrees with the text the PDFs carry, the scanned copies carry no
text, it works with DejaVu alone, and the layout bench generates them as development families
(they were held out in the sixth round and have been looked at since).

Each run of the generator is a child process of its own (``layout_generated.generate``), the
way the bench starts it.
"""

from __future__ import annotations

import re

import layout_generated as gen

FAMILIES = ("greeting", "stacked", "report")
SEED = 4100
DOCS = 3
TOLERANCE = 2.0        # points around a truth box: glyphs may reach past a line's leading
TEXT_ROLES = ("title", "body", "byline", "heading", "intro")


generate, docs = gen.round_docs("layouts_sixth.py", SEED, DOCS, "sixth")


def test_same_seed_gives_the_same_bytes_and_another_seed_other_documents(docs, tmp_path):
    gen.assert_round_reproducible(generate, docs, FAMILIES, SEED, DOCS, tmp_path)


def test_text_layer_holds_each_truth_block_in_its_box_and_nothing_outside_them(docs):
    """Every truth block's text is printed inside its box, and every printed character is in
    some truth block (running heads, jump lines, footnotes and contents strips too), so the
    split scorer sees every printed word."""
    for pdf in docs:
        gen.assert_text_layer_matches(pdf, TOLERANCE)


def test_every_truth_paragraph_title_and_caption_is_printed_whole(docs):
    """Each truth paragraph is in its article's body blocks joined in reading order (cut by a
    column, page or drop cap, it comes back together), each title among the title blocks,
    each caption with its credit among the caption blocks of its language."""
    for pdf in docs:
        gen.assert_articles_printed_whole(pdf)
        truth = gen.truth_of(pdf)
        for index, article in enumerate(truth["articles"]):
            assert all(len(link["vi"]) == len(link["en"]) == 1
                       for link in article["paragraphs"]), pdf.name
            captions = (gen.printed(truth, index, "vi", ("caption", "credit"))
                        + gen.printed(truth, index, "en", ("caption",)))
            for cap in article["captions"]:
                for lang, credit in (("vi", "credit"), ("en", "credit_en")):
                    if cap[lang]:
                        assert gen.compact(cap[lang]) in captions, (pdf.name, cap[lang][:50])
                        assert gen.compact(cap[credit]) in captions, (pdf.name, cap[credit])


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


def test_scanned_copies_are_image_only_with_the_truth_of_their_plain_twin(tmp_path):
    out = generate(tmp_path, "--scan", "--family", "stacked", "--family", "greeting", docs=1)
    for family in ("stacked", "greeting"):
        scanned = next(p for p in out if p.name == f"{family}-1-scanned.pdf")
        truth = gen.assert_scanned_copy(scanned)
        assert len(truth["articles"]) == 1


def test_generation_works_with_dejavu_alone(tmp_path):
    """Without the Noto Display files DejaVu stands in under the faces' names and the truth
    says so."""
    for family in FAMILIES:
        params, fonts = gen.made_with_missing_faces("sixth_kit", "layouts_sixth", family,
                                                tmp_path / f"{family}.pdf", tmp_path / "none")
        assert params["face_file"].startswith("DejaVu")
        assert fonts and all("DejaVu" in f for f in fonts), fonts


def test_the_layout_bench_generates_them_as_development_families(monkeypatch):
    bench = gen.assert_development_round(monkeypatch, "sixth", FAMILIES, 3,
                                         ("sixth_messages.py", "sixth_kit.py"))
    assert "source/sixth-messages.json" in {f.removeprefix("fixtures/")
                                              for f in bench.GENERATOR}
