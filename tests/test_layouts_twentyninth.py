"""The twenty-ninth round's layout families (``fixtures/layouts_twentyninth.py``): each
family's defining feature is there (an article's titles turned a quarter in a strip beside its
text; small portraits each captioned by a speaker's name under it or over its foot, the words
beside or under it; a companion story following its main story in the same columns, headed
in the main story's crossheads' style). The checks every round shares run on the same
documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import math

import generated_rounds as rounds
import layout_generated as gen
from printed_chars import chars_in, printed_page, union

LANGS = ("vi", "en")

ROUND, docs, more = rounds.round_fixtures("twentyninth")
FAMILIES = ROUND.families


def test_turnhead_titles_run_up_a_strip_beside_their_text(docs, more):
    """On each article's first page its two titles come first in its reading order, the
    Vietnamese then the English, printed turned (no upright character), their boxes taller
    than wide and side by side (the Vietnamese left), all left of the article's text on the
    page (``side`` ``left``) or all right of it (``right``); both sides occur."""
    sides = set()
    for pdf in gen.of(docs + more, "turnhead"):
        truth = gen.truth_of(pdf)
        side = truth["params"]["side"]
        sides.add(side)
        for k, article in enumerate(truth["articles"]):
            first = article["pages"][0]
            mine = [b for b in truth["pages"][first - 1]["blocks"] if b["article"] == k]
            titles, text = mine[:2], mine[2:]
            assert [(b["role"], b["lang"]) for b in titles] == [("title", "vi"),
                                                                ("title", "en")], pdf.name
            assert text and all(b["role"] != "title" for b in text), pdf.name
            vi, en = (b["box"] for b in titles)
            assert vi[2] <= en[0] + 1, pdf.name
            for box in (vi, en):
                assert box[3] - box[1] > box[2] - box[0], pdf.name
                turned = chars_in(pdf, first, box)
                assert turned and all(abs(math.sin(c["angle"])) > 0.99 for c in turned), pdf.name
            x0, _, x1, _ = union(text)
            if side == "left":
                assert en[2] < x0, pdf.name
            else:
                assert vi[0] > x1, pdf.name
    assert sides == {"left", "right"}


def portrait_of(images: list[dict], box: list[float]) -> dict:
    """The portrait in whose width ``box`` lies, the nearest one whose top is over it."""
    over = [i for i in images if i["x0"] - 1 <= box[0] and box[2] <= i["x1"] + 1
            and i["top"] < box[1]]
    return max(over, key=lambda i: i["top"])


def test_voxpop_portraits_are_captioned_by_name_under_or_over_their_foot(docs, more):
    """Each article prints one portrait a caption (after its lead-in, two or more), each
    caption a Vietnamese block then an English one, in the truth's order, opened by the
    speaker's name (the Vietnamese with its title ``Anh``/``Chị``/``Ông``/``Bà``, the English
    the same name without marks); its blocks under the portrait in its width (``under``) or
    inside the portrait's foot (``overlay``); in ``rows`` the speaker's words lie right of
    the portrait, in ``grid`` under it. Both settings of each occur."""
    settings = set()
    for pdf in gen.of(docs + more, "voxpop"):
        truth = gen.truth_of(pdf)
        look = truth["params"]
        settings.add((look["voices"], look["captions"]))
        for k, article in enumerate(truth["articles"]):
            caps = [(n, b) for n in article["pages"] for b in truth["pages"][n - 1]["blocks"]
                    if b["article"] == k and b["role"] == "caption"]
            assert len(caps) == 2 * len(article["captions"]) >= 4, pdf.name
            assert len(article["captions"]) == len(article["paragraphs"]) - 1, pdf.name
            for cap, pair in zip(article["captions"], zip(caps[::2], caps[1::2], strict=True),
                                 strict=True):
                (n, vi), (_, en) = pair
                assert (vi["lang"], en["lang"]) == LANGS, pdf.name
                assert vi["text"] == cap["vi"] and en["text"] == cap["en"], pdf.name
                assert vi["text"].split()[0] in ("Anh", "Chị", "Ông", "Bà"), vi["text"]
                name = vi["text"].split(",")[0].split(maxsplit=1)[1]
                assert en["text"].startswith(name.replace("Đ", "D").replace("đ", "d")[:1])
                box = union([vi, en])
                photo = portrait_of(printed_page(pdf, n)[2], box)
                if look["captions"] == "under":
                    assert 0 <= box[1] - photo["bottom"] < 8, pdf.name
                else:
                    assert photo["top"] < box[1] and box[3] <= photo["bottom"] + 1, pdf.name
                words = [b for b in truth["pages"][n - 1]["blocks"] if b["article"] == k
                         and b["role"] == "body" and photo["top"] - 1 <= b["box"][1]
                         <= photo["bottom"] + 60]
                if look["voices"] == "rows":
                    assert any(b["box"][0] > photo["x1"] for b in words), pdf.name
    assert settings == {(v, c) for v in ("rows", "grid") for c in ("under", "overlay")}


def test_companion_follows_its_story_headed_like_its_crossheads(docs, more):
    """Articles come as pairs, a main story and its companion; the main story's text holds
    crossheads (role ``heading``) in both languages; in each language the companion's head
    and text come right after the main story's last block of that language in reading order;
    its head is printed in the crossheads' face and size (after the square when there is
    one). Both head styles occur."""
    heads = set()
    for pdf in gen.of(docs + more, "companion"):
        truth = gen.truth_of(pdf)
        heads.add(truth["params"]["head"])
        blocks = gen.ordered(truth)
        assert len(truth["articles"]) % 2 == 0, pdf.name
        for main in range(0, len(truth["articles"]), 2):
            comp = main + 1
            assert truth["articles"][comp]["byline"] is None
            for lang in LANGS:
                mine = [(n, b) for n, _, b in blocks
                        if b["article"] in (main, comp) and b["lang"] == lang]
                owners = [b["article"] for _, b in mine]
                first = owners.index(comp)
                assert set(owners[first:]) == {comp} and comp not in owners[:first], pdf.name
                crossheads = [(n, b) for n, b in mine if b["role"] == "heading"]
                assert crossheads and mine[first][1]["role"] == "title", pdf.name
                styles = {(c["font"], c["size"]) for n, b in crossheads
                          for c in chars_in(pdf, n, b["box"])}
                n, head = mine[first]
                shown = {(c["font"], c["size"])
                         for c in chars_in(pdf, n, head["box"]) if c["text"] != "■"}
                assert len(styles) == 1 and shown == styles, (pdf.name, shown, styles)
    assert heads == {"plain", "square"}

