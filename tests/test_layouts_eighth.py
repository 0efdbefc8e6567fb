"""The eighth round's layout families (held out in that round, ``fixtures/layouts_eighth.py``):
each family's defining feature is there (English first; questions and answers in both languages,
questions in bold; many short items under a masthead). The checks every round shares run on the
same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys

import generated_rounds as rounds
import layout_generated as gen
from conftest import FIXTURES

                       # descents (stacked marks), which pdfplumber gives every glyph


ROUND, docs, more = rounds.round_fixtures("eighth")
TOLERANCE = ROUND.tolerance


def test_only_english_first_captions_a_photo_in_english_alone(docs):
    """Every caption has its English; one without Vietnamese (nor its credit) is of a photo
    of the English copy, which only the English-first family prints."""
    for pdf in docs:
        for article in gen.truth_of(pdf)["articles"]:
            for cap in article["captions"]:
                assert cap["en"], pdf.name
                if cap["vi"] is None:
                    assert cap["credit"] is None and gen.family_of(pdf) == "english-first"


def test_english_first_prints_each_article_in_english_before_its_vietnamese(docs):
    arrangements = set()
    for pdf in gen.of(docs, "english-first"):
        truth = gen.truth_of(pdf)
        arrangements.update(truth["params"]["arrangements"])
        blocks = gen.ordered(truth)
        for index in range(len(truth["articles"])):
            mine = [(n, k, b["lang"]) for n, k, b in blocks if b["article"] == index
                    and b["role"] in ("title", "intro", "body")]
            first = {lang: min(x for x in mine if x[2] == lang) for lang in ("vi", "en")}
            assert first["en"] < first["vi"], (pdf.name, index)
        boxed = [b for b in gen.blocks_of(truth) if b["role"] == "sidebar"]
        assert bool(boxed) == truth["params"]["imprint"]        # the imprint: English first
        assert all(b["article"] is None for b in boxed) and boxed[:1] == [
            b for b in boxed if b["lang"] == "en"][:1]
        for page in truth["pages"]:          # the running head names the English edition first
            heads = [b["lang"] for b in page["blocks"] if b["role"] == "header"]
            assert heads and heads[0] == "en", (pdf.name, page["number"])
    assert len(arrangements) >= 2


def bold_share(chars: list[dict], box: list[float]) -> float:
    """The share of the characters inside ``box`` set in a bold cut."""
    inside = [c for c in chars if c["text"].strip()
              and box[0] - 1 <= c["x0"] and c["x1"] <= box[2] + 1
              and box[1] - TOLERANCE <= c["top"] and c["bottom"] <= box[3] + TOLERANCE]
    assert inside, box
    return sum("Bold" in c["fontname"] for c in inside) / len(inside)


def test_interview_gives_each_question_and_answer_in_both_languages_questions_in_bold(docs):
    for pdf in gen.of(docs, "interview"):
        truth = gen.truth_of(pdf)
        chars = [page.chars for page in gen.pages_of(pdf)]
        for index, article in enumerate(truth["articles"]):
            questions = truth["params"]["questions"][index]
            links = article["paragraphs"]
            assert questions[0] == 0 and len(questions) >= 2
            assert len(links) > len(questions)           # an answer follows a question
            wanted = {gen.compact(links[q]["vi"][0]) for q in questions}
            found = [(n, b["box"]) for n, _, b in gen.ordered(truth) if b["article"] == index
                     and b["lang"] == "vi" and gen.compact(b["text"]) in wanted]
            assert found, pdf.name
            for number, box in found:
                assert bold_share(chars[number - 1], box) > 0.9, (pdf.name, number)
            if truth["params"]["arrangement"] == "rows":    # each exchange on a common line
                tops = {lang: [b["box"][1] for _, _, b in gen.ordered(truth)
                               if b["article"] == index and b["lang"] == lang
                               and gen.compact(b["text"]) in {gen.compact(links[q][lang][0])
                                                              for q in questions}]
                        for lang in ("vi", "en")}
                assert tops["vi"] == tops["en"] and len(tops["vi"]) == len(questions)
        labels = [b for b in gen.blocks_of(truth) if b["role"] == "label"]
        if truth["params"]["labels"] != "none":
            assert {b["lang"] for b in labels} == {"vi", "en"}
            assert {"PV:", "Hỏi:"} & {b["text"] for b in labels}
        else:
            assert not labels


def test_briefs_print_many_short_items_under_a_masthead(docs):
    for pdf in gen.of(docs, "briefs"):
        truth = gen.truth_of(pdf)
        assert len(truth["articles"]) == 6
        assert all(len(a["paragraphs"]) == 1 and a["intro"] is None
                   for a in truth["articles"])
        boxed = [b for b in gen.blocks_of(truth) if b["role"] == "sidebar"]
        assert bool(boxed) == truth["params"]["agenda"]         # coming events: no article
        assert all(b["article"] is None for b in boxed)
        first = truth["pages"][0]["blocks"]
        mast = [b for b in first[:4] if b["role"] == "header"]
        assert {b["lang"] for b in mast} == {"vi", "en"} and all(
            b["article"] is None for b in mast)
        for index in range(len(truth["articles"])):      # vi headline, vi text, en...
            seq = [(b["lang"], b["role"]) for _, _, b in gen.ordered(truth)
                   if b["article"] == index and b["role"] in ("title", "body")]
            assert seq[0] == ("vi", "title") and ("en", "title") in seq
            if truth["params"]["arrangement"] == "run-down":
                assert seq.index(("vi", "body")) < seq.index(("en", "title"))
            else:               # a row: the Vietnamese and English headlines side by side
                heads = {b["lang"]: b["box"] for _, _, b in gen.ordered(truth)
                         if b["article"] == index and b["role"] == "title"}
                assert heads["vi"][1] == heads["en"][1] and heads["vi"][2] < heads["en"][0]


def kit():
    sys.path.insert(0, str(FIXTURES))
    import eighth_kit
    from flow import Slot
    from typeset import Tag
    return eighth_kit, Slot, Tag


def test_a_labelled_paragraph_records_its_label_and_its_text_as_two_blocks_of_one_line():
    k, _, Tag = kit()
    words = k.rich("PV:", Tag("vi", "label", 0), "Helvetica-Bold") + k.rich(
        "Xin ông cho biết?", Tag("vi", "body", 0), "Helvetica")
    w = gen.BlockRecorder()
    k.draw_rich(w, k.break_rich(words, 9.0, 300), 0, 0, 300, k.Para(tuple(words), 9.0, 12.0))
    assert [(r, t) for r, t, _ in w.blocks] == [("label", "PV:"), ("body", "Xin ông cho biết?")]
    label, body = w.blocks[0][2], w.blocks[1][2]
    assert label[2] < body[0] and label[1] == body[1]


def test_flow_sends_a_heading_without_room_under_it_to_the_next_column_whole():
    k, Slot, Tag = kit()
    slots = [Slot(0, 200, 0, 100), Slot(220, 420, 0, 100)]
    body = [k.Para(tuple(k.rich("word", Tag("en", "body", 0), "Helvetica")), 9.0, 12.0, "left",
                   0.0) for _ in range(6)]
    head = k.Para(tuple(k.rich("A heading", Tag("en", "title", 0), "Helvetica-Bold")), 12.0,
                  16.0, "left", 0.0, True)
    w = gen.BlockRecorder()
    left, index, _ = k.flow(type("D", (), {"seed": 0})(), w, slots, [*body, head, body[0]])
    assert not left and index == 1
    heads = [box for role, _, box in w.blocks if role == "title"]
    assert len(heads) == 1 and heads[0][0] == 220       # at the next column's head, not cut
