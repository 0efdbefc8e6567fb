"""The twelfth round's layout families (``fixtures/layouts_twelfth.py``): each family's defining
feature is there (a lead story's text set around an inset story in an L; a graphic panel of
labels, pinned photos and their captions beside the article's text; a programme grid, speakers
and sponsors that belong to no article between or after the articles). The checks every round
shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import generated_rounds as rounds
import layout_generated as gen

ROUND, docs, more = rounds.round_fixtures("twelfth")


def inside(box: list, frame: list, slack: float = 1.0) -> bool:
    return (frame[0] - slack <= box[0] and box[2] <= frame[2] + slack
            and frame[1] - slack <= box[1] and box[3] <= frame[3] + slack)


def test_dogleg_sets_the_lead_story_around_an_inset_in_an_l(docs, more):
    """Inside each page's inset only the inset's story is printed (the English of the lead,
    or another article's titles and text in both languages); in the inset's columns the
    lead's text runs only above it (an inset at the foot) or under it (at the head), and
    there it comes after the lead's text of the full columns in reading order."""
    places, kinds, legs = set(), set(), 0
    for pdf in gen.of(docs + more, "dogleg"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        kinds.add(look["inset"])
        assert len(look["insets"]) == len(truth["pages"])
        for tpage, frame in zip(truth["pages"], look["insets"], strict=True):
            x0, top, x1, bottom = frame
            text = [b for b in tpage["blocks"] if b["article"] is not None]
            boxed = [b for b in text if inside(b["box"], frame)]
            assert {b["role"] for b in boxed} >= {"title", "body"}, pdf.name
            owner = {b["article"] for b in boxed}
            assert len(owner) == 1, pdf.name
            lead = {b["article"] for b in text if b["role"] == "title"
                    and not inside(b["box"], frame)}
            assert len(lead) == 1, pdf.name
            if owner == lead:           # the lead's English twin in the inset
                assert {b["lang"] for b in boxed} == {"en"}
                assert look["inset"] == "english" or len(truth["articles"]) % 2
            else:
                assert look["inset"] == "story"
                assert {b["lang"] for b in boxed} == {"vi", "en"}
            order = [b for b in text if b["article"] in lead and b["role"] == "body"
                     and not inside(b["box"], frame)]
            short = [k for k, b in enumerate(order) if x0 - 1 <= b["box"][0]
                     and b["box"][2] <= x1 + 1]
            for k in short:
                b = order[k]
                assert (b["box"][3] <= top) if look["place"] == "foot" else (
                    b["box"][1] >= bottom), pdf.name
            full = [k for k in range(len(order)) if k not in short]
            if short and full:
                legs += 1
                if look["side"] == "right":     # the full columns first, then the short
                    assert min(short) > max(full), pdf.name
                else:
                    assert max(short) < min(full), pdf.name
    assert places == {"foot", "head"} and kinds == {"story", "english"} and legs


def test_infographic_pins_photos_and_labels_on_a_panel_beside_the_text(docs, more):
    """Each article's panel holds its labels (call-outs, key figure, chart and source in both
    languages), its photos and their captions; no body text enters a panel; the panel sits
    over the text (``top``) or beside it (``side``)."""
    arrangements, labels = set(), 0
    for pdf in gen.of(docs + more, "infographic"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        arrangements |= set(look["arrangements"])
        assert len(look["panels"]) == len(truth["articles"])
        images = {n + 1: page.images for n, page in enumerate(gen.pages_of(pdf))}
        for index, panel in enumerate(look["panels"]):
            first = truth["articles"][index]["pages"][0]
            tpage = truth["pages"][first - 1]
            mine = [b for b in tpage["blocks"] if b["article"] == index]
            inner = [b for b in mine if inside(b["box"], panel)]
            assert {b["role"] for b in inner} == {"label", "caption", "credit"}, pdf.name
            assert {b["lang"] for b in inner if b["role"] == "label"} == {"vi", "en"}
            labels += sum(b["role"] == "label" for b in inner)
            assert not any(inside(b["box"], panel) for b in mine if b["role"] == "body")
            photos = [i for i in images[first] if i["top"] >= panel[1] - 1
                      and i["bottom"] <= panel[3] + 1 and i["x1"] - i["x0"] < 0.6 * (
                          panel[2] - panel[0])]
            assert len(photos) == len(truth["articles"][index]["captions"])
            for cap in (b for b in inner if b["role"] == "caption" and b["lang"] == "vi"):
                assert any(abs(cap["box"][1] - i["bottom"] - 3) < 1.5 and i["x0"] - 1
                           <= cap["box"][0] for i in photos), pdf.name
            body = [b for b in mine if b["role"] in ("body", "intro")]
            if look["arrangements"][index] == "top":
                assert body and all(b["box"][1] >= panel[3] for b in body)
            else:
                assert body and all(b["box"][0] >= panel[2] for b in body)
    assert arrangements == {"top", "side"} and labels


def test_programme_sets_a_grid_speakers_and_sponsors_of_no_article(docs, more):
    """The programme's grid holds only text of no article (times, events and venues in both
    languages), between the first and second article in reading order or after the last;
    the speakers, the practical information and the sponsors belong to no article; the
    masthead opens page 1."""
    places = set()
    for pdf in gen.of(docs + more, "programme"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        places.add(look["place"])
        assert truth["pages"][0]["blocks"][0]["role"] == "header"
        order = gen.ordered(truth)
        (grid,) = look["grids"]
        cells = [(n, k, b) for n, k, b in order if n == look["grid_page"]
                 and inside(b["box"], grid) and b["role"] != "page-number"]
        assert cells and all(b["role"] == "sidebar" and b["article"] is None
                             for _, _, b in cells)
        assert {b["lang"] for _, _, b in cells} == {"vi", "en"}
        times = [b for _, _, b in cells if b["text"][:2].isdigit()]
        assert len(times) == look["rows"]
        at = order.index(cells[0])
        before = {b["article"] for _, _, b in order[:at] if b["article"] is not None}
        after = {b["article"] for _, _, b in order[at:] if b["article"] is not None}
        if look["place"] == "between" and len(truth["articles"]) > 1:
            assert before == {0} and after == set(range(1, len(truth["articles"])))
        elif len(truth["articles"]) > 1:
            assert not after
        blocks = gen.blocks_of(truth)
        assert sum(b["role"] == "sidebar" and "INFORMATION" in b["text"] for b in blocks) == 1
        ads = [b for b in truth["pages"][-1]["blocks"] if b["role"] == "ad"]
        assert {b["lang"] for b in ads} == {"vi", "en"} and all(b["article"] is None
                                                               for b in ads)
    assert places == {"between", "after"}


