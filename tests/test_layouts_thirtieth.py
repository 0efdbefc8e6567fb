"""The thirtieth round's layout families (``fixtures/layouts_thirtieth.py``): each family's
defining feature is there (an article's titles over all its columns but one, which runs up
beside them, the others level or stepped; photos and captions turned a few degrees as
snapshots, the turns alternating; stand-alone photos whose kicker and caption belong to no
article, between the stories). The checks every round shares run on the same documents in
``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import itertools
import math

import generated_rounds as rounds
import layout_generated as gen
import pytest
from printed_chars import chars_in, printed_page, union

LANGS = ("vi", "en")

ROUND, docs, more = rounds.round_fixtures("thirtieth")
FAMILIES = ROUND.families

KICKERS = {"KHOẢNH KHẮC", "MOMENT", "ẢNH ĐẸP TRONG TUẦN", "PHOTO OF THE WEEK", "NHỊP SỐNG",
           "DAILY LIFE", "GÓC ẢNH", "PHOTO CORNER", "MÙA VỀ", "IN SEASON"}


def columns_of(blocks: list[dict]) -> dict[float, list[dict]]:
    """``blocks`` by their column (their left edge, to the point)."""
    out: dict[float, list[dict]] = {}
    for b in blocks:
        out.setdefault(round(b["box"][0]), []).append(b)
    return out

def test_stepped_titles_stand_over_all_columns_but_the_free_one(docs, more):
    """On each article's first page its two titles come first, the Vietnamese then the
    English; one column of its text starts beside them (higher than their foot), at the left
    of them (``side`` ``right``) or at the right (``left``), and every other text block is
    under them, its left edge within their width; under them the columns' heads are level
    (``level``) or each ``step`` points lower than its neighbour nearer the free column
    (``stair``). Every side and stair setting occurs."""
    settings = set()
    for pdf in gen.of(docs + more, "stepped"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        settings.add((look["side"], look["stairs"]))
        for k, article in enumerate(truth["articles"]):
            first = article["pages"][0]
            mine = [b for b in truth["pages"][first - 1]["blocks"] if b["article"] == k]
            titles, text = mine[:2], mine[2:]
            assert [(b["role"], b["lang"]) for b in titles] == [("title", "vi"),
                                                                ("title", "en")], pdf.name
            heads = union(titles)
            beside = [b for b in text if b["box"][1] < heads[3]]
            assert beside, pdf.name
            if look["side"] == "right":
                assert all(b["box"][2] < heads[0] for b in beside), pdf.name
            else:
                assert all(b["box"][0] > heads[2] for b in beside), pdf.name
            free = union(beside)
            stepped = [b for b in text if b["box"][2] < free[0] or b["box"][0] > free[2]]
            assert all(b["box"][0] >= heads[0] - 1 and b["box"][1] >= heads[3]
                       for b in stepped), pdf.name
            # the columns' heads (bylines, set right, left out), nearest the free column first
            columns = columns_of([b for b in stepped if b["role"] != "byline"])
            tops = [min(b["box"][1] for b in c) for _, c in
                    sorted(columns.items(), reverse=look["side"] == "left")]
            for upper, lower in itertools.pairwise(tops):
                if look["stairs"] == "level":
                    assert lower == pytest.approx(upper, abs=1.0), (pdf.name, tops)
                    continue
                steps = (lower - upper) / look["step"]     # a column left empty: two steps
                assert round(steps) >= 1 and abs(steps - round(steps)) * look["step"] < 1.0, (
                    pdf.name, tops)
    assert settings == {(s, t) for s in ("right", "left") for t in ("level", "stair")}


def test_scrapbook_captions_are_turned_with_their_photos_turns_alternating(docs, more):
    """Each article's caption blocks (its captions, in print order, each a Vietnamese caption
    and credit block and an English block) are printed turned between 2 degrees and the
    document's ``tilt``, all of one caption's characters by one turn; along a row the turns
    alternate in sense; each caption's box lies under the top of an image whose width holds
    the caption's centre; the captions come after the article's text in reading order
    (``place`` ``after``) or between its titles and text (``before``). Both places occur."""
    places = set()
    for pdf in gen.of(docs + more, "scrapbook"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        for k, article in enumerate(truth["articles"]):
            mine = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] == k]
            roles = [b["role"] for _, b in mine]
            caps = [(n, b) for n, b in mine if b["role"] in ("caption", "credit")]
            assert len([b for _, b in caps if b["role"] == "caption"]) == 2 * len(
                article["captions"]) >= 4, pdf.name
            body = [i for i, r in enumerate(roles) if r in ("body", "intro", "byline")]
            where = [i for i, r in enumerate(roles) if r in ("caption", "credit")]
            if look["place"] == "after":
                assert min(where) > max(body), pdf.name
            else:
                assert max(where) < min(body) and min(where) > 1, pdf.name
            turns = []
            for n, b in caps:
                angles = {round(math.degrees(c["angle"]), 1) for c in chars_in(pdf, n, b["box"],
                                                                               pad=-2.0)}
                turned = [a if a <= 180 else a - 360 for a in angles]
                assert turned and all(2.0 - 0.2 <= abs(a) <= look["tilt"] + 0.2
                                      for a in turned), (pdf.name, angles)
                if b["lang"] == "vi" and b["role"] == "caption":
                    turns.append((n, b["box"][0], turned[0]))
                x = (b["box"][0] + b["box"][2]) / 2
                images = printed_page(pdf, n)[2]
                assert any(i["x0"] <= x <= i["x1"] and i["top"] < b["box"][1]
                           for i in images), pdf.name
            rows: dict[int, list] = {}
            for n, x, turn in turns:
                rows.setdefault(n, []).append((x, turn))
            for row in rows.values():
                senses = [turn > 0 for _, turn in sorted(row)]
                assert all(a != b for a, b in itertools.pairwise(senses)), (pdf.name, row)
    assert places == {"after", "before"}


def test_wildart_photos_of_no_article_follow_each_story(docs, more):
    """After each story, in reading order and before the next story's first block, come a
    stand-alone photo's kicker and caption in each language (role ``sidebar``, article
    null), the Vietnamese first: a kicker of the module's in bold, then a caption ending in
    its credit's name; none of these is in any article's captions. The kicker lies under its
    photo's foot (``set`` ``across``) or beside the photo (``beside``). Both sets occur."""
    sets = set()
    for pdf in gen.of(docs + more, "wildart"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        sets.add(look["set"])
        blocks = [(n, b) for n, _, b in gen.ordered(truth)
                  if b["role"] not in ("header", "page-number")]
        owners = [b["article"] for _, b in blocks]
        runs = [[]]
        for (n, b), owner in zip(blocks, owners, strict=True):
            if owner is None:
                runs[-1].append((n, b))
            elif runs[-1]:
                runs.append([])
        runs = [r for r in runs if r]
        assert len(runs) == len(truth["articles"]), pdf.name
        assert owners[0] == 0 and owners[-1] is None, pdf.name
        captions = {c[lang] for a in truth["articles"] for c in a["captions"] for lang in LANGS}
        for run in runs:
            assert [(b["role"], b["lang"]) for _, b in run] == [
                ("sidebar", "vi"), ("sidebar", "vi"), ("sidebar", "en"), ("sidebar", "en")]
            for n, kicker in (run[0], run[2]):
                assert kicker["text"] in KICKERS, pdf.name
                fonts = {c["font"] for c in chars_in(pdf, n, kicker["box"], pad=-1.0)}
                assert fonts and all("Bold" in f for f in fonts), (pdf.name, fonts)
            assert not {run[1][1]["text"], run[3][1]["text"]} & captions
            n, kicker = run[0]
            photos = printed_page(pdf, n)[2]
            if look["set"] == "across":
                assert any(0 <= kicker["box"][1] - i["bottom"] < 12 and i["x0"] - 1
                           <= kicker["box"][0] for i in photos), pdf.name
            else:
                assert any(i["top"] - 1 <= kicker["box"][1] < i["bottom"]
                           and (kicker["box"][0] > i["x1"] or kicker["box"][2] < i["x0"])
                           for i in photos), pdf.name
    assert sets == {"across", "beside"}

