"""The ninth round's layout families (``fixtures/layouts_ninth.py``): each family's defining
feature is there (text wrapped around photos in a magazine feature; dated entries of a
chronicle; stories jumping from a front page to inside pages). The checks every round shares run
on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import sys
from pathlib import Path

import generated_rounds as rounds
import layout_generated as gen
from conftest import FIXTURES

ROUND, docs, more = rounds.round_fixtures("ninth")
generate = ROUND.generate


def within(char: dict, blocks: list[dict], roles: tuple[str, ...]) -> bool:
    """Whether ``char``'s centre is in the box of one of ``blocks`` of ``roles``."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(b["box"][0] - 1 <= x <= b["box"][2] + 1 and b["box"][1] - 1 <= y <= b["box"][3] + 1
               for b in blocks if b["role"] in roles)


def wrapped_photos(pdf: Path) -> tuple[int, int]:
    """(photos set into the columns with body text beside them, body characters printed on a
    photo) in ``pdf``."""
    truth = gen.truth_of(pdf)
    beside = crossing = 0
    for page, tpage in zip(gen.pages_of(pdf), truth["pages"], strict=True):
        chars = [c for c in page.chars if c["text"].strip()
                 and within(c, tpage["blocks"], ("body",))
                 and not within(c, tpage["blocks"], ("caption", "credit"))]
        for im in page.images:
            inside = [c for c in chars if im["x0"] < (c["x0"] + c["x1"]) / 2 < im["x1"]
                      and im["top"] < (c["top"] + c["bottom"]) / 2 < im["bottom"]]
            crossing += len(inside)
            level = [c for c in chars if im["top"] < (c["top"] + c["bottom"]) / 2
                     < im["bottom"]]
            beside += im["x1"] - im["x0"] < 0.7 * page.width and bool(level)
    return beside, crossing


def test_feature_wraps_its_text_around_photos_set_into_the_columns(docs, tmp_path):
    """Across the feature documents (more are made here), photos are set into the columns
    (a column's part, or across a gutter) with lines of text beside them and none across
    them, captions sit under the photos or on them, and a drop cap (a one-letter body block)
    opens the text where the document draws one."""
    more = generate(tmp_path, "--family", "feature", seed=ROUND.seed + 40, docs=5)
    kinds, places, arrangements, beside = set(), set(), set(), 0
    for pdf in gen.of(docs, "feature") + more:
        truth = gen.truth_of(pdf)
        look = truth["params"]
        kinds.update(look["kinds"])
        places.update(look["places"])
        arrangements.add(look["arrangement"])
        assert len(look["kinds"]) == sum(len(a["captions"]) for a in truth["articles"])
        letters = [b for b in gen.blocks_of(truth) if b["role"] == "body" and len(b["text"]) == 1]
        assert bool(letters) == look["drop"], pdf.name
        wrapped, crossing = wrapped_photos(pdf)
        assert crossing == 0, pdf.name
        beside += wrapped
    assert {"part", "gutter"} <= kinds and {"under", "overlay"} == places
    assert arrangements == {"sequential", "straddle"} and beside >= 2


def test_timeline_gives_each_entry_a_date_title_and_text_in_both_languages(docs):
    arrangements = set()
    for pdf in gen.of(docs, "timeline"):
        truth = gen.truth_of(pdf)
        arrangements.add(truth["params"]["arrangement"])
        assert len(truth["articles"]) == 6
        assert truth["params"]["dates"] == sorted(truth["params"]["dates"])
        assert all(len(a["paragraphs"]) == 1 and a["intro"] is None for a in truth["articles"])
        blocks = gen.blocks_of(truth)
        for index in range(len(truth["articles"])):
            seq = [(b["lang"], b["role"]) for b in blocks if b["article"] == index]
            for lang in ("vi", "en"):
                assert seq.index((lang, "label")) < seq.index((lang, "title")) < seq.index(
                    (lang, "body")), (pdf.name, index)
        months = [b for b in blocks if b["role"] == "header" and b["article"] is None
                  and b["text"] in ("OCTOBER", "NOVEMBER", "DECEMBER")]
        assert len(months) >= len({d[0] for d in truth["params"]["dates"]})
    assert len(arrangements) >= 2


