"""The twenty-seventh round's layout families (``fixtures/layouts_twentyseventh.py``): each
family's defining feature is there (each article's Vietnamese then English copy in one stream
snaking down narrow columns of a landscape page; photos in tagged pairs, then and now, sharing
one caption; a short article of its own in a framed box cutting its host article's text). The
checks every round shares run on the same documents in ``tests/test_layouts_rounds_generic.py``.

Generator checks only: nothing here runs split or align on these families.
"""

from __future__ import annotations

import re

import generated_rounds as rounds
import layout_generated as gen

LANGS = ("vi", "en")
TEXT_ROLES = ("title", "intro", "body", "byline")

ROUND, docs, more = rounds.round_fixtures("twentyseventh")
FAMILIES = ROUND.families


def test_snake_runs_each_article_vietnamese_then_english_down_narrow_columns(docs, more):
    """On landscape pages, every block lies in one of the ``columns`` columns; in reading
    order the article-bound blocks run article by article, each article's Vietnamese blocks
    then its English ones, never back; in some document an English title starts under its
    own article's Vietnamese text in the same column (mid-column); both column counts occur."""
    counts, mid = set(), 0
    for pdf in gen.of(docs + more, "snake"):
        truth = gen.truth_of(pdf)
        width, height = truth["page_size"]
        assert width > height, pdf.name
        count = truth["params"]["columns"]
        counts.add(count)
        column = (width - 2 * 30) / count + 1
        runs: list[tuple[int, str]] = []
        for _, _, block in gen.ordered(truth):
            if block["article"] is None:
                continue
            x0, _, x1, _ = block["box"]
            assert x1 - x0 <= column, pdf.name
            if not runs or runs[-1] != (block["article"], block["lang"]):
                runs.append((block["article"], block["lang"]))
        assert runs == [(k, lang) for k in range(len(truth["articles"])) for lang in LANGS]
        for page in truth["pages"]:
            blocks = page["blocks"]
            for k, block in enumerate(blocks):
                if block["role"] == "title" and block["lang"] == "en" and k:
                    above = blocks[k - 1]
                    mid += (above["article"] == block["article"] and above["lang"] == "vi"
                            and abs(above["box"][0] - block["box"][0]) < 1
                            and above["box"][3] <= block["box"][1])
    assert mid and counts == {4, 5}


TAG_WORDS = {"before": (("TRƯỚC", "BEFORE"), ("SAU", "AFTER")),
             "then": (("XƯA", "THEN"), ("NAY", "NOW"))}
YEAR = {"vi": re.compile(r"^NĂM (\d{4})$"), "en": re.compile(r"^IN (\d{4})$")}


def inside(box: list, image: dict) -> bool:
    x0, top, x1, bottom = box
    return (image["x0"] - 1 <= x0 and x1 <= image["x1"] + 1 and image["top"] - 1 <= top
            and bottom <= image["bottom"] + 1)


def pair_tags(truth: dict, labels: list[dict], left: dict, right: dict) -> None:
    """The two photos' tags: each one Vietnamese over one English word, in the document's
    corner, the earlier one (before, then, the earlier year) on the left."""
    corner = truth["params"]["corner"]
    words = []
    for image in (left, right):
        tag = [b for b in labels if inside(b["box"], image)]
        assert [b["lang"] for b in tag] == list(LANGS)
        assert tag[0]["box"][3] <= tag[1]["box"][1] + 0.5
        if corner == "top":
            assert tag[0]["box"][1] - image["top"] < 15
        else:
            assert image["bottom"] - tag[1]["box"][3] < 15
        words.append(tuple(b["text"] for b in tag))
    form = truth["params"]["tags"]
    if form == "years":
        years = [[int(YEAR[lang].match(text).group(1)) for lang, text in zip(LANGS, pair,
                                                                            strict=True)]
                 for pair in words]
        assert years[0][0] == years[0][1] < years[1][0] == years[1][1]
    else:
        assert tuple(words) == TAG_WORDS[form]