def test_timeline_spine_sets_entries_on_alternate_sides_each_lower_than_the_last(tmp_path):
    out = generate(tmp_path, "--family", "timeline", seed=ROUND.seed + 80, docs=8)
    spines = [gen.truth_of(p) for p in out if gen.truth_of(p)["params"]["arrangement"] == "spine"]
    assert spines
    for truth in spines:
        mid = truth["page_size"][0] / 2
        dated = [(n, b["box"]) for n, _, b in gen.ordered(truth)
                 if b["role"] == "label" and b["lang"] == "vi"]
        assert len(dated) == len(truth["articles"])
        sides = [box[0] > mid for _, box in dated]
        assert all(a != b for a, b in zip(sides, sides[1:], strict=False))
        for (n, a), (m, b) in zip(dated, dated[1:], strict=False):
            assert n < m or b[1] > a[1]         # on one page, each entry starts lower


def test_front_page_stories_jump_to_inside_pages_in_another_order(docs):
    for pdf in gen.of(docs, "front-page"):
        truth = gen.truth_of(pdf)
        assert len(truth["articles"]) == 3
        first = truth["pages"][0]["blocks"]
        assert {b["lang"] for b in first[:4] if b["role"] == "header"} == {"vi", "en"}
        assert {b["article"] for b in first if b["role"] == "title"} == {0, 1, 2}
        jumps = truth["params"]["jumps"]
        for key, page in jumps.items():         # each jump line, and where it goes
            index = int(key)
            outward = {b["lang"]: b["text"] for b in first
                       if b["article"] == index and b["role"] == "jump"}
            assert outward and all(str(page) in t for t in outward.values()), pdf.name
            inside = truth["pages"][page - 1]["blocks"]
            heads = [b for b in inside if b["article"] == index and b["role"] in ("label",
                                                                                  "jump")]
            assert {(b["lang"], b["role"]) for b in heads} == {
                (lang, role) for lang in outward for role in ("label", "jump")}
            assert {b["lang"] for b in inside
                    if b["article"] == index and b["role"] == "body"} == set(outward)
        assert jumps and not [b for b in first if b["role"] == "jump"
                              and str(b["article"]) not in jumps]
        order = list(dict.fromkeys(b["article"] for p in truth["pages"][1:]
                                   for b in p["blocks"] if b["role"] == "label"))
        inside = truth["params"]["inside_order"]
        assert order == [k for k in inside if str(k) in jumps] and inside != sorted(inside)


def kit():
    sys.path.insert(0, str(FIXTURES))
    import eighth_kit
    import ninth_kit
    from typeset import Tag
    return ninth_kit, eighth_kit, Tag


def test_flow_around_sets_the_lines_beside_a_block_in_the_room_it_leaves():
    k, e, Tag = kit()
    words = tuple(e.rich(" ".join(["word"] * 120), Tag("en", "body", 0), "Helvetica"))
    para = e.Para(words, 9.0, 12.0, "left", 0.0)
    block = k.Block(0, 24, 120, 84)           # lines 3 to 7 of a 300 wide column
    w = gen.BlockRecorder()
    left, _, _ = k.flow_around(w, [k.Column(0, 300, 0, 200)], [block], [para])
    assert not left
    (_, text, box), = w.blocks
    assert box[0] == 0 and box[2] <= 300 and text.split() == ["word"] * 120
    # a line beside the block starts right of it: the canvas drew there
    k2 = k.free_span(0, 300, 30, 42, [block])
    assert k2 == (120 + k.WRAP_GAP, 300)
    assert k.free_span(0, 300, 90, 102, [block]) == (0, 300)
    assert k.free_span(0, 100, 30, 42, [k.Block(20, 0, 80, 60)]) is None


def test_a_drop_cap_is_a_body_block_of_one_letter_before_the_rest_of_the_word():
    k, e, Tag = kit()
    words = tuple(e.rich("Ngày 12/12, đoàn công tác " * 12, Tag("vi", "body", 0), "Helvetica"))
    w = gen.BlockRecorder()
    k.flow_around(w, [k.Column(0, 200, 0, 300)], [], [e.Para(words, 9.0, 12.0)],
                  drop="Helvetica")
    (_, letter, cap), (_, rest, box) = w.blocks
    assert letter == "N" and rest.startswith("gày 12/12")
    assert cap[2] < box[2] and cap[3] - cap[1] >= 3 * 12 - 1