def test_beforeafter_pairs_tagged_photos_over_one_shared_caption(docs, more):
    """Photos come in pairs of the same size side by side, two a caption of the truth; each
    photo carries a tag of role ``label`` on it (Vietnamese over English, in the document's
    corner, the earlier on the left); the pair's caption lies under it, the Vietnamese under
    the left photo, the English under the right one (``halves``) or under the left one too
    (``stacked``); both corners and both caption settings occur."""
    corners, settings = set(), set()
    for pdf in gen.of(docs + more, "beforeafter"):
        truth = gen.truth_of(pdf)
        corners.add(truth["params"]["corner"])
        settings.add(truth["params"]["captions"])
        pairs = 0
        for tpage, page in zip(truth["pages"], gen.pages_of(pdf), strict=True):
            images = sorted(page.images, key=lambda i: (round(i["top"]), i["x0"]))
            assert len(images) % 2 == 0, pdf.name
            labels = [b for b in tpage["blocks"] if b["role"] == "label"]
            assert len(labels) == 2 * len(images), pdf.name
            caps = [b for b in tpage["blocks"] if b["role"] in ("caption", "credit")]
            for left, right in zip(images[::2], images[1::2], strict=True):
                pairs += 1
                assert abs(left["top"] - right["top"]) < 0.5 and left["x1"] < right["x0"]
                assert abs(left["height"] - right["height"]) < 0.5, pdf.name
                pair_tags(truth, labels, left, right)
                under = [b for b in caps if 0 <= b["box"][1] - left["bottom"] < 60]
                assert {b["lang"] for b in under} == set(LANGS), pdf.name
                x = {lang: min(b["box"][0] for b in under if b["lang"] == lang) for lang in LANGS}
                assert abs(x["vi"] - left["x0"]) < 1, pdf.name
                target = right if truth["params"]["captions"] == "halves" else left
                assert abs(x["en"] - target["x0"]) < 1, pdf.name
        assert pairs == sum(len(a["captions"]) for a in truth["articles"]), pdf.name
    assert corners == {"top", "bottom"} and settings == {"halves", "stacked"}


KICKERS = {"know": ("BẠN CÓ BIẾT?", "DID YOU KNOW?"), "closer": ("GÓC NHÌN", "A CLOSER LOOK"),
           "background": ("TƯ LIỆU", "BACKGROUND")}


def test_factbox_sets_a_short_article_in_a_box_inside_its_host(docs, more):
    """The articles alternate host and box story (the box story's section the document's
    kicker); in reading order the box story's blocks come in one run on one page, after some
    of its host's text: its kickers, titles and text, the Vietnamese in the left half and the
    English in the right (``halves``) or under it (``stacked``); the host's text goes on
    after the box in some document; both settings occur."""
    settings, resumed = set(), 0
    for pdf in gen.of(docs + more, "factbox"):
        truth = gen.truth_of(pdf)
        setting = truth["params"]["box"]
        settings.add(setting)
        kicker = dict(zip(LANGS, KICKERS[truth["params"]["kicker"]], strict=True))
        articles = truth["articles"]
        assert len(articles) % 2 == 0, pdf.name
        runs: list[int] = []
        order = [(n, b) for n, _, b in gen.ordered(truth) if b["article"] is not None]
        for _, block in order:
            if not runs or runs[-1] != block["article"]:
                runs.append(block["article"])
        for host in range(0, len(articles), 2):
            box = host + 1
            assert articles[box]["section"] == kicker and articles[host]["section"] != kicker
            assert runs.count(box) == 1, pdf.name
            at = runs.index(box)
            assert runs[at - 1] == host, pdf.name
            resumed += at + 1 < len(runs) and runs[at + 1] == host
            blocks = [(n, b) for n, b in order if b["article"] == box]
            assert len({n for n, _ in blocks}) == 1, pdf.name
            mine = {lang: [b for _, b in blocks if b["lang"] == lang] for lang in LANGS}
            for lang in LANGS:
                assert mine[lang][0]["role"] == "section", pdf.name
                assert mine[lang][0]["text"] == kicker[lang], pdf.name
                assert mine[lang][1]["role"] == "title", pdf.name
            middle = truth["page_size"][0] / 2
            if setting == "halves":
                assert all(b["box"][2] <= middle + 1 for b in mine["vi"]), pdf.name
                assert all(b["box"][0] >= middle - 1 for b in mine["en"]), pdf.name
            else:
                assert max(b["box"][3] for b in mine["vi"]) <= min(b["box"][1]
                                                                  for b in mine["en"])
    assert resumed and settings == {"halves", "stacked"}



# a draw where no random run of any story's paragraphs fits a box (large type on a small page):
# generating it raised "no pool story short enough for a box" until the fallback to a story's
# shortest single paragraph
NO_RUN_FITS = 6005


def test_factbox_falls_back_to_a_single_short_paragraph_when_no_run_fits(tmp_path):
    pdf, = gen.generate("layouts_twentyseventh.py", tmp_path, "--family", "factbox",
                        seed=NO_RUN_FITS, docs=1)
    truth = gen.truth_of(pdf)
    kicker = dict(zip(LANGS, KICKERS[truth["params"]["kicker"]], strict=True))
    boxes = [a for a in truth["articles"] if a["section"] == kicker]
    assert boxes and min(len(a["paragraphs"]) for a in boxes) == 1
